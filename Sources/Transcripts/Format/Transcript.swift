import PolicyEngine

/// A recorded session, as written to disk: canonical ids and scrubbed notes only.
///
/// A transcript never holds the raw text typed at a prompt, who the staff member is,
/// or a time finer than the day.
public struct Transcript: Sendable, Hashable {
  /// The version of the text format this code writes.
  public static let formatVersion = 1
  /// The line of the first event: the format line, six header lines and a blank line come first.
  public static let firstEventLine = 9

  public var header: Header
  /// What happened, in order.
  public var events: [Event]

  public init(header: Header, events: [Event] = []) {
    self.header = header
    self.events = events
  }

  /// The line of the file on which the event at `index` is written, counted from 1.
  public static func line(ofEvent index: Int) -> Int { firstEventLine + index }

  /// The facts about a session that are known before it starts, and how it ended.
  public struct Header: Sendable, Hashable {
    public var policyID: String
    public var policyVersion: String
    /// SHA-256 of the policy file's bytes, as `sha256sum` prints it.
    public var policyHash: String
    /// The day of the session, YYYY-MM-DD; never a time.
    public var date: String
    /// A random id, so that files never clash; it identifies nobody.
    public var sessionID: String
    public var ending: Ending

    public init(policyID: String, policyVersion: String, policyHash: String, date: String, sessionID: String, ending: Ending) {
      self.policyID = policyID
      self.policyVersion = policyVersion
      self.policyHash = policyHash
      self.date = date
      self.sessionID = sessionID
      self.ending = ending
    }

    /// The header of a session run under a policy, identified by its file's hash.
    public init(policy: PolicyIdentity, policyHash: String, date: String, sessionID: String, ending: Ending) {
      self.init(policyID: policy.id, policyVersion: policy.version, policyHash: policyHash, date: date, sessionID: sessionID, ending: ending)
    }
  }

  /// How a session ended. Anything but `outcome` is an abandoned session.
  public enum Ending: String, Sendable, Hashable, CaseIterable {
    /// The session reached an outcome.
    case outcome
    /// Staff quit the program.
    case quit
    /// Input ended (Ctrl-D, or the end of piped input).
    case endOfInput = "end-of-input"
    /// The terminal went away (SIGHUP).
    case hangup
    /// The program was asked to stop (SIGTERM).
    case terminated
    /// Staff moved on to the next caller before an outcome.
    case nextCaller = "next-caller"
    /// The session was still going when this copy was written; the program may have been killed.
    case unfinished

    public var isAbandoned: Bool { self != .outcome }
  }

  /// One thing that happened in a session.
  public enum Event: Sendable, Hashable {
    /// A question was put to staff, with its prompt as the policy words it.
    case asked(question: String, prompt: String)
    /// A question was answered, by canonical answer id.
    case answered(question: String, answer: String)
    /// The last answer, to this question, was taken back.
    case back(question: String)
    /// The call went back to this earlier question to change its answer; it and the later
    /// answers were taken back (the later ones are recorded again as they are given again).
    case changed(question: String)
    /// This call continues an earlier one, whose transcript has this session id.
    case resumed(session: String)
    /// The questions were started again for the same caller.
    case restarted
    /// A free-text note, already scrubbed of anything personal.
    case note(String)
    /// The outcome was decided, with the clauses it rests on.
    case decided(outcome: String, clauses: [String])
  }
}

extension Transcript {
  /// Whether staff did anything in the call: answered, took back, changed, restarted,
  /// picked up an earlier call or noted something. A call with nothing done is not kept.
  public var holdsAnythingDone: Bool {
    events.contains { event in
      switch event {
      case .answered, .note, .back, .changed, .restarted, .resumed: return true
      case .asked, .decided: return false
      }
    }
  }
}
