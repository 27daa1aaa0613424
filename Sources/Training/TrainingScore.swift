import Guidance
import PolicyEngine

/// A trainee's score over the exercises marked so far, and the clauses they got wrong most.
struct TrainingScore: Sendable, Hashable {
  let policy: Policy
  /// How many exercises the course has.
  let plannedCount: Int
  /// The seed that gives the same course again.
  let seed: UInt64
  let markings: [Marking]

  init(policy: Policy, plannedCount: Int, seed: UInt64, markings: [Marking]) {
    self.policy = policy
    self.plannedCount = plannedCount
    self.seed = seed
    self.markings = markings
  }

  /// Exercises in which every answer matched the story.
  var answersRight: Int { markings.filter(\.answersRight).count }
  /// Exercises in which the trainee expected the right outcome.
  var predictionsRight: Int { markings.filter(\.predictionRight).count }
  /// Answers given in all, and how many matched their story.
  var answerCount: Int { markings.reduce(0) { $0 + $1.answerCount } }
  var matchingAnswerCount: Int { markings.reduce(0) { $0 + $1.matchingAnswerCount } }

  /// The clauses missed, most often first (ties in the policy's order), with how many
  /// exercises missed each.
  var clausesToRevisit: [(clause: Clause, count: Int)] {
    var counts: [String: Int] = [:]
    for marking in markings {
      for id in marking.clausesToRevisit(in: policy) { counts[id, default: 0] += 1 }
    }
    let order = Dictionary(policy.clauses.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    return counts.compactMap { id, count in policy.clause(id).map { ($0, count) } }
      .sorted { ($1.count, order[$0.clause.id] ?? .max) < ($0.count, order[$1.clause.id] ?? .max) }
  }

  /// The outcomes the marked exercises practised, in the policy's order.
  var outcomesCovered: [Outcome] {
    let practised = Set(markings.map(\.rightOutcome.id))
    return policy.outcomes.filter { practised.contains($0.id) }
  }

  /// The clauses those outcomes rest on, in the policy's order.
  var clausesCovered: [Clause] {
    let cited = Set(outcomesCovered.flatMap(\.clauses))
    return policy.clauses.filter { cited.contains($0.id) }
  }

  /// What the exercises marked covered of the policy: its outcomes and their clauses, and
  /// the clauses left out.
  func coverageLines(presentation: Presentation) -> [String] {
    let width = presentation.width
    let clauses = clausesCovered
    var lines = wrapped(
      "Covered: \(outcomesCovered.count) of the policy's \(counted(policy.outcomes.count, "outcome")), and \(clauses.count) of its "
        + "\(counted(policy.clauses.count, "clause")).",
      width: width, firstIndent: "  ", indent: "    ")
    let missing = policy.clauses.filter { !clauses.contains($0) }.map(\.id)
    if !missing.isEmpty, missing.count <= 6 {
      lines += wrapped("Clauses not covered: \(missing.joined(separator: ", ")).", width: width, firstIndent: "  ", indent: "    ")
    }
    return lines
  }

  /// The score as shown at the end of a course, or when it is stopped early.
  public func lines(presentation: Presentation, limit: Int = 3) -> [String] {
    let style = presentation.style
    let width = presentation.width
    let done = markings.count
    var lines: [String] = []
    if done == plannedCount {
      lines.append(style.bold("Course finished: \(counted(done, "exercise")) done."))
    } else {
      lines.append(style.bold("Course stopped after \(done) of \(counted(plannedCount, "exercise"))."))
    }
    guard done > 0 else {
      lines += wrapped("Nothing was marked, so there is no score yet.", width: width)
      return lines + repeatLines(presentation)
    }
    lines += wrapped(
      "Answers right: \(answersRight) of \(done) (\(matchingAnswerCount) of \(counted(answerCount, "answer")) matched the stories).",
      width: width, firstIndent: "  ", indent: "    ")
    lines += wrapped("Predictions right: \(predictionsRight) of \(done).", width: width, firstIndent: "  ", indent: "    ")
    lines += coverageLines(presentation: presentation)
    let revisit = clausesToRevisit.prefix(limit)
    if revisit.isEmpty {
      lines += wrapped("Every answer and every prediction was right: nothing to revisit.", width: width, firstIndent: "  ", indent: "    ")
    } else {
      lines.append("")
      lines.append(style.bold("Clauses to revisit"))
      for (clause, count) in revisit {
        lines.append("  " + style.cyan(clause.id) + style.dim(" (\(clause.source)); missed in \(counted(count, "exercise"))"))
        lines += wrapped(clause.summary, width: width, firstIndent: "    ", indent: "    ")
      }
    }
    return lines + repeatLines(presentation)
  }

  private func repeatLines(_ presentation: Presentation) -> [String] {
    wrapped("To practise the same exercises again, give --seed \(seed) --count \(plannedCount).", width: presentation.width)
      .map(presentation.style.dim)
  }
}
