import TestSupport
import PolicyEngine
import Foundation
import Testing

/// The subcommands other than the guided session, run as a shell runs them, with their
/// output, diagnostics and exit statuses checked word for word.
@Suite struct CommandTests {
  /// What `second-opinion check FILE` prints for a policy fixture, run in the fixtures folder.
  struct CheckExpectation: Sendable, CustomTestStringConvertible {
    let file: String
    let status: Int32
    /// Standard error, line by line.
    let errors: [String]
    /// Standard output, line by line.
    let output: [String]

    var testDescription: String { file }
  }

  static let checks: [CheckExpectation] = [
    CheckExpectation(
      file: "binary.yaml", status: 2,
      errors: [
        "binary.yaml:1:8: error: this is not a text file (it holds a NUL byte); a policy is a YAML text file",
      ],
      output: []),
    CheckExpectation(
      file: "comments-only.yaml", status: 1,
      errors: [
        "comments-only.yaml:1:1: error: the file is empty; expected a policy with the keys policy, clauses, questions, outcomes, rules",
        "comments-only.yaml: 1 error",
      ],
      output: []),
    CheckExpectation(
      file: "duplicate-id.yaml", status: 1,
      errors: [
        "duplicate-id.yaml:12:9: error: duplicate clause id 'stay-rule'",
        "duplicate-id.yaml:9:9: note: 'stay-rule' is first used here",
        "duplicate-id.yaml:32:15: error: unknown clause 'move-rule'",
        "duplicate-id.yaml:48:15: error: unknown clause 'move-rule'",
        "duplicate-id.yaml:59:15: error: unknown clause 'move-rule'",
        "duplicate-id.yaml: 4 errors",
      ],
      output: []),
    CheckExpectation(
      file: "empty.yaml", status: 1,
      errors: [
        "empty.yaml:1:1: error: the file is empty; expected a policy with the keys policy, clauses, questions, outcomes, rules",
        "empty.yaml: 1 error",
      ],
      output: []),
    CheckExpectation(
      file: "latin1.yaml", status: 2,
      errors: [
        "latin1.yaml:2:13: error: the file is not UTF-8 text: byte 0x0A cannot continue the character that byte 0xE9 starts",
      ],
      output: []),
    CheckExpectation(
      file: "missing-coverage.yaml", status: 1,
      errors: [
        "missing-coverage.yaml:56:9: error: outcome 'find-out' can never be reached: no rule leads to it",
        "missing-coverage.yaml:61:3: error: 3 answer combinations reach no outcome: no rule decides this case:",
        "    asked  unsure",
        "missing-coverage.yaml: 2 errors",
      ],
      output: []),
    CheckExpectation(
      file: "no-unsure-answer.yaml", status: 1,
      errors: [
        "no-unsure-answer.yaml:35:7: error: question 'asked' has no answer marked 'unsure: true'; every question needs one, because callers often do not know",
        "no-unsure-answer.yaml:50:7: error: unknown kind of caller 'asked-no' (the kinds: patient, clinician, anyone)",
        "no-unsure-answer.yaml:53:9: error: outcome 'find-out' can never be reached: no rule leads to it",
        "no-unsure-answer.yaml: 3 errors",
      ],
      output: []),
    CheckExpectation(
      file: "not-a-mapping.yaml", status: 1,
      errors: [
        "not-a-mapping.yaml:1:1: error: expected a policy (a mapping of keys to values), found a list",
        "not-a-mapping.yaml: 1 error",
      ],
      output: []),
    CheckExpectation(
      file: "policy-1.0.0.yaml", status: 0,
      errors: [],
      output: [
        "policy-1.0.0.yaml: ok: 9 questions, 20 outcomes, 20 rules, 13 clauses; every combination of answers reaches exactly one outcome; 47 states, 69 paths"
      ]),
    CheckExpectation(
      file: "schema-errors.yaml", status: 1,
      errors: [
        "schema-errors.yaml:9:5: error: clauses[0]: a clause is missing 'summary': the clause in our own words",
        "schema-errors.yaml:11:5: error: clauses[0]: unknown key 'sumary' in a clause; did you mean 'summary'? (expected: id, source, summary)",
        "schema-errors.yaml:30:10: error: questions[1].ask: expected text for 'ask', found a list",
        "schema-errors.yaml: 3 errors",
      ],
      output: []),
    CheckExpectation(
      file: "shadowed-rule.yaml", status: 1,
      errors: [
        "shadowed-rule.yaml:56:9: error: outcome 'find-out' can never be reached: every rule that leads to it is covered by earlier rules",
        "shadowed-rule.yaml:67:5: error: rule 4 (when asked: unsure) is never used: rule 3 covers it",
        "shadowed-rule.yaml: 2 errors",
      ],
      output: []),
    CheckExpectation(
      file: "unasked-question.yaml", status: 1,
      errors: [
        "unasked-question.yaml:16:9: error: question 'colour' is never asked, so none of its 2 answers is ever offered: no answer to it can change the outcome. Mark it 'always: true' if it should be asked anyway",
        "unasked-question.yaml: 1 error",
      ],
      output: []),
    CheckExpectation(
      file: "unknown-id.yaml", status: 1,
      errors: [
        "unknown-id.yaml:49:9: error: outcome 'stay' can never be reached: every rule that leads to it names an unknown id",
        "unknown-id.yaml:61:3: error: 3 answer combinations reach no outcome (rules naming unknown ids were left out): no rule decides this case:",
        "    asked  no",
        "unknown-id.yaml:63:20: error: question 'asked' has no answer 'nope' (its answers: yes, no, unsure)",
        "unknown-id.yaml: 3 errors",
      ],
      output: []),
    CheckExpectation(
      file: "unreachable-outcome.yaml", status: 1,
      errors: [
        "unreachable-outcome.yaml:60:9: error: outcome 'orphan' can never be reached: no rule leads to it",
        "unreachable-outcome.yaml: 1 error",
      ],
      output: []),
    CheckExpectation(
      file: "valid-small.yaml", status: 0,
      errors: [
      ],
      output: ["valid-small.yaml: ok: 2 questions, 3 outcomes, 3 rules, 2 clauses; every combination of answers reaches exactly one outcome; 5 states, 3 paths"]),
    CheckExpectation(
      file: "yaml-syntax-error.yaml", status: 1,
      errors: [
        "yaml-syntax-error.yaml:64:4: error: YAML syntax: did not find expected '-' indicator (while parsing a block collection at line 61, column 3)",
        "yaml-syntax-error.yaml: 1 error",
      ],
      output: []),
  ]

  // MARK: check

