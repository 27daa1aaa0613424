import PolicyEngine

/// The outcome screen: the title, what to tell the caller, next steps, anything still
/// to find out, and the clauses behind it with their summaries.
public func decisionLines(_ decision: Decision, width: Int, style: TextStyle) -> [String] {
  let outcome = decision.outcome
  var lines: [String] = []
  lines += wrapped(outcome.title, width: width).map(style.bold)
  lines.append(style.dim("outcome: \(outcome.id)"))
  lines.append("")
  lines.append(style.bold("What to tell the caller"))
  lines += wrapped(outcome.say, width: width, firstIndent: "  ", indent: "  ")
  for variant in decision.variants {
    lines += wrapped(variant, width: width, firstIndent: "  ", indent: "  ")
  }
  if !outcome.nextSteps.isEmpty {
    lines.append("")
    lines.append(style.bold("Next steps"))
    for step in outcome.nextSteps {
      lines += wrapped(step, width: width, firstIndent: "  - ", indent: "    ")
    }
  }
  if !decision.stillToFindOut.isEmpty {
    lines.append("")
    lines.append(style.bold("Still to find out"))
    for question in decision.stillToFindOut {
      lines += wrapped("\(question.prompt) \(question.findOut)", width: width, firstIndent: "  - ", indent: "    ")
    }
  }
  lines.append("")
  lines.append(style.bold("Policy clauses"))
  for clause in decision.clauses {
    lines += wrapped(style.cyan(clause.id) + " " + style.dim("(\(clause.source))"), width: width, firstIndent: "  ", indent: "    ")
    lines += wrapped(clause.summary, width: width, firstIndent: "    ", indent: "    ")
  }
  return lines
}
