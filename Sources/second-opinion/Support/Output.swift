import Guidance
import LineEditing

/// Where the tool writes: standard output or standard error, through `Terminal`, which
/// never crashes when the reader has gone (a closed terminal, `| head`).
enum Output {
  case standardOutput, standardError

  /// Writes `text` as it is.
  func write(_ text: String) {
    switch self {
    case .standardOutput: Terminal.write(text)
    case .standardError: Terminal.writeError(text)
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

  /// Colour and bold only when this output is a terminal that wants them (no-color.org).
  var textStyle: TextStyle {
    TextStyle(
      usesColor: Terminal.shouldUseColour(
        outputIsTerminal: Platform.isTerminal(self == .standardOutput ? 1 : 2),
        noColor: Platform.environment("NO_COLOR"), term: Platform.environment("TERM")))
  }
}
