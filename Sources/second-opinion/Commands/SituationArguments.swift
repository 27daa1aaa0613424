import PolicyEngine

/// Why a list of `question=answer` arguments cannot be used.
struct SituationProblem: Error {
  var message: String
}

/// Answer ids by question id, from `question=answer` arguments; answers may be given by
/// id or alias. Every problem names the valid choices.
func parseSituation(_ arguments: [String], policy: Policy) -> Result<[String: String], SituationProblem> {
  var situation: [String: String] = [:]
  let questionIDs = policy.questions.map(\.id)
  for argument in arguments {
    guard let equals = argument.firstIndex(of: "=") else {
      return .failure(SituationProblem(message: "expected question=answer, such as asker=patient; found '\(argument)'"))
    }
    let questionID = String(argument[..<equals]).trimmingWhitespace
    let answerText = String(argument[argument.index(after: equals)...]).trimmingWhitespace
    guard let question = policy.question(questionID) else {
      var message = "unknown question '\(questionID)'"
      if let suggestion = didYouMean(questionID, among: questionIDs) { message += "; \(suggestion)" }
      message += " (questions: \(questionIDs.joined(separator: ", ")))"
      return .failure(SituationProblem(message: message))
    }
    guard let answer = question.answer(named: answerText) else {
      let answerIDs = question.answers.map(\.id)
      var message = "question '\(question.id)' has no answer '\(answerText)'"
      if let suggestion = didYouMean(answerText, among: answerIDs) { message += "; \(suggestion)" }
      message += " (answers: \(answerIDs.joined(separator: ", ")))"
      return .failure(SituationProblem(message: message))
    }
    if let earlier = situation[question.id], earlier != answer.id {
      return .failure(
        SituationProblem(message: "question '\(question.id)' is answered twice, '\(earlier)' and '\(answer.id)'; give one answer"))
    }
    situation[question.id] = answer.id
  }
  return .success(situation)
}
