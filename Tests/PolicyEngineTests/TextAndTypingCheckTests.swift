import Testing

@testable import PolicyEngine

/// `check` refuses text that a terminal would obey or show out of order, and aliases that
/// staff can never type or that hide another answer.
@Suite struct TextAndTypingCheckTests {
  /// The small fixture with one line replaced, checked, as the CLI prints its diagnostics.
  func diagnostics(replacing original: String, with replacement: String) throws -> [String] {
    let text = String(decoding: try fixtureBytes("valid-small.yaml"), as: UTF8.self)
    #expect(text.contains(original))
    let document = try PolicyDocument(parsing: Array(text.replacingOccurrences(of: original, with: replacement).utf8), file: "p.yaml")
    return document.diagnostics(for: PolicyCheck(document.policy).defects).map(\.description)
  }

  // MARK: Plain text (item 12)

  @Test func refusesAnEscapeSequenceInAPrompt() throws {
    #expect(
      try diagnostics(replacing: "ask: Who is calling?", with: #"ask: "Who is \e[2Jcalling?""#) == [
        "p.yaml:17:10: error: the prompt of question 1 holds a control character, U+001B, at character 8; a policy's text must be plain, printable text on one line, so that it shows as written and a transcript reads it back the same"
      ])
  }

  @Test func refusesABidirectionalOverrideInALabel() throws {
    #expect(
      try diagnostics(replacing: "label: The patient", with: #"label: "The \u202Etneitap""#) == [
        "p.yaml:23:16: error: the label of answer 1 of question 1 holds a bidirectional control, U+202E, at character 5; it can make text show in another order than it is written"
      ])
  }

  @Test(arguments: [
    ("summary: Patients stay where they are treated.", #"summary: "Patients stay\twhere they are treated.""#, "the summary of clause 1", "U+0009", 14),
    ("anyone: They stay where they are.", "anyone: |\n        They stay\n        where they are.", "what outcome 2 says", "U+000A", 10),
    ("title: They can move", #"title: "They can\u0085move""#, "the title of outcome 1", "U+0085", 9),
    ("aliases: [y]", #"aliases: ["y\u2066"]"#, "an alias of answer 1 of question 2", "U+2066", 2),
  ])
  func refusesControlsInEveryKindOfText(_ original: String, _ replacement: String, _ what: String, _ code: String, _ at: Int) throws {
    let found = try diagnostics(replacing: original, with: replacement)
    #expect(found.count == 1)
    #expect(found.first?.contains(": error: \(what) holds a ") == true, "\(found)")
    #expect(found.first?.contains(", \(code), at character \(at);") == true, "\(found)")
  }

  @Test func theShippedPolicyHoldsOnlyPlainText() {
    for field in TextAndTypingCheck.textFields(of: shipped.machine.policy) {
      #expect(TextAndTypingCheck.unsafeCharacter(in: field.text, at: field.path, what: field.what) == nil)
    }
  }

  // MARK: What staff can type (item 15)

  @Test func refusesAnAliasThatStartsWithAColon() throws {
    #expect(
      try diagnostics(replacing: "aliases: [n]", with: #"aliases: [n, ":quit"]"#) == [
        "p.yaml:40:22: error: an alias of answer 'no' starts with a colon, so typing it runs a command and it can never be an answer"
      ])
  }

  @Test func refusesAnAliasOfPunctuationOnly() throws {
    #expect(
      try diagnostics(replacing: "aliases: [n]", with: #"aliases: [n, "--"]"#) == [
        "p.yaml:40:22: error: an alias of answer 'no' has no letters or digits, so typing it can never be an answer"
      ])
  }

  @Test func refusesAnAliasThatHidesTheBeginningOfAnotherAnswer() throws {
    let text = String(decoding: try fixtureBytes("valid-small.yaml"), as: UTF8.self)
      .replacingOccurrences(of: "        label: The patient\n", with: "        label: The patient\n        aliases: [cli]\n")
    let document = try PolicyDocument(parsing: Array(text.utf8), file: "p.yaml")
    #expect(
      document.diagnostics(for: PolicyCheck(document.policy).defects).map(\.description) == [
        "p.yaml:24:19: error: alias 'cli' of answer 'patient' is the beginning of 'clinician', a word for answer 'clinician': typing that beginning would always mean 'patient'",
        "p.yaml:25:13: note: answer 'clinician' is here",
      ])
  }

  @Test func aShortAliasHidesNothing() throws {
    #expect(try diagnostics(replacing: "aliases: [n]", with: "aliases: [n, no]").count <= 1)
    #expect(try diagnostics(replacing: "aliases: [y]", with: "aliases: [y, ye]").isEmpty)
  }
}

/// A beginning of one or two letters is too short to take as an answer on a live call.
@Suite struct ShortBeginningTests {
  let centre = shipped.machine.policy.question("treating-centre")!
  let asker = shipped.machine.policy.question("asker")!

  @Test func aBeginningOfTwoLettersIsAskedAbout() {
    #expect(centre.match("st") == .tooShort([centre.answer(named: "rnoh")!, centre.answer(named: "elsewhere-uk")!]))
    #expect(asker.match("fa") == .tooShort([asker.answer(named: "family")!]))
    #expect(centre.match("sta") == .answer(centre.answer(named: "rnoh")!))
  }

  @Test func anAliasOfTwoLettersIsStillTaken() {
    let management = shipped.machine.policy.question("standard-management")!
    #expect(management.match("y") == .answer(management.answer(named: "yes")!))
    #expect(management.match("no") == .answer(management.answer(named: "no")!))
  }
}
