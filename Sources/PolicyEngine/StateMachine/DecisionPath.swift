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

/// An edge of the machine: the answers to a state's question that lead to one next state.
public struct MachineEdge: Sendable, Hashable {
  /// Answer indices, in order.
  public var answers: [Int]
  public var next: Int

  public init(answers: [Int], next: Int) {
    self.answers = answers
    self.next = next
  }
}

/// Each next state with the answers that lead to it, in the order of their first answer.
func groupedEdges(_ next: [Int]) -> [MachineEdge] {
  var order: [Int] = []
  var grouped: [Int: [Int]] = [:]
  for (answer, target) in next.enumerated() {
    if grouped[target] == nil { order.append(target) }
    grouped[target, default: []].append(answer)
  }
  return order.map { MachineEdge(answers: grouped[$0]!, next: $0) }
}

/// How big a machine is: its states and its distinct paths to an outcome, counted
/// without listing the paths. When counting stopped at a limit, both are lower bounds.
public struct MachineSize: Sendable, Hashable {
  public var states: Int
  public var paths: Double
  /// Whether every state was reached; when not, the numbers are lower bounds.
  public var isComplete: Bool

  public init(states: Int, paths: Double, isComplete: Bool) {
    self.states = states
    self.paths = paths
    self.isComplete = isComplete
  }

  /// `47 states, 69 paths`, or `more than 10000 states, more than 123456 paths`.
  public var description: String {
    let more = isComplete ? "" : "more than "
    let pathCount = paths < 1e15 ? String(Int64(paths)) : "\(paths)"
    return "\(more)\(states) state\(states == 1 && isComplete ? "" : "s"), \(more)\(pathCount) path\(paths == 1 && isComplete ? "" : "s")"
  }
}

extension StateMachine {
  /// The most states whose answers are followed before counting stops and reports lower
  /// bounds: enough for any policy written by hand, and quick for any policy at all.
  public static let countingLimit = 2_000

  /// The edges leaving a state: each next state with the answers that lead to it, in
  /// the order of their first answer.
  public func edges(from state: Int) -> [MachineEdge] {
    guard case .asking(let question) = self[state] else { return [] }
    return groupedEdges(policy.questions[question].answers.indices.map { next(from: state, answer: $0) })
  }

  /// How many states and distinct paths to an outcome the machine has, counted by
  /// walking at most `limit` states; lower bounds when there are more.
  public func size(exploringAtMost limit: Int = countingLimit) -> MachineSize {
    var paths: [Int: Double] = [:]
    var seen: Set<Int> = [Self.start]
    var expanded = 0
    var complete = true
    func count(_ state: Int) -> Double {
      if let known = paths[state] { return known }
      let result: Double
      if case .decided = self[state] {
        result = 1
      } else if expanded >= limit {
        complete = false
        result = 1
      } else {
        expanded += 1
        var sum = 0.0
        for edge in edges(from: state) {
          seen.insert(edge.next)
          sum += count(edge.next)
        }
        result = sum
      }
      paths[state] = result
      return result
    }
    let total = count(Self.start)
    return MachineSize(states: seen.count, paths: total, isComplete: complete)
  }

  /// Distinct paths from the start to an outcome, at most `limit` of them, in the order
  /// of the answers.
  public func paths(limit: Int = .max) -> [DecisionPath] {
    var result: [DecisionPath] = []
    var steps: [DecisionPath.Step] = []
    func walk(_ state: Int) {
      guard result.count < limit else { return }
      switch self[state] {
      case .decided(let outcome):
        result.append(DecisionPath(steps: steps, outcome: policy.outcomes[outcome].id))
      case .asking(let question):
        let asked = policy.questions[question]
        for edge in edges(from: state) {
          steps.append(DecisionPath.Step(question: asked.id, answers: edge.answers.map { asked.answers[$0].id }))
          walk(edge.next)
          steps.removeLast()
        }
      }
    }
    walk(Self.start)
    return result
  }

  /// The whole machine numbered in a fixed order (the start 0, then each state as it is
  /// first met, following the most recently found state's answers first), or nil when it
  /// has more than `limit` states.
  public func layout(limit: Int) -> MachineLayout? {
    var number: [Int: Int] = [:]
    var order: [Int] = []
    var pending: [Int] = []
    func intern(_ state: Int) -> Int {
      if let known = number[state] { return known }
      number[state] = order.count
      order.append(state)
      pending.append(state)
      return order.count - 1
    }
    _ = intern(Self.start)
    var next: [Int: [Int]] = [:]
    while let state = pending.popLast() {
      guard order.count <= limit else { return nil }
      guard case .asking(let question) = self[state] else { continue }
      next[number[state]!] = policy.questions[question].answers.indices.map { intern(self.next(from: state, answer: $0)) }
    }
    return MachineLayout(states: order.map { self[$0] }, next: order.indices.map { next[$0] ?? [] })
  }
}

/// The whole state machine, numbered for drawing.
public struct MachineLayout: Sendable, Hashable {
  /// What each state shows; state 0 is the start.
  public let states: [StateMachine.State]
  /// For each state that asks, the state after each answer; empty for outcomes.
  public let next: [[Int]]

  /// The edges leaving a state, each next state with the answers that lead to it.
  public func edges(from state: Int) -> [MachineEdge] { groupedEdges(next[state]) }
}
