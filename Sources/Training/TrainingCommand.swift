import Guidance

/// A command typed at a training session's prompt, after a colon.
enum TrainingCommand: String, ColonCommand {
  case story, outcomes, why, back, restart, help, quit

  static let shortForms: [String: TrainingCommand] = [
    "h": .help, "?": .help, "b": .back, "undo": .back, "q": .quit, "exit": .quit,
  ]

  /// What the command does, for help.
  var summary: String {
    switch self {
    case .story: return "show this exercise's story again"
    case .outcomes: return "list every outcome of the policy, by title"
    case .why: return "why the current question matters, and the clauses behind it"
    case .back: return "take back the last answer"
    case .restart: return "start this exercise's questions again"
    case .help: return "show this help"
    case .quit: return "stop the course and show the score so far"
    }
  }
}
