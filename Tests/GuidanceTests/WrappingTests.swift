import Testing

@testable import Guidance

@Suite struct WrappingTests {
  @Test func breaksAtSpacesWithinTheWidth() {
    #expect(wrapped("one two three four", width: 20, firstIndent: "- ", indent: "  ") == ["- one two three four"])
    #expect(wrapped(String(repeating: "word ", count: 10), width: 20) == ["word word word word", "word word word word", "word word"])
  }

  @Test func breaksAWordLongerThanALine() {
    let lines = wrapped(String(repeating: "x", count: 50), width: 20)
    #expect(lines == [String(repeating: "x", count: 20), String(repeating: "x", count: 20), String(repeating: "x", count: 10)])
  }

  @Test func countsWideCharactersAsTwoColumnsAndAccentsAsOne() {
    #expect(displayWidth("café") == 4)
    #expect(displayWidth("cafe\u{301}") == 4)
    #expect(displayWidth("日本") == 4)
  }

  @Test func keepsAnEmptyTextAsOneLine() {
    #expect(wrapped("", width: 40, firstIndent: "  ") == ["  "])
  }
}

@Suite struct JSONTests {
  @Test func escapesAndKeepsKeyOrder() {
    let value = JSON.object([("b", .string("a \"q\"\n\u{1}")), ("a", .array([.number(1), .bool(true), .null]))])
    #expect(value.text == "{\n  \"b\": \"a \\\"q\\\"\\n\\u0001\",\n  \"a\": [\n    1,\n    true,\n    null\n  ]\n}")
  }
}

@Suite struct DisplayWidthTests {
  @Test func ignoresColourCodes() {
    #expect(displayWidth(TextStyle(usesColor: true).bold("abc")) == 3)
    #expect(wrapped(TextStyle(usesColor: true).dim("aaa bbb ccc ddd eee fff"), width: 20).count == 2)
  }
}
