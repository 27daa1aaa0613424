extension NoteAnalysis {
  /// Whether token `i` may hold two identifiers typed without a space between
  /// them: a word with an inner capital ("StreetLeeds"), or five digits or more
  /// straight after a day and a month ("24/11/8447726").
  func mayRunTogether(_ i: Int) -> Bool {
    let t = tokens[i]
    if t.kind == .alphanumeric, labelGlueEnds(i) != nil { return true }
    if t.hasInnerCapital { return true }
    if t.kind == .alphanumeric { return dateGlueSplit(i) != nil || streetGlueSplit(i) != nil }
    return t.kind == .number && t.digits >= 5 && t.digits == t.length && yearSplit(i) != nil
  }

  /// Where letters-and-digits token `i` joins a numeric date to the word
  /// beside it, as a byte count into the token: a name before the day
  /// ("Chidi17/03/74", "Chidi" then "17") or a label after the year
  /// ("25.12.1946NHS", "1946" then "NHS").
  private func dateGlueSplit(_ i: Int) -> Int? {
    let t = tokens[i]
    var k = t.start
    while k < t.end, !isDigit(b[k]) { k += 1 }
    let leadingLetters = k - t.start
    var digitEnd = k
    while digitEnd < t.end, isDigit(b[digitEnd]) { digitEnd += 1 }
    // A name, then a day of one or two digits, then a month: "Chidi17/03/".
    // Only a run of one or two digits can be a day; a longer one is not summed, so a
    // run of any length cannot overflow.
    var day = 0
    if digitEnd - k <= 2 {
      for d in k..<digitEnd { day = day * 10 + Int(b[d] &- 0x30) }
    }
    if leadingLetters >= 2, digitEnd == t.end, t.digits <= 2, (1...31).contains(day),
      i + 4 < tokens.count, tokens[i + 1].kind == .punctuation, tokens[i + 3].kind == .punctuation,
      tokens[i + 1].mark == tokens[i + 3].mark,
      tokens[i + 1].mark == UInt8(ascii: "/") || tokens[i + 1].mark == UInt8(ascii: ".") || tokens[i + 1].mark == UInt8(ascii: "-"),
      tokens[i + 2].kind == .number, tokens[i + 2].digits <= 2, (1...12).contains(value(i + 2)),
      tokens[i + 4].kind == .number || tokens[i + 4].kind == .alphanumeric && isDigit(b[tokens[i + 4].start])
    {
      return leadingLetters
    }
    // A day and a month, then a year with letters run on: "25.12.1946NHS".
    let yearDigits = digitEnd - t.start
    if leadingLetters == 0, yearDigits == 4 || yearDigits == 2, digitEnd < t.end, !isDigit(b[digitEnd]), i >= 4,
      tokens[i - 1].kind == .punctuation, tokens[i - 3].kind == .punctuation, tokens[i - 1].mark == tokens[i - 3].mark,
      tokens[i - 1].mark == UInt8(ascii: "/") || tokens[i - 1].mark == UInt8(ascii: ".") || tokens[i - 1].mark == UInt8(ascii: "-"),
      tokens[i - 2].kind == .number, tokens[i - 4].kind == .number, tokens[i - 2].digits <= 2, tokens[i - 4].digits <= 2,
      isDayAndMonthPair(value(i - 4), value(i - 2))
    {
      return yearDigits
    }
    return nil
  }

  /// Where letters-and-digits token `i` joins a number to the label before or
  /// after it, as byte offsets of each place letters meet digits: "NHS401",
  /// "6691DOB24", "Tel07700". Every run of letters must be a
  /// label word (see `isGlueLabel`) and one run of digits at least three long,
  /// so "10mg", "2pm" and "B12" stay whole. Nil when the token is no such glue;
  /// allocates only when it is.
  private func labelGlueEnds(_ i: Int) -> [Int]? {
    let t = tokens[i]
    guard t.digits >= 3, t.letters >= 2, t.digits + t.letters == t.length, t.length <= 40 else { return nil }
    var k = t.start
    var cuts = 0
    var longestDigits = 0
    while k < t.end {
      let runStart = k
      let isDigitRun = isDigit(b[k])
      while k < t.end, isDigit(b[k]) == isDigitRun { k += 1 }
      if isDigitRun {
        longestDigits = max(longestDigits, k - runStart)
      } else if !isGlueLabel(runStart, k) {
        return nil
      }
      if k < t.end { cuts += 1 }
    }
    guard cuts > 0, longestDigits >= 3 else { return nil }
    var ends: [Int] = []
    ends.reserveCapacity(cuts)
    for p in (t.start + 1)..<t.end where isDigit(b[p]) != isDigit(b[p - 1]) { ends.append(p) }
    return ends
  }

  /// Whether bytes `start..<end` are, in any case, a label typed against a
  /// number: "NHS", "DOB", "Tel", "Mob", "Mobile", "Ph", "Phone", "No".
  private func isGlueLabel(_ start: Int, _ end: Int) -> Bool {
    for label in Self.glueLabels where label.utf8CodeUnitCount == end - start {
      var matches = true
      label.withUTF8Buffer { letters in
        for (offset, letter) in letters.enumerated() where b[start + offset] | 0x20 != letter {
          matches = false
          break
        }
      }
      if matches { return true }
    }
    return false
  }

  /// The labels `isGlueLabel` knows, in lower case.
  /// A record number's own letters ("MRN00268193", "RM0412877") are not among them: the
  /// record recogniser takes such a number whole, letters and all.
  private static let glueLabels: [StaticString] = ["nhs", "dob", "tel", "mob", "mobile", "ph", "phone", "no"]

  /// Where capitals-and-digits token `i` joins a street word to the outward
  /// code of the postcode after it, as a byte count into the token:
  /// "ROADSO14 3EZ" is "ROAD", then "SO14"; typed in capitals, the words give
  /// no inner capital to cut at.
  private func streetGlueSplit(_ i: Int) -> Int? {
    let t = tokens[i]
    guard t.letters >= 4, t.digits <= 2, t.length <= 18, isUpperASCII(b[t.start]),
      let n = afterSpace(i), tokens[n].kind == .alphanumeric, tokens[n].length == 3, isDigit(b[tokens[n].start]),
      isUpperASCII(b[tokens[n].start + 1]), isUpperASCII(b[tokens[n].start + 2])
    else { return nil }
    var letterEnd = t.start
    while letterEnd < t.end, isUpperASCII(b[letterEnd]) { letterEnd += 1 }
    guard letterEnd < t.end, (letterEnd..<t.end).allSatisfy({ isDigit(b[$0]) }) else { return nil }
    for areaLetters in [2, 1] where letterEnd - areaLetters - t.start >= 3 {
      let cut = letterEnd - areaLetters
      if isStreetWord(t.start, cut) { return cut - t.start }
    }
    return nil
  }

  private func isDayAndMonthPair(_ a: Int, _ b: Int) -> Bool {
    ((1...31).contains(a) && (1...12).contains(b)) || ((1...12).contains(a) && (1...31).contains(b))
  }

  /// Splits the tokens that run two things together, as copy and paste from a
  /// form does: a street and its town ("14 Albion StreetLeeds"), a town and
  /// its postcode ("LeedsLS1 6HX"), a date's year and the number after it
  /// ("24/11/8447726 61030": "84", then "47726"). Call before anything is claimed.
  ///
  /// Returns whether it cut a date from a word beside it, after which the
  /// date's year may run into a number too and wants a second pass.
  @discardableResult
  mutating func splitRunTogetherTokens() -> Bool {
    var cutDateFromWord = false
    var split: [NoteToken] = []
    split.reserveCapacity(tokens.count + 8)
    let tokenizer = NoteTokenizer(table: table)
    for i in tokens.indices {
      let pieces = mayRunTogether(i) ? pieceEnds(of: i) : []
      guard !pieces.isEmpty else {
        split.append(tokens[i])
        continue
      }
      if tokens[i].kind == .alphanumeric { cutDateFromWord = true }
      var start = tokens[i].start
      for end in pieces + [tokens[i].end] {
        for var piece in tokenizer.tokens(of: UnsafeBufferPointer(rebasing: b[start..<end])) {
          piece.start += start
          piece.end += start
          split.append(piece)
        }
        start = end
      }
      split[split.count - 1].isPossessive = tokens[i].isPossessive
    }
    tokens = split
    claimed = [Bool](repeating: false, count: tokens.count)
    protected = claimed
    return cutDateFromWord
  }

  /// Where token `i` should be cut, as byte offsets, in order; none if nowhere.
  private func pieceEnds(of i: Int) -> [Int] {
    let t = tokens[i]
    if t.kind == .number, let year = yearSplit(i) { return [t.start + year] }
    if t.kind == .alphanumeric, let glue = dateGlueSplit(i) ?? streetGlueSplit(i) { return [t.start + glue] }
    if t.kind == .alphanumeric, let labelEnds = labelGlueEnds(i) { return labelEnds }
    var ends: [Int] = []
    var pieceStart = t.start
    var k = t.start + 1
    while k < t.end {
      defer { k += 1 }
      guard isLowerASCII(b[k - 1]), isUpperASCII(b[k]) else { continue }
      if isStreetWord(pieceStart, k) || isOutwardCodeStart(k, t.end) {
        ends.append(k)
        pieceStart = k
      }
    }
    return ends
  }

  /// How many digits of number token `i` are a date's year, when the token
  /// follows a day and a month ("24/11/" or "3.4.") and holds more than a year:
  /// four when they read as a year of birth, else two.
  private func yearSplit(_ i: Int) -> Int? {
    guard i >= 4, tokens[i - 1].kind == .punctuation, tokens[i - 3].kind == .punctuation,
      tokens[i - 1].mark == tokens[i - 3].mark,
      tokens[i - 1].mark == UInt8(ascii: "/") || tokens[i - 1].mark == UInt8(ascii: ".") || tokens[i - 1].mark == UInt8(ascii: "-"),
      tokens[i - 2].kind == .number, tokens[i - 4].kind == .number, tokens[i - 2].digits <= 2, tokens[i - 4].digits <= 2
    else { return nil }
    let first = value(i - 4), second = value(i - 2)
    guard ((1...31).contains(first) && (1...12).contains(second)) || ((1...12).contains(first) && (1...31).contains(second)) else {
      return nil
    }
    // The date opens its chain of digits: "12/03 - 3-29-86151" is no date and a number.
    if let p = previous(i - 4), i - 4 - p <= 3, isMark(p, "-") || isMark(p, "/") || isMark(p, "."), let q = previous(p),
      p - q <= 3, tokens[q].kind == .number
    {
      return nil
    }
    let t = tokens[i]
    var year = 0
    for k in t.start..<(t.start + 4) { year = year * 10 + Int(b[k] &- 0x30) }
    // What is left, with the groups after it, makes the ten digits of an NHS
    // number: "31.10.1983408 838 7371" keeps a four-digit year, "17/03/74748 338 0141" two.
    var after = 0
    var j = i
    while t.digits - 2 + after < 10, let n = next(j), n - j <= 3,
      tokens[n].kind == .number || ((isMark(n, "-") || isMark(n, ".")) && n == j + 1)
    {
      if tokens[n].kind == .number { after += tokens[n].digits }
      j = n
    }
    if (1900...2035).contains(year), t.digits > 4, t.digits - 4 + after == 10 { return 4 }
    return t.digits - 2 + after == 10 ? 2 : nil
  }

  /// Whether bytes `start..<end` are a capitalised street or building word
  /// ("Street", "Grove", "House").
  private func isStreetWord(_ start: Int, _ end: Int) -> Bool {
    guard end - start >= 2, end - start <= 16, isUpperASCII(b[start]) else { return false }
    var key = (UInt64(0), UInt64(0))
    withUnsafeMutableBytes(of: &key) { key in
      for k in start..<end { key[k - start] = b[k] | 0x20 }
    }
    let flags = withUnsafeBytes(of: &key) {
      table.flags(of: UnsafeBufferPointer(rebasing: $0.bindMemory(to: UInt8.self)[0..<(end - start)]))
    }
    return !flags.isDisjoint(with: [.streetSuffix, .strongStreetSuffix, .buildingSuffix])
  }

  /// Whether the bytes from `start` open a postcode: one or two capitals, then a digit.
  private func isOutwardCodeStart(_ start: Int, _ end: Int) -> Bool {
    guard start + 2 < end || (start + 2 == end && isDigit(b[start + 1])) else { return false }
    if isDigit(b[start + 1]) { return true }
    return isUpperASCII(b[start + 1]) && start + 2 < end && isDigit(b[start + 2])
  }

  @inline(__always)
  private func isLowerASCII(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
  @inline(__always)
  private func isUpperASCII(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
}
