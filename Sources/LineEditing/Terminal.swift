/// Facts about the terminal, and writing to standard output and standard error.
public enum Terminal {
  /// Whether both standard input and standard output are terminals: a person is typing
  /// and reading, so line editing, colour and screen layout apply.
  public static var isInteractive: Bool {
    Platform.isTerminal(0) && Platform.isTerminal(1)
  }

  /// Whether standard output is a terminal.
  public static var outputIsTerminal: Bool {
    Platform.isTerminal(1)
  }

  /// The width of standard output in columns: the terminal's own (`TIOCGWINSZ`), else
  /// `COLUMNS`, else 80.
  public static var columns: Int {
    columns(windowColumns: Platform.windowColumns(of: 1), columnsVariable: Platform.environmentValue("COLUMNS"))
  }

  /// The width to use given what the terminal reports and the value of `COLUMNS`: the
  /// terminal's own if known, else `COLUMNS` if it is a positive whole number, else 80.
  public static func columns(windowColumns: Int?, columnsVariable: String?) -> Int {
    if let windowColumns, windowColumns > 0 { return windowColumns }
    if let text = columnsVariable, let value = Int(text), value > 0 { return value }
    return 80
  }

  /// Whether to colour standard output: it is a terminal, `NO_COLOR` is unset or
  /// empty (no-color.org) and `TERM` is not `dumb`.
  public static var usesColour: Bool {
    shouldUseColour(
      outputIsTerminal: outputIsTerminal,
      noColor: Platform.environmentValue("NO_COLOR"),
      term: Platform.environmentValue("TERM")
    )
  }

  /// The colour decision for given facts; see ``usesColour``.
  public static func shouldUseColour(outputIsTerminal: Bool, noColor: String?, term: String?) -> Bool {
    outputIsTerminal && (noColor ?? "").isEmpty && term != "dumb"
  }

  /// Writes `text` to standard output at once (after anything `print` buffered).
  ///
  /// Returns `false` when nobody reads standard output any more (a closed terminal, a
  /// finished `| head`); never crashes for that, once ``ignoreBrokenPipe()`` has run.
  @discardableResult
  public static func write(_ text: String) -> Bool {
    Platform.write(text, to: 1)
  }

  /// Writes `text` to standard error at once; `false` when nobody reads it any more.
  @discardableResult
  public static func writeError(_ text: String) -> Bool {
    Platform.write(text, to: 2)
  }

  /// Makes writes to a closed pipe or terminal fail with `EPIPE` instead of killing the
  /// process with `SIGPIPE`. Call it first thing in every command; safe to repeat.
  public static func ignoreBrokenPipe() {
    Platform.ignoreBrokenPipe()
  }
}
