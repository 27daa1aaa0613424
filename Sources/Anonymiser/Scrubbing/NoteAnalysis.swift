/// One stretch of tokens found to be an identifier.
struct IdentifierSpan {
  /// NoteToken indices, inclusive.
  var first: Int
  var last: Int
  var kind: IdentifierKind
}

/// The work of scrubbing one line: its tokens, and the identifiers found so far.
///
/// The recognisers run in a fixed order (emails, postcodes, addresses, times, numbers,
/// written dates, record ids, names); each claims the tokens it finds, so later
/// ones never look inside an earlier finding.
struct NoteAnalysis {
  let b: UnsafeBufferPointer<UInt8>
  let table: WordTable
  var tokens: [NoteToken]
  /// Tokens that are part of an identifier already.
  var claimed: [Bool]
  /// Tokens inside a protected phrase ("Royal Marsden", "St Thomas'").
  var protected: [Bool]
  var spans: [IdentifierSpan] = []

  init(bytes: UnsafeBufferPointer<UInt8>, table: WordTable, key: inout [UInt8]) {
    self.b = bytes
    self.table = table
    self.tokens = NoteTokenizer(table: table).tokens(of: bytes, key: &key)
    self.claimed = [Bool](repeating: false, count: tokens.count)
    self.protected = claimed
  }

  /// Runs every recogniser; afterwards `spans` holds the identifiers, in order.
  mutating func run() {
    var hasDigit = false
    var hasAt = false
    var hasCandidateWord = false
    for t in tokens {
      switch t.kind {
      case .number, .alphanumeric: hasDigit = true
      case .punctuation: if t.mark == UInt8(ascii: "@") { hasAt = true }
      case .word:
        if t.flags.contains(.phraseStart) { hasCandidateWord = true }
        if t.flags.contains(.dwelling) || t.flags.contains(.strongStreetSuffix) { hasCandidateWord = true }
      default: break
      }
    }
    if hasCandidateWord { markProtectedPhrases() }
    findEmails(hasAt: hasAt)
    if hasDigit {
      findPostcodes()
      findAddresses()
      findTimes()
      findNumberChains()
    } else if hasCandidateWord {
      findAddresses()
    }
    findWrittenDates()
    if hasDigit { findRecordIds() }
    findNames()
    spans.sort { $0.first < $1.first }
  }

  // MARK: Navigation

  /// The next token after `i` that is not white space.
  @inline(__always)
  func next(_ i: Int) -> Int? {
    var j = i + 1
    while j < tokens.count {
      if !tokens[j].isSpace { return j }
      j += 1
    }
    return nil
  }

  /// The token before `i` that is not white space.
  @inline(__always)
  func previous(_ i: Int) -> Int? {
    var j = i - 1
    while j >= 0 {
      if !tokens[j].isSpace { return j }
      j -= 1
    }
    return nil
  }

  /// The next token, if only white space (or nothing) separates it from `i`.
  @inline(__always)
  func nextAcrossSpace(_ i: Int) -> Int? {
    guard i + 1 < tokens.count else { return nil }
    if !tokens[i + 1].isSpace { return i + 1 }
    return i + 2 < tokens.count && !tokens[i + 2].isSpace ? i + 2 : nil
  }

  /// The token `i` is followed by after exactly one run of white space.
  @inline(__always)
  func afterSpace(_ i: Int) -> Int? {
    guard i + 2 < tokens.count, tokens[i + 1].isSpace else { return nil }
    return i + 2
  }

  /// The token before `i` across exactly one run of white space.
  @inline(__always)
  func beforeSpace(_ i: Int) -> Int? {
    guard i >= 2, tokens[i - 1].isSpace else { return nil }
    return i - 2
  }

  /// Whether token `i` is the word `word` (lower case ASCII), in any case.
  func isWord(_ i: Int, _ word: StaticString) -> Bool {
    let t = tokens[i]
    guard t.kind == .word || t.kind == .alphanumeric, t.length == word.utf8CodeUnitCount else { return false }
    let w = word.utf8Start
    for k in 0..<t.length where b[t.start + k] | 0x20 != w[k] { return false }
    return true
  }

  func isMark(_ i: Int, _ mark: Character) -> Bool {
    tokens[i].kind == .punctuation && tokens[i].mark == mark.asciiValue!
  }

  /// The numeric value of a number token (saturating at a large value).
  func value(_ i: Int) -> Int {
    let t = tokens[i]
    var v = 0
    for k in t.start..<t.end {
      let c = b[k]
      guard c >= 0x30 && c <= 0x39 else { break }
      v = min(v * 10 + Int(c - 0x30), 1_000_000_000)
    }
    return v
  }

  /// Whether any of tokens `first...last` is taken already.
  func isFree(_ first: Int, _ last: Int) -> Bool {
    for k in first...last where claimed[k] { return false }
    return true
  }

  mutating func claim(_ first: Int, _ last: Int, as kind: IdentifierKind) {
    for k in first...last { claimed[k] = true }
    spans.append(IdentifierSpan(first: first, last: last, kind: kind))
  }

  /// The flags of up to `count` words before token `i`, merged.
  func cuesBefore(_ i: Int, count: Int) -> WordFlags {
    var flags: WordFlags = []
    var seen = 0
    var j = i - 1
    while j >= 0, seen < count {
      let t = tokens[j]
      if t.kind == .word {
        flags.formUnion(t.flags)
        if isWord(j, "nhs") { flags.formUnion(.nhsCue) }
        seen += 1
      } else if t.kind == .number || t.kind == .alphanumeric || t.kind == .placeholder {
        break
      }
      j -= 1
    }
    return flags
  }

  // MARK: Protected phrases

  private mutating func markProtectedPhrases() {
    for i in tokens.indices where tokens[i].kind == .word && tokens[i].flags.contains(.phraseStart) {
      guard let phrases = table.phrases[lowerText(i)] else { continue }
      for phrase in phrases {
        var j = i
        var matched = true
        for word in phrase.dropFirst() {
          guard let n = nextAcrossSpace(j), tokens[n].kind == .word, lowerText(n) == word else {
            matched = false
            break
          }
          j = n
        }
        if matched {
          for k in i...j { protected[k] = true }
          break
        }
      }
    }
  }

  /// The text of token `i`, lower case.
  func lowerText(_ i: Int) -> String {
    let t = tokens[i]
    return String(decoding: UnsafeBufferPointer(rebasing: b[t.start..<t.end]), as: UTF8.self).lowercased()
      .replacingApostrophes()
  }
}

extension WordFlags {
  /// Set by `cuesBefore` when the word "NHS" is among the cues.
  static let nhsCue = WordFlags(rawValue: 1 << 31)
}

extension String {
  /// The text with curly apostrophes made straight.
  fileprivate func replacingApostrophes() -> String {
    guard utf8.contains(0xE2) else { return self }
    return String(map { $0 == "\u{2019}" || $0 == "\u{2018}" ? "'" : $0 })
  }
}
