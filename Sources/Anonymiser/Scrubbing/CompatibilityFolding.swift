/// A line as the recognisers read it: compatibility forms folded to plain ASCII,
/// with, for every byte, where in the original line it came from.
///
/// Digits of every script (Arabic-Indic, Persian, Devanagari, full-width,
/// mathematical bold...) become ASCII digits; full-width letters and signs
/// ("＠", "／", "ｊ") their ASCII forms; every kind of space one space; soft
/// hyphens, word joiners and byte-order marks vanish; dashes become "-" and
/// curly quotes straight ones. Letters with diacritics are left as they are.
///
/// ```swift
/// let folded = FoldedLine(folding: Array("٠٧٧٠٠\u{AD}900".utf8))!
/// String(decoding: folded.bytes, as: UTF8.self)   // "07700900"
/// ```
struct FoldedLine {
  /// The folded text, UTF-8.
  var bytes: [UInt8]
  /// For each byte of `bytes`, the offset in the original line of the start of
  /// the character it came from.
  var starts: [Int32]
  /// For each byte of `bytes`, the offset in the original line just after the
  /// character it came from.
  var ends: [Int32]

  /// The line folded, or nil when folding would change nothing (every ASCII
  /// line, and most others), so the original can be read as it is.
  init?(folding line: UnsafeBufferPointer<UInt8>) {
    guard let first = Self.firstNonASCII(line) else { return nil }
    var bytes: [UInt8] = []
    var starts: [Int32] = []
    var ends: [Int32] = []
    var changed = false
    var i = first
    // Everything before the first non-ASCII byte is copied as it is.
    bytes.reserveCapacity(line.count)
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: line[0..<first]))
    starts.reserveCapacity(line.count)
    ends.reserveCapacity(line.count)
    for k in 0..<first {
      starts.append(Int32(k))
      ends.append(Int32(k + 1))
    }
    while i < line.count {
      let c = line[i]
      let length = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
      let end = min(i + length, line.count)
      func keep() {
        for k in i..<end {
          bytes.append(line[k])
          starts.append(Int32(i))
          ends.append(Int32(end))
        }
      }
      if c < 0x80 {
        keep()
      } else if let scalar = Self.scalar(line, i, end) {
        switch Self.fold(scalar) {
        case .same:
          keep()
        case .drop:
          changed = true
        case .replace(let replacement):
          changed = true
          for byte in replacement.utf8 {
            bytes.append(byte)
            starts.append(Int32(i))
            ends.append(Int32(end))
          }
        }
      } else {
        keep()
      }
      i = end
    }
    guard changed else { return nil }
    self.bytes = bytes
    self.starts = starts
    self.ends = ends
  }

  /// The offset of the first byte outside ASCII, read eight bytes at a time.
  static func firstNonASCII(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = 0
    if let base = line.baseAddress {
      let raw = UnsafeRawPointer(base)
      while i + 8 <= line.count {
        if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { break }
        i += 8
      }
    }
    while i < line.count {
      if line[i] >= 0x80 { return i }
      i += 1
    }
    return nil
  }

  /// The scalar encoded at `i..<end`, if the bytes are valid UTF-8.
  private static func scalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Unicode.Scalar? {
    var decoder = UTF8()
    var iterator = UnsafeBufferPointer(rebasing: b[i..<end]).makeIterator()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
    return nil
  }

  /// What becomes of one non-ASCII scalar.
  enum Folding: Equatable {
    /// Kept as it is.
    case same
    /// Removed: an invisible character that only joins or hints.
    case drop
    /// Replaced by ASCII text.
    case replace(String)
  }

  /// How a non-ASCII scalar folds.
  static func fold(_ scalar: Unicode.Scalar) -> Folding {
    let v = scalar.value
    switch v {
    case 0x00AD, 0x034F, 0x180E, 0x2060, 0xFEFF:
      return .drop  // soft hyphen, grapheme joiner, vowel separator, word joiner, BOM
    case 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C, 0x2028, 0x2029:
      return .replace(" ")  // zero-width spaces, joiners and direction marks: separators
    case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0x2E3A, 0x2E3B:
      return .replace("-")
    case 0x2018, 0x2019, 0x201B, 0x2032:
      return .replace("'")
    case 0x201C, 0x201D, 0x201F:
      return .replace("\"")
    case 0x2044, 0x2215:
      return .replace("/")
    case 0x3001, 0x060C, 0x066C:
      return .replace(",")
    case 0x3002, 0xFF61, 0x066B:
      return .replace(".")
    case 0xFF01...0xFF5E:
      return .replace(String(Character(Unicode.Scalar(UInt8(v - 0xFEE0)))))  // full-width forms
    case 0xFE50...0xFE6B:
      return smallForm(v)
    case 0xFB00...0xFB06:
      return .replace(["ff", "fi", "fl", "ffi", "ffl", "st", "st"][Int(v - 0xFB00)])
    case 0x1D400...0x1D6A3:
      // Mathematical letters: thirteen alphabets of A-Z then a-z.
      let k = Int(v - 0x1D400) % 52
      return .replace(String(Character(Unicode.Scalar(UInt8(k < 26 ? 0x41 + k : 0x61 + k - 26)))))
    case 0x00BC...0x00BE, 0x2150...0x215F:
      return .same  // vulgar fractions stay: "1½ cm" is a size
    default:
      break
    }
    let properties = scalar.properties
    if properties.generalCategory == .spaceSeparator { return .replace(" ") }
    guard let type = properties.numericType else { return .same }
    switch type {
    case .decimal, .digit:
      if let value = properties.numericValue, value >= 0, value <= 9, value == value.rounded() {
        return .replace(String(Int(value)))
      }
      return .replace("1")
    case .numeric:
      // Numerals of other systems ("፲", "⑩") stand for digits whose value is
      // unknown here; ideographs and letter numerals ("十", "Ⅻ") stay letters.
      return properties.isAlphabetic ? .same : .replace("1")
    @unknown default:
      return .same
    }
  }

  /// The ASCII form of a small form variant (U+FE50 to U+FE6B), such as "﹫".
  private static func smallForm(_ v: UInt32) -> Folding {
    let forms: [UInt32: String] = [
      0xFE50: ",", 0xFE51: ",", 0xFE52: ".", 0xFE54: ";", 0xFE55: ":", 0xFE56: "?", 0xFE57: "!", 0xFE59: "(",
      0xFE5A: ")", 0xFE5F: "#", 0xFE60: "&", 0xFE61: "*", 0xFE62: "+", 0xFE64: "<", 0xFE65: ">", 0xFE66: "=",
      0xFE68: "\\", 0xFE69: "$", 0xFE6A: "%", 0xFE6B: "@",
    ]
    return forms[v].map(Folding.replace) ?? .same
  }
}
