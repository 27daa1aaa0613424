/// What replaying one transcript against the current policy found.
public struct TranscriptReplay: Sendable {
  /// The name the transcript is reported under.
  public let file: String
  public let transcript: Transcript
  /// The first difference in questions or outcome; nil when the replay passes.
  public let failure: ReplayDifference?
  /// Outcome lines whose outcome is the same but whose clauses changed; these do not fail.
  public let clauseChanges: [ReplayDifference]
  /// Ask lines whose question is the same but whose prompt changed; these do not fail.
  public let promptChanges: [ReplayDifference]
  /// The policy the transcript was recorded under, when it is not the current one.
  public let recordedUnder: RecordedPolicy?
  /// How that policy differs from the current one, in words.
  public let policyDifference: String?
  /// Where the transcript says the call ended; nil when it records no question at all.
  public let recordedEnd: CallEnd?
  /// Where the current policy takes the call's final answers.
  public let currentEnd: CallEnd
  /// The machine states the final answers walk through, from the start.
  let reachedStates: [Int]

  /// Whether the same questions came in the same order and the same outcome was reached.
  public var passed: Bool { failure == nil }

  /// Whether anything differs from the current policy: a failure, or changed clauses or prompts.
  public var hasChanges: Bool { failure != nil || !clauseChanges.isEmpty || !promptChanges.isEmpty }

  /// What to print for this transcript, in line order: the failure and changes, each as
  /// `file:line: message` with `-`/`+` lines. Empty for a clean pass. A transcript recorded
  /// under another version of the policy is counted in the tally, once for them all, not
  /// flagged here.
  public var lines: [String] {
    var differences = clauseChanges + promptChanges
    if let failure { differences.append(failure) }
    return differences.sorted { $0.line < $1.line }.flatMap { $0.lines(file: file) }
  }
}
