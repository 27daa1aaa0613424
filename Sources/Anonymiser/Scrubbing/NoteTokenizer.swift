/// Splits a line's UTF-8 bytes into tokens, and looks each word up.
struct NoteTokenizer {
  let table: WordTable

  /// What a character is, for splitting; `length` is its length in bytes.
  enum CharacterClass {
    case letter, digit, space, punctuation(UInt8)
  }

  /// The class and byte length of the character starting at `i`.
  @inline(__always)
  static func classify(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (CharacterClass, Int) {
    let c = b[i]
    if c < 0x80 {
      switch c {
      case 0x61...0x7A, 0x41...0x5A: return (.letter, 1)
      case 0x30...0x39: return (.digit, 1)
      case 0...0x20, 0x7F: return (.space, 1)
      default: return (.punctuation(c), 1)
      }
    }
    let n = b.count
    if c == 0xC2, i + 1 < n {
      let d = b[i + 1]
      if d <= 0x9F || d == 0xA0 { return (.space, 2) }  // C1 controls, no-break space
      return (.punctuation(0x7E), 2)  // Latin-1 symbols: £, ©, ½...
    }
    if c == 0xC3, i + 1 < n, b[i + 1] == 0x97 || b[i + 1] == 0xB7 { return (.punctuation(0x7E), 2) }
    if c == 0xE2, i + 2 < n {
      let d = b[i + 1], e = b[i + 2]
      if d == 0x80 {
        switch e {
        case 0x80...0x8F, 0xA8...0xAF: return (.space, 3)  // spaces, zero-width, bidi, separators
        case 0x90...0x95: return (.punctuation(UInt8(ascii: "-")), 3)
        case 0x98, 0x99, 0x9B: return (.punctuation(UInt8(ascii: "'")), 3)
        case 0x9C, 0x9D: return (.punctuation(UInt8(ascii: "\"")), 3)
        default: return (.punctuation(0x7E), 3)
        }
      }
      if d == 0x81, (0x9F...0xAF).contains(e) { return (.space, 3) }
      return (.punctuation(0x7E), 3)
    }
    if c == 0xE3, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0x80 { return (.space, 3) }
    let length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
    return (.letter, min(length, n - i))
  }

  /// Whether the character at `i` is a letter or digit.
  @inline(__always)
  static func isLetterOrDigit(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    guard i < b.count else { return false }
    switch classify(b, i).0 {
    case .letter, .digit: return true
    default: return false
    }
  }

  func tokens(of b: UnsafeBufferPointer<UInt8>) -> [NoteToken] {
    var tokens: [NoteToken] = []
    self.tokens(of: b, into: &tokens)
    return tokens
  }

  /// Puts the tokens of `b` in `tokens`, emptied first; its memory is reused
  /// when it has room enough.
  func tokens(of b: UnsafeBufferPointer<UInt8>, into tokens: inout [NoteToken]) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: WordKeyBuffer.capacity) { storage in
      var key = WordKeyBuffer(storage: storage.baseAddress!)
      self.tokens(of: b, into: &tokens, key: &key)
    }
  }

  private func tokens(of b: UnsafeBufferPointer<UInt8>, into tokens: inout [NoteToken], key: inout WordKeyBuffer) {
    tokens.removeAll(keepingCapacity: true)
    // Room for a short word or a mark between spaces throughout, so that
    // growing the array (a new allocation and a copy) is rare.
    tokens.reserveCapacity(b.count / 2 + 4)
    let n = b.count
    var i = 0
    while i < n {
      let (cls, length) = Self.classify(b, i)
      switch cls {
      case .space:
        var j = i + length
        while j < n, case (.space, let l) = Self.classify(b, j) { j += l }
        tokens.append(NoteToken(start: i, end: j, kind: .space, mark: 0x20))
        i = j
      case .punctuation(let mark):
        if mark == UInt8(ascii: "["), let end = placeholderEnd(b, from: i) {
          tokens.append(NoteToken(start: i, end: end, kind: .placeholder))
          i = end
        } else {
          tokens.append(NoteToken(start: i, end: i + length, kind: .punctuation, mark: mark))
          i += length
        }
      case .letter, .digit:
        i = scanWord(b, from: i, into: &tokens, key: &key)
      }
    }
  }

  /// The end of a placeholder starting at `i`, if one does.
  private func placeholderEnd(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> Int? {
    var j = i + 1
    while j < b.count, j - i < 16 {
      let c = b[j]
      if c == UInt8(ascii: "]") {
        let text = String(decoding: UnsafeBufferPointer(rebasing: b[(i + 1)..<j]), as: UTF8.self)
        return IdentifierKind(rawValue: text) == nil ? nil : j + 1
      }
      guard (0x41...0x5A).contains(c) || c == UInt8(ascii: "-") else { return nil }
      j += 1
    }
    return nil
  }

  /// Scans a run of letters and digits starting at `start`, appends its token
  /// (and a possessive ending, if it has one), and returns where it stops.
  private func scanWord(
    _ b: UnsafeBufferPointer<UInt8>, from start: Int, into tokens: inout [NoteToken], key: inout WordKeyBuffer
  ) -> Int {
    let n = b.count
    var token = NoteToken(start: start, end: start, kind: .word)
    var upper = 0
    var firstLetterSeen = false
    var possessiveEnd = -1
    // Letters "o" and "O", which a hurried typist may use for zeros ("9OO").
    var letterOs = 0
    // Whether a part after an inner hyphen or apostrophe starts upper case ("al-Rashid").
    var laterPartCapitalised = false
    var partStart = true
    // Where the key breaks at an inner capital ("gem|doc"), for up to three breaks.
    var camelBreaks = (0, 0, 0)
    var camelBreakCount = 0
    var previousWasLower = false
    key.count = 0
    var j = start
    scan: while j < n {
      // The common case first: a run of lower-case ASCII letters inside a word.
      if firstLetterSeen, !partStart, b[j] >= 0x61, b[j] <= 0x7A {
        var k = j
        repeat {
          let c = b[k]
          key.append(c)
          if c == UInt8(ascii: "o") { letterOs += 1 }
          k += 1
        } while k < n && b[k] >= 0x61 && b[k] <= 0x7A
        token.letters += k - j
        j = k
        previousWasLower = true
        continue scan
      }
      let (cls, length) = Self.classify(b, j)
      switch cls {
      case .letter:
        let c = b[j]
        let keyStart = key.count
        var isUpper: Bool
        if c < 0x80 {
          isUpper = c <= 0x5A
          key.append(isUpper ? c | 0x20 : c)
          if c | 0x20 == UInt8(ascii: "o") { letterOs += 1 }
        } else {
          guard let scalar = Self.scalar(b, j, length) else {
            for k in j..<(j + length) { key.append(b[k]) }
            j += length
            token.letters += 1
            continue scan
          }
          if WordKey.isCombiningMark(scalar.value) {
            j += length
            continue scan  // a diacritic typed apart belongs to the letter before it
          }
          let properties = scalar.properties
          isUpper = properties.isUppercase
          WordKey.forEachByte(of: scalar) { key.append($0) }
          // A letter of another alphabet, not a symbol or a replacement character.
          if properties.isAlphabetic { token.isForeign = true }
        }
        if isUpper { upper += 1 }
        if isUpper, previousWasLower, !partStart {
          token.hasInnerCapital = true
          switch camelBreakCount {
          case 0: camelBreaks.0 = keyStart
          case 1: camelBreaks.1 = keyStart
          case 2: camelBreaks.2 = keyStart
          default: break
          }
          camelBreakCount += 1
        }
        previousWasLower = !isUpper
        if !firstLetterSeen { token.isCapitalised = isUpper }
        if partStart, firstLetterSeen, isUpper { laterPartCapitalised = true }
        partStart = false
        firstLetterSeen = true
        token.letters += 1
        j += length
      case .digit:
        token.digits += 1
        previousWasLower = false
        key.append(b[j])
        j += 1
      case .punctuation(let mark):
        // An inner hyphen joins letters ("Al-Sayed"); an apostrophe may be a
        // possessive, a contraction or part of a name ("O'Brien").
        guard token.letters > 0, token.digits == 0, j > start else { break scan }
        let after = j + length
        if mark == UInt8(ascii: "-"), length == 1 {
          guard after < n, case .letter = Self.classify(b, after).0, case .letter = Self.classify(b, j - 1).0 else { break scan }
          token.isCompound = true
          key.append(mark)
          j = after
          partStart = true
          previousWasLower = false
          continue scan
        }
        guard mark == UInt8(ascii: "'") else { break scan }
        var suffixEnd = after
        while suffixEnd < n, suffixEnd - after < 3, case .letter = Self.classify(b, suffixEnd).0, b[suffixEnd] < 0x80 { suffixEnd += 1 }
        let suffixLength = suffixEnd - after
        let isEndOfWord = !Self.isLetterOrDigit(b, suffixEnd)
        if suffixLength == 0 {
          // "Thomas' scan": a bare apostrophe after an s.
          if key.last == UInt8(ascii: "s") { token.isPossessive = true }
          break scan
        }
        if isEndOfWord, suffixLength == 1, b[after] | 0x20 == UInt8(ascii: "s") {
          token.isPossessive = true
          possessiveEnd = suffixEnd
          break scan
        }
        if isEndOfWord, Self.isContraction(b, after, suffixLength) {
          key.append(UInt8(ascii: "'"))
          for k in after..<suffixEnd { key.append(b[k] | 0x20) }
          j = suffixEnd
          break scan
        }
        guard case .letter = Self.classify(b, after).0 else { break scan }
        token.isCompound = true
        key.append(UInt8(ascii: "'"))
        j = after
        partStart = true
      case .space:
        break scan
      }
    }
    token.end = j
    token.kind = token.digits == 0 ? .word : token.letters == 0 ? .number : .alphanumeric
    token.isAllCaps = token.letters >= 2 && upper == token.letters
    if token.kind == .alphanumeric, letterOs == token.letters, b[start] >= 0x30 && b[start] <= 0x39 || token.length >= 3 {
      // "9OO": the letter O typed for zeros.
      token.kind = .number
      token.digits += token.letters
      token.letters = 0
    }
    if !token.isCapitalised, token.kind == .word, upper >= 1 {
      // "d'Auvergne", "al-Rashid": a small prefix before a capitalised part;
      // "tSaoir", "hÉireann", "nGael": a Gaelic initial mutation.
      if token.isCompound && laterPartCapitalised && upper <= 2 {
        token.isCapitalised = true
      } else if upper == 1, token.letters >= 4, j - start >= 2, Self.isMutationPrefix(b[start]), Self.isUpperAt(b, start + 1) {
        token.isCapitalised = true
      }
    }
    if token.letters > 0 {
      let hash = WordTable.hash(key.bytes)
      if token.kind == .word { token.keyHash = hash }
      token.flags = table.flags(of: key.bytes, hash: hash)
      if token.isPossessive, token.kind == .word {
        // "Guy's", "Maggie's", "Paget's": a possessive the tables know as a whole
        // is a hospital, a charity or a condition, not a person's.
        key.append(UInt8(ascii: "'"))
        key.append(UInt8(ascii: "s"))
        let whole = table.flags(of: key.bytes)
        key.count -= 2
        if !whole.isEmpty { token.flags = whole }
      }
      if token.flags.isEmpty, token.kind == .word {
        if token.isCompound {
          token.flags = flagsOfParts(key.bytes)
        } else if camelBreakCount > 0, camelBreakCount <= 3, key.count <= WordKeyBuffer.capacity {
          token.flags = flagsOfRunTogetherParts(key.bytes, breaks: [camelBreaks.0, camelBreaks.1, camelBreaks.2].prefix(camelBreakCount))
        } else {
          token.flags = flagsOfStem(key.bytes)
        }
      }
    }
    tokens.append(token)
    if possessiveEnd > 0 {
      tokens.append(NoteToken(start: j, end: possessiveEnd, kind: .punctuation, mark: UInt8(ascii: "'")))
      return possessiveEnd
    }
    return j
  }

  /// The flags of a compound word ("follow-up", "Smith-Jones") from its parts:
  /// ordinary if every part is, a name if any part is a name, else unknown.
  private func flagsOfParts(_ key: UnsafeBufferPointer<UInt8>) -> WordFlags {
    var allOrdinary = true
    var names: WordFlags = []
    var domain: WordFlags = []
    var start = 0
    for end in 0...key.count where end == key.count || key[end] == UInt8(ascii: "-") || key[end] == UInt8(ascii: "'") {
      if end > start {
        let flags = table.flags(of: UnsafeBufferPointer(rebasing: key[start..<end]))
        names.formUnion(flags.intersection(.personalName))
        domain.formUnion(flags.intersection([.domain, .kept, .relation]))  // "brother-in-law" is kin
        if flags.isDisjoint(with: [.english, .function, .domain, .kept, .quantity, .month, .weekday]) || end - start == 1 {
          allOrdinary = false
        }
      }
      start = end + 1
    }
    if allOrdinary { return domain.union(.english) }
    return names
  }

  /// The flags of a word run together from ordinary words at inner capitals
  /// ("GemDoc", "FaceTime", "PowerPoint"): ordinary, as its parts are; a
  /// word with any other part ("McDonald", "LaToya") stays unknown.
  private func flagsOfRunTogetherParts(_ key: UnsafeBufferPointer<UInt8>, breaks: ArraySlice<Int>) -> WordFlags {
    var domain: WordFlags = []
    var start = 0
    for end in breaks + [key.count] {
      guard end - start >= 2 else { return [] }
      let flags = table.flags(of: UnsafeBufferPointer(rebasing: key[start..<end]))
      guard flags.isDisjoint(with: [.personalName, .particle]),
        !flags.isDisjoint(with: [.english, .function, .domain, .kept, .quantity])
      else { return [] }
      domain.formUnion(flags.intersection([.domain, .kept]))
      start = end
    }
    return domain.union(.english)
  }

  /// Ordinary-word flags for an unknown word whose stem is an ordinary word
  /// ("signposted", "leaflets"); names are not found this way.
  private func flagsOfStem(_ key: UnsafeBufferPointer<UInt8>) -> WordFlags {
    let n = key.count
    guard n >= 5, key[n - 1] < 0x80 else { return [] }
    for suffix in ["s", "es", "ed", "d", "ing", "ly", "er", "ers", "ment"] {
      let m = suffix.utf8.count
      guard n - m >= 3 else { continue }
      var matches = true
      for (k, byte) in suffix.utf8.enumerated() where key[n - m + k] != byte {
        matches = false
        break
      }
      guard matches else { continue }
      let flags = table.flags(of: UnsafeBufferPointer(rebasing: key[0..<(n - m)]))
      if !flags.isDisjoint(with: [.english, .domain]), flags.isDisjoint(with: .personalName) {
        return flags.intersection([.english, .domain])
      }
    }
    return []
  }

  /// Whether the letters after an apostrophe make a contraction ("don't", "I'm").
  private static func isContraction(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ length: Int) -> Bool {
    let a = b[i] | 0x20
    if length == 1 { return a == UInt8(ascii: "t") || a == UInt8(ascii: "d") || a == UInt8(ascii: "m") }
    if length == 2 {
      let c = b[i + 1] | 0x20
      return (a == UInt8(ascii: "l") && c == UInt8(ascii: "l")) || (a == UInt8(ascii: "r") && c == UInt8(ascii: "e"))
        || (a == UInt8(ascii: "v") && c == UInt8(ascii: "e"))
    }
    return false
  }

  /// The scalar of the non-ASCII character of `length` bytes at `i`, if valid.
  @inline(__always)
  static func scalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ length: Int) -> Unicode.Scalar? {
    var decoder = UTF8()
    var iterator = UnsafeBufferPointer(rebasing: b[i..<(i + length)]).makeIterator()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
    return nil
  }

  /// Whether a lower-case ASCII letter can open a Gaelic mutated name ("tSaoir", "hÉireann").
  private static func isMutationPrefix(_ c: UInt8) -> Bool {
    c == UInt8(ascii: "t") || c == UInt8(ascii: "h") || c == UInt8(ascii: "n")
  }

  /// Whether the letter starting at byte `i` is upper case.
  private static func isUpperAt(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    let c = b[i]
    if c < 0x80 { return c >= 0x41 && c <= 0x5A }
    let length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
    guard i + length <= b.count, let scalar = scalar(b, i, length) else { return false }
    return scalar.properties.isUppercase
  }
}

/// The key of the word being scanned, in a fixed buffer: appending costs no
/// allocation. A key longer than the buffer is no word the tables hold.
struct WordKeyBuffer {
  /// Keys this long or longer match nothing in a `WordTable`.
  static let capacity = 256
  let storage: UnsafeMutablePointer<UInt8>
  /// How many bytes have been appended; past `capacity`, only counted.
  var count = 0

  @inline(__always)
  mutating func append(_ byte: UInt8) {
    if count < Self.capacity { storage[count] = byte }
    count += 1
  }

  /// The last byte appended, if any is held.
  var last: UInt8? { count > 0 && count <= Self.capacity ? storage[count - 1] : nil }

  /// The key's bytes: all of them, or `capacity` of them when it is longer.
  var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage, count: min(count, Self.capacity)) }
}
