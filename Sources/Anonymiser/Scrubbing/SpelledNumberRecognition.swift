extension NoteAnalysis {
  /// Finds numbers, times and dates said in words, as a transcribed voicemail
  /// or a dictated note gives them: a phone or record number digit by digit
  /// ("oh seven seven hundred nine hundred three four five", "R M zero four
  /// one two two five one"), a time of the twenty-four-hour clock ("at
  /// fourteen hundred", "oh eight hundred hours"), a date with its day in
  /// words ("fourth of July nineteen fifty two").
  ///
  /// Run only when the note has words enough for one of them.
  mutating func findSpelledNumbers(digitWords: Int, hasHundred: Bool, hasMonth: Bool) {
    if digitWords >= 4 { findDigitsInWords() }
    if hasHundred { findHoursInWords() }
    if hasMonth { findDaysInWords() }
  }

  /// Claims runs of six digits or more said one by one, as a record number
  /// after a record's word (with any single letters before it: "R M zero
  /// four ..."), else as a phone number.
  private mutating func findDigitsInWords() {
    var i = 0
    while i < tokens.count {
      guard !claimed[i], tokens[i].kind == .word, digitCount(ofWord: i) != nil else {
        i += 1
        continue
      }
      var digits = 0
      var words = 0
      var last = i
      var j = i
      var multiplier = 1
      while j < tokens.count, tokens[j].kind == .word, !claimed[j] {
        if isWord(j, "double") || isWord(j, "treble") || isWord(j, "triple") {
          multiplier = isWord(j, "double") ? 2 : 3
        } else if isWord(j, "hundred"), words > 0 {
          digits += 2
          last = j
        } else if let count = digitCount(ofWord: j) {
          digits += count * multiplier
          multiplier = 1
          words += 1
          last = j
        } else if let (count, times) = repeatedDigit(j) {
          // "double-oh", typed as one word.
          digits += count * times
          words += 1
          last = j
        } else {
          break
        }
        guard let n = afterSpace(j) ?? (j + 2 < tokens.count && isMark(j + 1, "-") ? j + 2 : nil) ?? afterComma(j) else { break }
        j = n
      }
      guard digits >= 6, words >= 4 else {
        i = last + 1
        continue
      }
      var first = i
      var kind = IdentifierKind.phone
      // "R M zero four ...": a record's letters, one word each.
      var letters = 0
      while letters < 4, let p = beforeSpace(first), tokens[p].kind == .word, tokens[p].length == 1, tokens[p].isCapitalised,
        !claimed[p]
      {
        first = p
        letters += 1
      }
      if cuesBefore(first, count: 4).contains(.recordCue) {
        kind = .recordNumber
      } else {
        first = i
        // "double seven double oh ...": the number opens with its first digit doubled.
        if let p = beforeSpace(i), !claimed[p], isWord(p, "double") || isWord(p, "treble") || isWord(p, "triple") { first = p }
      }
      claim(first, last, as: kind)
      i = last + 1
    }
  }

  /// Finds phone numbers begun in digits and finished in words, as a caller
  /// reads the end out or a text types it: "07700 900 four four two",
  /// "07700 nine double oh, seven six five". The digits and the words together
  /// make ten or eleven digits; whatever was found of the digits alone (a
  /// record number, say) gives way to the whole.
  mutating func findNumbersEndingInWords() {
    var i = 0
    while i < tokens.count {
      guard tokens[i].kind == .number, b[tokens[i].start] == UInt8(ascii: "0"),
        previous(i).map({ tokens[$0].kind != .number }) ?? true
      else {
        i += 1
        continue
      }
      var digits = tokens[i].digits
      var lastNumber = i
      while let n = afterSpace(lastNumber), tokens[n].kind == .number, digits + tokens[n].digits <= 11 {
        digits += tokens[n].digits
        lastNumber = n
      }
      // "07700 nine double oh, seven six five": the words found a phone number of their own already.
      if let w = afterSpace(lastNumber), let k = spans.firstIndex(where: { $0.first == w && $0.kind == .phone }), tokens[w].kind == .word {
        spans[k].first = i
        spans.removeAll { $0.first >= i && $0.last <= lastNumber }
        for j in i..<w { claimed[j] = true }
        i = w + 1
        continue
      }
      var spoken = 0
      var last = lastNumber
      var multiplier = 1
      var j = afterSpace(lastNumber)
      while let w = j, tokens[w].kind == .word, !claimed[w] || isWord(w, "double") {
        if isWord(w, "double") || isWord(w, "treble") || isWord(w, "triple") {
          multiplier = isWord(w, "double") ? 2 : 3
        } else if let (count, times) = repeatedDigit(w) {
          spoken += count * times
          last = w
        } else if isWord(w, "hundred"), spoken > 0 || digits > 0 {
          spoken += 2
          last = w
        } else if let count = digitCount(ofWord: w) {
          spoken += count * multiplier
          multiplier = 1
          last = w
        } else {
          break
        }
        j = afterSpace(w) ?? afterComma(w)
      }
      guard spoken >= 2, (10...11).contains(digits + spoken) else {
        i = lastNumber + 1
        continue
      }
      spans.removeAll { $0.first >= i && $0.last <= lastNumber }
      for k in i...last { claimed[k] = false }
      claim(i, last, as: .phone)
      i = last + 1
    }
  }

  /// The digits a word such as "double-oh" or "treble-seven" says, as a count
  /// of one and how many times; nil for any other word.
  private func repeatedDigit(_ i: Int) -> (Int, Int)? {
    let t = tokens[i]
    guard t.isCompound, t.length >= 8, t.length <= 12 else { return nil }
    let times = hasPrefix(i, "double-") ? 2 : hasPrefix(i, "treble-") || hasPrefix(i, "triple-") ? 3 : 0
    guard times > 0 else { return nil }
    let rest = String(decoding: b[(t.start + 7)..<t.end].map { $0 | 0x20 }, as: UTF8.self)
    let digitWords: Set<String> = ["oh", "o", "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    return digitWords.contains(rest) ? (1, times) : nil
  }

  /// The word after the comma and space that follow word `i`, as a
  /// transcript groups a number said aloud: "oh two oh, seven nine four six".
  private func afterComma(_ i: Int) -> Int? {
    guard i + 3 < tokens.count, isMark(i + 1, ","), tokens[i + 2].isSpace, tokens[i + 3].kind == .word else { return nil }
    return i + 3
  }

  /// How many digits word `i` says when a number is read out digit by digit:
  /// one for "zero", "oh", "o", "nought" and "one" to "nine".
  private func digitCount(ofWord i: Int) -> Int? {
    let t = tokens[i]
    if t.length == 1, b[t.start] == UInt8(ascii: "o") { return 1 }
    guard t.kind == .word, t.length >= 2, t.length <= 6 else { return nil }
    // "one" to "nine" are words of the clock; the rest are rare.
    guard t.flags.contains(.clockWord) else {
      return isWord(i, "oh") || isWord(i, "zero") || isWord(i, "nought") ? 1 : nil
    }
    guard t.length <= 5 else { return nil }
    return isWord(i, "one") || isWord(i, "two") || isWord(i, "three") || isWord(i, "four") || isWord(i, "five")
      || isWord(i, "six") || isWord(i, "seven") || isWord(i, "eight") || isWord(i, "nine") ? 1 : nil
  }

  /// The hour word `i` says, from "one" to "twenty-three", if it says one.
  func hourInWords(_ i: Int) -> Int? {
    let t = tokens[i]
    guard t.kind == .word, t.length >= 3, t.length <= 12 else { return nil }
    for (k, word) in Self.hourWords.enumerated() where isWord(i, word) { return k + 1 }
    return nil
  }

  /// The hours in words, "one" to "twenty-three", in order.
  private static let hourWords: [StaticString] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "twenty-one", "twenty-two",
    "twenty-three",
  ]

  /// Claims an hour of the twenty-four-hour clock said in words: "at
  /// fourteen hundred", "oh eight hundred hours", "nineteen hundred hrs";
  /// "at" before it or "hours" after it, so "fourteen hundred pounds" stays.
  /// The word "hours" itself stays, as in the way notes mark such times.
  private mutating func findHoursInWords() {
    for h in tokens.indices where !claimed[h] && tokens[h].kind == .word && isWord(h, "hundred") {
      guard let hourWord = beforeSpace(h), !claimed[hourWord], let hour = hourInWords(hourWord), hour <= 23 else { continue }
      var first = hourWord
      if let oh = beforeSpace(hourWord), !claimed[oh], isWord(oh, "oh") || isWord(oh, "zero"), hour <= 9 { first = oh }
      // "hours" after it says it is a time, and stays: "[TIME] hours".
      let beforeHours = afterSpace(h).map { isWord($0, "hours") || isWord($0, "hrs") } ?? false
      let afterAt = beforeSpace(first).map { isWord($0, "at") || isWord($0, "from") || isWord($0, "until") || isWord($0, "by") } ?? false
      // "rang fourteen hundred": an hour of the afternoon or evening (or with
      // "oh" before it) needs no cue, unless a count follows ("fourteen
      // hundred pounds", "fourteen hundred and fifty").
      let isClockHour = (hour >= 13 || first != hourWord) && !isCountAfterHundred(h)
      guard beforeHours || afterAt || isClockHour else { continue }
      claim(first, h, as: .time)
    }
  }

  /// Whether the word after "hundred" at `h` makes it a count: "and", a
  /// unit, money or people ("pounds", "quid", "people", "mg").
  private func isCountAfterHundred(_ h: Int) -> Bool {
    guard let n = afterSpace(h) ?? (h + 1 < tokens.count && !tokens[h + 1].isSpace ? h + 1 : nil) else { return false }
    if tokens[n].kind == .number || tokens[n].kind == .alphanumeric { return true }
    guard tokens[n].kind == .word else { return false }
    return tokens[n].flags.contains(.quantity) || isWord(n, "and") || isWord(n, "pounds") || isWord(n, "quid")
      || isWord(n, "people") || isWord(n, "patients") || isWord(n, "miles") || isWord(n, "calories") || isWord(n, "words")
      || isWord(n, "metres") || isWord(n, "steps") || isWord(n, "years") || isWord(n, "thousand")
  }

  /// Claims a date whose day is an ordinal in words before "of" and a month,
  /// with any year in words after it: "fourth of July", "the twenty-first of
  /// March nineteen sixty", "third of May two thousand and one".
  private mutating func findDaysInWords() {
    for m in tokens.indices where tokens[m].kind == .word && tokens[m].flags.contains(.month) {
      guard tokens[m].isCapitalised || tokens[m].length > 3, let of = beforeSpace(m), isWord(of, "of"), let day = beforeSpace(of),
        !claimed[day], isOrdinalInWords(day)
      else { continue }
      var first = day
      // "twenty first": the tens before the ordinal.
      if let tens = beforeSpace(day), !claimed[tens], isWord(tens, "twenty") || isWord(tens, "thirty") { first = tens }
      if claimed[m] {
        // "the first of April 1958": the month and year already a date; the day joins it.
        guard let k = spans.firstIndex(where: { $0.first == m && $0.kind == .date }) else { continue }
        for j in first..<m { claimed[j] = true }
        spans[k].first = first
        continue
      }
      claim(first, yearInWordsEnd(after: m) ?? yearInDigitsEnd(after: m) ?? m, as: .date)
    }
    // "1st of February sixty-one": a written date's year, said in words.
    for k in spans.indices where spans[k].kind == .date {
      let last = spans[k].last
      if tokens[last].kind == .word, tokens[last].flags.contains(.month), let year = yearInWordsEnd(after: last) {
        for j in (last + 1)...year { claimed[j] = true }
        spans[k].last = year
      }
    }
  }

  /// The year in digits straight after month `m`, across a comma: "the first
  /// of April 1958", "third of May, 61".
  private func yearInDigitsEnd(after m: Int) -> Int? {
    guard var n = next(m), n - m <= 2 else { return nil }
    if isMark(n, ","), let after = next(n), after - n <= 2 { n = after }
    // "sixth of June '66": a year's last two digits after an apostrophe.
    if isMark(n, "'"), n + 1 < tokens.count, tokens[n + 1].kind == .number, tokens[n + 1].digits == 2 { n += 1 }
    guard tokens[n].kind == .number, !claimed[n], tokens[n].digits == 4 && (1900...2099).contains(value(n)) || tokens[n].digits == 2,
      next(n).map({ !isMark($0, ".") && !isMark($0, ":") || next($0).map({ tokens[$0].kind != .number }) ?? true }) ?? true
    else { return nil }
    return n
  }

  /// Whether word `i` is a day's ordinal in words: "first" to "thirty-first".
  func isOrdinalInWords(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.kind == .word, t.length >= 4, t.length <= 14 else { return false }
    return Self.ordinalWords.contains { isWord(i, $0) }
  }

  /// The days' ordinals in words, "first" to "thirty-first".
  private static let ordinalWords: [StaticString] = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
    "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    "thirtieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
    "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirty-first",
  ]

  /// The last word of a year said in words after token `m`, if one follows:
  /// "nineteen fifty two", "nineteen eighty", "two thousand and three".
  func yearInWordsEnd(after m: Int) -> Int? {
    // "twelfth of March, fifty eight": a comma may come first.
    var start = m
    if m + 1 < tokens.count, isMark(m + 1, ",") { start = m + 1 }
    guard let first = afterSpace(start), !claimed[first] else { return nil }
    var j = first
    if isWord(first, "two"), let n = afterSpace(first), isWord(n, "thousand") {
      j = n
    } else if isTensAndUnitsInWords(first) {
      return first  // "thirteenth of July sixty-seven": the century left unsaid
    } else if isTensInWords(first) {
      // "fifty eight": the tens, then perhaps the units, the century left unsaid.
      if let n = afterSpace(first), !claimed[n], let unit = hourInWords(n), unit < 10 { return n }
      return first
    } else if !(isWord(first, "nineteen") || isWord(first, "twenty")) {
      return nil
    }
    var last = j
    var words = 0
    while words < 3, let n = afterSpace(j), !claimed[n] {
      guard isWord(n, "and") || isWord(n, "oh") || isYearPartInWords(n) else { break }
      j = n
      if !isWord(n, "and") { last = n }
      words += 1
    }
    return last == first ? nil : last
  }

  /// Whether word `i` is a multiple of ten that can end a year: "thirty" to "ninety".
  private func isTensInWords(_ i: Int) -> Bool {
    isWord(i, "thirty") || isWord(i, "forty") || isWord(i, "fifty") || isWord(i, "sixty") || isWord(i, "seventy")
      || isWord(i, "eighty") || isWord(i, "ninety")
  }

  /// Whether word `i` is tens and units joined by a hyphen: "fifty-two", "sixty-seven".
  func isTensAndUnitsInWords(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.kind == .word, t.isCompound, t.length >= 8 else { return false }
    return hasPrefix(i, "twenty-") || hasPrefix(i, "thirty-") || hasPrefix(i, "forty-") || hasPrefix(i, "fifty-")
      || hasPrefix(i, "sixty-") || hasPrefix(i, "seventy-") || hasPrefix(i, "eighty-") || hasPrefix(i, "ninety-")
  }

  /// Whether word `i` can be part of a year's last two digits in words: "fifty", "two", "sixteen", "fifty-two".
  private func isYearPartInWords(_ i: Int) -> Bool {
    hourInWords(i) != nil || isTensAndUnitsInWords(i) || isTensInWords(i)
  }
}
