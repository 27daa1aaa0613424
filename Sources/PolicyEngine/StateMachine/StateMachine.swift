/// The policy compiled into a state machine: each state asks one question, with a
/// next state for each answer, or is an outcome.
///
/// Questions come in the policy's order, skipping any whose answer can no longer
/// change the outcome, except those marked as always asked. Two partial sessions
/// whose remaining possibilities are the same share a state, so the machine is as
/// small as the policy allows. The same answers always take the same path.
public struct StateMachine: Sendable {
  /// A state of the machine.
  public enum State: Sendable, Hashable {
    /// Ask a question; `next[i]` is the state after its answer at index `i`.
    case asking(question: Int, next: [Int])
    /// The outcome at this index is decided.
    case decided(outcome: Int)
  }

  /// The most states built before giving up on a policy too large to walk.
  public static let maximumStateCount = 200_000

  public let policy: Policy
  /// Every state; the session starts in state 0.
  public let states: [State]
  let logic: PolicyLogic
  private let questionIndex: [String: Int]

  /// Builds the machine of a policy that passed its check.
  ///
  /// - Throws: `PolicyRejected` when the policy has errors, or when it has more states
  ///   than `maximumStateCount`.
  public init(_ check: PolicyCheck) throws(PolicyRejected) {
    guard !check.hasErrors else { throw PolicyRejected(defects: check.defects.filter { $0.severity == .error }) }
    policy = check.policy
    logic = check.logic
    questionIndex = Dictionary(policy.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    var builder = Builder(policy: policy, diagram: logic.diagram)
    guard let states = builder.build(regions: logic.regions) else {
      throw PolicyRejected(reason: "the policy has more than \(Self.maximumStateCount) states, too many to walk")
    }
    self.states = states
  }

  /// Checks a policy and builds its machine.
  public init(checking policy: Policy) throws(PolicyRejected) {
    try self.init(PolicyCheck(policy))
  }

  /// The index of the question with the given id.
  public func questionIndex(of id: String) -> Int? { questionIndex[id] }

  // MARK: Walking

  /// Where a list of answers leads from the start, or why it cannot be followed.
  public func state(after answers: [GivenAnswer]) -> Result<Int, WalkError> {
    var state = 0
    for (position, given) in answers.enumerated() {
      switch states[state] {
      case .decided(let outcome):
        return .failure(.alreadyDecided(position: position, outcome: policy.outcomes[outcome].id))
      case .asking(let question, let next):
        let expected = policy.questions[question]
        guard expected.id == given.question else {
          return .failure(.unexpectedQuestion(position: position, expected: expected.id, found: given.question))
        }
        guard let index = expected.answers.firstIndex(where: { $0.id == given.answer }) else {
          return .failure(.unknownAnswer(position: position, question: expected.id, answer: given.answer))
        }
        state = next[index]
      }
    }
    return .success(state)
  }

  /// What comes after a list of answers that the machine asked for, in order.
  public func step(after answers: [GivenAnswer]) -> Result<Step, WalkError> {
    state(after: answers).map { step(at: $0, answers: answers) }
  }

  /// What a state shows: its question, or the decision with everything that goes with it.
  public func step(at state: Int, answers: [GivenAnswer]) -> Step {
    switch states[state] {
    case .asking(let question, _):
      return .ask(policy.questions[question])
    case .decided(let outcome):
      return .decided(decision(outcome: outcome, answers: answers))
    }
  }

  private func decision(outcome index: Int, answers: [GivenAnswer]) -> Decision {
    let outcome = policy.outcomes[index]
    return Decision(
      outcome: outcome,
      clauses: outcome.clauses.compactMap(policy.clause),
      say: policy.words(outcome.say, answers: answers),
      nextSteps: outcome.nextSteps.map { policy.fillingAnswers(in: $0, answers: answers) },
      stillToFindOut: unknownsThatMatter(in: answers),
      answers: answers)
  }

  /// The questions answered "unsure" whose real answer could still change the outcome,
  /// the other answers staying as they are.
  public func unknownsThatMatter(in answers: [GivenAnswer]) -> [Question] {
    var assignment = [Int?](repeating: nil, count: policy.questions.count)
    for given in answers {
      guard let question = questionIndex[given.question],
        let answer = policy.questions[question].answers.firstIndex(where: { $0.id == given.answer })
      else { continue }
      assignment[question] = answer
    }
    var diagram = logic.diagram
    var result: [Question] = []
    for given in answers {
      guard let question = questionIndex[given.question], policy.questions[question].answer(given.answer)?.isUnsure == true
      else { continue }
      var others = assignment
      others[question] = nil
      let matters = logic.regions.contains { region in
        let rest = diagram.restricting(region, to: others)
        return rest != DecisionDiagram.empty && diagram.support(of: rest).contains(question)
      }
      if matters { result.append(policy.questions[question]) }
    }
    return result
  }

  /// The outcomes still reachable from a state, in the policy's order.
  public func reachableOutcomes(from state: Int) -> [Outcome] {
    var seen = Set<Int>()
    var found = Set<Int>()
    var stack = [state]
    while let next = stack.popLast() {
      guard seen.insert(next).inserted else { continue }
      switch states[next] {
      case .decided(let outcome): found.insert(outcome)
      case .asking(_, let following): stack.append(contentsOf: following)
      }
    }
    return found.sorted().map { policy.outcomes[$0] }
  }

  /// Walks a situation given all at once: the answers to the questions the path asks are
  /// used in order, and the rest are returned as unused.
  ///
  /// - Parameter situation: answer ids by question id; every id must exist.
  public func decide(_ situation: [String: String]) -> Situation {
    var used: [GivenAnswer] = []
    var state = 0
    while case .asking(let question, let next) = states[state] {
      let asked = policy.questions[question]
      guard let answerID = situation[asked.id], let answer = asked.answers.firstIndex(where: { $0.id == answerID }) else {
        break
      }
      used.append(GivenAnswer(question: asked.id, answer: answerID))
      state = next[answer]
    }
    let usedQuestions = Set(used.map(\.question))
    let unused = policy.questions.compactMap { question in
      situation[question.id].flatMap { usedQuestions.contains(question.id) ? nil : GivenAnswer(question: question.id, answer: $0) }
    }
    return Situation(step: step(at: state, answers: used), state: state, used: used, unused: unused)
  }
}

/// Why a list of answers cannot be walked through the machine.
public enum WalkError: Error, Sendable, Hashable {
  /// The machine asks `expected` at this position, but the answer is to `found`.
  case unexpectedQuestion(position: Int, expected: String, found: String)
  /// The question has no such answer.
  case unknownAnswer(position: Int, question: String, answer: String)
  /// The outcome was decided before this answer.
  case alreadyDecided(position: Int, outcome: String)
}

/// A policy that cannot be run, with why.
public struct PolicyRejected: Error, Sendable {
  public var defects: [PolicyDefect]
  public var reason: String?

