import PolicyEngine

/// What `second-opinion decide` prints: the outcome, or the next question the engine
/// needs, then the answers used and those the path never asked for.
public func situationLines(_ situation: Situation, width: Int, style: TextStyle) -> [String] {
  var lines: [String] = []
  switch situation.step {
  case .decided(let decision):
    lines += decisionLines(decision, width: width, style: style)
  case .ask(let question):
    lines.append(style.bold("More answers are needed."))
    lines += wrapped("Next question: \(question.id): \(question.prompt)", width: width)
    lines.append("Answers:")
    for answer in question.answers {
      lines += wrapped(answer.label, width: width, firstIndent: "  \(question.id)=\(answer.id)  ", indent: "      ").map(style.dim)
    }
  }
  lines.append("")
  lines += wrapped(
    "Asked, in order: " + (situation.used.isEmpty ? "none" : situation.used.map { "\($0.question)=\($0.answer)" }.joined(separator: ", ")),
    width: width, indent: "  ")
  if !situation.unused.isEmpty {
    lines += wrapped(
      "Not used (this path never asks): " + situation.unused.map { "\($0.question)=\($0.answer)" }.joined(separator: ", "),
      width: width, indent: "  ")
  }
  return lines
}

/// What `second-opinion decide --json` prints; the shape is documented in the README.
public func situationJSON(_ situation: Situation, policy: Policy) -> JSON {
  func answers(_ list: [GivenAnswer]) -> JSON {
    .array(list.map { .object([("question", .string($0.question)), ("answer", .string($0.answer))]) })
  }
  var members: [(String, JSON)] = [
    (
      "policy",
      .object([("id", .string(policy.identity.id)), ("version", .string(policy.identity.version))])
    )
  ]
  switch situation.step {
  case .decided(let decision):
    let outcome = decision.outcome
    members.append(("status", .string("decided")))
    members.append(
      (
        "outcome",
        .object([
          ("id", .string(outcome.id)),
          ("title", .string(outcome.title)),
          ("say", .string(decision.say)),
          ("next_steps", .array(decision.nextSteps.map(JSON.string))),
          (
            "clauses",
            .array(
              decision.clauses.map {
                .object([("id", .string($0.id)), ("source", .string($0.source)), ("summary", .string($0.summary))])
              })
          ),
        ])
      ))
    members.append(
      (
        "still_to_find_out",
        .array(
          decision.stillToFindOut.map {
            .object([
              ("question", .string($0.id)), ("label", .string($0.label)), ("ask", .string($0.prompt)),
              ("find_out", .string($0.findOut)),
            ])
          })
      ))
  case .ask(let question):
    members.append(("status", .string("needs-answer")))
    members.append(
      (
        "next_question",
        .object([
          ("id", .string(question.id)),
          ("ask", .string(question.prompt)),
          (
            "answers",
            .array(question.answers.map { .object([("id", .string($0.id)), ("label", .string($0.label))]) })
          ),
        ])
      ))
  }
  members.append(("asked", answers(situation.used)))
  members.append(("unused", answers(situation.unused)))
  return .object(members)
}
