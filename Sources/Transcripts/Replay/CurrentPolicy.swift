import PolicyEngine

/// The policy transcripts are replayed against: its state machine and the hash of its
/// file. Build it once and replay every transcript through it.
public struct CurrentPolicy: Sendable {
  public let machine: StateMachine
  /// The SHA-256 of the policy file, as `sha256sum` prints it.
  public let hash: String
  let index: MachineIndex

  public init(machine: StateMachine, hash: String) {
    self.machine = machine
    self.hash = hash
    index = MachineIndex(machine)
  }

  /// The policy as a transcript header names it.
  public var recorded: RecordedPolicy {
    RecordedPolicy(id: machine.policy.identity.id, version: machine.policy.identity.version, hash: hash)
  }

  /// Replays a transcript: its answers, backs and restarts are walked through the state
  /// machine from the start, as a fresh session would take them, and its ask and outcome
  /// lines are checked against what the machine shows at each point.
  ///
  /// - Parameter file: the name the transcript is reported under.
  public func replay(_ transcript: Transcript, file: String) -> TranscriptReplay {
    let walk = ReplayWalk(transcript, index: index, rewriting: false)
    let states = walk.failure == nil ? walk.states : index.walk(transcript.finalAnswers)
    let recordedUnder = RecordedPolicy(of: transcript.header)
    let difference = recordedUnder.difference(from: recorded)
    return TranscriptReplay(
      file: file, transcript: transcript, failure: walk.failure, clauseChanges: walk.clauseChanges,
      promptChanges: walk.promptChanges, recordedUnder: difference == nil ? nil : recordedUnder, policyDifference: difference,
      recordedEnd: transcript.recordedEnd, currentEnd: index.callEnd(states[states.count - 1]), reachedStates: states)
  }

  /// The transcript as the current policy would have recorded the same call: every
  /// answer, back, restart and note kept, the ask and outcome lines and the header's
  /// policy rewritten.
  public func update(_ transcript: Transcript) -> TranscriptUpdate {
    let walk = ReplayWalk(transcript, index: index, rewriting: true)
    if let blocked = walk.blocked { return .notUpdatable(line: blocked.line, reason: blocked.reason) }
    var header = transcript.header
    header.policyID = recorded.id
    header.policyVersion = recorded.version
    header.policyHash = hash
    let updated = Transcript(header: header, events: walk.rewritten)
    return updated == transcript ? .unchanged : .updated(updated)
  }
}

extension Transcript {
  /// The answers standing at the end of the call, in the order given: backs take the last
  /// answer away, a change takes back an answer and those after it (until they are given
  /// again), restarts take them all.
  public var standingAnswers: [GivenAnswer] {
    var live: [GivenAnswer] = []
    for event in events {
      switch event {
      case .answered(let question, let answer): live.append(GivenAnswer(question: question, answer: answer))
      case .back: _ = live.popLast()
      case .changed(let question):
        if let position = live.lastIndex(where: { $0.question == question }) { live.removeSubrange(position...) }
      case .restarted: live.removeAll()
      case .asked, .note, .decided, .resumed: break
      }
    }
    return live
  }

  /// The answers standing at the end of the call, by question.
  var finalAnswers: [String: String] {
    Dictionary(standingAnswers.map { ($0.question, $0.answer) }, uniquingKeysWith: { _, last in last })
  }

  /// Where the transcript says the call ended: its last ask or outcome line.
  var recordedEnd: CallEnd? {
    for event in events.reversed() {
      switch event {
      case .asked(let question, _): return .question(question)
      case .decided(let outcome, let clauses): return .outcome(outcome, clauses: clauses)
      case .answered, .back, .changed, .resumed, .restarted, .note: continue
      }
    }
    return nil
  }
}
