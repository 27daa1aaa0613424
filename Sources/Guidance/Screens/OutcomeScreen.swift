import PolicyEngine

/// Where an outcome screen puts the clauses' summaries.
enum ClausePlacement: Sendable {
  /// After the guidance, for reading from the top (`decide`).
  case last
  /// Before the guidance, so that on a small terminal the last lines on screen, above
  /// the prompt, are what to tell the caller (the guided session).
  case first
}

/// The outcome screen: the title, what to tell the caller, next steps, anything still
/// to find out, and the clauses behind it with their summaries.
func decisionLines(_ decision: Decision, width: Int, style: TextStyle, clauses placement: ClausePlacement = .last) -> [String] {
  let outcome = decision.outcome
  var guidance: [String] = []
  guidance += wrapped(outcome.title, width: width).map(style.bold)
  guidance += wrapped("outcome: \(outcome.id); clauses: \(outcome.clauses.joined(separator: ", "))", width: width, indent: "  ").map(style.dim)
  guidance.append("")
  guidance.append(style.bold("What to tell the caller"))
  guidance += wrapped(outcome.say, width: width, firstIndent: "  ", indent: "  ")
  for variant in decision.variants {
    guidance += wrapped(variant, width: width, firstIndent: "  ", indent: "  ")
  }
  if !outcome.nextSteps.isEmpty {
    guidance.append("")
    guidance.append(style.bold("Next steps"))
    for step in outcome.nextSteps {
      guidance += wrapped(step, width: width, firstIndent: "  - ", indent: "    ")
    }
  }
  if !decision.stillToFindOut.isEmpty {
    guidance.append("")
    guidance.append(style.bold("Still to find out"))
    for question in decision.stillToFindOut {
      guidance += wrapped("\(question.prompt) \(question.findOut)", width: width, firstIndent: "  - ", indent: "    ")
    }
  }

  var clauses = [style.bold("Policy clauses")]
  for clause in decision.clauses {
    clauses += wrapped(style.cyan(clause.id) + " " + style.dim("(\(clause.source))"), width: width, firstIndent: "  ", indent: "    ")
    clauses += wrapped(clause.summary, width: width, firstIndent: "    ", indent: "    ")
  }

  switch placement {
  case .last: return guidance + [""] + clauses
  case .first: return clauses + ["", style.dim(String(repeating: "\u{2500}", count: min(width, 60)))] + guidance
  }
}
