/// How text is decorated: colour and bold only when writing to a terminal that wants them.
public struct TextStyle: Sendable, Hashable {
  /// Whether ANSI colour and bold are used.
  var usesColor: Bool

  init(usesColor: Bool) {
    self.usesColor = usesColor
  }

  /// The style for an output, given the facts: colour only on a terminal, with
  /// `NO_COLOR` unset or empty (no-color.org), and `TERM` not `dumb`.
  public init(outputIsTerminal: Bool, noColor: String?, term: String?) {
    usesColor = outputIsTerminal && (noColor ?? "").isEmpty && term != "dumb"
  }

  /// Plain text, for pipes, files and `NO_COLOR`.
  static let plain = TextStyle(usesColor: false)

  public func bold(_ text: String) -> String { wrap(text, "1") }
  public func dim(_ text: String) -> String { wrap(text, "2") }
  public func red(_ text: String) -> String { wrap(text, "1;31") }
  public func green(_ text: String) -> String { wrap(text, "1;32") }
  public func yellow(_ text: String) -> String { wrap(text, "1;33") }
  func magenta(_ text: String) -> String { wrap(text, "1;35") }
  public func cyan(_ text: String) -> String { wrap(text, "36") }

  private func wrap(_ text: String, _ code: String) -> String {
    usesColor && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
