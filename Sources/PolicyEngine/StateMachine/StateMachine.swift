/// The policy as a state machine: each state asks one question, with a next state for
/// each answer, or is an outcome.
///
/// Questions come in the policy's order, skipping any whose answer can no longer
/// change the outcome, except those marked as always asked. Two partial sessions
/// whose remaining possibilities are the same share a state, so the machine is as
/// small as the policy allows. The same answers always take the same path.
///
/// The machine is built as calls go: a state is computed the first time a walk reaches
/// it, from what remains of the rules, and kept, so a policy of any size starts at once
/// and each answer costs only the state it leads to. State 0 is the start; the other
/// numbers are given in the order states are first reached. `layout(limit:)` numbers
/// the whole machine in a fixed order, for drawing it.
public struct StateMachine: Sendable {
  /// What a state shows.
  public enum State: Sendable, Hashable {
    /// Ask the question at this index; `next(from:answer:)` gives the state after each answer.
    case asking(question: Int)
    /// The outcome at this index is decided.
    case decided(outcome: Int)
  }

  /// The state every session starts in.
  public static let start = 0

  public let policy: Policy
  let logic: PolicyLogic
  private let questionIndex: [String: Int]
  private let store: Guarded<MachineStates>

  /// The machine of a policy that passed its check.
  ///
  /// - Throws: `PolicyRejected` when the policy has errors.
  public init(_ check: PolicyCheck) throws(PolicyRejected) {
    guard !check.hasErrors else { throw PolicyRejected(defects: check.defects.filter { $0.severity == .error }) }
    policy = check.policy
    logic = check.logic
    questionIndex = Dictionary(policy.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    store = Guarded(MachineStates(policy: check.policy, logic: check.logic))
  }

  /// Checks a policy and builds its machine.
  public init(checking policy: Policy) throws(PolicyRejected) {
    try self.init(PolicyCheck(policy))
  }

  /// The index of the question with the given id.
  public func questionIndex(of id: String) -> Int? { questionIndex[id] }

  /// What a state shows: a question to ask, or the outcome decided.
  public subscript(state: Int) -> State {
    store.withLock { $0.infos[state].shown }
  }

  /// The state after answering the question a state asks with the answer at index
  /// `answer`; a decided state stays where it is.
  public func next(from state: Int, answer: Int) -> Int {
    store.withLock { $0.next(from: state, answer: answer) }
  }

  // MARK: Walking

  /// Where a list of answers leads from the start, or why it cannot be followed.
  public func state(after answers: [GivenAnswer]) -> Result<Int, WalkError> {
    var state = Self.start
    for (position, given) in answers.enumerated() {
      switch self[state] {
      case .decided(let outcome):
        return .failure(.alreadyDecided(position: position, outcome: policy.outcomes[outcome].id))
      case .asking(let question):
        let expected = policy.questions[question]
        guard expected.id == given.question else {
          return .failure(.unexpectedQuestion(position: position, expected: expected.id, found: given.question))
        }
        guard let index = expected.answers.firstIndex(where: { $0.id == given.answer }) else {
          return .failure(.unknownAnswer(position: position, question: expected.id, answer: given.answer))
        }
        state = next(from: state, answer: index)
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
    switch self[state] {
    case .asking(let question):
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
    return answers.compactMap { given in
      guard let question = questionIndex[given.question], policy.questions[question].answer(given.answer)?.isUnsure == true
      else { return nil }
      let matters = store.withLock { $0.outcomeDepends(on: question, given: assignment) }
      return matters ? policy.questions[question] : nil
    }
  }

  /// The outcomes still reachable from a state, in the policy's order.
  public func reachableOutcomes(from state: Int) -> [Outcome] {
    store.withLock { $0.infos[state].possible }.map { policy.outcomes[$0] }
  }

  /// Walks a situation given all at once: the answers to the questions the path asks are
  /// used in order, and the rest are returned as unused.
  ///
  /// - Parameter situation: answer ids by question id; every id must exist.
  public func decide(_ situation: [String: String]) -> Situation {
    var used: [GivenAnswer] = []
    var state = Self.start
    while case .asking(let question) = self[state] {
      let asked = policy.questions[question]
      guard let answerID = situation[asked.id], let answer = asked.answers.firstIndex(where: { $0.id == answerID }) else {
        break
      }
      used.append(GivenAnswer(question: asked.id, answer: answerID))
      state = next(from: state, answer: answer)
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

