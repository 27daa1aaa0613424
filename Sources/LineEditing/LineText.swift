/// Turning the bytes of one line into text, within a size limit.
enum LineText {
  /// Decodes `bytes` as UTF-8 (invalid sequences become U+FFFD), keeping at most
  /// `limit` bytes; a cut never splits a character's encoding.
  ///
  /// Returns the text and whether anything was cut off.
  static func decode<Bytes: RandomAccessCollection>(
    _ bytes: Bytes, limit: Int
  ) -> (text: String, truncated: Bool) where Bytes.Element == UInt8, Bytes.Index == Int {
    guard bytes.count > limit else {
      return (String(decoding: bytes, as: UTF8.self), false)
    }
    let start = bytes.startIndex
    let end = start + characterBoundary(in: bytes, atOrBefore: start + max(limit, 0))
    return (String(decoding: bytes[start..<end], as: UTF8.self), true)
  }

  /// The offset from `bytes.startIndex` of the last UTF-8 character boundary at or
  /// before `index`: backs off when `index` falls inside a multi-byte sequence.
  static func characterBoundary<Bytes: RandomAccessCollection>(
    in bytes: Bytes, atOrBefore index: Int
  ) -> Int where Bytes.Element == UInt8, Bytes.Index == Int {
    let start = bytes.startIndex
    guard index > start, index < bytes.endIndex else { return min(index, bytes.endIndex) - start }
    // Walk back over at most three continuation bytes (10xxxxxx) to the lead byte.
    var lead = index - 1
    while lead > start, index - lead < 4, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
    let leadByte = bytes[lead]
    let sequenceLength = leadByte >= 0xF0 ? 4 : leadByte >= 0xE0 ? 3 : leadByte >= 0xC0 ? 2 : 1
    let cutsSequence = leadByte & 0xC0 == 0xC0 && index - lead < sequenceLength
    return (cutsSequence ? lead : index) - start
  }

  /// `prompt` with every ANSI escape sequence (`ESC [ ... final`) bracketed by the
  /// `\u{1}` / `\u{2}` markers that tell libedit those characters take no room on screen.
  static func markingInvisibleSequences(in prompt: String) -> String {
    guard prompt.utf8.contains(0x1B) else { return prompt }
    var marked: [UInt8] = []
    var bytes = Array(prompt.utf8)[...]
    while let first = bytes.first {
      guard first == 0x1B else {
        marked.append(first)
        bytes = bytes.dropFirst()
        continue
      }
      var length = 1
      if bytes.dropFirst().first == UInt8(ascii: "[") {
        length = 2
        // Parameter and intermediate bytes (0x20-0x3F), then one final byte (0x40-0x7E).
        while length < bytes.count, (0x20...0x3F).contains(bytes[bytes.startIndex + length]) { length += 1 }
        if length < bytes.count { length += 1 }
      }
      marked.append(0x01)
      marked.append(contentsOf: bytes.prefix(length))
      marked.append(0x02)
      bytes = bytes.dropFirst(length)
    }
    return String(decoding: marked, as: UTF8.self)
  }

  /// Pasted bytes as text: UTF-8 (invalid sequences become U+FFFD), each line break
  /// (`\r\n`, `\r` or `\n`) one `\n`, and blank lines at the start and end dropped.
  static func pastedText(_ bytes: [UInt8]) -> String {
    var normalized: [UInt8] = []
    normalized.reserveCapacity(bytes.count)
    var previous: UInt8 = 0
    for byte in bytes {
      switch byte {
      case 0x0D: normalized.append(0x0A)
      case 0x0A where previous == 0x0D: break
      default: normalized.append(byte)
      }
      previous = byte
    }
    let lines = String(decoding: normalized, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let isBlank: (Substring) -> Bool = { $0.allSatisfy(\.isWhitespace) }
    guard let first = lines.firstIndex(where: { !isBlank($0) }), let last = lines.lastIndex(where: { !isBlank($0) }) else {
      return ""
    }
    return lines[first...last].joined(separator: "\n")
  }
}
