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
  /// Tokens protected only as part of an institution's name ("Wren College"),
  /// which may yet be a building in an address; empty until institutions are marked.
  var institutional: [Bool] = []
  var spans: [IdentifierSpan] = []
  /// While names are sought, each token's evidence of being one, worked out once.
  var nameEvidence: [NameEvidence] = []
  /// Whether the note has a word that introduces an address ("lives", "c/o").
  var hasAddressCue = false
  /// Whether the note has a rare word some recognisers look around (see `WordFlags.rareCue`).
  var hasRareCue = false
  /// Whether the note has "Home" capitalised, as a care home's name ends.
  var hasHomeWord = false
  /// Whether the note has a day's ordinal in digits ("3rd", "21st"), which the
  /// passes for days told alone look for.
  var hasOrdinal = false
  /// Whether the note has "day" or "eve", as a feast day's name ends.
  var hasDayWord = false
  /// Whether the note has a short word of i, v and x after a full stop or a
  /// slash, as a Roman month is written ("17.iv.1959").
  var hasRomanMonth = false
  /// How many list separators the note has (",", ";", "&", "/", "+", "and"):
  /// a list of three names needs two.
  var listSeparators = 0
  /// Whether the note has an opening bracket, round or square.
  var hasOpenBracket = false
  /// The colon after one word opening the note, as a volunteer signs a note or a
  /// label heads it ("bex: joy rang", "update: ..."), or after one word following a
  /// bracketed stamp ("[19:33, 06/06] Dionne: ..."); -1 if there is none. What
  /// follows it opens the note afresh.
  var openingColon = -1
  /// Where the arrays above come from, and go back to (see `returnMemory()`);
  /// recognisers borrow their working arrays from it too.
  let workspace: AnalysisWorkspace

  init(bytes: UnsafeBufferPointer<UInt8>, table: WordTable, workspace: AnalysisWorkspace = AnalysisWorkspace()) {
    self.b = bytes
    self.table = table
    self.workspace = workspace
    self.tokens = []
    self.claimed = []
    self.protected = []
    swapMemory()
    NoteTokenizer(table: table).tokens(of: bytes, into: &tokens)
    claimed.reset(to: false, count: tokens.count)
    protected.reset(to: false, count: tokens.count)
    institutional.removeAll(keepingCapacity: true)
    spans.removeAll(keepingCapacity: true)
    splitRunTogetherTokensIfAny()
  }

  /// The colon after the note's first word (or its first word and an initial,
  /// "Sue T:"), or after the first word after a bracketed stamp that opens the
  /// note, followed by white space; -1 if none.
  private func colonAfterOpeningWord() -> Int {
    var w = 0
    if !tokens.isEmpty, isMark(0, "[") {
      guard let close = tokens.indices.prefix(24).first(where: { isMark($0, "]") }), let word = next(close) else { return -1 }
      w = word
    }
    guard w + 2 < tokens.count, tokens[w].kind == .word else { return -1 }
    // "Sue T: ...": a first name and an initial.
    if w + 4 < tokens.count, tokens[w + 1].isSpace, tokens[w + 2].kind == .word, tokens[w + 2].length == 1, isMark(w + 3, ":"),
      tokens[w + 4].isSpace
    {
      return w + 3
    }
    guard isMark(w + 1, ":"), tokens[w + 2].isSpace else { return -1 }
    return w + 1
  }

  /// Gives the analysis's arrays back to its workspace, for the next line's
  /// analysis to reuse; afterwards they are empty.
  mutating func returnMemory() {
    swapMemory()
  }

  /// Swaps the analysis's arrays with the workspace's.
  private mutating func swapMemory() {
    swap(&tokens, &workspace.tokens)
    swap(&claimed, &workspace.claimed)
    swap(&protected, &workspace.protected)
    swap(&institutional, &workspace.institutional)
    swap(&spans, &workspace.spans)
  }

  /// Splits the tokens that hold two identifiers typed without a space, if
  /// any do. (A mutating method of its own, so that asking each token does
  /// not copy the analysis half built, as a call from `init` would.)
  private mutating func splitRunTogetherTokensIfAny() {
    for i in tokens.indices
    where (tokens[i].hasInnerCapital || tokens[i].digits >= 5 || tokens[i].kind == .alphanumeric) && mayRunTogether(i) {
      // "Chidi17/03/74748 338 0141": once the name is off the day, the year runs into a number.
      if splitRunTogetherTokens(), tokens.indices.contains(where: { tokens[$0].digits >= 5 && mayRunTogether($0) }) {
        splitRunTogetherTokens()
      }
      break
    }
  }

  /// Runs every recogniser; afterwards `spans` holds the identifiers, in order.
  mutating func run() {
    var hasDigit = false
    var hasAt = false
    var hasPhraseStart = false
    var hasInstitution = false
    var hasWardWord = false
    var hasAddressWord = false
    var hasClockWord = false
    var clockWords = 0
    var hasHundred = false
    var hasMonth = false
    // Any month, in English or another language: without one or a digit, no written date.
    var hasAnyMonth = false
    var hasRegistry = false
    var hasForeign = false
    var singleCharacters = 0
    var hasDottedNumber = false
    var hasGenericDrug = false
    var hasLetteredReference = false
    openingColon = colonAfterOpeningWord()
    for (i, t) in tokens.enumerated() {
      switch t.kind {
      case .number, .alphanumeric:
        hasDigit = true
        if t.length == 1 { singleCharacters += 1 }
        if t.kind == .alphanumeric, t.letters == 2 || t.letters >= 5, t.digits <= 2 { hasOrdinal = true }
        if t.isForeign { hasForeign = true }
        if t.kind == .alphanumeric, t.letters >= 2, t.digits >= 4, b[t.start] > 0x39 { hasRegistry = true }
        if t.kind == .number, t.length == 4, i + 4 < tokens.count, tokens[i + 1].kind == .punctuation, isEudraCTNumber(from: i) {
          hasRegistry = true
        }
      case .punctuation:
        if t.mark == UInt8(ascii: "@") { hasAt = true }
        // "CAS-11902", "SOL/7734": capitals joined to a number.
        if t.mark == UInt8(ascii: "-") || t.mark == UInt8(ascii: "/"), i > 0, i + 1 < tokens.count, tokens[i + 1].kind == .number,
          tokens[i - 1].kind == .word, tokens[i - 1].isAllCaps
        {
          hasLetteredReference = true
        }
        if t.mark == UInt8(ascii: "(") || t.mark == UInt8(ascii: "[") { hasOpenBracket = true }
        switch t.mark {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "&"), UInt8(ascii: "/"), UInt8(ascii: "+"): listSeparators += 1
        default: break
        }

        if t.mark == UInt8(ascii: "."), i > 0, i + 1 < tokens.count, tokens[i - 1].kind == .number, tokens[i + 1].kind == .number {
          hasDottedNumber = true
        }
      case .word:
        if t.length == 1 { singleCharacters += 1 }
        if t.letters >= 7, !t.isCapitalised, t.flags.isDisjoint(with: [.english, .function]), isGenericDrugName(i) {
          hasGenericDrug = true
        }
        // Thai: "3 ม.ค. 2494", a month in words of its own script.
        if t.isForeign, b[t.start] == 0xE0 { hasForeign = true }
        let f = t.flags
        if f.contains(.phraseStart) { hasPhraseStart = true }
        if !f.isDisjoint(with: [.institution, .institutionFirst]) { hasInstitution = true }
        if !f.isDisjoint(with: [.dwelling, .strongStreetSuffix, .streetPrefix, .buildingSuffix, .houseNameStart]) {
          hasAddressWord = true
        }
        if f.contains(.rareCue) {
          hasRareCue = true
          // "HMP Wandsworth", "NB Kingfisher": a prison or a boat, as an address.
          hasAddressWord = true
        }
        if t.length == 3, f.contains(.function), isWord(i, "and") { listSeparators += 1 }
        if t.length == 4, isWord(i, "ward") || isWord(i, "wing") { hasWardWord = true }
        if t.isCapitalised, t.length == 4 && isWord(i, "home") || t.length == 6 && isWord(i, "centre") { hasHomeWord = true }
        // "Laurel Lodge nursing home": a home in lower case after the kind of home.
        if t.length == 4, b[t.start] | 0x20 == UInt8(ascii: "h"), i >= 2, isWord(i, "home"),
          isWord(i - 2, "nursing") || isWord(i - 2, "care") || isWord(i - 2, "residential")
        {
          hasHomeWord = true
        }
        if f.contains(.addressCue) || (t.length == 1 && isCareOf(i)) {
          hasAddressWord = true
          hasAddressCue = true
        }
        if f.contains(.clockWord) {
          hasClockWord = true
          clockWords += 1
        }
        // "fourth of July": a month after "of", perhaps a day in words before it.
        if f.contains(.month), i >= 2, isWord(i - 2, "of") { hasMonth = true }
        if t.length == 7, isWord(i, "hundred") { hasHundred = true }
        if t.length == 3, isWord(i, "day") || isWord(i, "eve") { hasDayWord = true }
        if t.length <= 4, i > 0, tokens[i - 1].kind == .punctuation, b[t.start] | 0x20 == UInt8(ascii: "i") || b[t.start] | 0x20 == UInt8(ascii: "v")
          || b[t.start] | 0x20 == UInt8(ascii: "x")
        {
          hasRomanMonth = true
        }
        if f.contains(.registry) { hasRegistry = true }
        if !f.isDisjoint(with: [.month, .foreignMonth, .foreignMonthShort]) { hasAnyMonth = true }
      default: break
      }
    }
    if hasInstitution { markInstitutions() }
    if hasWardWord { protectNamesOfWards() }
    if hasPhraseStart { markProtectedPhrases() }
    if hasGenericDrug { keepBrandNamesAfterDrugs() }
    if hasDigit && hasRegistry { keepTrialRegistryIds() }
    findEmails(hasAt: hasAt)
    if hasDigit {
      if hasLetteredReference { findLetteredReferences() }
      if singleCharacters >= 5 { findSpacedPostcodes() }
      findPostcodes(mayBeSpacedApart: singleCharacters >= 2)
      findAddresses()
      findTimes()
      findNumberChains()
      claimPiecesOfNHSNumbers()
      if hasRareCue { findExtensionsAlone() }
      extendRecordNumbersOverPrefixes()
    } else if hasAddressWord {
      findAddresses()
    }
    if hasDigit || hasAnyMonth || hasRareCue { findWrittenDates() }
    if hasDigit {
      if hasForeign { findEastAsianDates() }
      findRecordIds()
    }
    if hasDottedNumber || hasClockWord { findTimesInContext() }
    if hasDigit { extendTimesOverRanges() }
    if hasDigit {
      findTimesAfterDates()
      findTimesInSchedules()
      findDaysAndMonthsBeforeTimes()
    }
    if clockWords >= 4 || hasHundred || hasMonth {
      findSpelledNumbers(digitWords: clockWords, hasHundred: hasHundred, hasMonth: hasMonth)
    }
    if hasDigit && (clockWords >= 1 || hasHundred) { findNumbersEndingInWords() }
    if hasOrdinal || (hasDigit && listSeparators >= 1) { findDaysBesideDates() }
    extendDatesOverWeekdays()
    findNames(mayRepeatInitials: singleCharacters >= 4)
    spans.sort { $0.first < $1.first }
  }

  /// Whether letters-and-digits token `i` is a register's letters then digits: "NCT04512375".
  func isRegistryId(_ i: Int) -> Bool {
    let t = tokens[i]
    var k = t.start
    var key = (UInt64(0), UInt64(0))  // up to 16 lower-case letters
    var count = 0
    while k < t.end, b[k] | 0x20 >= 0x61, b[k] | 0x20 <= 0x7A {
      guard count < 16 else { return false }
      withUnsafeMutableBytes(of: &key) { $0[count] = b[k] | 0x20 }
      count += 1
      k += 1
    }
    guard count >= 2, (k..<t.end).allSatisfy({ b[$0] >= 0x30 && b[$0] <= 0x39 }) else { return false }
    return withUnsafeBytes(of: &key) { table.flags(of: UnsafeBufferPointer(rebasing: $0.bindMemory(to: UInt8.self)[0..<count])) }
      .contains(.registry)
  }

  /// Marks tokens `first...last` as kept: taken, so no recogniser reads them
  /// as an identifier, but never replaced.
  mutating func keep(_ first: Int, _ last: Int) {
    for k in first...last {
      claimed[k] = true
      protected[k] = true
    }
  }

  /// Keeps the ids of clinical trials: "NCT04512375", "ISRCTN 36453794",
  /// "EudraCT 2019-001234-56", "EU CT 2022-500123-45-00". They name a trial, not
  /// a person, and a caller's question about a trial needs them.
  mutating func keepTrialRegistryIds() {
    for i in tokens.indices where !claimed[i] {
      let t = tokens[i]
      if t.kind == .alphanumeric {
        // "NCT04512375": the register's letters and the number in one token.
        if t.digits >= 4, isRegistryId(i) { keep(i, i) }
        continue
      }
      // "2019-001234-56": a EudraCT number by its shape alone, its label further off.
      if t.kind == .number, t.digits == 4, isEudraCTNumber(from: i) {
        keep(i, i + 4)
        continue
      }
      guard t.kind == .word, t.flags.contains(.registry) else { continue }
      // "NCT 04512375", "EudraCT no. 2019-001234-56", "EU CT: 2022-500123-45-00".
      var j = i
      var first: Int? = nil
      var last = i
      while let n = next(j), n - j <= 2 {
        let u = tokens[n]
        if u.kind == .number || (u.kind == .alphanumeric && u.digits >= 2) {
          if first == nil { first = n }
          last = n
        } else if u.kind == .punctuation, u.mark == UInt8(ascii: "-") || u.mark == UInt8(ascii: "/") || u.mark == UInt8(ascii: ":")
          || u.mark == UInt8(ascii: "#") || u.mark == UInt8(ascii: ".")
        {
          if first != nil, u.mark == UInt8(ascii: "."), n + 1 < tokens.count, tokens[n + 1].kind != .number { break }
        } else if first == nil, isWord(n, "no") || isWord(n, "number") || isWord(n, "id") || isWord(n, "ct") {
          // "no", "number", or the "CT" of "EU CT"
        } else {
          break
        }
        j = n
      }
      if let first, tokens[first...last].reduce(0, { $0 + $1.digits }) >= 4 { keep(i, last) }
    }
  }

  /// Whether a EudraCT number starts at four-digit token `i`: a year from 1995
  /// to 2039, a dash, six digits, a dash and two digits, and no more digits
  /// joined to it ("2019-001234-56").
  func isEudraCTNumber(from i: Int) -> Bool {
    guard i + 4 < tokens.count, tokens[i].length == 4, isMark(i + 1, "-"), tokens[i + 2].kind == .number, tokens[i + 2].length == 6,
      tokens[i + 2].digits == 6, isMark(i + 3, "-"), tokens[i + 4].kind == .number, tokens[i + 4].length == 2, tokens[i + 4].digits == 2
    else { return false }
    let year = tokens[i].start
    guard (year..<year + 4).allSatisfy({ b[$0] >= 0x30 && b[$0] <= 0x39 }) else { return false }
    let value = Int(b[year] &- 0x30) * 1000 + Int(b[year + 1] &- 0x30) * 100 + Int(b[year + 2] &- 0x30) * 10 + Int(b[year + 3] &- 0x30)
    guard (1995...2039).contains(value) else { return false }
    if i + 6 < tokens.count, isMark(i + 5, "-") || isMark(i + 5, "/"), tokens[i + 6].kind == .number { return false }
    return true
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
  @inline(__always)
  func isWord(_ i: Int, _ word: StaticString) -> Bool {
    let t = tokens[i]
    guard t.kind == .word || t.kind == .alphanumeric, t.length == word.utf8CodeUnitCount else { return false }
    let w = word.utf8Start
    for k in 0..<t.length where b[t.start + k] | 0x20 != w[k] { return false }
    return true
  }

  @inline(__always)
  func isMark(_ i: Int, _ mark: Unicode.Scalar) -> Bool {
    tokens[i].kind == .punctuation && UInt32(tokens[i].mark) == mark.value
  }

  /// The numeric value of a number token (saturating at a large value).
  func value(_ i: Int) -> Int {
    let t = tokens[i]
    var v = 0
    for k in t.start..<t.end {
      let c = b[k]
      if c | 0x20 == UInt8(ascii: "o"), t.kind == .number {
        v = min(v * 10, 1_000_000_000)  // "9OO": a letter O typed for a zero
        continue
      }
      guard c >= 0x30 && c <= 0x39 else { break }
      v = min(v * 10 + Int(c - 0x30), 1_000_000_000)
    }
    return v
  }

  /// Whether number token `i` starts with a zero (or a letter O typed for one).
  func startsWithZero(_ i: Int) -> Bool {
    let c = b[tokens[i].start]
    return c == 0x30 || (tokens[i].kind == .number && c | 0x20 == UInt8(ascii: "o"))
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

  /// Keeps a drug's brand name in brackets after its generic name, as notes
  /// write it: "denosumab (Prolia)", "enoxaparin (Fragmin)". One word alone in
  /// the brackets is the brand, not a person.
  ///
  /// Also a brand beside its generic name the other ways round: "Fyarro
  /// (nab-sirolimus)", "nirogacestat / Ogsiveo", "trabectedin or Yondelis".
  private mutating func keepBrandNamesAfterDrugs() {
    for i in tokens.indices where tokens[i].kind == .word && isGenericDrugName(i) {
      // "trabectedin (Yondelis)"
      if i + 4 < tokens.count, tokens[i + 1].isSpace, isMark(i + 2, "("), tokens[i + 3].kind == .word, tokens[i + 3].isCapitalised,
        isMark(i + 4, ")")
      {
        protected[i + 3] = true
      }
      // "Fyarro (nab-sirolimus)"
      if i >= 3, isMark(i - 1, "("), tokens[i - 2].isSpace, tokens[i - 3].kind == .word, tokens[i - 3].isCapitalised,
        i + 1 < tokens.count, isMark(i + 1, ")")
      {
        protected[i - 3] = true
      }
      // "nirogacestat / Ogsiveo", "trabectedin or Yondelis"
      if let s = next(i), s - i <= 2, isMark(s, "/") || isWord(s, "or"), let n = next(s), n - s <= 2, tokens[n].kind == .word,
        tokens[n].isCapitalised, !tokens[n].isAllCaps
      {
        protected[n] = true
      }
    }
  }

  /// Whether lower-case word `i` ends as generic drug names do ("-mab",
  /// "-nib", "-parin", "-pitant", "-tide", "-limus", "-taxel", "-rubicin",
  /// "-platin", "-setron", "-tecan"): the stems of international names.
  func isGenericDrugName(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.letters >= 7, t.letters == t.length || t.isCompound, !t.isCapitalised else { return false }
    return endsWith(i, "mab") || endsWith(i, "nib") || endsWith(i, "lib") || endsWith(i, "parin")
      || endsWith(i, "pitant") || endsWith(i, "tide") || endsWith(i, "limus") || endsWith(i, "taxel")
      || endsWith(i, "rubicin") || endsWith(i, "platin") || endsWith(i, "setron") || endsWith(i, "tecan")
      || endsWith(i, "stat") || endsWith(i, "parib") || endsWith(i, "citabine") || endsWith(i, "fosfamide")
  }

  /// Whether token `i` ends with `suffix` (lower-case ASCII), in any case.
  private func endsWith(_ i: Int, _ suffix: StaticString) -> Bool {
    let t = tokens[i]
    let n = suffix.utf8CodeUnitCount
    guard t.length > n else { return false }
    let w = suffix.utf8Start
    for k in 0..<n where b[t.end - n + k] | 0x20 != w[k] { return false }
    return true
  }

  private mutating func markProtectedPhrases() {
    for i in tokens.indices where tokens[i].kind == .word && tokens[i].flags.contains(.phraseStart) {
      // A word all ASCII has its lower-case text as its key, so its key's hash
      // finds its phrases (and a few others that share the hash, passed over).
      let phrases = isASCII(i) ? table.phrasesByFirstWordHash[tokens[i].keyHash] : table.phrases[lowerText(i)]
      guard let phrases else { continue }
      for phrase in phrases where hasLowerText(i, phrase[0]) {
        var j = i
        var matched = true
        for word in phrase.dropFirst() {
          // "King's College": a possessive's "'s" is a token of its own.
          if tokens[j].isPossessive, j + 1 < tokens.count, isMark(j + 1, "'") { j += 1 }
          guard let n = nextAcrossSpace(j), tokens[n].kind == .word, hasLowerText(n, word) else {
            matched = false
            break
          }
          j = n
        }
        if matched {
          for k in i...j {
            protected[k] = true
            if !institutional.isEmpty { institutional[k] = false }
          }
          break
        }
      }
    }
  }

  /// Protects the names of institutions: the capitalised words before a word
  /// that ends one ("Leeds Teaching Hospitals", "Beatson West of Scotland
  /// Cancer Centre", "Histio UK") and after a word that opens one ("Institut
  /// Curie", "Royal Infirmary of Edinburgh", "Centre Léon Bérard").
  mutating func markInstitutions() {
    for i in tokens.indices where tokens[i].kind == .word && !claimed[i] {
      let f = tokens[i].flags
      // "St John's hospice", "St Luke's Institute": a saint's place, in any case.
      if f.contains(.institution), let saint = saintBefore(i) {
        protectInstitution(saint, i)
        continue
      }
      guard tokens[i].isCapitalised || tokens[i].isAllCaps else { continue }
      if f.contains(.institution) {
        // "School Lane", "Old School House": a street or a building, not an institution.
        if let n = afterSpace(i), tokens[n].isCapitalised,
          !tokens[n].flags.isDisjoint(with: [.streetSuffix, .strongStreetSuffix, .buildingSuffix])
        {
          continue
        }
        var k = i
        var words = 0
        var names = 0
        while words < 5, let p = beforeSpace(k), tokens[p].kind == .word, !claimed[p] {
          let t = tokens[p]
          let isConnector = isWord(p, "of") || isWord(p, "and") || isWord(p, "for")
          guard (t.isCapitalised || t.isAllCaps || isConnector), t.flags.isDisjoint(with: [.strongTitle, .weakTitle]),
            !isWord(p, "the")
          else { break }
          // A person's name stops it ("Dr Rahman Sarcoma Unit" keeps no "Rahman")
          // unless only names stand before the institution's word, as a
          // charity named after someone ("Terrence Higgins Trust", "Willow Foundation").
          let isPlainName = !t.flags.isDisjoint(with: .personalName) && t.flags.isDisjoint(with: [.english, .domain, .kept, .everyday])
          if isPlainName {
            guard names == words else { break }
            names += 1
          } else if names == words, t.isCapitalised, !t.isAllCaps, t.flags.subtracting(Self.neutralFlags).isEmpty {
            // A word no list knows, among names only, counts as one: "Gilbert Bain Hospital",
            // "Dorothy Pattison Hospital"; among other words, as they do ("Rosemere Cancer Foundation").
            names += 1
          }
          if let q = beforeSpace(p), tokens[q].kind == .word, !tokens[q].flags.isDisjoint(with: [.strongTitle, .weakTitle]) { break }
          k = p
          words += 1
        }
        // "pt Sarah Jones Hospital no 4471": a person named, then a record.
        if names > 0, names == words, !isNamedAfterSomeone(first: k, institution: i) { k = i }
        // A connector cannot open the name ("and Leeds Hospital").
        while k < i, isWord(k, "of") || isWord(k, "and") || isWord(k, "for") { k += 2 }
        if k < i { protectInstitution(k, i) }
      }
      if f.contains(.institutionFirst), !(isWord(i, "royal") && !tokens[i].isCapitalised) {
        var k = i
        var words = 0
        while words < 4, let n = afterSpace(k), tokens[n].kind == .word, !claimed[n] {
          let t = tokens[n]
          let isConnector = isWord(n, "of")
          guard t.isCapitalised || t.isAllCaps || isConnector, t.flags.isDisjoint(with: [.streetSuffix, .strongStreetSuffix]) else { break }
          // "Royal Marsden CNS Kate": a worker's role ends the institution's name; who follows is a person.
          if t.isAllCaps, t.flags.contains(.relation) || isWord(n, "cns") || isWord(n, "gp") || isWord(n, "sec") || isWord(n, "reg") { break }
          if isConnector, afterSpace(n).map({ !tokens[$0].isCapitalised }) ?? true { break }
          k = n
          words += 1
        }
        // "Royal College Street", "Royal Hospital Road": a street named after one.
        let namesAStreet = afterSpace(k).map {
          tokens[$0].isCapitalised && tokens[$0].flags.contains(.strongStreetSuffix) && !isWord($0, "st")
        } ?? false
        if k > i, !namesAStreet { protectInstitution(i, k) }
      }
    }
  }

  /// Protects the names of hospital wards and wings, which are named after
  /// people and places: "Wilson ward", "Jackson Burrows ward", "Bud Flanagan
  /// wing", "Jubilee Ward", "on ward Champneys". Not a person called Ward
  /// ("Emma Ward", "Mr Wilson ward round"), nor "Ward 4".
  mutating func protectNamesOfWards() {
    for i in tokens.indices where tokens[i].kind == .word && tokens[i].length == 4 && !claimed[i] {
      guard isWord(i, "ward") || isWord(i, "wing") else { continue }
      // "ward round", "ward sister": the ward as a place of work; who stands before it may be a person.
      if let n = afterSpace(i), isWord(n, "round") || isWord(n, "rounds") || isWord(n, "sister") || isWord(n, "manager")
        || isWord(n, "clerk") || isWord(n, "nurse") || isWord(n, "staff")
      {
        continue
      }
      // Before it: one to three capitalised words, with no title, relation or cue before them.
      var k = i
      var words = 0
      var mayBeNames = 0
      while words < 3, let p = beforeSpace(k), tokens[p].kind == .word, tokens[p].isCapitalised, !tokens[p].isPossessive, !claimed[p],
        tokens[p].flags.isDisjoint(with: [.strongTitle, .weakTitle, .relation, .function, .month, .weekday, .strongCue])
      {
        let f = tokens[p].flags
        if f.contains(.firstName) || f.contains(.surname) && !f.contains(.english) || f.subtracting(Self.neutralFlags).isEmpty {
          mayBeNames += 1
        }
        k = p
        words += 1
      }
      let cued = beforeSpace(k).map { !tokens[$0].flags.isDisjoint(with: [.strongTitle, .weakTitle, .relation, .strongCue]) } ?? false
      // Capitalised, "Ward" or "Wing" may be a name's last part: "Emma Ward", "Philippa Ward <...>",
      // "Cheung Wing Sze", "Lam Chi Wing". Then only after "on", "in", "at" or "the".
      let placed = beforeSpace(k).map { isWord($0, "on") || isWord($0, "in") || isWord($0, "at") || isWord($0, "the") } ?? false
      let mayEndName = tokens[i].isCapitalised && !placed
        && (mayBeNames > 0 || afterSpace(i).map({ tokens[$0].isCapitalised }) ?? false || next(i).map({ isMark($0, "<") }) ?? false)
      if words > 0, !cued, !mayEndName {
        for j in k...i where tokens[j].kind == .word { protected[j] = true }
        continue
      }
      // After it, as a ward is told: "ward Champneys", "on Ward Jubilee".
      guard words == 0, let n = afterSpace(i), tokens[n].kind == .word, tokens[n].isCapitalised, !claimed[n],
        tokens[n].flags.isDisjoint(with: [.strongTitle, .weakTitle, .relation, .function, .firstName]),
        !tokens[i].isCapitalised || beforeSpace(i).map({ isWord($0, "on") || isWord($0, "to") || isWord($0, "in") || isWord($0, "at") }) ?? false
      else { continue }
      protected[n] = true
    }
  }

  /// The "St" or "Saint" that opens a saint's name in the possessive just
  /// before institution word `i`, if one does: "St John's hospice", "Saint
  /// Anne's Hospital", "St. Kilda's school". An institution so named is no person.
  private func saintBefore(_ i: Int) -> Int? {
    guard i >= 3, tokens[i - 1].isSpace, tokens[i - 3].kind == .word, tokens[i - 3].isPossessive, tokens[i - 3].isCapitalised,
      var saint = beforeSpace(i - 3)
    else { return nil }
    if isMark(saint, "."), saint >= 1 { saint -= 1 }
    guard tokens[saint].isCapitalised, isWord(saint, "st") || isWord(saint, "saint") else { return nil }
    return saint
  }

  /// Whether names `first..<institution` before an institution's word name it
  /// rather than a person beside it: no relation, cue or title before them,
  /// and no number after the institution's word.
  private func isNamedAfterSomeone(first: Int, institution: Int) -> Bool {
    if let p = previous(first), tokens[p].kind == .word,
      !tokens[p].flags.isDisjoint(with: [.relation, .strongCue, .strongTitle, .weakTitle])
    {
      return false
    }
    guard let n = next(institution) else { return true }
    let t = tokens[n]
    return !(t.kind == .number || t.kind == .alphanumeric || isMark(n, "#") || isWord(n, "no") || isWord(n, "number")
      || t.flags.contains(.recordCue))
  }

  /// Whether token `i` is protected only as part of an institution's name.
  func isInstitutional(_ i: Int) -> Bool {
    !institutional.isEmpty && institutional[i]
  }

  /// Protects tokens `first...last` as an institution's name.
  private mutating func protectInstitution(_ first: Int, _ last: Int) {
    if institutional.isEmpty { institutional.reset(to: false, count: tokens.count) }
    for j in first...last where !protected[j] {
      protected[j] = true
      institutional[j] = true
    }
  }

  /// Whether token `i` is all ASCII.
  func isASCII(_ i: Int) -> Bool {
    let t = tokens[i]
    for k in t.start..<t.end where b[k] >= 0x80 { return false }
    return true
  }

  /// Whether `lowerText(i) == word`, found without making a `String` when
  /// both are ASCII (where `String`'s comparison is one of bytes).
  func hasLowerText(_ i: Int, _ word: String) -> Bool {
    guard isASCII(i), word.utf8.allSatisfy({ $0 < 0x80 }) else { return lowerText(i) == word }
    let t = tokens[i]
    guard word.utf8.count == t.length else { return false }
    var k = t.start
    for byte in word.utf8 {
      let c = b[k]
      if (c >= 0x41 && c <= 0x5A ? c | 0x20 : c) != byte { return false }
      k += 1
    }
    return true
  }

  /// The text of token `i`, lower case.
  func lowerText(_ i: Int) -> String {
    let t = tokens[i]
    let bytes = UnsafeBufferPointer(rebasing: b[t.start..<t.end])
    guard t.isForeign else { return String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self) }
    return WordKey.folded(String(decoding: bytes, as: UTF8.self)).replacingApostrophes()
  }
}

extension WordFlags {
  /// Set by `cuesBefore` when the word "NHS" is among the cues.
  static let nhsCue = WordFlags(rawValue: 1 << 63)
}

extension String {
  /// The text with curly apostrophes made straight.
  fileprivate func replacingApostrophes() -> String {
    guard utf8.contains(0xE2) else { return self }
    return String(map { $0 == "\u{2019}" || $0 == "\u{2018}" ? "'" : $0 })
  }
}
