/// A place where a transcript and the current policy part ways, shown like a diff.
public struct ReplayDifference: Sendable, Hashable {
  /// The transcript line the difference is on, counted from 1.
  public var line: Int
  /// What differs: `expected ask wanted-at, but the policy now asks sarcoma`.
  public var message: String
  /// The transcript's line, shown after `-`; nil when there is nothing to show.
  public var recorded: String?
  /// What the current policy does there, shown after `+`; nil when there is nothing to show.
  public var current: String?

  public init(line: Int, message: String, recorded: String? = nil, current: String? = nil) {
    self.line = line
    self.message = message
    self.recorded = recorded
    self.current = current
  }

  /// `file:line: message`, then the `-` and `+` lines, indented.
  public func lines(file: String) -> [String] {
    var lines = ["\(file):\(line): \(message)"]
    if let recorded { lines.append("  - \(recorded)") }
    if let current { lines.append("  + \(current)") }
    return lines
  }
}
