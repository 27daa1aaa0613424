/// Something that asks for one line at a time: ``LineEditor`` on a terminal,
/// ``PlainLineReader`` otherwise. The REPL holds one through this protocol.
public protocol LineReader: AnyObject {
  /// Shows `prompt` (flushed) and returns the next line, or why there is none.
  ///
  /// Never throws and never crashes on odd input: invalid UTF-8 becomes U+FFFD, NUL
  /// and control characters are passed through, overlong lines are cut (see
  /// ``LineInput/truncatedLine(_:)``). A Ctrl-C pressed before the call is forgotten.
  func readLine(prompt: String) -> LineInput

  /// The words Tab completes against (ignored where there is no line editing).
  var completionWords: [String] { get set }

  /// Forgets the lines entered so far (call it between callers).
  func clearHistory()

  /// The most bytes a returned line holds.
  var maximumLineBytes: Int { get }
}

/// Makes the reader that suits this process: a ``LineEditor`` when standard input and
/// standard output are both terminals, else a ``PlainLineReader`` on them.
///
/// Installs the signal handlers (``Signals/installHandlers()``) either way, so from
/// here on Ctrl-C, hang-up and `SIGTERM` no longer end the process by themselves.
/// Call it at most once while a ``LineEditor`` it made is alive.
public func makeLineReader(
  maximumLineBytes: Int = PlainLineReader.defaultMaximumLineBytes
) -> any LineReader {
  Signals.installHandlers()
  if Platform.isTerminal(0) && Platform.isTerminal(1) {
    return LineEditor(maximumLineBytes: maximumLineBytes)
  }
  return PlainLineReader(maximumLineBytes: maximumLineBytes)
}
