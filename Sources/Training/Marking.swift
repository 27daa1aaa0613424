import Guidance
import PolicyEngine

/// What a trainee got right and wrong in one exercise: their answers against the story's
/// facts, and the outcome they expected against the right one.
public struct Marking: Sendable, Hashable {
  /// An answer that differs from what the story says.
  struct Departure: Sendable, Hashable {
    /// What the wrong answer did to the call.
    enum Effect: Sendable, Hashable {
      /// The story's outcome is reached all the same.
      case sameOutcome
      /// With the story's other facts, this answer alone reaches another outcome.
      case changedOutcome(to: Outcome)
      /// It takes the call to questions the story does not settle.
      case leftTheStory
    }

    var question: Question
    /// The trainee's answer.
    var given: Answer
    /// The story's answer, or nil when the story does not say (the question came up
    /// only because of an earlier wrong answer).
    var expected: Answer?
    /// The story's sentence that tells the fact.
    var sentence: String?
    var effect: Effect
  }

  var exercise: Int
  var source: Scenario.Source
  /// The outcome the story's facts reach.
  var rightOutcome: Outcome
  /// The outcome the trainee's answers reached.
  var reachedOutcome: Outcome
  /// The outcome the trainee said they expected.
  var predicted: Outcome
  /// The clause that decides the right outcome: its first.
  var decidingClause: Clause?
  var departures: [Departure]
  /// How many answers the trainee gave, and how many of them matched the story.
  var answerCount: Int
  var matchingAnswerCount: Int
  /// What to tell the caller, with the sentences for this kind of caller.
  var rightDecision: Decision?

  /// Marks an exercise from the answers the trainee ended with and their prediction.
  init(exercise: Exercise, answers: [GivenAnswer], prediction: Outcome, machine: StateMachine) {
    let policy = machine.policy
    self.exercise = exercise.number
    source = exercise.source
    rightOutcome = exercise.outcome
    predicted = prediction
    decidingClause = exercise.outcome.clauses.first.flatMap(policy.clause)
    if case .success(.decided(let decision)) = machine.step(after: answers) {
      reachedOutcome = decision.outcome
    } else {
      reachedOutcome = exercise.outcome
    }
    if case .success(.decided(let decision)) = machine.step(after: exercise.facts) {
      rightDecision = decision
    }
    let story = exercise.story
    var departures: [Departure] = []
    for given in answers {
      guard let question = policy.question(given.question), let answer = question.answer(given.answer) else { continue }
      let expectedID = story.answer(to: given.question)
      guard expectedID != given.answer else { continue }
      // The story's facts with this one answer changed; for questions the story does not
      // settle, the trainee's own answers.
      var situation = Dictionary(story.facts.map { ($0.question, $0.answer) }, uniquingKeysWith: { first, _ in first })
      for other in answers where situation[other.question] == nil { situation[other.question] = other.answer }
      situation[given.question] = given.answer
      let effect: Departure.Effect
      switch machine.decide(situation).step {
      case .decided(let decision) where decision.outcome.id == exercise.outcome.id: effect = .sameOutcome
      case .decided(let decision): effect = .changedOutcome(to: decision.outcome)
      case .ask: effect = .leftTheStory
      }
      departures.append(
        Departure(
          question: question, given: answer, expected: expectedID.flatMap { question.answer($0) },
          sentence: story.sentence(telling: given.question), effect: effect))
    }
    self.departures = departures
    answerCount = answers.count
    matchingAnswerCount = answers.count - departures.count
  }

  /// Whether every answer matched the story.
  var answersRight: Bool { departures.isEmpty }

  /// Whether the trainee expected the right outcome.
  var predictionRight: Bool { predicted.id == rightOutcome.id }

  /// The clauses to revisit after this exercise, each once: the deciding clause when the
  /// prediction was wrong, and for each wrong answer the clause behind its question that
  /// bears on this call, or the deciding clause when the answer changed where the call
  /// went. A slip that changed nothing, on a question whose clauses do not bear on the
  /// call, points to no clause.
  func clausesToRevisit(in policy: Policy) -> [String] {
    var result: [String] = []
    func add(_ id: String?) {
      if let id, !result.contains(id) { result.append(id) }
    }
    if !predictionRight { add(decidingClause?.id) }
    let bearing = Set(rightOutcome.clauses + reachedOutcome.clauses)
    for departure in departures where departure.expected != nil {
      if let clause = departure.question.clauses.first(where: bearing.contains) {
        add(clause)
      } else if departure.effect != .sameOutcome {
        add(decidingClause?.id)
      }
    }
    return result
  }

