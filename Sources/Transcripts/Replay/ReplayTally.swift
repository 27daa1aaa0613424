/// The counts of a replay run, as its last line says them.
public struct ReplayTally: Sendable, Hashable, CustomStringConvertible {
  public var passed = 0
  public var failed = 0
  /// Files that could not be read as transcripts.
  public var unreadable = 0
  /// Passing transcripts whose outcome now rests on other clauses.
  public var clausesChanged = 0
  /// Passing transcripts with a question whose prompt changed.
  public var promptsChanged = 0
  /// Transcripts recorded under another version or file of the policy.
  public var recordedUnderAnotherPolicy = 0

  public init(_ replays: [TranscriptReplay], unreadable: Int = 0) {
    self.unreadable = unreadable
    for replay in replays {
      if replay.passed {
        passed += 1
        if !replay.clauseChanges.isEmpty { clausesChanged += 1 }
        if !replay.promptChanges.isEmpty { promptsChanged += 1 }
      } else {
        failed += 1
      }
      if replay.recordedUnder != nil { recordedUnderAnotherPolicy += 1 }
    }
  }

  /// Whether every transcript was read and passed.
  public var allPassed: Bool { failed == 0 && unreadable == 0 }

  /// `10000 passed, 0 failed`, then what else happened:
  /// `12 passed, 3 failed, 1 unreadable; 2 with changed clauses, 4 recorded under another policy version or file`.
  public var description: String { summary(mentioningOtherPolicies: true) }

  /// The description, without the transcripts recorded under another policy when a
  /// line of its own says so.
  public func summary(mentioningOtherPolicies: Bool) -> String {
    var text = "\(passed) passed, \(failed) failed"
    if unreadable > 0 { text += ", \(unreadable) unreadable" }
    var notes: [String] = []
    if clausesChanged > 0 { notes.append("\(clausesChanged) with changed clauses") }
    if promptsChanged > 0 { notes.append("\(promptsChanged) with reworded questions") }
    if mentioningOtherPolicies, recordedUnderAnotherPolicy > 0 {
      notes.append("\(recordedUnderAnotherPolicy) recorded under another policy version or file")
    }
    if !notes.isEmpty { text += "; " + notes.joined(separator: ", ") }
    return text
  }
}
