extension NoteAnalysis {
  /// Finds dates written with a month name: "12 March 1961", "12th Mar 61",
  /// "3rd of March", "March 12, 2024", "March 2019", "12-Mar-1961"; and a year
  /// after "born" or "DOB". A month on its own ("in March") is left alone.
  mutating func findWrittenDates() {
    for i in tokens.indices
    where tokens[i].kind == .word && !tokens[i].flags.isDisjoint(with: [.month, .foreignMonth, .foreignMonthShort]) && !claimed[i] {
      // "may", "march" and the months of other languages ("mai", "luglio") count
      // only with a day; their short forms ("Chwef", "ott") only with a day and a year.
      let isVerbLike = !tokens[i].flags.contains(.month) || (!tokens[i].isCapitalised && (isWord(i, "may") || isWord(i, "march")))
      let needsYear = tokens[i].flags.isDisjoint(with: [.month, .foreignMonth])
      var start = i
      var end = i
      var hasDay = false
      // A day before: "12 March", "12th of March", "12-Mar".
      if let p = previous(i) {
        var d = p
        if isWord(p, "of"), let q = previous(p) { d = q }
        if isMark(p, "-") || isMark(p, "/"), p == i - 1, let q = previous(p), q == p - 1 { d = q }
        // "14th (Aug)": the month in brackets after its day.
        if isMark(p, "("), p == i - 1, let q = previous(p), tokens[q].kind == .alphanumeric, i + 1 < tokens.count, isMark(i + 1, ")") {
          d = q
        }
        if isDay(d), !claimed[d], i - d <= 4 {
          start = d
          hasDay = true
        } else if isOrdinalInWords(d), !claimed[d], i - d <= 4 {
          // "seventeenth January", "Twenty Fourth August": a day in words.
          start = d
          hasDay = true
          if let tens = beforeSpace(d), !claimed[tens], isWord(tens, "twenty") || isWord(tens, "thirty") { start = tens }
        }
      }
      if isVerbLike && !hasDay { continue }
      // A day after: "March 12", "March 12th"; "Feb the first".
      var cursor = i
      if !hasDay, let the = afterSpace(i), isWord(the, "the"), let d = afterSpace(the), !claimed[d], isOrdinalInWords(d) {
        hasDay = true
        end = d
        cursor = d
      }
      if !hasDay, let n = next(i), n - i <= 2, isDay(n), !claimed[n] {
        hasDay = true
        end = n
        cursor = n
      }
      // "Aug 19 1969": the day and year found as numbers already; the month joins them.
      if !hasDay, let n = next(i), n - i <= 2, claimed[n], let k = spans.firstIndex(where: { $0.first == n && $0.kind == .date }),
        isDay(n)
      {
        for j in i..<n { claimed[j] = true }
        spans[k].first = i
        continue
      }
      // "12 Rabi al-Awwal 1400": a month of two words.
      if let n = afterSpace(cursor), end == i, !tokens[i].flags.contains(.month), isArabicArticlePart(n) { cursor = n; end = n }
      // A year: "1961", "61", "'61", after an optional comma, hyphen or slash.
      if var n = next(cursor), n - cursor <= 2 {
        // "14th Feb. 1971": a short month's full stop, then a year of four digits.
        let afterFullStop = isMark(n, ".") && n == cursor + 1
        if isMark(n, ",") || ((isMark(n, "-") || isMark(n, "/") || afterFullStop) && n == cursor + 1), let m = next(n), m - n <= 2 { n = m }
        // "'61"; "2nd Jan. '25": an apostrophe says two digits are a year, even after a short month's full stop.
        var apostrophe = false
        if isMark(n, "'"), n + 1 < tokens.count, tokens[n + 1].kind == .number, tokens[n + 1].digits == 2 {
          n += 1
          apostrophe = true
        }
        // "2nd April 10.00": an hour and its minutes, not a year.
        let isClockTime = n + 2 < tokens.count && (isMark(n + 1, ".") || isMark(n + 1, ":")) && tokens[n + 2].kind == .number
          && tokens[n + 2].digits == 2
        if tokens[n].kind == .number, !claimed[n], !isClockTime {
          let digits = tokens[n].digits
          let year = value(n)
          // With a day, a year of any calendar: 1400 (Hijri), 1360 (Persian), 5730 (Hebrew).
          if (digits == 4 && ((1900...2099).contains(year) || (hasDay && (1300...5999).contains(year))))
            || (digits == 2 && hasDay && (!afterFullStop || apostrophe))
          {
            end = n
          }
        }
      }
      // "Twenty Fourth August Nineteen Fifty Two": a year in words.
      if hasDay, end == i || end == cursor, let year = yearInWordsEnd(after: end) { end = year }
      guard hasDay || end > i else { continue }
      // "14th (Aug)": the bracket closes with the month.
      if end == i, isMark(i - 1, "("), i + 1 < tokens.count, isMark(i + 1, ")") { end = i + 1 }
      if needsYear, !(hasDay && end > i && tokens[end].kind == .number && tokens[end].digits == 4) { continue }
      guard isFree(start, end) else { continue }
      claim(start, end, as: .date)
    }
    findWeekdaysWithADay()
    if hasOrdinal { findOrdinalDaysAlone() }
    if hasRareCue {
      findOrdinalDaysInWordsAlone()
      findOrdinalDatesInWords()
    }
    if hasRomanMonth { findRomanMonthDates() }
    if hasDayWord { findFeastDays() }
    // "born 1961", "DOB: 1961".
    for i in tokens.indices where tokens[i].kind == .number && tokens[i].digits == 4 && !claimed[i] {
      guard (1900...2099).contains(value(i)), let p = previous(i) else { continue }
      var cue = p
      if isMark(p, ":") || isWord(p, "in"), let q = previous(p) { cue = q }
      if tokens[cue].kind == .word, tokens[cue].flags.contains(.birthCue) || isWord(cue, "dob") {
        claim(i, i, as: .date)
      }
    }
  }

