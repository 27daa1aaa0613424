import PolicyEngine

/// A question as staff see it: numbered, with its prompt, then its answers numbered with
/// their ids.
public func questionLines(_ question: Question, number: Int, presentation: Presentation) -> [String] {
  let prompt = wrapped("\(number). \(question.prompt)", width: presentation.width, indent: "   ").map(presentation.style.bold)
  return prompt + numberedChoices(question.answers.map { ($0.label, $0.id) }, presentation: presentation)
}

/// Choices listed `  1  Label (id)`, numbers right-aligned, long labels wrapped under
/// themselves; `numbers` gives each choice's own number when the list is a selection.
public func numberedChoices(_ choices: [(label: String, id: String)], numbers: [Int]? = nil, presentation: Presentation) -> [String] {
  let numbers = numbers ?? Array(1...max(choices.count, 1))
  let digits = String(numbers.max() ?? 1).count
  var lines: [String] = []
  for (choice, number) in zip(choices, numbers) {
    let position = String(number)
    let lead = "  " + String(repeating: " ", count: digits - position.count) + position + "  "
    lines += wrapped(
      "\(choice.label) " + presentation.style.dim("(\(choice.id))"), width: presentation.width, firstIndent: lead,
      indent: String(repeating: " ", count: lead.count))
  }
  return lines
}

/// What to say when typed text does not pick exactly one answer: the candidates of an
/// ambiguous beginning, or a hint.
public func unmatchedAnswerLines(_ typed: String, question: Question, presentation: Presentation) -> [String] {
  switch question.match(typed) {
  case .answer(let answer):
    return wrapped("\u{201C}\(quotedInput(typed))\u{201D} is \(answer.label).", width: presentation.width)
  case .ambiguous(let answers) where answers.count == 1:
    return wrapped("\u{201C}\(quotedInput(typed))\u{201D} is too short to take as an answer; type more of it, or its number:", width: presentation.width)
      + numberedChoices(answers.map { ($0.label, $0.id) }, numbers: [question.answers.firstIndex(of: answers[0])! + 1], presentation: presentation)
  case .ambiguous(let answers):
    return ambiguityLines(
      typed, choices: answers.map { ($0.label, $0.id) }, numbers: answers.map { question.answers.firstIndex(of: $0)! + 1 },
      presentation: presentation)
  case .none:
    return wrapped(
      "\u{201C}\(quotedInput(typed))\u{201D} is not one of the answers. Type a number from 1 to \(question.answers.count), "
        + "or an answer such as \(question.answers[0].id); :help lists the commands.",
      width: presentation.width)
  }
}

/// The candidates an ambiguous beginning could stand for.
public func ambiguityLines(
  _ typed: String, choices: [(label: String, id: String)], numbers: [Int], presentation: Presentation
) -> [String] {
  wrapped("\u{201C}\(quotedInput(typed))\u{201D} could be any of these; type more of it, or its number:", width: presentation.width)
    + numberedChoices(choices, numbers: numbers, presentation: presentation)
}

/// Typed text as quoted back: control characters shown as spaces and long text cut.
public func quotedInput(_ text: String) -> String {
  let visible = String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
  return visible.count > 40 ? String(visible.prefix(40)) + "\u{2026}" : visible
}
