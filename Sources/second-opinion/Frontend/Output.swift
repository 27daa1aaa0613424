import Synchronization
import Guidance
import LineEditing

/// Standard output or standard error: the only two places the tool writes text.
///
/// Writes never crash when the reader has gone (a closed terminal, `| head`); a write
/// that fails is remembered, so that a command can end with a non-zero status, as `cat`
/// does, rather than claim success for output nobody received.
enum Output {
  case standardOutput, standardError

  var descriptor: Int32 { self == .standardOutput ? 1 : 2 }

  /// Writes `text` as it is. Once a write has failed, nothing more is written here.
  ///
  /// A write that waits for a reader is given up when a hang-up or termination signal
  /// arrives, so that the call can still be saved.
  func write(_ text: String) {
    guard !text.isEmpty, failure == nil else { return }
    if case .failed(let code) = Platform.write(text, to: descriptor, giveUp: { Signals.pendingTermination != nil }) {
      Output.failures.withLock { $0[descriptor] = code }
    }
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

  /// Why a write to this output failed (an `errno` value), or nil when none has.
  var failure: Int32? { Output.failures.withLock { $0[descriptor] } }

  /// The first failure of a write to each output, by descriptor.
  private static let failures = Mutex<[Int32: Int32]>([:])
}

/// Facts about the terminal the tool runs in.
enum Terminal {
  /// Whether both standard input and standard output are terminals: a person is typing
  /// and reading, so line editing, colour and screen layout apply.
  static var isInteractive: Bool {
    Platform.isTerminal(0) && Platform.isTerminal(1)
  }
}
