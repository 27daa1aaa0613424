import PolicyEngine

/// One pass of a transcript's events through the current policy's machine: the ask and
/// outcome lines are compared with what the machine shows, the answers, backs and
/// restarts are followed.
struct ReplayWalk {
  /// The first difference that fails the replay.
  var failure: ReplayDifference?
  var clauseChanges: [ReplayDifference] = []
  var promptChanges: [ReplayDifference] = []
  /// Where the call's own events cannot be followed, or need an answer it never gave.
  var blocked: (line: Int, reason: String)?
  /// The events as the current policy would record them; filled only when rewriting.
  var rewritten: [Transcript.Event] = []
  /// The states of the live answers, from the start.
  var states = [StateMachine.start]

  private let index: MachineIndex
  private let events: [Transcript.Event]
  private let rewriting: Bool
  /// The questions of the live answers, in order.
  private var answered: [Int] = []

  init(_ transcript: Transcript, index: MachineIndex, rewriting: Bool) {
    self.index = index
    self.events = transcript.events
    self.rewriting = rewriting
    for position in events.indices {
      guard follow(eventAt: position) else { break }
      if failure != nil, !rewriting { break }
    }
  }

  private var state: Int { states[states.count - 1] }

  /// Follows one event; false when the walk cannot go on.
  private mutating func follow(eventAt position: Int) -> Bool {
    let event = events[position]
    let line = Transcript.line(ofEvent: position)
    switch event {
    case .asked(let question, let prompt):
      asked(question, prompt: prompt, event: event, line: line)
    case .decided(let outcome, let clauses):
      return decided(outcome, clauses: clauses, event: event, position: position)
    case .answered(let question, let answer):
      return answered(question, answer: answer, event: event, position: position)
    case .back(let question):
      return back(question, event: event, line: line)
    case .changed(let question):
      return change(question, event: event, line: line)
    case .resumed:
      if rewriting { rewritten.append(event) }
    case .restarted:
      if rewriting { rewritten.append(event) }
      answered.removeAll()
      states = [StateMachine.start]
    case .note:
      if rewriting { rewritten.append(event) }
    }
    return true
  }

  private mutating func asked(_ question: String, prompt: String, event: Transcript.Event, line: Int) {
    let shown = index.shownEvent(state)
    if rewriting { rewritten.append(shown) }
    guard case .asking(let current) = index.shown(state), index.questionIDs[current] == question else {
      fail(line, "expected ask \(question), but the policy now \(index.doing(state))", event, shown.line)
      return
    }
    if index.prompts[current] != prompt {
      promptChanges.append(
        ReplayDifference(line: line, message: "the prompt of \(question) has changed", recorded: event.line, current: shown.line))
    }
  }

  private mutating func decided(_ outcome: String, clauses: [String], event: Transcript.Event, position: Int) -> Bool {
    let line = Transcript.line(ofEvent: position)
    let shown = index.shownEvent(state)
    switch index.shown(state) {
    case .asking(let current):
      fail(line, "expected outcome \(outcome), but the policy now \(index.doing(state))", event, shown.line)
      if rewriting {
        block(line, Self.unanswered(index.questionIDs[current], events: events, after: position, outcome: true))
        return false
      }
    case .decided(let current):
      if rewriting { rewritten.append(shown) }
      if index.outcomeIDs[current] != outcome {
        fail(line, "expected outcome \(outcome), but the policy now \(index.doing(state))", event, shown.line)
      } else if index.outcomeClauses[current] != clauses {
        clauseChanges.append(
          ReplayDifference(line: line, message: "outcome \(outcome) now rests on other clauses", recorded: event.line, current: shown.line))
      }
    }
    return true
  }

  private mutating func answered(_ question: String, answer: String, event: Transcript.Event, position: Int) -> Bool {
    let line = Transcript.line(ofEvent: position)
    let shown = index.shownEvent(state)
    guard case .asking(let current) = index.shown(state), index.questionIDs[current] == question else {
      if case .asking(let current) = index.shown(state) {
        fail(line, "expected answer \(question): \(answer), but the policy now asks \(index.questionIDs[current])", event, shown.line)
        block(line, Self.unanswered(index.questionIDs[current], events: events, after: position, outcome: false))
      } else {
        let decided = index.callEnd(state).description
        fail(line, "expected answer \(question): \(answer), but the policy has already decided \(decided)", event, shown.line)
        block(line, "the policy now decides \(decided) before this answer, so an update would drop the call's answer to \(question)")
      }
      return false
    }
    guard let choice = index.answerIndex[current][answer] else {
      let known = TextRules.list(index.answerIDs[current])
      fail(line, "expected answer \(question): \(answer), but \(question) has no answer '\(answer)' now; its answers are \(known)", event, nil)
      block(line, "question \(question) has no answer '\(answer)' now, and a call's answers are never changed")
      return false
    }
    if rewriting { rewritten.append(event) }
    answered.append(current)
    states.append(index.next(state, answer: choice))
    return true
  }

  private mutating func back(_ question: String, event: Transcript.Event, line: Int) -> Bool {
    guard let last = answered.last else {
      fail(line, "expected back \(question), but there is no answer to take back", event, nil)
      block(line, "the call goes back to \(question), but there is no answer to take back")
      return false
    }
    guard index.questionIDs[last] == question else {
      let lastID = index.questionIDs[last]
      fail(line, "expected back \(question), but the last answer is to \(lastID)", event, Transcript.Event.back(question: lastID).line)
      block(line, "the call goes back to \(question), but its last answer is to \(lastID)")
      return false
    }
    if rewriting { rewritten.append(event) }
    answered.removeLast()
    states.removeLast()
    return true
  }

  private mutating func change(_ question: String, event: Transcript.Event, line: Int) -> Bool {
    guard let position = answered.lastIndex(where: { index.questionIDs[$0] == question }) else {
      fail(line, "expected change \(question), but the policy has not asked \(question) in this call", event, nil)
      block(line, "the call goes back to change \(question), but the policy has not asked it by then")
      return false
    }
    if rewriting { rewritten.append(event) }
    answered.removeSubrange(position...)
    states.removeSubrange((position + 1)...)
    return true
  }

  private mutating func fail(_ line: Int, _ message: String, _ recorded: Transcript.Event, _ current: String?) {
    if failure == nil { failure = ReplayDifference(line: line, message: message, recorded: recorded.line, current: current) }
  }

  private mutating func block(_ line: Int, _ reason: String) {
    if blocked == nil { blocked = (line, reason) }
  }

  /// Why the policy asking a question stops an update: the call never answered it, or only later.
  private static func unanswered(_ question: String, events: [Transcript.Event], after position: Int, outcome: Bool) -> String {
    let later = events[(position + 1)...].firstIndex {
      if case .answered(question, _) = $0 { return true }
      return false
    }
    let place = outcome ? "after the call's last answer" : "here"
    guard let later else { return "the policy now asks \(question) \(place), which the call never answered" }
    return
      "the policy now asks \(question) \(place), but the call answered it only later, on line \(Transcript.line(ofEvent: later)), and its answers keep their order"
  }
}
