import PolicyEngine

/// What the demand report takes from one transcript: its session, month, policy version,
/// how it ended, and the answers standing at the end. Never a note, a prompt or a day.
public struct DemandCall: Sendable, Hashable {
  /// The transcript's session id, by which copies of the same call are counted once.
  public var session: String
  public var month: CalendarMonth
  /// The policy the call was recorded under.
  public var policy: PolicyVersion
  public var ending: Transcript.Ending
  /// The outcome the call ended with, by the id it was recorded under; nil for an abandoned call.
  public var outcome: String?
  /// The answers standing when the call ended, in the order given: answers taken back,
  /// and answers given before a restart, are gone.
  public var answers: [GivenAnswer]
  /// For an abandoned call, the question shown last and left unanswered, if one was.
  public var unansweredQuestion: String?
  /// How many events the transcript records, so the fuller of two copies is kept.
  var eventCount: Int

  /// The facts of a transcript the report counts; nil when its date is not written
  /// `YYYY-MM-DD` (the parser never lets such a transcript through).
  public init?(_ transcript: Transcript) {
    guard let month = CalendarMonth(ofDay: transcript.header.date) else { return nil }
    var answers: [GivenAnswer] = []
    var shown: String?
    var outcome: String?
    for event in transcript.events {
      switch event {
      case .asked(let question, _):
        shown = question
      case .answered(let question, let answer):
        answers.append(GivenAnswer(question: question, answer: answer))
        shown = nil
      case .back(let question):
        if let last = answers.lastIndex(where: { $0.question == question }) { answers.remove(at: last) }
        shown = nil
        outcome = nil
      case .changed(let question):
        if let position = answers.lastIndex(where: { $0.question == question }) { answers.removeSubrange(position...) }
        shown = nil
        outcome = nil
      case .restarted:
        answers.removeAll()
        shown = nil
        outcome = nil
      case .resumed:
        // A call-back: its answers are given again in this transcript.
        continue
      case .decided(let decided, _):
        outcome = decided
        shown = nil
      case .note:
        // Notes are never read: the report counts ids, months and outcomes only.
        continue
      }
    }
    let ending = transcript.header.ending
    self.session = transcript.header.sessionID
    self.month = month
    self.policy = PolicyVersion(id: transcript.header.policyID, version: transcript.header.policyVersion)
    self.ending = ending
    self.outcome = ending.isAbandoned ? nil : outcome
    self.answers = answers
    self.unansweredQuestion = ending.isAbandoned ? shown : nil
    self.eventCount = transcript.events.count
  }

  /// The answer standing for a question at the end of the call.
  public func answer(to question: String) -> String? {
    answers.last { $0.question == question }?.answer
  }

  /// Whether this copy of a session tells more than `other`: a call that reached an
  /// outcome over one abandoned, a finished copy over one still `unfinished`, more
  /// events over fewer; ties go to the copy that sorts first, so the order in which
  /// copies are read never matters.
  func isFuller(than other: DemandCall) -> Bool {
    func completeness(_ call: DemandCall) -> (Int, Int, Int) {
      (call.ending == .outcome ? 1 : 0, call.ending == .unfinished ? 0 : 1, call.eventCount)
    }
    let (mine, theirs) = (completeness(self), completeness(other))
    if mine != theirs { return mine > theirs }
    return String(describing: self) < String(describing: other)
  }
}

/// The policy a transcript was recorded under, by id and version (not by file hash:
/// an edit of the file's comments is the same version to a manager).
public struct PolicyVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var id: String
  public var version: String

  public init(id: String, version: String) {
    self.id = id
    self.version = version
  }

  /// `london-sarcoma-second-opinions 1.0.0`.
  public var description: String { "\(id) \(version)" }

  public static func < (left: PolicyVersion, right: PolicyVersion) -> Bool {
    (left.id, left.version) < (right.id, right.version)
  }
}

/// The calls a demand report counts: one per session, however many copies of its
/// transcript were read (staff members' folders may overlap).
public struct DemandCalls: Sendable {
  /// The calls by session id.
  public private(set) var bySession: [String: DemandCall] = [:]
  /// How many transcripts were a further copy of a session already read.
  public private(set) var duplicates = 0

  public init() {}

  /// An empty collection with room for `capacity` sessions.
  public init(reservingCapacity capacity: Int) {
    bySession.reserveCapacity(capacity)
  }

  public init(_ calls: some Sequence<DemandCall>) {
    for call in calls { add(call) }
  }

  /// Counts a call, or keeps the fuller copy when its session was read before.
  public mutating func add(_ call: DemandCall) {
    guard let earlier = bySession[call.session] else {
      bySession[call.session] = call
      return
    }
    duplicates += 1
    if call.isFuller(than: earlier) { bySession[call.session] = call }
  }

  /// Adds every call of another collection, as if read here.
  public mutating func merge(_ other: DemandCalls) {
    if bySession.isEmpty {
      duplicates += other.duplicates
      bySession = other.bySession
      return
    }
    duplicates += other.duplicates
    bySession.reserveCapacity(bySession.count + other.bySession.count)
    for call in other.bySession.values { add(call) }
  }

  /// How many distinct calls were read.
  public var count: Int { bySession.count }
}
