import Testing
@testable import LineEditing

/// Turning line bytes into text, and marking prompt escape sequences.
@Suite struct LineTextTests {
  @Test func shortLinesDecodeWhole() {
    let decoded = LineText.decode(Array("héllo".utf8), limit: 100)
    #expect(decoded.text == "héllo")
    #expect(decoded.truncated == false)
  }

  @Test func longLinesAreCutAtTheLimit() {
    let decoded = LineText.decode(Array("abcdef".utf8), limit: 4)
    #expect(decoded.text == "abcd")
    #expect(decoded.truncated)
  }

  @Test(arguments: [
    (1, ""), (2, "é"), (3, "é"), (4, "é"), (5, "é✓"), (6, "é✓"), (7, "é✓"), (8, "é✓"), (9, "é✓😀"),
  ])
  func cutsBackOffToACharacterBoundary(limit: Int, expected: String) {
    let bytes = Array("é✓😀x".utf8)  // 2 + 3 + 4 + 1 bytes
    #expect(LineText.decode(bytes, limit: limit).text == expected)
  }

  @Test func cutOfInvalidBytesKeepsTheLimit() {
    let bytes: [UInt8] = [0x80, 0x80, 0x80, 0x80, 0x80, 0x80]
    let decoded = LineText.decode(bytes, limit: 3)
    #expect(decoded.text == "\u{FFFD}\u{FFFD}\u{FFFD}")
  }

  @Test func promptEscapeSequencesAreMarkedAsTakingNoRoom() {
    #expect(
      LineText.markingInvisibleSequences(in: "\u{1B}[1mq1\u{1B}[0m> ")
        == "\u{1}\u{1B}[1m\u{2}q1\u{1}\u{1B}[0m\u{2}> "
    )
    #expect(LineText.markingInvisibleSequences(in: "\u{1B}[38;5;208mé") == "\u{1}\u{1B}[38;5;208m\u{2}é")
  }

  @Test func plainPromptsAreLeftAlone() {
    #expect(LineText.markingInvisibleSequences(in: "Hospital? ") == "Hospital? ")
  }

  @Test func unfinishedEscapeSequenceAtTheEndIsMarkedToo() {
    #expect(LineText.markingInvisibleSequences(in: "a\u{1B}[1") == "a\u{1}\u{1B}[1\u{2}")
  }
}

/// Pasted bytes as the session reads them.
@Suite struct PastedTextTests {
  @Test func everyKindOfLineBreakIsOneNewline() {
    #expect(LineText.pastedText(Array("a\r\nb\rc\nd".utf8)) == "a\nb\nc\nd")
  }

  @Test func blankLinesAtTheEndsAreDroppedAndInsideKept() {
    #expect(LineText.pastedText(Array("\r\n  \nHi,\n\nthanks\n\n".utf8)) == "Hi,\n\nthanks")
    #expect(LineText.pastedText(Array(" \r\n\n".utf8)) == "")
  }

  @Test func invalidBytesBecomeReplacementCharacters() {
    #expect(LineText.pastedText([0x61, 0xFF, 0x62]) == "a\u{FFFD}b")
  }
}