  /// Finds a weekday with the day of the month after it, which together say
  /// which day: "Tues 8th", "Thursday 14th", "Monday the 7th".
  private mutating func findWeekdaysWithADay() {
    findWeekdaysGluedToADay()
    for i in tokens.indices where tokens[i].kind == .word && tokens[i].flags.contains(.weekday) && !claimed[i] {
      guard var n = afterSpace(i) else { continue }
      if isWord(n, "the"), let m = afterSpace(n) { n = m }
      if tokens[n].kind == .number, let last = dayAndMonthEnd(n), isFree(i, last) {
        claim(i, last, as: .date)  // "Fri 7/3"
        continue
      }
      guard tokens[n].kind == .alphanumeric, isDay(n), isFree(i, n) else { continue }
      claim(i, n, as: .date)
    }
  }

  /// The last token of a day and month in digits starting at number `i`
  /// ("7/3", "21/11"), when no year or further number follows; else nil.
  private func dayAndMonthEnd(_ i: Int) -> Int? {
    guard i + 2 < tokens.count, tokens[i].digits <= 2, isMark(i + 1, "/"), tokens[i + 2].kind == .number,
      tokens[i + 2].digits <= 2, (1...31).contains(value(i)), (1...12).contains(value(i + 2))
    else { return nil }
    if i + 3 < tokens.count, isMark(i + 3, "/") || isMark(i + 3, "-") || tokens[i + 3].kind == .number { return nil }
    return i + 2
  }

  /// Whether a word before token `i` makes "6/12" an interval ("in 6/12",
  /// "f/u 3/12", "for 2/52") rather than a day and month.
  private func isIntervalCue(before i: Int) -> Bool {
    guard let p = previous(i) else { return false }
    return isWord(p, "in") || isWord(p, "for") || isWord(p, "up") || isWord(p, "u") || isWord(p, "every") || isWord(p, "after")
  }

  /// Finds a day and month in digits just before a time of day, which says
  /// when a call was: "rang 4/3 09:50", "seen 12/11 2pm". Runs only once a
  /// time is found, and looks only just before it.
  mutating func findDaysAndMonthsBeforeTimes() {
    for k in spans.indices where spans[k].kind == .time {
      let first = spans[k].first
      guard let month = previous(first), month >= 2, tokens[month].kind == .number, !claimed[month],
        isMark(month - 1, "/"), tokens[month - 2].kind == .number, !claimed[month - 2],
        dayAndMonthEnd(month - 2) == month, previous(month - 2).map({ !isMark($0, "/") && tokens[$0].kind != .number }) ?? true,
        !isIntervalCue(before: month - 2)
      else { continue }
      claim(month - 2, month, as: .date)
    }
  }

  /// Finds a day of the month told by its ordinal alone after a preposition
  /// and "the", at the end of a clause: "since op on the 3rd.", "back from
  /// the 21st, then". Not "on the 3rd cycle", where a noun follows.
  ///
  /// Also an ordinal alone at the end of a clause after a word that is no
  /// determiner: "MDT 27th", "covering till 30th", "2nd was 19th, third
  /// pending"; not "her 2nd." nor "2nd opinion".
  private mutating func findOrdinalDaysAlone() {
    for i in tokens.indices where tokens[i].kind == .alphanumeric && !claimed[i] && isDay(i) {
      // "the 2nd of the 10th 1959": a month by its ordinal too, then a year.
      if let last = ordinalMonthAndYearEnd(after: i), isFree(i, last) {
        claim(i, last, as: .date)
        continue
      }
      // "the 14th of last month": a month told by when it was.
      if let last = monthToldByWhenEnd(after: i), isFree(i, last) {
        claim(i, last, as: .date)
        continue
      }
      guard let p = previous(i), i - p <= 2, tokens[p].kind == .word else {
        // "discussed, 19th MDT": a late day after a mark or opening the note; "2nd: neutropenic",
        // a diary's day opening its entry.
        let opensEntry = i + 1 < tokens.count && isMark(i + 1, ":") && (previous(i).map({ isMark($0, ".") || isMark($0, ";") }) ?? true)
        if isLateDayBeforeNoCount(i) || opensEntry { claim(i, i, as: .date) }
        continue
      }
      // "tomorrow 22nd 11.15": a day, then the time.
      let timeFollows = next(i).map({ n in tokens[n].kind == .number && n + 2 < tokens.count && (isMark(n + 1, ".") || isMark(n + 1, ":"))
        && tokens[n + 2].kind == .number && tokens[n + 2].digits == 2 }) ?? false
      // "13th evening", "the 2nd for 5/52", "the 3rd will": a part of the day, or a
      // word that starts what comes next, after "the" and a day.
      let partOfDayFollows = next(i).map({ isPartOfTheDay($0) }) ?? false
      let clauseWordFollows = isWord(p, "the") && (next(i).map({ isWord($0, "for") || isWord($0, "will") || isWord($0, "till")
        || isWord($0, "until") || isWord($0, "then") || isWord($0, "or") || isWord($0, "not") }) ?? false)
      if let n = next(i), !timeFollows, !partOfDayFollows, !clauseWordFollows {
        let endsClause =
          isMark(n, ".") || isMark(n, ",") || isMark(n, ";") || isMark(n, ")") || isMark(n, "?") || isMark(n, "!")
          || isMark(n, "-") || isWord(n, "and") || isWord(n, "but") || isWord(n, "at") || isWord(n, "when") || isWord(n, "so")
          || isWord(n, "x") || isWord(n, "xx")  // a text's kisses
        guard endsClause || isLateDayBeforeNoCount(i) else { continue }
        // "3rd-4th", "2nd-line": a range or a compound, not a day.
        if isMark(n, "-"), n == i + 1 { continue }
      }
      if isWord(p, "the") {
        // "on the 3rd.", "expected the 17th.", "went with the 15th": "the" and a day closing the clause.
        // Not "this is the 3rd." nor "it was the 2nd": a count, not a day.
        // A count is a small one: "it is the 14th" is a day.
        guard let q = previous(p), p - q <= 2, tokens[q].kind == .word, !isWord(q, "every"), !isWord(q, "each"), !isWord(q, "be"),
          !(isWord(q, "is") || isWord(q, "was")) || value(i) >= 10
            || !(previous(q).map({ isWord($0, "this") || isWord($0, "that") || isWord($0, "it") || isWord($0, "which") }) ?? true)
        else { continue }
      } else if tokens[p].flags.contains(.function) && !isTimePreposition(p)
        // "seen 6th, 13th and 20th for planning", "received it 20th", "try again 27th": a late day
        // after a function word that is no determiner, closing its clause or before "and" or "or".
        && !(isLateDayBeforeNoCount(i) && !isDeterminer(p))
        || isWord(p, "his") || isWord(p, "her")
        || isWord(p, "their") || isWord(p, "my") || isWord(p, "your") || isWord(p, "our") || isWord(p, "its")
        || isWord(p, "every") || isWord(p, "each") || isWord(p, "cycle") || isWord(p, "line") || isWord(p, "stage")
      {
        continue
      }
      claim(i, i, as: .date)
    }
  }

