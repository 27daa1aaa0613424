import Testing

@testable import Transcripts

/// Every problem the transcript reader reports, word for word, with its line and column.
@Suite struct TranscriptParseErrorTests {
  static let hash = String(repeating: "0123456789abcdef", count: 4)

  /// A valid transcript; the numbers are the lines.
  static let lines = [
    "second-opinion transcript 1",  // 1
    "policy: london-sarcoma-second-opinions",  // 2
    "policy-version: 1.0.0",  // 3
    "policy-sha256: \(hash)",  // 4
    "date: 2026-11-25",  // 5
    "session: 9f2c4e1a7b3d6e08",  // 6
    "ended: outcome",  // 7
    "",  // 8
    "ask asker: Who is asking?",  // 9
    "answer asker: family",  // 10
    "back asker",  // 11
    "ask asker: Who is asking?",  // 12
    "answer asker: patient",  // 13
    "restart",  // 14
    "ask asker: Who is asking?",  // 15
    "answer asker: family",  // 16
    "note: Caller asked about [NAME]'s scan results.",  // 17
    "outcome not-routine: no-routine-cross-opinions, second-opinions-cost",  // 18
  ]

  /// The errors of the valid transcript with one line replaced.
  func errors(line: Int, replacedBy replacement: String) -> [String] {
    var lines = Self.lines
    lines[line - 1] = replacement
    return parseErrors(file(lines))
  }

  @Test func theValidTranscriptReadsWithoutErrors() throws {
    #expect(try parsed(file(Self.lines)).events.count == 10)
  }

  // MARK: The file as a whole

  @Test func reportsAnEmptyFile() {
    #expect(parseErrors("") == ["call.txt:1:1: error: the file is empty; expected a transcript, whose first line is 'second-opinion transcript 1'"])
  }

  @Test func reportsAFileTooLargeToBeATranscript() {
    let text = String(repeating: "x", count: Transcript.maximumSize + 1)
    #expect(parseErrors(text) == ["call.txt:1:1: error: the file is too large for a transcript (1048577 bytes; the limit is 1048576 bytes)"])
  }

