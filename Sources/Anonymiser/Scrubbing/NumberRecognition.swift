extension NoteAnalysis {
  /// One run of digits in a chain of digit groups.
  struct Group {
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
    var groups: [Group] = []
    swap(&groups, &workspace.numberGroups)
    defer { swap(&groups, &workspace.numberGroups) }
    var i = 0
    while i < tokens.count {
      guard tokens[i].kind == .number, !claimed[i] else {
        i += 1
        continue
      }
      groups.removeAll(keepingCapacity: true)
      groups.append(Group(token: i, digits: tokens[i].digits, separator: 0, startsWithZero: startsWithZero(i)))
      var j = i
      // An identifier holds at most fifteen digits: a longer chain is read a piece at a time.
      while groups.count < 64, let (next, separator) = nextGroup(after: j, previousSeparator: groups[groups.count - 1].separator) {
        groups.append(Group(token: next, digits: tokens[next].digits, separator: separator, startsWithZero: startsWithZero(next)))
        j = next
      }
      var international = false
      var chainStart = i
      if i > 0, isMark(i - 1, "+") {
        international = true
        chainStart = i - 1
      } else if i > 1, tokens[i - 1].isSpace, tokens[i - 1].length == 1, isMark(i - 2, "+"), value(i) == 44 || tokens[i].digits <= 3,
        groups.count >= 3
      {
        // "+ 44 7700 900 140": the plus typed apart.
        international = true
        chainStart = i - 2
      } else if i > 0, isMark(i - 1, "(") {
        chainStart = i - 1
      }
      if tokens[i].digits == 4, b[tokens[i].start] == 0x30, b[tokens[i].start + 1] == 0x30 { international = true }
      // "00 44 7700 900 015": the international prefix typed as a group of its own.
      if tokens[i].digits == 2, b[tokens[i].start] == 0x30, b[tokens[i].start + 1] == 0x30, groups.count >= 3 { international = true }
      segment(groups, chainStart: chainStart, international: international)
      i = j + 1
    }
  }

  /// The next digit group after token `j`, and the separator before it.
  private func nextGroup(after j: Int, previousSeparator: UInt8) -> (Int, UInt8)? {
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
          // "... correct one 123 037 6232. 10.22 note": after groups joined by spaces, a full stop
          // against the number, then a space, ends the sentence and the number with it (not "12. 03. 1961").
          if t.mark == UInt8(ascii: "."), previousSeparator == 0x20, spaces == 0, k == j + 1, k + 1 < tokens.count, tokens[k + 1].isSpace {
            return nil
          }
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

  /// One way to read a run of groups: as what, and how well it fits.
  struct Reading {
    var last: Int
    var kind: IdentifierKind
    var digits: Int
    /// Among readings that cover as many digits, the higher fits better.
    var fit: Int
  }

  /// The best reading of the groups from one on: how many digits it explains,
  /// how well it fits, and the reading it starts with (none: the first group
  /// is left over).
  struct Choice {
    var digits = 0
    var fit = 0
    var reading: Reading? = nil
  }

  /// Splits a chain of digit groups into identifiers and claims them.
  ///
  /// Of all the ways to read the chain as dates, phone numbers and NHS numbers
  /// side by side, it takes the one that leaves the fewest digits unexplained,
  /// and among those the best fitting: an NHS number grouped 3-3-4 with a
  /// valid check digit fits better than ten digits that start with a year, so
  /// "12 Oct 1966 - 385 084 0077" never lends the year to the NHS number and
  /// leaves its last digits behind. What is left over becomes a record number
  /// when it is long enough.
  private mutating func segment(_ groups: [Group], chainStart: Int, international: Bool) {
    let cues = cuesBefore(chainStart, count: 3)
    let n = groups.count
    // best[g]: the best reading of groups g..<n, and the reading taken at g.
    var best: [Choice] = []
    swap(&best, &workspace.bestReadings)
    defer { swap(&best, &workspace.bestReadings) }
    best.reset(to: Choice(), count: n + 1)
    for g in stride(from: n - 1, through: 0, by: -1) {
      var choice = Choice(digits: best[g + 1].digits, fit: best[g + 1].fit, reading: nil)
      forEachReading(groups, from: g, international: international && g == 0, cues: cues) { reading in
        let rest = best[reading.last + 1]
        let digits = reading.digits + rest.digits
        let fit = reading.fit + rest.fit
        if digits > choice.digits || (digits == choice.digits && fit > choice.fit) {
          choice = Choice(digits: digits, fit: fit, reading: reading)
        }
      }
      best[g] = choice
    }
    var pending: [Int] = []  // indices into groups not yet part of an identifier
    swap(&pending, &workspace.pendingGroups)
    defer { swap(&pending, &workspace.pendingGroups) }
    pending.removeAll(keepingCapacity: true)
    var g = 0
    while g < n {
      guard let reading = best[g].reading else {
        pending.append(g)
        g += 1
        continue
      }
      flush(&pending, groups, cues)
      var end = groups[reading.last].token
      if reading.kind == .phone {
        if let last = extensionEnd(after: end) {
          end = last
        } else {
          while let last = alternativeEndingEnd(after: end) { end = last }
        }
      }
      let start = g == 0 ? chainStart : groups[g].token
      // "(01632 960 001)": a bracket the identifier opened closes with it; not "(i.e. 25/12/1950)".
      if end + 1 < tokens.count, isMark(end + 1, ")"), !claimed[end + 1], isMark(start, "(") {
        end += 1
      }
      claim(start, end, as: reading.kind)
      g = reading.last + 1
    }
    flush(&pending, groups, cues)
  }

  /// Calls `body` with each way groups `g...` can start an identifier.
  private func forEachReading(
    _ groups: [Group], from g: Int, international: Bool, cues: WordFlags, _ body: (Reading) -> Void
  ) {
    if let last = dateEnd(groups, g, afterBirthCue: cues.contains(.birthCue)) {
      var digits = 0
      for k in g...last { digits += groups[k].digits }
      body(Reading(last: last, kind: .date, digits: digits, fit: 40))
    }
    // "14/03/2027 1015": a number never starts inside a date's slashes (but
    // may after a spaced one, "12/03 / 401/225/7472").
    if g > 0, groups[g].separator == UInt8(ascii: "/"), groups[g - 1].digits <= 2, groups[g].token == groups[g - 1].token + 2 {
      return
    }
    var total = 0
    var last = g
    while last < groups.count, total + groups[last].digits <= 15 {
      total += groups[last].digits
      if international, total >= 8 {
        body(Reading(last: last, kind: .phone, digits: total, fit: 10))
      }
      if groups[g].startsWithZero, total == 10 || total == 11 {
        body(Reading(last: last, kind: .phone, digits: total, fit: total == 11 ? 25 : 10 + (cues.contains(.phoneCue) ? 10 : 0)))
      }
      // "09/12/2026 0930": groups parted by slashes and then a space are a date and a time.
      if total == 10, !hasMixedSlashes(groups, g, last) {
        let kind: IdentifierKind =
          groups[g].startsWithZero || cues.contains(.nhsCue) ? .nhsNumber
          : cues.contains(.phoneCue) ? .phone
          : cues.contains(.recordCue) ? .recordNumber : .nhsNumber
        body(Reading(last: last, kind: kind, digits: 10, fit: nhsFit(groups, g, last, cues: cues)))
      }
      last += 1
    }
  }

  /// Whether a slash parts two of groups `g...last` and something else parts
  /// two others: "12/2026 0930" is no NHS number, "548/990/9424" may be.
  private func hasMixedSlashes(_ groups: [Group], _ g: Int, _ last: Int) -> Bool {
    guard g < last else { return false }
    let inner = groups[(g + 1)...last]
    return inner.contains { $0.separator == UInt8(ascii: "/") } && inner.contains { $0.separator != UInt8(ascii: "/") }
  }

  /// How well groups `g...last`, ten digits, fit an NHS number.
  private func nhsFit(_ groups: [Group], _ g: Int, _ last: Int, cues: WordFlags) -> Int {
    var fit = 10
    let isUsualGrouping =
      g == last || (last == g + 2 && groups[g].digits == 3 && groups[g + 1].digits == 3 && groups[last].digits == 4)
    if isUsualGrouping { fit += 20 }
    if hasValidCheckDigit(groups, g, last) { fit += 30 }
    if cues.contains(.nhsCue) { fit += 10 }
    // Ten digits that open with a year are more likely a date's end and the
    // start of something else.
    if groups[g].digits == 4, (1900...2099).contains(value(groups[g].token)) { fit -= 30 }
    return fit
  }

  /// Whether the ten digits of groups `g...last` end in a valid NHS check digit.
  private func hasValidCheckDigit(_ groups: [Group], _ g: Int, _ last: Int) -> Bool {
    var sum = 0
    var position = 0
    var final = -1
    for k in g...last {
      let t = tokens[groups[k].token]
      for p in t.start..<t.end {
        let c = b[p]
        let digit = c >= 0x30 && c <= 0x39 ? Int(c - 0x30) : 0  // a letter O counts as a zero
        if position < 9 { sum += digit * (10 - position) } else { final = digit }
        position += 1
      }
    }
    return position == 10 && NHSNumber.checkDigit(forWeightedSum: sum) == final
  }

  /// Claims pending groups as one record number if they hold six digits or more.
  private mutating func flush(_ pending: inout [Int], _ groups: [Group], _ cues: WordFlags) {
    defer { pending.removeAll(keepingCapacity: true) }
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
  /// 12/03/1961, 12.3.61, 12-03-1961, 1961-03-12, 12 03 1961, 12/03; after a
  /// word of birth, 12 3 58.
  private func dateEnd(_ groups: [Group], _ g: Int, afterBirthCue: Bool = false) -> Int? {
    guard g + 1 < groups.count else { return nil }
    let a = groups[g], m = groups[g + 1]
    let va = value(a.token), vm = value(m.token)
    if g + 2 < groups.count {
      let y = groups[g + 2]
      let vy = value(y.token)
      let sameSeparator = m.separator == y.separator
      if sameSeparator, a.digits <= 2, m.digits <= 2, y.digits == 2 || y.digits == 4,
        // "dob 12 3 58": spaces alone part a date only after a word of birth, or as 12 03 1961.
        isDayAndMonth(va, vm), m.separator != 0x20 || (a.digits == 2 && m.digits == 2 && y.digits == 4) || afterBirthCue
      {
        return g + 2
      }
      // Year first, in any calendar's century: 1961-03-12, 1358/06/21, 2569-01-05.
      if sameSeparator, m.separator != 0x20, a.digits == 4, (1300...2699).contains(va), m.digits <= 2, y.digits <= 2,
        (1...12).contains(vm), (1...31).contains(vy)
      {
        return g + 2
      }
    }
    if m.separator == UInt8(ascii: "/"), a.digits <= 2, m.digits <= 2, a.digits + m.digits >= 3 || isAfterWordOfADay(a.token, m.token),
      (1...31).contains(va), (1...12).contains(vm),
      g + 2 >= groups.count || groups[g + 2].separator == 0x20,
      !isClinicalFraction(a.token, m.token)
    {
      return g + 1
    }
    return nil
  }

  /// Whether "7/10" or "3/12", numbers `first` and `second`, is clinical
  /// shorthand rather than a day and month: a score out of ten after "pain"
  /// or "scored", or days (/7) and months (/12) after "in", "for" or before "ago".
  private func isClinicalFraction(_ first: Int, _ second: Int) -> Bool {
    let denominator = value(second)
    guard denominator == 10 || denominator == 7 || denominator == 12 else { return false }
    // "next 12/12 10:00": a time after it makes it a day.
    if let n = next(second), claimed[n], spans.last(where: { $0.first == n })?.kind == .time { return false }
    let before = previous(first).flatMap { tokens[$0].kind == .word ? $0 : nil }
    let after = next(second).flatMap { tokens[$0].kind == .word ? $0 : nil }
    if denominator == 10 {
      if let before, isWord(before, "pain") || isWord(before, "score") || isWord(before, "scored") || isWord(before, "scores")
        || isWord(before, "rated") || isWord(before, "rates") || isWord(before, "nrs") || isWord(before, "vas")
      {
        return true
      }
      return after.map { isWord($0, "pain") || isWord($0, "score") } ?? false
    }
    if let before, isWord(before, "in") || isWord(before, "for") || isWord(before, "every") || isWord(before, "within")
      || isWord(before, "over") || isWord(before, "past") || isWord(before, "last") || isWord(before, "next")
    {
      return true
    }
    return after.map { isWord($0, "ago") || isWord($0, "hx") || isWord($0, "later") || isWord($0, "post") } ?? false
  }

  /// Whether "4/3", numbers `first` and `second` of one digit each, follows a
  /// word that says what happened on a day ("discussed 4/3", "on 2/2", "rec'd
  /// 9/3", "MDT 4/3") and no unit or dose follows it ("on 1/2 tab").
  private func isAfterWordOfADay(_ first: Int, _ second: Int) -> Bool {
    guard let p = previous(first), first - p <= 2 else { return false }
    // "Yondelis C5 2/4": a cycle of treatment, then the day it was given.
    if tokens[p].kind == .alphanumeric, tokens[p].length <= 3, b[tokens[p].start] | 0x20 == UInt8(ascii: "c"), tokens[p].digits >= 1,
      tokens[p].letters == 1
    {
      return true
    }
    guard tokens[p].kind == .word else { return false }
    if let n = afterSpace(second), tokens[n].kind == .word, !tokens[n].flags.isDisjoint(with: .quantity) || isWord(n, "tab")
      || isWord(n, "dose") || isWord(n, "of")
    {
      return false
    }
    // "bloods 4/3", "scan 9/3": after any other word too, unless it reads as a fraction ("1/2", "3/4").
    let a = value(first), m = value(second)
    if !(a < m && m <= 4), tokens[p].flags.isDisjoint(with: [.quantity, .function]), !isWord(p, "pain"), !isWord(p, "score") {
      return true
    }
    // "pre-op was 6/8", "moved to 4/3", "US 2/9" (an abbreviation in capitals, not "us"):
    // not a fraction, nor a power out of five ("was 4/5").
    if !(a < m && m <= 4), m != 5, isWord(p, "was") || isWord(p, "to") || tokens[p].isAllCaps && tokens[p].length >= 2 {
      return true
    }
    return isWord(p, "on") || isWord(p, "discussed") || isWord(p, "dated") || isWord(p, "seen") || isWord(p, "received")
      || isWord(p, "rec'd") || isWord(p, "recd") || isWord(p, "sent") || isWord(p, "since") || isWord(p, "until")
      || isWord(p, "till") || isWord(p, "mdt") || isWord(p, "appt") || isWord(p, "scan") || isWord(p, "clinic")
      || isWord(p, "reviewed") || isWord(p, "booked") || isWord(p, "letter") || isWord(p, "started") || isWord(p, "due")
      || isWord(p, "expected") || isWord(p, "done") || isWord(p, "from") || isWord(p, "d") && p >= 2 && isMark(p - 1, "'")
      || isWord(p, "biopsy") || isWord(p, "bloods") || isWord(p, "bx") || isWord(p, "ct") || isWord(p, "mri") || isWord(p, "pet")
      || isWord(p, "xray") || isWord(p, "x-ray") || isWord(p, "op") || isWord(p, "surgery") || isWord(p, "chemo")
      || isWord(p, "tmrw") || isWord(p, "tomorrow") || isWord(p, "today") || isWord(p, "wk") || isWord(p, "w/c")
  }

  private func isDayAndMonth(_ a: Int, _ b: Int) -> Bool {
    ((1...31).contains(a) && (1...12).contains(b)) || ((1...12).contains(a) && (1...31).contains(b))
  }

  /// The end of a phone extension after token `end`, if any: "ext 2231",
  /// "x123", "(ext 221)", ", ext. 12", "extension 5", "option 2 ext 19",
  /// "ext 2234 or 2235", "switchboard ... bleep 1234". The
  /// whole extension goes with the number, closing bracket and all.
  func extensionEnd(after end: Int) -> Int? {
    var found: Int? = nil
    var cursor = end
    while let k = extensionPartEnd(after: cursor) {
      found = k
      cursor = k
    }
    guard var last = found else { return nil }
    // "ext 2234 or 2235", "ext 12/13": a second extension without its word.
    while let joiner = next(last), joiner - last <= 2, isWord(joiner, "or") || isMark(joiner, "/") || isMark(joiner, ","),
      let n = next(joiner), n - joiner <= 2, tokens[n].kind == .number, tokens[n].digits == tokens[last].digits,
      tokens[n].digits <= 6, next(n).map({ !(tokens[$0].kind == .number || tokens[$0].flags.contains(.quantity)) }) ?? true
    {
      last = n
    }
    if last + 1 < tokens.count, isMark(last + 1, ")") { last += 1 }
    return last
  }

  /// The end of a phone number's other last digits after its last group `end`,
  /// when the caller was unsure of them: "07700 900 590 or 591", "... 0214/0215".
  private func alternativeEndingEnd(after end: Int) -> Int? {
    guard tokens[end].kind == .number, let joiner = next(end), joiner - end <= 2, isWord(joiner, "or") || isMark(joiner, "/"),
      let n = next(joiner), n - joiner <= 2, tokens[n].kind == .number, !claimed[n], tokens[n].digits == tokens[end].digits,
      (3...4).contains(tokens[n].digits), next(n).map({ tokens[$0].kind != .number && !tokens[$0].flags.contains(.quantity) }) ?? true
    else { return nil }
    return n
  }

  /// Claims a group of three or four digits that repeats a group of an NHS
  /// number found in the same note: a number given in pieces, or its end said
  /// again ("441 290 ... 8755. Put together it's 441 290 8755"). Alone, the
  /// piece is a bare number; beside the whole number, it gives part of it away.
  mutating func claimPiecesOfNHSNumbers() {
    guard spans.contains(where: { $0.kind == .nhsNumber }) else { return }
    for i in tokens.indices where tokens[i].kind == .number && !claimed[i] && (3...4).contains(tokens[i].digits) {
      let piece = tokens[i]
      // Not a dose or a size that happens to share the digits: "took 290 mg".
      if let n = afterSpace(i) ?? next(i), tokens[n].kind == .word && tokens[n].flags.contains(.quantity) || isMark(n, "%") { continue }
      // (Loops, not closures: a closure that captures the analysis copies it.)
      var repeatsAGroup = false
      for span in spans where span.kind == .nhsNumber && !repeatsAGroup {
        for k in span.first...span.last where tokens[k].kind == .number && tokens[k].length == piece.length {
          var same = true
          for d in 0..<piece.length where b[tokens[k].start + d] != b[piece.start + d] {
            same = false
            break
          }
          if same {
            repeatsAGroup = true
            break
          }
        }
      }
      if repeatsAGroup { claim(i, i, as: .nhsNumber) }
    }
  }

  /// Finds a bleep or an extension written without its switchboard's number:
  /// "bleep 2284", "bleep #6621", "ask for ext 5521", "pager 4410". The word
  /// goes with its number, as a phone number's extension does.
  mutating func findExtensionsAlone() {
    for i in tokens.indices where tokens[i].kind == .word && !claimed[i] {
      // Asked of every word: its first letter rules out almost all of them.
      let first = b[tokens[i].start] | 0x20
      guard first == UInt8(ascii: "b") || first == UInt8(ascii: "e") || first == UInt8(ascii: "p"),
        isWord(i, "bleep") || isWord(i, "ext") || isWord(i, "extn") || isWord(i, "extension") || isWord(i, "pager")
      else { continue }
      var k = i
      if k + 1 < tokens.count, isMark(k + 1, ".") || isMark(k + 1, ":") { k += 1 }
      if let n = next(k), n - k <= 2, isMark(n, "#") { k = n }
      guard let n = next(k), n - k <= 2, tokens[n].kind == .number, !claimed[n],
        (3...6).contains(tokens[n].digits) || (tokens[n].digits == 2 && !isWord(i, "bleep") && !isWord(i, "pager")),
        next(n).map({ !(tokens[$0].kind == .word && tokens[$0].flags.contains(.quantity)) && !isMark($0, "/") && !isMark($0, ".") || next($0).map({ tokens[$0].kind != .number }) ?? true }) ?? true
      else { continue }
      // "ext 4150", "bleep 4471": the word goes with its number, as an extension's does with a switchboard's.
      let start = i
      claim(start, n, as: .phone)
    }
  }

  /// The end of one extension part after token `end`, across a comma, a dash
  /// or an opening bracket: "ext 22", "ext. no: 22", "x4432", "#221", "ex 12",
  /// "extension 5", Welsh "estyniad 221", "option 2"; but not a count, "x 3 times".
  private func extensionPartEnd(after end: Int) -> Int? {
    guard var k = next(end), k - end <= 2 else { return nil }
    // ", (ext 221)": a comma and a bracket, or one of them, or a dash or slash;
    // "ext 2234 or ext 2235": a second extension.
    for _ in 0..<2 where isMark(k, "(") || isMark(k, ",") || isMark(k, "-") || isMark(k, "/") || (isWord(k, "or") && end != k) {
      guard let n = next(k), n - k <= 2 else { return nil }
      k = n
    }
    let t = tokens[k]
    // "x2231", "ext2214", "estyniad221": one token.
    if t.kind == .alphanumeric, t.digits <= 6 {
      var p = t.start
      while p < t.end, !isDigit(b[p]) { p += 1 }
      let letters = p - t.start
      guard letters < t.length, (p..<t.end).allSatisfy({ isDigit(b[$0]) }) else { return nil }
      return isExtensionWord(UnsafeBufferPointer(rebasing: b[t.start..<p])) ? k : nil
    }
    // "#221", "# 221".
    if isMark(k, "#") {
      guard let n = next(k), n - k <= 2, tokens[n].kind == .number, tokens[n].digits <= 6 else { return nil }
      return n
    }
    guard t.kind == .word, isExtensionWord(UnsafeBufferPointer(rebasing: b[t.start..<t.end])) || isWord(k, "option")
      || isWord(k, "opt") || isWord(k, "press")
    else { return nil }
    if k + 1 < tokens.count, isMark(k + 1, ".") || isMark(k + 1, ":") { k += 1 }
    // "ext no. 221", "extension number: 221", "ext.#221", "x-221".
    if let n = next(k), n - k <= 2, isWord(n, "no") || isWord(n, "number") || isWord(n, "num") {
      k = n
      if k + 1 < tokens.count, isMark(k + 1, ".") || isMark(k + 1, ":") { k += 1 }
    }
    if let n = next(k), n - k <= 2, isMark(n, "#") || isMark(n, "-") { k = n }
    guard let n = next(k), n - k <= 2, tokens[n].kind == .number, tokens[n].digits <= 6 else { return nil }
    // "x 3 times": a count, not an extension.
    if let after = next(n), isWord(after, "times") || isWord(after, "daily") || isWord(after, "weekly") { return nil }
    return n
  }

  /// Whether `letters` are a word for an extension, in any case: "x", "ex",
  /// "ext", "extn", "extension", a hospital's "bleep" or "pager" after its
  /// switchboard (or their short forms "bp", "blp", "pgr", which follow a
  /// phone number only, so "BP 140/90" elsewhere stays blood pressure), Welsh "estyniad", and the words of the
  /// languages callers often use: French "poste", Italian "interno",
  /// Portuguese "ramal", Spanish and Portuguese "anexo", German "durchwahl".
  private func isExtensionWord(_ letters: UnsafeBufferPointer<UInt8>) -> Bool {
    let lower = letters.map { $0 | 0x20 }
    switch lower.count {
    case 1: return lower[0] == UInt8(ascii: "x")
    case 2: return lower == Array("ex".utf8) || lower == Array("bp".utf8)
    case 3: return lower == Array("ext".utf8) || lower == Array("blp".utf8) || lower == Array("pgr".utf8)
    case 4: return lower == Array("extn".utf8)
    case 5:
      return lower == Array("poste".utf8) || lower == Array("ramal".utf8) || lower == Array("anexo".utf8)
        || lower == Array("bleep".utf8) || lower == Array("pager".utf8)
    case 7: return lower == Array("interno".utf8)
    case 8: return lower == Array("estyniad".utf8)
    case 9: return lower == Array("extension".utf8) || lower == Array("durchwahl".utf8)
    default: return false
    }
  }

  /// Whether token `i` starts with `prefix` (lower case ASCII), in any case.
  func hasPrefix(_ i: Int, _ prefix: StaticString) -> Bool {
    let t = tokens[i]
    guard t.length >= prefix.utf8CodeUnitCount else { return false }
    let p = prefix.utf8Start
    for k in 0..<prefix.utf8CodeUnitCount where b[t.start + k] | 0x20 != p[k] { return false }
    return true
  }
}

/// The NHS number's check digit (modulus 11).
enum NHSNumber {
  /// The check digit for the first nine digits of an NHS number, or nil when
  /// they can have none (the remainder asks for 10).
  static func checkDigit(_ nine: [Int]) -> Int? {
    precondition(nine.count == 9)
    return checkDigit(forWeightedSum: (0..<9).reduce(0) { $0 + nine[$1] * (10 - $1) })
  }

  /// The check digit for nine digits whose sum, weighted 10 down to 2, is `sum`.
  static func checkDigit(forWeightedSum sum: Int) -> Int? {
    let check = (11 - sum % 11) % 11
    return check == 10 ? nil : check
  }

  /// Whether ten digits end in their valid check digit.
  static func hasValidCheckDigit(_ ten: [Int]) -> Bool {
    ten.count == 10 && checkDigit(Array(ten.prefix(9))) == ten[9]
  }
}