  /// Whether ordinal day `i` is the 10th or later and the word after it is no
  /// thing counted ("19th MDT", "TCI 13th evening"), where an ordinal this
  /// large is a day of the month; not "12th floor", "18th birthday" nor "21st
  /// century".
  private func isLateDayBeforeNoCount(_ i: Int) -> Bool {
    guard value(i) >= 10 else { return false }
    guard let n = next(i), n - i <= 2, tokens[n].kind == .word else { return true }
    return !Self.countedThings.contains { isWord(n, $0) }
  }

  /// Things an ordinal counts rather than dates: "5th cycle", "12th floor".
  private static let countedThings: [StaticString] = [
    "cycle", "cycles", "floor", "birthday", "century", "week", "day", "dose", "round", "line", "fraction", "fractions",
    "centile", "percentile", "anniversary", "generation", "time", "times", "attempt", "session", "infusion", "treatment",
    "course", "year", "month", "place", "position", "edition", "street", "st", "avenue", "visit", "chemo", "cousin",
    "grandchild", "child", "baby", "pregnancy", "scan", "opinion", "op", "rib", "toe", "finger", "vertebra", "nerve",
  ]

  /// Finds a day of the month said as an ordinal in words after a preposition
  /// and "the", closing its clause: "my appointment's on the twelfth and",
  /// "away till the twenty-third." Not "first" nor "second", which count far
  /// more often than they date ("on the second."), nor "on the third cycle".
  private mutating func findOrdinalDaysInWordsAlone() {
    for i in tokens.indices where tokens[i].kind == .word && tokens[i].flags.contains(.rareCue) && !claimed[i] {
      guard let the = beforeSpace(i), isWord(the, "the"), isOrdinalInWords(i), !isWord(i, "first"), !isWord(i, "second"),
        let q = beforeSpace(the), isTimePreposition(q) && !isWord(q, "is") && !isWord(q, "was") && !isWord(q, "for")
      else { continue }
      if let n = next(i) {
        guard isMark(n, ".") || isMark(n, ",") || isMark(n, ";") || isMark(n, ")") || isMark(n, "-") || isMark(n, "?")
          || isMark(n, "!") || isMark(n, "\"") || isWord(n, "and") || isWord(n, "but") || isWord(n, "at") || isWord(n, "so")
          || isPartOfTheDay(n)
        else { continue }
      }
      claim(the, i, as: .date)
    }
  }

  /// The end of "of last month" after ordinal day `i`: "of", then "last",
  /// "this" or "next", then "month".
  private func monthToldByWhenEnd(after i: Int) -> Int? {
    guard let of = afterSpace(i), isWord(of, "of"), let when = afterSpace(of),
      isWord(when, "last") || isWord(when, "this") || isWord(when, "next"), let month = afterSpace(when), isWord(month, "month")
    else { return nil }
    return month
  }

  /// Whether word `p` is a determiner or a possessive, before which an ordinal counts
  /// ("the 21st", "her 18th", "this 12th").
  private func isDeterminer(_ p: Int) -> Bool {
    isWord(p, "the") || isWord(p, "a") || isWord(p, "an") || isWord(p, "his") || isWord(p, "her") || isWord(p, "their")
      || isWord(p, "my") || isWord(p, "your") || isWord(p, "our") || isWord(p, "its") || isWord(p, "every") || isWord(p, "each")
      || isWord(p, "this") || isWord(p, "that") || isWord(p, "which") || isWord(p, "what")
  }

  /// Whether word `i` is a part of the day: "morning", "evening", "pm".
  private func isPartOfTheDay(_ i: Int) -> Bool {
    isWord(i, "morning") || isWord(i, "afternoon") || isWord(i, "evening") || isWord(i, "night") || isWord(i, "am")
      || isWord(i, "pm") || isWord(i, "eve")
  }

  /// Finds the days of the month beside a date, joined to it in a list or a
  /// range: "rang 21st, 22nd and 23rd", "away 20th-31st Oct", "the 3rd or
  /// 4th March", "on the 3rd not the 5th"; a day after a date closes its
  /// clause or the list goes on (not "12th Dec, 2nd was 19th"), unless "not
  /// the" or "or the" joins it. Runs once the other dates are found.
  mutating func findDaysBesideDates() {
    var found = true
    while found {
      found = false
      for i in tokens.indices where tokens[i].kind == .alphanumeric && !claimed[i] && isDay(i) {
        if let joiner = next(i), joiner - i <= 2, isDateJoiner(joiner), let n = next(joiner), n - joiner <= 2,
          let k = spans.firstIndex(where: { $0.first == n && $0.kind == .date })
        {
          for j in i..<n { claimed[j] = true }
          spans[k].first = i
          found = true
        } else if let joiner = previous(i), i - joiner <= 2,
          isDateJoiner(joiner) || isWord(joiner, "the") && previous(joiner).map({ isWord($0, "not") || isWord($0, "or") }) == true,
          let p = previous(isWord(joiner, "the") ? previous(joiner)! : joiner), joiner - p <= 4,
          let k = spans.firstIndex(where: { $0.last == p && $0.kind == .date }),
          isWord(joiner, "the")
            || next(i).map({ n in tokens[n].kind == .punctuation || isDateJoiner(n) || isWord(n, "at") || isPartOfTheDay(n) }) ?? true
        {
          for j in (p + 1)...i { claimed[j] = true }
          spans[k].last = i
          found = true
        }
      }
    }
    findDaysAndMonthsInLists()
  }

