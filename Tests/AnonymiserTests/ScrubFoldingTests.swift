import Testing

@testable import Anonymiser

/// Digits and signs the scrubber must see through: other scripts' digits,
/// full-width forms, invisible characters, and the offsets kept exact.
@Suite struct ScrubFoldingTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("٠١٢٣٤٥٦٧٨٩", "0123456789"),  // Arabic-Indic
    ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),  // Persian
    ("०१२३४५६७८९", "0123456789"),  // Devanagari
    ("০১২৩৪৫৬৭৮৯", "0123456789"),  // Bengali
    ("０１２３４５６７８９", "0123456789"),  // full width
    ("𝟎𝟏𝟐𝟑𝟒", "01234"),  // mathematical bold
    ("𝟘𝟙𝟚𝟛𝟜", "01234"),  // mathematical double-struck
    ("²³", "23"),  // superscripts
    ("12\u{AD}34\u{2060}56\u{FEFF}78", "12345678"),  // soft hyphen, word joiner, byte-order mark
    ("a\u{A0}b\u{202F}c\u{3000}d\u{2009}e", "a b c d e"),  // spaces of every width
    ("a\u{200B}b", "a b"),  // zero-width space: a separator
    ("ｊｏ＠ｅｘａｍｐｌｅ．ｃｏｍ", "jo@example.com"),  // full-width letters and signs
    ("12\u{2013}34\u{2212}56", "12-34-56"),  // en dash, minus sign
    ("O\u{2019}Neill \u{201C}x\u{201D}", "O'Neill \"x\""),  // curly quotes
    ("﹫", "@"),  // small commercial at
    ("𝐀𝐁𝐜", "ABc"),  // mathematical letters
  ])
  func foldsWhatTheRecognisersRead(line: String, folded: String) throws {
    let result = try #require(Array(line.utf8).withUnsafeBufferPointer { FoldedLine(folding: $0) })
    #expect(String(decoding: result.bytes, as: UTF8.self) == folded)
  }

  @Test(arguments: ["plain ASCII line 07700 900461", "Zoë and Siobhán", "café 10 mg"])
  func leavesALineThatNeedsNoFoldingAlone(line: String) {
    #expect(Array(line.utf8).withUnsafeBufferPointer { FoldedLine(folding: $0) } == nil)
  }

  @Test func keepsWhereEveryFoldedByteCameFrom() throws {
    let line = "a٣\u{AD}ｂ"
    let result = try #require(Array(line.utf8).withUnsafeBufferPointer { FoldedLine(folding: $0) })
    #expect(result.bytes == Array("a3b".utf8))
    // "a" is byte 0; "٣" bytes 1-2; the soft hyphen bytes 3-4 vanish; "ｂ" bytes 5-7.
    #expect(result.starts == [0, 1, 5])
    #expect(result.ends == [1, 3, 8])
  }

  @Test(arguments: [
    ("NHS ٢١٣ ٣٥١ ٤٩٤٥ seen", "NHS [NHS-NUMBER] seen"),
    ("NHS ۴۹۲ ۱۹۴ ۷۸۵۶, mob ۰۷۷۰۰ ۹۰۰ ۱۴۶.", "NHS [NHS-NUMBER], mob [PHONE]."),
    ("nhs २४० ५०८ ७८३९ ok", "nhs [NHS-NUMBER] ok"),
    ("NHS 𝟔𝟐𝟖 𝟐𝟏𝟔 𝟑𝟏𝟎𝟐 DOB 𝟎𝟕.𝟎𝟏.𝟏𝟗𝟖𝟒", "NHS [NHS-NUMBER] DOB [DATE]"),
    ("nhs no 290\u{AD}554\u{AD}1245 - f/u", "nhs no [NHS-NUMBER] - f/u"),
    ("mob 07700\u{AD}900\u{AD}774 (x)", "mob [PHONE] (x)"),
    ("NHS 617\u{A0}846\u{A0}6862 (nbsp)", "NHS [NHS-NUMBER] (nbsp)"),
    ("dob ０４／１１／１９５６ ok", "dob [DATE] ok"),
    ("email kemi.ade＠example.com (x)", "email [EMAIL] (x)"),
    ("email: ｊ．ｏｋｏｒｏ＠ｅｘａｍｐｌｅ．ｏｒｇ - ok", "email: [EMAIL] - ok"),
    ("postcode ＳＥ１ ７ＥＨ near", "postcode [POSTCODE] near"),
    ("time １４：３０ today", "time [TIME] today"),
    ("hosp no ＲＭ２０４５１８ ok", "hosp no [RECORD-NUMBER] ok"),
  ])
  func scrubsIdentifiersWrittenInOtherScriptsAndWidths(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test func replacesExactlyTheOriginalCharacters() {
    let note = "café ١٢/٠٣/١٩٦١ – Zoë\u{AD}"
    let findings = scrubber.findings(in: note)
    #expect(findings.map(\.kind) == [.date, .name])
    #expect(findings.map(\.text) == ["١٢/٠٣/١٩٦١", "Zoë"])
    #expect(scrubber.scrub(note) == "café [DATE] – [NAME]\u{AD}")
  }

  @Test(arguments: [
    ("lives S W 3 6 J J now", "lives [POSTCODE] now"),
    ("pc c f 1 4 2 t l", "pc [POSTCODE]"),
    ("N W 1 2 B U, spaced", "[POSTCODE], spaced"),
  ])
  func findsPostcodesTypedWithSpacesBetweenCharacters(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test func keepsSpacedLettersThatAreNoPostcode() {
    #expect(scrubber.scrub("grade 2 of 3, a b c d e f") == "grade 2 of 3, a b c d e f")
  }
}
