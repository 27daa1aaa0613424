import PolicyEngine
import Testing

@testable import Transcripts

/// A file that cannot be read as a transcript is reported by place and kind, never by
/// what it says: it may hold anything, personal data included.
@Suite struct DemandSkippedFileTests {
  /// The diagnostic the demand report gives for a file, as the CLI prints it; nil when it parses.
  private func skipped(_ bytes: [UInt8]) -> String? {
    do {
      _ = try Transcript(parsing: bytes, file: "calls/bad.txt")
      return nil
    } catch {
      return SkippedTranscript.diagnostic(for: error, bytes: bytes, file: "calls/bad.txt").description
    }
  }

  private func skipped(_ text: String) -> String? { skipped(Array(text.utf8)) }

  @Test func givesTheKindAndPlaceOfEachProblem() {
    let valid = headerLines() + [ask("asker"), "answer asker: patient", ask("treating-centre"), "answer treating-centre: no-specialist-yet", outcome("not-yet-under-specialist")]
    #expect(skipped(file(valid)) == nil)
    #expect(skipped("") == "calls/bad.txt:1:1: error: skipped: the file is empty")
    #expect(skipped([UInt8](repeating: 0x61, count: Transcript.maximumSize + 1)) == "calls/bad.txt:1:1: error: skipped: the file is too large for a transcript")
    #expect(skipped(Array(file(valid).utf8) + [0, 0x0A]) == "calls/bad.txt:14:1: error: skipped: the file is not text")
    #expect(skipped(Array(file(valid).utf8.prefix(40)) + [0xE9, 0x0A]) == "calls/bad.txt:2:13: error: skipped: the file is not UTF-8 text")
    #expect(skipped("Dear Jane Smith,\n") == "calls/bad.txt:1:1: error: skipped: the first line does not name the transcript format")
    var header = valid
    header[4] = "date: 12 March, Jane Smith"
    #expect(skipped(file(header)) == "calls/bad.txt:5:7: error: skipped: the header is malformed")
    var event = valid
    event[10] = "answer treating-centre: Jane Smith, 07700 900461"
    #expect(skipped(file(event)) == "calls/bad.txt:11:25: error: skipped: an event is malformed")
    event[12] = "Jane Smith rang again"
    #expect(skipped(file(event)) == "calls/bad.txt:11:25: error: skipped: an event is malformed (2 problems in all)")
  }

  @Test func neverRepeatsTheFilesText() {
    let lines = headerLines() + [ask("asker"), "answer asker: Jane Smith", "ring Jane on 07700 900461"]
    let message = skipped(file(lines))
    #expect(message != nil)
    #expect(message?.contains("Jane") == false)
    #expect(message?.contains("07700") == false)
    // Nor do the parser's own messages, since the hardening of its errors.
    #expect(!parseErrors(file(lines)).joined().contains("Jane"))
  }

  @Test func saysSoWhenADateHasNoMonth() {
    #expect(SkippedTranscript.undated(file: "a.txt").description == "a.txt:5:7: error: skipped: the date is malformed")
  }

  @Test func theReportSaysHowManyFilesWereSkipped() {
    let report = demandReport(shippedCalls(5, from: 1, "asker=patient", "treating-centre=no-specialist-yet"), skipped: 2)
    #expect(
      demandReportPreamble(report).contains(
        "Transcript files read: 7; no session was read twice; skipped as unreadable or malformed: 2 (listed on standard error)."))
  }
}