  /// Claims a day and month in digits ("4/6", "3/6") in a list whose item before
  /// is a date: "rang 3/6 & 4/6", "chemo: 1/4, 22/4, 13/5 and 3/6". Each item may
  /// read as a fraction alone; after a date, it is the next day.
  private mutating func findDaysAndMonthsInLists() {
    var found = true
    while found {
      found = false
      for i in tokens.indices where tokens[i].kind == .number && !claimed[i] {
        guard let last = dayAndMonthEnd(i), !claimed[last], let joiner = previous(i), i - joiner <= 2,
          isMark(joiner, ",") || isMark(joiner, "&") || isWord(joiner, "and") || isWord(joiner, "or"), let p = previous(joiner),
          joiner - p <= 2, claimed[p], spans.contains(where: { $0.last == p && $0.kind == .date }), !isInListOfScores(i)
        else { continue }
        claim(i, last, as: .date)
        found = true
      }
      // "1/4, 22/4": a list's first item too, before a date.
      for i in tokens.indices where tokens[i].kind == .number && !claimed[i] {
        guard let last = dayAndMonthEnd(i), !claimed[last], let joiner = next(last), joiner - last <= 2,
          isMark(joiner, ",") || isMark(joiner, "&") || isWord(joiner, "and"), let n = next(joiner), n - joiner <= 2, claimed[n],
          spans.contains(where: { $0.first == n && $0.kind == .date }), let after = next(n), isMark(after, "/"), !isInListOfScores(i)
        else { continue }
        claim(i, last, as: .date)
        found = true
      }
    }
  }

  /// Whether a word for a score ("pain", "score", "rated") stands a few tokens
  /// before token `i`: "pain 7/10, 8/10 and 9/10" are scores, not days.
  private func isInListOfScores(_ i: Int) -> Bool {
    var j = i
    for _ in 0..<10 {
      guard let p = previous(j) else { return false }
      if tokens[p].kind == .word {
        if isWord(p, "pain") || isWord(p, "score") || isWord(p, "scores") || isWord(p, "scored") || isWord(p, "rated")
          || isWord(p, "nrs") || isWord(p, "vas") || isWord(p, "power") || isWord(p, "ecog")
        {
          return true
        }
      }
      j = p
    }
    return false
  }

  /// Whether token `i` joins two days in a list or a range: ",", "-", "&", "and", "or", "to".
  private func isDateJoiner(_ i: Int) -> Bool {
    isMark(i, ",") || isMark(i, "-") || isMark(i, "&") || isMark(i, "/") || isWord(i, "and") || isWord(i, "or") || isWord(i, "to")
      || isWord(i, "not")
  }

  /// The end of "of the 10th 1959" or "of the 9th, 1949" after day `i`: a
  /// month's ordinal (1st to 12th) after "of the", then a year of four digits.
  private func ordinalMonthAndYearEnd(after i: Int) -> Int? {
    guard let of = afterSpace(i), isWord(of, "of"), let the = afterSpace(of), isWord(the, "the"), let month = afterSpace(the),
      tokens[month].kind == .alphanumeric, isDay(month), (1...12).contains(value(month))
    else { return nil }
    // "the 2nd of the 10th": a day and a month's ordinal say a date, year or none.
    guard var year = next(month), year - month <= 2 else { return month }
    if isMark(year, ","), let n = next(year), n - year <= 2 { year = n }
    // "the 2nd of the 10th '56".
    if isMark(year, "'"), year + 1 < tokens.count, tokens[year + 1].kind == .number, tokens[year + 1].digits == 2 { return year + 1 }
    guard tokens[year].kind == .number, tokens[year].digits == 4 && (1900...2099).contains(value(year)) || tokens[year].digits == 2
    else { return month }
    return year
  }

  /// Finds a date said with ordinals in words for its day and its month:
  /// "the twelfth of the second", "first of the fourth sixty-nine", with a
  /// year in words or digits after it if one is said.
  private mutating func findOrdinalDatesInWords() {
    for i in tokens.indices where tokens[i].kind == .word && !claimed[i] {
      let length = tokens[i].length
      guard tokens[i].flags.contains(.rareCue) || (length == 5 && isWord(i, "first")) || (length == 6 && isWord(i, "second")),
        isOrdinalInWords(i), let of = afterSpace(i), isWord(of, "of"), let the = afterSpace(of), isWord(the, "the"),
        let month = afterSpace(the), isMonthOrdinalInWords(month)
      else { continue }
      var first = i
      if let tens = beforeSpace(i), isWord(tens, "twenty") || isWord(tens, "thirty") { first = tens }
      var last = month
      if let year = yearInWordsEnd(after: month) {
        last = year
      } else if let n = next(month), n - month <= 2, tokens[n].kind == .number, tokens[n].digits == 2 || tokens[n].digits == 4 {
        last = n
      } else if let n = next(month), isMark(n, "'"), n + 1 < tokens.count, tokens[n + 1].kind == .number, tokens[n + 1].digits == 2 {
        last = n + 1
      }
      if isFree(first, last) { claim(first, last, as: .date) }
    }
  }

  /// Finds dates whose month is a Roman numeral between full stops or
  /// slashes, as old letters write them: "17.iv.1959", "29.ii.72".
  private mutating func findRomanMonthDates() {
    for m in tokens.indices where tokens[m].kind == .word && tokens[m].length <= 4 && !claimed[m] {
      let c = b[tokens[m].start] | 0x20
      guard c == UInt8(ascii: "i") || c == UInt8(ascii: "v") || c == UInt8(ascii: "x"), m >= 2, m + 2 < tokens.count, isMark(m - 1, ".") || isMark(m - 1, "/"), isMark(m + 1, "."), tokens[m - 2].kind == .number,
        tokens[m - 2].digits <= 2, (1...31).contains(value(m - 2)), !claimed[m - 2], tokens[m + 2].kind == .number, !claimed[m + 2],
        tokens[m + 2].digits == 2 || tokens[m + 2].digits == 4, romanMonth(m) != nil
      else { continue }
      claim(m - 2, m + 2, as: .date)
    }
  }

