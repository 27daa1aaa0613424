import PolicyEngine

/// A session walked through the policy, with the transcript events it produces as it goes:
/// the question or outcome shown at the start and after every answer, back and restart,
/// and the notes staff add.
///
/// Only canonical ids and already-scrubbed notes are recorded, never typed text.
public struct SessionRecording: Sendable {
  public private(set) var session: Session
  /// The events so far, in order.
  public private(set) var events: [Transcript.Event] = []

  /// Starts a session, recording the first question.
  public init(machine: StateMachine) {
    session = Session(machine: machine)
    recordShown()
  }

  /// Answers the current question and records the answer and what is shown next.
  public mutating func answer(_ answerID: String) throws(SessionError) {
    guard let question = session.currentQuestion else { throw .alreadyDecided }
    try session.answer(answerID)
    events.append(.answered(question: question.id, answer: answerID))
    recordShown()
  }

  /// Takes back the last answer, recording it and the question asked again; nil when
  /// there is no answer to take back.
  @discardableResult
  public mutating func back() -> GivenAnswer? {
    guard let undone = session.undo() else { return nil }
    kept.removeAll()
    events.append(.back(question: undone.question))
    recordShown()
    return undone
  }

  /// Goes back to an earlier question to change its answer, recording it and the question
  /// asked again. The answers given after it are kept: each is given again, and recorded,
  /// as soon as the policy asks its question, so that only what the change makes relevant
  /// is asked anew. Nil when the question has not been answered.
  @discardableResult
  public mutating func returnTo(_ questionID: String) -> [GivenAnswer]? {
    guard let later = session.returnTo(questionID) else { return nil }
    kept = later
    events.append(.changed(question: questionID))
    recordShown()
    return later
  }

  /// The answers kept from before a change, still to be given again when their questions come.
  public private(set) var kept: [GivenAnswer] = []

  /// Gives again every kept answer whose question the policy asks next, returning them;
  /// the rest are dropped once the outcome is decided.
  @discardableResult
  public mutating func answerKeptQuestions() -> [GivenAnswer] {
    var given: [GivenAnswer] = []
    while let question = session.currentQuestion, let position = kept.firstIndex(where: { $0.question == question.id }) {
      let answer = kept.remove(at: position)
      guard (try? self.answer(answer.answer)) != nil else { break }
      given.append(answer)
    }
    if session.isDecided { kept.removeAll() }
    return given
  }

  /// Records that this call continues an earlier one, whose transcript has this session id.
  public mutating func continuing(_ sessionID: String) {
    events.append(.resumed(session: sessionID))
  }

  /// Starts the questions again for the same caller.
  public mutating func restart() {
    session.restart()
    kept.removeAll()
    events.append(.restarted)
    recordShown()
  }

  /// Records a note, which must already be scrubbed of anything personal.
  public mutating func note(scrubbed text: String) {
    events.append(.note(text))
  }

  /// The transcript so far, under the given header facts; it ended with an outcome when
  /// the outcome is showing, otherwise for `reason`.
  public func transcript(
    policyHash: String, date: String, sessionID: String, endingOtherwise reason: Transcript.Ending
  ) -> Transcript {
    let header = Transcript.Header(
      policy: session.machine.policy.identity, policyHash: policyHash, date: date, sessionID: sessionID,
      ending: session.isDecided ? .outcome : reason)
    return Transcript(header: header, events: events)
  }

  private mutating func recordShown() {
    switch session.step {
    case .ask(let question):
      events.append(.asked(question: question.id, prompt: question.prompt))
    case .decided(let decision):
      events.append(.decided(outcome: decision.outcome.id, clauses: decision.outcome.clauses))
    }
  }
}
