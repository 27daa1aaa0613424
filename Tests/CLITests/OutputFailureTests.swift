import TestSupport
import Testing

/// Every command checks that its output was written, as `cat` does: output that cannot
/// be written (a full disk, here `/dev/full`) ends with status 1 and says so.
@Suite struct OutputFailureTests {
  static let commands: [[String]] = [
    ["scrub"], ["check"], ["graph"], ["paths"], ["replay", PackagePaths.corpus + "/covering"], ["audit", PackagePaths.corpus],
    ["decide", "--answer", "asker=patient"], ["decide", "--json", "--answer", "asker=patient"], ["--no-record"],
  ]

  @Test(arguments: commands)
  func outputToAFullDiskFailsWithAMessage(_ arguments: [String]) async throws {
    let sandbox = try Sandbox()
    let input = arguments == ["scrub"] ? String(repeating: "spoke to Jane Doe on 07700 900461\n", count: 3_000) : "patient\n"
    let result = try await ChildProcess.run(
      "/bin/sh", ["-c", "exec \"$0\" \"$@\" > /dev/full", Sandbox.tool()] + arguments, input: input,
      environment: sandbox.environment)
    #expect(result.status == .exited(1))
    #expect(result.errorLines == ["error: standard output could not be written: No space left on device"])
  }

  /// A closed standard output is opened on `/dev/null` for reading only, so that no file
  /// the tool opens takes its place and writes to it fail.
  @Test func aClosedStandardOutputIsReportedAndNothingReachesTheTranscript() async throws {
    let sandbox = try Sandbox()
    let result = try await ChildProcess.run(
      "/bin/sh", ["-c", "exec \"$0\" >&-", Sandbox.tool()], input: "patient\nStanmore\nlss\n", environment: sandbox.environment,
      timeout: .seconds(10))
    #expect(result.status == .exited(1))
    #expect(result.errorLines == ["error: standard output could not be written: Bad file descriptor"])
    let transcript = try #require(sandbox.onlyTranscript())
    #expect(transcript.header("ended") == "outcome")
    #expect(transcript.lines.first == "second-opinion transcript 1")
    #expect(!transcript.text.contains("Who is asking for the second opinion?\n  1"))
  }
}