  /// The month a Roman numeral word spells, "i" to "xii", in any case.
  private func romanMonth(_ i: Int) -> Int? {
    let numerals: [StaticString] = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
    return numerals.firstIndex { isWord(i, $0) }.map { $0 + 1 }
  }

  /// Whether word `i` is a month's ordinal in words: "first" to "twelfth".
  private func isMonthOrdinalInWords(_ i: Int) -> Bool {
    isWord(i, "first") || isWord(i, "second") || isWord(i, "third") || isWord(i, "fourth") || isWord(i, "fifth") || isWord(i, "sixth")
      || isWord(i, "seventh") || isWord(i, "eighth") || isWord(i, "ninth") || isWord(i, "tenth") || isWord(i, "eleventh")
      || isWord(i, "twelfth")
  }

  /// Finds a reference of parts joined by slashes or dashes after "ref":
  /// "Our ref: RM/SAR/4471/AB", "ref LSS/RNOH/44127". Letters and digits with
  /// no space, with digits among them, say which letter and so whose.
  private mutating func findReferencesInParts() {
    for i in tokens.indices where tokens[i].kind == .word && tokens[i].length == 3 && !claimed[i] && isWord(i, "ref") {
      var k = i
      if k + 1 < tokens.count, isMark(k + 1, ":") || isMark(k + 1, ".") { k += 1 }
      guard let first = next(k), first - k <= 2, !claimed[first], tokens[first].kind != .punctuation, tokens[first].kind != .space
      else { continue }
      var last = first
      var parts = 1
      var hasDigits = tokens[first].digits > 0
      while last + 2 < tokens.count, isMark(last + 1, "/") || isMark(last + 1, "-"),
        !claimed[last + 1] && !claimed[last + 2] || isPartOfRecord(last + 2),
        tokens[last + 2].kind == .word || tokens[last + 2].kind == .number || tokens[last + 2].kind == .alphanumeric
      {
        last += 2
        parts += 1
        if tokens[last].digits > 0 { hasDigits = true }
      }
      guard parts >= 3, hasDigits else { continue }
      // A record number found inside it ("SAR/4471") joins the whole; anything
      // else found inside it, or a record reaching outside it, leaves it be.
      var foundInside: [Int] = []
      var isTaken = false
      for j in first...last where claimed[j] {
        guard let k = spans.firstIndex(where: { $0.first <= j && j <= $0.last }), spans[k].kind == .recordNumber,
          spans[k].first >= first, spans[k].last <= last
        else {
          isTaken = true
          break
        }
        if !foundInside.contains(k) { foundInside.append(k) }
      }
      guard !isTaken else { continue }
      for k in foundInside.sorted(by: >) { spans.remove(at: k) }
      for j in first...last { claimed[j] = false }
      claim(first, last, as: .recordNumber)
    }
  }

  /// Finds a case system's references, its own letters in capitals joined to
  /// numbers by dashes or slashes: "CAS-11902", "SOL/7734", "SLC/2024/0431",
  /// "UCH-3318742"; four digits or more in all, the first number three or
  /// more. They run before dates and times, so that no date takes the year
  /// inside one ("SLC/2024/0431") nor a number beside it ("SOL/7734 10 Apr
  /// 24"). Not a trial's register, a month, a cue ("MRN-", "NHS-") nor a
  /// word of the domain; nor "COVID-19", too few digits.
  mutating func findLetteredReferences() {
    var i = 0
    while i + 2 < tokens.count {
      defer { i += 1 }
      let t = tokens[i]
      guard t.kind == .word, t.isAllCaps, (2...5).contains(t.letters), t.letters == t.length, !claimed[i],
        isMark(i + 1, "-") || isMark(i + 1, "/"), tokens[i + 2].kind == .number, tokens[i + 2].digits >= 3, !claimed[i + 2],
        t.flags.isDisjoint(with: [.domain, .kept, .registry, .month, .recordCue, .nhsCue, .phoneCue, .birthCue, .institution]),
        previous(i).map({ !isMark($0, "-") && !isMark($0, "/") }) ?? true
      else { continue }
      var last = i + 2
      var digits = tokens[last].digits
      // More parts: "SLC/2024/0431", "SL-24-03817".
      while last + 2 < tokens.count, isMark(last + 1, "-") || isMark(last + 1, "/"), !claimed[last + 2],
        tokens[last + 2].kind == .number || tokens[last + 2].kind == .alphanumeric && tokens[last + 2].digits >= 1
      {
        last += 2
        digits += tokens[last].digits
      }
      // "CAS-11902-B": a letter closing it.
      if last + 2 < tokens.count, isMark(last + 1, "-"), tokens[last + 2].kind == .word, tokens[last + 2].letters == 1, !claimed[last + 2],
        next(last + 2).map({ $0 > last + 3 || tokens[$0].kind == .punctuation }) ?? true
      {
        last += 2
      }
      guard digits >= 4, isFree(i, last) else { continue }
      claim(i, last, as: .recordNumber)
      i = last
    }
  }

  /// Whether token `i` belongs to a record number already found.
  private func isPartOfRecord(_ i: Int) -> Bool {
    claimed[i] && spans.contains { $0.kind == .recordNumber && $0.first <= i && i <= $0.last }
  }

