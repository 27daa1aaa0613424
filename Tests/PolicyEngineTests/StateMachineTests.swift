import Testing

@testable import PolicyEngine

/// The outcome the shipped policy gives a situation, or the question it still needs.
func outcome(_ situation: [String: String]) -> String {
  switch shipped.machine.decide(situation).step {
  case .decided(let decision): return decision.outcome.id
  case .ask(let question): return "needs \(question.id)"
  }
}

/// A patient under one London service asking for the other, with the given extra answers.
func crossService(_ extra: [String: String] = [:]) -> [String: String] {
  ["asker": "patient", "treating-centre": "uclh", "wanted-at": "royal-marsden", "sarcoma": "soft-tissue"].merging(extra) { _, new in new }
}

let noRoutes = ["treatment-only-there": "no", "mdt-review": "no", "expertise-only-there": "no", "named-clinician": "no"]

@Suite struct StateMachineTests {
  @Test(arguments: [
    (["treating-centre": "no-specialist-yet"], "not-yet-under-specialist"),
    (["treating-centre": "royal-marsden", "wanted-at": "elsewhere"], "outside-london"),
    (["treating-centre": "elsewhere-uk", "wanted-at": "elsewhere"], "outside-london"),
    (["treating-centre": "unsure", "wanted-at": "royal-marsden"], "check-treating-centre"),
    (["treating-centre": "royal-marsden", "wanted-at": "london-sarcoma-service", "sarcoma": "bone"], "check-bone-sarcoma-centre"),
    (["treating-centre": "rnoh", "wanted-at": "undecided"], "undecided-under-london"),
    (["treating-centre": "elsewhere-uk", "wanted-at": "undecided"], "undecided-from-elsewhere"),
    (["treating-centre": "royal-marsden", "wanted-at": "royal-marsden", "sarcoma": "gist"], "within-royal-marsden"),
    (["treating-centre": "uclh", "wanted-at": "london-sarcoma-service"], "within-london-sarcoma-service"),
    (["treating-centre": "rnoh", "wanted-at": "london-sarcoma-service"], "within-london-sarcoma-service"),
    (["treating-centre": "elsewhere-uk", "wanted-at": "london-sarcoma-service"], "seen-from-elsewhere"),
    (["treating-centre": "elsewhere-uk", "wanted-at": "royal-marsden", "sarcoma": "soft-tissue"], "seen-from-elsewhere"),
    (["treating-centre": "elsewhere-uk", "wanted-at": "royal-marsden", "sarcoma": "bone"], "bone-sarcoma-royal-marsden"),
    (["treating-centre": "elsewhere-uk", "wanted-at": "royal-marsden", "sarcoma": "unsure"], "check-sarcoma-type"),
    (["treating-centre": "rnoh", "wanted-at": "royal-marsden", "sarcoma": "bone"], "bone-sarcoma-lss-to-marsden"),
  ])
  func decidesEachSituationTheWayThePolicySays(situation: [String: String], expected: String) {
    #expect(outcome(situation.merging(["asker": "family"]) { old, _ in old }) == expected)
  }

  @Test func routesBetweenTheLondonServicesAreNotRoutineWhenNoneApplies() {
    #expect(outcome(crossService(noRoutes.merging(["standard-management": "yes"]) { _, new in new })) == "not-routine")
    let fromMarsden = ["treating-centre": "royal-marsden", "wanted-at": "london-sarcoma-service"]
    #expect(outcome(crossService(fromMarsden).merging(noRoutes) { _, new in new }.merging(["standard-management": "yes"]) { _, new in new }) == "not-routine")
  }

  @Test(arguments: [
    ("treatment-only-there", "exception-treatment"),
    ("mdt-review", "exception-mdt-review"),
    ("expertise-only-there", "exception-expertise"),
    ("named-clinician", "exception-named-clinician"),
  ])
  func eachExceptionOpensItsRoute(question: String, expected: String) {
    for management in ["yes", "no", "unsure"] {
      var answers = noRoutes
      answers[question] = "yes"
      answers["standard-management"] = management
      #expect(outcome(crossService(answers)) == expected)
    }
  }

