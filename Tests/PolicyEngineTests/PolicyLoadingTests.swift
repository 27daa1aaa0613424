import Testing

@testable import PolicyEngine

@Suite struct PolicyLoadingTests {
  @Test func readsTheSmallFixtureIntoItsParts() throws {
    let policy = try fixtureDocument("valid-small.yaml").policy
    #expect(policy.identity == PolicyIdentity(id: "small", title: "A small policy", issuedBy: "The tests", version: "1.0.0", date: "2026-01-31"))
    #expect(policy.clauses.map(\.id) == ["stay-rule", "move-rule"])
    #expect(policy.questions.map(\.id) == ["who", "asked"])
    #expect(policy.questions[0].isAlwaysAsked)
    #expect(policy.questions[1].answers.map(\.id) == ["yes", "no", "unsure"])
    #expect(policy.questions[1].answers[0].aliases == ["y"])
    #expect(policy.questions[1].answers[2].isUnsure)
    #expect(policy.outcomes[1].say == Wording(anyone: "They stay where they are.", byCaller: ["clinician": "They stay where they are. As the clinician, you can ask."]))
    #expect(policy.callers == Callers(question: "who", kinds: [CallerKind(id: "patient", answers: ["patient", "unsure"]), CallerKind(id: "clinician", answers: ["clinician"])]))
    #expect(policy.rules[0] == Rule(conditions: [Condition(question: "asked", answers: ["yes"])], outcome: "move"))
  }

