import PolicyEngine
import Testing

@testable import Transcripts

/// Small counts never appear: any count under the threshold is shown as `<N` in every
/// rendering, and so is any share resting on one.
@Suite struct DemandPrivacyTests {
  @Test func showsCountsUnderTheThresholdAsLessThanIt() {
    let counts = SmallCounts()
    #expect([0, 1, 4, 5, 12].map(counts.show) == ["<5", "<5", "<5", "5", "12"])
    #expect(SmallCounts(threshold: 10).show(9) == "<10")
    #expect(counts.share(5, of: 8) == "63%")
    #expect(counts.share(4, of: 100) == "<5")
    #expect(counts.share(4, of: 4) == "<5")
    #expect(counts.share(0, of: 0) == "<5")
    #expect(counts.share(60, of: 60) == "100%")
  }

  /// A seeded mix of calls over six months: every path's answers at random, some
  /// abandoned, a few under another policy version.
  private func randomCalls(count: Int, seed: UInt64) -> [Transcript] {
    var random = SeededRandom(seed: seed)
    let machine = shipped.machine
    return (0..<count).map { number in
      var answers: [String] = []
      var state = 0
      let stopAfter = Int.random(in: 0..<12, using: &random) == 0 ? Int.random(in: 1...4, using: &random) : Int.max
      while case .asking(let question) = machine[state], answers.count < stopAfter {
        let index = Int.random(in: 0..<machine.policy.questions[question].answers.count, using: &random)
        answers.append("\(machine.policy.questions[question].id)=\(machine.policy.questions[question].answers[index].id)")
        state = machine.next(from: state, answer: index)
      }
      let month = Int.random(in: 1...6, using: &random)
      let isDecided = if case .decided = machine[state] { true } else { false }
      let ending: Transcript.Ending = isDecided ? .outcome : .quit
      let version = Int.random(in: 0..<10, using: &random) == 0 ? "0.9.0" : "1.0.0"
      return shippedCall(answers, session: number + 1, date: "2026-0\(month)-15", ending: ending, version: version)
    }
  }

  @Test(arguments: [3, 5, 10])
  func noRenderingShowsACountUnderTheThreshold(threshold: Int) {
    let report = demandReport(randomCalls(count: 400, seed: 15), options: DemandReport.Options(smallCounts: SmallCounts(threshold: threshold)))
    let renderings = [
      ("text", countsShown(in: demandReportText(report))),
      ("CSV", countsShown(in: demandReportCSV(report))),
      ("HTML", countsShown(in: demandReportHTML(report), isHTML: true)),
    ]
    for (name, counts) in renderings {
      #expect(!counts.isEmpty, "\(name) shows no counts at all")
      #expect(counts.allSatisfy { $0 >= threshold }, "\(name) shows \(counts.filter { $0 < threshold })")
    }
    #expect(demandReportText(report).contains("<\(threshold)"))
  }

  @Test func theCountCheckFindsSmallCountsWhenNothingIsHidden() {
    let report = demandReport(randomCalls(count: 400, seed: 15), options: DemandReport.Options(smallCounts: SmallCounts(threshold: 1)))
    #expect(countsShown(in: demandReportText(report)).contains { $0 < 5 })
    #expect(countsShown(in: demandReportCSV(report)).contains { $0 < 5 })
    #expect(countsShown(in: demandReportHTML(report), isHTML: true).contains { $0 < 5 })
  }

  @Test func hidesTotalsAndSharesThatRestOnASmallCount() throws {
    let transcripts =
      shippedCalls(3, from: 1, "asker=patient", "treating-centre=uclh", "wanted-at=royal-marsden", "sarcoma=gist", "standard-management=yes", "treatment-only-there=yes")
      + shippedCalls(8, from: 10, "asker=family", "treating-centre=rnoh", "wanted-at=royal-marsden", "sarcoma=soft-tissue", "standard-management=yes", "treatment-only-there=no", "mdt-review=no", "expertise-only-there=no", "named-clinician=no")
    let report = demandReport(transcripts)
    let route = try #require(row(report, "between-london", "route-open"))
    #expect((route.total, route.base) == (3, 11))
    let text = demandReportText(report)
    #expect(text.contains("\nA route open between the London services                  <5  11     <5\n"))
    #expect(text.contains("\n  Not routinely available between the London services      8  11    73%\n"))
    #expect(demandReportCSV(report).contains("2026-03,between-london-family,route-open,A route open between the London services,,<5,11,<5\n"))
  }
}
