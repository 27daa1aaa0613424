/// A command typed at the guided session's prompt. Commands start with a colon, so no
/// answer can be mistaken for one.
public enum Command: String, CaseIterable, Sendable {
  case help, back, restart, next, why, summary, policy, note, quit

  /// The command as typed, with its colon.
  public var typed: String { ":" + rawValue }

  /// The command a typed word names: its name, a short form, or an unambiguous beginning.
  public init?(typed word: some StringProtocol) {
    let word = word.lowercased()
    guard !word.isEmpty else { return nil }
    let shortForms: [String: Command] = ["h": .help, "?": .help, "b": .back, "undo": .back, "new": .next, "q": .quit, "exit": .quit]
    if let command = Command(rawValue: word) ?? shortForms[word] {
      self = command
      return
    }
    let candidates = Command.allCases.filter { $0.rawValue.hasPrefix(word) }
    guard candidates.count == 1 else { return nil }
    self = candidates[0]
  }

  /// How the command is written in help.
  public var usage: String {
    switch self {
    case .note: return ":note TEXT"
    default: return typed
    }
  }

  /// What the command does, for help.
  public var summary: String {
    switch self {
    case .help: return "show this help"
    case .back: return "take back the last answer (undo)"
    case .restart: return "start this call's questions again, for the same caller"
    case .next: return "finish with this caller and start the next (clears line history)"
    case .why: return "why this question matters: its clauses, and where each answer can lead"
    case .summary: return "the answers given so far"
    case .policy: return "list the policy's clauses"
    case .note: return "add a note to the transcript; anything personal is removed first"
    case .quit: return "save and end the program"
    }
  }
}
