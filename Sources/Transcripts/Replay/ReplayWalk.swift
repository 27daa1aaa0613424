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

  init(_ transcript: Transcript, index: MachineIndex, rewriting: Bool) {
    var answered: [Int] = []
    let events = transcript.events
    walking: for (position, event) in events.enumerated() {
      let line = Transcript.line(ofEvent: position)
      let state = states[states.count - 1]
      let shown = index.shownEvent(state)
      switch event {
      case .asked(let question, let prompt):
        if rewriting { rewritten.append(shown) }
        if case .asking(let current) = index.shown(state), index.questionIDs[current] == question {
          if index.prompts[current] != prompt {
            promptChanges.append(
              ReplayDifference(line: line, message: "the prompt of \(question) has changed", recorded: event.line, current: shown.line))
          }
        } else {
          fail(line, "expected ask \(question), but the policy now \(index.doing(state))", event, shown.line)
        }
      case .decided(let outcome, let clauses):
        switch index.shown(state) {
        case .asking(let current):
          fail(line, "expected outcome \(outcome), but the policy now \(index.doing(state))", event, shown.line)
          if rewriting {
            block(line, Self.unanswered(index.questionIDs[current], events: events, after: position, outcome: true))
            break walking
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
      case .answered(let question, let answer):
        guard case .asking(let current) = index.shown(state), index.questionIDs[current] == question else {
          if case .asking(let current) = index.shown(state) {
            fail(line, "expected answer \(question): \(answer), but the policy now asks \(index.questionIDs[current])", event, shown.line)
            block(line, Self.unanswered(index.questionIDs[current], events: events, after: position, outcome: false))
          } else {
            let decided = index.callEnd(state).description
            fail(line, "expected answer \(question): \(answer), but the policy has already decided \(decided)", event, shown.line)
            block(line, "the policy now decides \(decided) before this answer, so an update would drop the call's answer to \(question)")
          }
          break walking
        }
        guard let choice = index.answerIndex[current][answer] else {
          let known = TextRules.list(index.answerIDs[current])
          fail(line, "expected answer \(question): \(answer), but \(question) has no answer '\(answer)' now; its answers are \(known)", event, nil)
          block(line, "question \(question) has no answer '\(answer)' now, and a call's answers are never changed")
          break walking
        }
        if rewriting { rewritten.append(event) }
        answered.append(current)
        states.append(index.next(state, answer: choice))
      case .back(let question):
        guard let last = answered.last else {
          fail(line, "expected back \(question), but there is no answer to take back", event, nil)
          block(line, "the call goes back to \(question), but there is no answer to take back")
          break walking
        }
        guard index.questionIDs[last] == question else {
          let lastID = index.questionIDs[last]
          fail(line, "expected back \(question), but the last answer is to \(lastID)", event, Transcript.Event.back(question: lastID).line)
          block(line, "the call goes back to \(question), but its last answer is to \(lastID)")
          break walking
        }
        if rewriting { rewritten.append(event) }
        answered.removeLast()
        states.removeLast()
      case .restarted:
        if rewriting { rewritten.append(event) }
        answered.removeAll()
        states = [StateMachine.start]
      case .note:
        if rewriting { rewritten.append(event) }
      }
      if failure != nil, !rewriting { break }
    }
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
