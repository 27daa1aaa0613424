extension NoteAnalysis {
  // MARK: Emails

  /// Finds email addresses: written with "@", or spelled out ("k dot patel at
  /// gmail dot com", "jbloggs (at) hotmail [dot] co [dot] uk").
  mutating func findEmails(hasAt: Bool) {
    if hasAt {
      for i in tokens.indices where isMark(i, "@") && !claimed[i] {
        var left = i - 1
        if left >= 0, tokens[left].isSpace { left -= 1 }
        var right = i + 1
        if right < tokens.count, tokens[right].isSpace { right += 1 }
        guard left >= 0, right < tokens.count, isAddressPart(left), isAddressPart(right) else { continue }
        var start = extendAddress(from: left, step: -1, marks: "._-+'%")
        // "sunflower\u{200B}.shevchenko78@", "j.o\u{200B}kafor@": a zero-width space
        // pasted into the local part reads as a space; a part opening with a dot,
        // or one dotted itself, goes on across one.
        if start >= 2, tokens[start - 1].isSpace, tokens[start - 1].length == 1, isAddressPart(start - 2) {
          let before = extendAddress(from: start - 2, step: -1, marks: "._-+'%")
          let opensWithDot = isMark(start, ".")
          let beforeIsDotted = (before..<(start - 1)).contains { isMark($0, ".") || isMark($0, "_") }
          if opensWithDot || beforeIsDotted, !tokens[start - 2].flags.contains(.function) { start = before }
        }
        var end = extendAddress(from: right, step: 1, marks: ".-_")
        while end > right, tokens[end].kind == .punctuation { end -= 1 }
        // "ring her @ 1915", "@ RNOH": a spaced "@" with no dotted domain after it says "at".
        if end == right, right - i == 2 || i - left == 2 { continue }
        guard isFree(start, end) else { continue }
        claim(start, end, as: .email)
      }
    }
    for i in tokens.indices where isAtWord(i) && !claimed[i] {
      // "at", "(at)", "[at]", with white space either side.
      var atFirst = i
      var atLast = i
      if i > 0, i + 1 < tokens.count, isMark(i - 1, "(") || isMark(i - 1, "["),
        isMark(i + 1, ")") || isMark(i + 1, "]")
      {
        atFirst = i - 1
        atLast = i + 1
      }
      // "tony_b(at)example.net", "marjorie.h[at]example.org": brackets need no space.
      let bracketed = atFirst < atLast
      guard let right = afterSpace(atLast) ?? (bracketed && atLast + 1 < tokens.count ? atLast + 1 : nil),
        let left = beforeSpace(atFirst) ?? (bracketed && atFirst >= 1 ? atFirst - 1 : nil),
        isAddressPart(right), isAddressPart(left), tokens[left].flags.isDisjoint(with: .function)
      else { continue }
      // "point", "punto" are dots only with the "at" of another language: "at this point in time".
      let foreign = !isWord(i, "at")
      guard tokens[right].flags.isDisjoint(with: .function), let end = spelledDomainEnd(from: right, foreign: foreign) else { continue }
      let start = localStartAfterEmailCue(spelledLocalStart(from: left, foreign: foreign))
      guard isFree(start, end) else { continue }
      claim(start, end, as: .email)
    }
  }

  /// Whether word `i` says "at" in an address spelled out: "at", French
  /// "arobase", Spanish and Portuguese "arroba", Italian "chiocciola".
  @inline(__always)
  private func isAtWord(_ i: Int) -> Bool {
    // Asked of every word of a note: its first letter rules out almost all of them.
    let t = tokens[i]
    guard t.kind == .word else { return false }
    switch b[t.start] | 0x20 {
    case UInt8(ascii: "a"): return isWord(i, "at") || isWord(i, "arobase") || isWord(i, "arroba")
    case UInt8(ascii: "c"): return isWord(i, "chiocciola")
    default: return false
    }
  }

  /// Whether word `i` says "dot" in an address spelled out: "dot", and with
  /// `foreign`, French "point", Spanish and Italian "punto", Portuguese "ponto",
  /// German and Polish "punkt".
  private func isDotWord(_ i: Int, foreign: Bool) -> Bool {
    isWord(i, "dot") || (foreign && (isWord(i, "point") || isWord(i, "punto") || isWord(i, "ponto") || isWord(i, "punkt")))
  }

  /// The start of a spelled-out local part that begins at `start`, taken back
  /// over the words between it and a word that introduces an email ("email is
  /// k patel at yahoo dot com", "e-mail: mary ann dot jones at ..."): a local
  /// part may hold spaces when it is read out.
  private func localStartAfterEmailCue(_ start: Int) -> Int {
    var first = start
    var words = 0
    var j = start
    while words < 3, let p = beforeSpace(j), tokens[p].kind == .word || tokens[p].kind == .number || tokens[p].kind == .alphanumeric {
      if isEmailCue(p) || isWord(p, "is") || isSpellingWord(p) { break }
      guard tokens[p].flags.isDisjoint(with: [.function, .relation]) else { return start }
      first = p
      j = p
      words += 1
    }
    guard first < start else { return start }
    var cue = first
    // "email: ", "email is ", "email spelt out as ".
    while let p = previous(cue), cue - p <= 2, isMark(p, ":") || isWord(p, "is") || isWord(p, "address") || isSpellingWord(p) {
      cue = p
    }
    guard let p = previous(cue), cue - p <= 2, isEmailCue(p) else { return start }
    return first
  }

  /// Whether word `i` tells how an address was given: "spelt out as",
  /// "spelled", "written", "read out".
  private func isSpellingWord(_ i: Int) -> Bool {
    isWord(i, "spelt") || isWord(i, "spelled") || isWord(i, "out") || isWord(i, "as") || isWord(i, "written")
      || isWord(i, "read")
  }

  /// Whether word `i` introduces an email address: "email", "e-mail", "mail", "correo", "courriel".
  private func isEmailCue(_ i: Int) -> Bool {
    isWord(i, "email") || isWord(i, "e-mail") || isWord(i, "mail") || isWord(i, "correo") || isWord(i, "courriel")
      || isWord(i, "emailed")
  }

  private func isAddressPart(_ i: Int) -> Bool {
    let kind = tokens[i].kind
    return kind == .word || kind == .number || kind == .alphanumeric
  }

  /// Extends an address part over letters, digits and `marks`, with no spaces.
  private func extendAddress(from i: Int, step: Int, marks: String) -> Int {
    var edge = i
    var j = i + step
    while j >= 0, j < tokens.count {
      let t = tokens[j]
      if isAddressPart(j) || (t.kind == .punctuation && marks.utf8.contains(t.mark)) {
        edge = j
        j += step
      } else {
        break
      }
    }
    return edge
  }

  /// Whether token `i` is a spelled-out or written dot: ".", "dot", "(dot)", "[dot]".
  /// Returns the last token of the dot.
  private func dot(at i: Int, foreign: Bool) -> Int? {
    if isMark(i, ".") { return i }
    if isDotWord(i, foreign: foreign) { return i }
    if i + 2 < tokens.count, isMark(i, "(") || isMark(i, "["), isDotWord(i + 1, foreign: foreign),
      isMark(i + 2, ")") || isMark(i + 2, "]")
    {
      return i + 2
    }
    return nil
  }

  /// The end of a spelled-out domain starting at `i` ("gmail dot com"), if it is one.
  private func spelledDomainEnd(from i: Int, foreign: Bool) -> Int? {
    var end = extendAddress(from: i, step: 1, marks: "-_")
    var parts = 1
    let provider = tokens[i].flags.contains(.emailProvider)
    while true {
      // A dot, with or without spaces round it, then another part.
      var j = end + 1
      if j < tokens.count, tokens[j].isSpace { j += 1 }
      guard j < tokens.count, let dotEnd = dot(at: j, foreign: foreign) else { break }
      var k = dotEnd + 1
      if k < tokens.count, tokens[k].isSpace { k += 1 }
      guard k < tokens.count, isAddressPart(k) else { break }
      // A written full stop counts only inside a word ("gmail.com"), never
      // with a space beside it, where it ends a sentence.
      if isMark(j, "."), j != end + 1 || k != j + 1 { break }
      end = extendAddress(from: k, step: 1, marks: "-_")
      parts += 1
    }
    if parts >= 2, tokens[end].flags.contains(.emailEnding) { return end }
    return provider ? end : nil
  }

  /// The start of a spelled-out local part ending at `i` ("k dot patel").
  private func spelledLocalStart(from i: Int, foreign: Bool) -> Int {
    var start = extendAddress(from: i, step: -1, marks: "._-")
    // "volkova 7 at": digits read out after the name they end.
    if tokens[start].kind == .number, let p = beforeSpace(start), tokens[p].kind == .word,
      tokens[p].flags.isDisjoint(with: [.function, .relation]), !isDotWord(p, foreign: foreign)
    {
      start = extendAddress(from: p, step: -1, marks: "._-")
    }
    while true {
      var j = start - 1
      if j >= 0, tokens[j].isSpace { j -= 1 }
      // "ann (dot) baxter": a dot word in brackets.
      var opening = j
      if j >= 2, isMark(j, ")") || isMark(j, "]"), isDotWord(j - 1, foreign: foreign), isMark(j - 2, "(") || isMark(j - 2, "[") {
        opening = j - 2
        j -= 1
      }
      guard j >= 0, isDotWord(j, foreign: foreign) else { break }
      var k = opening - 1
      if k >= 0, tokens[k].isSpace { k -= 1 }
      guard k >= 0, isAddressPart(k) else { break }
      start = extendAddress(from: k, step: -1, marks: "._-")
    }
    return start
  }

  // MARK: Postcodes

  /// Finds UK postcodes ("SW1A 1AA", "sw1a1aa", "N1 9GU"), and outward codes on
  /// their own when they are plainly postcodes ("SW19", or after "postcode").
  /// With `mayBeSpacedApart` (the note has characters standing alone), also
  /// postcodes typed with a space between every part ("B 15 2 TT").
  mutating func findPostcodes(mayBeSpacedApart: Bool = true) {
    // "B 15 2 TT", "LS 7 3 JF": the area, the district, the sector and the unit, each apart.
    for i in tokens.indices
    where mayBeSpacedApart && tokens[i].kind == .word && tokens[i].length <= 2 && isUpperASCIILetter(b[tokens[i].start]) && !claimed[i] {
      // The cheap tests first; the area's lookup last.
      guard tokens[i].length == 1 || isUpperASCIILetter(b[tokens[i].start + 1]), let d = afterSpace(i),
        tokens[d].kind == .number, tokens[d].length <= 2, !claimed[d],
        let s = afterSpace(d), tokens[s].kind == .number, tokens[s].length == 1, !claimed[s], let u = afterSpace(s),
        tokens[u].kind == .word, tokens[u].length == 2, isUpperASCIILetter(b[tokens[u].start]), isUpperASCIILetter(b[tokens[u].start + 1]),
        !claimed[u], tokens[u].flags.isDisjoint(with: [.domain, .kept, .function, .english, .everyday]),
        next(u).map({ tokens[$0].kind != .number }) ?? true, isArea(tokens[i])
      else { continue }
      claim(i, u, as: .postcode)
    }
    for i in tokens.indices where tokens[i].kind == .alphanumeric && !claimed[i] {
      let t = tokens[i]
      if t.length >= 5, t.length <= 7, isInward(t.end - 3, t.end), isOutward(t.start, t.end - 3) {
        claim(i, i, as: .postcode)
        continue
      }
      if t.length == 3, isSplitOutwardCodeBefore(i) {
        claim(i - 4, i, as: .postcode)
        continue
      }
      guard t.length <= 4, isOutward(t.start, t.end) else { continue }
      if let n = afterSpace(i), tokens[n].kind == .alphanumeric, tokens[n].length == 3,
        isInward(tokens[n].start, tokens[n].end), !claimed[n]
      {
        claim(i, n, as: .postcode)
        continue
      }
      // "CR0-4TB", "KT12.5QF": the two halves parted by a dash or a full stop, as a form may take them.
      // Not "C3-4th": the inward letters in capitals, as the area's are.
      if i + 2 < tokens.count, isMark(i + 1, "-") || isMark(i + 1, "."), tokens[i + 2].kind == .alphanumeric, tokens[i + 2].length == 3,
        isInward(tokens[i + 2].start, tokens[i + 2].end), !claimed[i + 2], isUpperASCIILetter(b[t.start]),
        isUpperASCIILetter(b[tokens[i + 2].start + 1]), isUpperASCIILetter(b[tokens[i + 2].start + 2])
      {
        claim(i, i + 2, as: .postcode)
        continue
      }
      // "CR0 2 AB", "L1 8 JQ": the inward code's digit and letters parted by a space.
      if isArea(t), let d = afterSpace(i), tokens[d].kind == .number, tokens[d].length == 1, !claimed[d],
        let l = afterSpace(d), tokens[l].kind == .word, tokens[l].length == 2, !claimed[l],
        isUpperASCIILetter(b[tokens[l].start]), isUpperASCIILetter(b[tokens[l].start + 1])
      {
        claim(i, l, as: .postcode)
        continue
      }
      let letters = t.letters - (isLetter(b[t.end - 1]) ? 1 : 0)
      let cued = previous(i).map { isWord($0, "postcode") || isWord($0, "pc") || (isWord($0, "code") && previous($0).map { isWord($0, "post") } == true) } ?? false
      if cued || (t.isAllCaps && letters == 2 && isArea(t)) {
        claim(i, i, as: .postcode)
      }
    }
  }

  /// Whether inward code `i` ends a postcode whose outward code a space cuts
  /// in two, as an invisible separator pasted from a form leaves it: "E 15
  /// 2JR", "SW 1A 1AA" (the area's capitals, a space, the district, a space);
  /// the postcode then starts four tokens back.
  private func isSplitOutwardCodeBefore(_ i: Int) -> Bool {
    guard isInward(tokens[i].start, tokens[i].end), isUpperASCIILetter(b[tokens[i].start + 1]),
      let district = beforeSpace(i), district == i - 2, !claimed[district], let area = beforeSpace(district), area == i - 4,
      !claimed[area]
    else { return false }
    let d = tokens[district], a = tokens[area]
    guard a.kind == .word, a.length <= 2, (a.start..<a.end).allSatisfy({ isUpperASCIILetter(b[$0]) }), isArea(a),
      d.kind == .number || d.kind == .alphanumeric, d.length <= 2, isDigit(b[d.start])
    else { return false }
    return d.kind == .number || (d.length == 2 && isUpperASCIILetter(b[d.start + 1]))
  }

  @inline(__always)
  func isUpperASCIILetter(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }

  /// Finds postcodes typed with a space between every character ("S W 3 6 J J").
  mutating func findSpacedPostcodes() {
    var i = 0
    while i < tokens.count {
      guard isSingleCharacter(i), !claimed[i] else {
        i += 1
        continue
      }
      var run = [i]
      while run.count < 7, let n = afterSpace(run[run.count - 1]), tokens[n - 1].length <= 3, isSingleCharacter(n), !claimed[n] {
        run.append(n)
      }
      defer { i = run[run.count - 1] + 1 }
      guard run.count >= 5 else { continue }
      let characters = run.map { b[tokens[$0].start] }
      // The longest stretch from the first character that reads as a postcode.
      for count in stride(from: characters.count, through: 5, by: -1) {
        let code = Array(characters[0..<count])
        if code.withUnsafeBufferPointer({ Self.isPostcode($0) }) {
          claim(run[0], run[count - 1], as: .postcode)
          break
        }
      }
    }
  }

  /// Whether token `i` is one ASCII letter or digit.
  private func isSingleCharacter(_ i: Int) -> Bool {
    let t = tokens[i]
    return t.length == 1 && (t.kind == .word || t.kind == .number)
  }

  /// Whether `code`, without spaces, is a whole postcode: an outward code and a
  /// digit and two letters.
  static func isPostcode(_ code: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = code.count
    guard n >= 5, n <= 7 else { return false }
    let inward = UnsafeBufferPointer(rebasing: code[(n - 3)...])
    guard (0x30...0x39).contains(inward[0]), isASCIILetter(inward[1]), isASCIILetter(inward[2]) else { return false }
    var k = 0
    var letters = 0
    while k < n - 3, isASCIILetter(code[k]) {
      letters += 1
      k += 1
    }
    guard letters == 1 || letters == 2 else { return false }
    var digits = 0
    while k < n - 3, (0x30...0x39).contains(code[k]) {
      digits += 1
      k += 1
    }
    guard digits == 1 || digits == 2 else { return false }
    return k == n - 3 || (digits == 1 && k + 1 == n - 3 && isASCIILetter(code[k]))
  }

  @inline(__always)
  private static func isASCIILetter(_ c: UInt8) -> Bool { c | 0x20 >= 0x61 && c | 0x20 <= 0x7A }

  @inline(__always)
  func isLetter(_ c: UInt8) -> Bool { c | 0x20 >= 0x61 && c | 0x20 <= 0x7A }
  @inline(__always)
  func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

  /// Whether bytes `start..<end` are an inward code: a digit and two letters.
  private func isInward(_ start: Int, _ end: Int) -> Bool {
    end - start == 3 && isDigit(b[start]) && isLetter(b[start + 1]) && isLetter(b[start + 2])
  }

  /// Whether bytes `start..<end` are an outward code: A9, A99, A9A, AA9, AA99, AA9A.
  func isOutward(_ start: Int, _ end: Int) -> Bool {
    var k = start
    var letters = 0
    while k < end, isLetter(b[k]) {
      letters += 1
      k += 1
    }
    guard letters == 1 || letters == 2 else { return false }
    var digits = 0
    while k < end, isDigit(b[k]) {
      digits += 1
      k += 1
    }
    guard digits == 1 || digits == 2 else { return false }
    if k == end { return true }
    return digits == 1 && k + 1 == end && isLetter(b[k])
  }

  /// Whether the letters of an outward code are a postcode area ("SW", "NW").
  private func isArea(_ t: NoteToken) -> Bool {
    var key: [UInt8] = []
    for k in t.start..<t.end where isLetter(b[k]) { key.append(b[k] | 0x20) }
    return key.withUnsafeBufferPointer { table.flags(of: $0).contains(.postcodeArea) }
  }
}
