import PolicyEngine
import Transcripts

/// A session staff type into one line at a time, as a pure value: the guided call, or a
/// training course. The shell reads a line, hands it over, and carries out the reply.
public protocol LineSession {
  /// The prompt for the next line.
  var prompt: String { get }
  /// Words Tab completes at the prompt.
  var completionWords: [String] { get }
  /// How the session lays out its text; the shell updates the width as the window changes.
  var presentation: Presentation { get set }
  /// Handles one line typed at the prompt.
  mutating func handle(_ line: String) -> Reply
  /// Handles text pasted at the prompt (with what was typed before it on the line),
  /// whatever its line breaks: a paste is never taken as an answer without asking.
  mutating func handle(pasted text: String) -> Reply
  /// The reply when a line was too long to read and was dropped.
  func tooLongLine(limit: Int) -> Reply
  /// Input ended: Ctrl-D at the terminal (`isFinal` false: more can be typed) or the end
  /// of piped input. A reply to show and carry on, or nil to end.
  mutating func endOfInput(isFinal: Bool) -> Reply?
}

extension LineSession {
  public mutating func endOfInput(isFinal: Bool) -> Reply? { nil }

  /// A pasted command of one line is carried out as if typed; anything else pasted is
  /// refused, since what answers a question here is typed.
  public mutating func handle(pasted text: String) -> Reply {
    if !text.contains("\n"), TypedCommand(text) != nil { return handle(text) }
    return Reply(lines: wrapped(pastedTextRefusal(text), width: presentation.width))
  }
}

/// Why pasted text was not taken: it is never an answer; its size, never its words.
func pastedTextRefusal(_ text: String) -> String {
  let lines = text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.count
  let size = lines > 1 ? "\(lines) lines" : "a line"
  return "That was pasted (\(size)), and pasted text is never taken as an answer: type the answer."
}

/// What the shell does after a line: print, save, keep history, or stop.
public struct Reply: Sendable, Equatable {
  /// Text to print, one element per line, already wrapped and styled.
  public var lines: [String]
  /// The current call's transcript changed and should be saved.
  public var transcriptChanged: Bool
  /// A call ended and the next began: this is the ended call's final transcript.
  public var finishedCall: Transcript?
  /// Forget the line-editing history (a new caller).
  public var clearHistory: Bool
  /// End the session.
  public var quit: Bool

  public init(
    lines: [String] = [], transcriptChanged: Bool = false, finishedCall: Transcript? = nil, clearHistory: Bool = false,
    quit: Bool = false
  ) {
    self.lines = lines
    self.transcriptChanged = transcriptChanged
    self.finishedCall = finishedCall
    self.clearHistory = clearHistory
    self.quit = quit
  }
}
