@preconcurrency import Glibc

/// Buffered writing to standard output or standard error that never crashes when the
/// reader has gone away (a closed terminal, `| head`).
struct Output: Sendable {
  let descriptor: Int32

  static let standardOutput = Output(descriptor: 1)
  static let standardError = Output(descriptor: 2)

  /// Writes all of `text`; gives up quietly if the reader is gone.
  func write(_ text: String) {
    var text = text
    text.withUTF8 { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return
        }
        offset += written
      }
    }
  }

  /// Writes raw bytes; gives up quietly if the reader is gone.
  func write(bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
      if written < 0 {
        if errno == EINTR { continue }
        return
      }
      offset += written
    }
  }

  /// Writes each line followed by a newline.
  func write(lines: [String]) {
    write(lines.map { $0 + "\n" }.joined())
  }

  /// Whether this output is a terminal.
  var isTerminal: Bool { Platform.isTerminal(descriptor) }

  /// The style to use: colour only on a terminal, and never when `NO_COLOR` is set.
  var style: TextStyleChoice { TextStyleChoice(isTerminal: isTerminal) }
}

/// Whether to colour output, by the rules of no-color.org.
struct TextStyleChoice {
  let usesColor: Bool

  init(isTerminal: Bool) {
    let noColor = Platform.environment("NO_COLOR").map { !$0.isEmpty } ?? false
    let dumb = Platform.environment("TERM") == "dumb"
    usesColor = isTerminal && !noColor && !dumb
  }
}
