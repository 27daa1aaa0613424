/// How a word is looked up in the scrubber's word tables: lower case, with the
/// diacritics of Latin letters taken off ("García" is looked up as "garcia",
/// "Ní" as "ni", "Nguyễn" as "nguyen"), so lists can be written plainly and
/// names typed with or without accents read alike.
///
/// ```swift
/// WordKey.folded("Súilleabháin")   // "suilleabhain"
/// ```
enum WordKey {
  /// The key of `word`: every scalar lower-cased and, for Latin letters,
  /// stripped of its diacritics; combining marks are dropped.
  static func folded(_ word: some StringProtocol) -> String {
    var key: [UInt8] = []
    for scalar in word.unicodeScalars { forEachByte(of: scalar) { key.append($0) } }
    return String(decoding: key, as: UTF8.self)
  }

  /// Calls `body` with each key byte of one scalar.
  @inline(__always)
  static func forEachByte(of scalar: Unicode.Scalar, _ body: (UInt8) -> Void) {
    let v = scalar.value
    if v < 0x80 {
      let c = UInt8(v)
      body(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
      return
    }
    if isCombiningMark(v) { return }
    if let plain = plainLetters(v) {
      for byte in plain.utf8 { body(byte) }
      return
    }
    // Any other letter as its lower case ("Ω" as "ω"), or as it is.
    for byte in scalar.properties.lowercaseMapping.utf8 { body(byte) }
  }

  /// Whether a scalar is a combining diacritic (U+0300 to U+036F and the
  /// extended and supplementary blocks).
  @inline(__always)
  static func isCombiningMark(_ v: UInt32) -> Bool {
    (0x0300...0x036F).contains(v) || (0x1AB0...0x1AFF).contains(v) || (0x1DC0...0x1DFF).contains(v)
      || (0x20D0...0x20FF).contains(v) || (0xFE20...0xFE2F).contains(v)
  }

  /// The plain lower-case ASCII letters of a Latin letter with diacritics, or
  /// nil for anything else.
  static func plainLetters(_ v: UInt32) -> String? {
    switch v {
    case 0x00C6, 0x00E6: return "ae"
    case 0x00DE, 0x00FE: return "th"
    case 0x00DF, 0x1E9E: return "ss"
    case 0x0132, 0x0133: return "ij"
    case 0x0152, 0x0153: return "oe"
    case 0x00C0...0x017F: return letter(latinOne, Int(v - 0x00C0))
    case 0x01A0, 0x01A1: return "o"  // Vietnamese ơ
    case 0x01AF, 0x01B0: return "u"  // Vietnamese ư
    case 0x01CD...0x01DC: return letter(pinyinTones, Int(v - 0x01CD))
    case 0x0218, 0x0219: return "s"  // Romanian ș
    case 0x021A, 0x021B: return "t"  // Romanian ț
    case 0x1E00...0x1EFF: return letter(latinExtendedAdditional, Int(v - 0x1E00))
    default: return nil
    }
  }

  private static func letter(_ table: [UInt8], _ index: Int) -> String? {
    let c = table[index]
    return c == UInt8(ascii: "?") ? nil : String(Character(Unicode.Scalar(c)))
  }

  /// The base letters of U+00C0 to U+017F, one a code point; "?" for none.
  private static let latinOne = Array(
    ("aaaaaa?ceeeeiiiidnooooo?ouuuuy??" + "aaaaaa?ceeeeiiiidnooooo?ouuuuy?y" + "aaaaaacccccccc" + "dddd"
      + "eeeeeeeeee" + "gggggggg" + "hhhh" + "iiiiiiiiii" + "??" + "jj" + "kkk" + "llllllllll" + "nnnnnnnnn" + "oooooo"
      + "??" + "rrrrrr" + "ssssssss" + "tttttt" + "uuuuuuuuuuuu" + "ww" + "yyy" + "zzzzzz" + "s").utf8)

  /// The base letters of U+01CD to U+01DC: the tone marks of pinyin (ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ).
  private static let pinyinTones = Array("aaiioouuuuuuuuuu".utf8)

  /// The base letters of U+1E00 to U+1EFF, with Vietnamese's stacked marks
  /// (ạ ả ấ ầ ẩ ẫ ậ ắ ằ ẳ ẵ ặ ẹ ẻ ẽ ế ề ể ễ ệ ỉ ị ọ ỏ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ụ ủ ứ ừ ử ữ ự ỳ ỵ ỷ ỹ)
  /// from U+1EA0, and the dotted letters of transliteration (ḥ ṣ ṭ ḍ) before.
  private static let latinExtendedAdditional = Array(
    ("aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppp"
      + "rrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy?s????"
      + "aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy??????").utf8)
}
