import PolicyEngine

/// A session walked through the policy, with the transcript events it produces as it goes:
/// the question or outcome shown at the start and after every answer, back and restart,
/// and the notes staff add.
///
/// Only canonical ids and already-scrubbed notes are recorded, never typed text.
///
/// A call is bounded, so that whatever is recorded can be written, and read back, as a
/// transcript (at most ``Transcript/maximumSize`` bytes), and saving a copy after every
/// step stays cheap: at most ``maximumEvents`` events, ``maximumNotes`` notes of at most
/// ``maximumNoteLength`` characters each. Callers check ``hasRoomForAStep`` before
/// answering, taking back or restarting, and ``hasRoomForANote`` before a note.
public struct SessionRecording: Sendable {
  /// The most events a call records: far more than any real call (a few dozen).
  public static let maximumEvents = 500
  /// The most notes a call keeps.
  public static let maximumNotes = 50
  /// The most characters a note keeps; a longer one is cut to this length.
  public static let maximumNoteLength = 1_000

  public private(set) var session: Session
  /// The events so far, in order.
  public private(set) var events: [Transcript.Event] = []
  /// How many of the events are notes.
  public private(set) var noteCount = 0
  /// The bytes the transcript's text takes so far, with the largest header it can have.
  private var textSize: Int
  /// The most bytes one step (an answer, back or restart, and what is shown next) adds.
  private let largestStepSize: Int

  /// Starts a session, recording the first question.
  public init(machine: StateMachine) {
    session = Session(machine: machine)
    textSize = Self.largestHeaderSize(of: machine.policy)
    largestStepSize = Self.largestStepSize(of: machine.policy)
    recordShown()
  }

  /// Whether an answer, back or restart can still be recorded within the bounds.
  public var hasRoomForAStep: Bool {
    events.count + 2 <= Self.maximumEvents && textSize + largestStepSize <= Transcript.maximumSize
  }

  /// Whether another note can still be recorded within the bounds.
  public var hasRoomForANote: Bool {
    noteCount < Self.maximumNotes && events.count + 1 <= Self.maximumEvents
      && textSize + Self.largestNoteLineSize <= Transcript.maximumSize
  }

  /// Answers the current question and records the answer and what is shown next.
  public mutating func answer(_ answerID: String) throws(SessionError) {
    guard let question = session.currentQuestion else { throw .alreadyDecided }
    try session.answer(answerID)
    record(.answered(question: question.id, answer: answerID))
    recordShown()
  }

  /// Takes back the last answer, recording it and the question asked again; nil when
  /// there is no answer to take back.
  @discardableResult
  public mutating func back() -> GivenAnswer? {
    guard let undone = session.undo() else { return nil }
    kept.removeAll()
    record(.back(question: undone.question))
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
    record(.changed(question: questionID))
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
    while hasRoomForAStep, let question = session.currentQuestion, let position = kept.firstIndex(where: { $0.question == question.id }) {
      let answer = kept.remove(at: position)
      guard (try? self.answer(answer.answer)) != nil else { break }
      given.append(answer)
    }
    if session.isDecided { kept.removeAll() }
    return given
  }

  /// Records that this call continues an earlier one, whose transcript has this session id.
  public mutating func continuing(_ sessionID: String) {
    record(.resumed(session: sessionID))
  }

  /// Starts the questions again for the same caller.
  public mutating func restart() {
    session.restart()
    kept.removeAll()
    record(.restarted)
    recordShown()
  }

  /// Records a note, which must already be scrubbed of anything personal; a note longer
  /// than ``maximumNoteLength`` characters is cut to that length.
  public mutating func note(scrubbed text: String) {
    record(.note(text.count > Self.maximumNoteLength ? String(text.prefix(Self.maximumNoteLength)) : text))
    noteCount += 1
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
      record(.asked(question: question.id, prompt: question.prompt))
    case .decided(let decision):
      record(.decided(outcome: decision.outcome.id, clauses: decision.outcome.clauses))
    }
  }

  private mutating func record(_ event: Transcript.Event) {
    events.append(event)
    textSize += event.line.utf8.count + 1
  }

  // MARK: Sizes

  /// The bytes of a note's line at its longest: every character four bytes of UTF-8.
  static let largestNoteLineSize = "note: ".utf8.count + 4 * maximumNoteLength + 1

  /// The bytes of the format line and header of a transcript of this policy, at their longest.
  static func largestHeaderSize(of policy: Policy) -> Int {
    let longest = Transcript.Ending.allCases.max { $0.headerValue.utf8.count < $1.headerValue.utf8.count } ?? .endOfInput
    let header = Transcript.Header(
      policy: policy.identity, policyHash: String(repeating: "0", count: 64), date: "2026-01-01",
      sessionID: String(repeating: "0", count: 64), ending: longest)
    return Transcript(header: header).text.utf8.count
  }

  /// The most bytes one step adds: the longest answer line and the longest line shown after it.
  static func largestStepSize(of policy: Policy) -> Int {
    func size(_ event: Transcript.Event) -> Int { event.line.utf8.count + 1 }
    var step = 0
    var shown = 0
    for question in policy.questions {
      shown = max(shown, size(.asked(question: question.id, prompt: question.prompt)))
      for answer in question.answers {
        step = max(step, size(.answered(question: question.id, answer: answer.id)))
      }
      step = max(step, size(.back(question: question.id)))
    }
    for outcome in policy.outcomes { shown = max(shown, size(.decided(outcome: outcome.id, clauses: outcome.clauses))) }
    return max(step, size(.restarted)) + shown
  }
}
