/// One way through the policy: the questions asked, in order, with the answers that
/// take this way, and the outcome at the end.
public struct DecisionPath: Sendable, Hashable {
  /// One question on a path, with every answer to it that leads the same way.
  public struct Step: Sendable, Hashable {
    public var question: String
    public var answers: [String]

    public init(question: String, answers: [String]) {
      self.question = question
      self.answers = answers
    }
  }

  public var steps: [Step]
  public var outcome: String

  public init(steps: [Step], outcome: String) {
    self.steps = steps
    self.outcome = outcome
  }

  /// The path's answers, taking the first answer of each step.
  public var representativeAnswers: [GivenAnswer] {
    steps.map { GivenAnswer(question: $0.question, answer: $0.answers[0]) }
  }
}

extension StateMachine {
  /// The edges leaving a state: each next state with the answers that lead to it, in
  /// the order of their first answer.
  public func edges(from state: Int) -> [(answers: [Int], next: Int)] {
    guard case .asking(_, let next) = states[state] else { return [] }
    var order: [Int] = []
    var grouped: [Int: [Int]] = [:]
    for (answer, target) in next.enumerated() {
      if grouped[target] == nil { order.append(target) }
      grouped[target, default: []].append(answer)
    }
    return order.map { (grouped[$0]!, $0) }
  }

  /// How many distinct paths lead from the start to an outcome.
  public var pathCount: Double {
    var cache: [Int: Double] = [:]
    func count(_ state: Int) -> Double {
      if let known = cache[state] { return known }
      let result: Double
      if case .decided = states[state] { result = 1 } else { result = edges(from: state).reduce(0) { $0 + count($1.next) } }
      cache[state] = result
      return result
    }
    return count(0)
  }

  /// Every distinct path from the start to an outcome, at most `limit` of them, in
  /// the order of the answers.
  public func paths(limit: Int = .max) -> [DecisionPath] {
    var result: [DecisionPath] = []
    var steps: [DecisionPath.Step] = []
    func walk(_ state: Int) {
      guard result.count < limit else { return }
      switch states[state] {
      case .decided(let outcome):
        result.append(DecisionPath(steps: steps, outcome: policy.outcomes[outcome].id))
      case .asking(let question, _):
        let asked = policy.questions[question]
        for edge in edges(from: state) {
          steps.append(DecisionPath.Step(question: asked.id, answers: edge.answers.map { asked.answers[$0].id }))
          walk(edge.next)
          steps.removeLast()
        }
      }
    }
    walk(0)
    return result
  }
}
