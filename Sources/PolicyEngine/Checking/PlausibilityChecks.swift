/// Checks of the plausibility tables training stories keep to: every id they name exists.
extension Checker {
  mutating func checkPlausibility() {
    let path = PolicyPath([.key("plausibility")])
    let questionIDs = policy.questions.map(\.id)
    for (position, table) in policy.plausibility.enumerated() {
      let tablePath = path.appending(position)
      checkID(table.id, at: tablePath.appending("id"), what: "plausibility table")
      let question = knownQuestion(table.question, at: tablePath.appending("question"), among: questionIDs)
      let paired = knownQuestion(table.pairedQuestion, at: tablePath.appending("with"), among: questionIDs)
      if table.question == table.pairedQuestion {
        report(
          .plausibility, at: tablePath.appending("with"),
          "plausibility table '\(table.id)' pairs question '\(table.question)' with itself; 'with' names another question")
      }
      let fitsPath = tablePath.appending("fits")
      var listed = Set<String>()
      for fit in table.fits {
        let fitPath = fitsPath.appending(fit.answer)
        if let question { checkAnswer(fit.answer, of: question, at: fitPath, pointingAtKey: true) }
        if !listed.insert(fit.answer).inserted {
          report(.plausibility, at: fitPath, "answer '\(fit.answer)' is listed twice in plausibility table '\(table.id)'", pointingAtKey: true)
        }
        guard let paired else { continue }
        for (index, answer) in fit.fitting.enumerated() {
          checkAnswer(answer, of: paired, at: fitPath.appending(index), pointingAtKey: false)
        }
      }
    }
    checkUnique(policy.plausibility.map(\.id), at: path, what: "plausibility table")
  }

  /// The question with an id, or nil after reporting that there is none.
  private mutating func knownQuestion(_ id: String, at path: PolicyPath, among ids: [String]) -> Question? {
    guard let question = questionsByID[id] else {
      report(.unknownReference, at: path, "unknown question '\(id)'\(suggestion(id, ids))")
      return nil
    }
    return question
  }

  /// Reports an answer id that is not one of a question's answers.
  private mutating func checkAnswer(_ id: String, of question: Question, at path: PolicyPath, pointingAtKey: Bool) {
    let answerIDs = question.answers.map(\.id)
    guard !answerIDs.contains(id) else { return }
    report(
      .unknownReference, at: path,
      "question '\(question.id)' has no answer '\(id)'\(suggestion(id, answerIDs)) (its answers: \(answerIDs.joined(separator: ", ")))",
      pointingAtKey: pointingAtKey)
  }
}