  /// The marking as shown to the trainee.
  public func lines(presentation: Presentation) -> [String] {
    let style = presentation.style
    let width = presentation.width
    func verdict(_ right: Bool, _ text: String) -> [String] {
      let mark = right ? style.green("\u{2713}") : style.red("\u{2717}")
      return wrapped(text, width: width, firstIndent: "  \(mark) ", indent: "    ")
    }
    func named(_ outcome: Outcome) -> String { "\(outcome.title) (\(outcome.id))" }

    var lines = [style.bold("Marking")]
    if answersRight {
      lines += verdict(true, "Your answers match the story (\(counted(answerCount, "answer"))).")
    } else {
      let differing = departures.filter { $0.expected != nil }.count
      var text = "\(differing) of your \(counted(answerCount, "answer")) \(differing == 1 ? "differs" : "differ") from the story"
      let unasked = departures.count - differing
      if unasked > 0 { text += ", and \(unasked) \(unasked == 1 ? "answers a question" : "answer questions") this caller's situation does not need" }
      lines += verdict(false, text + ".")
      if reachedOutcome.id != rightOutcome.id {
        lines += wrapped("Your answers led to: \(named(reachedOutcome)).", width: width, firstIndent: "    ", indent: "    ")
      }
    }
    lines += verdict(predictionRight, "You expected: \(named(predicted)).")
    if !predictionRight, predicted.id == reachedOutcome.id {
      lines += wrapped(
        "That is where your answers led, so the policy was read right; it is the answers that need another look.",
        width: width, firstIndent: "    ", indent: "    ")
    }
    lines += wrapped("The right outcome: " + style.bold(named(rightOutcome)) + ".", width: width, firstIndent: "    ", indent: "    ")
    if let clause = decidingClause {
      lines += wrapped(
        "Decided by \(style.cyan(clause.id)) (\(clause.source)): \(clause.summary)", width: width, firstIndent: "    ",
        indent: "      ")
    }
    if !departures.isEmpty {
      lines.append("")
      lines.append(style.bold("Where your answers departed from the story"))
      for departure in departures { lines += departureLines(departure, presentation: presentation) }
    }
    if let decision = rightDecision {
      lines.append("")
      lines.append(style.bold("What to tell this caller"))
      lines += wrapped(decision.say, width: width, firstIndent: "  ", indent: "  ")
    }
    return lines
  }

  private func departureLines(_ departure: Departure, presentation: Presentation) -> [String] {
    let style = presentation.style
    let width = presentation.width
    let question = departure.question
    var lines = wrapped("\(style.cyan(question.id)): \(question.prompt)", width: width, firstIndent: "  - ", indent: "    ")
    var text = "You answered \u{201C}\(departure.given.label)\u{201D}; "
    if let expected = departure.expected {
      text += "the story says \u{201C}\(expected.label)\u{201D}"
      if let sentence = departure.sentence { text += ": \(sentence)" } else { text += "." }
    } else {
      text += "the story does not say, because this question came up only after an earlier answer that differs from it."
    }
    lines += wrapped(text, width: width, firstIndent: "    ", indent: "    ")
    guard let expected = departure.expected else { return lines }
    if expected.isUnsure {
      lines += wrapped(
        "The caller does not know this, so the answer is \u{201C}\(expected.label)\u{201D}: the outcome then says what to find out, and from whom.",
        width: width, firstIndent: "    ", indent: "    ")
    } else if departure.given.isUnsure {
      lines += wrapped("The story does tell this fact; read it again with :story.", width: width, firstIndent: "    ", indent: "    ")
    }
    lines += wrapped("Why it matters: \(question.why)", width: width, firstIndent: "    ", indent: "    ")
    switch departure.effect {
    case .sameOutcome:
      lines += wrapped("Here it did not change the outcome, but the answer should still match the caller.", width: width, firstIndent: "    ", indent: "    ")
    case .changedOutcome(let outcome):
      lines += wrapped(
        "It changed the outcome: with the story's other facts it leads to \(outcome.title) (\(outcome.id)).", width: width,
        firstIndent: "    ", indent: "    ")
    case .leftTheStory:
      lines += wrapped(
        "It changed the course of the call, to questions this caller's situation does not need.", width: width,
        firstIndent: "    ", indent: "    ")
    }
    return lines
  }
}
