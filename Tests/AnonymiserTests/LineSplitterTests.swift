import Testing
import Anonymiser

/// Cutting a stream into lines in bounded memory, whatever the chunks.
@Suite struct LineSplitterTests {
  /// The pieces of `text` fed in chunks of `chunkSize` bytes, as strings.
  func pieces(_ text: String, maximum: Int = 8, chunkSize: Int) -> [String] {
    var splitter = LineSplitter(maximumLineBytes: maximum)
    var result: [String] = []
    func note(_ piece: LineSplitter.Piece) {
      switch piece {
      case .line(let number, let bytes): result.append("\(number):\(String(decoding: bytes, as: UTF8.self))")
      case .overlong(let number): result.append("\(number): too long")
      }
    }
    let bytes = Array(text.utf8)
    var start = 0
    while start < bytes.count {
      splitter.feed(Array(bytes[start..<min(start + chunkSize, bytes.count)]), note)
      start += chunkSize
    }
    splitter.finish(note)
    return result
  }

  @Test(arguments: [1, 2, 3, 5, 100])
  func givesEveryLineWithItsNumberWhateverTheChunks(chunkSize: Int) {
    #expect(pieces("one\r\ntwo\n\nthree", chunkSize: chunkSize) == ["1:one", "2:two", "3:", "4:three"])
  }

  @Test(arguments: [1, 3, 7, 100])
  func reportsALineTooLongOnceAndGoesOnWithTheNext(chunkSize: Int) {
    #expect(pieces("short\n0123456789abcdef\nnext\n", chunkSize: chunkSize) == ["1:short", "2: too long", "3:next"])
  }

  @Test(arguments: [1, 4, 100])
  func keepsALineExactlyAtTheLimitEvenWithACarriageReturn(chunkSize: Int) {
    #expect(pieces("12345678\r\n123456789\r\n", chunkSize: chunkSize) == ["1:12345678", "2: too long"])
  }

  @Test func reportsALongLineAsSoonAsItPassesTheLimit() {
    var splitter = LineSplitter(maximumLineBytes: 4)
    var seen: [LineSplitter.Piece] = []
    splitter.feed(Array("abcdefgh".utf8)) { seen.append($0) }
    #expect(seen == [.overlong(number: 1)])
    splitter.feed(Array("ijk\nok".utf8)) { seen.append($0) }
    splitter.finish { seen.append($0) }
    #expect(seen == [.overlong(number: 1), .line(number: 2, bytes: Array("ok".utf8)[...])])
  }

  @Test func givesNothingForAnEmptyStream() {
    #expect(pieces("", chunkSize: 4).isEmpty)
  }
}
