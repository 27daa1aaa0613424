import TestSupport
import PolicyEngine
import Testing

@testable import Transcripts

/// Damaged transcripts, made from the generated ones by a seeded generator, so every
/// run tries the same cases.
@Suite struct TranscriptRobustnessTests {
  /// The seeded generator the note generator uses, so every run tries the same cases.
  
  /// Bytes that are likely to matter to the reader.
  static let interesting: [UInt8] = Array(" :,-\n\r\t\0aAz09".utf8) + [0x80, 0xC2, 0x85, 0xE2, 0xFF]

  func damaged(_ bytes: [UInt8], using generator: inout SeededRandom) -> [UInt8] {
    var bytes = bytes
    for _ in 0..<Int.random(in: 1...3, using: &generator) where !bytes.isEmpty {
      let at = Int.random(in: 0..<bytes.count, using: &generator)
      switch Int.random(in: 0..<5, using: &generator) {
      case 0: bytes.remove(at: at)
      case 1: bytes.insert(Self.interesting.randomElement(using: &generator)!, at: at)
      case 2: bytes[at] = Self.interesting.randomElement(using: &generator)!
      case 3: bytes.removeSubrange(at...)
      default:
        let length = min(Int.random(in: 1...40, using: &generator), bytes.count - at)
        bytes.insert(contentsOf: bytes[at..<(at + length)], at: Int.random(in: 0...bytes.count, using: &generator))
      }
    }
    return bytes
  }

  @Test func neverCrashesAndAcceptsOnlyTheTextItWouldWrite() {
    var generator = SeededRandom(seed: 2026_11_25)
    let originals = (pathCorpus.prefix(10) + sampleCalls).map { Array($0.transcript.text.utf8) }
    var accepted = 0
    for case_ in 0..<3000 {
      let bytes = damaged(originals[case_ % originals.count], using: &generator)
      do {
        let transcript = try Transcript(parsing: bytes, file: "damaged.txt")
        accepted += 1
        #expect(Array(transcript.text.utf8) == bytes, "case \(case_): accepted a text it would not write")
        _ = shipped.current.replay(transcript, file: "damaged.txt").lines
        _ = shipped.current.update(transcript)
      } catch {
        #expect(!error.diagnostics.isEmpty)
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
        for diagnostic in error.diagnostics {
          let location = diagnostic.location!
          #expect(location.file == "damaged.txt")
          #expect(location.line >= 1 && location.line <= lines + 1, "case \(case_): \(diagnostic)")
          #expect(location.column >= 1, "case \(case_): \(diagnostic)")
        }
      }
    }
    #expect(accepted > 0)
  }

  @Test func makesSixteenHexDigitSessionIds() {
    var generator = SeededRandom(seed: 1)
    let ids = (0..<100).map { _ in Transcript.Header.randomSessionID(using: &generator) }
    #expect(ids.allSatisfy { $0.count == 16 && $0.allSatisfy { "0123456789abcdef".contains($0) } })
    #expect(Set(ids).count == 100)
    struct Zero: RandomNumberGenerator { mutating func next() -> UInt64 { 0x00ab } }
    var zero = Zero()
    #expect(Transcript.Header.randomSessionID(using: &zero) == "00000000000000ab")
  }
}
