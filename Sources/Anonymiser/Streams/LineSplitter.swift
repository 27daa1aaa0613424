/// Cuts a stream of bytes, given in chunks of any size, into lines, holding at
/// most `maximumLineBytes` of a line that has not ended yet: so a filter or an
/// auditor reads any input in bounded memory.
///
/// Lines end at LF; a CR before the LF is dropped. A line longer than the
/// limit is not held: it is reported once, as `.overlong`, as soon as it
/// passes the limit, and the rest of it is skipped up to its LF.
///
/// ```swift
/// var splitter = LineSplitter(maximumLineBytes: 1 << 20)
/// splitter.feed(Array("first\r\nsec".utf8)) { print($0) }   // .line(1, "first")
/// splitter.feed(Array("ond\n".utf8)) { print($0) }          // .line(2, "second")
/// splitter.finish { print($0) }                             // nothing more
/// ```
public struct LineSplitter: Sendable {
  /// One piece of the stream: a whole line, or news of a line too long to hold.
  public enum Piece: Equatable, Sendable {
    /// Line `number` (from 1), without its line ending.
    case line(number: Int, bytes: ArraySlice<UInt8>)
    /// Line `number` is longer than the limit; none of it is given.
    case overlong(number: Int)
  }

  /// The longest line given whole, in bytes, without its line ending.
  public let maximumLineBytes: Int
  private var pending: [UInt8] = []
  private var lineNumber = 1
  private var skippingOverlongLine = false

  public init(maximumLineBytes: Int) {
    self.maximumLineBytes = maximumLineBytes
  }

  /// Feeds the next chunk of the stream, calling `emit` with each piece it completes.
  public mutating func feed(_ chunk: [UInt8], _ emit: (Piece) -> Void) {
    var start = 0
    while start < chunk.count {
      let newline = chunk[start...].firstIndex(of: UInt8(ascii: "\n"))
      let end = newline ?? chunk.count
      if skippingOverlongLine {
        if newline != nil {
          skippingOverlongLine = false
          lineNumber += 1
        }
      } else if pending.isEmpty, newline != nil {
        emitLine(chunk[start..<end], emit)
      } else if pending.count + (end - start) > maximumLineBytes + 1 {
        // One byte more than the limit may be held: the CR of a CRLF.
        pending.removeAll(keepingCapacity: false)
        emit(.overlong(number: lineNumber))
        if newline != nil { lineNumber += 1 } else { skippingOverlongLine = true }
      } else {
        pending.append(contentsOf: chunk[start..<end])
        if newline != nil {
          emitLine(pending[...], emit)
          pending.removeAll(keepingCapacity: true)
        }
      }
      start = newline.map { $0 + 1 } ?? chunk.count
    }
  }

  /// Ends the stream, calling `emit` with a last line that has no line ending.
  public mutating func finish(_ emit: (Piece) -> Void) {
    if !pending.isEmpty { emitLine(pending[...], emit) }
    pending.removeAll()
    skippingOverlongLine = false
  }

  private mutating func emitLine(_ bytes: ArraySlice<UInt8>, _ emit: (Piece) -> Void) {
    var line = bytes
    if line.last == UInt8(ascii: "\r") { line.removeLast() }
    if line.count > maximumLineBytes {
      emit(.overlong(number: lineNumber))
    } else {
      emit(.line(number: lineNumber, bytes: line))
    }
    lineNumber += 1
  }
}
