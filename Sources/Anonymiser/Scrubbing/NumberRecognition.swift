extension NoteAnalysis {
  /// One run of digits in a chain of digit groups.
  private struct Group {
    var token: Int
    var digits: Int
    /// The separator before this group: " ", "-", "." or "/" (0 for the first).
    var separator: UInt8
    var startsWithZero: Bool
  }

  /// Finds chains of digit groups ("943 476 5919", "+44 (0)20 7946 0958",
  /// "12/03/1961") and splits each into phone numbers, NHS numbers, dates and
  /// record numbers.
  mutating func findNumberChains() {
    var i = 0
    while i < tokens.count {
      guard tokens[i].kind == .number, !claimed[i] else {
        i += 1
        continue
      }
      var groups = [Group(token: i, digits: tokens[i].digits, separator: 0, startsWithZero: b[tokens[i].start] == 0x30)]
      var j = i
      while let (next, separator) = nextGroup(after: j) {
        groups.append(Group(token: next, digits: tokens[next].digits, separator: separator, startsWithZero: b[tokens[next].start] == 0x30))
        j = next
      }
      var international = false
      var chainStart = i
      if i > 0, isMark(i - 1, "+") {
        international = true
        chainStart = i - 1
      } else if i > 0, isMark(i - 1, "(") {
        chainStart = i - 1
      }
      if tokens[i].digits == 4, b[tokens[i].start] == 0x30, b[tokens[i].start + 1] == 0x30 { international = true }
      segment(groups, chainStart: chainStart, international: international)
      i = j + 1
    }
  }

  /// The next digit group after token `j`, and the separator before it.
  private func nextGroup(after j: Int) -> (Int, UInt8)? {
    var k = j + 1
    var separator: UInt8 = 0x20
    var marks = 0
    var spaces = 0
    var parens = 0
    while k < tokens.count, k - j <= 4 {
      let t = tokens[k]
      switch t.kind {
      case .number:
        if claimed[k] || (marks == 0 && spaces == 0 && parens == 0) { return nil }
        return (k, separator)
      case .space:
        guard t.length <= 3 else { return nil }
        spaces += 1
      case .punctuation:
        switch t.mark {
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"):
          guard marks == 0 else { return nil }
          // "12.5 mg" and "3/4" are numbers, not a chain, unless a digit follows at once.
          separator = t.mark
          marks += 1
        case UInt8(ascii: "("), UInt8(ascii: ")"):
          parens += 1
        default:
          return nil
        }
      default:
        return nil
      }
      k += 1
    }
    return nil
  }

  /// Splits a chain of digit groups into identifiers and claims them.
  private mutating func segment(_ groups: [Group], chainStart: Int, international: Bool) {
    let cues = cuesBefore(chainStart, count: 3)
    var pending: [Int] = []  // indices into groups not yet part of an identifier
    var g = 0

    func digits(_ range: ClosedRange<Int>) -> Int { range.reduce(0) { $0 + groups[$1].digits } }

    while g < groups.count {
      var matched: (last: Int, kind: IdentifierKind)? = nil
      if g == 0 && international {
        var last = g
        var total = groups[g].digits
        while last + 1 < groups.count, total + groups[last + 1].digits <= 15 {
          last += 1
          total += groups[last].digits
        }
        if total >= 8 { matched = (last, .phone) }
      }
      if matched == nil, let last = dateEnd(groups, g) {
        matched = (last, .date)
      }
      if matched == nil, groups[g].startsWithZero {
        var last = g
        var total = groups[g].digits
        while last + 1 < groups.count, total + groups[last + 1].digits <= 11 {
          last += 1
          total += groups[last].digits
        }
        if total >= 10 { matched = (last, .phone) }
      }
      if matched == nil {
        var last = g
        var total = groups[g].digits
        while last + 1 < groups.count, total < 10 {
          last += 1
          total += groups[last].digits
        }
        if total == 10 {
          let kind: IdentifierKind =
            cues.contains(.nhsCue) ? .nhsNumber
            : cues.contains(.phoneCue) ? .phone
            : cues.contains(.recordCue) ? .recordNumber : .nhsNumber
          matched = (last, kind)
        }
      }
      if let (last, kind) = matched {
        flush(&pending, groups, cues)
        var end = groups[last].token
        if kind == .phone { end = extensionEnd(after: end) ?? end }
        if end + 1 < tokens.count, isMark(end + 1, ")"), !claimed[end + 1] { end += 1 }
        let start = g == 0 ? chainStart : groups[g].token
        claim(start, end, as: kind)
        g = last + 1
      } else {
        pending.append(g)
        g += 1
      }
    }
    flush(&pending, groups, cues)
  }

  /// Claims pending groups as one record number if they hold six digits or more.
  private mutating func flush(_ pending: inout [Int], _ groups: [Group], _ cues: WordFlags) {
    defer { pending.removeAll() }
    guard let first = pending.first, let last = pending.last else { return }
    let total = pending.reduce(0) { $0 + groups[$1].digits }
    // "2019-2021": two years are a span of time.
    if pending.count == 2, groups[first].digits == 4, groups[last].digits == 4,
      (1900...2099).contains(value(groups[first].token)), (1900...2099).contains(value(groups[last].token))
    {
      return
    }
    if total >= 6 {
      var kind = IdentifierKind.recordNumber
      if cues.contains(.birthCue) && (total == 6 || total == 8) {
        kind = .date
      } else if cues.contains(.phoneCue) && total >= 9 {
        kind = .phone
      } else if cues.contains(.nhsCue) && total >= 9 {
        kind = .nhsNumber
      }
      claim(groups[first].token, groups[last].token, as: kind)
    } else if total >= 4, cues.contains(.recordCue) || (cues.contains(.birthCue) && total == 4 && isYear(groups[first].token)) {
      claim(groups[first].token, groups[last].token, as: cues.contains(.birthCue) ? .date : .recordNumber)
    }
  }

  private func isYear(_ i: Int) -> Bool {
    tokens[i].digits == 4 && (1900...2099).contains(value(i))
  }

  /// The last group of a numeric date starting at group `g`, if one starts there:
  /// 12/03/1961, 12.3.61, 12-03-1961, 1961-03-12, 12 03 1961, 12/03.
  private func dateEnd(_ groups: [Group], _ g: Int) -> Int? {
    guard g + 1 < groups.count else { return nil }
    let a = groups[g], m = groups[g + 1]
    let va = value(a.token), vm = value(m.token)
    if g + 2 < groups.count {
      let y = groups[g + 2]
      let vy = value(y.token)
      let sameSeparator = m.separator == y.separator
      if sameSeparator, a.digits <= 2, m.digits <= 2, y.digits == 2 || y.digits == 4,
        isDayAndMonth(va, vm), m.separator != 0x20 || (a.digits == 2 && m.digits == 2 && y.digits == 4)
      {
        return g + 2
      }
      if sameSeparator, m.separator != 0x20, a.digits == 4, (1900...2099).contains(va), m.digits <= 2, y.digits <= 2,
        (1...12).contains(vm), (1...31).contains(vy)
      {
        return g + 2
      }
    }
    if m.separator == UInt8(ascii: "/"), a.digits <= 2, m.digits <= 2, a.digits + m.digits >= 3,
      (1...31).contains(va), (1...12).contains(vm),
      g + 2 >= groups.count || groups[g + 2].separator == 0x20
    {
      return g + 1
    }
    return nil
  }

  private func isDayAndMonth(_ a: Int, _ b: Int) -> Bool {
    ((1...31).contains(a) && (1...12).contains(b)) || ((1...12).contains(a) && (1...31).contains(b))
  }

  /// The end of a phone extension after token `end` ("ext 2231", "x123"), if any.
  private func extensionEnd(after end: Int) -> Int? {
    guard var k = next(end), k - end <= 2 else { return nil }
    guard isWord(k, "ext") || isWord(k, "extn") || isWord(k, "extension") || isWord(k, "x") else {
      // "x2231" is one token.
      let t = tokens[k]
      if t.kind == .alphanumeric, b[t.start] | 0x20 == UInt8(ascii: "x"), t.letters == 1, k - end <= 2 { return k }
      return nil
    }
    if k + 1 < tokens.count, isMark(k + 1, ".") || isMark(k + 1, ":") { k += 1 }
    guard let n = next(k), n - k <= 2, tokens[n].kind == .number, tokens[n].digits <= 6 else { return nil }
    return n
  }
}
