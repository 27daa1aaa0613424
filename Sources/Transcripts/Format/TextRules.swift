/// The rules a transcript's values follow, shared by rendering and parsing.
enum TextRules {
  /// The offset of the first byte that breaks the id rule (lower-case letters, digits,
  /// single hyphens, no hyphen at either end), or nil when the bytes form an id.
  /// An empty id is broken at offset 0.
  static func firstBadIDByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard !bytes.isEmpty else { return 0 }
    var previous: UInt8 = 0
    for (offset, byte) in bytes.enumerated() {
      let isLetterOrDigit = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
      if byte == 0x2D {
        if offset == 0 || previous == 0x2D { return offset }
      } else if !isLetterOrDigit {
        return offset
      }
      previous = byte
    }
    return previous == 0x2D ? bytes.count - 1 : nil
  }

  /// The offset and the code point of the first character that may not stand in one line
  /// of plain text: C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
  static func firstControlCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, scalar: UInt32)? {
    var offset = 0
    let count = bytes.count
    while offset < count {
      let byte = bytes[offset]
      if byte < 0x20 || byte == 0x7F { return (offset, UInt32(byte)) }
      if byte == 0xC2, offset + 1 < count, bytes[offset + 1] >= 0x80, bytes[offset + 1] <= 0x9F {
        return (offset, UInt32(bytes[offset + 1]))
      }
      if byte == 0xE2, offset + 2 < count, bytes[offset + 1] == 0x80, bytes[offset + 2] == 0xA8 || bytes[offset + 2] == 0xA9 {
        return (offset, 0x2000 + UInt32(bytes[offset + 2]) - 0x80)
      }
      offset += 1
    }
    return nil
  }

  /// Whether a scalar may not stand in one line of plain text.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (value >= 0x7F && value <= 0x9F) || value == 0x2028 || value == 0x2029
  }

  /// The text with every control character replaced by a space, so that it stays on one line.
  static func singleLine(_ text: String) -> String {
    var copy = text
    let isClean = copy.withUTF8 { firstControlCharacter($0) == nil }
    if isClean { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { scalars.append(isControl(scalar) ? " " : scalar) }
    return String(scalars)
  }

  /// The offset of the first byte that is not a lower-case hexadecimal digit.
  static func firstNonHexByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    bytes.firstIndex { !(($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66)) }
  }

  /// The kind of the first character of some bytes, for messages that must not quote
  /// a file's text: "a space", "a letter", "a capital letter", "a digit", "':'" for
  /// punctuation, "a character outside ASCII", or the control character's name.
  static func kindOfCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    guard let byte = bytes.first else { return "the end of the line" }
    if let control = firstControlCharacter(bytes), control.offset == 0 { return "a control character, \(describeControl(control.scalar))" }
    switch byte {
    case 0x20: return "a space"
    case 0x61...0x7A: return "a letter"
    case 0x41...0x5A: return "a capital letter"
    case 0x30...0x39: return "a digit"
    case 0x21...0x7E: return "'\(Character(Unicode.Scalar(byte)))'"
    default: return "a character outside ASCII"
    }
  }

  /// How a control character is named in a message: `U+0009 (a tab)`.
  static func describeControl(_ value: UInt32) -> String {
    var hex = String(value, radix: 16, uppercase: true)
    hex = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    let names: [UInt32: String] = [
      0x09: "a tab", 0x0D: "a carriage return", 0x1B: "an escape", 0x00: "a NUL", 0x7F: "a delete",
      0x2028: "a line separator", 0x2029: "a paragraph separator",
    ]
    return "U+\(hex)" + (names[value].map { " (\($0))" } ?? "")
  }

  /// "a, b or c".
  static func list(_ items: [String], joinedBy conjunction: String = "or") -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
  }
}
