import PolicyEngine

/// The commands a line session understands, typed after a colon so that no answer can be
/// mistaken for one: `:help`, `:back`, `:note caller will ring back`.
///
/// A session's commands are an enum of this protocol; parsing a typed line, help and the
/// reply to an unknown command are shared by every session.
public protocol ColonCommand: RawRepresentable<String>, CaseIterable, Sendable where AllCases == [Self] {
  /// Short forms and other names: `q` for quit, `undo` for back.
  static var shortForms: [String: Self] { get }
  /// What the command does, for help.
  var summary: String { get }
  /// How the command is written in help, such as `:note TEXT`.
  var usage: String { get }
}

extension ColonCommand {
  public var usage: String { typed }

  /// The command as typed, with its colon.
  public var typed: String { ":" + rawValue }

  /// The command a typed word names: its name, a short form, or an unambiguous beginning.
  public init?(typed word: some StringProtocol) {
    let word = word.lowercased()
    guard !word.isEmpty else { return nil }
    if let command = Self(rawValue: word) ?? Self.shortForms[word] {
      self = command
      return
    }
    let candidates = Self.allCases.filter { $0.rawValue.hasPrefix(word) }
    guard candidates.count == 1 else { return nil }
    self = candidates[0]
  }
}

/// A line typed at a session's prompt that starts with a colon, split into its command
/// word and the text after it: `:note rang back` is `note` and `rang back`.
public struct TypedCommand: Sendable, Hashable {
  /// The word after the colon, in lower case.
  public var word: String
  /// The text after the word, trimmed.
  var rest: String

  /// The command in a line, or nil when the line does not start with a colon.
  public init?(_ line: String) {
    let typed = line.trimmingWhitespace
    guard typed.hasPrefix(":") else { return nil }
    let word = typed.dropFirst().prefix { !$0.isWhitespace }
    self.word = word.lowercased()
    rest = String(typed.dropFirst(1 + word.count)).trimmingWhitespace
  }

  /// The command of a session's set that the word names, if any.
  public func command<C: ColonCommand>(in _: C.Type = C.self) -> C? {
    C(typed: word)
  }
}

/// The reply to a command word a session does not know: the nearest command, if one is
/// near, and where the list is.
public func unknownCommandLines<C: ColonCommand>(_ word: String, among _: C.Type, presentation: Presentation) -> [String] {
  var message = "Unknown command \u{201C}:\(quotedInput(word))\u{201D}."
  if let suggestion = didYouMean(word, among: C.allCases.map(\.rawValue), quoting: { ":" + $0 }) {
    message += " " + suggestion.prefix(1).uppercased() + suggestion.dropFirst()
  }
  message += " Type :help for the list."
  return wrapped(message, width: presentation.width)
}

/// Each command's usage and summary, one a line, the summaries in a column.
public func commandListLines<C: ColonCommand>(_: C.Type, presentation: Presentation) -> [String] {
  // `wrapped` joins words with single spaces, so the usage column goes in the indent.
  let usageWidth = C.allCases.map(\.usage.count).max() ?? 0
  var lines: [String] = []
  for command in C.allCases {
    let usage = command.usage + String(repeating: " ", count: usageWidth - command.usage.count)
    lines += wrapped(
      command.summary, width: presentation.width, firstIndent: "  \(usage)  ",
      indent: String(repeating: " ", count: usageWidth + 4))
  }
  return lines
}
