/// Runs a call through a state machine and records it as the guided session would:
/// the question or outcome shown at the start and after every answer, back and restart.
struct CallRecorder {
  let index: MachineIndex
  private(set) var events: [Transcript.Event] = []
  private var states = [0]
  private var answered: [Int] = []

  init(index: MachineIndex) {
    self.index = index
    show()
  }

  /// Answers the question shown; false when another question or an outcome is shown,
  /// or the question has no such answer.
  mutating func answer(_ question: String, _ answer: String) -> Bool {
    let state = states[states.count - 1]
    guard case .asking(let current) = index.shown(state), index.questionIDs[current] == question,
      let choice = index.answerIndex[current][answer]
    else { return false }
    events.append(.answered(question: question, answer: answer))
    answered.append(current)
    states.append(index.next(state, answer: choice))
    show()
    return true
  }

  /// Takes back the last answer; false when there is none.
  mutating func back() -> Bool {
    guard let last = answered.popLast() else { return false }
    states.removeLast()
    events.append(.back(question: index.questionIDs[last]))
    show()
    return true
  }

  mutating func restart() {
    events.append(.restarted)
    answered.removeAll()
    states = [0]
    show()
  }

  mutating func note(_ text: String) {
    events.append(.note(text))
  }

  /// Whether the outcome is shown.
  var isDecided: Bool {
    if case .decided = index.shown(states[states.count - 1]) { return true }
    return false
  }

  private mutating func show() {
    events.append(index.shownEvents[states[states.count - 1]])
  }
}
