extension Policy {
  /// The kind of caller a call's answers make, if the policy tells kinds of caller apart.
  public func callerKind(answers: [GivenAnswer]) -> CallerKind? {
    guard let callers, let given = answers.last(where: { $0.question == callers.question }) else { return nil }
    return callers.kind(answering: given.answer)
  }

  /// The words to read to the caller of a call: the text for their kind, with each
  /// `{question-id}` said as the answer given to it.
  ///
  /// A checked policy names only answers that every path to the outcome has given, and
  /// that can be said; otherwise the answer's label stands in, or the question's.
  public func words(_ wording: Wording, answers: [GivenAnswer]) -> String {
    let text = wording.text(for: callerKind(answers: answers)?.id) ?? wording.texts.first ?? ""
    return fillingAnswers(in: text, answers: answers)
  }

  /// Text with each `{question-id}` said as the answer given to that question.
  public func fillingAnswers(in text: String, answers: [GivenAnswer]) -> String {
    let references = answerReferences(in: text)
    guard !references.isEmpty else { return text }
    var result = ""
    var rest = text.startIndex
    for reference in references {
      result += text[rest..<reference.range.lowerBound]
      let question = self.question(reference.name)
      let given = answers.last { $0.question == reference.name }.flatMap { question?.answer($0.answer) }
      result += given.map { $0.spoken ?? $0.label } ?? question?.label ?? reference.name
      rest = reference.range.upperBound
    }
    return result + text[rest...]
  }
}
