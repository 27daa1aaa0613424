extension NoteAnalysis {
  /// Finds times of day ("14:30", "2pm", "2.30 pm", "at 10.30"): a transcript keeps
  /// the day of a call and nothing finer, and a time in a note would say more.
  ///
  /// A number with a full stop ("10.30") counts as a time only with "am"/"pm" after it
  /// or a word such as "at" or "until" before it, so doses and sizes stay.
  mutating func findTimes() {
    var i = 0
    while i < tokens.count {
      defer { i += 1 }
      guard !claimed[i] else { continue }
      let t = tokens[i]
      // "2pm", "10am": one token of digits and the meridiem.
      if t.kind == .alphanumeric, let hour = meridiemHour(i), (1...12).contains(hour) {
        claim(i, i, as: .time)
        continue
      }
      // "18h30", "9h": the French and Continental way; "1830hrs".
      if t.kind == .alphanumeric, isHourMarkedTime(i) || isFourDigitHoursTime(i) || isRoughHour(i) {
        claim(i, i, as: .time)
        continue
      }
      // "0930", "1415 hrs": four digits of the twenty-four-hour clock.
      if t.kind == .number, t.digits == 4, let last = twentyFourHourEnd(i) {
        claim(i, last, as: .time)
        i = last
        continue
      }
      guard t.kind == .number, t.digits <= 2, value(i) <= 24 else { continue }
      // "c/b tmrw 14/5 pm": a month after a day's slash, the part of the day after it.
      if i >= 2, isMark(i - 1, "/"), tokens[i - 2].kind == .number { continue }
      var last = i
      var hasMinutes = false
      var separator: UInt8 = 0
      // Minutes: ":30" or ".30" straight after the hour.
      if i + 2 < tokens.count, tokens[i + 1].kind == .punctuation,
        tokens[i + 1].mark == UInt8(ascii: ":") || tokens[i + 1].mark == UInt8(ascii: "."),
        tokens[i + 2].kind == .number || tokens[i + 2].kind == .alphanumeric, !claimed[i + 2],
        minutes(i + 2) != nil
      {
        separator = tokens[i + 1].mark
        hasMinutes = true
        last = i + 2
        // Seconds: ":15".
        if separator == UInt8(ascii: ":"), last + 2 < tokens.count, isMark(last + 1, ":"), tokens[last + 2].kind == .number,
          tokens[last + 2].digits == 2, value(last + 2) < 60
        {
          last += 2
        }
      } else if let colon = afterSpace(i), isMark(colon, ":"), colon == i + 2, let m = afterSpace(colon), m == colon + 2,
        tokens[m].kind == .number, tokens[m].digits == 2, value(m) < 60, !claimed[m],
        next(m).map({ !isMark($0, ":") && tokens[$0].kind != .number }) ?? true
      {
        // "14 : 00": a clock time typed with spaces round its colon.
        separator = UInt8(ascii: ":")
        hasMinutes = true
        last = m
      }
      var meridiem = tokens[last].kind == .alphanumeric  // "2.30pm"
      if !meridiem, let after = nextAcrossSpace(last), isWord(after, "am") || isWord(after, "pm") {
        meridiem = true
        last = after
      } else if !meridiem, let after = nextAcrossSpace(last), isWord(after, "a") || isWord(after, "p"),
        after + 2 < tokens.count, isMark(after + 1, "."), isWord(after + 2, "m")
      {
        meridiem = true
        last = after + 2
        if last + 1 < tokens.count, isMark(last + 1, ".") { last += 1 }
      }
      // "between 9 and 11am": an hour alone before a time told with its meridiem.
      if !hasMinutes, !meridiem, (1...12).contains(value(i)), t.digits <= 2, let cue = previous(i), i - cue == 2,
        isWord(cue, "btw") || isWord(cue, "btwn") || isWord(cue, "between"), let and = afterSpace(i), isWord(and, "and") || isMark(and, "-"),
        let h = afterSpace(and) ?? next(and), tokens[h].kind == .alphanumeric, meridiemHour(h) != nil, isFree(i, i)
      {
        claim(i, i, as: .time)
        continue
      }
      // "btw 10 and 12", "between 2 and 4": two hours alone.
      if !hasMinutes, !meridiem, (1...12).contains(value(i)), t.digits <= 2, let cue = previous(i), i - cue == 2,
        isWord(cue, "btw") || isWord(cue, "btwn") || isWord(cue, "between"), let and = afterSpace(i), isWord(and, "and") || isMark(and, "-"),
        let h = afterSpace(and) ?? next(and), tokens[h].kind == .number, tokens[h].digits <= 2, (1...12).contains(value(h)),
        !claimed[h], afterSpace(h).map({ tokens[$0].kind != .word || tokens[$0].flags.isDisjoint(with: .quantity) }) ?? true,
        isFree(i, i)
      {
        claim(i, i, as: .time)
        claim(h, h, as: .time)
        i = h
        continue
      }
      // "not before 10", "ring after 6.", "before 12;": an hour alone after a
      // word of time, closing its clause; "c/b at 9", "free from 10 x": after
      // "at", "from" or "around" where a call is told just before.
      if !hasMinutes, !meridiem, (1...12).contains(value(i)), t.digits <= 2, let cue = previous(i), i - cue == 2,
        isWord(cue, "before") || isWord(cue, "after") || isWord(cue, "until") || isWord(cue, "till")
          || (isWord(cue, "at") || isWord(cue, "from") || isWord(cue, "around") || isWord(cue, "about") || isWord(cue, "abt"))
            && isCallTold(before: cue),
        next(i).map({ closesHourAlone($0) }) ?? true,
        previous(cue).map({ !isMark($0, "/") }) ?? true, isFree(i, i)
      {
        claim(i, i, as: .time)
        continue
      }
      let isTime: Bool
      if hasMinutes, tokens[last].kind == .alphanumeric,
        b[tokens[last].end - 1] | 0x20 == UInt8(ascii: "h") || hasHoursSuffix(last)
      {
        isTime = true  // "14.30h", "16.00hrs"
      } else if separator == UInt8(ascii: ":") {
        isTime = true
      } else if meridiem {
        isTime = value(i) <= 12
      } else {
        // "10.05 to 10.50", "(10.02 and 10.48)": two clock times together, each with its minutes.
        isTime = hasMinutes
          && (hasTimeCue(before: i)
            || separator == UInt8(ascii: ".")
              && (isOneOfTwoClockTimes(i, last) || isAfterADatesYear(i) || isTimeOpeningTheEntry(i, last)))
      }
      if isTime, isFree(i, last) {
        claim(i, last, as: .time)
        i = last
      }
    }
  }

  /// Whether hour `first` and minutes `last`, told with a full stop, open a
  /// log's entry: first in the note before whoever called or whatever was done
  /// ("2.45 elif şahin rang", "9.15 osman çelik pt", "4.45 cns lorraine"), or
  /// straight after the caller's name that opens it, before who they are or
  /// their date of birth ("helena costa 9.30 dtr rang", "dang thi huong 11.10
  /// dob ..."). Never before a unit, a per cent sign or more digits ("2.45 mg",
  /// "1.50 per hour").
  private func isTimeOpeningTheEntry(_ first: Int, _ last: Int) -> Bool {
    guard value(first) <= 23, tokens[last].kind == .number, tokens[last].digits == 2, let n = afterSpace(last),
      tokens[n].kind == .word, tokens[n].flags.isDisjoint(with: [.quantity, .domain]) || isWord(n, "cns") || isWord(n, "gp"),
      !(isWord(n, "per") || isWord(n, "for") || isWord(n, "each") || isWord(n, "a") || isWord(n, "an") || isWord(n, "of")
        || isWord(n, "x") || isWord(n, "times") || isWord(n, "to") || isWord(n, "and") || isWord(n, "or"))
    else { return false }
    if opensNote(first) { return true }
    // After a name of one to three words that opens the note.
    var j = first - 1
    var words = 0
    while j >= 1, tokens[j].isSpace, tokens[j - 1].kind == .word, words < 3 {
      words += 1
      j -= 2
    }
    guard words >= 1, j < 0 || j == openingColon || j == openingColon + 1 && tokens[j].isSpace else { return false }
    return tokens[n].flags.contains(.relation) || isWord(n, "dob") || isCallVerb(n)
  }

  /// Whether the year of a date stands just before token `i`, as a stamp
  /// gives the time after the date: "10 Apr 24 13.15", "03/04/2024 13.15".
  private func isAfterADatesYear(_ i: Int) -> Bool {
    guard let y = beforeSpace(i), tokens[y].kind == .number, tokens[y].digits == 2 || tokens[y].digits == 4, y >= 2 else { return false }
    if isMark(y - 1, "/") || isMark(y - 1, "-") || isMark(y - 1, ".") {
      // A day, a month and the year, all three: not "25.11 9.20", nor a number's groups ("922.089.8411").
      guard y >= 4, tokens[y - 3].kind == .punctuation, tokens[y - 3].mark == tokens[y - 1].mark, tokens[y - 2].kind == .number,
        tokens[y - 2].digits <= 2, (1...12).contains(value(y - 2)), tokens[y - 4].kind == .number, tokens[y - 4].digits <= 2,
        (1...31).contains(value(y - 4))
      else { return false }
      return true
    }
    guard let m = beforeSpace(y), tokens[m].kind == .word, tokens[m].flags.contains(.month), let d = beforeSpace(m) else { return false }
    return tokens[d].kind == .number || tokens[d].kind == .alphanumeric
  }

  /// The hour of a token such as "2pm" or "10am" (or "30pm" for minutes), else nil.
  private func meridiemHour(_ i: Int) -> Int? {
    let t = tokens[i]
    guard t.length >= 3, t.digits >= 1, t.digits <= 2, t.letters == 2 else { return nil }
    let suffix = (b[t.end - 2] | 0x20, b[t.end - 1] | 0x20)
    guard suffix == (UInt8(ascii: "a"), UInt8(ascii: "m")) || suffix == (UInt8(ascii: "p"), UInt8(ascii: "m")) else { return nil }
    return value(i)
  }

  /// Whether token `i` is an hour said roughly: "3ish", "10ish".
  private func isRoughHour(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.letters == 3, t.digits <= 2, t.length == t.digits + 3, isDigit(b[t.start]) else { return false }
    let s = t.end - 3
    guard b[s] | 0x20 == UInt8(ascii: "i"), b[s + 1] | 0x20 == UInt8(ascii: "s"), b[s + 2] | 0x20 == UInt8(ascii: "h") else { return false }
    guard (t.start..<s).allSatisfy({ isDigit(b[$0]) }) else { return false }
    var hour = 0
    for k in t.start..<s { hour = hour * 10 + Int(b[k] - 0x30) }
    return (1...12).contains(hour)
  }

  /// Whether token `i` is an hour marked with "h", with or without its
  /// minutes: "18h30", "9h", "14h05".
  private func isHourMarkedTime(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.letters == 1, t.digits >= 1, t.digits <= 4 else { return false }
    var hour = 0
    var k = t.start
    while k < t.end, isDigit(b[k]) {
      hour = hour * 10 + Int(b[k] - 0x30)
      k += 1
    }
    guard k > t.start, k - t.start <= 2, k < t.end, b[k] | 0x20 == UInt8(ascii: "h"), hour <= 23 else { return false }
    let minuteDigits = t.end - k - 1
    if minuteDigits == 0 { return hasTimeCue(before: i) }
    guard minuteDigits == 2, isDigit(b[k + 1]), isDigit(b[k + 2]) else { return false }
    return Int(b[k + 1] - 0x30) * 10 + Int(b[k + 2] - 0x30) < 60
  }

  /// The last token of a time of four digits starting at number `i` ("0930",
  /// "1415 hrs"), if it is one: a valid hour and minute, alone (no digits of a
  /// phone number beside it), with "hrs" after it, or a word for a time or a
  /// call before it when it cannot be a year.
  private func twentyFourHourEnd(_ i: Int) -> Int? {
    let t = tokens[i]
    // Four ASCII digits only: a number read with letters O among its digits ("o-Oo9") is no time.
    guard t.length == 4, (t.start..<t.end).allSatisfy({ isDigit(b[$0]) }) else { return nil }
    let hour = Int(b[t.start] - 0x30) * 10 + Int(b[t.start + 1] - 0x30)
    let minute = Int(b[t.start + 2] - 0x30) * 10 + Int(b[t.start + 3] - 0x30)
    guard t.digits == t.length, hour <= 23, minute < 60 else { return nil }
    // Part of a longer number: "0121 496 0366", "12.0930".
    if let n = next(i), n - i <= 2, tokens[n].kind == .number || isMark(n, "-") || isMark(n, ".") || isMark(n, "/") {
      if !(isMark(n, ".") && next(n).map({ tokens[$0].kind != .number }) ?? true) { return nil }
    }
    // "1830 hrs", even after a date: "14/12/26 1830 hrs".
    if let n = afterSpace(i) ?? (i + 1 < tokens.count && tokens[i + 1].kind == .word ? i + 1 : nil),
      isWord(n, "hrs") || isWord(n, "hr") || isWord(n, "h") || isWord(n, "hours")
    {
      return n
    }
    if let p = previous(i), i - p <= 2, tokens[p].kind == .number || isMark(p, "-") || isMark(p, "/") || isMark(p, "+") { return nil }
    let couldBeAYear = (1900...2099).contains(hour * 100 + minute)
    if let p = previous(i), isShortClockCue(p) { return i }
    // "1905 dtr grace rang for mum", "1950 krzysztof kowalski 07700 900 604": opening the note, then
    // who called, a relation or a name no list knows, and the call or the caller's number.
    if couldBeAYear, i == 0, isCallerOpeningTheLog(after: i) { return i }
    guard !couldBeAYear else { return nil }
    let opensSentence = previous(i).map({ isMark($0, ".") && $0 >= 1 && tokens[$0 - 1].kind == .word }) ?? true
    if !opensSentence, let p = previous(i) {
      guard hasTimeCue(before: i) || tokens[p].flags.contains(.timeCue) || isClockCueForFourDigits(p) || followsCallWord(i, last: i)
      else { return nil }
    }
    if opensSentence {
      // "... son also on line. 1410": after a sentence, closing the note.
      if previous(i) != nil, next(i) == nil { return i }
      // "0930 rang RNOH", "0930 MDT coordinator rang", "0930 - Mrs Shah": opening the note (or a
      // sentence after a heading, "NEWCASTLE. 0915 Lindsay"), before a word for a call, a
      // capitalised word or a dash.
      guard let n = next(i), n - i <= 2,
        isMark(n, "-") || (tokens[n].kind == .word && (tokens[n].flags.contains(.timeCue) || tokens[n].isCapitalised))
      else { return nil }
    }
    return i
  }

  /// Whether, after four digits opening the note, who called comes next, a
  /// relation or a word in lower case no list knows, and the note tells the
  /// call ("rang", "called") or a number to call back (eleven digits with a
  /// nought first): then the digits are the call's time, not a year.
  private func isCallerOpeningTheLog(after i: Int) -> Bool {
    guard let n = afterSpace(i), tokens[n].kind == .word, !tokens[n].isCapitalised,
      tokens[n].flags.contains(.relation) && !isWord(n, "pt")
        || tokens[n].letters >= 3 && tokens[n].flags.subtracting(Self.neutralFlags).subtracting(.personalName).isEmpty
    else { return false }
    for j in tokens.indices where j > n {
      if tokens[j].kind == .word, isWord(j, "rang") || isWord(j, "called") || isWord(j, "phoned") { return true }
      if tokens[j].kind == .number, b[tokens[j].start] == 0x30, tokens[j].digits >= 4 { return true }
    }
    return false
  }

  /// Whether token `p`, just before four digits, makes them a clock time even
  /// where they could be a year: "@ 1930", "cb 1945", "c/b 1630", "b4 2000".
  private func isShortClockCue(_ p: Int) -> Bool {
    isMark(p, "@") || isWord(p, "cb") || isWord(p, "b4") || isCallBackShort(endingAt: p)
  }

  /// Whether token `p`, just before four digits that cannot be a year, makes
  /// them a clock time: "returned 1415", "Tue 0915", or the next time of a
  /// list whose time before is claimed ("0930, 1415 or 1600"). A room, a
  /// reference or an extension ("Room 1204", "ext 1830") comes before no such word.
  private func isClockCueForFourDigits(_ p: Int) -> Bool {
    let t = tokens[p]
    if t.kind == .word {
      if isWord(p, "returned") || t.flags.contains(.weekday) || isWord(p, "tmrw") || isWord(p, "tomorrow") || isWord(p, "today")
        || isWord(p, "tonight")
      {
        return true
      }
      // "at RNOH 1220": a place's capitals after "at".
      if t.isAllCaps, t.length <= 6, let at = previous(p), isWord(at, "at") || isMark(at, "@") { return true }
      guard isWord(p, "or") || isWord(p, "and") || isWord(p, "then") else { return false }
    } else if !isMark(p, ",") && !isMark(p, ":") && !isMark(p, ";") {
      return false
    }
    // "ref: 1603", "ext: 1250": a number's label, not a list of call-backs.
    if isMark(p, ":"), let q = previous(p), tokens[q].kind == .word, !tokens[q].flags.isDisjoint(with: [.recordCue, .phoneCue, .quantity]) {
      return false
    }
    // "Callbacks: 1605 Priya ...": a list's item opening with a time before a name.
    if isMark(p, ":") || isMark(p, ";"), let number = next(p), let name = afterSpace(number), tokens[name].kind == .word, tokens[name].isCapitalised,
      tokens[name].flags.contains(.firstName) || !tokens[name].flags.isDisjoint(with: .personalName) || tokens[name].flags.isEmpty
    {
      return true
    }
    guard let before = previous(p), claimed[before] else { return false }
    return spans.last(where: { $0.last == before })?.kind == .time
  }

  /// Whether token `i` is four digits run into "hrs", "hr" or "h" of the
  /// twenty-four-hour clock: "1830hrs", "0915h".
  private func isFourDigitHoursTime(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.digits == 4, t.letters >= 1, t.letters <= 3, t.length == t.digits + t.letters else { return false }
    let s = t.start
    guard isDigit(b[s]), isDigit(b[s + 1]), isDigit(b[s + 2]), isDigit(b[s + 3]) else { return false }
    let hour = Int(b[s] - 0x30) * 10 + Int(b[s + 1] - 0x30)
    let minute = Int(b[s + 2] - 0x30) * 10 + Int(b[s + 3] - 0x30)
    guard hour <= 23, minute < 60, b[s + 4] | 0x20 == UInt8(ascii: "h") else { return false }
    if t.letters == 1 { return true }
    guard b[s + 5] | 0x20 == UInt8(ascii: "r") else { return false }
    return t.letters == 2 || b[s + 6] | 0x20 == UInt8(ascii: "s")
  }

  /// The minutes of a token "30", "30pm", "30h" or "30hrs", when it is a valid minute.
  private func minutes(_ i: Int) -> Int? {
    let t = tokens[i]
    guard t.digits == 2 else { return nil }
    if t.kind == .alphanumeric, meridiemHour(i) == nil, !(t.letters == 1 && b[t.end - 1] | 0x20 == UInt8(ascii: "h")),
      !hasHoursSuffix(i)
    {
      return nil
    }
    let minute = value(i)
    return minute < 60 ? minute : nil
  }

  /// Whether minutes token `i` ends in "hr" or "hrs" after its two digits: "00hrs".
  private func hasHoursSuffix(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.length == 4 || t.length == 5, isDigit(b[t.start]), isDigit(b[t.start + 1]),
      b[t.start + 2] | 0x20 == UInt8(ascii: "h"), b[t.start + 3] | 0x20 == UInt8(ascii: "r")
    else { return false }
    return t.length == 4 || b[t.start + 4] | 0x20 == UInt8(ascii: "s")
  }

  /// Whether a word that introduces a time comes just before token `i`.
  private func hasTimeCue(before i: Int) -> Bool {
    guard let cue = previous(i) else { return false }
    return isWord(cue, "at") || isWord(cue, "from") || isWord(cue, "until") || isWord(cue, "till") || isWord(cue, "by")
      || isWord(cue, "around") || isWord(cue, "about") || isWord(cue, "before") || isWord(cue, "after") || isWord(cue, "approx")
      || isFrenchAt(cue) || isWord(cue, "um")  // French and German: "à 14h", "um 9h"
  }

  /// Whether token `i` is the French "à" (or "À"), in UTF-8.
  private func isFrenchAt(_ i: Int) -> Bool {
    let t = tokens[i]
    return t.length == 2 && b[t.start] == 0xC3 && (b[t.start + 1] == 0xA0 || b[t.start + 1] == 0x80)
  }

  /// Finds times written in words ("half past three", "quarter to 4", "ten
  /// past two", "three o'clock", "noon"), and "12.30" straight after a date or
  /// a word for a call ("rang 10.40", "MDT 10/12 12.30").
  mutating func findTimesInContext() {
    for i in tokens.indices where !claimed[i] {
      let t = tokens[i]
      if t.kind == .word {
        guard t.flags.contains(.clockWord) else { continue }
        if isWord(i, "noon") || isWord(i, "midday") || isWord(i, "midnight") {
          claim(i, i, as: .time)
          continue
        }
        // "half past three", "quarter to 4", "twenty-five past ten".
        if isMinuteWord(i), let relation = afterSpace(i), isWord(relation, "past") || isWord(relation, "to"),
          let hour = afterSpace(relation), isHour(hour), isFree(i, hour)
        {
          claim(i, hour, as: .time)
          continue
        }
        // "half ten", "half 3": half past the hour, but not "half two tablets".
        if isWord(i, "half"), let hour = afterSpace(i), isHour(hour), isFree(i, hour),
          afterSpace(hour).map({ tokens[$0].flags.isDisjoint(with: .quantity) && !isWord($0, "of") }) ?? true
        {
          claim(i, hour, as: .time)
          continue
        }
        // "three o'clock".
        if isHour(i), let n = afterSpace(i), isWord(n, "o'clock"), isFree(i, n) {
          claim(i, n, as: .time)
        }
        continue
      }
      if t.kind == .number, let n = afterSpace(i), tokens[n].flags.contains(.clockWord), isWord(n, "o'clock"), isHour(i), isFree(i, n) {
        claim(i, n, as: .time)
        continue
      }
      // "12.30" after a date or a call: the hour, a full stop, two digits of minutes.
      guard t.kind == .number, t.digits <= 2, i + 2 < tokens.count, tokens[i + 2].kind == .number, tokens[i + 2].digits == 2,
        isMark(i + 1, "."), value(i) <= 23, value(i + 2) < 60, !claimed[i + 2]
      else { continue }
      if i + 3 < tokens.count, tokens[i + 3].kind == .punctuation, tokens[i + 3].mark == UInt8(ascii: "."),
        i + 4 < tokens.count, tokens[i + 4].kind == .number
      {
        continue  // "1.30.5": not a time
      }
      if isClauseOfItsOwn(i, i + 2) {
        claim(i, i + 2, as: .time)
        continue
      }
      guard let p = previous(i) else { continue }
      let afterDate = claimed[p] && spans.last(where: { $0.last == p })?.kind == .date
      let afterCall = tokens[p].kind == .word && tokens[p].flags.contains(.timeCue)
      // "call back 12.40", "ring again 3.15": a call, then a word that carries it on.
      let afterCallOn = tokens[p].kind == .word && (isWord(p, "back") || isWord(p, "again"))
        && previous(p).map({ tokens[$0].kind == .word && tokens[$0].flags.contains(.timeCue) }) == true
      // "Mon 9.30", "Wed, 2.30", "c/b 14.30": a weekday, or a call back written short.
      let weekday = isMark(p, ",") && p == i - 1 || isMark(p, ",") && p == i - 2 ? previous(p) ?? p : p
      let afterWeekday = tokens[weekday].kind == .word && tokens[weekday].flags.contains(.weekday)
      // "rang 10.02, 10.15, 10.40": the next time of a list whose first is found.
      let afterTimeInList = isMark(p, ",") && previous(p).map({ q in claimed[q] && spans.last(where: { $0.last == q })?.kind == .time }) == true
      // "10.30 Sat": before a weekday; "letter says 11.40": what a letter or a caller says.
      let beforeWeekday = afterSpace(i + 2).map({ tokens[$0].kind == .word && tokens[$0].flags.contains(.weekday) }) ?? false
      let afterSaying = isWord(p, "says") || isWord(p, "said")
      // "for the 7.30 slot", "her 10.15 appt".
      let beforeAppointment = afterSpace(i + 2).map({ isWord($0, "slot") || isWord($0, "appt") || isWord($0, "appointment") }) ?? false
      if afterDate || afterCall || afterCallOn || afterWeekday || afterTimeInList || beforeWeekday || afterSaying || beforeAppointment
        || isCallBackShort(endingAt: p) || followsCallWord(i, last: i + 2) || followsCallToSomeone(i, last: i + 2)
      {
        claim(i, i + 2, as: .time)
      }
    }
  }

  /// Whether a word for a call stands two or three words before the time at
  /// tokens `first...last`, in the same clause, and no unit follows it: "called
  /// from work 12.05", "will cb both 1520".
  func followsCallWord(_ first: Int, last: Int) -> Bool {
    if let n = afterSpace(last), tokens[n].kind == .word, !tokens[n].flags.isDisjoint(with: [.quantity, .domain]) { return false }
    // The word just before is a small one ("both", "back", "work"), never a room's or a ward's.
    guard let p = previous(first), tokens[p].kind == .word,
      tokens[p].flags.contains(.function) || isWord(p, "both") || isWord(p, "back") || isWord(p, "again") || isWord(p, "work")
        || isWord(p, "home") || isWord(p, "tmrw") || isWord(p, "tomorrow") || isWord(p, "today") || isWord(p, "later"),
      tokens[p].flags.isDisjoint(with: [.dwelling, .quantity])
    else { return false }
    var j = first - 1
    var words = 0
    while j >= 0, words < 3 {
      let t = tokens[j]
      if t.kind == .word {
        if t.flags.contains(.timeCue) || isWord(j, "cb") || isCallBackShort(endingAt: j) { return words > 0 }
        words += 1
      } else if t.kind != .space {
        return false
      }
      j -= 1
    }
    return false
  }

  /// Whether "H.MM" at tokens `first...last` closes a clause that a call opens,
  /// with who was called between: "rang soraya rahimi 9.45, pt", "rang tony yip
  /// back 5.30.". Between the call and the time, one to four words that are no
  /// domain word, unit or function word (but for "back" and "again"); after
  /// the time, the end of the note, a comma, a semicolon, a full stop or a bracket.
  private func followsCallToSomeone(_ first: Int, last: Int) -> Bool {
    guard next(last).map({ isMark($0, ",") || isMark($0, ";") || isMark($0, ".") || isMark($0, ")") }) ?? true else { return false }
    var j = first - 1
    var words = 0
    while j >= 0 {
      let t = tokens[j]
      if t.kind == .word {
        if t.flags.contains(.timeCue) || isCallVerb(j) { return words > 0 }
        guard words < 4, t.flags.isDisjoint(with: [.domain, .kept, .quantity, .function, .clockWord]) || isWord(j, "back") || isWord(j, "again")
        else { return false }
        words += 1
      } else if t.kind != .space {
        return false
      }
      j -= 1
    }
    return false
  }

  /// Whether "H.MM" at tokens `first...last` is one of two clock times joined
  /// by "to", "and" or a dash, each with two digits of minutes, and no unit
  /// after the second: "10.05 to 10.50", "10.02 and 10.48" (not "1.25 to 2.50 mg").
  private func isOneOfTwoClockTimes(_ first: Int, _ last: Int) -> Bool {
    func isClockTime(_ h: Int) -> Bool {
      h + 2 < tokens.count && tokens[h].kind == .number && tokens[h].digits <= 2 && value(h) <= 23 && isMark(h + 1, ".")
        && tokens[h + 2].kind == .number && tokens[h + 2].digits == 2 && value(h + 2) < 60
    }
    func isJoiner(_ j: Int) -> Bool { isWord(j, "to") || isWord(j, "and") || isMark(j, "-") || isMark(j, "&") }
    // No unit, per cent sign or further digits after the second.
    func hasNoUnit(after end: Int) -> Bool {
      if let n = next(end), isMark(n, "%") || isMark(n, ".") && next(n).map({ tokens[$0].kind == .number }) ?? false { return false }
      return afterSpace(end).map({ tokens[$0].kind != .word || tokens[$0].flags.isDisjoint(with: [.quantity, .domain]) }) ?? true
    }
    guard tokens[last].digits == 2 else { return false }
    // The first of the two: the second after the joiner.
    if let j = next(last), isJoiner(j), let h = next(j), isClockTime(h) { return hasNoUnit(after: h + 2) }
    // The second: a clock time claimed before the joiner.
    if let j = previous(first), isJoiner(j), let p = previous(j), claimed[p], spans.last(where: { $0.last == p })?.kind == .time {
      return hasNoUnit(after: last)
    }
    return false
  }

  /// Whether token `n`, just after an hour told alone, closes it: a comma, a
  /// semicolon, a bracket, a quotation mark, a question, a full stop with no
  /// number after it, a dash with a space before it, a kiss, or "on" or "or"
  /// and what follows ("after 6 on 07700 ...").
  private func closesHourAlone(_ n: Int) -> Bool {
    if isMark(n, ".") { return next(n).map({ tokens[$0].kind != .number }) ?? true }
    if isMark(n, "-") { return tokens[n - 1].isSpace }
    // "not before 11 / re 2nd op": a field of its own, between slashes with spaces.
    if isMark(n, "/") { return tokens[n - 1].isSpace }
    // "after 4 when he's spoken to his dad", "after 8 is fine", "at 4 to correct it".
    if isWord(n, "to") { return next(n).map({ tokens[$0].kind == .word && tokens[$0].flags.isDisjoint(with: .quantity) }) ?? false }
    return isMark(n, ",") || isMark(n, ";") || isMark(n, ")") || isMark(n, "\"") || isMark(n, "?") || isMark(n, "!")
      || isWord(n, "x") || isWord(n, "on") || isWord(n, "or") || isWord(n, "when") || isWord(n, "if") || isWord(n, "but")
      || isWord(n, "pls") || isWord(n, "please") || isWord(n, "today") || isWord(n, "tomorrow") || isWord(n, "tmrw")
      || isWord(n, "tonight") || isWord(n, "is") || isWord(n, "then")
  }

  /// Whether a verb of calling stands within the three words before word
  /// `cue`, in the same clause: "c/b at", "ring her at", "free from".
  private func isCallTold(before cue: Int) -> Bool {
    var j = cue - 1
    var words = 0
    while j >= 0, words < 3 {
      let t = tokens[j]
      if t.kind == .word {
        if t.flags.contains(.timeCue) || isWord(j, "cb") || isCallBackShort(endingAt: j) || isWord(j, "free") || isWord(j, "rang")
          || isWord(j, "ring") || isWord(j, "call")
        {
          return true
        }
        words += 1
      } else if t.kind != .space, !(t.kind == .punctuation && t.mark == UInt8(ascii: "/")) {
        return false
      }
      j -= 1
    }
    return false
  }

  /// Whether tokens ending at `i` read "c/b", a call back written short;
  /// false when `i` is past the line's last token.
  func isCallBackShort(endingAt i: Int) -> Bool {
    i >= 2 && i < tokens.count && isWord(i, "b") && isMark(i - 1, "/") && isWord(i - 2, "c")
  }

  /// Whether "H.MM" at tokens `first...last` stands as a clause of its own, as
  /// the time of a call does: opening the note ("11.05 Mrs Shah rang"), or
  /// after a phone number or a semicolon and closing the note or its clause
  /// ("c/b 0161 496 0000 9.30.", "...; 16.20"), or closing a note that has
  /// told a time already ("after 4pm? she said 4.30"). A measurement has a
  /// word or a unit beside it.
  private func isClauseOfItsOwn(_ first: Int, _ last: Int) -> Bool {
    let after = next(last)
    let closesClause = after.map { isMark($0, ";") || isMark($0, ",") || (isMark($0, ".") && next($0) == nil) } ?? true
    // "(7.10)": alone in brackets.
    if let p = previous(first), p == first - 1, isMark(p, "("), let after, after == last + 1, isMark(after, ")") { return true }
    // "OA 10.02 - GP rang", "DS 9.40: ...": after the writer's initials opening the note, then a
    // dash, a colon or a slash.
    if let p = previous(first), p == 0, tokens[p].kind == .word, tokens[p].isAllCaps, (2...4).contains(tokens[p].letters),
      tokens[p].letters == tokens[p].length, let after, isMark(after, "-") || isMark(after, ":") || isMark(after, "/"),
      tokens[after - 1].isSpace || isMark(after, ":")
    {
      return true
    }
    // Opening the note, or a sentence after a heading ("BRUM. 12.20 Marcia Campbell").
    guard let p = previous(first), !(isMark(p, ".") && p >= 1 && tokens[p - 1].kind == .word) else {
      // A name or a call after it, not a unit; or a dash ("14.05 - Mr Adjei rang"), or a slash
      // between fields ("9.15 / pt gary nuttall / dob ...").
      guard let after else { return false }
      if isMark(after, "-"), let n = next(after), tokens[n].kind == .word { return true }
      if isMark(after, "/"), tokens[after - 1].isSpace { return true }
      // "10.45 tn - quick one", "16.12 sk: ...": the writer's initials, then a mark.
      if tokens[after].kind == .word, (2...3).contains(tokens[after].letters), tokens[after].letters == tokens[after].length,
        tokens[after].flags.isDisjoint(with: [.quantity, .domain, .function]), let m = next(after),
        isMark(m, "-") || isMark(m, ":") || isMark(m, ".")
      {
        return true
      }
      // "11.05 call: ...": a word for the call.
      if tokens[after].kind == .word, tokens[after].flags.contains(.timeCue) || isWord(after, "call") { return true }
      return closesClause || (tokens[after].isCapitalised && tokens[after].flags.isDisjoint(with: .quantity))
    }
    // "Posted 10.15.", "OA rang back 13.25.", "Yes, CF 10.30. Pt ...": when something was done,
    // or by whom, in initials, closing the clause or the sentence.
    let closesSentence = closesClause || after.map({ isMark($0, ".") && next($0).map({ tokens[$0].kind != .number }) ?? true }) ?? true
    if closesSentence, tokens[p].kind == .word, isWhenDone(p) || tokens[p].isAllCaps && (2...3).contains(tokens[p].letters)
      && tokens[p].letters == tokens[p].length && tokens[p].flags.isDisjoint(with: [.quantity, .domain, .kept])
    {
      return true
    }
    guard closesClause else { return false }
    if isMark(p, ";") { return true }
    // "ring after 4pm? she said 4.30": closing a note that has told a time already.
    let closesNote = after.map { isMark($0, ".") && next($0) == nil } ?? true
    if closesNote, tokens[p].kind == .word, tokens[p].flags.isDisjoint(with: [.domain, .kept, .quantity]),
      spans.contains(where: { $0.kind == .time })
    {
      return true
    }
    let phoneEnd = isMark(p, ",") ? previous(p) : p
    return phoneEnd.map { k in claimed[k] && spans.last(where: { $0.last == k })?.kind == .phone } ?? false
  }

  /// Whether word `p` says something was done, and a time after it says when:
  /// "posted", "sent", "emailed", "replied", "returned", "logged", "rang back".
  private func isWhenDone(_ p: Int) -> Bool {
    isWord(p, "posted") || isWord(p, "sent") || isWord(p, "emailed") || isWord(p, "replied") || isWord(p, "returned")
      || isWord(p, "logged") || isWord(p, "texted") || isWord(p, "left") || isWord(p, "done")
      || isWord(p, "back") && previous(p).map({ isWord($0, "rang") || isWord($0, "called") || isWord($0, "phoned") }) == true
  }

  /// Takes the end of a range into the time before it: "3.30-4", "10:00 - 11",
  /// "2.15 to 3". The hour after the dash has no unit after it.
  mutating func extendTimesOverRanges() {
    for k in spans.indices where spans[k].kind == .time {
      let last = spans[k].last
      guard let dash = next(last), dash - last <= 2, isMark(dash, "-") || isWord(dash, "to"), let h = next(dash), h - dash <= 2,
        tokens[h].kind == .number, tokens[h].digits <= 2, (1...24).contains(value(h)), !claimed[h]
      else { continue }
      var end = h
      if h + 2 < tokens.count, isMark(h + 1, ":") || isMark(h + 1, "."), tokens[h + 2].kind == .number, tokens[h + 2].digits == 2,
        value(h + 2) < 60, !claimed[h + 2]
      {
        end = h + 2
      }
      if let n = afterSpace(end), tokens[n].kind == .word, !tokens[n].flags.isDisjoint(with: [.quantity, .domain]) { continue }
      if let n = next(end), n == end + 1, isMark(n, "/") || isMark(n, "-") || tokens[n].kind == .number { continue }
      for j in (last + 1)...end { claimed[j] = true }
      spans[k].last = end
    }
  }

  /// Finds four digits of the twenty-four-hour clock straight after a date:
  /// "31/10 0845", "Wed 27th 0815", "09/12/2026 0930".
  mutating func findTimesAfterDates() {
    for k in spans.indices where spans[k].kind == .date {
      guard let i = afterSpace(spans[k].last), !claimed[i], tokens[i].kind == .number, tokens[i].digits == 4,
        tokens[i].length == 4, isClockTimeOfFourDigits(i),
        next(i).map({ !(tokens[$0].kind == .number || isMark($0, "/") || isMark($0, "-") || tokens[$0].flags.contains(.quantity)) })
          ?? true
      else { continue }
      claim(i, i, as: .time)
    }
  }

  /// Finds the next times of a day's plan once one of them is found, four
  /// digits of the twenty-four-hour clock each opening a clause and naming
  /// what happens then: "0930 MDT - 1100 clinic - 1400 scan", "1015 bloods,
  /// 1230 CT".
  mutating func findTimesInSchedules() {
    guard spans.contains(where: { $0.kind == .time && $0.first == $0.last && tokens[$0.first].digits == 4 }) else { return }
    for i in tokens.indices where tokens[i].kind == .number && tokens[i].length == 4 && tokens[i].digits == 4 && !claimed[i] {
      guard isClockTimeOfFourDigits(i), let p = previous(i), isMark(p, "-") || isMark(p, ",") || isMark(p, ";") || isWord(p, "then"),
        let n = afterSpace(i), tokens[n].kind == .word, tokens[n].flags.isDisjoint(with: [.quantity, .recordCue, .phoneCue])
      else { continue }
      claim(i, i, as: .time)
    }
  }

  /// Whether four-digit number `i` reads as a valid time of the
  /// twenty-four-hour clock and cannot be a year: "0845", "1715", not "1984".
  private func isClockTimeOfFourDigits(_ i: Int) -> Bool {
    let t = tokens[i]
    let hour = Int(b[t.start] &- 0x30) * 10 + Int(b[t.start + 1] &- 0x30)
    let minute = Int(b[t.start + 2] &- 0x30) * 10 + Int(b[t.start + 3] &- 0x30)
    return hour <= 23 && minute < 60 && !(1900...2099).contains(hour * 100 + minute)
  }

  /// Whether word `i` counts minutes: "half", "quarter", "ten", "twenty-five".
  private func isMinuteWord(_ i: Int) -> Bool {
    isWord(i, "half") || isWord(i, "quarter") || isWord(i, "five") || isWord(i, "ten") || isWord(i, "twenty")
      || isWord(i, "twenty-five")
  }

  /// Whether token `i` is an hour of the clock, in digits or words.
  private func isHour(_ i: Int) -> Bool {
    let t = tokens[i]
    if t.kind == .number { return t.digits <= 2 && (1...12).contains(value(i)) }
    return isWord(i, "one") || isWord(i, "two") || isWord(i, "three") || isWord(i, "four") || isWord(i, "five")
      || isWord(i, "six") || isWord(i, "seven") || isWord(i, "eight") || isWord(i, "nine") || isWord(i, "ten")
      || isWord(i, "eleven") || isWord(i, "twelve")
  }
}
