/// What updating a transcript to the current policy gives.
public enum TranscriptUpdate: Sendable, Hashable {
  /// The transcript already says what the current policy does; nothing to write.
  case unchanged
  /// The transcript rewritten: its answers, backs, restarts and notes kept, its questions,
  /// outcomes and policy header as the current policy has them.
  case updated(Transcript)
  /// No honest update exists, because the current policy needs something the call did not
  /// give; the line is where, counted from 1.
  case notUpdatable(line: Int, reason: String)
}
