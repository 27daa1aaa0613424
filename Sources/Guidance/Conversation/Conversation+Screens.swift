import PolicyEngine

/// What the conversation shows: the current question or outcome, and what commands show.
extension Conversation {
  /// The screen for where the call is: the question to ask, or the outcome.
  func currentScreen() -> [String] {
    switch call.session.step {
    case .ask(let question): return questionLines(question)
    case .decided(let decision):
      var lines = outcomeScreen(decision, presentation: presentation)
      if !decision.stillToFindOut.isEmpty, let reference = callBackReference {
        lines += wrapped("Call-back reference for the caller: \(reference)", width: presentation.width, firstIndent: "  ", indent: "  ")
      }
      lines.append("")
      lines += wrapped(
        "Enter: next caller \u{00B7} :why the policy behind this \u{00B7} :back to change an answer", width: presentation.width
      ).map(presentation.style.dim)
      return lines
    }
  }

  /// After a command, the question being asked, compactly, so that it is never lost; or
  /// a line saying the outcome is shown.
  func reminder() -> [String] {
    switch call.session.step {
    case .ask(let question):
      return [""] + compactQuestionLines(question, presentation: presentation)
    case .decided(let decision):
      return [""] + wrapped("Outcome: \(decision.outcome.title) (:outcome shows it again)", width: presentation.width).map(presentation.style.dim)
    }
  }

  func questionLines(_ question: Question) -> [String] {
    var groupChoice: String?
    if let group = openGroup(for: question) {
      let left = group.questions.filter { id in !call.session.answers.contains { $0.question == id } }.count
      groupChoice = "\(group.label) (Not sure to this and the next \(counted(left - 1, "question")) like it)"
    }
    return Guidance.questionLines(
      question, number: call.session.answers.count + 1, definitions: question.definitions.compactMap(machine.policy.definition),
      groupChoice: groupChoice, presentation: presentation)
  }

  func helpLines() -> [String] {
    var lines = [presentation.style.bold("Answer")]
    lines += wrapped(
      "Type the answer's number, the start of its words, or a word such as RMH or dunno; Tab completes.",
      width: presentation.width, firstIndent: "  ", indent: "  ")
    lines.append(presentation.style.bold("Commands"))
    lines += commandListLines(ConversationCommand.self, presentation: presentation)
    lines += wrapped(
      "Ctrl-C clears the line being typed; Ctrl-D on an empty line, or :quit, ends the program (during a call, Ctrl-D asks first).",
      width: presentation.width,
      firstIndent: "  ", indent: "  ")
    return lines
  }

  /// On a question: why it matters, the clauses behind it, and how to find it out. On the
  /// outcome: the clauses it rests on.
  func whyLines() -> [String] {
    let style = presentation.style
    let width = presentation.width
    guard let question = call.session.currentQuestion else {
      guard case .decided(let decision) = call.session.step else { return [] }
      return wrapped("The policy behind \u{201C}\(decision.outcome.title)\u{201D}:", width: width).map(style.bold)
        + clauseLines(decision.clauses, width: width, style: style, showingIDs: presentation.showsIDs)
    }
    var lines = wrapped("Why ask \u{201C}\(question.label)\u{201D}", width: width).map(style.bold)
    lines += wrapped(question.why, width: width, firstIndent: "  ", indent: "  ")
    lines += clauseLines(question.clauses.compactMap(machine.policy.clause), width: width, style: style, showingIDs: presentation.showsIDs)
    lines += wrapped(style.bold("If the caller does not know:") + " " + question.findOut, width: width, indent: "  ")
    return lines
  }

  /// How to find out each unknown: the current question's, or those the outcome lists.
  func findOutLines() -> [String] {
    let width = presentation.width
    switch call.session.step {
    case .ask(let question):
      return wrapped(presentation.style.bold(question.label) + " " + question.findOut, width: width, indent: "  ")
    case .decided(let decision):
      guard !decision.stillToFindOut.isEmpty else { return ["Nothing is left to find out: every answer that matters is known."] }
      return [presentation.style.bold("How to find out")] + Guidance.findOutLines(decision.stillToFindOut, width: width, style: presentation.style)
    }
  }

  /// The definition of a named term, of the current question's terms, or the list of terms.
  func defineLines(_ term: String) -> [String] {
    let policy = machine.policy
    if !term.isEmpty {
      if let definition = definition(named: term) { return definitionLines([definition]) }
      let terms = policy.definitions.map(\.term)
      var message = "There is no definition of \u{201C}\(quotedInput(term))\u{201D}."
      if let suggestion = didYouMean(term, among: terms, quoting: { "\u{201C}\($0)\u{201D}" }) { message += " " + suggestion.capitalizedFirst }
      if !terms.isEmpty { message += " Terms: \(terms.joined(separator: ", "))." }
      return wrapped(message, width: presentation.width)
    }
    if let question = call.session.currentQuestion, !question.definitions.isEmpty {
      return definitionLines(question.definitions.compactMap(policy.definition))
    }
    guard !policy.definitions.isEmpty else { return ["The policy file defines no terms."] }
    return wrapped("Terms with a definition: \(policy.definitions.map(\.term).joined(separator: ", ")). Type :define and the term.", width: presentation.width)
  }

  /// The definition whose term or id is `name`, ignoring case.
  func definition(named name: String) -> Definition? {
    let wanted = normalizedForMatching(name)
    return machine.policy.definitions.first { normalizedForMatching($0.term) == wanted || normalizedForMatching($0.id) == wanted }
  }

  /// Definitions in full: the meaning, then each example with the answer it means.
  func definitionLines(_ definitions: [Definition]) -> [String] {
    let style = presentation.style
    let width = presentation.width
    var lines: [String] = []
    for definition in definitions {
      lines += wrapped(style.bold(definition.term.capitalizedFirst), width: width)
      lines += wrapped(definition.meaning, width: width, firstIndent: "  ", indent: "  ")
      let question = machine.policy.questions.first { $0.definitions.contains(definition.id) }
      for example in definition.examples {
        let answer = question?.answer(example.answer)?.label ?? example.answer
        var text = "\(example.situation): " + style.bold(answer) + "."
        if let note = example.note { text += " " + note }
        lines += wrapped(text, width: width, firstIndent: "  - ", indent: "    ")
      }
    }
    return lines
  }

  func summaryLines() -> [String] {
    let answers = call.session.answers
    guard !answers.isEmpty else { return ["No answers yet."] }
    var lines = [presentation.style.bold("Answers so far")]
    for (index, given) in answers.enumerated() {
      let question = machine.policy.question(given.question)
      let label = question?.answer(given.answer)?.label ?? given.answer
      lines += wrapped("\(index + 1). \(question?.label ?? given.question) \(label)", width: presentation.width, firstIndent: "  ", indent: "     ")
    }
    let possible = call.session.possibleOutcomes
    if possible.count > 4 {
      lines += wrapped("Still possible: \(possible.count) outcomes.", width: presentation.width).map(presentation.style.dim)
    } else if possible.count > 1 {
      lines += wrapped("Still possible: " + possible.map(\.title).joined(separator: "; "), width: presentation.width).map(presentation.style.dim)
    }
    return lines
  }

  func policyLines() -> [String] {
    let identity = machine.policy.identity
    let heading = "\(identity.title), \(identity.issuedBy); this encoding version \(identity.version) of \(identity.date)."
    return wrapped(heading, width: presentation.width).map(presentation.style.bold)
      + clauseLines(machine.policy.clauses, width: presentation.width, style: presentation.style, showingIDs: presentation.showsIDs)
  }
}

extension String {
  /// The string with its first character in upper case.
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
