import PolicyEngine

/// The outcome as staff see it on a live call, short enough to sit whole above the prompt
/// on an 80×24 terminal: the title, the words to read to the caller, what staff do next,
/// and, only where it applies, the unknowns named in a few words.
///
/// The clauses and the full find-out texts are one command away (`:why`, `:find`), so
/// they never push the words to say off the screen.
func outcomeScreen(_ decision: Decision, presentation: Presentation) -> [String] {
  let style = presentation.style
  let width = presentation.width
  var lines = wrapped(decision.outcome.title, width: width).map(style.bold)
  if presentation.showsIDs {
    lines += wrapped("outcome \(decision.outcome.id): \(decision.outcome.clauses.joined(separator: ", "))", width: width, indent: "  ")
      .map(style.dim)
  }
  lines += sayAndNextStepsLines(decision, headings: ("Say to the caller:", "Then:"), width: width, style: style)
  if !decision.stillToFindOut.isEmpty {
    lines.append("")
    let unknowns = decision.stillToFindOut.map(\.label).joined(separator: " \u{00B7} ")
    lines += wrapped(style.bold("Still to find out:") + " \(unknowns) (:find says how)", width: width, indent: "  ")
  }
  return lines
}

/// The outcome in full, for reading from the top (`decide`): the title and its id, the
/// words to say, next steps, what is still to find out and how, and the clauses behind
/// it with their summaries.
func decisionLines(_ decision: Decision, width: Int, style: TextStyle) -> [String] {
  let outcome = decision.outcome
  var lines = wrapped(outcome.title, width: width).map(style.bold)
  lines += wrapped("outcome: \(outcome.id); clauses: \(outcome.clauses.joined(separator: ", "))", width: width, indent: "  ").map(style.dim)
  lines += sayAndNextStepsLines(decision, headings: ("Say to the caller", "Next steps"), width: width, style: style)
  if !decision.stillToFindOut.isEmpty {
    lines.append("")
    lines.append(style.bold("Still to find out"))
    lines += findOutLines(decision.stillToFindOut, width: width, style: style)
  }
  lines.append("")
  lines.append(style.bold("Policy clauses"))
  lines += clauseLines(decision.clauses, width: width, style: style, showingIDs: true)
  return lines
}

/// The words to read to the caller, then what staff do next, each under its heading and
/// after a blank line.
private func sayAndNextStepsLines(
  _ decision: Decision, headings: (say: String, nextSteps: String), width: Int, style: TextStyle
) -> [String] {
  var lines = ["", style.bold(headings.say)]
  lines += wrapped(decision.say, width: width, firstIndent: "  ", indent: "  ")
  if !decision.nextSteps.isEmpty {
    lines.append("")
    lines.append(style.bold(headings.nextSteps))
    for step in decision.nextSteps {
      lines += wrapped(step, width: width, firstIndent: "  - ", indent: "    ")
    }
  }
  return lines
}

/// Each unknown by its label, the question to ask, and how to find it out.
func findOutLines(_ questions: [Question], width: Int, style: TextStyle) -> [String] {
  questions.flatMap { question in
    wrapped(
      style.bold(question.label) + " Ask: \u{201C}\(question.prompt)\u{201D} " + question.findOut, width: width, firstIndent: "  - ",
      indent: "    ")
  }
}

/// The clauses behind an outcome or a question, each with where it comes from (and its id,
/// for maintainers) and its summary.
func clauseLines(_ clauses: [Clause], width: Int, style: TextStyle, showingIDs: Bool) -> [String] {
  var lines: [String] = []
  for clause in clauses {
    let place = showingIDs ? style.cyan(clause.id) + " " + style.dim("(\(clause.source))") : style.cyan(clause.source)
    lines += wrapped(place, width: width, firstIndent: "  ", indent: "    ")
    lines += wrapped(clause.summary, width: width, firstIndent: "    ", indent: "    ")
  }
  return lines
}
