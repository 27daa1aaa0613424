import Foundation
import PolicyEngine
import Testing

@testable import Transcripts

/// The README's section for managers shows what the report really prints.
@Suite struct DemandReadmeTests {
  let readme: String

  init() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
  }

  /// Three months of calls, the sample the README shows.
  static var sample: DemandReport {
    var transcripts: [Transcript] = []
    var session = 0
    func add(_ counts: [Int], _ answers: String..., ending: Transcript.Ending = .outcome) {
      for (month, count) in counts.enumerated() {
        for day in 0..<count {
          session += 1
          let asker = ["patient", "family", "patient", "other-clinician"][session % 4]
          transcripts.append(
            shippedCall(["asker=\(asker)"] + answers, session: session, date: "2026-\(9 + month < 10 ? "0" : "")\(9 + month)-\(10 + day % 18)", ending: ending))
        }
      }
    }
    add([23, 31, 27], "treating-centre=elsewhere-uk", "wanted-at=elsewhere")
    add([40, 38, 45], "treating-centre=elsewhere-uk", "wanted-at=london-sarcoma-service")
    add([6, 9, 7], "treating-centre=uclh", "wanted-at=royal-marsden", "sarcoma=soft-tissue", "standard-management=yes", "treatment-only-there=no", "mdt-review=yes")
    add([3, 4, 2], "treating-centre=rnoh", "wanted-at=royal-marsden", "sarcoma=soft-tissue", "standard-management=yes", "treatment-only-there=yes")
    add([12, 8, 14], "treating-centre=royal-marsden", "wanted-at=london-sarcoma-service", "sarcoma=gist", "standard-management=yes", "treatment-only-there=no", "mdt-review=no", "expertise-only-there=no", "named-clinician=no")
    add([5, 3, 9], "treating-centre=uclh", "wanted-at=royal-marsden", "sarcoma=soft-tissue", "standard-management=yes", "treatment-only-there=unsure", "mdt-review=unsure", "expertise-only-there=unsure", "named-clinician=unsure")
    add([4, 6, 2], "treating-centre=royal-marsden", "wanted-at=royal-marsden", "sarcoma=soft-tissue")
    add([3, 2, 6], "treating-centre=uclh", ending: .nextCaller)
    return demandReport(transcripts)
  }

  /// The README's section on the demand report.
  private var section: Substring {
    guard let start = readme.range(of: "\n## The demand report\n") else { return "" }
    let rest = readme[start.upperBound...]
    return rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)]
  }

  /// The fenced blocks of text in the section, each with its last line's line feed.
  private var sampleBlocks: [String] {
    section.components(separatedBy: "```text\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
  }

  @Test func showsExcerptsOfTheTextReportOfTheSample() {
    let text = demandReportText(Self.sample)
    #expect(sampleBlocks.count == 2)
    for block in sampleBlocks { #expect(text.contains(block), "\(block)") }
    #expect(sampleBlocks.first.map { text.hasPrefix($0) } == true)
  }

  @Test func documentsEveryCSVColumnInOrder() {
    let documented = section.split(separator: "\n").compactMap { line -> String? in
      guard line.hasPrefix("| `") else { return nil }
      return line.dropFirst(3).split(separator: "`").first.map(String.init)
    }
    #expect(documented == demandCSVColumns)
  }
}
