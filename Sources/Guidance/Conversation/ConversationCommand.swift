/// A command typed at the guided session's prompt. Commands start with a colon, so no
/// answer can be mistaken for one.
enum ConversationCommand: String, ColonCommand {
  case help, back, restart, next, why, find, define, outcome, resume, summary, policy, note, quit

  static let shortForms: [String: ConversationCommand] = [
    "h": .help, "?": .help, "b": .back, "undo": .back, "new": .next, "q": .quit, "exit": .quit,
    "clauses": .why, "findout": .find, "definition": .define, "meaning": .define, "change": .back, "notes": .note,
    "callback": .resume, "call-back": .resume,
  ]

  /// How the command is written in help.
  var usage: String {
    switch self {
    case .note: return ":note TEXT"
    case .define: return ":define [TERM]"
    case .back: return ":back [QUESTION]"
    case .resume: return ":resume REF"
    default: return typed
    }
  }

  /// What the command does, for help.
  var summary: String {
    switch self {
    case .help: return "show this help"
    case .back: return "take back the last answer; with a question (its number or words), go back to it and keep the later answers"
    case .restart: return "start this call's questions again, for the same caller (asks first)"
    case .next: return "finish with this caller and start the next (asks first during a call)"
    case .why: return "why this question matters and how to find it out; on the outcome, the policy clauses behind it"
    case .find: return "how to find out what the caller does not know yet"
    case .define: return "what a term such as standard management means, with examples"
    case .outcome: return "show the outcome again"
    case .resume: return "pick up a call the caller rings back about, by the reference they were given"
    case .summary: return "the answers given so far"
    case .policy: return "list the policy's clauses"
    case .note: return "add a note to the transcript; anything personal is removed first"
    case .quit: return "save and end the program"
    }
  }
}