  /// Finds days named by their feast, which say the day and the month:
  /// "Christmas Day 1950", "Boxing Day", "New Year's Day", "Christmas Eve".
  private mutating func findFeastDays() {
    for i in tokens.indices where tokens[i].kind == .word && tokens[i].isCapitalised && !claimed[i] {
      var day: Int
      var needsYear = false
      if isWord(i, "christmas") || isWord(i, "xmas") || isWord(i, "boxing") || isWord(i, "valentine's") || isWord(i, "valentines")
        || isWord(i, "valentine") && i + 1 < tokens.count && isMark(i + 1, "'")
      {
        guard let d = afterSpace(i) ?? (i + 2 < tokens.count && isMark(i + 1, "'") ? afterSpace(i + 1) : nil),
          isWord(d, "day") || isWord(d, "eve")
        else { continue }
        day = d
      } else if isWord(i, "lady") || isWord(i, "midsummer") || isWord(i, "michaelmas") || isWord(i, "st") || isWord(i, "saint") {
        // "Lady Day 1957", "St David's Day 1961": a feast whose day only a year makes a date here.
        var d = afterSpace(i)
        if let n = d, isWord(i, "st") || isWord(i, "saint") {
          guard tokens[n].isPossessive, tokens[n].isCapitalised else { continue }
          d = afterSpace(n + 1) ?? afterSpace(n)
        }
        guard let found = d, isWord(found, "day") else { continue }
        day = found
        needsYear = true
      } else if isWord(i, "new"), let y = afterSpace(i), isWord(y, "year's") || isWord(y, "years") || (isWord(y, "year") && y + 1 < tokens.count && isMark(y + 1, "'")),
        let d = afterSpace(y + (isWord(y, "year") ? 1 : 0)) ?? afterSpace(y), isWord(d, "day") || isWord(d, "eve")
      {
        day = d
      } else {
        continue
      }
      // "Valentine's Day, 74": a year's last two digits after a comma.
      if let comma = next(day), comma == day + 1, isMark(comma, ","), let n = afterSpace(comma), tokens[n].kind == .number,
        tokens[n].digits == 2, !claimed[n], isFree(i, n)
      {
        claim(i, n, as: .date)
        continue
      }
      if needsYear, !(afterSpace(day).map({ tokens[$0].kind == .number && tokens[$0].digits == 4 }) ?? false) { continue }
      if let n = afterSpace(day), tokens[n].kind == .number, tokens[n].digits == 4, (1900...2099).contains(value(n)) {
        // The year may be a date already, as after "born": the feast joins it.
        if let k = spans.firstIndex(where: { $0.first == n && $0.kind == .date }), isFree(i, day) {
          for j in i..<n { claimed[j] = true }
          spans[k].first = i
          continue
        }
        day = n
      }
      if isFree(i, day) { claim(i, day, as: .date) }
    }
  }

  /// The weekdays' short forms, lower case, as typed against a day.
  private static let shortWeekdays: [[UInt8]] = ["mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun"].map {
    Array($0.utf8)
  }

  /// Finds a weekday typed against the day and month after it, as a text
  /// message has it: "Weds13/3", "Mon3/6", "Fri 7/3" already apart; or
  /// against the day's ordinal: "Sat14th", "Weds12th".
  private mutating func findWeekdaysGluedToADay() {
    for i in tokens.indices where tokens[i].kind == .alphanumeric && !claimed[i] {
      let t = tokens[i]
      guard t.letters >= 3, t.letters <= 7, t.digits <= 2, isLetter(b[t.start]) else { continue }
      var split = t.start
      while split < t.end, !isDigit(b[split]) { split += 1 }
      var digitEnd = split
      while digitEnd < t.end, isDigit(b[digitEnd]) { digitEnd += 1 }
      let letters = Array(b[t.start..<split]).map { $0 | 0x20 }
      guard Self.shortWeekdays.contains(letters), digitEnd > split else { continue }
      var day = 0
      for k in split..<digitEnd { day = day * 10 + Int(b[k] - 0x30) }
      // "Sat14th", "Weds12th": the day's ordinal glued on.
      if digitEnd < t.end {
        let suffix = Array(b[digitEnd..<t.end]).map { $0 | 0x20 }
        guard t.end - digitEnd == 2, [Array("st".utf8), Array("nd".utf8), Array("rd".utf8), Array("th".utf8)].contains(suffix),
          (1...31).contains(day)
        else { continue }
        claim(i, i, as: .date)
        continue
      }
      guard (1...31).contains(day), i + 2 < tokens.count, isMark(i + 1, "/"), tokens[i + 2].kind == .number, tokens[i + 2].digits <= 2,
        (1...12).contains(value(i + 2)), !claimed[i + 2]
      else { continue }
      var end = i + 2
      if end + 2 < tokens.count, isMark(end + 1, "/"), tokens[end + 2].kind == .number, tokens[end + 2].digits == 2 || tokens[end + 2].digits == 4 {
        end += 2
      }
      if isFree(i, end) { claim(i, end, as: .date) }
    }
  }

  /// Whether word `p` is a preposition of time that a day can follow without
  /// "the": "till 30th", "by 14th", "from 3rd", "on 5th".
  private func isTimePreposition(_ p: Int) -> Bool {
    isWord(p, "on") || isWord(p, "since") || isWord(p, "from") || isWord(p, "until") || isWord(p, "till") || isWord(p, "by")
      || isWord(p, "before") || isWord(p, "after") || isWord(p, "was") || isWord(p, "is") || isWord(p, "for")
      || isWord(p, "tomorrow") || isWord(p, "today") || isWord(p, "tonight") || isWord(p, "to")
  }

  /// Whether word `i` is the second word of a month's name in the Hijri
  /// calendar, an Arabic article joined to a word: "al-Awwal", "ul-Thani".
  private func isArabicArticlePart(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.kind == .word, t.isCompound, t.length >= 5 else { return false }
    let a = b[t.start] | 0x20, c = b[t.start + 1] | 0x20
    return (a == UInt8(ascii: "a") || a == UInt8(ascii: "u") || a == UInt8(ascii: "e")) && c == UInt8(ascii: "l")
      && b[t.start + 2] == UInt8(ascii: "-")
  }

  /// Finds dates written with East Asian unit characters: "2000년 3월 5일",
  /// "1990年5月9日", "3月5日".
  mutating func findEastAsianDates() {
    var i = 0
    while i < tokens.count {
      if !claimed[i], isEastAsianTime(i) {
        claim(i, i, as: .time)
        i += 1
        continue
      }
      if !claimed[i], let last = thaiDateEnd(i) {
        claim(i, last, as: .date)
        i = last + 1
        continue
      }
      guard !claimed[i], var units = dateUnits(i) else {
        i += 1
        continue
      }
      var last = i
      while let n = nextAcrossSpace(last), !claimed[n], let more = dateUnits(n), let previous = units.last, let first = more.first,
        first > previous
      {
        units += more
        last = n
      }
      // A day, or a month with its year: "3월 5일", "2000년 3월".
      if units.contains(3) || units == [1, 2] { claim(i, last, as: .date) }
      i = last + 1
    }
  }

