import Synchronization
import Guidance

/// Standard output or standard error: the only two places the tool writes text.
///
/// Writes never crash when the reader has gone (a closed terminal, `| head`); a write
/// that fails is remembered, so that a command can end with a non-zero status, as `cat`
/// does, rather than claim success for output nobody received.
enum Output {
  case standardOutput, standardError

  var descriptor: Int32 { self == .standardOutput ? 1 : 2 }

  /// Writes `text` as it is.
  func write(_ text: String) {
    guard !text.isEmpty else { return }
    if !Platform.write(text, to: descriptor) { Output.failedWrites.withLock { $0.insert(descriptor) } }
  }

  /// Writes each line followed by a newline.
  func write(lines: [String]) {
    guard !lines.isEmpty else { return }
    write(lines.joined(separator: "\n") + "\n")
  }

  /// Writes bytes that are already UTF-8 text.
  func write(bytes: [UInt8]) {
    write(String(decoding: bytes, as: UTF8.self))
  }

  /// Whether this output is a terminal.
  var isTerminal: Bool { Platform.isTerminal(descriptor) }

  /// Colour and bold only when this output is a terminal that wants them (no-color.org).
  var textStyle: TextStyle {
    TextStyle(outputIsTerminal: isTerminal, noColor: Platform.environment("NO_COLOR"), term: Platform.environment("TERM"))
  }

  /// How screens for this output are laid out: its width now, and its style.
  var presentation: Presentation {
    Presentation(
      width: Presentation.columns(windowColumns: Platform.windowColumns(of: descriptor), columnsVariable: Platform.environment("COLUMNS")),
      style: textStyle)
  }

  /// Whether a write to this output has failed.
  var hasFailed: Bool { Output.failedWrites.withLock { $0.contains(descriptor) } }

  private static let failedWrites = Mutex<Set<Int32>>([])
}

/// Facts about the terminal the tool runs in.
enum Terminal {
  /// Whether both standard input and standard output are terminals: a person is typing
  /// and reading, so line editing, colour and screen layout apply.
  static var isInteractive: Bool {
    Platform.isTerminal(0) && Platform.isTerminal(1)
  }
}
