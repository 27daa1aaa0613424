import Guidance
import LineEditing

/// How an interactive session ended.
enum SessionEnd: Equatable {
  /// The session asked to stop (`:quit`, or a course that is over).
  case quit
  /// Ctrl-D on an empty line, or the end of piped input.
  case endOfInput
  /// A hang-up or termination signal.
  case terminated(Termination)
}

/// Runs a line session until it ends: reads each line with the reader that suits the
/// terminal, hands it to the session, prints the reply and carries out what it asks.
///
/// `afterReply` is called after each reply is shown, for what only the command knows
/// how to do (saving a transcript); the session's own state is passed in as it now is.
func runSession<Session: LineSession>(
  _ session: inout Session, reader: any LineReader, afterReply: (Reply, Session) throws -> Void = { _, _ in }
) rethrows -> SessionEnd {
  while true {
    reader.completionWords = session.completionWords
    let input = reader.readLine(prompt: session.prompt)
    // Read after the line, not before: the window may be resized while the prompt waits.
    session.presentation.width = Output.standardOutput.presentation.width
    let reply: Reply
    switch input {
    case .line(let text): reply = session.handle(text)
    case .pasted(let text): reply = session.handle(pasted: text)
    case .truncatedLine: reply = session.tooLongLine(limit: reader.maximumLineBytes)
    case .interrupted: continue
    case .endOfInput:
      if let reply = session.endOfInput(isFinal: !Terminal.isInteractive) {
        show(reply)
        continue
      }
      // The readers end the prompt's line themselves when output is a terminal.
      if !Output.standardOutput.isTerminal { Output.standardOutput.write("\n") }
      return .endOfInput
    case .terminated(let termination):
      if !Output.standardOutput.isTerminal { Output.standardOutput.write("\n") }
      return .terminated(termination)
    }
    show(reply)
    if reply.clearHistory { reader.clearHistory() }
    try afterReply(reply, session)
    if reply.quit { return .quit }
  }
}

/// Prints a reply's lines to standard output.
func show(_ reply: Reply) {
  Output.standardOutput.write(lines: reply.lines)
}