  @Test(arguments: checks)
  func checkReportsEachFixtureWordForWord(_ expected: CheckExpectation) async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(["check", expected.file], directory: PackagePaths.policyFixtures)
    #expect(result.errorLines == expected.errors)
    #expect(result.outputLines == expected.output)
    #expect(result.status == .exited(expected.status))
  }

  @Test func everyPolicyFixtureHasAnExpectation() {
    let fixtures = FileSystem.names(in: PackagePaths.policyFixtures).filter { $0.hasSuffix(".yaml") }
    #expect(!fixtures.isEmpty)
    #expect(fixtures == Self.checks.map(\.file).sorted())
  }

  @Test func checkWithoutAFileChecksTheBuiltInPolicy() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(["check"])
    #expect(result.status == .exited(0))
    #expect(result.errors == "")
    #expect(result.outputLines == [
      "<embedded policy.yaml>: ok: 9 questions, 20 outcomes, 20 rules, 13 clauses; every combination of answers reaches exactly one outcome; 47 states, 69 paths"
    ])
  }

  /// The previous release of the shipped policy, kept as a fixture.
  static var previousRelease: String { PackagePaths.policyFixtures + "/policy-1.0.0.yaml" }

  @Test func checkSinceThePreviousReleasePassesTheShippedPolicy() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(["check", "--since", Self.previousRelease])
    #expect(result.status == .exited(0))
    #expect(result.errors == "")
    #expect(result.outputLines == [
      "<embedded policy.yaml>: ok: 9 questions, 20 outcomes, 20 rules, 13 clauses; every combination of answers reaches exactly one outcome; 47 states, 69 paths; since \(Self.previousRelease) (1.0.0): calls change, and changes says why in \(Shipped.policy.identity.version)"
    ])
  }

  @Test func checkSinceFailsAChangeShownOnCallsWithoutANewVersionAndAReason() async throws {
    let sandbox = try Sandbox()
    try FileSystem.write(Self.shippedPolicyText, to: sandbox.path("old.yaml"))
    try FileSystem.write(Self.editedPolicyText, to: sandbox.path("new.yaml"))
    let same = try await sandbox.run(["check", "new.yaml", "--since", "old.yaml"], directory: sandbox.work.path)
    #expect(same.status == .exited(1))
    #expect(same.errorLines == [
      "new.yaml:43:12: error: what calls are told changed since version 1.1.0 (2916 answer combinations decide differently; questions: wanted-at), but the version is 1.1.0; raise it, and add an entry to changes saying why",
      "new.yaml: 1 error",
    ])

    let raised = Self.editedPolicyText.replacingOccurrences(of: "  version: 1.1.0\n", with: "  version: 1.2.0\n")
    try FileSystem.write(raised, to: sandbox.path("raised.yaml"))
    let unexplained = try await sandbox.run(["check", "raised.yaml", "--since", "old.yaml"], directory: sandbox.work.path)
    #expect(unexplained.status == .exited(1))
    #expect(unexplained.errorLines.first == "raised.yaml:43:12: error: the policy is version 1.2.0, but the newest entry in changes is 1.1.0; add an entry for 1.2.0 saying why the file changed")

    let explained = raised.replacingOccurrences(
      of: "changes:\n", with: "changes:\n  - {version: 1.2.0, date: 2027-01-15, reason: Unknown sarcoma types are treated as bone., source-document: Unchanged.}\n")
    try FileSystem.write(explained, to: sandbox.path("explained.yaml"))
    let passed = try await sandbox.run(["check", "explained.yaml", "--since", "old.yaml"], directory: sandbox.work.path)
    #expect(passed.status == .exited(0))
    #expect(passed.outputLines.first?.hasSuffix("; since old.yaml (1.1.0): calls change, and changes says why in 1.2.0") == true)
  }

  @Test func checkOfAMissingFileOrAFolderIsAUsageError() async throws {
    let sandbox = try Sandbox()
    let missing = try await sandbox.run(["check", "no-such-policy.yaml"], directory: sandbox.work.path)
    #expect(missing.errorLines == ["error: cannot read no-such-policy.yaml: No such file or directory"])
    #expect(missing.output == "")
    #expect(missing.status == .exited(2))

    let folder = try await sandbox.run(["check", "."], directory: sandbox.work.path)
    #expect(folder.errorLines == ["error: cannot read .: it is a folder, not a file"])
    #expect(folder.output == "")
    #expect(folder.status == .exited(2))
  }

  // MARK: decide

  @Test func decidePrintsTheOutcomeAndTheAnswersItDidNotUse() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run([
      "decide", "--answer", "asker=patient", "--answer", "treating-centre=Stanmore", "--answer", "wanted-at=lss",
      "--answer", "sarcoma=bone",
    ])
    #expect(result.status == .exited(0))
    #expect(result.errors == "")
    #expect(result.output == """
      Between UCLH and RNOH: one service, and the policy is silent
      outcome: within-london-sarcoma-service; clauses: services-work-together,
        what-each-treats, support-line-outside-london

      Say to the caller
        UCLH and RNOH together make up the London Sarcoma Service, so a second opinion
        between them is within one service rather than between the two London
        services. The agreement doesn't cover that, so there is no policy answer I can
        give you. Your sarcoma team can explain how cases are shared between UCLH and
        RNOH. A second opinion at a specialist centre outside London is also open to
        you.

      Next steps
        - Offer the Support Line's guidance on a second opinion outside London, if the
          caller wants it.

      Policy clauses
        services-work-together (Policy, paragraph 1)
          The London Sarcoma Service (UCLH with RNOH) and the Royal Marsden Sarcoma
          Unit cooperate closely, share guidelines and research, and between them take
          on around a thousand new patients a year, but they remain two separate
          services.
        what-each-treats (Policy, paragraph 1)
          Soft tissue sarcoma and GIST are treated by both services; every bone
          sarcoma is treated by the London Sarcoma Service, not the Royal Marsden.
        support-line-outside-london (Policy, paragraph 3)
          The Support Line respects the London agreement and helps patients who want a
          second opinion somewhere other than the two London services.

      Asked, in order: asker=patient, treating-centre=rnoh,
        wanted-at=london-sarcoma-service
      Not used (this path never asks): sarcoma=bone

      """)
  }

  @Test func decideNamesTheNextQuestionWhenAnswersAreMissing() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(["decide", "--answer", "asker=patient"])
    #expect(result.status == .exited(0))
    #expect(result.outputLines == [
      "More answers are needed.",
      "Next question: treating-centre: Where is the patient being treated for sarcoma",
      "now?",
      "Answers:",
      "  treating-centre=royal-marsden  The Royal Marsden Sarcoma Unit",
      "  treating-centre=uclh  UCLH (part of the London Sarcoma Service)",
      "  treating-centre=rnoh  RNOH, Stanmore (part of the London Sarcoma Service)",
      "  treating-centre=elsewhere-uk  Another sarcoma centre or hospital elsewhere in",
      "      the UK",
      "  treating-centre=no-specialist-yet  Not yet under a sarcoma specialist centre",
      "  treating-centre=unsure  Not sure",
      "",
      "Asked, in order: asker=patient",
    ])
  }

  /// The top-level keys of pretty-printed JSON, in the order written.
  private func topLevelKeys(_ json: String) -> [String] {
    json.split(separator: "\n").compactMap { line in
      guard line.hasPrefix("  \""), !line.hasPrefix("   ") else { return nil }
      return String(line.dropFirst(3).prefix { $0 != "\"" })
    }
  }

  @Test func decideJSONHasTheDocumentedShapeWhenDecided() async throws {
    let sandbox = try Sandbox()
    let answers = [
      "asker=family", "treating-centre=uclh", "wanted-at=rmh", "sarcoma=sts", "standard-management=y",
      "treatment-only-there=n", "mdt-review=dunno", "expertise-only-there=n", "named-clinician=n", "sarcoma=soft-tissue",
    ]
    let result = try await sandbox.run(["decide", "--json"] + answers.flatMap { ["--answer", $0] })
    #expect(result.status == .exited(0))
    #expect(result.errors == "")
    #expect(topLevelKeys(result.output) == ["policy", "status", "outcome", "still_to_find_out", "asked", "unused"])

    let object = try #require(JSONSerialization.jsonObject(with: Data(result.outputBytes)) as? [String: Any])
    #expect(object["policy"] as? [String: String] == ["id": "london-sarcoma-second-opinions", "version": Shipped.policy.identity.version])
    #expect(object["status"] as? String == "decided")
    let outcome = try #require(object["outcome"] as? [String: Any])
    #expect(Set(outcome.keys) == ["id", "title", "say", "next_steps", "clauses"])
    #expect(outcome["id"] as? String == "check-exceptions")
    #expect(outcome["title"] as? String == "Not routine, unless a route applies: find out which")
    // The words for this caller, a family member, with the centres they named.
    #expect(
      (outcome["say"] as? String)?.hasPrefix(
        "The patient is having standard treatment at UCLH and would like a second opinion from the Royal Marsden") == true)
    #expect((outcome["next_steps"] as? [String])?.count == 2)
    let clauses = try #require(outcome["clauses"] as? [[String: String]])
    #expect(clauses.map { $0["id"] ?? "" } == [
      "no-routine-cross-opinions", "mdt-review-referral", "expertise-referral", "treatment-referral",
      "named-clinician-request", "support-line-outside-london",
    ])
    #expect(clauses.allSatisfy { Set($0.keys) == ["id", "source", "summary"] })
    #expect(clauses.first?["source"] == "Policy, paragraph 2")

    let stillToFindOut = try #require(object["still_to_find_out"] as? [[String: String]])
    #expect(stillToFindOut.map { Set($0.keys) } == [["question", "label", "ask", "find_out"]])
    #expect(stillToFindOut.first?["question"] == "mdt-review")
    let asked = try #require(object["asked"] as? [[String: String]])
    #expect(asked.map { "\($0["question"] ?? "")=\($0["answer"] ?? "")" } == [
      "asker=family", "treating-centre=uclh", "wanted-at=royal-marsden", "sarcoma=soft-tissue", "standard-management=yes",
      "treatment-only-there=no", "mdt-review=unsure", "expertise-only-there=no", "named-clinician=no",
    ])
    #expect((object["unused"] as? [Any])?.isEmpty == true)
  }

  @Test func decideJSONNamesTheNextQuestionAndTheUnusedAnswers() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(["decide", "--json", "--answer", "asker=patient", "--answer", "named-clinician=yes"])
    #expect(result.status == .exited(0))
    #expect(topLevelKeys(result.output) == ["policy", "status", "next_question", "asked", "unused"])
    let object = try #require(JSONSerialization.jsonObject(with: Data(result.outputBytes)) as? [String: Any])
    #expect(object["status"] as? String == "needs-answer")
    #expect(object["outcome"] == nil && object["still_to_find_out"] == nil)
    let next = try #require(object["next_question"] as? [String: Any])
    #expect(next["id"] as? String == "treating-centre")
    #expect(next["ask"] as? String == "Where is the patient being treated for sarcoma now?")
    let answers = try #require(next["answers"] as? [[String: String]])
    #expect(answers.map { $0["id"] ?? "" } == ["royal-marsden", "uclh", "rnoh", "elsewhere-uk", "no-specialist-yet", "unsure"])
    #expect(answers.first == ["id": "royal-marsden", "label": "The Royal Marsden Sarcoma Unit"])
    #expect(object["asked"] as? [[String: String]] == [["question": "asker", "answer": "patient"]])
    #expect(object["unused"] as? [[String: String]] == [["question": "named-clinician", "answer": "yes"]])
  }

  /// A `decide` that must fail with exit status 2 and exactly one line on standard error.
  struct DecideError: Sendable, CustomTestStringConvertible {
    let answers: [String]
    let message: String
    var testDescription: String { answers.joined(separator: " ") }
  }

  static let decideErrors: [DecideError] = [
    DecideError(
      answers: ["askr=patient"],
      message: "error: unknown question 'askr'; did you mean 'asker'? (questions: asker, treating-centre, wanted-at, sarcoma, standard-management, treatment-only-there, mdt-review, expertise-only-there, named-clinician)"),
    DecideError(
      answers: ["colour=blue"],
      message: "error: unknown question 'colour' (questions: asker, treating-centre, wanted-at, sarcoma, standard-management, treatment-only-there, mdt-review, expertise-only-there, named-clinician)"),
    DecideError(
      answers: ["asker=patient", "treating-centre=uclhh"],
      message: "error: question 'treating-centre' has no answer 'uclhh'; did you mean 'uclh'? (answers: royal-marsden, uclh, rnoh, elsewhere-uk, no-specialist-yet, unsure)"),
    DecideError(
      answers: ["treating-centre=mars"],
      message: "error: question 'treating-centre' has no answer 'mars' (answers: royal-marsden, uclh, rnoh, elsewhere-uk, no-specialist-yet, unsure)"),
    DecideError(
      answers: ["asker=patiant"],
      message: "error: question 'asker' has no answer 'patiant'; did you mean 'patient'? (answers: patient, family, treating-clinician, other-clinician, someone-else, unsure)"),
    DecideError(
      answers: ["asker=patient", "asker=family"],
      message: "error: question 'asker' is answered twice, 'patient' and 'family'; give one answer"),
    DecideError(
      answers: ["x"], message: "error: expected question=answer, such as asker=patient; found 'x'"),
    DecideError(
      answers: ["asker"], message: "error: expected question=answer, such as asker=patient; found 'asker'"),
  ]

  @Test(arguments: decideErrors)
  func decideRejectsAnswersItCannotUseNamingTheValidIds(_ expected: DecideError) async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(["decide"] + expected.answers.flatMap { ["--answer", $0] })
    #expect(result.errorLines == [expected.message])
    #expect(result.output == "")
    #expect(result.status == .exited(2))
  }

  @Test func decideAcceptsTheSameAnswerTwiceByIdAndAlias() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(["decide", "--answer", "asker=patient", "--answer", "asker = me"])
    #expect(result.status == .exited(0))
    #expect(result.errors == "")
    #expect(result.outputLines.last == "Asked, in order: asker=patient")
  }

  // MARK: diff

  /// The shipped policy file's text.
  static var shippedPolicyText: String {
    FileSystem.readText(PackagePaths.root + "/Sources/PolicyEngine/Resources/policy.yaml")!
  }

  /// The shipped policy with the issue's edit: UCLH or RNOH patients wanting the Royal
  /// Marsden whose sarcoma type is not known go to the bone sarcoma outcome, and the
  /// wanted-at question is reworded.
  static var editedPolicyText: String {
    shippedPolicyText
      .replacingOccurrences(
        of: "{ treating-centre: [uclh, rnoh], wanted-at: royal-marsden, sarcoma: bone }",
        with: "{ treating-centre: [uclh, rnoh], wanted-at: royal-marsden, sarcoma: [bone, unsure] }")
      .replacingOccurrences(of: "ask: Where would they like the second opinion?", with: "ask: Which centre would they like the second opinion from?")
  }

  @Test func diffShowsTheSituationsAndWordsAnEditChangesAndExitsOne() async throws {
    let sandbox = try Sandbox()
    try FileSystem.write(Self.shippedPolicyText, to: sandbox.path("old.yaml"))
    try FileSystem.write(Self.editedPolicyText, to: sandbox.path("new.yaml"))
    let result = try await sandbox.run(["diff", "old.yaml", "new.yaml"], directory: sandbox.work.path)
    #expect(result.status == .exited(1))
    #expect(result.errors == "")
    #expect(result.outputLines == [
      "old.yaml (london-sarcoma-second-opinions 1.1.0) -> new.yaml (london-sarcoma-second-opinions 1.1.0)",
      "",
      "Decisions: 2916 answer combinations end differently, in 1 situation:",
      "  treating-centre: uclh | rnoh, wanted-at: royal-marsden, sarcoma: unsure (2916 combinations)",
      "    exception-treatment -> bone-sarcoma-lss-to-marsden: 972",
      "    exception-mdt-review -> bone-sarcoma-lss-to-marsden: 648",
      "    exception-expertise -> bone-sarcoma-lss-to-marsden: 432",
      "    exception-named-clinician -> bone-sarcoma-lss-to-marsden: 288",
      "    check-standard-management -> bone-sarcoma-lss-to-marsden: 192",
      "    not-under-standard-management -> bone-sarcoma-lss-to-marsden: 192",
      "    check-exceptions -> bone-sarcoma-lss-to-marsden: 180",
      "    not-routine -> bone-sarcoma-lss-to-marsden: 12",
      "",
      "Questions:",
      "  wanted-at: ask: [-Where-]{+Which centre+} would they like the second [-opinion?-]{+opinion from?+}",
      "",
      "Calls change: what staff ask or tell callers is different.",
    ])
  }

  @Test func diffOfAnEditThatChangesNothingShownOnCallsExitsZero() async throws {
    let sandbox = try Sandbox()
    try FileSystem.write(Self.shippedPolicyText, to: sandbox.path("old.yaml"))
    try FileSystem.write(Self.shippedPolicyText.replacingOccurrences(of: "aliases: [gp, doctor,", with: "aliases: [gp, general practitioner, doctor,"), to: sandbox.path("new.yaml"))
    let result = try await sandbox.run(["diff", "old.yaml", "new.yaml"], directory: sandbox.work.path)
    #expect(result.status == .exited(0))
    #expect(result.outputLines.suffix(6) == [
      "Decisions: every combination of answers ends as before.",
      "",
      "Answers:",
      "  asker: other-clinician: aliases (not shown on calls): gp, {+general practitioner,+} doctor, nurse, other clinician, ...",
      "",
      "Calls do not change: nothing staff ask or tell callers is different.",
    ])
  }

  @Test func diffJSONHasTheDocumentedShape() async throws {
    let sandbox = try Sandbox()
    try FileSystem.write(Self.shippedPolicyText, to: sandbox.path("old.yaml"))
    try FileSystem.write(Self.editedPolicyText, to: sandbox.path("new.yaml"))
    let result = try await sandbox.run(["diff", "--json", "old.yaml", "new.yaml"], directory: sandbox.work.path)
    #expect(result.status == .exited(1))
    #expect(topLevelKeys(result.output) == ["old", "new", "changes_calls", "decisions", "question_order", "questions", "answers", "outcomes", "clauses", "groups", "families", "plausibility"])
    let object = try #require(JSONSerialization.jsonObject(with: Data(result.outputBytes)) as? [String: Any])
    #expect(object["changes_calls"] as? Bool == true)
    let decisions = try #require(object["decisions"] as? [[String: Any]])
    #expect(decisions.count == 1)
    #expect(decisions[0]["when"] as? [String: [String]] == ["treating-centre": ["uclh", "rnoh"], "wanted-at": ["royal-marsden"], "sarcoma": ["unsure"]])
    #expect(decisions[0]["combinations"] as? Int == 2916 && decisions[0]["changed"] as? Int == 2916)
    let first = try #require((decisions[0]["changes"] as? [[String: Any]])?.first)
    #expect(first["old"] as? String == "exception-treatment" && first["new"] as? String == "bone-sarcoma-lss-to-marsden" && first["combinations"] as? Int == 972)
    let question = try #require((object["questions"] as? [[String: Any]])?.first)
    #expect(question["id"] as? String == "wanted-at" && question["change"] as? String == "changed")
    #expect(object["question_order"] is NSNull)
  }

  @Test func diffRefusesAPolicyWithDefectsWithStatusTwo() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(["diff", "valid-small.yaml", "missing-coverage.yaml"], directory: PackagePaths.policyFixtures)
    #expect(result.status == .exited(2))
    #expect(result.output == "")
    #expect(result.errorLines.last == "missing-coverage.yaml: the policy has defects; run `second-opinion check missing-coverage.yaml` for details")
  }

  // MARK: paths

  @Test func pathsListsEveryPathAndCountsThem() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(["paths"])
    #expect(result.status == .exited(0))
    #expect(result.errors == "")
    let lines = result.outputLines
    #expect(lines.last == "69 paths to 20 outcomes")
    #expect(lines.count == 70)
    for (index, line) in lines.dropLast().enumerated() {
      let number = String(index + 1)
      #expect(line.hasPrefix(String(repeating: " ", count: 2 - number.count) + number + ". asker: "), "\(line)")
      #expect(line.contains(" => "), "\(line)")
    }
    #expect(lines.first == " 1. asker: any -> treating-centre: royal-marsden -> wanted-at: royal-marsden -> sarcoma: soft-tissue | gist | unsure => within-royal-marsden")
    #expect(Set(lines.dropLast().compactMap { $0.split(separator: " => ").last.map(String.init) }) == Set(Self.outcomeIDs))
  }

  @Test func pathsWritesTheCoveringCorpusAndEachTranscriptReplaysClean() async throws {
    let sandbox = try Sandbox()
    let folder = sandbox.path("covering")
    let result = try await sandbox.run(["paths", "--write", folder])
    #expect(result.status == .exited(0))
    #expect(result.errors == "")
    #expect(result.outputLines.suffix(2) == [
      "69 paths to 20 outcomes",
      "wrote 80 transcripts to \(folder), taking every answer at every state and every kind of caller to each outcome whose words differ by caller",
    ])

    let names = FileSystem.names(in: folder)
    #expect(names.count == 80)
    #expect(names.allSatisfy { $0.wholeMatch(of: /cover-\d{3}-[a-z-]+\.txt/) != nil })
    #expect(names.first == "cover-001-within-royal-marsden.txt")
    #expect(FileSystem.mode(of: folder) == 0o700)
    #expect(names.allSatisfy { FileSystem.mode(of: folder + "/" + $0) == 0o600 })
    // The corpus in the repository is this one.
    #expect(names == FileSystem.names(in: PackagePaths.corpus + "/covering"))

    let replay = try await sandbox.run(["replay", folder])
    #expect(replay.errors == "")
    #expect(replay.outputLines == ["80 passed, 0 failed"])
    #expect(replay.status == .exited(0))
  }

  /// A policy of 25 yes-or-unsure questions whose rules each need two neighbours answered
  /// yes: its machine has 73 states and 242785 paths (Fibonacci numbers).
  static let chainPolicy: String = {
    var lines = [
      "policy: {id: chain, title: Chain, issued-by: tests, version: 1.0.0, date: 2026-01-31}",
      "clauses:", "  - {id: c0, source: Paragraph 1, summary: A clause.}", "questions:",
    ]
    for question in 0..<25 {
      lines += [
        "  - id: q\(question)", "    ask: Question \(question)?", "    why: Why.", "    clauses: [c0]", "    find-out: Ask.", "    answers:",
        "      - {id: a0, label: Yes}", "      - {id: unsure, label: Not sure, unsure: true}",
      ]
    }
    lines.append("outcomes:")
    lines += (0..<25).map { "  - {id: o\($0), title: Outcome \($0), say: Say., clauses: [c0]}" }
    lines.append("rules:")
    lines += (0..<24).flatMap { ["  - when: {q\($0): a0, q\($0 + 1): a0}", "    then: o\($0)"] }
    lines += ["  - when: {}", "    then: o24"]
    return lines.joined(separator: "\n") + "\n"
  }()

  @Test func pathsCountsFirstAndRefusesTooManyWithTheCount() async throws {
    let sandbox = try Sandbox()
    try FileSystem.write(Self.chainPolicy, to: sandbox.path("chain.yaml"))
    let refused = try await sandbox.run(["paths", "--policy", "chain.yaml"], directory: sandbox.work.path)
    #expect(refused.status == .exited(1))
    #expect(refused.output == "")
    #expect(refused.errorLines == [
      "chain.yaml: the policy has 242785 paths, too many to list (at most 10000); `second-opinion paths --limit N` lists the first N"
    ])
    let first = try await sandbox.run(["paths", "--policy", "chain.yaml", "--limit", "2"], directory: sandbox.work.path)
    #expect(first.status == .exited(0))
    #expect(first.outputLines == [
      "1. q0: a0 -> q1: a0 => o0",
      "2. q0: a0 -> q1: unsure -> q2: a0 -> q3: a0 => o2",
      "the first 2 of 242785 paths",
    ])
    let check = try await sandbox.run(["check", "chain.yaml"], directory: sandbox.work.path)
    #expect(check.outputLines == [
      "chain.yaml: ok: 25 questions, 25 outcomes, 25 rules, 1 clause; every combination of answers reaches exactly one outcome; 73 states, 242785 paths"
    ])
  }

  @Test func pathsListsTheFirstPathsOfTheShippedPolicyWhenLimited() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(["paths", "--limit", "1"])
    #expect(result.status == .exited(0))
    #expect(result.outputLines == [
      "1. asker: any -> treating-centre: royal-marsden -> wanted-at: royal-marsden -> sarcoma: soft-tissue | gist | unsure => within-royal-marsden",
      "the first 1 of 69 paths",
    ])
  }

  // MARK: graph

  /// Every outcome id of the shipped policy.
  static let outcomeIDs = [
    "outside-london", "not-yet-under-specialist", "check-treating-centre", "check-bone-sarcoma-centre",
    "undecided-under-london", "undecided-from-elsewhere", "within-royal-marsden", "within-london-sarcoma-service",
    "seen-from-elsewhere", "bone-sarcoma-royal-marsden", "check-sarcoma-type", "bone-sarcoma-lss-to-marsden",
    "exception-treatment", "exception-mdt-review", "exception-expertise", "exception-named-clinician", "not-routine",
    "check-exceptions", "not-under-standard-management", "check-standard-management",
  ]

  @Test(arguments: [("mermaid", "flowchart TD", "  classDef outcome fill:#e8f4ea,stroke:#2d7a3e"), ("dot", "digraph policy {", "}")])
  func graphDrawsEveryOutcome(format: String, firstLine: String, lastLine: String) async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(["graph", "--format", format])
    #expect(result.status == .exited(0))
    #expect(result.errors == "")
    #expect(result.outputLines.first == firstLine)
    #expect(result.outputLines.last == lastLine)
    for outcome in Self.outcomeIDs {
      #expect(result.output.contains("\"\(outcome)\""), "\(outcome) is not drawn")
    }
  }

  @Test func graphDrawsMermaidUnlessToldOtherwise() async throws {
    let sandbox = try Sandbox()
    let plain = try await sandbox.run(["graph"])
    let mermaid = try await sandbox.run(["graph", "--format", "mermaid"])
    #expect(plain.status == .exited(0))
    #expect(plain.output == mermaid.output)
  }

  @Test func graphRefusesAMachineTooLargeToDrawWithItsSize() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(["graph", "--limit", "46"])
    #expect(result.status == .exited(1))
    #expect(result.output == "")
    #expect(result.errorLines == [
      "<embedded policy.yaml>: the state machine has 47 states, too many to draw (at most 46); `second-opinion graph --limit N` draws machines of up to N states"
    ])
    #expect(try await sandbox.run(["graph", "--limit", "47"]).status == .exited(0))
  }

  // MARK: replay

  /// The number of transcripts in the corpus.
  static var corpusCount: Int { FileSystem.files(under: PackagePaths.corpus, endingWith: ".txt").count }

  /// The SHA-256 of the built-in policy file, as a transcript the tool writes now records it.
  private func currentPolicyHash(in sandbox: Sandbox) async throws -> String {
    let folder = sandbox.path("current-policy")
    #expect(try await sandbox.run(["paths", "--write", folder]).status == .exited(0))
    let file = try #require(TranscriptFile(path: folder + "/cover-001-within-royal-marsden.txt"))
    return try #require(file.header("policy-sha256"))
  }

  @Test func theWholeCorpusReplaysClean() async throws {
    let sandbox = try Sandbox()
    let files = FileSystem.files(under: PackagePaths.corpus, endingWith: ".txt")
    #expect(files.count > 0)
    let current = try await currentPolicyHash(in: sandbox)
    // A transcript recorded under another copy of the policy file (an edit of its comments,
    // say, before the corpus is regenerated) is still replayed, still passes, and is
    // counted once in the last line rather than flagged file by file.
    let other = try files.filter { try #require(TranscriptFile(path: $0)?.header("policy-sha256")) != current }.count
    let expected = ["\(files.count) passed, 0 failed" + (other == 0 ? "" : "; \(other) recorded under another policy version or file")]

    let result = try await sandbox.run(["replay", "transcripts"], directory: PackagePaths.root)
    #expect(result.errors == "")
    #expect(result.outputLines == expected)
    #expect(result.status == .exited(0))
  }

  /// Copies the corpus folder `source` to `folder`, each header brought to the current
  /// policy file's hash: the corpus may lag behind an edit of the policy's comments, and
  /// the replay output would then flag every file, hiding what a test is about.
  private func copyCorpus(_ source: String, to folder: String, in sandbox: Sandbox) async throws {
    try FileSystem.copyTree(source, to: folder)
    let current = try await currentPolicyHash(in: sandbox)
    for file in FileSystem.files(under: folder, endingWith: ".txt") {
      let text = try #require(FileSystem.readText(file))
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
        $0.hasPrefix("policy-sha256: ") ? "policy-sha256: \(current)" : String($0)
      }
      try FileSystem.write(lines.joined(separator: "\n"), to: file)
    }
  }

  /// A copy of the corpus in the sandbox's `corpus` folder (see ``copyCorpus(_:to:in:)``),
  /// with the first path transcript changed to expect `not-routine` where the
  /// policy decides `within-royal-marsden`.
  private func corpusWithOneWrongExpectation(in sandbox: Sandbox) async throws -> String {
    let folder = sandbox.path("corpus")
    try await copyCorpus(PackagePaths.corpus, to: folder, in: sandbox)
    let file = folder + "/covering/cover-001-within-royal-marsden.txt"
    let text = try #require(FileSystem.readText(file))
    let original = "outcome within-royal-marsden: services-work-together, support-line-outside-london\n"
    #expect(text.hasSuffix(original))
    try FileSystem.write(String(text.dropLast(original.count)) + "outcome not-routine: no-routine-cross-opinions\n", to: file)
    return folder
  }

  @Test func aTranscriptExpectingAnotherOutcomeFailsAtItsLine() async throws {
    let sandbox = try Sandbox()
    _ = try await corpusWithOneWrongExpectation(in: sandbox)
    let count = Self.corpusCount
    let result = try await sandbox.run(["replay", "corpus"], directory: sandbox.work.path)
    #expect(result.errors == "")
    #expect(result.outputLines == [
      "corpus/covering/cover-001-within-royal-marsden.txt:17: expected outcome not-routine, but the policy now decides within-royal-marsden",
      "  - outcome not-routine: no-routine-cross-opinions",
      "  + outcome within-royal-marsden: services-work-together, support-line-outside-london",
      "\(count - 1) passed, 1 failed",
    ])
    #expect(result.status == .exited(1))
  }

  @Test func replayUpdateRewritesTheFailingTranscriptWhichThenPasses() async throws {
    let sandbox = try Sandbox()
    let folder = try await corpusWithOneWrongExpectation(in: sandbox)
    let count = Self.corpusCount
    let update = try await sandbox.run(["replay", "--update", "corpus"], directory: sandbox.work.path)
    #expect(update.errors == "")
    #expect(update.outputLines.contains("corpus/covering/cover-001-within-royal-marsden.txt: updated"))
    #expect(update.status == .exited(0))

    // Back to what the policy records: the shipped file's events, under the current policy.
    let fixed = try #require(TranscriptFile(path: folder + "/covering/cover-001-within-royal-marsden.txt"))
    let shipped = try #require(TranscriptFile(path: PackagePaths.corpus + "/covering/cover-001-within-royal-marsden.txt"))
    #expect(fixed.events == shipped.events)
    #expect(fixed.lines.prefix(3) == shipped.lines.prefix(3))
    #expect(fixed.lines[4...7] == shipped.lines[4...7])
    #expect(fixed.header("policy-sha256") == (try await currentPolicyHash(in: sandbox)))
    let replay = try await sandbox.run(["replay", "corpus"], directory: sandbox.work.path)
    #expect(replay.outputLines == ["\(count) passed, 0 failed"])
    #expect(replay.status == .exited(0))
  }

  @Test func replayReportGroupsTheChanges() async throws {
    let sandbox = try Sandbox()
    _ = try await corpusWithOneWrongExpectation(in: sandbox)
    let count = Self.corpusCount
    let current = try await currentPolicyHash(in: sandbox)
    let result = try await sandbox.run(["replay", "--report", "corpus"], directory: sandbox.work.path)
    #expect(result.status == .exited(1))
    #expect(result.outputLines == [
      "Replayed \(count) transcripts against london-sarcoma-second-opinions \(Shipped.policy.identity.version) (sha256 \(current.prefix(12))): \(count - 1) passed, 1 failed",
      "",
      "Calls that end differently (1 transcript):",
      "  not-routine -> within-royal-marsden: 1 transcript, such as corpus/covering/cover-001-within-royal-marsden.txt:17",
      "",
      "Every outcome and clause is reached by at least one transcript.",
    ])
  }

  @Test func replayReportOfAPromptOnlyEditFitsInTenLines() async throws {
    let sandbox = try Sandbox()
    let reworded = Self.shippedPolicyText.replacingOccurrences(
      of: "ask: Where would they like the second opinion?", with: "ask: Which centre would they like the second opinion from?")
    try FileSystem.write(reworded, to: sandbox.path("reworded.yaml"))
    let result = try await sandbox.run(["replay", "--report", "--policy", "reworded.yaml", PackagePaths.corpus], directory: sandbox.work.path)
    #expect(result.status == .exited(0))
    #expect(result.errors == "")
    let lines = result.outputLines
    #expect(lines.count <= 10)
    #expect(lines.contains("No call ends differently."))
    #expect(lines.contains { $0.hasPrefix("Reworded questions: wanted-at (") })
    #expect(lines.contains("Since the built-in policy (\(Shipped.policy.identity.version)): no decision changed."))
    #expect(!lines.contains { $0.contains(" -> ") })
  }

  /// The shipped policy with the MDT-review route kept for patients calling themselves.
  static var mdtReviewForPatientsOnlyText: String {
    shippedPolicyText.replacingOccurrences(of: "  - when: { mdt-review: \"yes\" }\n", with: "  - when: { mdt-review: \"yes\", asker: patient }\n")
  }

  @Test(arguments: [("decision", 1), ("mdt-review", 1), ("prompt", 0)])
  func theCorpusFailsOnEveryChangeToADecisionAndOnlyThen(edit: String, status: Int32) async throws {
    let sandbox = try Sandbox()
    let text: String
    switch edit {
    case "decision":
      text = Self.shippedPolicyText.replacingOccurrences(
        of: "{ treating-centre: [uclh, rnoh], wanted-at: royal-marsden, sarcoma: bone }",
        with: "{ treating-centre: [uclh, rnoh], wanted-at: royal-marsden, sarcoma: [bone, unsure] }")
    case "mdt-review": text = Self.mdtReviewForPatientsOnlyText
    default:
      text = Self.shippedPolicyText.replacingOccurrences(
        of: "ask: Where would they like the second opinion?", with: "ask: Which centre would they like the second opinion from?")
    }
    #expect(text != Self.shippedPolicyText)
    try FileSystem.write(text, to: sandbox.path("edited.yaml"))
    let result = try await sandbox.run(["replay", "--policy", "edited.yaml", PackagePaths.corpus + "/covering"], directory: sandbox.work.path)
    #expect(result.status == .exited(status), "\(result.outputLines.last ?? "")")
    let tally = try #require(result.outputLines.last)
    if status == 0 {
      #expect(tally.hasPrefix("80 passed, 0 failed; ") && tally.contains(" with reworded questions"))
    } else {
      #expect(tally.firstMatch(of: /^\d+ passed, [1-9]\d* failed/) != nil)
    }
  }

  @Test func malformedTranscriptsAreReportedAtTheirLineAndTheOthersStillRun() async throws {
    let sandbox = try Sandbox()
    let folder = sandbox.path("recorded")
    try await copyCorpus(PackagePaths.corpus + "/recorded", to: folder, in: sandbox)
    let names = FileSystem.names(in: folder)
    try #require(names.count >= 3)
    // One cut off before the line break of line 10, one with a garbled event on line 10.
    let truncated = folder + "/" + names[0]
    let truncatedLines = try #require(FileSystem.readText(truncated)).split(separator: "\n", omittingEmptySubsequences: false)
    try FileSystem.write(truncatedLines.prefix(9).map { $0 + "\n" }.joined() + truncatedLines[9], to: truncated)
    let garbled = folder + "/" + names[1]
    var lines = try #require(FileSystem.readText(garbled)).split(separator: "\n", omittingEmptySubsequences: false)
    lines[9] = "answr asker patient"
    try FileSystem.write(lines.joined(separator: "\n"), to: garbled)

    let result = try await sandbox.run(["replay", "recorded"], directory: sandbox.work.path)
    #expect(result.errorLines == [
      "recorded/\(names[0]):10:\(truncatedLines[9].count + 1): error: the file ends in the middle of a line: the last line has no line break, so the file may have been cut short",
      "recorded/\(names[1]):10:1: error: unknown event; did you mean 'answer'?",
    ])
    #expect(result.outputLines == ["\(names.count - 2) passed, 0 failed, 2 unreadable"])
    #expect(result.status == .exited(1))
  }

  @Test func replayOfAMissingPathIsAUsageError() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(["replay", "no-such-folder"], directory: sandbox.work.path)
    #expect(result.errorLines == ["error: cannot read no-such-folder: No such file or directory"])
    #expect(result.status == .exited(2))
  }

  // MARK: audit

  @Test func theCorpusHasNothingPersonal() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(["audit", "transcripts"], directory: PackagePaths.root)
    #expect(result.errors == "")
    #expect(result.outputLines == ["\(Self.corpusCount) files audited, 0 with something that looks personal"])
    #expect(result.status == .exited(0))
  }

  @Test func auditFlagsPersonalDataByPlaceAndKindNeverByText() async throws {
    let sandbox = try Sandbox()
    let corpusFile = try #require(FileSystem.files(under: PackagePaths.corpus + "/recorded", endingWith: ".txt").first)
    let clean = try #require(FileSystem.readText(corpusFile))
    let cleanLines = ChildProcess.Result.lines(clean).count
    try FileSystem.write(clean, to: sandbox.path("clean.txt"))
    try FileSystem.write(
      clean + "note: ring back on 07700 900123 please\nnote: mail jo@example.com about 943 476 5919\n", to: sandbox.path("leaky.txt"))

    let result = try await sandbox.run(["audit", "."], directory: sandbox.work.path)
    #expect(result.errorLines == [
      "./leaky.txt:\(cleanLines + 1):20: error: this looks like a phone number (12 characters)",
      "./leaky.txt:\(cleanLines + 2):12: error: this looks like an email address (14 characters)",
      "./leaky.txt:\(cleanLines + 2):33: error: this looks like an NHS number (12 characters)",
    ])
    #expect(result.outputLines == ["2 files audited, 1 with something that looks personal"])
    #expect(result.status == .exited(1))
    for secret in ["07700", "900123", "jo@example.com", "943 476 5919"] {
      #expect(!result.output.contains(secret) && !result.errors.contains(secret), "\(secret) was printed")
    }
  }

  @Test func auditFlagsAFileThatIsNotUTF8() async throws {
    let sandbox = try Sandbox()
    try FileSystem.write([0xFF, 0xFE, 0x0A], to: sandbox.path("bad.txt"))
    let result = try await sandbox.run(["audit", "bad.txt"], directory: sandbox.work.path)
    #expect(result.errorLines == ["bad.txt:1:1: error: the file is not UTF-8 text"])
    #expect(result.outputLines == ["1 file audited, 1 with something that looks personal"])
    #expect(result.status == .exited(1))
  }

  @Test func auditReadsAWholeFileOf17MBAndFindsAnNHSNumberAtItsEnd() async throws {
    let sandbox = try Sandbox()
    let corpusFile = try #require(FileSystem.files(under: PackagePaths.corpus + "/recorded", endingWith: ".txt").first)
    var text = try #require(FileSystem.readText(corpusFile))
    let note = "note: Caller asked about the MDT at RNOH and a second opinion at the Royal Marsden.\n"
    text += String(repeating: note, count: 17_000_000 / note.utf8.count + 1)
    let lastLine = ChildProcess.Result.lines(text).count + 1
    text += "note: NHS 943 476 5919\n"
    #expect(text.utf8.count > 17_000_000)
    try FileSystem.write(text, to: sandbox.path("long.txt"))

    // A debug build reads 17 MB of notes in half a minute or so; a release build in one second.
    let result = try await sandbox.run(["audit", "long.txt"], directory: sandbox.work.path, timeout: .seconds(600))
    #expect(result.errorLines == ["long.txt:\(lastLine):11: error: this looks like an NHS number (12 characters)"])
    #expect(result.outputLines == ["1 file audited, 1 with something that looks personal"])
    #expect(result.status == .exited(1))
  }

  @Test func auditReportsALineTooLongToReadAndNeverCallsItsFileClean() async throws {
    let sandbox = try Sandbox()
    try FileSystem.write("note: fine\n" + String(repeating: "x", count: 2_000_000) + "\nnote: fine\n", to: sandbox.path("wide.txt"))
    let result = try await sandbox.run(["audit", "wide.txt"], directory: sandbox.work.path)
    #expect(result.errorLines == ["wide.txt:2:1: error: the line is longer than 1 MB; it was not audited"])
    #expect(result.outputLines == ["1 file audited, 1 with something that looks personal"])
    #expect(result.status == .exited(1))
  }

  // MARK: scrub

  @Test func scrubReplacesPersonalDataLineByLine() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(
      ["scrub"], input: "spoke to john smith, mob 07700 900461, re Royal Marsden MDT in 2 weeks\nnothing personal here\n")
    #expect(result.status == .exited(0))
    #expect(result.errors == "")
    #expect(result.output == "spoke to [NAME], mob [PHONE], re Royal Marsden MDT in 2 weeks\nnothing personal here\n")
  }

  @Test func scrubGivesOneLineOutPerLineInWhateverTheLineEndings() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(["scrub"], input: "first\r\n\r\n\nlast without a line feed")
    #expect(result.status == .exited(0))
    #expect(result.output == "first\n\n\nlast without a line feed\n")

    let empty = try await sandbox.run(["scrub"], input: "")
    #expect(empty.status == .exited(0))
    #expect(empty.output == "")
  }

  @Test func scrubRefusesALineLongerThan1MBAndWritesWhatCameBefore() async throws {
    let sandbox = try Sandbox()
    let input = "Dr Rahman rang\n" + String(repeating: "1 ", count: 600_000) + "\nafter\n"
    let result = try await sandbox.run(["scrub"], input: input)
    #expect(result.output == "Dr [NAME] rang\n")
    #expect(result.errorLines == ["error: line 2 is longer than 1 MB; it was not scrubbed, and nothing from it on was written"])
    #expect(result.status == .exited(2))
  }

  @Test func scrubWritesSeveralBatchesOfLinesInTheOrderTheyCame() async throws {
    // Over 2 MB of numbered notes: several batches, each cut between the cores.
    let sandbox = try Sandbox()
    let notes = (1...40_000).map { "note \($0): Dr Rahman rang from 07700 900461 about the MDT on 12/03/2026" }
    let result = try await sandbox.run(["scrub"], input: notes.joined(separator: "\n") + "\n")
    #expect(result.status == .exited(0))
    let expected = (1...40_000).map { "note \($0): Dr [NAME] rang from [PHONE] about the MDT on [DATE]" }
    #expect(result.output == expected.joined(separator: "\n") + "\n")
  }

  @Test func scrubTakesALineJustUnder1MB() async throws {
    let sandbox = try Sandbox()
    let line = String(repeating: "scan ", count: (1 << 20) / 5)
    let result = try await sandbox.run(["scrub"], input: line + "\n")
    #expect(result.status == .exited(0))
    #expect(result.output == line + "\n")
  }

  @Test func scrubSurvivesInvalidUTF8AndControlCharacters() async throws {
    let sandbox = try Sandbox()
    var random = SeededRandom(seed: 7)
    var input: [UInt8] = Array("a".utf8) + [0xFF, 0xFE] + Array("b\nc".utf8) + [0x00] + Array("d\n".utf8)
    var lines = 2
    for _ in 0..<200 {
      input += random.bytes(Int.random(in: 0...200, using: &random), excluding: [0x0A]) + [0x0A]
      lines += 1
    }
    let result = try await ChildProcess.run(Sandbox.tool(), ["scrub"], input: input, environment: sandbox.environment)
    #expect(result.status == .exited(0))
    #expect(result.errors == "")
    #expect(result.outputLines.count == lines)
    #expect(result.outputLines.first == "a\u{FFFD}\u{FFFD}b")
    #expect(String(validating: result.outputBytes, as: UTF8.self) != nil, "the output is UTF-8")
  }

  // MARK: Usage, help and completion

  @Test(arguments: [
    (["frobnicate"], ["Error: Unexpected argument 'frobnicate'"]),
    (["--frobnicate"], ["Error: Unknown option '--frobnicate'"]),
    (["check", "--frobnicate"], ["Error: Unknown option '--frobnicate'"]),
    (["graph", "--format", "png"], ["Error: The value 'png' is invalid for '--format <format>'. Please provide one of 'mermaid' and 'dot'."]),
    (["replay"], ["Error: Missing expected argument '<path> ...'"]),
    (["audit"], ["Error: Missing expected argument '<path> ...'"]),
  ])
  func usageErrorsExitWith2(arguments: [String], firstLines: [String]) async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(arguments)
    #expect(result.status == .exited(2))
    #expect(Array(result.errorLines.prefix(firstLines.count)) == firstLines)
    #expect(result.errorLines.contains { $0.hasPrefix("Usage: second-opinion") })
    #expect(result.output == "")
  }

  @Test(arguments: ["guide", "check", "diff", "decide", "paths", "graph", "replay", "audit", "scrub", "train", "walkthrough"])
  func everySubcommandHasHelp(_ subcommand: String) async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run([subcommand, "--help"])
    #expect(result.status == .exited(0))
    #expect(result.errors == "")
    #expect(result.outputLines.first?.hasPrefix("OVERVIEW: ") == true)
    #expect(result.output.contains("\nUSAGE: second-opinion \(subcommand)"))
    #expect(result.output.contains("  -h, --help              Show help information.\n"))
    let viaHelp = try await sandbox.run(["help", subcommand])
    #expect(viaHelp.status == .exited(0))
    #expect(viaHelp.output == result.output)
  }

  @Test func checkHelpIsWordForWord() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(["check", "--help"])
    #expect(result.output == """
      OVERVIEW: Check a policy file: its YAML, its ids, and that every combination of
      answers reaches exactly one outcome.

      Proves, without trying every combination of answers one by one, that every
      combination reaches exactly one outcome, that no rule is shadowed by earlier
      ones, that every outcome can be reached and every question is asked on some
      path, and that every id referred to exists; then counts the states and distinct
      paths of the policy's state machine. With --since, also compares the policy
      with an earlier release of it: when what calls are told changed, the version
      must rise and the changes list must say why.
      Exit status: 0 clean (warnings allowed), 1 the policy has defects (all are
      listed), 2 bad usage or a file that cannot be read.

      USAGE: second-opinion check [<file>] [--since <old>]

      ARGUMENTS:
        <file>                  The policy file (default: the built-in policy).

      OPTIONS:
        --since <old>           An earlier release of the policy file to compare with.
        -h, --help              Show help information.


      """)
  }

  @Test func topLevelHelpListsTheSubcommands() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(["--help"])
    #expect(result.status == .exited(0))
    #expect(result.outputLines.first == "OVERVIEW: Guide Support Line staff through the London sarcoma services'")
    #expect(result.output.contains("\nUSAGE: second-opinion <subcommand>\n"))
    for subcommand in ["guide (default)", "check", "diff", "decide", "paths", "graph", "replay", "audit", "scrub", "train", "walkthrough"] {
      #expect(result.outputLines.contains { $0.hasPrefix("  \(subcommand) ") }, "\(subcommand)")
    }
  }

  @Test func bashCompletionCompletesSubcommandsAndOptionValues() async throws {
    let sandbox = try Sandbox()
    let script = try await sandbox.run(["--generate-completion-script", "bash"])
    #expect(script.status == .exited(0))
    #expect(script.errors == "")
    #expect(script.outputLines.first == "#!/bin/bash")
    #expect(script.outputLines.last == "complete -o filenames -F _second-opinion second-opinion")
    try FileSystem.write(script.output, to: sandbox.path("completion.bash"))

    // Sourced into bash, it completes as bash would ask it to: `second-opinion ch<Tab>`
    // and `second-opinion graph --format <Tab>`.
    let complete = """
      source completion.bash
      ask() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
        _second-opinion second-opinion "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"; echo "${COMPREPLY[*]}"; }
      ask second-opinion ch
      ask second-opinion graph --format ''
      """
    let result = try await ChildProcess.run(
      "/bin/bash", ["-c", complete], environment: sandbox.environment, directory: sandbox.work.path)
    #expect(result.errors == "")
    #expect(result.outputLines == ["check", "mermaid dot"])
    #expect(result.status == .exited(0))
  }

  @Test(arguments: [("zsh", "#compdef second-opinion"), ("fish", "")])
  func zshAndFishCompletionScriptsAreGenerated(shell: String, firstLine: String) async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(["--generate-completion-script", shell])
    #expect(result.status == .exited(0))
    #expect(result.errors == "")
    if !firstLine.isEmpty { #expect(result.outputLines.first == firstLine) }
    #expect(result.output.contains("second-opinion"))
    #expect(result.output.contains("replay"))
  }
}