  @Test func theFirstListedExceptionDecidesWhenSeveralApply() {
    let all = ["treatment-only-there": "yes", "mdt-review": "yes", "expertise-only-there": "yes", "named-clinician": "yes", "standard-management": "yes"]
    #expect(outcome(crossService(all)) == "exception-treatment")
    let later = all.merging(["treatment-only-there": "no"]) { _, new in new }
    #expect(outcome(crossService(later)) == "exception-mdt-review")
    let situation = shipped.machine.decide(crossService(all))
    #expect(situation.unused.map(\.question) == ["mdt-review", "expertise-only-there", "named-clinician"])
  }

  @Test func anExceptionStillAppliesWhenOthersAreUnknown() {
    let answers = ["standard-management": "yes", "treatment-only-there": "unsure", "mdt-review": "unsure", "expertise-only-there": "yes"]
    #expect(outcome(crossService(answers)) == "exception-expertise")
  }

  @Test func unknownRoutesLeadToFindingOutWhichApply() throws {
    let answers = ["standard-management": "yes", "treatment-only-there": "unsure", "mdt-review": "no", "expertise-only-there": "unsure", "named-clinician": "no"]
    guard case .decided(let decision) = shipped.machine.decide(crossService(answers)).step else {
      Issue.record("expected a decision")
      return
    }
    #expect(decision.outcome.id == "check-exceptions")
    #expect(decision.stillToFindOut.map(\.id) == ["treatment-only-there", "expertise-only-there"])
  }

  @Test func notKnowingAboutStandardManagementSaysWhatToFindOut() throws {
    guard case .decided(let decision) = shipped.machine.decide(crossService(noRoutes.merging(["standard-management": "unsure"]) { _, new in new })).step else {
      Issue.record("expected a decision")
      return
    }
    #expect(decision.outcome.id == "check-standard-management")
    #expect(decision.stillToFindOut.map(\.id) == ["standard-management"])
  }

  @Test func notUnderStandardManagementIsSaidToBeSilent() {
    #expect(outcome(crossService(noRoutes.merging(["standard-management": "no"]) { _, new in new })) == "not-under-standard-management")
    #expect(outcome(crossService(["standard-management": "no", "treatment-only-there": "unsure", "mdt-review": "no", "expertise-only-there": "no", "named-clinician": "unsure"])) == "not-under-standard-management")
  }

  @Test func anUnsureAnswerThatNoLongerMattersIsNotListedToFindOut() throws {
    guard case .decided(let decision) = shipped.machine.decide(["asker": "unsure", "treating-centre": "uclh", "wanted-at": "elsewhere"]).step else {
      Issue.record("expected a decision")
      return
    }
    #expect(decision.outcome.id == "outside-london")
    #expect(decision.stillToFindOut.isEmpty)
  }

  @Test func asksWhoIsCallingFirstAndSkipsQuestionsThatCannotMatter() {
    let situation = shipped.machine.decide(["asker": "patient", "treating-centre": "elsewhere-uk", "wanted-at": "london-sarcoma-service", "sarcoma": "bone"])
    #expect(situation.used.map(\.question) == ["asker", "treating-centre", "wanted-at"])
    #expect(situation.unused == [GivenAnswer(question: "sarcoma", answer: "bone")])
  }

  @Test func asksForTheNextQuestionWhenAnswersRunOut() {
    #expect(outcome(["asker": "patient", "treating-centre": "uclh"]) == "needs wanted-at")
    #expect(outcome([:]) == "needs asker")
    #expect(outcome(["treating-centre": "uclh"]) == "needs asker")
  }