  @Test func reportsAYAMLSyntaxErrorWithItsPlace() throws {
    #expect(
      try diagnostics(ofFixture: "yaml-syntax-error.yaml") == [
        "yaml-syntax-error.yaml:64:4: error: YAML syntax: did not find expected '-' indicator (while parsing a block collection at line 61, column 3)"
      ])
  }

  @Test func reportsEverySchemaErrorAtOnceInFileOrder() throws {
    #expect(
      try diagnostics(ofFixture: "schema-errors.yaml") == [
        "schema-errors.yaml:9:5: error: clauses[0]: a clause is missing 'summary': the clause in our own words",
        "schema-errors.yaml:11:5: error: clauses[0]: unknown key 'sumary' in a clause; did you mean 'summary'? (expected: id, source, summary)",
        "schema-errors.yaml:30:10: error: questions[1].ask: expected text for 'ask', found a list",
      ])
  }

  @Test func explainsTextThatYAMLReadAsAKey() throws {
    let yaml = try String(decoding: fixtureBytes("valid-small.yaml"), as: UTF8.self)
      .replacingOccurrences(of: "    clauses: [stay-rule]\n    # The words", with: "    next-steps:\n      - Note: nothing changes.\n    clauses: [stay-rule]\n    # The words")
    #expect(throws: PolicyLoadError.invalid([
      Diagnostic(
        .error,
        "outcomes[1].next-steps[0]: expected text for 'next-steps', found a mapping; a colon followed by a space makes YAML read text as a key, so put the whole text in quotes",
        at: SourceLocation(file: "p.yaml", line: 55, column: 9))
    ])) {
      try PolicyDocument(parsing: Array(yaml.utf8), file: "p.yaml")
    }
  }

  @Test func explainsAColonInsideUnquotedText() throws {
    let yaml = try String(decoding: fixtureBytes("valid-small.yaml"), as: UTF8.self)
      .replacingOccurrences(of: "anyone: They stay where they are.", with: "anyone: Note: they stay.")
    #expect(throws: PolicyLoadError.invalid([
      Diagnostic(
        .error,
        "YAML syntax: mapping values are not allowed in this context; a colon followed by a space inside text needs the whole text in quotes",
        at: SourceLocation(file: "p.yaml", line: 52, column: 19))
    ])) {
      try PolicyDocument(parsing: Array(yaml.utf8), file: "p.yaml")
    }
  }

  @Test func rejectsAnEmptyFileAsAnInvalidPolicy() throws {
    let expected = "empty.yaml:1:1: error: the file is empty; expected a policy with the keys policy, clauses, questions, outcomes, rules"
    #expect(try diagnostics(ofFixture: "empty.yaml") == [expected])
    #expect(try diagnostics(ofFixture: "comments-only.yaml") == [expected.replacingOccurrences(of: "empty.yaml", with: "comments-only.yaml")])
  }

  @Test func rejectsAListWhereThePolicyMappingBelongs() throws {
    #expect(try diagnostics(ofFixture: "not-a-mapping.yaml") == ["not-a-mapping.yaml:1:1: error: expected a policy (a mapping of keys to values), found a list"])
  }

  @Test func callsBinaryJunkUnreadableAndSaysWhere() throws {
    #expect(throws: PolicyLoadError.unreadable(
      Diagnostic(.error, "this is not a text file (it holds a NUL byte); a policy is a YAML text file", at: SourceLocation(file: "binary.yaml", line: 1, column: 8))
    )) {
      try fixtureDocument("binary.yaml")
    }
  }

  @Test func pointsAtTheFirstByteThatIsNotUTF8() throws {
    #expect(throws: PolicyLoadError.unreadable(
      Diagnostic(.error, "the file is not UTF-8 text: byte 0x0A cannot continue the character that byte 0xE9 starts", at: SourceLocation(file: "latin1.yaml", line: 2, column: 13))
    )) {
      try fixtureDocument("latin1.yaml")
    }
  }

  @Test func refusesAFiftyMegabyteFileWithoutParsingIt() {
    let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 50 << 20)
    #expect(throws: PolicyLoadError.unreadable(
      Diagnostic(.error, "the file is too large for a policy (50.0 MB; the limit is 4.0 MB)", at: SourceLocation(file: "big.yaml", line: 1, column: 1))
    )) {
      try PolicyDocument(parsing: bytes, file: "big.yaml")
    }
  }

  @Test func neverCrashesOnRandomBytes() {
    var generator = SeededRandom(seed: 2026)
    for length in [1, 2, 7, 64, 1000, 10_000] {
      for _ in 0..<20 {
        let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
        #expect(throws: PolicyLoadError.self) { try PolicyDocument(parsing: bytes, file: "junk") }
      }
    }
  }

  @Test func neverCrashesOnRandomPrintableText() {
    var generator = SeededRandom(seed: 7)
    let alphabet = Array("abc: -[]{}\n\"'#&*!|>?,%@` \t0123456789")
    for _ in 0..<300 {
      let text = String((0..<Int.random(in: 0...400, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
      #expect(throws: PolicyLoadError.self) { try PolicyDocument(parsing: Array(text.utf8), file: "junk") }
    }
  }

  @Test func stopsAliasesThatExpandWithoutLimit() {
    var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for level in 1...8 {
      yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
    }
    #expect(throws: PolicyLoadError.invalid([
      Diagnostic(
        .error, "the file holds more than 200000 values once its anchors and aliases are expanded; a policy is far smaller",
        at: SourceLocation(file: "laughs.yaml", line: 1, column: 1))
    ])) {
      try PolicyDocument(parsing: Array(yaml.utf8), file: "laughs.yaml")
    }
  }

  @Test func countsValuesWithoutMentioningAnchorsInAFileThatHasNone() {
    let yaml = "policy: x\nbig: [" + Array(repeating: "v", count: 200_100).joined(separator: ", ") + "]\n"
    #expect(throws: PolicyLoadError.invalid([
      Diagnostic(.error, "the file holds more than 200000 values; a policy is far smaller", at: SourceLocation(file: "big.yaml", line: 1, column: 1))
    ])) {
      try PolicyDocument(parsing: Array(yaml.utf8), file: "big.yaml")
    }
  }

  @Test func reportsNestingTooDeepInPlainWords() {
    let yaml = "policy: " + String(repeating: "[", count: 2_000) + String(repeating: "]", count: 2_000) + "\n"
    #expect(throws: PolicyLoadError.invalid([
      Diagnostic(.error, "YAML: the values here are nested too deeply to read; a policy nests only a few levels", at: SourceLocation(file: "deep.yaml", line: 1, column: 10))
    ])) {
      try PolicyDocument(parsing: Array(yaml.utf8), file: "deep.yaml")
    }
  }

  @Test(arguments: [
    ([0x61, 0xC3, 0x28], 1, "byte 0x28 cannot continue the character that byte 0xC3 starts"),
    ([0x61, 0xE2, 0x82, 0x28], 1, "byte 0x28 cannot continue the character that byte 0xE2 starts"),
    ([0x61, 0xE0, 0x80, 0x80], 1, "byte 0x80 cannot continue the character that byte 0xE0 starts"),
    ([0x61, 0x80], 1, "byte 0x80 cannot start a character"),
    ([0x61, 0xC0, 0xAF], 1, "byte 0xC0 cannot start a character"),
    ([0x61, 0xF0, 0x9F, 0x98], 1, "the file ends inside the character that byte 0xF0 starts"),
  ] as [([UInt8], Int, String)])
  func blamesTheByteThatBreaksUTF8(_ bytes: [UInt8], _ offset: Int, _ message: String) {
    #expect(throws: PolicyLoadError.unreadable(
      Diagnostic(.error, "the file is not UTF-8 text: " + message, at: SourceLocation(file: "p.yaml", line: 1, column: 2))
    )) {
      try PolicyDocument(parsing: Array("policy: x\n".utf8).suffix(0) + bytes, file: "p.yaml")
    }
  }

  @Test func reportsAProblemUnderAnAnchorOnceHoweverOftenItIsUsed() throws {
    let yaml = try String(decoding: fixtureBytes("valid-small.yaml"), as: UTF8.self)
      .replacing("    answers:\n      - id: patient", with: "    answers: &who\n      - id: patient\n        lable: oops\n      - id: patient-x")
      .replacing("    find-out: Ask the clinician.\n    answers:\n      - id: \"yes\"\n        label: \"Yes\"\n        aliases: [y]\n      - id: \"no\"\n        label: \"No\"\n        aliases: [n]\n      - id: unsure\n        label: Not sure\n        unsure: true", with: "    find-out: Ask the clinician.\n    answers: *who")
    #expect(yaml.contains("answers: *who"))
    do {
      _ = try PolicyDocument(parsing: Array(yaml.utf8), file: "p.yaml")
      Issue.record("the policy was read")
    } catch {
      let messages = error.diagnostics.map(\.description)
      #expect(messages.filter { $0.contains("lable") }.count == 1, "\(messages)")
    }
  }

  @Test func reportsAKeyGivenTwice() throws {
    let yaml = try String(decoding: fixtureBytes("valid-small.yaml"), as: UTF8.self)
      .replacingOccurrences(of: "    source: Paragraph 1\n", with: "    source: Paragraph 1\n    source: Paragraph 9\n")
    #expect(throws: PolicyLoadError.invalid([
      Diagnostic(.error, "the key 'source' appears twice in the mapping that starts here", at: SourceLocation(file: "p.yaml", line: 10, column: 5))
    ])) {
      try PolicyDocument(parsing: Array(yaml.utf8), file: "p.yaml")
    }
  }

  @Test func rejectsADateThatIsNotOnTheCalendar() throws {
    let yaml = try String(decoding: fixtureBytes("valid-small.yaml"), as: UTF8.self)
      .replacingOccurrences(of: "date: 2026-01-31", with: "date: 2026-02-30")
    #expect(throws: PolicyLoadError.invalid([
      Diagnostic(
        .error, "'date' must be a date written YYYY-MM-DD, such as 2026-11-25; found '2026-02-30'",
        at: SourceLocation(file: "p.yaml", line: 7, column: 9))
    ])) {
      try PolicyDocument(parsing: Array(yaml.utf8), file: "p.yaml")
    }
  }

  @Test func acceptsUnquotedYesAndNoAsAnswerIds() throws {
    let yaml = try String(decoding: fixtureBytes("valid-small.yaml"), as: UTF8.self)
      .replacingOccurrences(of: "\"yes\"", with: "yes").replacingOccurrences(of: "\"no\"", with: "no")
    let policy = try PolicyDocument(parsing: Array(yaml.utf8), file: "p.yaml").policy
    #expect(policy.questions[1].answers.map(\.id) == ["yes", "no", "unsure"])
    #expect(policy.rules[1].conditions == [Condition(question: "asked", answers: ["no"])])
  }

  @Test func hashesTheFileLikeSha256sum() throws {
    let document = try fixtureDocument("valid-small.yaml")
    #expect(document.contentHash == sha256Hex(try fixtureBytes("valid-small.yaml")))
    #expect(document.contentHash.count == 64)
  }
}
