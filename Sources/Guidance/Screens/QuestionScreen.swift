import PolicyEngine

/// A question as staff see it: numbered, with its prompt, its answers numbered, and what
/// the terms it turns on mean, in a line each.
public func questionLines(
  _ question: Question, number: Int, definitions: [Definition] = [], groupChoice: String? = nil, presentation: Presentation
) -> [String] {
  var lines = wrapped("\(number). \(question.prompt)", width: presentation.width, indent: "   ").map(presentation.style.bold)
  if presentation.showsIDs { lines += wrapped("question \(question.id)", width: presentation.width, firstIndent: "   ").map(presentation.style.dim) }
  var choices = question.answers.map { ($0.label, $0.id) }
  if let groupChoice { choices.append((groupChoice, "group")) }
  lines += numberedChoices(choices, presentation: presentation)
  for definition in definitions {
    lines += wrapped(
      presentation.style.bold(definition.term.capitalizedFirst + ":") + " \(definition.meaning) "
        + presentation.style.dim("(:define gives examples)"),
      width: presentation.width, firstIndent: "   ", indent: "   ")
  }
  return lines
}

/// A question in a line or two, for showing again after a command: its label and its
/// answers by number.
public func compactQuestionLines(_ question: Question, presentation: Presentation) -> [String] {
  let answers = question.answers.enumerated().map { "\($0.offset + 1) \($0.element.label)" }.joined(separator: " \u{00B7} ")
  return wrapped(presentation.style.bold(question.label) + "  " + answers, width: presentation.width, indent: "  ")
}

/// Choices listed `  1  Label`, numbers right-aligned, long labels wrapped under
/// themselves, with the id beside each label only when ids are shown; `numbers` gives
/// each choice's own number when the list is a selection.
public func numberedChoices(_ choices: [(label: String, id: String)], numbers: [Int]? = nil, presentation: Presentation) -> [String] {
  let numbers = numbers ?? Array(1...max(choices.count, 1))
  let digits = String(numbers.max() ?? 1).count
  var lines: [String] = []
  for (choice, number) in zip(choices, numbers) {
    let position = String(number)
    let lead = "  " + String(repeating: " ", count: digits - position.count) + position + "  "
    let shown = presentation.showsIDs ? "\(choice.label) " + presentation.style.dim("(\(choice.id))") : choice.label
    lines += wrapped(shown, width: presentation.width, firstIndent: lead, indent: String(repeating: " ", count: lead.count))
  }
  return lines
}

/// What to say when typed text does not pick exactly one answer: the candidates of an
/// ambiguous or too short beginning, the nearest answer to a typo (when the session can
/// take a yes to it), or a hint.
public func unmatchedAnswerLines(
  _ typed: String, question: Question, offeringNearest: Bool = false, presentation: Presentation
) -> [String] {
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
  case .tooShort(let answers):
    let choices = wrapped(
      "\u{201C}\(quotedInput(typed))\u{201D} is too short to be sure of; type more of it, or the answer's number:",
      width: presentation.width)
    return choices + numberedChoices(
      answers.map { ($0.label, $0.id) }, numbers: answers.map { question.answers.firstIndex(of: $0)! + 1 }, presentation: presentation)
  case .none(let nearest):
    if offeringNearest, let nearest {
      return wrapped(
        "\u{201C}\(quotedInput(typed))\u{201D} is not one of the answers. Did you mean \(nearest.label)? "
          + "Type y to choose it; anything else carries on.",
        width: presentation.width)
    }
    return wrapped(
      "\u{201C}\(quotedInput(typed))\u{201D} is not one of the answers. Type a number from 1 to \(question.answers.count), "
        + "or the start of an answer; :help lists the commands.",
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
