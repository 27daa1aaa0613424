/// Where a call ends: at an outcome, with the clauses it rests on, or at a question that
/// was not answered.
public enum CallEnd: Sendable, Hashable, CustomStringConvertible {
  case outcome(String, clauses: [String])
  case question(String)

  /// The outcome id, or `stops at <question>`.
  public var description: String {
    switch self {
    case .outcome(let outcome, _): return outcome
    case .question(let question): return "stops at \(question)"
    }
  }

  /// The outcome id, without its clauses, or the question.
  var place: CallEnd {
    if case .outcome(let outcome, _) = self { return .outcome(outcome, clauses: []) }
    return self
  }
}
