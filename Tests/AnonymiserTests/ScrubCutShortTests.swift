import Anonymiser
import Testing

/// Notes cut short: a note typed halfway, or pasted from its middle, ends or
/// starts where no rule expects it to. The scrubber reads past neither end.
@Suite struct ScrubCutShortTests {
  let scrubber = Scrubber()

  /// The notes' prefixes and suffixes at every space, from sets typed in lower
  /// case and in a log's shorthand, where rules look furthest ahead and behind.
  @Test(arguments: [HeldOutSet.fortySecond, HeldOutSet.fortyNinth, HeldOutSet.fiftyFirst, HeldOutSet.fiftySecond])
  func scrubsEveryNoteCutShortAtAnySpace(set: String) throws {
    var scrubbed = 0
    for note in try HeldOutSet.notes(of: set) {
      let bytes = Array(note.text.utf8)
      for (k, byte) in bytes.enumerated() where byte == UInt8(ascii: " ") {
        let head = String(decoding: bytes[..<k], as: UTF8.self)
        let tail = String(decoding: bytes[(k + 1)...], as: UTF8.self)
        // Scrubbing twice changes nothing, which also reads the placeholders back.
        let once = scrubber.scrub(head)
        #expect(scrubber.scrub(once) == once)
        _ = scrubber.scrub(tail)
        scrubbed += 2
      }
    }
    #expect(scrubbed > 1000)
  }

  @Test(arguments: [
    // A call back cut off after its "c", and after its slash.
    ("quang pt c", "[NAME] pt c"),
    ("quang pt c/", "[NAME] pt c/"),
    ("bilal pt c/b", "[NAME] pt c/b"),
    // A dash opening the note before an initial, as a signature's dash comes before it.
    ("- K.", "- K."),
    ("- K. J.", "- [NAME]."),
  ])
  func scrubsANoteCutShortBeforeOrAfterShorthand(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }
}