  init(defects: [PolicyDefect] = [], reason: String? = nil) {
    self.defects = defects
    self.reason = reason
  }
}

/// One answer given in a session.
public struct GivenAnswer: Sendable, Hashable {
  public var question: String
  public var answer: String

  public init(question: String, answer: String) {
    self.question = question
    self.answer = answer
  }
}

/// What the engine needs or has decided.
public enum Step: Sendable, Hashable {
  case ask(Question)
  case decided(Decision)
}

/// A decided outcome, with everything staff need to tell the caller.
public struct Decision: Sendable, Hashable {
  public var outcome: Outcome
  /// The clauses the outcome rests on.
  public var clauses: [Clause]
  /// The words to read to this caller, with the answers they name filled in.
  public var say: String
  /// What staff do next, with the answers they name filled in.
  public var nextSteps: [String]
  /// Questions answered "unsure" whose real answer could change the outcome.
  public var stillToFindOut: [Question]
  /// The answers that led here, in order.
  public var answers: [GivenAnswer]
}

/// A situation given all at once, walked as far as its answers go.
public struct Situation: Sendable, Hashable {
  /// The outcome, or the next question the engine needs.
  public var step: Step
  /// The state reached.
  public var state: Int
  /// The answers the path used, in the order it asked for them.
  public var used: [GivenAnswer]
  /// Answers given to questions the path never asked.
  public var unused: [GivenAnswer]
}

/// Builds the states of a machine by following every answer from the start, merging
/// partial sessions whose remaining possibilities are the same.
private struct Builder {
  typealias Node = DecisionDiagram.Node

  struct Key: Hashable {
    var residuals: [Node]
    var answeredAlways: [Bool]
  }

  let policy: Policy
  var diagram: DecisionDiagram
  var ids: [Key: Int] = [:]
  var states: [StateMachine.State?] = []
  var pending: [Key] = []

  init(policy: Policy, diagram: DecisionDiagram) {
    self.policy = policy
    self.diagram = diagram
  }

  mutating func build(regions: [Node]) -> [StateMachine.State]? {
    _ = intern(Key(residuals: regions, answeredAlways: policy.questions.map { _ in false }))
    while let key = pending.popLast() {
      guard states.count <= StateMachine.maximumStateCount else { return nil }
      let id = ids[key]!
      states[id] = state(for: key)
    }
    return states.map { $0! }
  }

  mutating func intern(_ key: Key) -> Int {
    if let id = ids[key] { return id }
    let id = states.count
    ids[key] = id
    states.append(nil)
    pending.append(key)
    return id
  }

  mutating func state(for key: Key) -> StateMachine.State {
    let live = key.residuals.indices.filter { key.residuals[$0] != DecisionDiagram.empty }
    let unansweredAlways = policy.questions.indices.filter { policy.questions[$0].isAlwaysAsked && !key.answeredAlways[$0] }
    if live.count == 1, unansweredAlways.isEmpty { return .decided(outcome: live[0]) }
    var candidates = Set(unansweredAlways)
    for outcome in live { candidates.formUnion(diagram.support(of: key.residuals[outcome])) }
    // A checked policy decides every combination, so something is always left to ask.
    let question = candidates.min()!
    var next: [Int] = []
    for answer in policy.questions[question].answers.indices {
      var assignment = [Int?](repeating: nil, count: policy.questions.count)
      assignment[question] = answer
      var answered = key.answeredAlways
      if policy.questions[question].isAlwaysAsked { answered[question] = true }
      let residuals = key.residuals.map { diagram.restricting($0, to: assignment) }
      next.append(intern(Key(residuals: residuals, answeredAlways: answered)))
    }
    return .asking(question: question, next: next)
  }
}
