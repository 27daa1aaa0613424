import Testing

@testable import Transcripts

@Suite struct TranscriptTextTests {
  let header = Transcript.Header(
    policyID: "london-sarcoma-second-opinions", policyVersion: "1.0.0", policyHash: String(repeating: "0123456789abcdef", count: 4),
    date: "2026-11-25", sessionID: "9f2c4e1a7b3d6e08", ending: .outcome)

  var everyKindOfEvent: [Transcript.Event] {
    [
      .asked(question: "asker", prompt: "Who is asking for the second opinion?"),
      .answered(question: "asker", answer: "family"),
      .asked(question: "treating-centre", prompt: "Where is the patient being treated for sarcoma now?"),
      .answered(question: "treating-centre", answer: "uclh"),
      .back(question: "treating-centre"),
      .restarted,
      .note("Caller asked about [NAME]'s scan results."),
      .note(""),
      .decided(outcome: "not-routine", clauses: ["no-routine-cross-opinions", "second-opinions-cost", "mdt-review-referral"]),
      .decided(outcome: "no-clauses", clauses: []),
    ]
  }

  @Test func writesTheHeaderThenABlankLineThenOneEventPerLine() {
    let transcript = Transcript(header: header, events: everyKindOfEvent)
    #expect(
      transcript.text
        == file([
          "second-opinion transcript 1",
          "policy: london-sarcoma-second-opinions",
          "policy-version: 1.0.0",
          "policy-sha256: \(String(repeating: "0123456789abcdef", count: 4))",
          "date: 2026-11-25",
          "session: 9f2c4e1a7b3d6e08",
          "ended: outcome",
          "",
          "ask asker: Who is asking for the second opinion?",
          "answer asker: family",
          "ask treating-centre: Where is the patient being treated for sarcoma now?",
          "answer treating-centre: uclh",
          "back treating-centre",
          "restart",
          "note: Caller asked about [NAME]'s scan results.",
          "note:",
          "outcome not-routine: no-routine-cross-opinions, second-opinions-cost, mdt-review-referral",
          "outcome no-clauses",
        ]))
  }

  @Test func readsBackEveryKindOfEventAsAnEqualValueAndTheSameText() throws {
    let transcript = Transcript(header: header, events: everyKindOfEvent)
    let read = try parsed(transcript.text)
    #expect(read == transcript)
    #expect(read.text == transcript.text)
  }

  @Test(arguments: Transcript.Ending.allCases)
  func writesAndReadsEveryEnding(_ ending: Transcript.Ending) throws {
    var header = header
    header.ending = ending
    let transcript = Transcript(header: header, events: ending == .outcome ? [.decided(outcome: "x", clauses: ["y"])] : [])
    #expect(transcript.text.contains("\nended: \(ending == .outcome ? "outcome" : "abandoned (\(ending.rawValue))")\n"))
    #expect(try parsed(transcript.text) == transcript)
  }

  @Test func readsAnAbandonedTranscriptWithNoEvents() throws {
    var header = header
    header.ending = .endOfInput
    let transcript = Transcript(header: header)
    #expect(transcript.text.hasSuffix("ended: abandoned (end-of-input)\n\n"))
    #expect(try parsed(transcript.text) == transcript)
  }

  @Test func keepsSpacesAndPunctuationOfANoteExactly() throws {
    let note = "  Caller: asked twice, then said \"thanks\" — [NAME] will ring back.  "
    var header = header
    header.ending = .quit
    let transcript = Transcript(header: header, events: [.note(note)])
    #expect(try parsed(transcript.text).events == [.note(note)])
  }

  @Test func writesControlCharactersInFreeTextAsSpacesSoEachValueStaysOnItsLine() throws {
    var header = header
    header.ending = .quit
    let transcript = Transcript(
      header: header, events: [.note("first\nsecond\tthird\u{2028}fourth"), .asked(question: "asker", prompt: "Who\r\nis asking?")])
    #expect(transcript.text.hasSuffix("\n\nnote: first second third fourth\nask asker: Who  is asking?\n"))
    #expect(try parsed(transcript.text).events == [.note("first second third fourth"), .asked(question: "asker", prompt: "Who  is asking?")])
  }

  @Test func numbersEventsFromTheLineAfterTheBlankLine() {
    let lines = Transcript(header: header, events: everyKindOfEvent).text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(Transcript.line(ofEvent: 0) == 9)
    #expect(lines[Transcript.line(ofEvent: 4) - 1] == "back treating-centre")
  }

  @Test func readsTheSameTranscriptFromBytesAsFromText() throws {
    let text = Transcript(header: header, events: everyKindOfEvent).text
    #expect(try Transcript(parsing: Array(text.utf8), file: "call.txt") == Transcript(parsing: text, file: "call.txt"))
  }

  @Test func buildsAHeaderFromThePolicyIdentity() {
    let identity = shipped.machine.policy.identity
    let header = Transcript.Header(policy: identity, policyHash: "abc", date: "2026-11-25", sessionID: "0011223344556677", ending: .quit)
    #expect(header.policyID == "london-sarcoma-second-opinions")
    #expect(header.policyVersion == identity.version)
    #expect(header.policyHash == "abc")
  }
}
