/// Why the process is being asked to stop.
public enum Termination: Sendable, Equatable {
  /// `SIGHUP`: the terminal went away (window closed, connection dropped).
  case hangup
  /// `SIGTERM`: someone asked the process to finish (`kill`, a service manager).
  case terminate

  /// The signal number behind this termination.
  public var signalNumber: Int32 {
    switch self {
    case .hangup: return 1
    case .terminate: return 15
    }
  }

  /// The exit status shells conventionally report for it: 128 plus the signal number.
  public var conventionalExitStatus: Int32 { 128 + signalNumber }
}

/// What one call to ``LineReader/readLine(prompt:)`` produced.
public enum LineInput: Sendable, Equatable {
  /// A complete line, without its line ending (`\n` or `\r\n`).
  case line(String)
  /// The first ``LineReader/maximumLineBytes`` bytes (at most) of a longer line; the rest
  /// of that line was read and thrown away.
  case truncatedLine(String)
  /// Text pasted at the prompt, read as one input whatever its line breaks, after what
  /// was typed on the line before the paste; line breaks are `\n`. Only a ``LineEditor``
  /// gives this: on a terminal that marks pastes (bracketed paste), or that sent several
  /// lines at once, faster than anyone types.
  case pasted(String)
  /// Ctrl-C: the line being typed was cancelled. The cursor is already on a fresh line
  /// when output is a terminal; ask again.
  case interrupted
  /// Ctrl-D on an empty line, or the end of piped input. Every later call returns this too.
  case endOfInput
  /// A hang-up or termination signal arrived. Every later call returns this too.
  case terminated(Termination)
}