  /// Whether token `i` is a time written with Chinese or Japanese units: an
  /// hour and 時, then perhaps minutes and 分 ("9時0分", "16時30分", "8時").
  private func isEastAsianTime(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.kind == .alphanumeric, t.isForeign, t.digits >= 1, t.digits <= 4 else { return false }
    var k = t.start
    var hour = 0
    while k < t.end, isDigit(b[k]) {
      hour = hour * 10 + Int(b[k] - 0x30)
      k += 1
    }
    guard k - t.start <= 2, k > t.start, hour <= 24, k + 3 <= t.end, b[k] == 0xE6, b[k + 1] == 0x99, b[k + 2] == 0x82 else {
      return false
    }  // 時
    k += 3
    if k == t.end { return true }
    let minuteStart = k
    var minute = 0
    while k < t.end, isDigit(b[k]) {
      minute = minute * 10 + Int(b[k] - 0x30)
      k += 1
    }
    // 分
    return k - minuteStart >= 1 && k - minuteStart <= 2 && minute < 60 && k + 3 == t.end && b[k] == 0xE5 && b[k + 1] == 0x88
      && b[k + 2] == 0x86
  }

  /// The last token of a Thai date opening at day number `i`, if one does: a
  /// day, a month's abbreviation with its full stops, and a year of the
  /// Buddhist era ("3 ม.ค. 2494").
  private func thaiDateEnd(_ i: Int) -> Int? {
    guard tokens[i].kind == .number, tokens[i].digits <= 2, (1...31).contains(value(i)), let m = afterSpace(i),
      b[tokens[m].start] == 0xE0
    else { return nil }
    let start = tokens[m].start
    for month in Self.thaiMonthAbbreviations {
      let length = month.utf8CodeUnitCount
      guard start + length <= b.count else { continue }
      var matches = true
      month.withUTF8Buffer { bytes in
        for (offset, byte) in bytes.enumerated() where b[start + offset] != byte {
          matches = false
          break
        }
      }
      guard matches else { continue }
      var last = m
      while last + 1 < tokens.count, tokens[last].end < start + length { last += 1 }
      guard tokens[last].end == start + length, let year = afterSpace(last), tokens[year].kind == .number,
        tokens[year].digits == 4, isFree(i, year)
      else { return nil }
      return year
    }
    return nil
  }

  /// The Thai months' abbreviations, full stops and all, January to December.
  private static let thaiMonthAbbreviations: [StaticString] = [
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
  ]

  /// The date units of a token of numbers each followed by a unit, in order:
  /// 1 for a year, 2 for a month, 3 for a day ("1990年5月9日" gives [1, 2, 3]);
  /// nil for any other token.
  private func dateUnits(_ i: Int) -> [Int]? {
    let t = tokens[i]
    guard t.kind == .alphanumeric, t.isForeign else { return nil }
    var units: [Int] = []
    var k = t.start
    while k < t.end {
      var digits = 0
      while k < t.end, b[k] >= 0x30, b[k] <= 0x39 {
        digits += 1
        k += 1
      }
      guard (1...4).contains(digits), k + 3 <= t.end else { return nil }
      let unit: Int
      switch (b[k], b[k + 1], b[k + 2]) {
      case (0xEB, 0x85, 0x84), (0xE5, 0xB9, 0xB4): unit = 1  // 년 年
      case (0xEC, 0x9B, 0x94), (0xE6, 0x9C, 0x88): unit = 2  // 월 月
      case (0xEC, 0x9D, 0xBC), (0xE6, 0x97, 0xA5): unit = 3  // 일 日
      default: return nil
      }
      if let previous = units.last, unit <= previous { return nil }
      units.append(unit)
      k += 3
    }
    return units.isEmpty ? nil : units
  }

  /// Takes a weekday just before a date into it ("Tues 8th Dec", "Monday, 7 Dec"):
  /// with the date, it says which day.
  mutating func extendDatesOverWeekdays() {
    for k in spans.indices where spans[k].kind == .date {
      guard let p = previous(spans[k].first) else { continue }
      var day = p
      if isMark(p, ","), let q = previous(p) { day = q }
      // "Tuesday the 9th of July".
      if isWord(p, "the"), let q = previous(p), p - q <= 2 { day = q }
      guard tokens[day].kind == .word, tokens[day].flags.contains(.weekday) || isForeignWeekday(day), !claimed[day] else { continue }
      for j in day..<spans[k].first { claimed[j] = true }
      spans[k].first = day
    }
  }

  /// Whether word `i` is a weekday in French, Spanish, Italian or German,
  /// as a caller's letter writes it before a date: "lundi 4 mars", "jueves
  /// 7 de mayo", "Montag, 3. Mai". Only a date's neighbour is ever asked.
  private func isForeignWeekday(_ i: Int) -> Bool {
    let length = tokens[i].length
    guard length >= 5, length <= 10 else { return false }
    return isWord(i, "lundi") || isWord(i, "mardi") || isWord(i, "mercredi") || isWord(i, "jeudi") || isWord(i, "vendredi")
      || isWord(i, "samedi") || isWord(i, "dimanche") || isWord(i, "lunes") || isWord(i, "martes") || isWord(i, "jueves")
      || isWord(i, "viernes") || isWord(i, "lunedi") || isWord(i, "martedi") || isWord(i, "mercoledi") || isWord(i, "giovedi")
      || isWord(i, "venerdi") || isWord(i, "montag") || isWord(i, "dienstag") || isWord(i, "mittwoch")
      || isWord(i, "donnerstag") || isWord(i, "freitag") || isWord(i, "samstag") || isWord(i, "sonntag")
  }

