/// Reads lines from a descriptor that is not a terminal, or whose output is not one:
/// piped or redirected input, scripts, tests.
///
/// It reads with `read(2)` in chunks, splits on `\n` (dropping one `\r` before it), and
/// never holds much more than ``maximumLineBytes`` of a line: a longer line comes back
/// as `.truncatedLine` and the rest of it is read and discarded. Odd bytes (NUL, control
/// characters, invalid UTF-8) never stop it; invalid UTF-8 becomes U+FFFD.
///
/// Ctrl-C and termination are noticed while waiting for input once
/// ``Signals/installHandlers()`` has run (``makeLineReader(maximumLineBytes:)`` does that).
public final class PlainLineReader: LineReader {
  /// The default most bytes of a line: 64 KiB.
  public static let defaultMaximumLineBytes = 64 * 1024

  /// The most bytes of a line returned; the rest of a longer line is discarded.
  public let maximumLineBytes: Int

  /// Ignored: there is no Tab completion without line editing.
  public var completionWords: [String] = []

  private let input: Int32
  private let output: Int32
  private let outputIsTerminal: Bool
  private let signals: SignalSource
  private let chunkSize: Int
  /// Bytes read but not yet returned start at `start`; at most about
  /// `maximumLineBytes + chunkSize` bytes are ever held.
  private var buffer: [UInt8] = []
  private var start = 0
  /// True after returning the cut-off start of a long line, until its `\n` is seen.
  private var discardingRestOfLine = false
  private var reachedEnd = false

  /// A reader of `input` that shows prompts on `output` (both default to the standard ones).
  public convenience init(
    input: Int32 = 0,
    output: Int32 = 1,
    maximumLineBytes: Int = PlainLineReader.defaultMaximumLineBytes
  ) {
    self.init(input: input, output: output, maximumLineBytes: maximumLineBytes, signals: .process)
  }

  init(input: Int32, output: Int32, maximumLineBytes: Int, signals: SignalSource, chunkSize: Int = 16 * 1024) {
    self.input = input
    self.output = output
    self.outputIsTerminal = Platform.isTerminal(output)
    self.maximumLineBytes = max(maximumLineBytes, 1)
    self.signals = signals
    self.chunkSize = max(chunkSize, 1)
    // The most the buffer ever holds; reserved up front so it never grows past it.
    buffer.reserveCapacity(self.maximumLineBytes + 1 + self.chunkSize)
  }

  /// Writes `prompt` (flushed) and returns the next line. See ``LineReader/readLine(prompt:)``.
  ///
  /// At the end of input a last line without `\n` is returned as a line, then
  /// `.endOfInput` from then on. When output is a terminal, a newline follows the prompt
  /// on any outcome other than a line, so the cursor is at the start of a line.
  public func readLine(prompt: String) -> LineInput {
    if let termination = signals.pendingTermination() { return .terminated(termination) }
    _ = signals.takeInterrupt()  // a Ctrl-C from before this prompt cancels nothing
    if !prompt.isEmpty { Platform.write(prompt, to: output) }
    let result = nextLine()
    switch result {
    case .line, .truncatedLine, .pasted: break
    case .interrupted, .endOfInput, .terminated:
      if outputIsTerminal && !prompt.isEmpty { Platform.write("\n", to: output) }
    }
    return result
  }

  /// How many bytes the buffer has room for (tests check that it stays small).
  var bufferCapacity: Int { buffer.capacity }

  /// Does nothing: there is no history without line editing.
  public func clearHistory() {}

  private func nextLine() -> LineInput {
    while true {
      if let termination = signals.pendingTermination() { return .terminated(termination) }
      if signals.takeInterrupt() { return .interrupted }
      if let line = takeBufferedLine() { return line }
      if reachedEnd { return takeLastLine() }
      fill()
    }
  }

  /// The next complete line in the buffer, or the cut-off start of an overlong one;
  /// `nil` when more input is needed first.
  private func takeBufferedLine() -> LineInput? {
    while let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
      let lineStart = start
      start = newline + 1
      if discardingRestOfLine {
        discardingRestOfLine = false
        continue
      }
      return decodedLine(buffer[lineStart..<newline])
    }
    if discardingRestOfLine {
      dropBuffer()
    } else if buffer.count - start > maximumLineBytes + 1 {  // + 1: room for a `\r`
      let text = LineText.decode(buffer[start...], limit: maximumLineBytes).text
      discardingRestOfLine = true
      dropBuffer()
      return .truncatedLine(text)
    }
    return nil
  }

  /// What is left at the end of input: a last line without `\n`, or `.endOfInput`.
  private func takeLastLine() -> LineInput {
    defer { dropBuffer() }
    guard start < buffer.count, !discardingRestOfLine else {
      discardingRestOfLine = false
      return .endOfInput
    }
    return decodedLine(buffer[start...])
  }

  private func decodedLine(_ bytes: ArraySlice<UInt8>) -> LineInput {
    var bytes = bytes
    if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
    let (text, truncated) = LineText.decode(bytes, limit: maximumLineBytes)
    return truncated ? .truncatedLine(text) : .line(text)
  }

  private func dropBuffer() {
    buffer.removeAll(keepingCapacity: true)
    start = 0
  }

  /// Waits for input (or a signal) and appends one chunk of it to the buffer.
  private func fill() {
    if start > 0 {
      buffer.removeSubrange(..<start)
      start = 0
    }
    guard Platform.waitUntilReadable(input, orWokenBy: signals.wakeDescriptor()) == .readable else { return }
    let previousCount = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: chunkSize))
    let outcome = buffer.withUnsafeMutableBytes { all in
      Platform.read(input, into: UnsafeMutableRawBufferPointer(rebasing: all[previousCount...]))
    }
    switch outcome {
    case .bytes(let count):
      buffer.removeSubrange((previousCount + count)...)
    case .endOfFile:
      buffer.removeSubrange(previousCount...)
      reachedEnd = true
    case .retry:
      buffer.removeSubrange(previousCount...)
    }
  }
}
