import PolicyEngine
import Transcripts

/// Answering: matching what staff type, offering the nearest answer to a typo, answering a
/// whole group "not sure" at once, and giving kept answers again after a change.
extension Conversation {
  /// Answers the current question with what was typed, or says why it cannot.
  mutating func answer(_ typed: String, to question: Question) -> Reply {
    guard call.hasRoomForAStep else { return callIsFull() }
    if let group = openGroup(for: question), matchesGroupAnswer(typed, group: group, question: question) {
      return answerGroup(group)
    }
    switch question.match(typed) {
    case .answer(let answer):
      var echo = "\u{2713} \(answer.label)"
      if let term = question.unclearTerm(typed), answer.unclearTerms.contains(term) {
        echo += " (\(term.term): \(term.why))"
      }
      return give(answer, echo: echo)
    case .none(let nearest?):
      pending = .suggestion(nearest)
      return Reply(lines: unmatchedAnswerLines(typed, question: question, offeringNearest: true, presentation: presentation))
    case .ambiguous, .tooShort, .none:
      return Reply(lines: unmatchedAnswerLines(typed, question: question, presentation: presentation))
    }
  }

  /// The reply to the line after "Did you mean ...?": `y` or `yes` chooses the answer, `n`
  /// or `no` declines it; nil for anything else, which is then read as usual.
  mutating func reply(toSuggestion answer: Answer, _ line: String) -> Reply? {
    switch normalizedForMatching(line) {
    case "y", "yes":
      guard let question = call.session.currentQuestion, question.answers.contains(answer) else { return nil }
      guard call.hasRoomForAStep else { return callIsFull() }
      return give(answer, echo: "\u{2713} \(answer.label)")
    case "n", "no":
      return Reply(lines: ["Not chosen."] + reminder())
    default:
      return nil
    }
  }

  /// Gives an answer, then any answers kept from before a change whose questions come
  /// next, and shows what comes after.
  mutating func give(_ answer: Answer, echo: String) -> Reply {
    try? call.answer(answer.id)
    var lines = wrapped(echo, width: presentation.width, indent: "  ").map(presentation.style.dim)
    lines += keptAnswerLines(call.answerKeptQuestions())
    return Reply(lines: lines + [""] + currentScreen(), transcriptChanged: true)
  }

  /// A line saying which earlier answers were given again after a change.
  func keptAnswerLines(_ kept: [GivenAnswer]) -> [String] {
    guard !kept.isEmpty else { return [] }
    let policy = machine.policy
    let answers = kept.map { given -> String in
      let question = policy.question(given.question)
      return "\(question?.label ?? given.question) \(question?.answer(given.answer)?.label ?? given.answer)"
    }
    return wrapped("Kept from before: " + answers.joined(separator: "; "), width: presentation.width, indent: "  ")
      .map(presentation.style.dim)
  }

  // MARK: Groups

  /// The group of the question being asked, when two or more of its questions are still
  /// unanswered: then one answer can mark them all "not sure".
  func openGroup(for question: Question) -> QuestionGroup? {
    guard let group = machine.policy.group(of: question.id) else { return nil }
    let answered = Set(call.session.answers.map(\.question))
    return group.questions.filter { !answered.contains($0) }.count >= 2 ? group : nil
  }

  /// Whether typed text chooses a group's answer: its number (after the question's own
  /// answers), or three or more characters of its label, when it is no answer of the question.
  func matchesGroupAnswer(_ typed: String, group: QuestionGroup, question: Question) -> Bool {
    let text = normalizedForMatching(typed)
    if text == String(question.answers.count + 1) { return true }
    if case .answer = question.match(typed) { return false }
    return text.count >= Question.shortestBeginning && normalizedForMatching(group.label).hasPrefix(text)
  }

  /// Answers "not sure" to the question being asked and to each question of its group
  /// that comes next, each recorded as its own answer.
  mutating func answerGroup(_ group: QuestionGroup) -> Reply {
    var labels: [String] = []
    while let question = call.session.currentQuestion, group.questions.contains(question.id),
      let unsure = question.answers.first(where: \.isUnsure), call.hasRoomForAStep
    {
      guard (try? call.answer(unsure.id)) != nil else { break }
      labels.append(question.label)
    }
    let kept = call.answerKeptQuestions()
    var lines = wrapped(
      "\u{2713} \(group.label): Not sure to \(counted(labels.count, "question"))", width: presentation.width, indent: "  "
    ).map(presentation.style.dim)
    lines += keptAnswerLines(kept)
    return Reply(lines: lines + [""] + currentScreen(), transcriptChanged: true)
  }
}
