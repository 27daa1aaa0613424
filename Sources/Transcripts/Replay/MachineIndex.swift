import PolicyEngine

/// A state machine's ids, prompts and clauses in arrays, so that replaying many
/// transcripts looks each up once instead of searching the policy.
struct MachineIndex: Sendable {
  /// What a state shows: a question (by index) or a decided outcome (by index).
  enum Shown: Hashable {
    case asking(Int)
    case decided(Int)
  }

  let machine: StateMachine
  let questionIDs: [String]
  let prompts: [String]
  let answerIDs: [[String]]
  let answerIndex: [[String: Int]]
  let outcomeIDs: [String]
  let outcomeClauses: [[String]]
  private let questionEvents: [Transcript.Event]
  private let outcomeEvents: [Transcript.Event]

  init(_ machine: StateMachine) {
    self.machine = machine
    let policy = machine.policy
    questionIDs = policy.questions.map(\.id)
    prompts = policy.questions.map(\.prompt)
    answerIDs = policy.questions.map { $0.answers.map(\.id) }
    answerIndex = answerIDs.map { ids in Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first }) }
    outcomeIDs = policy.outcomes.map(\.id)
    outcomeClauses = policy.outcomes.map(\.clauses)
    questionEvents = policy.questions.map { Transcript.Event.asked(question: $0.id, prompt: $0.prompt) }
    outcomeEvents = policy.outcomes.map { Transcript.Event.decided(outcome: $0.id, clauses: $0.clauses) }
  }

  func shown(_ state: Int) -> Shown {
    switch machine[state] {
    case .asking(let question): return .asking(question)
    case .decided(let outcome): return .decided(outcome)
    }
  }

  /// The ask or outcome line a state shows.
  func shownEvent(_ state: Int) -> Transcript.Event {
    switch shown(state) {
    case .asking(let question): return questionEvents[question]
    case .decided(let outcome): return outcomeEvents[outcome]
    }
  }

  func next(_ state: Int, answer: Int) -> Int {
    machine.next(from: state, answer: answer)
  }

  /// Where the call ends at a state.
  func callEnd(_ state: Int) -> CallEnd {
    switch shown(state) {
    case .asking(let question): return .question(questionIDs[question])
    case .decided(let outcome): return .outcome(outcomeIDs[outcome], clauses: outcomeClauses[outcome])
    }
  }

  /// "asks sarcoma" or "decides not-routine".
  func doing(_ state: Int) -> String {
    switch shown(state) {
    case .asking(let question): return "asks \(questionIDs[question])"
    case .decided(let outcome): return "decides \(outcomeIDs[outcome])"
    }
  }

  /// The states walked from the start, answering each question the machine asks from
  /// `answers` (question id to answer id), until a question has no usable answer or
  /// the outcome is decided.
  func walk(_ answers: [String: String]) -> [Int] {
    var states = [StateMachine.start]
    while case .asking(let question) = shown(states[states.count - 1]),
      let answer = answers[questionIDs[question]], let index = answerIndex[question][answer]
    {
      states.append(next(states[states.count - 1], answer: index))
    }
    return states
  }
}