  @Test func reportsABinaryFileOnce() {
    #expect(
      parseErrors("second-opinion transcript 1\npol\0icy") == [
        "call.txt:2:4: error: this is not a text file (it holds a NUL byte); a transcript is a text file"
      ])
  }

  @Test func reportsBytesThatAreNotUTF8() {
    var bytes = Array(file(Self.lines).utf8)
    let noteStart = Array(file(Array(Self.lines.prefix(16))).utf8).count
    bytes[noteStart + 6] = 0xFF
    #expect(
      throws: TranscriptParseError(diagnostics: [
        .init(.error, "the file is not UTF-8 text: byte 0xFF cannot start a character", at: .init(file: "call.txt", line: 17, column: 7))
      ])
    ) { try Transcript(parsing: bytes, file: "call.txt") }
  }

  @Test func stopsAtTheFirstByteThatIsNotUTF8() {
    let bytes = Array("second-opinion transcript 1\n".utf8) + [0x70, 0xE9, 0x0A] + Array("caf\u{E9}\n".utf8) + [0xFF, 0x0A]
    #expect(
      throws: TranscriptParseError(diagnostics: [
        .init(.error, "the file is not UTF-8 text: the line ends inside the character that byte 0xE9 starts", at: .init(file: "latin1.txt", line: 2, column: 2))
      ])
    ) { try Transcript(parsing: bytes, file: "latin1.txt") }
  }

  @Test func reportsWindowsLineBreaksOnceForTheWholeFile() {
    let text = Self.lines.map { $0 + "\r\n" }.joined()
    #expect(
      parseErrors(text) == [
        "call.txt:1:28: error: the line ends with a carriage return: the file has Windows line breaks (CR LF), but a transcript's lines end with a line feed only"
      ])
  }

  @Test func reportsAFileCutInTheMiddleOfTheLastLine() {
    let text = file(Array(Self.lines.dropLast())) + "outcome not-routine: no-routine-cross-opin"
    #expect(
      parseErrors(text) == [
        "call.txt:18:43: error: the file ends in the middle of a line: the last line has no line break, so the file may have been cut short"
      ])
  }

  @Test func reportsAFileCutInsideTheHeaderWithEveryProblemOnThatLine() {
    let text = file(Array(Self.lines.prefix(4))) + "date: 2026-1"
    #expect(
      parseErrors(text) == [
        "call.txt:5:7: error: expected the date as YYYY-MM-DD, such as 2026-11-25",
        "call.txt:5:13: error: the file ends in the middle of a line: the last line has no line break, so the file may have been cut short",
        "call.txt:5:13: error: the header has no 'session' or 'ended' field; the file ends inside the header, so it may have been cut short",
      ])
  }

  @Test func reportsAFileCutRightAfterTheHeader() {
    #expect(
      parseErrors(file(Array(Self.lines.prefix(7)))) == [
        "call.txt:8:1: error: the file ends after the header, without the blank line that follows it; the file may have been cut short"
      ])
  }

  @Test func reportsAFileCutBetweenLinesBeforeItsOutcome() {
    #expect(
      parseErrors(file(Array(Self.lines.prefix(17)))) == [
        "call.txt:7:8: error: the header says the call ended with an outcome, but its last event, on line 16, is not an outcome; the file may have been cut short"
      ])
  }

  @Test func reportsAnOutcomeEndingWithNoEventsAtAll() {
    #expect(
      parseErrors(file(Array(Self.lines.prefix(8)))) == [
        "call.txt:7:8: error: the header says the call ended with an outcome, but it records no outcome; the file may have been cut short"
      ])
  }

  @Test func stopsAfterTwentyProblemsWithANote() {
    let errors = parseErrors(file(Array(Self.lines.prefix(8)) + Array(repeating: "garbage", count: 30)))
    #expect(errors.count == 21)
    #expect(errors[0] == "call.txt:9:1: error: unknown event; expected ask, answer, back, change, resume, restart, note or outcome")
    #expect(errors[20] == "call.txt:29:1: note: too many problems; stopped reading here")
  }

  @Test func collectsSeveralProblemsInLineOrder() {
    var lines = Self.lines
    lines[4] = "date: 2026-13-01"
    lines[9] = "answer asker: Family"
    lines[10] = "bakc asker"
    #expect(
      parseErrors(file(lines)) == [
        "call.txt:5:7: error: the date is not a day of the calendar",
        "call.txt:10:15: error: not a valid answer id: it holds a capital letter; ids use lower-case letters, digits and single hyphens",
        "call.txt:11:1: error: unknown event; did you mean 'back'?",
      ])
  }

  // MARK: The first line

  @Test func reportsAFileThatIsNotATranscriptOnce() {
    #expect(
      parseErrors("# Notes from the call\n\nSome text\n") == [
        "call.txt:1:1: error: expected 'second-opinion transcript 1' on the first line; this is not a transcript, or its first lines are missing"
      ])
  }

  @Test func reportsAFileWhoseHeaderWasCutOff() {
    #expect(
      parseErrors(file(Array(Self.lines.dropFirst(9)))) == [
        "call.txt:1:1: error: expected 'second-opinion transcript 1' on the first line; this is not a transcript, or its first lines are missing"
      ])
  }

  @Test func reportsAnotherFormatVersion() {
    #expect(
      errors(line: 1, replacedBy: "second-opinion transcript 2") == [
        "call.txt:1:27: error: this transcript is in format 2, but this version of second-opinion reads format 1 only"
      ])
  }

  @Test func reportsAFormatVersionThatIsNotANumber() {
    #expect(
      errors(line: 1, replacedBy: "second-opinion transcript one") == [
        "call.txt:1:27: error: expected the format version after 'second-opinion transcript', such as 'second-opinion transcript 1', found a letter"
      ])
  }

  @Test func reportsAMissingFormatVersion() {
    #expect(
      errors(line: 1, replacedBy: "second-opinion transcript") == [
        "call.txt:1:26: error: expected the format version after 'second-opinion transcript', such as 'second-opinion transcript 1', found the end of the line"
      ])
  }

  // MARK: The header

  @Test func reportsAMissingHeader() {
    #expect(
      parseErrors(file([Self.lines[0], ""] + Self.lines[8...])) == [
        "call.txt:2:1: error: the header is missing: expected the fields policy, policy-version, policy-sha256, date, session and ended after the first line"
      ])
  }

  @Test func reportsAMissingHeaderOnceWhenEventsFollowTheFirstLine() {
    #expect(
      parseErrors(file([Self.lines[0]] + Self.lines[8...])) == [
        "call.txt:2:1: error: the header is missing: expected the fields policy, policy-version, policy-sha256, date, session and ended after the first line"
      ])
  }

  @Test func reportsAMissingBlankLineAfterTheHeader() {
    var lines = Self.lines
    lines.remove(at: 7)
    #expect(parseErrors(file(lines)) == ["call.txt:8:1: error: expected a blank line between the header and the first event"])
  }

  @Test func reportsAHeaderFieldOutOfOrderOnce() {
    var lines = Self.lines
    lines.swapAt(4, 5)
    #expect(
      parseErrors(file(lines)) == [
        "call.txt:6:1: error: the header field 'date' is out of order: it comes before 'session', given on line 5; the header gives policy, policy-version, policy-sha256, date, session and ended, in that order"
      ])
  }

  @Test func reportsADuplicatedHeaderFieldAndTheFieldItReplaced() {
    #expect(
      errors(line: 6, replacedBy: "date: 2026-11-26") == [
        "call.txt:6:1: error: the header field 'date' appears twice; it is first given on line 5",
        "call.txt:8:1: error: the header has no 'session' field",
      ])
  }

  @Test func suggestsTheFieldAMisspeltHeaderFieldMeant() {
    #expect(
      errors(line: 6, replacedBy: "sesion: 9f2c4e1a7b3d6e08") == [
        "call.txt:6:1: error: unknown header field; did you mean 'session'?",
        "call.txt:8:1: error: the header has no 'session' field",
      ])
  }

  @Test func listsTheHeaderFieldsForAnUnknownOne() {
    var lines = Self.lines
    lines.insert("caller: someone", at: 7)
    #expect(
      parseErrors(file(lines)) == [
        "call.txt:8:1: error: unknown header field; expected one of policy, policy-version, policy-sha256, date, session, ended"
      ])
  }

  @Test func reportsAHeaderLineWithoutAColon() {
    #expect(
      errors(line: 2, replacedBy: "policy london-sarcoma-second-opinions") == [
        "call.txt:2:1: error: expected a header field written 'name: value', such as 'date: 2026-11-25', found a letter",
        "call.txt:8:1: error: the header has no 'policy' field",
      ])
  }

  @Test func reportsAMissingSpaceAfterTheColon() {
    #expect(errors(line: 5, replacedBy: "date:2026-11-25") == ["call.txt:5:6: error: expected a space after 'date:', found a digit"])
  }

  @Test func reportsAHeaderFieldWithNoValue() {
    #expect(errors(line: 5, replacedBy: "date:") == ["call.txt:5:6: error: 'date' has no value; expected 'date: YYYY-MM-DD'"])
  }

  @Test func reportsAnInvalidPolicyIdAtItsFirstBadCharacter() {
    #expect(
      errors(line: 2, replacedBy: "policy: london_sarcoma") == [
        "call.txt:2:15: error: not a valid policy id: it holds '_'; ids use lower-case letters, digits and single hyphens"
      ])
  }

  @Test func reportsAControlCharacterInThePolicyVersion() {
    #expect(
      errors(line: 3, replacedBy: "policy-version: 1.0\u{1B}[0m") == [
        "call.txt:3:20: error: the policy version holds a control character, U+001B (an escape)"
      ])
  }

  @Test func reportsAHashThatIsNotLowerCaseHex() {
    #expect(
      errors(line: 4, replacedBy: "policy-sha256: 0123ABCD" + String(Self.hash.dropFirst(8))) == [
        "call.txt:4:20: error: the policy's SHA-256 holds a capital letter: expected 64 lower-case hexadecimal digits (0-9, a-f), as sha256sum prints them"
      ])
  }

  @Test func reportsAHashOfTheWrongLength() {
    #expect(
      errors(line: 4, replacedBy: "policy-sha256: 0123abcd") == [
        "call.txt:4:16: error: the policy's SHA-256 has 8 digits; expected 64, as sha256sum prints them"
      ])
  }

  @Test func reportsADateInAnotherForm() {
    #expect(errors(line: 5, replacedBy: "date: 25/11/2026") == ["call.txt:5:7: error: expected the date as YYYY-MM-DD, such as 2026-11-25"])
  }

  @Test func reportsADateThatIsNotOnTheCalendar() {
    #expect(errors(line: 5, replacedBy: "date: 2026-02-29") == ["call.txt:5:7: error: the date is not a day of the calendar"])
  }

  @Test func refusesATimeOfDayAfterTheDate() {
    #expect(
      errors(line: 5, replacedBy: "date: 2026-11-25T10:30") == [
        "call.txt:5:17: error: expected the day only, YYYY-MM-DD, but more follows it; a transcript never records the time of day"
      ])
  }

  @Test func reportsASessionIdThatIsNotHex() {
    #expect(
      errors(line: 6, replacedBy: "session: 9f2c-4e1a") == [
        "call.txt:6:14: error: the session id holds '-': expected lower-case hexadecimal digits (0-9, a-f)"
      ])
  }

  @Test func reportsASessionIdTooShortToBeRandom() {
    #expect(errors(line: 6, replacedBy: "session: abc") == ["call.txt:6:10: error: the session id has 3 digits; expected from 8 to 64"])
  }

  @Test func reportsAnUnknownEnding() {
    #expect(
      errors(line: 7, replacedBy: "ended: finished") == [
        "call.txt:7:8: error: expected 'outcome' or 'abandoned (REASON)', where REASON is quit, end-of-input, hangup, terminated, next-caller or unfinished"
      ])
  }

  @Test func reportsAnUnknownReasonForAnAbandonedCall() {
    #expect(
      errors(line: 7, replacedBy: "ended: abandoned (lunch)") == [
        "call.txt:7:19: error: unknown reason for an abandoned call; expected quit, end-of-input, hangup, terminated, next-caller or unfinished"
      ])
  }

  // MARK: Events

  @Test func reportsABlankLineAmongTheEvents() {
    var lines = Self.lines
    lines.insert("", at: 10)
    #expect(
      parseErrors(file(lines)) == [
        "call.txt:11:1: error: unexpected blank line among the events; events are written one per line, with no blank lines"
      ])
  }

  @Test func reportsAHeaderFieldAmongTheEvents() {
    #expect(
      errors(line: 11, replacedBy: "date: 2026-11-25") == [
        "call.txt:11:1: error: the header field 'date' is among the events; header fields come before the blank line on line 8"
      ])
  }

  @Test func reportsAHeaderFieldAmongEventsThatFollowTheHeaderWithoutABlankLine() {
    var lines = Self.lines
    lines.remove(at: 7)
    lines.insert("date: 2026-11-25", at: 9)
    #expect(
      parseErrors(file(lines)) == [
        "call.txt:8:1: error: expected a blank line between the header and the first event",
        "call.txt:10:1: error: the header field 'date' is among the events; header fields come before the first event",
      ])
  }

  @Test func suggestsTheEventAMisspeltKeywordMeant() {
    #expect(errors(line: 10, replacedBy: "answr asker: family") == ["call.txt:10:1: error: unknown event; did you mean 'answer'?"])
  }

  @Test func listsTheEventsForAnUnknownKeyword() {
    #expect(
      errors(line: 10, replacedBy: "hello world") == [
        "call.txt:10:1: error: unknown event; expected ask, answer, back, change, resume, restart, note or outcome"
      ])
  }

  @Test func reportsAnInvalidQuestionId() {
    #expect(
      errors(line: 9, replacedBy: "ask Asker: Who is asking?") == [
        "call.txt:9:5: error: not a valid question id: it holds a capital letter; ids use lower-case letters, digits and single hyphens"
      ])
  }

  @Test func reportsAnIdWithADoubleHyphen() {
    #expect(
      errors(line: 10, replacedBy: "answer asker: treating--clinician") == [
        "call.txt:10:24: error: not a valid answer id: a hyphen may not start or end it, or follow another; ids use lower-case letters, digits and single hyphens"
      ])
  }

  @Test func reportsWordsTypedInsteadOfAnAnswerId() {
    #expect(
      errors(line: 10, replacedBy: "answer asker: my wife") == [
        "call.txt:10:17: error: expected the end of the line after the answer id, found a space; an answer line holds the answer's id only"
      ])
  }

  @Test func reportsAMissingAnswerId() {
    #expect(errors(line: 10, replacedBy: "answer asker: ") == ["call.txt:10:15: error: expected an answer id, found the end of the line"])
  }

  @Test func reportsAMissingSpaceAfterTheQuestionColon() {
    #expect(
      errors(line: 10, replacedBy: "answer asker:family") == [
        "call.txt:10:14: error: expected a space and the answer id after the question id and ':', found a letter"
      ])
  }

  @Test func reportsAMissingColonAfterTheQuestion() {
    #expect(
      errors(line: 9, replacedBy: "ask asker Who is asking?") == [
        "call.txt:9:10: error: expected ': ' and the question's prompt after the question id, found a space"
      ])
  }

  @Test func reportsAnEmptyPrompt() {
    #expect(
      errors(line: 9, replacedBy: "ask asker: ") == [
        "call.txt:9:12: error: the prompt is empty; expected the question as staff read it"
      ])
  }

  @Test func reportsAKeywordWithoutItsQuestion() {
    #expect(
      errors(line: 11, replacedBy: "back") == [
        "call.txt:11:5: error: expected a space and a question id after 'back', found the end of the line"
      ])
  }

  @Test func reportsTextAfterBack() {
    #expect(
      errors(line: 11, replacedBy: "back asker please") == [
        "call.txt:11:11: error: expected the end of the line after 'back' and its question id, found a space"
      ])
  }

  @Test func reportsTextAfterRestart() {
    #expect(errors(line: 14, replacedBy: "restart now") == ["call.txt:14:8: error: expected the end of the line after 'restart', found a space"])
  }

  @Test func reportsANoteWithoutItsColon() {
    #expect(errors(line: 17, replacedBy: "note Caller rang back.") == ["call.txt:17:5: error: expected ':' after 'note', found a space"])
  }

  @Test func reportsANoteWithoutTheSpaceAfterItsColon() {
    #expect(errors(line: 17, replacedBy: "note:Caller rang back.") == ["call.txt:17:6: error: expected a space after 'note:', found a capital letter"])
  }

  @Test func reportsANoteOfOnlyASpace() {
    #expect(errors(line: 17, replacedBy: "note: ") == ["call.txt:17:7: error: the note is empty; an empty note is written 'note:'"])
  }

  @Test func reportsAControlCharacterInANoteAtItsColumn() {
    #expect(
      errors(line: 17, replacedBy: "note: Caller\tsaid more") == [
        "call.txt:17:13: error: the note holds a control character, U+0009 (a tab); it must be one line of plain text"
      ])
  }

  @Test func countsColumnsInCharactersNotBytes() {
    #expect(
      errors(line: 17, replacedBy: "note: Café \u{85}") == [
        "call.txt:17:12: error: the note holds a control character, U+0085; it must be one line of plain text"
      ])
  }

  @Test func reportsAnOutcomeColonWithNoClauses() {
    #expect(
      errors(line: 18, replacedBy: "outcome not-routine:") == [
        "call.txt:18:21: error: expected a space and the outcome's clause ids after the outcome id and ':', found the end of the line"
      ])
  }

  @Test func reportsClausesNotSeparatedByACommaAndASpace() {
    #expect(
      errors(line: 18, replacedBy: "outcome not-routine: a,b") == [
        "call.txt:18:23: error: expected ', ' and another clause id, or the end of the line, after a clause id, found ','"
      ])
  }

  @Test func reportsAnInvalidClauseId() {
    #expect(
      errors(line: 18, replacedBy: "outcome not-routine: a, B") == [
        "call.txt:18:25: error: not a valid clause id: it holds a capital letter; ids use lower-case letters, digits and single hyphens"
      ])
  }
}
