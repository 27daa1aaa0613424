/// A guided session: the answers given so far, walked through a state machine.
///
/// The state of a session is its ordered list of answers; undo drops the last one.
public struct Session: Sendable {
  public let machine: StateMachine
  /// The answers given so far, in order.
  public private(set) var answers: [GivenAnswer] = []
  /// The state after each answer; `states[0]` is the start.
  private var states: [Int] = [StateMachine.start]

  public init(machine: StateMachine) {
    self.machine = machine
  }

  /// The machine state the session is in.
  public var state: Int { states[states.count - 1] }

  /// The question to ask next, or the decision.
  public var step: Step { machine.step(at: state, answers: answers) }

  /// The question to ask next, or nil once the outcome is decided.
  public var currentQuestion: Question? {
    if case .asking(let question) = machine[state] { return machine.policy.questions[question] }
    return nil
  }

  /// Whether the outcome is decided.
  public var isDecided: Bool { currentQuestion == nil }

  /// Answers the current question.
  ///
  /// - Throws: `SessionError` when the outcome is already decided or the question has no such answer.
  public mutating func answer(_ answerID: String) throws(SessionError) {
    guard case .asking(let question) = machine[state] else { throw .alreadyDecided }
    let asked = machine.policy.questions[question]
    guard let index = asked.answers.firstIndex(where: { $0.id == answerID }) else {
      throw .unknownAnswer(question: asked.id, answer: answerID)
    }
    answers.append(GivenAnswer(question: asked.id, answer: answerID))
    states.append(machine.next(from: state, answer: index))
  }

  /// Takes back the last answer, returning it; nil when there is none.
  @discardableResult
  public mutating func undo() -> GivenAnswer? {
    guard let last = answers.popLast() else { return nil }
    states.removeLast()
    return last
  }

  /// Forgets every answer, for a new caller.
  public mutating func restart() {
    answers.removeAll()
    states = [StateMachine.start]
  }

  /// Goes back to an earlier question to change its answer: that answer and every later
  /// one are taken back, and the later ones are returned so that they can be given again
  /// wherever the policy still asks for them. Nil when the question has not been answered.
  public mutating func returnTo(_ questionID: String) -> [GivenAnswer]? {
    guard let position = answers.lastIndex(where: { $0.question == questionID }) else { return nil }
    let later = Array(answers[(position + 1)...])
    answers.removeSubrange(position...)
    states.removeSubrange((position + 1)...)
    return later
  }

  /// The outcomes still possible from here.
  public var possibleOutcomes: [Outcome] { machine.reachableOutcomes(from: state) }

  /// For each answer to the current question, the outcomes still possible after it.
  public var outcomesByAnswer: [(answer: Answer, outcomes: [Outcome])] {
    guard case .asking(let question) = machine[state] else { return [] }
    return machine.policy.questions[question].answers.enumerated().map { index, answer in
      (answer, machine.reachableOutcomes(from: machine.next(from: state, answer: index)))
    }
  }
}

/// Why an answer could not be taken.
public enum SessionError: Error, Sendable, Hashable {
  case alreadyDecided
  case unknownAnswer(question: String, answer: String)
}
