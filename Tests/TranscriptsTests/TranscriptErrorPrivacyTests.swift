import Testing

@testable import Transcripts

/// A stray file may hold anything, personal data included, and the reader's errors end
/// up in logs: every error reports the kind of problem and its place, never the text.
@Suite struct TranscriptErrorPrivacyTests {
  /// Personal data, and the pieces of it no message may show.
  static let person = "Jane Doe 943 476 5919"
  static let pieces = ["Jane", "jane", "Doe", "doe", "943", "476", "5919", "07700", "900461"]

  /// Every kind of line the reader can refuse, each carrying personal data where the
  /// problem is, as (line, replacement).
  static let damagedLines: [(Int, String)] = [
    (1, person), (1, "second-opinion transcript Jane Doe"), (1, "second-opinion transcript 07700900461"),
    (1, "second-opinion transcript  jane"), (2, "policy: \(person)"), (2, "policy Jane Doe"), (2, "\(person): x"),
    (2, "Jane: Doe"), (2, "policy:Jane"), (2, "polcy: jane-doe"), (3, "policy-version: Jane\u{1B}Doe"),
    (4, "policy-sha256: \(person)"), (4, "policy-sha256: 943476"), (5, "date: \(person)"), (5, "date: 2026-11-25 Jane Doe"),
    (5, "date: 5919-02-30"), (6, "session: jane doe"), (6, "session: 943"), (7, "ended: \(person)"),
    (7, "ended: abandoned (Jane Doe 943)"), (9, person), (9, "ask Jane: Doe"), (9, "ask jane doe"), (9, "ask asker Jane Doe"),
    (9, "ask asker:Jane Doe"), (9, "ask asker: Jane\u{7}Doe"), (10, "answer asker: Jane Doe"),
    (10, "answer asker: jane doe 943"), (10, "answer Jane: x"), (10, "answer asker: jane--doe"), (10, "answr asker: jane-doe"),
    (11, "back Jane"), (11, "back jane-doe 943"), (14, "restart Jane Doe"), (17, "note Jane Doe"), (17, "note:Jane Doe"),
    (17, "note: Jane\u{0}Doe"), (17, "note: Jane\u{85}Doe"), (18, "outcome Jane Doe"), (18, "outcome not-routine: Jane, Doe"),
    (18, "outcome not-routine: a,jane"), (18, "outcome not-routine:Jane"), (18, "outcome jane-doe-943 x"),
    (12, "date: \(person)"),
  ]

  @Test(arguments: damagedLines.indices)
  func anErrorNeverQuotesTheFile(_ index: Int) {
    let (line, replacement) = Self.damagedLines[index]
    var lines = TranscriptParseErrorTests.lines
    lines[line - 1] = replacement
    let messages = parseErrors(file(lines))
    #expect(!messages.isEmpty, "line \(line) replaced by \(replacement) was read without an error")
    for message in messages {
      #expect(!Self.pieces.contains { message.contains($0) }, "\(message)")
    }
  }

  @Test func bytesThatAreNotTextAreNotQuotedEither() {
    var bytes = Array(file(TranscriptParseErrorTests.lines).utf8)
    bytes.insert(contentsOf: Array("Jane Doe ".utf8) + [0xC3, 0x28], at: bytes.count - 2)
    var messages: [String] = []
    do {
      _ = try Transcript(parsing: bytes, file: "call.txt")
    } catch {
      messages = error.diagnostics.map(\.description)
    }
    #expect(!messages.isEmpty)
    for message in messages { #expect(!Self.pieces.contains { message.contains($0) }, "\(message)") }
  }
}