  @Test func speaksToEachKindOfCallerAndNamesTheCentresGiven() throws {
    let answers = noRoutes.merging(["standard-management": "yes"]) { _, new in new }
    var words: [String: String] = [:]
    for asker in ["patient", "family", "someone-else", "treating-clinician", "other-clinician"] {
      guard case .decided(let decision) = shipped.machine.decide(crossService(answers.merging(["asker": asker]) { _, new in new })).step else {
        Issue.record("expected a decision")
        return
      }
      words[asker] = decision.say
    }
    #expect(words["patient"]?.hasPrefix("You're having standard treatment at UCLH and would like a second opinion from the Royal Marsden.") == true)
    #expect(words["family"]?.hasPrefix("The patient is having standard treatment at UCLH") == true)
    #expect(words["someone-else"] == words["family"])
    #expect(words["treating-clinician"]?.contains("You can still ask for a review") == true)
    #expect(words["other-clinician"]?.contains("come from the patient's treating sarcoma clinician") == true)
    #expect(Set(words.values).count == 4)
  }

  @Test func walksEveryListedPathToAnOutcomeWithItsClauses() throws {
    let machine = shipped.machine
    let paths = machine.paths()
    #expect(machine.size() == MachineSize(states: 47, paths: Double(paths.count), isComplete: true))
    #expect(Set(paths.map(\.steps)).count == paths.count)
    for path in paths {
      // Every answer grouped on a step must lead the same way; try each one.
      for variation in 0..<path.steps.count {
        for answer in path.steps[variation].answers {
          var answers = path.representativeAnswers
          answers[variation].answer = answer
          guard case .success(.decided(let decision)) = machine.step(after: answers) else {
            Issue.record("path \(path) does not end in an outcome with \(answer)")
            continue
          }
          #expect(decision.outcome.id == path.outcome)
          #expect(!decision.clauses.isEmpty)
        }
      }
    }
    #expect(Set(paths.map(\.outcome)) == Set(machine.policy.outcomes.map(\.id)))
  }

  @Test func sameAnswersAlwaysTakeTheSamePath() throws {
    let again = try StateMachine(checking: shipped.document.policy)
    #expect(again.layout(limit: 1000) == shipped.machine.layout(limit: 1000))
    let answers = shipped.machine.paths()[10].representativeAnswers
    #expect(shipped.machine.step(after: answers) == again.step(after: answers))
  }

  @Test func refusesAnswersTheMachineDidNotAskFor() {
    #expect(shipped.machine.state(after: [GivenAnswer(question: "sarcoma", answer: "bone")]) == .failure(.unexpectedQuestion(position: 0, expected: "asker", found: "sarcoma")))
    #expect(shipped.machine.state(after: [GivenAnswer(question: "asker", answer: "cat")]) == .failure(.unknownAnswer(position: 0, question: "asker", answer: "cat")))
    let decided = [
      GivenAnswer(question: "asker", answer: "patient"), GivenAnswer(question: "treating-centre", answer: "no-specialist-yet"),
      GivenAnswer(question: "wanted-at", answer: "elsewhere"),
    ]
    #expect(shipped.machine.state(after: decided) == .failure(.alreadyDecided(position: 2, outcome: "not-yet-under-specialist")))
  }

  @Test func refusesToRunAPolicyWithDefects() throws {
    var policy = shipped.document.policy
    policy.rules.removeLast()
    #expect(throws: PolicyRejected.self) { try StateMachine(checking: policy) }
  }
}

@Suite struct SessionTests {
  @Test func undoDropsTheLastAnswerAndAsksItsQuestionAgain() throws {
    var session = Session(machine: shipped.machine)
    try session.answer("patient")
    try session.answer("uclh")
    #expect(session.currentQuestion?.id == "wanted-at")
    #expect(session.undo() == GivenAnswer(question: "treating-centre", answer: "uclh"))
    #expect(session.currentQuestion?.id == "treating-centre")
    #expect(session.answers == [GivenAnswer(question: "asker", answer: "patient")])
    try session.answer("elsewhere-uk")
    try session.answer("london-sarcoma-service")
    #expect(session.isDecided)
  }

