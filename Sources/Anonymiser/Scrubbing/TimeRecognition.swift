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
      guard t.kind == .number, t.digits <= 2, value(i) <= 24 else { continue }
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
      let isTime: Bool
      if separator == UInt8(ascii: ":") {
        isTime = true
      } else if meridiem {
        isTime = value(i) <= 12
      } else {
        isTime = hasMinutes && hasTimeCue(before: i)
      }
      if isTime, isFree(i, last) {
        claim(i, last, as: .time)
        i = last
      }
    }
  }

  /// The hour of a token such as "2pm" or "10am" (or "30pm" for minutes), else nil.
  private func meridiemHour(_ i: Int) -> Int? {
    let t = tokens[i]
    guard t.length >= 3, t.digits >= 1, t.digits <= 2, t.letters == 2 else { return nil }
    let suffix = (b[t.end - 2] | 0x20, b[t.end - 1] | 0x20)
    guard suffix == (UInt8(ascii: "a"), UInt8(ascii: "m")) || suffix == (UInt8(ascii: "p"), UInt8(ascii: "m")) else { return nil }
    return value(i)
  }

  /// The minutes of a token "30" or "30pm", when it is a valid minute.
  private func minutes(_ i: Int) -> Int? {
    let t = tokens[i]
    guard t.digits == 2 else { return nil }
    if t.kind == .alphanumeric, meridiemHour(i) == nil { return nil }
    let minute = value(i)
    return minute < 60 ? minute : nil
  }

  /// Whether a word that introduces a time comes just before token `i`.
  private func hasTimeCue(before i: Int) -> Bool {
    guard let cue = previous(i) else { return false }
    return isWord(cue, "at") || isWord(cue, "from") || isWord(cue, "until") || isWord(cue, "till") || isWord(cue, "by")
      || isWord(cue, "around") || isWord(cue, "about") || isWord(cue, "before") || isWord(cue, "after") || isWord(cue, "approx")
  }
}
