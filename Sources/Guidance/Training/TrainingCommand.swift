/// A command typed at a training session's prompt, after a colon.
public enum TrainingCommand: String, CaseIterable, Sendable {
  case story, why, back, restart, help, quit

  /// The command as typed, with its colon.
  public var typed: String { ":" + rawValue }

  /// The command a typed word names: its name, a short form, or an unambiguous beginning.
  public init?(typed word: some StringProtocol) {
    let word = word.lowercased()
    guard !word.isEmpty else { return nil }
    let shortForms: [String: TrainingCommand] = ["h": .help, "?": .help, "b": .back, "undo": .back, "q": .quit, "exit": .quit]
    if let command = TrainingCommand(rawValue: word) ?? shortForms[word] {
      self = command
      return
    }
    let candidates = TrainingCommand.allCases.filter { $0.rawValue.hasPrefix(word) }
    guard candidates.count == 1 else { return nil }
    self = candidates[0]
  }

  /// What the command does, for help.
  public var summary: String {
    switch self {
    case .story: return "show this exercise's story again"
    case .why: return "why the current question matters, and the clauses behind it"
    case .back: return "take back the last answer"
    case .restart: return "start this exercise's questions again"
    case .help: return "show this help"
    case .quit: return "stop the course and show the score so far"
    }
  }
}
