import Testing

@testable import PolicyEngine

@Suite struct PolicyCheckTests {
  @Test func passesTheShippedPolicyWithoutAnyWarning() {
    #expect(PolicyCheck(shipped.document.policy).defects.isEmpty)
  }

  @Test func passesTheSmallFixture() throws {
    #expect(try diagnostics(ofFixture: "valid-small.yaml").isEmpty)
  }

  @Test func reportsAnUnknownAnswerIdAndWhatItLeavesUndecided() throws {
    #expect(
      try diagnostics(ofFixture: "unknown-id.yaml") == [
        "unknown-id.yaml:49:9: error: outcome 'stay' can never be reached: every rule that leads to it names an unknown id",
        "unknown-id.yaml:61:3: error: 3 answer combinations reach no outcome (rules naming unknown ids were left out): no rule decides this case:\n    asked  no",
        "unknown-id.yaml:63:20: error: question 'asked' has no answer 'nope' (its answers: yes, no, unsure)",
      ])
  }

  @Test func reportsAnswersThatNoRuleDecides() throws {
    #expect(
      try diagnostics(ofFixture: "missing-coverage.yaml") == [
        "missing-coverage.yaml:56:9: error: outcome 'find-out' can never be reached: no rule leads to it",
        "missing-coverage.yaml:61:3: error: 3 answer combinations reach no outcome: no rule decides this case:\n    asked  unsure",
      ])
  }

  @Test func reportsAShadowedRuleWithTheRuleThatShadowsIt() throws {
    #expect(
      try diagnostics(ofFixture: "shadowed-rule.yaml") == [
        "shadowed-rule.yaml:56:9: error: outcome 'find-out' can never be reached: every rule that leads to it is covered by earlier rules",
        "shadowed-rule.yaml:67:5: error: rule 4 (when asked: unsure) is never used: rule 3 covers it",
      ])
  }

  @Test func namesTheFewestEarlierRulesThatCoverAShadowedRule() {
    var policy = shipped.document.policy
    // Rule 21, after the four routes and the three standard-management rules, can never apply.
    policy.rules.append(Rule(conditions: [Condition(question: "treating-centre", answers: ["uclh", "rnoh"]), Condition(question: "wanted-at", answers: ["royal-marsden"])], outcome: "not-routine"))
    #expect(PolicyCheck(policy).defects.map(\.description) == [
      "rules[20]: error: rule 21 (when treating-centre: uclh | rnoh, wanted-at: royal-marsden) is never used: rules 18, 19 and 20 cover it"
    ])
  }

  @Test func reportsAnOutcomeNoRuleLeadsTo() throws {
    #expect(
      try diagnostics(ofFixture: "unreachable-outcome.yaml") == [
        "unreachable-outcome.yaml:60:9: error: outcome 'orphan' can never be reached: no rule leads to it"
      ])
  }

  @Test func reportsADuplicateIdWithWhereItWasFirstUsed() throws {
    let lines = try diagnostics(ofFixture: "duplicate-id.yaml")
    #expect(lines.prefix(2) == [
      "duplicate-id.yaml:12:9: error: duplicate clause id 'stay-rule'",
      "duplicate-id.yaml:9:9: note: 'stay-rule' is first used here",
    ])
    #expect(lines.dropFirst(2) == [
      "duplicate-id.yaml:32:15: error: unknown clause 'move-rule'",
      "duplicate-id.yaml:48:15: error: unknown clause 'move-rule'",
      "duplicate-id.yaml:59:15: error: unknown clause 'move-rule'",
    ])
  }

  @Test func reportsAQuestionWhoseAnswerNeverMatters() throws {
    #expect(
      try diagnostics(ofFixture: "unasked-question.yaml") == [
        "unasked-question.yaml:16:9: error: question 'colour' is never asked, so none of its 2 answers is ever offered: no answer to it can change the outcome. Mark it 'always: true' if it should be asked anyway"
      ])
  }

  @Test func requiresAnUnsureAnswerAndWordsForKnownKindsOfCaller() throws {
    #expect(
      try diagnostics(ofFixture: "no-unsure-answer.yaml") == [
        "no-unsure-answer.yaml:35:7: error: question 'asked' has no answer marked 'unsure: true'; every question needs one, because callers often do not know",
        "no-unsure-answer.yaml:50:7: error: unknown kind of caller 'asked-no' (the kinds: patient, clinician, anyone)",
        "no-unsure-answer.yaml:53:9: error: outcome 'find-out' can never be reached: no rule leads to it",
      ])
  }

  @Test func listsEveryDefectOfAPolicyWithManyAtOnce() {
    var policy = shipped.document.policy
    policy.rules.removeLast()  // leaves standard-management=unsure undecided
    policy.rules.insert(Rule(conditions: [], outcome: "outside-london"), at: 0)  // shadows everything after it
    policy.questions[1].answers[0].aliases.append("7")
    policy.outcomes[0].clauses.append("no-such-clause")
    let kinds = PolicyCheck(policy).defects.map(\.kind)
    #expect(kinds.contains(.ambiguousAlias))
    #expect(kinds.contains(.unknownReference))
    #expect(kinds.filter { $0 == .shadowedRule }.count == policy.rules.count - 1)
    #expect(kinds.contains(.unreachableOutcome))
    #expect(kinds.contains(.unaskedQuestion))
  }

  @Test func flagsAnAliasThatStandsForTwoAnswers() {
    var policy = shipped.document.policy
    policy.questions[1].answers[1].aliases.append("Marsden")  // uclh, but marsden is royal-marsden's
    let defects = PolicyCheck(policy).defects
    #expect(defects.map(\.message) == [
      "'Marsden' would stand for two answers of question 'treating-centre': 'royal-marsden' and 'uclh'"
    ])
    #expect(defects[0].path == PolicyPath([.key("questions"), .index(1), .key("answers"), .index(1), .key("aliases"), .index(3)]))
  }

  @Test func flagsIdsThatCannotBeWrittenInATranscript() {
    var policy = shipped.document.policy
    policy.outcomes[0].id = "Outside London"
    policy.rules = policy.rules.map { rule in
      var rule = rule
      if rule.outcome == "outside-london" { rule.outcome = "Outside London" }
      return rule
    }
    #expect(PolicyCheck(policy).defects.map(\.message) == [
      "'Outside London' is not a usable outcome id: use lower-case letters, digits and single hyphens, such as 'treating-centre'"
    ])
  }

  @Test func warnsAboutAClauseNothingCites() {
    var policy = shipped.document.policy
    policy.clauses.append(Clause(id: "spare", source: "Nowhere", summary: "Not used."))
    let check = PolicyCheck(policy)
    #expect(!check.hasErrors)
    #expect(check.defects.map(\.description) == ["clauses[13].id: warning: clause 'spare' is not cited by any question or outcome"])
  }

  @Test func countsTheCombinationsNoRuleDecidesAndShowsThemAsATable() {
    var policy = shipped.document.policy
    policy.rules.removeAll { $0.outcome == "check-standard-management" }
    let defect = PolicyCheck(policy).defects.first { $0.kind == .undecidedAnswers }
    // Patients under one London service asking for the other (3 x 3 sarcoma answers, bar the
    // bone sarcoma cases), unsure about standard management, with no route "yes":
    // 6 askers x (RMH->LSS: 3 sarcoma + UCLH/RNOH->RMH: 2 x 3 sarcoma) x 1 x 2^4 = 864.
    #expect(
      defect?.message == """
        864 answer combinations reach no outcome: no rule decides these cases:
          case 1 (576 combinations):
            treating-centre       uclh | rnoh
            wanted-at             royal-marsden
            sarcoma               soft-tissue | gist | unsure
            standard-management   unsure
            treatment-only-there  no | unsure
            mdt-review            no | unsure
            expertise-only-there  no | unsure
            named-clinician       no | unsure
          case 2 (288 combinations):
            treating-centre       royal-marsden
            wanted-at             london-sarcoma-service
            sarcoma               soft-tissue | gist | unsure
            standard-management   unsure
            treatment-only-there  no | unsure
            mdt-review            no | unsure
            expertise-only-there  no | unsure
            named-clinician       no | unsure
        """)
  }

  @Test func saysWhenOnlySomeOfTheCasesNoRuleDecidesAreShown() {
    var policy = shipped.document.policy
    let notUnder = policy.rules.firstIndex { $0.outcome == "not-under-standard-management" }!
    policy.rules[notUnder].conditions.append(Condition(question: "treatment-only-there", answers: ["no"]))
    let check = policy.rules.firstIndex { $0.outcome == "check-standard-management" }!
    policy.rules[check].conditions.append(Condition(question: "mdt-review", answers: ["no"]))
    let message = PolicyCheck(policy).defects.first { $0.kind == .undecidedAnswers }?.message ?? ""
    #expect(message.hasPrefix("864 answer combinations reach no outcome: no rule decides these cases, among others:\n  case 1 (288 combinations):\n"))
    #expect(message.components(separatedBy: "\n  case ").count == 4)
  }

  @Test func reportsAPolicyTooTangledToProveAsOneDefect() {
    let policy = shipped.document.policy
    let check = PolicyCheck(policy, stepLimit: 5)
    #expect(check.defects.map(\.description) == [
      "rules: error: the rules are too tangled to prove complete (their analysis needs more than 5 steps); split overlapping rules into separate cases, or put the most general rules last"
    ])
  }
}