  @Test func restartForgetsEveryAnswer() throws {
    var session = Session(machine: shipped.machine)
    try session.answer("family")
    session.restart()
    #expect(session.answers.isEmpty)
    #expect(session.currentQuestion?.id == "asker")
    #expect(session.undo() == nil)
  }

  @Test func refusesAnAnswerTheQuestionDoesNotHave() throws {
    var session = Session(machine: shipped.machine)
    #expect(throws: SessionError.unknownAnswer(question: "asker", answer: "uclh")) { try session.answer("uclh") }
    #expect(session.answers.isEmpty)
  }

  @Test func refusesAnswersOnceDecided() throws {
    var session = Session(machine: shipped.machine)
    try session.answer("patient")
    try session.answer("no-specialist-yet")
    #expect(throws: SessionError.alreadyDecided) { try session.answer("yes") }
  }

  @Test func knowsWhichOutcomesEachAnswerLeavesOpen() throws {
    var session = Session(machine: shipped.machine)
    try session.answer("patient")
    let byAnswer = Dictionary(uniqueKeysWithValues: session.outcomesByAnswer.map { ($0.answer.id, $0.outcomes.map(\.id)) })
    #expect(byAnswer["no-specialist-yet"] == ["not-yet-under-specialist"])
    #expect(byAnswer["unsure"] == ["outside-london", "check-treating-centre"])
    #expect(byAnswer["uclh"]?.contains("not-routine") == true)
    #expect(session.possibleOutcomes.count == shipped.machine.policy.outcomes.count)
  }
}

/// The machine built as calls go, checked against the machine built the plain way by
/// trying every combination, on small random policies.
@Suite struct LazyMachineTests {
  @Test func buildsTheSameMachineAsTryingEveryCombination() throws {
    var generator = SeededRandom(seed: 11)
    var sizes = Set<Int>()
    for _ in 0..<150 {
      let policy = randomPolicy(&generator, questions: Int.random(in: 2...5, using: &generator), rules: Int.random(in: 2...9, using: &generator))
      let reference = BruteForce(policy)
      let machine = try StateMachine(checking: policy)
      let expected = reference.machine
      #expect(machine.layout(limit: 10_000) == expected)
      sizes.insert(expected.states.count)
      for combination in reference.combinations {
        let situation = Dictionary(uniqueKeysWithValues: combination.enumerated().map { (policy.questions[$0].id, policy.questions[$0].answers[$1].id) })
        guard case .decided(let decision) = machine.decide(situation).step else {
          Issue.record("no decision for \(situation)")
          continue
        }
        #expect(decision.outcome.id == policy.outcomes[reference.outcome(combination)].id)
        let fixed = Dictionary(uniqueKeysWithValues: decision.answers.map { given in
          (machine.questionIndex(of: given.question)!, policy.question(given.question)!.answers.firstIndex { $0.id == given.answer }!)
        })
        let expectedUnknowns = decision.answers.filter { policy.question($0.question)!.answer($0.answer)!.isUnsure }.filter { given in
          let question = machine.questionIndex(of: given.question)!
          return reference.depends(on: question, fixed: fixed.filter { $0.key != question })
        }
        #expect(decision.stillToFindOut.map(\.id) == expectedUnknowns.map(\.question))
      }
    }
    #expect(sizes.count > 5)
  }

  @Test func countsStatesAndPathsWithoutListingThem() throws {
    var generator = SeededRandom(seed: 12)
    for _ in 0..<50 {
      let policy = randomPolicy(&generator, questions: 4, rules: 8)
      let machine = try StateMachine(checking: policy)
      let size = machine.size()
      #expect(size.isComplete)
      #expect(size.states == BruteForce(policy).machine.states.count)
      #expect(size.paths == Double(machine.paths().count))
    }
    let small = try StateMachine(checking: randomPolicy(&generator, questions: 5, rules: 9))
    let partial = small.size(exploringAtMost: 1)
    #expect(!partial.isComplete && partial.states <= small.size().states && partial.paths <= small.size().paths)
  }
}
