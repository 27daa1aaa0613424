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
  /// The questions the trainee answered, by id, in the order asked.
  var questionsAnswered: [String]
  /// How many answers the trainee gave, and how many of them matched the story.
  var answerCount: Int
  var matchingAnswerCount: Int
  /// What to tell the caller, with the sentences for this kind of caller.
  var rightDecision: Decision?
  /// When the prediction was wrong, the story's answers that rule it out: what the
  /// predicted outcome would need instead. Nil when the prediction was right, or the
  /// search gave up.
  var rulingOut: [StoryReasoning.Change]?

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
    questionsAnswered = answers.map(\.question)
    answerCount = answers.count
    matchingAnswerCount = answers.count - departures.count
    if prediction.id != exercise.outcome.id {
      let situation = Dictionary(story.facts.map { ($0.question, $0.answer) }, uniquingKeysWith: { first, _ in first })
      rulingOut = StoryReasoning(machine: machine, situation: situation).changes(toReach: prediction)?.map { change in
        var told = change
        told.sentence = story.sentence(telling: change.question.id)
        return told
      }
    }
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
    func note(_ text: String) -> [String] { wrapped(text, width: width, firstIndent: "    ", indent: "    ") }
    /// A title ended as a sentence: no full stop after its own question mark.
    func ended(_ title: String) -> String { title.hasSuffix("?") || title.hasSuffix(".") ? title : title + "." }

    var lines = [style.bold("Marking")]
    if answersRight {
      lines += verdict(true, "Your answers match the story (\(counted(answerCount, "answer"))).")
    } else {
      let differing = departures.filter { $0.expected != nil }.count
      var text = "\(differing) of your \(counted(answerCount, "answer")) \(differing == 1 ? "differs" : "differ") from the story"
      let unasked = departures.count - differing
      if unasked > 0 { text += ", and \(unasked) \(unasked == 1 ? "answers a question" : "answer questions") this caller's situation does not need" }
      lines += verdict(false, text + ".")
      if reachedOutcome.id != rightOutcome.id { lines += note("Your answers led to: \(ended(reachedOutcome.title))") }
    }
    lines += verdict(predictionRight, "You expected: \(ended(predicted.title))")
    let rulingOut = predictionRight ? nil : rulingOutSentence()
    if let rulingOut { lines += note(rulingOut) }
    if !predictionRight, predicted.id == reachedOutcome.id {
      lines += note("That is where your answers led, so the policy was read right; it is the answers that need another look.")
    }
    // The sentence that rules the prediction out names the right outcome already.
    if !predictionRight, rulingOut == nil { lines += note("The right outcome: " + style.bold(ended(rightOutcome.title))) }
    if let clause = decidingClause {
      lines += wrapped("Decided by \(style.cyan(clause.id)) (\(clause.source)): \(clause.summary)", width: width, firstIndent: "    ", indent: "      ")
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

  /// One sentence saying which of the story's answers rule the predicted outcome out and
  /// which clause decides instead: "“Not routinely available…” applies only when “MDT
  /// review asked for?” is “No”; the story says “Yes” (“…”), so the outcome is “Review
  /// at…” (mdt-review-referral)." Nil when there is nothing to say.
  func rulingOutSentence() -> String? {
    guard let changes = rulingOut, !changes.isEmpty else { return nil }
    func quoted(_ text: String) -> String { "\u{201C}\(text)\u{201D}" }
    let named = changes.prefix(2)
    var conditions = listed(
      named.map { change in
        // Every answer but the story's: say which it must not be.
        let others = change.question.answers.filter { $0 != change.story }
        let needed = Set(change.needed.map(\.id))
        if others.count > 2, Set(others.map(\.id)) == needed { return "\(quoted(change.question.label)) is not \(quoted(change.story.label))" }
        return "\(quoted(change.question.label)) is \(listed(change.needed.map { quoted($0.label) }, joinedBy: "or"))"
      },
      joinedBy: "and")
    if changes.count > named.count { conditions += ", among other answers" }
    var says = listed(named.map { quoted($0.story.label) }, joinedBy: "and")
    if changes.count == 1, let sentence = changes[0].sentence { says += " (\(quoted(sentence)))" }
    let clause = decidingClause.map { " (\($0.id))" } ?? ""
    return "\(quoted(predicted.title)) applies only when \(conditions); the story says \(says), so the outcome is "
      + "\(quoted(rightOutcome.title))\(clause)."
  }

  private func departureLines(_ departure: Departure, presentation: Presentation) -> [String] {
    let width = presentation.width
    func note(_ text: String) -> [String] { wrapped(text, width: width, firstIndent: "    ", indent: "    ") }
    let question = departure.question
    var lines = wrapped(question.prompt, width: width, firstIndent: "  - ", indent: "    ")
    var text = "You answered \u{201C}\(departure.given.label)\u{201D}; "
    if let expected = departure.expected {
      text += "the story says \u{201C}\(expected.label)\u{201D}"
      if let sentence = departure.sentence { text += ": \(sentence)" } else { text += "." }
    } else {
      text += "the story does not say, because this question came up only after an earlier answer that differs from it."
    }
    lines += note(text)
    guard let expected = departure.expected else { return lines }
    if expected.isUnsure {
      lines += note(
        "The story leaves this open, so the answer is \u{201C}\(expected.label)\u{201D}: the outcome then says what to find out, and from whom.")
    } else if departure.given.isUnsure {
      lines += note("The story does tell this fact; read it again with :story.")
    }
    lines += note("Why it matters: \(question.why)")
    switch departure.effect {
    case .sameOutcome:
      lines += note("Here it did not change the outcome, but the answer should still match the caller.")
    case .changedOutcome(let outcome):
      lines += note("On its own, this answer would end the call at \u{201C}\(outcome.title)\u{201D} instead.")
    case .leftTheStory:
      lines += note("It changed the course of the call, to questions this caller's situation does not need.")
    }
    return lines
  }
}