  /// Whether token `i` is a day of the month: "12", "3rd", "31st".
  private func isDay(_ i: Int) -> Bool {
    let t = tokens[i]
    if t.kind == .number { return t.digits <= 2 && (1...31).contains(value(i)) }
    guard t.kind == .alphanumeric, t.digits <= 2, t.letters == 2, b[t.start] >= 0x30, b[t.start] <= 0x39 else { return false }
    let s0 = b[t.end - 2] | 0x20, s1 = b[t.end - 1] | 0x20
    let suffix = (s0, s1)
    let isOrdinal =
      suffix == (UInt8(ascii: "s"), UInt8(ascii: "t")) || suffix == (UInt8(ascii: "n"), UInt8(ascii: "d"))
      || suffix == (UInt8(ascii: "r"), UInt8(ascii: "d")) || suffix == (UInt8(ascii: "t"), UInt8(ascii: "h"))
    return isOrdinal && (1...31).contains(value(i))
  }

  /// Finds record ids that mix letters and digits ("RM123456", "A1234567"),
  /// and short numbers after a record cue ("Hosp no 12345").
  mutating func findRecordIds() {
    findReferencesInParts()
    for i in tokens.indices where !claimed[i] {
      let t = tokens[i]
      switch t.kind {
      case .alphanumeric:
        guard t.flags.isDisjoint(with: [.domain, .kept]) else { continue }
        if let last = recordOfPartsEnd(i) {
          var first = i
          // "RNOH/H24-01873": a hospital's letters before it.
          if i >= 2, isMark(i - 1, "/") || isMark(i - 1, "-"), tokens[i - 2].kind == .word, tokens[i - 2].isAllCaps,
            tokens[i - 2].letters <= 6, !claimed[i - 2], tokens[i - 2].flags.isDisjoint(with: [.recordCue, .nhsCue])
          {
            first = i - 2
          }
          if isFree(first, last) {
            claim(first, last, as: .recordNumber)
            continue
          }
        }
        let startsWithDigit = b[t.start] >= 0x30 && b[t.start] <= 0x39
        let endsWithLetters = !(b[t.end - 1] >= 0x30 && b[t.end - 1] <= 0x39)
        if t.digits >= 6 || (t.digits >= 4 && !(startsWithDigit && endsWithLetters && t.letters <= 3)) {
          claim(i, i, as: kind(forRecord: i))
        } else if t.digits >= 3, cuesBefore(i, count: 3).contains(.recordCue) {
          claim(i, i, as: .recordNumber)
        }
      case .number:
        if t.digits >= 3, cuesBefore(i, count: 3).contains(.recordCue) {
          claim(i, i, as: .recordNumber)
        }
      default:
        continue
      }
    }
  }

  /// The end of a record number in parts opening with letters and digits at
  /// token `i`: "H24-01873", "S19/004417", "B2-330914"; six digits or more in
  /// all, the second part four or more.
  private func recordOfPartsEnd(_ i: Int) -> Int? {
    let t = tokens[i]
    guard t.letters <= 3, t.digits <= 3, !isDigit(b[t.start]), i + 2 < tokens.count, isMark(i + 1, "-") || isMark(i + 1, "/"),
      tokens[i + 2].kind == .number, tokens[i + 2].digits >= 4, t.digits + tokens[i + 2].digits >= 6
    else { return nil }
    return i + 2
  }

  /// Takes the letters an id is written with into its record number:
  /// "ROH-772140", "RNOH/2026/11873", "GG-4471032" are one identifier each;
  /// so are "MRN RM 0512 884" and "hosp no VCC 0093318", where a record's
  /// label stands before the letters; and "RM 0661235", cue or none: the
  /// Royal Marsden's letters open its numbers.
  mutating func extendRecordNumbersOverPrefixes() {
    for k in spans.indices where spans[k].kind == .recordNumber {
      let first = spans[k].first
      if let prefix = beforeSpace(first), tokens[prefix].kind == .word, tokens[prefix].isAllCaps || tokens[prefix].letters == 1,
        tokens[prefix].isCapitalised, tokens[prefix].letters <= 4, !claimed[prefix],
        // "RNOH no RN 553812": a cue's two letters in capitals after "no" are the number's own ("MRN" is a label).
        tokens[prefix].flags.isDisjoint(with: [.recordCue, .phoneCue, .nhsCue, .birthCue])
          || tokens[prefix].isAllCaps && tokens[prefix].letters <= 2 && tokens[prefix].flags.isDisjoint(with: [.phoneCue, .nhsCue, .birthCue])
            && isNumberWord(before: prefix),
        !isWord(prefix, "no"),
        cuesBefore(prefix, count: 2).contains(.recordCue) || isNumberWord(before: prefix) || isWord(prefix, "rm")
      {
        for j in prefix..<first { claimed[j] = true }
        spans[k].first = prefix
        continue
      }
      // "LTH/S19-004417": a hospital's letters before a lettered part, up to two parts.
      for _ in 0..<2 {
        let first = spans[k].first
        guard first >= 2, isMark(first - 1, "-") || isMark(first - 1, "/") else { break }
        let prefix = first - 2
        let t = tokens[prefix]
        guard t.kind == .word || t.kind == .alphanumeric, t.letters <= 6, t.isAllCaps || t.letters == 1 || t.kind == .alphanumeric,
          !claimed[prefix]
        else { break }
        claimed[prefix] = true
        claimed[prefix + 1] = true
        spans[k].first = prefix
        if t.kind == .word { break }
      }
    }
  }

  /// Whether "no" or "number" stands just before token `i`, as in "GOSH no
  /// GOS 0312244", where a hospital's initials label its own record.
  private func isNumberWord(before i: Int) -> Bool {
    guard let p = previous(i), i - p <= 2 else { return false }
    return isWord(p, "no") || isWord(p, "number") || isWord(p, "num") || isWord(p, "nr")
  }

  /// The kind of a letters-and-digits id, from its letters ("NHS9434765919").
  private func kind(forRecord i: Int) -> IdentifierKind {
    let t = tokens[i]
    if t.digits == 10, t.letters == 3, b[t.start] | 0x20 == UInt8(ascii: "n"), b[t.start + 1] | 0x20 == UInt8(ascii: "h") {
      return .nhsNumber
    }
    return .recordNumber
  }
}
