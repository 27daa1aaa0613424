import PolicyEngine
@preconcurrency import Glibc
import Testing
@testable import LineEditing

/// The reader for piped input, through real pipes.
@Suite struct PlainLineReaderTests {
  /// Everything a reader returns for `bytes`, up to and including the first `.endOfInput`.
  private func lines(
    from bytes: [UInt8], maximumLineBytes: Int = 64 * 1024, chunkSize: Int = 16 * 1024
  ) async throws -> [LineInput] {
    let pipe = TestPipe()
    let writer = pipe.feed(bytes)
    let reader = PlainLineReader(
      input: pipe.readEnd, output: -1, maximumLineBytes: maximumLineBytes, signals: quietSignals, chunkSize: chunkSize
    )
    var results: [LineInput] = []
    while results.last != .endOfInput {
      results.append(reader.readLine(prompt: ""))
      try #require(results.count <= bytes.count + 2, "the reader keeps returning lines")
    }
    #expect(await writer.result() == true)
    return results
  }

  private func lines(from text: String, maximumLineBytes: Int = 64 * 1024) async throws -> [LineInput] {
    try await lines(from: Array(text.utf8), maximumLineBytes: maximumLineBytes)
  }

  @Test func splitsOnNewlineAndDropsOneCarriageReturnBeforeIt() async throws {
    #expect(
      try await lines(from: "a\r\nb\n\nc\r\r\n\rd\n")
        == [.line("a"), .line("b"), .line(""), .line("c\r"), .line("\rd"), .endOfInput]
    )
  }

  @Test func partialLastLineComesBeforeEndOfInput() async throws {
    #expect(try await lines(from: "x\ny") == [.line("x"), .line("y"), .endOfInput])
    #expect(try await lines(from: "last\r") == [.line("last"), .endOfInput])
  }

  @Test func emptyInputIsEndOfInputAndStaysSo() async throws {
    let pipe = TestPipe()
    pipe.closeWriteEnd()
    let reader = PlainLineReader(input: pipe.readEnd, output: -1, maximumLineBytes: 100, signals: quietSignals)
    #expect(reader.readLine(prompt: "") == .endOfInput)
    #expect(reader.readLine(prompt: "") == .endOfInput)
  }

  @Test func emptyLinesAreLines() async throws {
    #expect(try await lines(from: "\n\n\r\n") == [.line(""), .line(""), .line(""), .endOfInput])
  }

  @Test func invalidUTF8BecomesReplacementCharacters() async throws {
    #expect(
      try await lines(from: [0x61, 0xFF, 0x62, 0xC3, 0x0A, 0xE2, 0x9C, 0x93, 0x0A])
        == [.line("a\u{FFFD}b\u{FFFD}"), .line("✓"), .endOfInput]
    )
  }

  @Test func nulAndControlCharactersPassThroughUnchanged() async throws {
    #expect(
      try await lines(from: [0x00, 0x01, 0x1B, 0x5B, 0x32, 0x4A, 0x7F, 0x0A, 0x00])
        == [.line("\u{0}\u{1}\u{1B}[2J\u{7F}"), .line("\u{0}"), .endOfInput]
    )
  }

  @Test func megabyteLineIsCutAtTheLimitAndTheRestOfItDiscarded() async throws {
    let pipe = TestPipe()
    pipe.feed(Array(repeating: UInt8(ascii: "x"), count: 1 << 20) + Array("\nnext\n".utf8))
    let reader = PlainLineReader(input: pipe.readEnd, output: -1, maximumLineBytes: 64 * 1024, signals: quietSignals)
    #expect(reader.readLine(prompt: "") == .truncatedLine(String(repeating: "x", count: 64 * 1024)))
    #expect(reader.readLine(prompt: "") == .line("next"))
    #expect(reader.readLine(prompt: "") == .endOfInput)
    // Never more than the limit plus one read's worth of bytes (16 KiB) in memory.
    #expect(reader.bufferCapacity < 100 * 1024)
  }

  @Test func overlongLastLineWithoutNewlineIsCutThenEndOfInput() async throws {
    #expect(try await lines(from: "abcdefgh", maximumLineBytes: 4) == [.truncatedLine("abcd"), .endOfInput])
  }

  @Test func lineOfExactlyTheLimitIsWholeEvenWithCarriageReturn() async throws {
    #expect(try await lines(from: "abcd\r\nabcde\n", maximumLineBytes: 4) == [
      .line("abcd"), .truncatedLine("abcd"), .endOfInput,
    ])
  }

  @Test func cutNeverSplitsACharacter() async throws {
    #expect(try await lines(from: "ééé\n", maximumLineBytes: 5) == [.truncatedLine("éé"), .endOfInput])
    #expect(try await lines(from: "a✓✓", maximumLineBytes: 6) == [.truncatedLine("a✓"), .endOfInput])
  }

  @Test(arguments: [1, 2, 3, 7, 4096])
  func resultsDoNotDependOnHowTheInputArrives(chunkSize: Int) async throws {
    let text = Array("one\r\ntwo\n\nthree long line\r\nfour".utf8)
    #expect(try await lines(from: text, maximumLineBytes: 10, chunkSize: chunkSize) == [
      .line("one"), .line("two"), .line(""), .truncatedLine("three long"), .line("four"), .endOfInput,
    ])
  }

  @Test func randomBytesGiveOneResultPerNewline() async throws {
    var generator = SeededRandom(seed: 20_241_125)
    let bytes = (0..<(256 * 1024)).map { _ in UInt8.random(in: 0...255, using: &generator) }
    var pieces = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
    if pieces.last?.isEmpty == true { pieces.removeLast() }  // input ending in "\n" has no partial line
    let expected = pieces.map { piece in
      LineInput.line(String(decoding: piece.last == 0x0D ? piece.dropLast() : piece, as: UTF8.self))
    }
    #expect(expected.count > 900)  // about one newline in 256 bytes
    #expect(try await lines(from: bytes) == expected + [.endOfInput])
  }

  @Test func promptIsWrittenBeforeReadingAndNoNewlineFollowsOnAPipe() async throws {
    let input = TestPipe()
    let output = TestPipe()
    input.feed(Array("answer\n".utf8))
    let reader = PlainLineReader(input: input.readEnd, output: output.writeEnd, maximumLineBytes: 100, signals: quietSignals)
    #expect(reader.readLine(prompt: "Hospital? ") == .line("answer"))
    #expect(reader.readLine(prompt: "Next? ") == .endOfInput)
    #expect(String(decoding: output.availableBytes(), as: UTF8.self) == "Hospital? Next? ")
  }

  @Test func pendingTerminationReturnsAtOnceWithoutReading() async throws {
    let pipe = TestPipe()
    pipe.feed(Array("kept\n".utf8))
    let signals = ManualSignals()
    let reader = PlainLineReader(input: pipe.readEnd, output: -1, maximumLineBytes: 100, signals: signals.source)
    signals.terminate(.hangup)
    #expect(reader.readLine(prompt: "") == .terminated(.hangup))
    #expect(reader.readLine(prompt: "") == .terminated(.hangup))
  }

  @Test func terminationWhileWaitingForInputWakesTheReader() async throws {
    let pipe = TestPipe()  // nothing is ever written, and the write end stays open
    let signals = ManualSignals()
    let reader = PlainLineReader(input: pipe.readEnd, output: -1, maximumLineBytes: 100, signals: signals.source)
    nonisolated(unsafe) let unsafeReader = reader
    let pending = BackgroundThread { unsafeReader.readLine(prompt: "") }
    try await Task.sleep(for: .milliseconds(50))  // let the reader start waiting
    signals.terminate(.terminate)
    #expect(await pending.result() == .terminated(.terminate))
  }

  @Test func ctrlCWhileWaitingIsInterruptedAndInputLaterStillArrives() async throws {
    let pipe = TestPipe()
    let signals = ManualSignals()
    let reader = PlainLineReader(input: pipe.readEnd, output: -1, maximumLineBytes: 100, signals: signals.source)
    nonisolated(unsafe) let unsafeReader = reader
    let pending = BackgroundThread { unsafeReader.readLine(prompt: "") }
    try await Task.sleep(for: .milliseconds(50))
    signals.pressCtrlC()
    #expect(await pending.result() == .interrupted)
    pipe.feed(Array("after\n".utf8))
    #expect(reader.readLine(prompt: "") == .line("after"))
  }

  @Test func ctrlCBeforeTheCallIsForgotten() async throws {
    let pipe = TestPipe()
    pipe.feed(Array("typed\n".utf8))
    let signals = ManualSignals()
    let reader = PlainLineReader(input: pipe.readEnd, output: -1, maximumLineBytes: 100, signals: signals.source)
    signals.pressCtrlC()
    #expect(reader.readLine(prompt: "") == .line("typed"))
  }
}
