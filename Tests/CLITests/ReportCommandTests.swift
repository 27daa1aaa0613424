import TestSupport
import Foundation
import Testing

/// `second-opinion report`, run as a shell runs it.
@Suite struct ReportCommandTests {
  /// The output with its lines joined by spaces, so a sentence can be found wherever the
  /// 80-column wrapping broke it.
  private func flowing(_ text: String) -> String {
    text.split(separator: "\n").joined(separator: " ")
  }

  @Test func mergesFoldersCountsADuplicatedTranscriptOnceAndSkipsAMalformedFile() async throws {
    let sandbox = try Sandbox()
    let paths = FileSystem.files(under: PackagePaths.corpus + "/covering", endingWith: ".txt")
    try FileSystem.makeDirectory(sandbox.path("alice"))
    try FileSystem.makeDirectory(sandbox.path("bob"))
    func copy(_ file: String, to folder: String) throws {
      try FileSystem.write(try #require(FileSystem.read(file)), to: sandbox.path(folder + "/" + file.split(separator: "/").last!))
    }
    #expect(paths.count == 80)
    for file in paths.prefix(45) { try copy(file, to: "alice") }
    for file in paths.suffix(36) { try copy(file, to: "bob") }
    // One transcript is in both folders; another file is not a transcript and holds personal data.
    try FileSystem.write("Jane Smith, 07700 900461, rang about her scan\n", to: sandbox.path("bob/zz-broken.txt"))

    let result = try await sandbox.run(["report", "alice", "bob"], directory: sandbox.work.path)
    #expect(result.status == .exited(1))
    #expect(result.errorLines == ["bob/zz-broken.txt:1:1: error: skipped: the first line does not name the transcript format"])
    #expect(result.outputLines.first == "Second-opinion demand report, 2026-11 to 2026-11")
    let output = flowing(result.output)
    #expect(output.contains("Calls counted: 80, each under the outcome it recorded;"))
    #expect(
      output.contains(
        "Transcript files read: 82; sessions read more than once, counted once: <5; skipped as unreadable or malformed: 1 (listed on standard error)."
      ))
    #expect(output.contains("Notes are never read or shown: the report counts ids, months and outcomes only."))
    #expect(!result.output.contains("Jane") && !result.errors.contains("Jane") && !result.errors.contains("07700"))
  }

  @Test func writesCSVAndTheHTMLPageForTheCorpus() async throws {
    let sandbox = try Sandbox()
    let page = sandbox.path("report.html")
    let result = try await sandbox.run(["report", "--csv", "--html", page, "transcripts"], directory: PackagePaths.root)
    #expect(result.status == .exited(0))
    #expect(result.errors == "")
    #expect(result.outputLines.first == "month,dimension,key,label,family,count,of,share")
    #expect(result.outputLines.contains("all,calls,all,All calls,,\(CommandTests.corpusCount),\(CommandTests.corpusCount),100%"))
    let html = try #require(FileSystem.readText(page))
    #expect(html.hasPrefix("<!DOCTYPE html>\n"))
    #expect(html.components(separatedBy: "<svg ").count == 4)
  }

  @Test func namesOutcomesWithAnotherPolicyAndCountsOnlyTheMonthsAskedFor() async throws {
    let sandbox = try Sandbox()
    let policy = PackagePaths.root + "/Sources/PolicyEngine/Resources/policy.yaml"
    let result = try await sandbox.run(
      ["report", "--policy", policy, "--from", "2026-12", "--to", "2027-01", "--threshold", "10", "transcripts"], directory: PackagePaths.root)
    #expect(result.status == .exited(0))
    #expect(result.outputLines.first == "Second-opinion demand report, 2026-12 to 2027-01")
    #expect(flowing(result.output).contains("Calls counted: <10, each under the outcome it recorded;"))
    #expect(flowing(result.output).contains("Counts under 10 are shown as <10, and so is any share resting on one."))
  }

  @Test(arguments: [
    (["report", "--from", "2026-13", "x"], "Error: --from takes a month written YYYY-MM, such as 2026-11; found '2026-13'"),
    (["report", "--to", "Nov", "x"], "Error: --to takes a month written YYYY-MM, such as 2026-11; found 'Nov'"),
    (["report", "--from", "2026-11", "--to", "2026-10", "x"], "Error: --to 2026-10 comes before --from 2026-11"),
    (["report", "--threshold", "0", "x"], "Error: --threshold must be at least 1"),
    (["report"], "Error: Missing expected argument '<path> ...'"),
  ])
  func rejectsBadUsageWithStatus2(arguments: [String], firstLine: String) async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(arguments)
    #expect(result.status == .exited(2))
    #expect(result.errorLines.first == firstLine)
    #expect(result.output == "")
  }

  @Test func aFolderThatCannotBeReadIsBadUsage() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(["report", sandbox.path("nowhere")])
    #expect(result.status == .exited(2))
    #expect(result.errorLines == ["error: cannot read \(sandbox.path("nowhere")): No such file or directory"])
  }

  @Test func hasHelp() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(["report", "--help"])
    #expect(result.status == .exited(0))
    #expect(result.outputLines.first == "OVERVIEW: Count what callers asked for, month by month, from transcripts.")
    #expect(result.output.contains("\nUSAGE: second-opinion report <path> ... [--csv] [--html <file>] [--from <month>] [--to <month>] [--threshold <n>] [--policy <file>]\n"))
  }
}
