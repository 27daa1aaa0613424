import Guidance
import PolicyEngine

/// What a focused course practises: one outcome, or one clause of the policy.
public enum CourseFocus: Sendable, Hashable {
  case outcome(Outcome)
  case clause(Clause)

  /// The focus typed after `--focus`: an outcome's id, its title or the beginning of its
  /// title, or a clause's id, in any case.
  ///
  /// - Throws: `CourseFocusProblem` when it names nothing in the policy, or several outcomes.
  public init(resolving typed: String, in policy: Policy) throws(CourseFocusProblem) {
    let text = normalizedForMatching(typed)
    guard !text.isEmpty else { throw .empty }
    if let outcome = policy.outcomes.first(where: { normalizedForMatching($0.id) == text }) {
      self = .outcome(outcome)
    } else if let clause = policy.clauses.first(where: { normalizedForMatching($0.id) == text }) {
      self = .clause(clause)
    } else {
      let matches = outcomes(matching: typed, in: policy.outcomes)
      switch matches.count {
      case 1: self = .outcome(matches[0])
      case 0:
        let ids = policy.outcomes.map(\.id) + policy.clauses.map(\.id)
        throw .unknown(quotedInput(typed), nearest: nearestWord(to: typed, in: ids))
      default: throw .ambiguous(quotedInput(typed), titles: matches.map(\.title))
      }
    }
  }

  /// The focus's id in the policy, for results files.
  var id: String {
    switch self {
    case .outcome(let outcome): return outcome.id
    case .clause(let clause): return clause.id
    }
  }

  /// "the outcome “Not routinely available…”" or "clause mdt-review-referral".
  var name: String {
    switch self {
    case .outcome(let outcome): return "the outcome \u{201C}\(outcome.title)\u{201D}"
    case .clause(let clause): return "clause \(clause.id) (\(clause.source))"
    }
  }

  /// Whether a scenario practises the focus: it reaches the outcome, or an outcome that
  /// rests on the clause. A clause no outcome rests on is practised by the scenarios that
  /// ask a question it makes matter.
  func includes(_ scenario: Scenario, in policy: Policy) -> Bool {
    switch self {
    case .outcome(let outcome):
      return scenario.outcome == outcome.id
    case .clause(let clause):
      if policy.outcomes.contains(where: { $0.clauses.contains(clause.id) }) {
        return policy.outcome(scenario.outcome)?.clauses.contains(clause.id) ?? false
      }
      return scenario.steps.contains { policy.question($0.question)?.clauses.contains(clause.id) ?? false }
    }
  }
}

/// Why `--focus` names nothing to practise.
public enum CourseFocusProblem: Error, Sendable, Hashable, CustomStringConvertible {
  case empty
  /// Neither an outcome nor a clause; the id nearest to it, if one is near.
  case unknown(String, nearest: String?)
  /// The beginning of several outcomes' titles.
  case ambiguous(String, titles: [String])

  public var description: String {
    let advice = "give an outcome's id or the beginning of its title, or a clause's id"
    switch self {
    case .empty:
      return "--focus is empty; \(advice)"
    case .unknown(let typed, let nearest):
      let suggestion = nearest.map { "; did you mean '\($0)'?" } ?? ""
      return "--focus: \u{201C}\(typed)\u{201D} is neither an outcome nor a clause of the policy\(suggestion) (\(advice))"
    case .ambiguous(let typed, let titles):
      let listed = titles.map { "\u{201C}\($0)\u{201D}" }.joined(separator: ", ")
      return "--focus: \u{201C}\(typed)\u{201D} begins the titles of \(titles.count) outcomes: \(listed); type more of the title, or the outcome's id"
    }
  }
}

/// The outcomes typed text stands for: the one whose id or title it is, else those whose
/// title begins with it, else those whose id begins with it; empty when none.
func outcomes(matching typed: String, in outcomes: [Outcome]) -> [Outcome] {
  let text = normalizedForMatching(typed)
  guard !text.isEmpty else { return [] }
  if let exact = outcomes.first(where: { normalizedForMatching($0.id) == text || normalizedForMatching($0.title) == text }) {
    return [exact]
  }
  let byTitle = outcomes.filter { normalizedForMatching($0.title).hasPrefix(text) }
  if !byTitle.isEmpty { return byTitle }
  return outcomes.filter { normalizedForMatching($0.id).hasPrefix(text) }
}
