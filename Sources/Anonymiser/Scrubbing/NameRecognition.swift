extension NoteAnalysis {
  /// How strongly a word on its own reads as a personal name.
  enum NameEvidence {
    /// Not a name: an ordinary word, a domain word, a cue, or not a word.
    case none
    /// A known name that is no everyday word ("John", "Patel").
    case definite
    /// A known name that is also an everyday word ("Grace", "Will", "Brown").
    case ambiguous
    /// A known name that is more often something else ("May", "Ward", "North").
    case everyday
    /// A known name that is also a domain word ("Ewing", "Marsden", "Sutton").
    case domainName
    /// A word the scrubber does not know at all.
    case unknown
    /// A single capital letter, as in "J. Patel".
    case initial
  }

  /// What comes before a word that may make it a name.
  enum NameContext {
    case none
    /// "Mr", "Dr", "Prof"...
    case strongTitle
    /// "Sister", "Nurse", "Father", when capitalised.
    case weakTitle
    /// "called", "named", "my name is", "spoke to", "I'm", "this is"...
    case strongCue
    /// "husband", "daughter", "caller", "patient"...
    case relation
  }

  /// Flags that say nothing about whether a word is an ordinary word: a word
  /// with only these is as unknown as a word with none ("Mai", "Tan", "Bryn").
  static let neutralFlags: WordFlags = [
    .foreignMonth, .foreignMonthShort, .particle, .registry, .streetPrefix, .houseNameStart, .postcodeArea,
    .emailEnding, .emailProvider, .phraseStart, .institutionFirst, .rareCue,
  ]

  /// How strongly token `i` on its own reads as a name.
  func evidence(_ i: Int) -> NameEvidence {
    nameEvidence.isEmpty || tokens[i].kind != .word ? workOutEvidence(i) : nameEvidence[i]
  }

  /// The evidence that token `i` is a name, from the word alone and the noun after it.
  private func workOutEvidence(_ i: Int) -> NameEvidence {
    let t = tokens[i]
    guard t.kind == .word, !claimed[i], !protected[i] else { return .none }
    let f = t.flags
    if t.length == 1 {
      return t.isCapitalised && !isWord(i, "i") ? .initial : .none
    }
    if !f.isDisjoint(with: .personalName) {
      if isEponym(i) { return .none }
      if !f.isDisjoint(with: [.domain, .kept]) { return .domainName }
      if !f.isDisjoint(with: [.everyday, .month, .weekday]) { return .everyday }
      if !f.isDisjoint(with: [.english, .function]) { return .ambiguous }
      return .definite
    }
    // "Tô Ngọc Ánh", "Trương Mỹ Linh": capitalised with diacritics, a syllable
    // of a name, though without them it spells an English word ("to", "my").
    if t.isForeign, t.isCapitalised, !f.contains(.particle), f.subtracting(Self.neutralFlags).isSubset(of: [.function, .english, .everyday]) {
      return .unknown
    }
    guard f.subtracting(Self.neutralFlags).isEmpty else { return .none }
    // "GeDDiS", "IVADo", "FaR-RMS": capitals inside a word name a trial or a regimen.
    if internalCapitals(i) >= 2 { return .none }
    return hasMedicalEnding(i) || isEponym(i) ? .none : .unknown
  }

  /// Whether an unknown word ends like a medical term ("-oma", "-itis",
  /// "-ectomy", "-nib", "-mab"): a condition, operation or drug, not a name.
  func hasMedicalEnding(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.letters >= 6 else { return false }
    for ending in Self.medicalEndings where ending.utf8CodeUnitCount < t.length {
      let start = t.end - ending.utf8CodeUnitCount
      var matches = true
      let e = ending.utf8Start
      for k in 0..<ending.utf8CodeUnitCount where b[start + k] | 0x20 != e[k] {
        matches = false
        break
      }
      if matches { return true }
    }
    return false
  }

  private static let medicalEndings: [StaticString] = [
    "oma", "omas", "itis", "osis", "oses", "ectomy", "otomy", "ostomy", "plasty", "pathy", "ology", "ologist",
    "ogram", "graphy", "scopy", "mab", "nib", "platin", "rubicin", "mycin", "cillin", "azole", "statin", "aemia",
    "emia", "algia", "plasia", "trophy", "cyte", "cytes", "blast", "blasts", "ase", "amide", "osine", "ectasia",
  ]

  /// Whether word `i` names a condition or a tool after a person: "Ollier
  /// disease", "Paget's sarcoma", "Werner syndrome", "Ewing-like sarcoma".
  func isEponym(_ i: Int) -> Bool {
    var k = i + 1
    if k < tokens.count, tokens[k].kind == .punctuation, tokens[k].mark == UInt8(ascii: "'"), tokens[i].isPossessive { k += 1 }
    guard k + 1 < tokens.count, tokens[k].isSpace else { return false }
    let n = k + 1
    return tokens[n].kind == .word && tokens[n].flags.contains(.eponymNoun)
  }

  /// How many capital letters word `i` has after its first, not counting the
  /// first letter after a hyphen or an apostrophe, nor after "Mc" or "Mac"
  /// ("McAllister-Smith" has none, "GeDDiS" three); an all-capitals word has none.
  func internalCapitals(_ i: Int) -> Int {
    let t = tokens[i]
    guard !t.isAllCaps, t.length >= 3 else { return 0 }
    var count = 0
    var k = t.start + 1
    while k < t.end {
      let c = b[k]
      if c >= 0x41, c <= 0x5A {
        let before = b[k - 1]
        let afterJoin = before == UInt8(ascii: "-") || before == UInt8(ascii: "'")
        let afterMc = (k - t.start == 2 && b[t.start] == UInt8(ascii: "M") && b[t.start + 1] == UInt8(ascii: "c"))
          || (k - t.start == 3 && b[t.start] == UInt8(ascii: "M") && b[t.start + 1] == UInt8(ascii: "a") && b[t.start + 2] == UInt8(ascii: "c"))
        if !afterJoin && !afterMc { count += 1 }
      }
      k += 1
    }
    return count
  }

  /// Whether word `i` starts a sentence, where capitals say nothing.
  func isSentenceStart(_ i: Int) -> Bool {
    guard let p = previous(i) else { return true }
    let t = tokens[p]
    guard t.kind == .punctuation else { return false }
    switch t.mark {
    case UInt8(ascii: "."):
      if p > 0, tokens[p - 1].kind == .word,
        !tokens[p - 1].flags.isDisjoint(with: [.strongTitle, .weakTitle]) || tokens[p - 1].letters == 1
      {
        return false
      }
      return true
    case UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "\""),
      UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: ">"), UInt8(ascii: "|"), 0x7E:
      return true
    default:
      return false
    }
  }

  /// What comes before word `j`.
  func context(_ j: Int) -> NameContext {
    guard var p = previous(j) else { return .none }
    // A quotation mark between a cue and a name: name: "abdi nur".
    if tokens[p].kind == .punctuation, tokens[p].mark == UInt8(ascii: "\""), let q = previous(p) { p = q }
    let pt = tokens[p]
    if pt.kind == .punctuation {
      // "spoke w/ hope": "with" written short.
      if pt.mark == UInt8(ascii: "/"), p >= 1, isWord(p - 1, "w"), let q = previous(p - 1),
        isWord(q, "spoke") || isWord(q, "spk") || isWord(q, "talked") || isWord(q, "chatted")
      {
        return .strongCue
      }
      if pt.mark == UInt8(ascii: "."), p == j - 1 || p == j - 2, p > 0, tokens[p - 1].kind == .word {
        let f = tokens[p - 1].flags
        if f.contains(.strongTitle) { return .strongTitle }
        if f.contains(.weakTitle), tokens[p - 1].isCapitalised { return .weakTitle }
        return .none
      }
      if pt.mark == UInt8(ascii: ",") || pt.mark == UInt8(ascii: ":") || pt.mark == UInt8(ascii: "-"),
        let q = previous(p), tokens[q].kind == .word
      {
        if tokens[q].flags.contains(.relation) { return .relation }
        if isWord(q, "name") || isWord(q, "surname") || isWord(q, "forename") { return .strongCue }
      }
      return .none
    }
    guard pt.kind == .word else { return .none }
    let f = pt.flags
    if f.contains(.strongTitle) { return .strongTitle }
    if f.contains(.weakTitle), pt.isCapitalised, tokens[j].isCapitalised { return .weakTitle }
    if f.contains(.strongCue) { return .strongCue }
    if let q = previous(p), tokens[q].kind == .word {
      if isWord(p, "to") || isWord(p, "with") {
        if isWord(q, "spoke") || isWord(q, "spoken") || isWord(q, "speak") || isWord(q, "speaking")
          || isWord(q, "talked") || isWord(q, "talking") || isWord(q, "chatted") || isWord(q, "chatting") || isWord(q, "spk")
        {
          return .strongCue
        }
      }
      if isWord(p, "is") || isWord(p, "was") {
        if isWord(q, "name") || isWord(q, "surname") || isWord(q, "forename") || isWord(q, "this")
          || tokens[q].flags.contains(.relation)
        {
          return .strongCue
        }
      }
      if isWord(p, "am") && isWord(q, "i") { return .strongCue }
      // "call me bee", "call him tiger", "goes by nur": the name someone is known by.
      if isWord(p, "me") || isWord(p, "him") || isWord(p, "her") || isWord(p, "them"), isWord(q, "call") { return .strongCue }
      if isWord(p, "by"), isWord(q, "goes") || isWord(q, "go") || isWord(q, "going") || isWord(q, "went") { return .strongCue }
      if isWord(p, "as"), isWord(q, "known") { return .strongCue }
    }
    if f.contains(.relation) || isContactVerb(p) { return .relation }
    // "interpreter karzan", "via interpreter Rania": who interprets, by a name, not by what
    // they will do ("the interpreter will read it", "interpreter req").
    if isWord(p, "interpreter") || isWord(p, "translator") {
      let e = evidence(j)
      if tokens[j].isCapitalised || e == .definite || e == .unknown && tokens[j].letters >= 5 { return .relation }
    }
    return .none
  }

  /// Whether word `i` is a verb of getting in touch, whose object is often a
  /// person: "emailed song hye-rin", "texted Abdi", "met Oksana".
  func isContactVerb(_ i: Int) -> Bool {
    isWord(i, "emailed") || isWord(i, "texted") || isWord(i, "messaged") || isWord(i, "phoned") || isWord(i, "rang")
      || isWord(i, "contacted") || isWord(i, "thanked") || isWord(i, "told") || isWord(i, "asked") || isWord(i, "met")
      || isWord(i, "visited") || isWord(i, "cc") || isWord(i, "cc'd") || isWord(i, "wrote")
  }

  /// Whether word `i` comes straight after a cue that gives a name: "called",
  /// "named", "née", "aka", "surname is", "name:".
  func isAfterNamingCue(_ i: Int) -> Bool {
    guard var p = previous(i) else { return false }
    if isMark(p, ":"), let q = previous(p) { p = q }
    if isWord(p, "is") || isWord(p, "was"), let q = previous(p) { p = q }
    return isWord(p, "called") || isWord(p, "named") || isWord(p, "nee") || isWord(p, "ne") || isWord(p, "aka")
      || isWord(p, "name") || isWord(p, "surname") || isWord(p, "forename")
  }

  /// Whether word `i`, with evidence `e`, is a name after a word in `context`.
  func isNameAfter(_ context: NameContext, _ i: Int, _ e: NameEvidence) -> Bool {
    let t = tokens[i]
    let capital = t.isCapitalised
    // After "Mr" or "Dr", a capitalised small word is a name too ("Mr Do Van Hung").
    let isTitledFunctionWord = context == .strongTitle && capital && !isWord(i, "and") && !isWord(i, "or")
    guard t.kind == .word, !claimed[i], !protected[i], t.flags.isDisjoint(with: .function) || e != .none || isTitledFunctionWord
    else { return false }
    switch context {
    case .none: return false
    case .strongTitle: return capital || e != .none
    case .weakTitle:
      // "Nurse Gibbons", "Father Hope"; not "Nurse Practitioner" or "Sister Ward".
      if e == .domainName { return capital }
      return capital && t.flags.isDisjoint(with: [.domain, .kept, .relation, .weekday]) && !isRoleWord(i)
    case .strongCue:
      switch e {
      case .definite, .ambiguous, .unknown, .initial: return true
      case .everyday, .domainName: return capital && (!t.flags.contains(.weekday) || isBeforeFamilyName(i))
      case .none:
        // "now called Ewing sarcoma": a condition's name, not a person's; "her name is
        // Tuesday Lane": a day's name before a family name.
        guard capital, !t.flags.contains(.weekday) || isBeforeFamilyName(i), !isEponym(i) else { return false }
        // "surname is Christie": after a cue that gives a name, a centre's or
        // a condition's word is a person's name.
        return canStandInName(i)
          || (isAfterNamingCue(i) && !t.isAllCaps && !t.isPossessive
            && t.flags.isDisjoint(with: [.kept, .function, .relation, .month, .strongTitle, .weakTitle, .quantity]))
      }
    case .relation:
      switch e {
      case .definite, .unknown, .initial: return true
      case .ambiguous, .everyday:
        // "pt dawn young": lower case will do when a surname follows.
        if capital { return true }
        // "re wife sue", "wife jan rmh": straight after a member of the family, a
        // given name in lower case that is no verb, function word nor day.
        if let p = previous(i), i - p == 2, isFamilyWord(p), t.flags.isDisjoint(with: [.function, .finiteVerb, .weekday]),
          !t.flags.contains(.month) || next(i).map({ tokens[$0].kind != .number && tokens[$0].kind != .alphanumeric }) ?? true
        {
          return true
        }
        guard let n = afterSpace(i), tokens[n].kind == .word else { return false }
        return tokens[n].flags.contains(.surname) || evidence(n) == .unknown
      case .domainName, .none: return false
      }
    }
  }

  /// Whether a capitalised word that may be a family name follows word `i`:
  /// "Tuesday Lane"; no day, month, function word or domain word.
  private func isBeforeFamilyName(_ i: Int) -> Bool {
    guard let n = afterSpace(i), tokens[n].kind == .word, tokens[n].isCapitalised, !tokens[n].isAllCaps, !claimed[n] else { return false }
    return tokens[n].flags.isDisjoint(with: [.weekday, .month, .function, .domain, .kept, .relation, .strongTitle, .quantity])
  }

  /// Words that follow "Nurse" or "Sister" as a role, not a name.
  func isRoleWord(_ i: Int) -> Bool {
    isWord(i, "practitioner") || isWord(i, "specialist") || isWord(i, "manager") || isWord(i, "lead")
      || isWord(i, "team") || isWord(i, "clinician") || isWord(i, "unit")
      || isWord(i, "station") || isWord(i, "adviser") || isWord(i, "advisor") || isWord(i, "navigator")
      || isWord(i, "coordinator") || isWord(i, "specialists") || isWord(i, "in") || isWord(i, "on")
  }

  /// Whether capitalised word `i` may stand in a name beside another name,
  /// whatever else it is ("Chow Ka Wing", "Caitlin Gibbons", "Sun Hao"): not a
  /// function, domain or relation word, title, month or full weekday name.
  func canStandInName(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.kind == .word, !claimed[i], !protected[i], t.isCapitalised || t.isAllCaps, !isEponym(i), !isRegimen(i) else {
      return false
    }
    if t.flags.contains(.weekday) { return t.letters <= 3 }
    // A unit or a cue in capitals is a unit or a cue ("MIN", "REF"); capitalised, it
    // may be a syllable of a name ("Zhao Min", "Ho Chi Keung").
    if !t.flags.isDisjoint(with: [.quantity, .recordCue, .phoneCue]), t.isAllCaps { return false }
    return t.flags.isDisjoint(with: [
      .function, .domain, .kept, .relation, .strongTitle, .weakTitle, .strongCue, .month, .dwelling, .birthCue, .institution,
    ])
  }

  /// Whether word `i` may join the name `m` beside it, on its right.
  func canFollowName(_ i: Int, after m: Int) -> Bool {
    if canJoinName(i) { return true }
    let t = tokens[i]
    let name = tokens[m]
    guard t.kind == .word, !claimed[i], !protected[i] else { return false }
    // "ella swift", "nkechi king": a surname after a first name, in lower case.
    if t.flags.contains(.surname), name.flags.contains(.firstName) || name.flags.isEmpty { return true }
    guard !t.isAllCaps || name.isAllCaps, !isSarcomaContext(i) else { return false }
    // "Caitlin Gibbons", "Wai Kit": a capitalised word after a name.
    if canStandInName(i) { return true }
    // "Chan Jun", "Ng Jun's appt": a month's short form after a name, with no day or year after it.
    if t.isCapitalised, !t.isAllCaps, t.letters == 3, t.flags.contains(.month), name.isCapitalised, !name.isAllCaps,
      next(i).map({ tokens[$0].kind != .number && tokens[$0].kind != .alphanumeric }) ?? true,
      previous(m).map({ tokens[$0].kind != .number }) ?? true
    {
      return true
    }
    // "Nkechi Lincoln", "Owain Gwynedd", "Ho Man Kit": a capitalised domain word
    // (a place's name, an acronym written as a word) after a name.
    return t.isCapitalised && !t.isAllCaps && !t.isPossessive && t.flags.contains(.domain)
      && t.flags.isDisjoint(with: [.function, .kept, .relation, .institution, .institutionFirst, .weekday, .month])
      && !isEponym(i)
  }

  /// Whether word `i` names a sarcoma rather than a person ("Ewing sarcoma").
  func isSarcomaContext(_ i: Int) -> Bool {
    guard let n = afterSpace(i), tokens[n].kind == .word else { return false }
    return tokens[n].flags.contains(.eponymNoun) || isWord(n, "family")
  }

  /// Whether word `p` may join the name `m` on its left because `m` is a
  /// surname: "Pat Brown", "Precious Taylor".
  func canPrecedeSurname(_ p: Int, _ m: Int) -> Bool {
    let t = tokens[p]
    guard t.kind == .word, !claimed[p], !protected[p], t.isCapitalised, !t.isAllCaps, tokens[m].isCapitalised,
      tokens[m].flags.contains(.surname)
    else { return false }
    return t.flags.subtracting([.english, .personalName, .everyday]).isEmpty
  }

  /// Whether word `p` may join the name `m` on its left because it is
  /// capitalised where a sentence does not start, or `m` is plainly a name:
  /// "parents Chow Ka Wing", "husband Sun Hao".
  func canPrecedeName(_ p: Int, _ m: Int) -> Bool {
    guard canStandInName(p), tokens[p].isAllCaps == tokens[m].isAllCaps || !tokens[p].isAllCaps else { return false }
    if !isSentenceStart(p) { return true }
    let e = evidence(m)
    return (e == .unknown && tokens[m].isCapitalised) || e == .definite
  }

  /// Whether word `i` may join a name it stands beside.
  func canJoinName(_ i: Int) -> Bool {
    let t = tokens[i]
    switch evidence(i) {
    case .definite, .unknown, .initial: return true
    case .ambiguous, .everyday: return t.isCapitalised
    case .domainName:
      // "Ewing sarcoma", "Ewing's": the sarcoma, not a person.
      return t.isCapitalised && !t.isPossessive && !isSarcomaContext(i)
    case .none: return false
    }
  }

  /// Whether word `i` is a name particle that may stand between two parts of a name.
  func isParticle(_ i: Int) -> Bool {
    tokens[i].kind == .word && tokens[i].flags.contains(.particle) && !claimed[i] && !protected[i]
  }

  /// The last token of a run of particles from `i` ("de la", "van der", "Mac an",
  /// "a'"), if the word after them can end a name: then the index of that word.
  func nameAfterParticles(from i: Int, caseOf m: Int) -> Int? {
    guard isParticle(i) else { return nil }
    var k = i
    var count = 0
    while count < 3 {
      // "a'": the Gaelic article with its apostrophe.
      var end = k
      if end + 1 < tokens.count, isMark(end + 1, "'") { end += 1 }
      guard let n = afterSpace(end) else { return nil }
      let t = tokens[n]
      guard t.kind == .word, !claimed[n], !protected[n] else { return nil }
      if isParticle(n), count < 2, !(t.isCapitalised && afterSpace(n).map({ !isParticle($0) && !tokens[$0].isCapitalised }) ?? true) {
        k = n
        count += 1
        continue
      }
      let lowerName = !tokens[m].isCapitalised
      if isEponym(n) { return nil }
      if t.isCapitalised || t.isAllCaps { return n }
      if lowerName, evidence(n) == .unknown || !t.flags.isDisjoint(with: .personalName) { return n }
      return nil
    }
    return nil
  }

  /// Finds personal names and claims them.
  ///
  /// With `mayRepeatInitials`, the note has letters enough standing alone for
  /// a name's initials and their repetition ("J. K. Osei ... J.K.").
  mutating func findNames(mayRepeatInitials: Bool = false) {
    // Worked out in an array of its own: `workOutEvidence` reads `nameEvidence` empty.
    var evidence: [NameEvidence] = []
    swap(&evidence, &workspace.nameEvidence)
    evidence.removeAll(keepingCapacity: true)
    for i in tokens.indices { evidence.append(tokens[i].kind == .word ? workOutEvidence(i) : .none) }
    swap(&evidence, &nameEvidence)
    // Empty again afterwards; the array goes back to the workspace.
    defer { swap(&nameEvidence, &workspace.nameEvidence) }
    // "[10:02] sean_d: ...": a chat's user names, after the stamp of each message.
    if hasOpenBracket { claimChatUserNames() }
    // Most notes name nobody: nothing to do unless some word could be a name.
    // ("sung-min (lower case)": a compound word opening the note may be a Korean given name.)
    guard tokens.indices.contains(where: {
      tokens[$0].kind == .word && (nameEvidence[$0] != .none || tokens[$0].isCapitalised || tokens[$0].isPossessive || ($0 == 0 && tokens[$0].isCompound))
    }) else {
      return
    }
    var marked: [Bool] = []
    var worklist: [Int] = []
    swap(&marked, &workspace.marked)
    swap(&worklist, &workspace.worklist)
    defer {
      swap(&marked, &workspace.marked)
      swap(&worklist, &workspace.worklist)
    }
    marked.reset(to: false, count: tokens.count)
    worklist.removeAll(keepingCapacity: true)
    func mark(_ i: Int) {
      guard !marked[i] else { return }
      marked[i] = true
      worklist.append(i)
    }
    // Whether a later pass has anything to look at: a capitalised "St", a word in capitals that may be initials.
    var mayHoldSaint = false
    var mayHoldInitials = false
    // Whether a writer's initials are marked without growing (see below).
    var hasInitialsStandingAlone = false
    for i in tokens.indices where tokens[i].kind == .word && !claimed[i] && !protected[i] {
      // The common case, as `isName` begins, without a call: a plain word in lower case.
      if nameEvidence[i] == .none, !tokens[i].isCapitalised, !tokens[i].isPossessive { continue }
      let t = tokens[i]
      if t.length == 2, t.isCapitalised, isWord(i, "st") { mayHoldSaint = true }
      if t.isAllCaps, (2...4).contains(t.letters), t.flags.isDisjoint(with: [.domain, .kept, .function, .relation]) { mayHoldInitials = true }
      if isName(i) { mark(i) }
    }
    // "SURNAME, Given": the family name in capitals, then the given names.
    for i in tokens.indices where tokens[i].kind == .word && tokens[i].isAllCaps && !claimed[i] && !protected[i] {
      if let given = givenNameAfterSurname(i) {
        mark(i)
        marked[i + 1] = true  // the comma: "SURNAME, Given" is one name
        mark(given)
      } else if let given = givenNameAfterSurnameOpeningTheNote(i) {
        mark(i)
        mark(given)
      } else if let last = initialsAfterSurnameOpeningTheNote(i) {
        // "ROSENBERG C Z": the family name in capitals, then the initials.
        for j in i...last where tokens[j].kind == .word { mark(j) }
      } else if let given = lowerCaseGivenNamesAfterSurname(i) {
        // "TEHRANI, shirin - 08/02/1981", "NGUYEN, thi hoa - pt": the given names typed in lower case.
        mark(i)
        marked[i + 1] = true
        for j in given where tokens[j].kind == .word { mark(j) }
      }
    }
    // "ML -> Sue T:", "yusuf handing to berivan:": who hands the work to whom, opening the note.
    if listSeparators > 0 || openingColon > 0 || tokens.count > 4 {
      for person in peopleOfHandoverOpeningTheNote() { mark(person) }
    }
    // "WK 09:05:", "luca 09:50:", "YUSUF 12:25:": who took the call, opening the note before its time.
    if let first = tokens.first, first.kind == .word, let n = afterSpace(0), isIdentifier(n, .time), isHandoverPerson(0) {
      mark(0)
    }
    // "L.K. 17:20:", "H. 14:50:": initials, each with its full stop, opening the note before its time;
    // "E.J. - initials only": two so before a dash, a colon or a comma (not "N.B.:", "P.S.,").
    if tokens.count > 3, isInitialLetter(0), isMark(1, "."), !claimed[0] {
      let last = tokens.count > 5 && isInitialLetter(2) && isMark(3, ".") ? 2 : 0
      let beforeTime = afterSpace(last + 1).map { isIdentifier($0, .time) } ?? false
      let beforeMark = last == 2 && (next(3).map({ isMark($0, "-") || isMark($0, ":") || isMark($0, ",") }) ?? true)
        && !isAbbreviationInInitials(0, 2)
      if beforeTime || beforeMark {
        mark(0)
        if last == 2 { mark(2) }
      }
    }
    for i in tokens.indices where tokens[i].kind == .word && !claimed[i] {
      if i + 1 < tokens.count, isMark(i + 1, ",") {
        // "Paget, Helen - pt": a family name, mixed case, then the given name, opening the note.
        if let given = givenNameAfterFamilyNameOpeningTheNote(i) {
          mark(i)
          marked[i + 1] = true
          mark(given)
          continue
        }
        // "Jenkins, R.; Bose, A.": a family name, a comma and an initial.
        if let initial = initialAfterFamilyName(i) {
          mark(i)
          marked[i + 1] = true
          for j in (i + 2)...initial where tokens[j].kind == .word { marked[j] = true }
          if initial + 1 < tokens.count, isMark(initial + 1, ".") { marked[initial + 1] = true }
          continue
        }
      }
      // "thanks Jan", "cheers, Mo", "thx jules": a name signing off a message, closing it (in lower
      // case, a word no list knows or a plain first name).
      if tokens[i].isCapitalised || (nameEvidence[i] == .unknown || nameEvidence[i] == .definite) && tokens[i].letters >= 2,
        let p = wordBeforeSkippingAComma(i),
        isWord(p, "thanks") || isWord(p, "thx") || isWord(p, "cheers") || isWord(p, "regards") || isWord(p, "love") || isWord(p, "ta"),
        isPunctuationOrEndAfter(i), !protected[i], tokens[i].flags.isDisjoint(with: [.domain, .kept])
      {
        mark(i)
        continue
      }
      // "bex: joy rang", "Kaz: ...": a volunteer's name signing the note at its start, a word no list
      // knows or a plain first name, before a colon.
      if i + 1 == openingColon, isSignatureOpeningTheNote(i) {
        mark(i)
        continue
      }
      // "Sue T: reminder ...", "... BT fault. Sue T": a first name and an initial signing the note.
      if tokens[i].isCapitalised, i + 2 < tokens.count, tokens[i + 1].isSpace, isInitialLetter(i + 2),
        i + 3 == openingColon || (i + 3 == tokens.count && previous(i).map({ isMark($0, ".") || isMark($0, "-") }) ?? false),
        tokens[i].flags.contains(.firstName), nameEvidence[i] == .definite || nameEvidence[i] == .ambiguous
      {
        mark(i)
        mark(i + 2)
        continue
      }
      // "... all ok - bex", "pack posted ~kaz", "~JM": who wrote the note, signing it at its end.
      if i + 4 >= tokens.count, isSignatureClosingTheNote(i) {
        mark(i)
        continue
      }
      // "... Cons letter dated 18/11/2024. J.B.", "nothing else to add - K.": initials signing the note.
      if tokens[i].length == 1, i + 5 >= tokens.count, let last = dottedInitialsClosingTheNote(from: i) {
        for j in i...last where tokens[j].kind == .word { mark(j) }
        continue
      }
      // "logged by DF", "transcribed by wen:": who did the note's work, anywhere in it.
      if i >= 4, tokens[i - 1].isSpace, tokens[i - 2].length == 2, isWorkerAfterDoneBy(i) {
        mark(i)
        continue
      }
      // "AF took it", "c/b KM", "per SK:", "PR/SK", "- LK: wife ...": someone's initials in
      // capitals, standing where a person does in a note the staff share.
      if tokens[i].isAllCaps, isInitialsWhereAPersonStands(i) || isShorthandInitialsWhereOnlyAPersonStands(i) || isPatientsInitialsAfterPt(i) {
        mark(i)
        continue
      }
      // "Amber Rivers: scans flagged amber", "Mark Kent marked the letter", "Frank Stanmore, from Stanmore":
      // a first name that is also a word, and a family name that is a word or a place, opening the note.
      if i == 0, let family = familyNameOfAWordNameOpeningTheNote() {
        mark(i)
        mark(family)
        continue
      }
      // "08:10 BP vm 1: ...", "9.40 TN. Declan's wife rang", "10.45 tn - quick one": the writer's
      // initials straight after the time opening the entry. They stand alone: what follows them is the
      // entry ("9.33 JT Beatson pt"), not more of a name.
      if isWritersInitialsAfterTheTime(i) || isHandlersInitialsInAHeader(i) {
        marked[i] = true
        hasInitialsStandingAlone = true
        continue
      }
      // "kt to reply", "rb emailed 9.05pm", "passed to ab": a colleague's initials typed in lower case.
      if !tokens[i].isCapitalised, isInitialsInLowerCaseWhereAPersonStands(i) {
        mark(i)
        continue
      }
      // "07700 900 494 (catarina)", "c/b 0161 496 0802 (rabbi feldman)", "07700 900 586 stefano": whose
      // number it is, in brackets after it or closing the note.
      if !tokens[i].isCapitalised, isNameOfTheNumberBefore(i) {
        mark(i)
        continue
      }
      // "park ji-hoon dob ...", "wife yoon hye-jin": a short family name before a Korean given name,
      // both in lower case.
      if !tokens[i].isCapitalised, tokens[i].letters >= 2, tokens[i].letters <= 5, tokens[i].letters == tokens[i].length,
        !protected[i], let n = afterSpace(i), !tokens[n].isCapitalised, isKoreanGivenName(n),
        tokens[i].flags.isDisjoint(with: [.function, .strongTitle, .weakTitle, .quantity, .month, .weekday, .relation, .finiteVerb]),
        !isSpeechVerb(i), !isCallVerb(i), !isWord(i, "cb"), !isWord(i, "name")
      {
        mark(i)
        mark(n)
        continue
      }
      // "faith hunter said ...", "..., helene marchand, wants ...", "dob 18/09/1958 bill ashworth, wife
      // pat": a first name and a family name, both in lower case, where a name stands.
      if !tokens[i].isCapitalised, let family = familyNameInLowerCase(after: i) {
        mark(i)
        mark(family)
        continue
      }
      // "... says hope levine", "... said dawn price.": who said it, a first name and a family name
      // in lower case closing the note or the clause, after what they said.
      if !tokens[i].isCapitalised, let family = familyNameAfterSaying(i) {
        mark(i)
        mark(family)
        continue
      }
      // "le van hung", "vo thi thu": a Vietnamese name in lower case, its middle name marking it.
      if !tokens[i].isCapitalised, let run = vietnameseNameInLowerCase(around: i) {
        for j in run where tokens[j].kind == .word { mark(j) }
        continue
      }
      // "s. k. ramachandran", "ms d. kitching": initials, each with its full stop, before a family name.
      if tokens[i].length == 1, i + 1 < tokens.count, isMark(i + 1, "."), let family = familyNameAfterInitials(from: i) {
        for j in i..<family where tokens[j].kind == .word { mark(j) }
        mark(family)
        continue
      }
      // "hasan c/b done", "rang re jaswinder.": a word in lower case no list knows, or a plain
      // first name, where a clause opens before the call, or after "re" closing the clause.
      if !tokens[i].isCapitalised, isLowerCaseNameInAClause(i) {
        mark(i)
        continue
      }
      // A name typed alone in lower case: first in the note, beside a rare cue, or after "of" or "from".
      guard !tokens[i].isCapitalised,
        hasRareCue || i <= 1 || i == openingColon + 2 || isWord(i - 2, "of") || isWord(i - 2, "from") || isWord(i - 2, "said")
          || isWord(i - 2, "cb")
      else { continue }
      if isNameInLowerCaseAlone(i) { mark(i) }
      if let other = lowerCaseNamePartner(of: i) {
        // The names, not "and" between them.
        for j in i...other where tokens[j].kind == .word && !isWord(j, "and") && !isWord(j, "w") { mark(j) }
      }
    }
    markDisplayNamesBeforeEmails(&marked, &worklist)
    if spans.contains(where: { $0.kind == .email }) { markWordsOfEmailNames(&marked, &worklist) }
    // Both look for lists of three items or more, which a note without two
    // list separators cannot hold: skip building every word's list for nothing.
    let mayHoldList = listSeparators >= 2
    if mayHoldList { markListsOfNames(&marked, &worklist) }
    guard !worklist.isEmpty || hasInitialsStandingAlone else { return }
    grow(&marked, &worklist)
    if mayHoldList { markItemsOfListsOfNames(&marked, &worklist) }
    if hasOpenBracket { markAliasesInBrackets(&marked, &worklist) }
    // A name found once is a name wherever it comes again in the note.
    propagate(&marked, &worklist)
    grow(&marked, &worklist)
    if mayRepeatInitials { markInitialsAgain(&marked) }
    if mayHoldInitials { markInitialsOfNames(&marked) }
    if mayHoldSaint { markSaintsOpeningNames(&marked) }
    claimNames(marked)
  }

  /// Marks what brackets after a name give as the same person's other name,
  /// in any case: "padraig (paddy)", "rezan (rezan ahmadi)", "ali-reza
  /// (tehrani-moghaddam)", "madeleine (de la fontaine, see earlier)"; and a
  /// family name straight after the bracket ("mick (michael) draper"). Each
  /// word is unknown to every list, a plain first name or a particle.
  private func markAliasesInBrackets(_ marked: inout [Bool], _ worklist: inout [Int]) {
    var i = 0
    while i + 3 < tokens.count {
      defer { i += 1 }
      guard marked[i], tokens[i + 1].isSpace, isMark(i + 2, "(") else { continue }
      var words: [Int] = []
      var j = i + 3
      var closed = false
      while j < tokens.count, words.count <= 3 {
        if isMark(j, ")") || isMark(j, ",") {
          closed = true
          break
        }
        if tokens[j].isSpace || (isMark(j, "-") && tokens[j - 1].kind == .word) {
          j += 1
          continue
        }
        guard tokens[j].kind == .word, !claimed[j], !protected[j] else { break }
        words.append(j)
        j += 1
      }
      // A word no list knows counts in the case of the name before it: "salvatore (toto)", not
      // "Juma Mwakilema (tanzanian)" nor "Terry (vol)".
      guard closed, !words.isEmpty, words.count <= 3,
        words.allSatisfy({ w in
          marked[w] || tokens[w].flags.contains(.particle)
            || tokens[w].letters >= 3 && !isGenericDrugName(w)
              && (evidence(w) == .definite || evidence(w) == .unknown && tokens[w].isCapitalised == tokens[i].isCapitalised)
        }),
        words.contains(where: { !tokens[$0].flags.contains(.particle) })
      else { continue }
      for w in words where !marked[w] {
        marked[w] = true
        worklist.append(w)
      }
      // "mick (michael) draper": the family name after the bracket.
      if isMark(j, ")"), let f = afterSpace(j), tokens[f].kind == .word, !claimed[f], !protected[f], !marked[f], tokens[f].letters >= 3,
        evidence(f) == .unknown || evidence(f) == .definite || tokens[f].flags.contains(.surname),
        tokens[f].flags.isDisjoint(with: [.function, .domain, .kept, .relation, .month, .weekday, .quantity])
      {
        marked[f] = true
        worklist.append(f)
      }
    }
  }

  /// Marks the words of a name in quotation marks before an email address in
  /// angle brackets, as a pasted header gives it: From: "Sutton, Pete"
  /// <pete.sutton@example.net>, "ann marie" <annmarie.wells@example.com>.
  private func markDisplayNamesBeforeEmails(_ marked: inout [Bool], _ worklist: inout [Int]) {
    for k in spans.indices where spans[k].kind == .email {
      let first = spans[k].first
      guard first >= 1, let open = previous(first), isMark(open, "<"), let close = previous(open), isMark(close, "\"") else { continue }
      var j = close - 1
      var words: [Int] = []
      while j >= 0, !isMark(j, "\""), words.count <= 4 {
        let t = tokens[j]
        if t.kind == .word {
          guard !claimed[j], !protected[j], t.letters >= 1, t.flags.isDisjoint(with: [.institution, .institutionFirst]) else {
            words.removeAll()
            break
          }
          words.append(j)
        } else if t.kind != .space && !isMark(j, ",") && !isMark(j, ".") {
          words.removeAll()
          break
        }
        j -= 1
      }
      guard j >= 0, isMark(j, "\""), !words.isEmpty, words.count <= 4,
        words.contains(where: { evidence($0) != .none && evidence($0) != .domainName })
      else { continue }
      for w in words where !marked[w] {
        marked[w] = true
        worklist.append(w)
      }
      // "Sutton, Pete": the comma is part of the one name.
      for c in (j + 1)..<close where isMark(c, ",") { marked[c] = true }
    }
  }

  /// Marks the words of the note that spell a part of an email address's
  /// name, as a person's name does: "haruka haruka.s@example.com", "raj dot
  /// patel ... raj.patel60@hotmail.co.uk". A part is three letters or more;
  /// the word is a known name that is no everyday word, or a word no list
  /// knows just before the address (not "practice", "imaging", "admin").
  private func markWordsOfEmailNames(_ marked: inout [Bool], _ worklist: inout [Int]) {
    for span in spans where span.kind == .email {
      // Whether the address's name reads as a person's: no part of three letters or more
      // but a known name or the word just before it ("haruka.s", not "imaging.transfers").
      var personal = true
      for part in span.first...span.last {
        if isMark(part, "@") { break }
        let p = tokens[part]
        guard p.kind == .word, p.letters >= 3 else { continue }
        if p.flags.isDisjoint(with: .personalName) || !p.flags.isDisjoint(with: [.english, .everyday, .domain]) {
          guard let w = beforeSpace(span.first), spells(w, p.start..<p.end) else {
            personal = false
            break
          }
        }
      }
      for part in span.first...span.last {
        let p = tokens[part]
        // The address's name: its words before the "@".
        guard p.kind == .word || p.kind == .alphanumeric else {
          if isMark(part, "@") { break }
          continue
        }
        let letters = (p.start..<p.end).prefix(while: { b[$0] | 0x20 >= 0x61 && b[$0] | 0x20 <= 0x7A })
        guard letters.count >= 3 else { continue }
        for w in tokens.indices where tokens[w].kind == .word && !claimed[w] && !protected[w] && !marked[w] && spells(w, letters) {
          // A known name anywhere in the note; any word no list knows only just before the address.
          let f = tokens[w].flags
          guard f.isDisjoint(with: [.function, .domain, .kept, .relation, .strongTitle, .weakTitle, .month, .weekday, .quantity, .emailProvider, .emailEnding]),
            !f.isDisjoint(with: .personalName) && f.isDisjoint(with: [.english, .everyday])
              || personal && nameEvidence[w] == .unknown && afterSpace(w) == span.first
          else { continue }
          marked[w] = true
          worklist.append(w)
        }
      }
    }
  }

  /// Whether word `w` spells the bytes `letters` of the note, in any case.
  private func spells(_ w: Int, _ letters: Range<Int>) -> Bool {
    let t = tokens[w]
    guard t.length == letters.count else { return false }
    for k in 0..<t.length where b[t.start + k] | 0x20 != b[letters.lowerBound + k] | 0x20 { return false }
    return true
  }

  /// Marks "St" or "St." opening a family name found already, where the name
  /// opens the note or follows who the person is: "St. Clair, Fiona - pt",
  /// "pt St. Rose, Beverley". A saint's church or hospital is protected and
  /// never marked, so it stays.
  private func markSaintsOpeningNames(_ marked: inout [Bool]) {
    for i in tokens.indices where tokens[i].kind == .word && tokens[i].length == 2 && tokens[i].isCapitalised && isWord(i, "st") {
      guard !claimed[i], !protected[i], !marked[i] else { continue }
      var m = i + 1
      if m < tokens.count, isMark(m, ".") { m += 1 }
      guard m < tokens.count, tokens[m].isSpace, m + 1 < tokens.count else { continue }
      m += 1
      guard tokens[m].kind == .word, marked[m], tokens[m].isCapitalised,
        previous(i).map({ tokens[$0].kind == .word && tokens[$0].flags.contains(.relation) }) ?? true,
        let after = afterSpace(m) ?? (m + 2 < tokens.count && isMark(m + 1, ",") ? afterSpace(m + 1) : nil), marked[after]
      else { continue }
      for k in i..<m where tokens[k].kind != .space { marked[k] = true }
    }
  }

  /// Marks a word in capitals that is the initials of a name found in the
  /// note: "FX" after "François-Xavier Moreau", "JPO" with "John Paul
  /// Okafor". The initials are of every word and every part after a hyphen,
  /// of the whole name or of all but its last word.
  private func markInitialsOfNames(_ marked: inout [Bool]) {
    var initials: [[UInt8]] = []
    var i = 0
    while i < tokens.count {
      guard marked[i], tokens[i].kind == .word else {
        i += 1
        continue
      }
      var letters: [UInt8] = []
      var lastWordStart = 0
      var k = i
      while true {
        lastWordStart = letters.count
        let t = tokens[k]
        var p = t.start
        var partStart = true
        while p < t.end {
          if partStart, b[p] < 0x80, b[p] | 0x20 >= 0x61, b[p] | 0x20 <= 0x7A { letters.append(b[p] & ~0x20) }
          partStart = b[p] == UInt8(ascii: "-")
          p += 1
        }
        guard let n = afterSpace(k), marked[n], tokens[n].kind == .word else { break }
        k = n
      }
      if (2...4).contains(letters.count) { initials.append(letters) }
      if lastWordStart >= 2, lastWordStart <= 4 { initials.append(Array(letters[0..<lastWordStart])) }
      i = k + 1
    }
    guard !initials.isEmpty else { return }
    for j in tokens.indices where !marked[j] && !claimed[j] && !protected[j] && tokens[j].kind == .word && tokens[j].isAllCaps {
      let t = tokens[j]
      guard (2...4).contains(t.letters), t.letters == t.length, t.flags.isDisjoint(with: [.domain, .kept, .function, .relation]),
        !isRegimen(j)
      else { continue }
      let word = Array(b[t.start..<t.end])
      if initials.contains(word) { marked[j] = true }
    }
  }

  /// The items of a list that starts at word `i`: words, or runs of up to
  /// `wordsPerItem` words, each between separators (",", ";", "/", "&",
  /// "and"), standing alone (no word straight before the first nor after the
  /// last).
  private func listItems(from i: Int, wordsPerItem: Int) -> [ClosedRange<Int>] {
    if let p = previous(i), tokens[p].kind == .word || tokens[p].kind == .number { return [] }
    var items: [ClosedRange<Int>] = []
    var first = i
    while true {
      var last = first
      var words = 1
      while words < wordsPerItem, let n = afterSpace(last), tokens[n].kind == .word, !isWord(n, "and") {
        last = n
        words += 1
      }
      items.append(first...last)
      guard let s = next(last), isListSeparator(s) || isMark(s, ";"), let n = next(s), tokens[n].kind == .word,
        !isWord(n, "and")
      else {
        if let after = next(last), tokens[after].kind == .word || tokens[after].kind == .number { items.removeLast() }
        return items
      }
      first = n
    }
  }

  /// Marks a list of three or more single words that are all known names,
  /// though each is also an everyday word: "call back list: hope, grace,
  /// frank, dawn", "Ivy / Rose / Faith". Months and days do not count.
  private func markListsOfNames(_ marked: inout [Bool], _ worklist: inout [Int]) {
    var i = 0
    while i < tokens.count {
      defer { i += 1 }
      // A list's first item is one word with a separator straight after it,
      // and a name's word; so is the next item.
      guard tokens[i].kind == .word, !marked[i], !tokens[i].flags.isDisjoint(with: .personalName), let s = next(i),
        isListSeparator(s) || isMark(s, ";"), let n = next(s), tokens[n].kind == .word, !tokens[n].flags.isDisjoint(with: .personalName)
      else { continue }
      let items = listItems(from: i, wordsPerItem: 1)
      guard items.count >= 3 else { continue }
      let words = items.map(\.lowerBound)
      // "hope; grace; will; frank": one of them may be a function word too.
      let isListOfNames =
        words.allSatisfy { w in
          let t = tokens[w]
          guard !claimed[w], !protected[w], t.letters >= 3, !t.flags.isDisjoint(with: .personalName),
            t.flags.isDisjoint(with: [.domain, .kept, .month, .weekday, .relation])
          else { return false }
          return t.flags.contains(.function) || (evidence(w) != .none && evidence(w) != .domainName)
        } && words.count(where: { tokens[$0].flags.contains(.function) }) <= 1
      guard isListOfNames else { continue }
      for w in words where !marked[w] {
        marked[w] = true
        worklist.append(w)
      }
      i = words.last!
    }
  }

  /// Marks the remaining items of a list of two-word or three-word names
  /// where two items are marked already: "sun hui, ma lin, zhu jun" once "ma
  /// lin" and another are; "lam van sang / quach thi my". Each word of an item
  /// to mark is a known name or unknown to the scrubber.
  private func markItemsOfListsOfNames(_ marked: inout [Bool], _ worklist: inout [Int]) {
    // Two items of two words each marked already: four marked words at least.
    guard marked.count(where: { $0 }) >= 4 else { return }
    var i = 0
    while i < tokens.count {
      defer { i += 1 }
      guard tokens[i].kind == .word, marked[i] || evidence(i) != .none || !tokens[i].isCapitalised,
        previous(i).map({ tokens[$0].kind != .word }) ?? true
      else { continue }
      for size in [3, 2] {
        let items = listItems(from: i, wordsPerItem: size)
        guard items.count >= 3, items.allSatisfy({ $0.count(where: { tokens[$0].kind == .word }) == size }) else { continue }
        let markedItems = items.filter { item in item.allSatisfy { tokens[$0].kind != .word || marked[$0] } }
        guard markedItems.count >= 2 else { continue }
        // Where half the items are names already, a syllable may be any short
        // word too ("lam van sang", "quach thi my", "To Van Binh").
        let mostlyNames = markedItems.count * 2 >= items.count
        for item in items where !markedItems.contains(item) {
          let words = item.filter { tokens[$0].kind == .word }
          guard words.allSatisfy({ w in
            marked[w]
              || (!claimed[w] && !protected[w] && tokens[w].flags.isDisjoint(with: [.domain, .kept, .relation, .quantity])
                && ([.definite, .ambiguous, .everyday, .unknown].contains(evidence(w)) || (mostlyNames && tokens[w].letters <= 5)))
          }) else { continue }
          for w in words where !marked[w] {
            marked[w] = true
            worklist.append(w)
          }
        }
        i = items.last!.upperBound
        break
      }
      // "Soraya Farahani, Cyrus, Bahram Nouri, Niloufar, Pouya, ghazal (lower case)": items of one
      // to three words, most of them names already; an item left is a name when each of its words
      // is unknown to every list or a plain first name, in any case.
      let items = listItems(from: i, wordsPerItem: 3)
      guard items.count >= 4 else { continue }
      let markedItems = items.filter { item in item.allSatisfy { tokens[$0].kind != .word || marked[$0] } }
      guard markedItems.count >= 3, markedItems.count * 3 >= items.count * 2 else { continue }
      for item in items where !markedItems.contains(item) {
        let words = item.filter { tokens[$0].kind == .word }
        guard words.allSatisfy({ w in
          marked[w]
            || (!claimed[w] && !protected[w] && tokens[w].letters >= 2 && tokens[w].flags.isDisjoint(with: [.domain, .kept, .relation, .quantity])
              && (evidence(w) == .unknown || evidence(w) == .definite) && !isGenericDrugName(w))
        }) else { continue }
        for w in words where !marked[w] {
          marked[w] = true
          worklist.append(w)
        }
      }
      i = items.last!.upperBound
    }
  }

  /// Marks initials run together ("J.K.") that repeat the initials of a name
  /// marked in the note ("J. K. Osei ... referral says J.K."): the same person.
  private func markInitialsAgain(_ marked: inout [Bool]) {
    // The first letters of the marked pairs of initials: "J. K." gives (J, K).
    var pairs: [(UInt8, UInt8)] = []
    for i in tokens.indices where marked[i] && isInitialLetter(i) {
      guard i + 1 < tokens.count, isMark(i + 1, "."), let n = afterSpace(i + 1) ?? (i + 2 < tokens.count ? i + 2 : nil),
        marked[n], isInitialLetter(n)
      else { continue }
      pairs.append((b[tokens[i].start], b[tokens[n].start]))
    }
    guard !pairs.isEmpty else { return }
    for i in tokens.indices where !marked[i] && !claimed[i] && isInitialLetter(i) {
      guard i + 2 < tokens.count, isMark(i + 1, "."), isInitialLetter(i + 2), !claimed[i + 2],
        pairs.contains(where: { $0 == (b[tokens[i].start], b[tokens[i + 2].start]) })
      else { continue }
      marked[i] = true
      marked[i + 2] = true
    }
  }

  /// Whether token `i` is a capital letter standing alone, as an initial does.
  private func isInitialLetter(_ i: Int) -> Bool {
    tokens[i].kind == .word && tokens[i].length == 1 && b[tokens[i].start] >= 0x41 && b[tokens[i].start] <= 0x5A
  }

  /// Whether word `i` on its own, or with what is just around it, reads as a name.
  private func isName(_ i: Int) -> Bool {
    let t = tokens[i]
    let e = evidence(i)
    // The common case: an ordinary word in lower case is never a name.
    if e == .none, !t.isCapitalised, !t.isPossessive { return false }
    // "Im Soo-ah", "Oh Se-hoon", "Son Ji-ho": a short family name before a Korean given name.
    if t.isCapitalised, !t.isAllCaps, t.length <= 5, !t.isPossessive, let n = afterSpace(i), tokens[n].isCapitalised,
      tokens[n].isCompound, isKoreanGivenName(n), t.flags.isDisjoint(with: Self.titles),
      !t.flags.contains(.relation) || isWord(i, "son"), t.flags.isDisjoint(with: Self.domainOrKept) || t.length <= 3
    {
      return true
    }
    // "P-U-G-H", "z-v-i": a name spelled out letter by letter, joined by hyphens.
    if t.isCompound, t.letters >= 3, t.length == 2 * t.letters - 1, !t.isPossessive { return true }
    // "terse: mick 07700 900 076 re ...": a word opening the note or a field, then
    // straight away the person's number.
    // A word no list knows needs a capital, or a "re" after the number, to be a name, not a label
    // ("alt 0808...", "freephone 0808...").
    if e == .unknown || e == .definite || e == .ambiguous, t.letters >= 3, !t.isAllCaps, let n = afterSpace(i), isIdentifier(n, .phone),
      t.flags.isDisjoint(with: Self.labelsOfNumbers), opensFieldOrNote(i), e == .definite || t.isCapitalised || isReAfterIdentifier(startingAt: n)
    {
      return true
    }
    // "Christie (pt's dtr)", "Lincoln (son)", "PEARL (wife)": whoever a bracket says is one of
    // the family is a person, whatever else the word names; not a service in capitals ("RMH").
    if t.isCapitalised || t.isAllCaps, t.letters >= 3, !t.isPossessive, isBracketedFamily(after: i),
      t.flags.isDisjoint(with: Self.neverAPersonBeforeABracket),
      !t.isAllCaps || t.flags.isDisjoint(with: Self.servicesInCapitals)
    {
      return true
    }
    // "JUNE - pt.", "Pearl - pt's wife", "MAY, JUNE & APRIL - pt's three daughters": a word
    // (or a short list of them) opening the note, then a dash and who they are.
    if i <= 24, t.isCapitalised || t.isAllCaps, t.letters >= 3, !t.isPossessive, !t.flags.contains(.weekday), e != .none,
      let end = openingListBeforeDashAndRelation(containing: i), end >= i, t.flags.isDisjoint(with: Self.neverAPersonOpeningANote),
      !isRegimen(i)
    {
      return true
    }
    // "Cook, Mrs - cooks for a care home", "Lane, Mrs:", "Marsh, Mr —": a family name opening the
    // note, then a comma and the person's title, whatever else the word is.
    if previous(i) == nil, t.isCapitalised, !t.isAllCaps, t.letters >= 3, !t.isPossessive, i + 1 < tokens.count, isMark(i + 1, ","),
      let title = afterSpace(i + 1), tokens[title].kind == .word, tokens[title].flags.contains(.strongTitle),
      // Not "Update, Dr Smith says": the title stands alone, no name after it.
      !isCapitalisedWordAfter(title),
      t.flags.isDisjoint(with: Self.servicesOrFunctionWords)
    {
      return true
    }
    // "Dot - short for Dorothy", "Rusty = nickname of pt": what follows says the word is a name.
    if i <= 2, t.isCapitalised, !t.isAllCaps, t.letters >= 3, let n = next(i), n - i <= 2, isMark(n, "-") || isMark(n, "="),
      let w = next(n), tokens[w].kind == .word, isWord(w, "nickname") || isWord(w, "short") && isWord(afterSpace(w) ?? w, "for")
    {
      return true
    }
    // "COOK (Jim)": a family name in capitals opening the note, the given name in brackets.
    if t.isAllCaps, t.letters >= 3, previous(i) == nil, let open = next(i), open == i + 2, isMark(open, "("),
      open + 2 < tokens.count, tokens[open + 1].kind == .word, tokens[open + 1].isCapitalised, !tokens[open + 1].isAllCaps,
      evidence(open + 1) == .definite, isMark(open + 2, ")"), t.flags.isDisjoint(with: Self.servicesOrFunctionWords)
    {
      return true
    }
    // "Sunday Adebayo", "pt August Kemp": a day's or a month's name given as a first name,
    // before a family name no list doubts; not after a word of time ("on Monday Smith rang").
    if t.isCapitalised, !t.isAllCaps, !t.isPossessive, t.flags.contains(.weekday) || t.flags.contains(.month), t.letters >= 5,
      !isAfterTimeWord(i), let n = afterSpace(i), tokens[n].kind == .word, tokens[n].isCapitalised, !tokens[n].isAllCaps,
      !claimed[n], !protected[n], evidence(n) == .definite || evidence(n) == .unknown,
      tokens[n].flags.isDisjoint(with: [.weekday, .month, .domain, .kept, .institution, .function]),
      !isNumberNext(n),
      // Who they are before, or what they did after: not "Monday Patel clinic".
      context(i) == .relation || context(i) == .strongCue
        || afterSpace(n).map({ isCallVerb($0) || isSpeechVerb($0) }) ?? false || next(n).map({ isMark($0, ")") || isMark($0, "(") }) ?? false
    {
      return true
    }
    // "Sue Peters rang", "Miles Heath - pt.", "Pearl and her husband rang": a first name opening
    // the note, then a family name or who they are with, then the call or who they are.
    if opensNote(i), t.isCapitalised, !t.isAllCaps, !t.isPossessive, t.flags.contains(.firstName), let n = afterSpace(i),
      tokens[n].kind == .word, isFirstNameOpeningACall(i, n)
    {
      return true
    }
    // "c/b will 3pm", "c/b Chase 10am": who to call back, then when or on what.
    if t.letters >= 3, !t.isAllCaps, t.isCapitalised || e == .definite || e == .ambiguous || e == .everyday, let p = previous(i),
      i - p == 2, isCallBackShort(endingAt: p),
      t.flags.isDisjoint(with: [.domain, .kept, .relation, .weekday, .month, .quantity, .clockWord, .phoneCue]),
      !isWord(i, "tomorrow") && !isWord(i, "today") && !isWord(i, "tonight") && !isWord(i, "later") && !isWord(i, "after")
        && !isWord(i, "before") && !isWord(i, "from") && !isWord(i, "on") && !isWord(i, "at") && !isWord(i, "by")
        && !isWord(i, "asap") && !isWord(i, "pls") && !isWord(i, "please") && !isWord(i, "tmrw") && !isWord(i, "am") && !isWord(i, "pm"),
      let n = afterSpace(i), isIdentifier(n, .time) || isIdentifier(n, .phone) || isWord(n, "on") || isWord(n, "re")
    {
      return true
    }
    // "hi its Jan again", "it's Joy here": who is calling, after "it's", then "again" or "here",
    // whatever else the word is; not a day ("it's Monday again").
    if t.isCapitalised, !t.isAllCaps, !t.isPossessive, t.letters >= 3, !t.flags.contains(.weekday), let p = beforeSpace(i),
      isWord(p, "its") || isWord(p, "it's") || isWord(p, "im") || isWord(p, "i'm"), let n = afterSpace(i), isWord(n, "again") || isWord(n, "here"),
      t.flags.isDisjoint(with: [.domain, .kept, .function, .relation, .quantity])
    {
      return true
    }
    // "Sunny (Sandeep) rang", "Sue (Suzanne) rang": a name's short form or nickname, its full
    // first name in brackets after it, opening the note or a clause.
    if t.isCapitalised, !t.isAllCaps, !t.isPossessive, t.letters >= 2, opensClause(i) || opensNote(i), isBracketedFirstName(after: i),
      t.flags.isDisjoint(with: [.domain, .kept, .function, .relation, .strongTitle, .weakTitle, .month, .weekday, .institution, .quantity])
    {
      return true
    }
    // "Lily 10yo, mum Jasmine": a word that may be a name opening the note, then an age.
    if t.isCapitalised, !t.isAllCaps, !t.isPossessive, e != .none, e != .domainName, e != .initial, opensNote(i), isAge(after: i),
      t.flags.isDisjoint(with: [.domain, .kept, .function, .relation, .strongTitle, .weakTitle, .month, .weekday, .institution, .quantity])
    {
      return true
    }
    // "Grace to check with RM comms", "Joy to order": a first name that is also a word, opening a
    // sentence, then a task of the line's staff.
    if t.isCapitalised, !t.isAllCaps, !t.isPossessive, t.flags.contains(.firstName), e == .ambiguous || e == .everyday,
      !t.flags.contains(.month), !t.flags.contains(.weekday), isSentenceStart(i), isBeforeAStaffTask(i)
    {
      return true
    }
    // "Balfour Hospital, Kirkwall", "St Julia's Hospice, Hayle": after a hospital's or a hospice's
    // name and a comma, a word no list knows closing the clause is its town, not a person.
    if e == .unknown, t.isCapitalised, !t.isAllCaps, !t.isPossessive, let comma = previous(i), isMark(comma, ","), let q = previous(comma),
      isInstitutional(q), isPunctuationOrEndAfter(i)
    {
      return false
    }
    // "Chase rang", "Booker rang": a capitalised word opening the note or a clause,
    // then a verb of calling, is who called, though it is an English word too;
    // not a place or a service that rings ("Pharmacy rang", "Reception called").
    if t.isCapitalised, !t.isAllCaps || (opensNote(i) && t.letters >= 3), !t.isPossessive, e == .none,
      opensClause(i),
      let n = afterSpace(i), isCallVerb(n) || isSpeechVerb(n),
      t.flags.isDisjoint(with: [.domain, .kept, .function, .relation, .strongTitle, .weakTitle, .month, .weekday, .institution, .quantity]),
      !isCallingService(i)
    {
      return true
    }
    // "initials on the form only: K.L.M.", "K.L.M. initials only": initials run together with
    // full stops, told as initials just before or after.
    if e == .initial, i + 1 < tokens.count, isMark(i + 1, "."), let run = dottedInitials(around: i), isToldAsInitials(run) {
      return true
    }
    // "pt initials JPO", "initials: AB": a person's initials, told as such.
    if t.isAllCaps, (2...4).contains(t.letters), t.letters == t.length, var p = previous(i), i - p <= 2 {
      if isMark(p, ":"), let q = previous(p) { p = q }
      if isWord(p, "initials") || isWord(p, "inits") { return true }
    }
    // "Guy's wife was seen at Guy's": a name that also names a hospital, as the owner
    // of a family relation, which no hospital has.
    if t.isCapitalised, t.isPossessive, !t.flags.isDisjoint(with: [.personalName, .kept, .domain]),
      t.flags.isDisjoint(with: [.relation, .function, .strongTitle, .weakTitle, .quantity]), let n = afterSpace(i + 1), isFamilyWord(n)
    {
      return true
    }
    // "Lincoln (1st name) from Lincoln": a bracket that says the word is a name, whatever else it is.
    if t.isCapitalised, i + 2 < tokens.count, tokens[i + 1].isSpace, isMark(i + 2, "("), isBracketNamingIt(i + 2) { return true }
    if t.isCapitalised, t.isCompound || (i + 1 < tokens.count && isMark(i + 1, "-")), isMarkerStatus(after: i) { return false }
    // "the Hall family", "Cross family": a family by its name.
    if t.isCapitalised, !t.isAllCaps, t.letters >= 2, e != .none, e != .domainName, isBeforeFamilyWord(i) { return true }
    // "Isle of Harris", "Vale of Glamorgan": a place, whatever names it.
    if t.isCapitalised, isAfterPlaceNoun(i), context(i) != .strongTitle { return false }
    // "the Christie", "the Forest of Dean", "Isle of Lewis": a place or an
    // institution, unless a title or cue says otherwise.
    if e != .definite, isPlaceLike(i) { return isNameAfter(context(i), i, e) && context(i) != .relation }
    switch e {
    case .definite:
      return true
    case .unknown:
      if (t.isCapitalised && !t.isAllCaps) || (t.isPossessive && !t.isAllCaps) { return true }
      // "céline", "nguyễn": letters outside ASCII in a word no list knows.
      if t.isForeign, !t.isAllCaps, t.letters >= 2 { return true }
    case .ambiguous:
      // "Grace" mid-sentence, "Will's" anywhere, "max's" in lower case.
      if t.isPossessive || ((t.isCapitalised || t.isAllCaps) && !isSentenceStart(i)) { return true }
    default:
      break
    }
    // "E. Booth": an initial before a capitalised name.
    if e == .initial, i + 1 < tokens.count, isMark(i + 1, "."), let n = afterSpace(i + 1),
      tokens[n].kind == .word, tokens[n].isCapitalised, !tokens[n].flags.isDisjoint(with: .personalName) || evidence(n) == .unknown
    {
      return true
    }
    if t.isCapitalised, let n = afterSpace(i), tokens[n].kind == .word, tokens[n].isCapitalised,
      !protected[i], !protected[n], !claimed[n]
    {
      let f = t.flags, g = tokens[n].flags
      // "Bob Marsden": a first name and a surname together, whatever else they are.
      if f.contains(.firstName) && g.contains(.surname) && e != .none { return true }
      // "BUKOLA REDDY", "MIHAI SUTTON": two words in capitals, at least one
      // unknown, neither an ordinary word nor a regimen ("VIDE VAI").
      let en = evidence(n)
      if t.isAllCaps, tokens[n].isAllCaps, t.letters >= 3, tokens[n].letters >= 3, e == .unknown || en == .unknown,
        e != .none || f.contains(.firstName), en != .none || g.contains(.surname), !isRegimen(i), !isRegimen(n)
      {
        return true
      }
      // "Precious Taylor": a capitalised word before a plain surname.
      if g.contains(.surname), evidence(n) == .definite,
        f.isDisjoint(with: [.function, .domain, .kept, .month, .weekday, .strongTitle, .weakTitle, .relation, .strongCue])
      {
        return true
      }
    }
    let c = context(i)
    if c != .none, isNameAfter(c, i, e) { return true }
    // Names that are also words, where a name stands: the subject of a verb
    // ("Grace rang", "Will said", "Frank is"), before a relation ("Crystal (pt)",
    // "Gift, pt's son"), before their own possessions ("glen's partner").
    if e == .ambiguous || e == .everyday || e == .unknown {
      let isCalendarWord = !t.flags.isDisjoint(with: [.month, .weekday])
      if t.isCapitalised, !t.isPossessive, let n = afterSpace(i), tokens[n].kind == .word, tokens[n].flags.contains(.finiteVerb) || isCallVerb(n),
        !t.isAllCaps || (t.letters >= 4 || opensNote(i) && t.letters >= 3 && isCallVerb(n)) && !isRegimen(i),
        !(isCalendarWord && isAfterTimeWord(i))
      {
        return true
      }
      if (t.isCapitalised || e == .unknown), isFollowedByRelation(i) { return true }
      if t.isCapitalised, !t.isAllCaps, !t.isPossessive {
        // "Ray, 07700 900461": a name, a comma, then the person's number.
        if isFollowedByTheirNumber(i, allowingDates: !isCalendarWord) { return true }
        // "Ivy ; Autumn ; Chase": a list of two or more names, each standing alone.
        if !isCalendarWord, let item = nextListItem(after: i), tokens[item].flags.isDisjoint(with: [.month, .weekday]),
          evidence(item) != .none, evidence(item) != .domainName, evidence(item) != .initial
        {
          return true
        }
      }
      // "Carol from the choir rang", "Dawn at the ward said": a name opening a
      // sentence, where it is said, then a verb of the call.
      if t.isCapitalised, !t.isAllCaps, !isCalendarWord, e != .unknown, isSentenceStart(i), isSubjectBeforeWhereabouts(i) {
        return true
      }
      // "Mark - mark on skin...": a name opening a note, then a dash.
      if t.isCapitalised, !isCalendarWord, isSentenceStart(i), let n = next(i), isMark(n, "-"), n == i + 2 || n == i + 1,
        previous(i).map({ isMark($0, "-") || isMark($0, ".") || isMark($0, ";") }) ?? true
      {
        return true
      }
      if t.isPossessive, let n = afterSpace(i + 1), tokens[n].kind == .word,
        !tokens[n].flags.isDisjoint(with: [.relation, .phoneCue]) || isPersonalPossession(n),
        !isCalendarWord || !isAfterTimeWord(i)
      {
        return e != .unknown || t.letters >= 3
      }
      // "for Dawn", "with Summer": a capitalised name after a preposition.
      if t.isCapitalised, !t.isAllCaps, !isSentenceStart(i), t.flags.isDisjoint(with: [.month, .weekday]), let p = previous(i),
        isWord(p, "for") || isWord(p, "with") || isWord(p, "from") || isWord(p, "and") || isWord(p, "by")
      {
        return true
      }
    }
    // "Crystal (pt)", "Gift, pt's son": a capitalised word with a relation after it.
    if e == .none, canStandInName(i), !t.isAllCaps, isFollowedByRelation(i) { return true }
    // "Gene's wife", "Chase's MRI": a capitalised everyday word as the owner of a relation or of
    // what only a person has.
    if e == .none, t.isCapitalised, t.isPossessive, t.flags.isDisjoint(with: [.relation, .domain, .kept, .function, .strongTitle, .weakTitle]),
      !isEponym(i), let n = afterSpace(i + 1), tokens[n].kind == .word, tokens[n].flags.contains(.relation) || isPersonalPossession(n)
    {
      return true
    }
    // "abdi nur", "petr novák": two unknown words together where a name is
    // given (the start of a note or a field, in quotation marks), or with
    // letters beyond ASCII, whatever their case.
    if e == .unknown, t.letters >= 2, !t.isAllCaps {
      if let n = afterSpace(i), evidence(n) == .unknown, tokens[n].letters >= 2, !tokens[n].isAllCaps,
        isNameField(i) || t.isForeign || tokens[n].isForeign
      {
        return true
      }
      if let p = beforeSpace(i), evidence(p) == .unknown, tokens[p].letters >= 2, !tokens[p].isAllCaps,
        isNameField(p) || t.isForeign || tokens[p].isForeign
      {
        return true
      }
    }
    return false
  }

  /// Whether a hyphen and a word for the state of a gene or a protein follow
  /// word `i`, as they do a marker's letters: "SDH-deficient", "ALK-positive",
  /// "MDM2-amplified", "EWSR1-rearranged", "NF1-mutant", "INI1-lost".
  /// The word is one token, "SDH-deficient", or three.
  private func isMarkerStatus(after i: Int) -> Bool {
    let t = tokens[i]
    var start = t.end
    var end = t.end
    if i + 2 < tokens.count, isMark(i + 1, "-"), tokens[i + 2].kind == .word {
      start = tokens[i + 2].start
      end = tokens[i + 2].end
    } else {
      var k = t.end - 1
      while k > t.start, b[k] != UInt8(ascii: "-") { k -= 1 }
      guard k > t.start else { return false }
      start = k + 1
    }
    guard end - start >= 3, b[start] >= 0x61 else { return false }
    let word = UnsafeBufferPointer(rebasing: b[start..<end])
    return Self.markerStatuses.contains { $0.count == word.count && zip($0, word).allSatisfy { $0 == $1 | 0x20 } }
  }

  /// Words for the state of a gene or a protein, lower case.
  private static let markerStatuses: [[UInt8]] = [
    "deficient", "deficiency", "positive", "negative", "mutant", "mutated", "amplified", "rearranged", "driven",
    "related", "associated", "expressing", "lost", "null", "low", "high", "fusion",
  ].map { Array($0.utf8) }

  /// Whether "from" or "at" and a place of two words or fewer follow word
  /// `i`, then a verb of speaking or calling: "Carol from choir said", "Dawn
  /// at the ward rang".
  private func isSubjectBeforeWhereabouts(_ i: Int) -> Bool {
    guard let preposition = afterSpace(i), isWord(preposition, "from") || isWord(preposition, "at") else { return false }
    var j = preposition
    for _ in 0..<3 {
      guard let n = afterSpace(j), tokens[n].kind == .word else { return false }
      if tokens[n].flags.contains(.finiteVerb) {
        // A verb of speaking or calling: "Summer at the coast was lovely" is no one.
        let speaks = isContactVerb(n) || isWord(n, "said") || isWord(n, "says") || isWord(n, "called") || isWord(n, "rings")
          || isWord(n, "asks") || isWord(n, "wants") || isWord(n, "wanted") || isWord(n, "emails")
        return speaks && j != preposition
      }
      j = n
    }
    return false
  }

  /// Whether a word for a family follows word `i` ("Hall family", "the Cross
  /// household"), and no "of" after it, as in "the Ewing family of tumours".
  private func isBeforeFamilyWord(_ i: Int) -> Bool {
    guard !tokens[i].isPossessive, let n = afterSpace(i),
      isWord(n, "family") || isWord(n, "household") || isWord(n, "clan") || isWord(n, "twins")
    else { return false }
    return afterSpace(n).map { !isWord($0, "of") } ?? true
  }

  /// Whether word `i` follows a place's noun and "of": "Isle of Harris",
  /// "Vale of Glamorgan", "City of London", "Kyle of Lochalsh".
  private func isAfterPlaceNoun(_ i: Int) -> Bool {
    guard let of = beforeSpace(i), isWord(of, "of"), let noun = beforeSpace(of), tokens[noun].isCapitalised else { return false }
    return isWord(noun, "isle") || isWord(noun, "isles") || isWord(noun, "island") || isWord(noun, "vale")
      || isWord(noun, "forest") || isWord(noun, "city") || isWord(noun, "county") || isWord(noun, "borough")
      || isWord(noun, "kyle") || isWord(noun, "port") || isWord(noun, "sound") || isWord(noun, "bay")
      || isWord(noun, "firth") || isWord(noun, "mull") || isWord(noun, "rhinns")
  }

  /// Whether token `i` is part of an identifier of `kind` found already, or
  /// that identifier's placeholder from an earlier scrub.
  func isIdentifier(_ i: Int, _ kind: IdentifierKind) -> Bool {
    let t = tokens[i]
    if t.kind == .placeholder {
      return t.length == kind.rawValue.utf8.count + 2 && isWordOfPlaceholder(i, kind)
    }
    return claimed[i] && spans.last(where: { $0.first <= i && i <= $0.last })?.kind == kind
  }

  /// Whether placeholder token `i` is the placeholder of `kind`.
  private func isWordOfPlaceholder(_ i: Int, _ kind: IdentifierKind) -> Bool {
    let t = tokens[i]
    return kind.rawValue.utf8.elementsEqual(UnsafeBufferPointer(rebasing: b[(t.start + 1)..<(t.end - 1)]))
  }

  /// Whether word `i` opens the note, a field ("name: ..."), or a quotation.
  private func isNameField(_ i: Int) -> Bool {
    guard let p = previous(i) else { return true }
    return isMark(p, ":") || isMark(p, "\"")
  }

  /// Whether a relation follows word `i` in brackets or after a comma:
  /// "Crystal (pt)", "May (sister)", "Gift, pt's son", "niloufar (pt's
  /// daughter)", "Autumn pt's mum".
  private func isFollowedByRelation(_ i: Int) -> Bool {
    guard let k = next(i) else { return false }
    // Not "Will the nurse ring?": a modal verb asks a question.
    if tokens[k].kind == .word, !tokens[i].flags.contains(.function), isWord(k, "the"), let r = afterSpace(k), tokens[r].kind == .word,
      tokens[r].flags.contains(.relation) || isStaffWord(r)
    {
      return true
    }
    // "Dawn from the hospice", "Rich from the GP surgery": opening a clause, then where they are from.
    if tokens[k].kind == .word, !tokens[i].flags.contains(.function), isWord(k, "from"), isSentenceStart(i) || previous(i) == nil,
      var n = afterSpace(k)
    {
      let hasThe = isWord(n, "the")
      if hasThe, let m = afterSpace(n) { n = m }
      // "Heather from the Macmillan team", "Dawn from the local hospice": the place within three words after "the".
      var j = n
      for _ in 0..<(hasThe ? 3 : 1) {
        if tokens[j].flags.contains(.institution) || isWord(j, "gp") || isWord(j, "hospice") || isWord(j, "ward") || isWord(j, "surgery")
          || isWord(j, "practice") || isWord(j, "team") || isWord(j, "council") || isWord(j, "church") || isWord(j, "mosque")
          || isWord(j, "temple") || isWord(j, "synagogue") || isWord(j, "service") || isWord(j, "charity") || isWord(j, "unit")
          || isWord(j, "switchboard") || isWord(j, "reception") || isWord(j, "office")
        {
          return true
        }
        guard let after = afterSpace(j), tokens[after].kind == .word else { break }
        j = after
      }
    }
    if tokens[k].kind == .word {
      // "Autumn pt's mum": straight after, a relation's relation.
      guard tokens[k].isPossessive, tokens[k].flags.contains(.relation), let n = afterSpace(k + 1) else { return false }
      return tokens[n].flags.contains(.relation)
    }
    guard isMark(k, "(") || isMark(k, ","), let n = next(k) else { return false }
    // (Not "NOK": a label before the next of kin, "..., NOK wife Gül", "(same-sex, NOK)".)
    if tokens[n].kind == .word, tokens[n].flags.contains(.relation), !isWord(n, "nok") { return true }
    // "Bill the husband", "Amber the secretary": the word, "the", and who they are.
    // "Summer, 24, liposarcoma", "Pearl (92)": the word, then an age.
    if isMark(k, ",") || isMark(k, "("), let n = next(k), tokens[n].kind == .number, tokens[n].digits <= 3, (1...110).contains(value(n)),
      let after = next(n), isMark(after, ",") || isMark(after, ")") || isWord(after, "yo") || isWord(after, "y")
    {
      return true
    }
    // "Cross (surname) is cross", "Earl (uses his middle name)", "Sage (they/them)":
    // the bracket says the word is a name, or gives its bearer's pronouns.
    if isMark(k, "("), tokens[n].kind == .word {
      if isWord(n, "surname") || isWord(n, "forename") || isWord(n, "nickname") || isWord(n, "pronounced") || isStaffWord(n) {
        return true
      }
      if isWord(n, "they") || isWord(n, "she") || isWord(n, "he"), n + 2 < tokens.count, isMark(n + 1, "/") { return true }
      var j = n
      for _ in 0..<5 {
        guard let after = next(j), !isMark(after, ")") else { break }
        j = after
        if isWord(j, "name") || isWord(j, "surname") { return true }
      }
    }
    // "Daisy (9yo, pt's granddaughter)", "Mae (pts wife)", "Robin (key worker)":
    // a relation or a worker further inside the brackets.
    guard isMark(k, "(") else { return false }
    var j = n
    for _ in 0..<6 {
      if isMark(j, ")") { return false }
      if tokens[j].kind == .word, j > n || tokens[j].isPossessive || isWord(j, "pts") || isWord(j, "key"),
        tokens[j].flags.contains(.relation) && !isWord(j, "nok") || isWord(j, "worker") || isWord(j, "keyworker")
      {
        return true
      }
      guard let after = next(j) else { return false }
      j = after
    }
    return false
  }

  /// Whether a comma and an identifier of a person follow word `i`: "Bill,
  /// 412 703 1229", "Ray, 07700 900461"; with `allowingDates`, a date of birth too.
  private func isFollowedByTheirNumber(_ i: Int, allowingDates: Bool) -> Bool {
    guard let comma = next(i), comma - i <= 2, isMark(comma, ",") || isMark(comma, ";"), let n = next(comma) else { return false }
    return isIdentifier(n, .phone) || isIdentifier(n, .nhsNumber) || isIdentifier(n, .email)
      || (allowingDates && isIdentifier(n, .date))
  }

  /// Whether word `i` comes after a word of time ("in May", "since June",
  /// "until April"), where a month is a month.
  private func isAfterTimeWord(_ i: Int) -> Bool {
    guard let p = previous(i), tokens[p].kind == .word else { return false }
    return isWord(p, "in") || isWord(p, "since") || isWord(p, "until") || isWord(p, "till") || isWord(p, "from")
      || isWord(p, "by") || isWord(p, "before") || isWord(p, "after") || isWord(p, "during") || isWord(p, "of")
      || isWord(p, "last") || isWord(p, "next") || isWord(p, "early") || isWord(p, "late") || isWord(p, "mid")
      || isWord(p, "this") || isWord(p, "end") || isWord(p, "start") || isWord(p, "on") || isWord(p, "every")
  }

  /// Whether capitalised word `i` reads as part of a place's or an
  /// institution's name: just after "the" ("the Christie", "the Mater"), or
  /// before "of" and another capitalised word ("Forest of Dean", "Isle of
  /// Lewis"), unless a family follows ("the Okafor family").
  func isPlaceLike(_ i: Int) -> Bool {
    guard tokens[i].isCapitalised || tokens[i].isAllCaps else { return false }
    if let p = beforeSpace(i), isWord(p, "the") {
      if let n = afterSpace(i), isWord(n, "family") || isWord(n, "household") || isWord(n, "twins") || isWord(n, "children") {
        return false
      }
      // "the Pembertons": a family by its name, in the plural.
      let t = tokens[i]
      if t.flags.subtracting(Self.neutralFlags).isEmpty, !t.isAllCaps, t.letters >= 4, b[t.end - 1] == UInt8(ascii: "s") { return false }
      return true
    }
    if let n = afterSpace(i), isWord(n, "of"), let m = afterSpace(n), tokens[m].kind == .word, tokens[m].isCapitalised {
      return true
    }
    // "12 Hill Rise, Bude": a single word after an address and a comma, before
    // a comma, a dash or a postcode, is its town.
    if let comma = previous(i), isMark(comma, ","), let p = previous(comma), isIdentifier(p, .address),
      tokens[i].flags.isDisjoint(with: .personalName), !tokens[i].isPossessive
    {
      guard let n = next(i) else { return true }
      return isMark(n, ",") || isMark(n, "-") || isMark(n, "(") || isMark(n, ".") || isIdentifier(n, .postcode)
    }
    // "rang from Durban", "moved from Porto": after a verb and "from", a place
    // (but "a call from Ayo", "letter from Ngozi" name who sent it).
    if let from = beforeSpace(i), isWord(from, "from"), let verb = beforeSpace(from), tokens[verb].kind == .word,
      tokens[verb].flags.contains(.finiteVerb) || isWord(verb, "originally") || isWord(verb, "come") || isWord(verb, "coming"),
      tokens[i].flags.isDisjoint(with: .personalName), !tokens[i].isPossessive
    {
      return true
    }
    // "in Lyon", "near Palmela", "at Mater": an unknown word after "in" or "at" is a place.
    if let p = beforeSpace(i), tokens[p].kind == .word, !tokens[i].isPossessive,
      isWord(p, "in") || isWord(p, "at") || isWord(p, "near") || isWord(p, "nr") || isWord(p, "outside")
        || isWord(p, "around"),
      tokens[i].flags.isDisjoint(with: .personalName)
    {
      return true
    }
    return false
  }

  /// Whether all-caps word `i` reads as a regimen of drugs' initials ("VIDE", "VAC").
  func isRegimen(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.isAllCaps, t.flags.isDisjoint(with: .personalName) else { return false }
    return isRegimenAcronym(UnsafeBufferPointer(rebasing: b[t.start..<t.end]))
  }

  /// The given name after all-caps family name `i` in "SURNAME, Given", if
  /// that is what stands there: "DAY, Caroline", "NGUYEN, Thi Lan", "KIM, Min-jun".
  private func givenNameAfterSurname(_ i: Int) -> Int? {
    let t = tokens[i]
    // A family name that looks like a regimen's letters ("AMEDI") is one when it opens the note.
    guard t.letters >= 2, !isRegimen(i) || previous(i) == nil, i + 1 < tokens.count, isMark(i + 1, ","),
      let g = afterSpace(i + 1) ?? (i + 2 < tokens.count ? i + 2 : nil)
    else { return nil }
    // The family name may be a surname that is also a domain word ("EWING"),
    // but not a plain domain word or acronym ("MDT", "UCLH"); a title's or
    // relation's word before a given name no list doubts is a surname too ("NURSE, Linda").
    let f = t.flags
    guard f.isDisjoint(with: [.function, .month, .weekday, .strongCue]) else { return nil }
    if !f.isDisjoint(with: [.relation, .strongTitle, .weakTitle]) {
      guard t.letters >= 4, evidence(g) == .definite, tokens[g].flags.contains(.firstName) else { return nil }
    }
    let given = tokens[g]
    if !f.isDisjoint(with: [.domain, .kept]) && !f.contains(.surname) {
      // "...; COSTELLO, Bríd ; HEGARTY, Colm": a domain word in capitals is a
      // family name where names are listed, and a given name closes the item.
      // Not an acronym ("UCLH, Sarah"): five letters or more, two of them vowels.
      let vowels = (t.start..<t.end).count { "aeiouy".utf8.contains(b[$0] | 0x20) }
      guard t.letters >= 5, vowels >= 2, previous(i).map({ isMark($0, ";") || isMark($0, "/") }) ?? true, !isRegimen(i),
        next(g).map({ isMark($0, ";") || isMark($0, "-") || isMark($0, "(") || isMark($0, "/") }) ?? true
      else { return nil }
    }
    // "WALKER, J.": an initial with its full stop stands for the given name.
    let isInitial = given.letters == 1 && t.letters >= 3 && g + 1 < tokens.count && isMark(g + 1, ".")
    guard given.kind == .word, given.isCapitalised, !claimed[g], !protected[g], given.letters >= 2 || isInitial else { return nil }
    guard given.flags.isDisjoint(with: [.function, .domain, .kept, .relation, .strongTitle, .month, .weekday, .quantity])
    else { return nil }
    return g
  }

  /// The given name after family name `i` in capitals opening the note with
  /// no comma, when the person's date or number follows: "THROWER Colin
  /// 29.02.64 nhs ...". The given name is a first name no list doubts.
  private func givenNameAfterSurnameOpeningTheNote(_ i: Int) -> Int? {
    let t = tokens[i]
    guard opensNote(i), t.letters >= 3, t.letters == t.length, !isRegimen(i),
      t.flags.isDisjoint(with: [.function, .month, .weekday, .strongCue, .domain, .kept, .relation, .strongTitle, .weakTitle]),
      let g = afterSpace(i), tokens[g].kind == .word, tokens[g].isCapitalised, !tokens[g].isAllCaps, !claimed[g], !protected[g],
      tokens[g].flags.contains(.firstName), evidence(g) == .definite, let n = afterSpace(g),
      isIdentifier(n, .date) || isIdentifier(n, .nhsNumber) || isIdentifier(n, .recordNumber)
    else { return nil }
    return g
  }

  /// The one to three given names typed in lower case after family name `i`
  /// in capitals and a comma, closed by a dash, a semicolon, a bracket or a
  /// question mark, or followed by a date or an NHS number:
  /// "TEHRANI, shirin - 08/02/1981", "WONG, ka yan - ...", "KIM, min-jun - pt".
  /// The family name is no word of the domain, and the given names are no words
  /// of grammar, the domain or kinship.
  private func lowerCaseGivenNamesAfterSurname(_ i: Int) -> ClosedRange<Int>? {
    let t = tokens[i]
    guard t.isAllCaps, t.letters >= 2, i + 1 < tokens.count, isMark(i + 1, ","), let g = afterSpace(i + 1), !isRegimen(i),
      t.flags.isDisjoint(with: [.function, .month, .weekday, .strongCue, .domain, .kept, .relation, .strongTitle, .weakTitle, .institution])
    else { return nil }
    var last = g
    var words = 0
    var j = g
    while true {
      let w = tokens[j]
      guard w.kind == .word, !w.isCapitalised, !claimed[j], !protected[j], w.letters >= 2,
        w.flags.isDisjoint(with: [.function, .domain, .kept, .relation, .strongTitle, .weakTitle, .month, .weekday, .quantity, .birthCue,
          .recordCue, .phoneCue])
          || w.flags.contains(.particle)
      else { break }
      last = j
      words += 1
      guard words < 3, let n = afterSpace(j), tokens[n].kind == .word else { break }
      j = n
    }
    // A family name has a vowel ("HPF, risk score" is shorthand).
    guard words > 0, (t.start..<t.end).contains(where: { "aeiouy".utf8.contains(b[$0] | 0x20) }) || !t.flags.isDisjoint(with: .personalName),
      let after = next(last)
    else { return nil }
    let closes = isMark(after, "-") || isMark(after, "–") || isMark(after, ";") || isMark(after, "(") || isMark(after, "?")
      || isIdentifier(after, .date) || isIdentifier(after, .nhsNumber)
    return closes ? g...last : nil
  }

  /// The given name after family name `i`, written "Family, Given" as the
  /// first words of a note and followed by a dash, a bracket, a semicolon or
  /// the note's end ("Paget, Helen - pt", "Macmillan, Iain (son)"): there a
  /// family name may be a word of the domain too. The given name is a known
  /// first name no list doubts.
  private func givenNameAfterFamilyNameOpeningTheNote(_ i: Int) -> Int? {
    let t = tokens[i]
    guard opensNote(i), t.isCapitalised, !t.isAllCaps, t.letters >= 3, !t.isPossessive, i + 1 < tokens.count, isMark(i + 1, ","),
      t.flags.isDisjoint(with: [.function, .english, .month, .weekday, .relation, .strongTitle, .weakTitle, .strongCue, .quantity]),
      let g = afterSpace(i + 1), tokens[g].kind == .word, tokens[g].isCapitalised, !claimed[g], !protected[g],
      tokens[g].flags.contains(.firstName) && evidence(g) == .definite
        // "Zhang, Jun - pt": a family name no list doubts makes any given name after it one.
        || (evidence(i) == .definite || evidence(i) == .unknown) && tokens[g].flags.isDisjoint(with: [.function, .domain, .relation])
    else { return nil }
    guard let after = next(g) else { return g }
    // "Marsden, Keith NHS 946 469 2695": or the person's number and its word.
    let numberFollows = tokens[after].kind == .number
      || (tokens[after].kind == .word && !tokens[after].flags.isDisjoint(with: [.recordCue, .phoneCue, .birthCue]))
      || isWord(after, "nhs")
    return isMark(after, "-") || isMark(after, "(") || isMark(after, ";") || numberFollows ? g : nil
  }

  /// Grows every marked name over the words beside it that could be part of it.
  private func grow(_ marked: inout [Bool], _ worklist: inout [Int]) {
    func mark(_ i: Int) {
      guard !marked[i] else { return }
      marked[i] = true
      worklist.append(i)
    }
    while let m = worklist.popLast() {
      if !tokens[m].isPossessive {
        var n: Int? = afterSpace(m)
        if tokens[m].letters == 1, m + 1 < tokens.count, isMark(m + 1, ".") {
          n = m + 2 < tokens.count && tokens[m + 2].isSpace ? afterSpace(m + 1) : m + 2 < tokens.count ? m + 2 : nil
        }
        if let n, n < tokens.count, !marked[n] {
          if let end = nameAfterParticles(from: n, caseOf: m) {
            for k in n...end where tokens[k].kind == .word || isMark(k, "'") { marked[k] = true }
            mark(end)
          } else if canFollowName(n, after: m) || isLaterSyllable(n, after: m, marked) || isTrailingInitial(n, after: m, marked) {
            mark(n)
          }
        }
        // A list of names: "Green, Brown and Young", "Ivy ; Autumn ; Chase".
        if let item = nextListItem(after: m), !marked[item] { mark(item) }
        // "Dariush Kazemi ("Dari")", "Cheung Wai-Man, "Ah Man"": a nickname in quotes after the name.
        if let words = nicknameAfter(m) {
          for k in words where tokens[k].kind == .word && !marked[k] { mark(k) }
        }
      }
      var p: Int? = beforeSpace(m)
      if p == nil, tokens[m].length == 1, m >= 2, isMark(m - 1, "."), tokens[m - 2].kind == .word, tokens[m - 2].length == 1,
        tokens[m - 2].isCapitalised
      {
        p = m - 2  // "A.B. Khan": the first of initials run together
      } else if let q = p, tokens[q].kind == .punctuation, tokens[q].mark == UInt8(ascii: "."), q >= 1, tokens[q - 1].letters == 1 {
        p = q - 1
      } else if let q = p, isMark(q, "'"), q >= 1, isWord(q - 1, "a") {
        p = q - 1  // "Mac a' Phearsain"
      }
      // Before initials in capitals, only a known name ("Zhou ML"), not the day or a word: "Mon PR/SK",
      // "Handover PR -> SK".
      if let q = p, tokens[m].isAllCaps, tokens[m].letters <= 3, !tokens[q].isAllCaps, tokens[q].kind == .word,
        evidence(q) != .definite && !(evidence(q) == .ambiguous && !tokens[q].flags.isDisjoint(with: .personalName))
      {
        p = nil
      }
      if let p, p >= 0, !marked[p], !tokens[p].isPossessive {
        if isParticle(p) {
          // "de la Cruz": particles back to a name before them.
          var k = p
          while let q = beforeSpace(k), isParticle(q) || (isMark(q, "'") && q >= 1 && isWord(q - 1, "a")) {
            k = isMark(q, "'") ? q - 1 : q
          }
          if let q = beforeSpace(k), tokens[q].kind == .word, marked[q] || canJoinName(q) || canStandInName(q) {
            for j in k...p where tokens[j].kind == .word || isMark(j, "'") { marked[j] = true }
            mark(q)
          } else if tokens[k].isCapitalised || context(k) == .strongTitle || context(k) == .weakTitle
            || (tokens[m].isCapitalised
              && (k...p).allSatisfy({ tokens[$0].kind != .word || (tokens[$0].letters >= 2 && !tokens[$0].flags.contains(.relation)) }))
          {
            // "De Freitas", "Mr van Dijk", "Frau von Hagen", "the di Marco family":
            // the particles open the name.
            for j in k...p where tokens[j].kind == .word || isMark(j, "'") { marked[j] = true }
          }
        } else if canJoinName(p) || canPrecedeSurname(p, m) || canPrecedeName(p, m) || isRestOfListItem(p, besides: m)
          || isNanaBeforeName(p, m) || isFirstNameOfAPlaceBefore(p, m)
        {
          mark(p)
        }
      }
      if !tokens[m].isPossessive, let n = afterSpace(m), !marked[n], isRestOfListItem(n, besides: m) { mark(n) }
      if let item = previousListItem(before: m), !marked[item] { mark(item) }
    }
  }

  /// The initial after family name `i` in "Jenkins, R." or "Bose, A.;": a
  /// capitalised family name, a comma, a capital letter and its full stop,
  /// closing a list's item or the note.
  private func initialAfterFamilyName(_ i: Int) -> Int? {
    let t = tokens[i]
    // "WRIGHT, P - 27.07.1958": in capitals, only opening the note.
    let capitalsOpening = t.isAllCaps && opensNote(i)
    guard i + 1 < tokens.count, isMark(i + 1, ","), t.isCapitalised, !t.isAllCaps || capitalsOpening, t.letters >= 3, !protected[i],
      t.flags.isDisjoint(with: [.function, .domain, .kept, .month, .weekday, .relation, .strongTitle, .weakTitle, .quantity]),
      let g = afterSpace(i + 1), tokens[g].kind == .word, tokens[g].length == 1, isInitialLetter(g), !claimed[g]
    else { return nil }
    if capitalsOpening {
      // A family name no list holds as only a word, then a dash or the note's end.
      guard evidence(i) != .none, next(g + (g + 1 < tokens.count && isMark(g + 1, ".") ? 1 : 0)).map({ isMark($0, "-") }) ?? true
      else { return nil }
      return g
    }
    guard g + 1 < tokens.count, isMark(g + 1, ".") else {
      // "Hebden, P on RM list", "Souza, P H", "Bellamy, J R T": no full stop, so the family name must be a name's.
      guard evidence(i) == .definite || evidence(i) == .unknown else { return nil }
      if let h = afterSpace(g), isInitialLetter(h), !claimed[h] { return lastInitial(from: h) }
      return next(g).map({ tokens[$0].kind == .word && !tokens[$0].isCapitalised || isMark($0, ";") || isMark($0, ",") }) ?? true ? g : nil
    }
    // "Wong, W. K.": more initials after the first.
    let last = lastInitial(from: g)
    if last != g {
      guard evidence(i) == .definite || evidence(i) == .unknown else { return nil }
      return last
    }
    guard let after = next(g + 1) else { return g }
    if isMark(after, ";") || isMark(after, ",") || isMark(after, "-") || isMark(after, ")") { return g }
    // "Ricci, G. on RNOH list": opening the note, a family name no list doubts.
    return opensNote(i) && (evidence(i) == .definite || evidence(i) == .unknown) ? g : nil
  }

  /// The family name after initials starting at `g`, each a letter with its
  /// full stop and a space, in either case: two initials or more ("s. k.
  /// ramachandran"), or one after a title ("ms d. kitching", "dr. f. h. w.
  /// carrington-smythe"). Not "e.g.", whose letters have no space between.
  private func familyNameAfterInitials(from g: Int) -> Int? {
    var titled = false
    if let before = previous(g) {
      // Only where a run starts: not a letter and a full stop before it.
      if isMark(before, "."), before > 0, tokens[before - 1].kind == .word, tokens[before - 1].length == 1 { return nil }
      titled = tokens[before].kind == .word && tokens[before].flags.contains(.strongTitle)
      if isMark(before, "."), before > 0, tokens[before - 1].kind == .word, tokens[before - 1].flags.contains(.strongTitle) { titled = true }
    }
    var count = 0
    var k = g
    while k + 1 < tokens.count, tokens[k].kind == .word, tokens[k].length == 1, tokens[k].letters == 1, isMark(k + 1, "."), !claimed[k] {
      count += 1
      guard let n = afterSpace(k + 1) else { return nil }
      k = n
    }
    guard count >= 2 || (count == 1 && titled), tokens[k].kind == .word, tokens[k].letters >= 3, !claimed[k], !protected[k],
      !tokens[k].isAllCaps || tokens[k].letters >= 4
    else { return nil }
    let e = evidence(k)
    guard e == .unknown || e == .definite || tokens[k].flags.contains(.surname),
      tokens[k].flags.isDisjoint(with: [.function, .domain, .kept, .month, .weekday, .relation, .quantity])
    else { return nil }
    return k
  }

  /// The last initial after family name `i` in capitals opening the note,
  /// one to three initials closing it or its clause: "ROSENBERG C Z",
  /// "OKAFOR A - pt". The family name is unknown to every list or a name no
  /// list doubts, and no regimen.
  private func initialsAfterSurnameOpeningTheNote(_ i: Int) -> Int? {
    let t = tokens[i]
    guard opensNote(i), t.letters >= 3, t.letters == t.length, !isRegimen(i), evidence(i) == .unknown || evidence(i) == .definite,
      let g = afterSpace(i), tokens[g].kind == .word, tokens[g].length == 1, isInitialLetter(g), !claimed[g]
    else { return nil }
    let last = lastInitial(from: g)
    guard last - g <= 4 else { return nil }
    let end = last + 1 < tokens.count && isMark(last + 1, ".") ? last + 1 : last
    return next(end).map({ isMark($0, "-") || isMark($0, ",") || isMark($0, ";") || isMark($0, "(") }) ?? true ? last : nil
  }

  /// The last of a run of capital initials starting at `g`, each perhaps with
  /// its full stop: "J R T", "W. K.", "A.B."; its full stop, if it has one, is
  /// the token after it.
  private func lastInitial(from g: Int) -> Int {
    var last = g
    while true {
      let end = last + 1 < tokens.count && isMark(last + 1, ".") ? last + 1 : last
      guard let h = afterSpace(end) ?? (end != last && end + 1 < tokens.count ? end + 1 : nil), tokens[h].kind == .word,
        tokens[h].length == 1, isInitialLetter(h), !claimed[h]
      else { return last }
      last = h
    }
  }

  /// Whether lower-case word `i`, no list knows or a plain first name, is a
  /// name by where it stands in a clause: opening it before a call ("hasan
  /// c/b done", "kelvin rang", "enzo - c/b tues"), or after "re", "for" or
  /// "ringback" and closing it ("rang re jaswinder.", "ringback shaz 6.40pm").
  private func isLowerCaseNameInAClause(_ i: Int) -> Bool {
    let e = nameEvidence[i]
    guard e == .unknown || e == .definite else { return false }
    let t = tokens[i]
    guard t.letters >= 3, !t.isAllCaps, !t.isPossessive, !protected[i],
      t.flags.isDisjoint(with: [.domain, .kept, .function, .relation, .weekday, .month, .quantity, .clockWord, .phoneCue, .recordCue]),
      !t.flags.contains(.emailProvider) || t.flags.contains(.firstName)
    else { return false }
    var isName = false
    if opensClause(i) || opensNote(i), let n = next(i) {
      // The call straight after, or after a dash: "enzo - c/b tues".
      var v = n
      if isMark(n, "-"), let w = next(n) { v = w }
      if isCallVerb(v) || isSpeechVerb(v) || (v + 2 < tokens.count && isCallBackShort(endingAt: v + 2)) || isWord(v, "ringback") {
        isName = true
      }
    }
    // "gregor from inverness", "cathal was anxious", "faduma and daughter ayaan rang": opening the
    // note, where it is from, how it was, or who came with it. A word no list knows needs four
    // letters before "was", "is" or "has" ("ctscan was clear" is a typo's risk, not a name's).
    if !isName, opensNote(i), let n = afterSpace(i), tokens[n].kind == .word {
      if isWord(n, "from"), !t.isCompound, let m = afterSpace(n), tokens[m].kind == .word {
        isName = true
      } else if isWord(n, "was") || isWord(n, "is") || isWord(n, "has") || isWord(n, "had"), e == .definite || t.letters >= 4 {
        isName = true
      } else if isWord(n, "re") || isWord(n, "for"), let m = afterSpace(n), tokens[m].kind == .word, !tokens[m].isCapitalised,
        isWord(m, "her") || isWord(m, "his") || isWord(m, "their") || tokens[m].flags.contains(.relation) && !isWord(m, "pt")
      {
        // "pilar re her son diego", "shoshana re son eli": who called, about one of their family.
        isName = true
      } else if isWord(n, "and"), let m = afterSpace(n), tokens[m].kind == .word, !tokens[m].isCapitalised,
        tokens[m].flags.contains(.relation) && !isWord(m, "pt") && !isWord(m, "patient") && !isWord(m, "caller")
      {
        isName = true
      }
    }
    // "(bex): thiago - done. kostas - pack sent.": an item of a handover list, a sentence of its own
    // opening with who it is about, a dash, and where things stand.
    if !isName, e == .unknown, i + 2 < tokens.count, isMark(i + 2, "-"), tokens[i + 1].isSpace, let p = previous(i),
      isMark(p, ".") || isMark(p, ":") || isMark(p, ";")
    {
      isName = true
    }
    // "via kemal, a worker at ...", "she is andreea": who passed the call on, or who someone is, closing the clause.
    if !isName, let p = beforeSpace(i), isWord(p, "via") || isWord(p, "is") && beforeSpace(p).map({ isWord($0, "she") || isWord($0, "he") }) == true {
      isName = next(i).map({ isMark($0, ",") || isMark($0, ".") || isMark($0, ";") }) ?? true
    }
    if !isName, let p = beforeSpace(i), isWord(p, "ringback") || ((isWord(p, "re") || isWord(p, "for")) && isAfterCall(p)) {
      // Closing the clause or the note, or a time after it: not "rang re scans".
      isName = next(i).map({ tokens[$0].kind == .punctuation || isIdentifier($0, .time) }) ?? true
    }
    if !isName, let p = beforeSpace(i), isWord(p, "re") || isWord(p, "for"), let q = beforeSpace(p), tokens[q].kind == .word,
      let c = beforeSpace(q), isWord(c, "cb") || isCallBackShort(endingAt: c)
    {
      // "cb aurélie re nicolas", "cb naoko re shota": whom the call back is about, closing the note.
      isName = next(i).map({ tokens[$0].kind == .punctuation }) ?? true
    }
    if !isName, i >= 4, isMark(i - 2, "/"), tokens[i - 1].isSpace, isWord(i - 3, "w"), let v = beforeSpace(i - 3),
      isCallVerb(v) || tokens[v].kind == .word && opensNote(v)
    {
      // "sora rang w/ chie", "rêbaz w/ lana on the line": who joined the call, closing the clause.
      isName = next(i).map({ tokens[$0].kind == .punctuation || isWord($0, "on") || isWord($0, "re") }) ?? true
    }
    return isName && !isGenericDrugName(i) && !hasMedicalEnding(i)
  }

  /// The family name after first name `i`, both in lower case, where a person
  /// is named: opening the note ("faith hunter said", "frank wood very
  /// frank"), or between commas, after an identifier or before one ("...,
  /// helene marchand, wants", "dob 18/09/1958 bill ashworth, wife pat").
  /// The first name is a first name a list knows, even one that is also a
  /// word ("rose", "bill", "joy"), but no month, day or function word; the
  /// family name a family name a list knows, or a word no list knows, and no
  /// verb ("will need", "grace period" and "rose sharply" stay).
  private func familyNameInLowerCase(after i: Int) -> Int? {
    let t = tokens[i]
    let e = evidence(i)
    let knownFirstName = t.flags.contains(.firstName)
    guard knownFirstName || e == .unknown && t.letters >= 3, t.letters >= 2, t.letters == t.length, !protected[i],
      t.flags.isDisjoint(with: [.function, .domain, .kept, .relation, .weekday, .month, .quantity, .strongTitle, .weakTitle, .clockWord]),
      !isRequestOrTitle(i), let n = afterSpace(i), tokens[n].kind == .word, !tokens[n].isCapitalised, !claimed[n], !protected[n]
    else { return nil }
    let f = tokens[n].flags
    let isFamilyName = f.contains(.surname) && tokens[n].letters >= 2
    let isUnknown = evidence(n) == .unknown && tokens[n].letters >= 3 && !endsLikeAnAdverbOrAVerb(n)
    guard isFamilyName || isUnknown,
      f.isDisjoint(with: [.function, .domain, .kept, .relation, .weekday, .month, .quantity, .finiteVerb, .clockWord, .strongTitle]),
      !isGenericDrugName(n), !hasMedicalEnding(n), !isGenericDrugName(i), !hasMedicalEnding(i)
    else { return nil }
    let after = next(n)
    // "nhs 790 443 5128 (yuki tanaka)": who the number or the address is for, in brackets after it.
    if let open = previous(i), isMark(open, "("), let q = previous(open), claimed[q], let close = after, isMark(close, ")") {
      return n
    }
    // (No closures here: one that captures the analysis copies it, and this is asked of many words.)
    var beforeCallOrIdentifier = false
    var afterIsPunctuation = true
    if let a = after {
      beforeCallOrIdentifier = isCallVerb(a) || isSpeechVerb(a) || claimed[a] || isWord(a, "dob") || isWord(a, "nhs")
      afterIsPunctuation = tokens[a].kind == .punctuation
    }
    // After a date, a number or an email, perhaps with a comma: "dob 18/09/1958 bill ashworth, wife
    // pat", "nhs 532 960 1991 dob 17/8/44 myrna feldman, asked ...", "dob 03.03.1973, shirin ghorbani,".
    if let p = previous(i) {
      let q = isMark(p, ",") ? previous(p) : p
      // Two words no list knows only straight after the identifier, or after its comma, closing the
      // clause with a comma of their own: "dob 03.03.1973, shirin ghorbani, asked ...".
      let closesClause = afterIsPunctuation
      let closesWithAComma = after.map({ isMark($0, ",") }) ?? false
      if let q, claimed[q], isIdentifierBefore(q),
        knownFirstName || isFamilyName || beforeCallOrIdentifier
          || e == .unknown && isUnknown && (q == p && closesClause || closesWithAComma)
      {
        return n
      }
    }
    // "c/b nuno correia 07700 ...", "re naftali mandelbaum, his wife", "for lenford samuels dob ...": whom
    // the call is for or about, then a comma, the person's number or their date of birth.
    // A first name no list knows needs four letters here: shorter, it is more often shorthand ("re uni deferral").
    if let p = beforeSpace(i), isWord(p, "re") || isWord(p, "for") || isWord(p, "via") || isWord(p, "from") || isCallBackShort(endingAt: p),
      knownFirstName || t.letters >= 4
    {
      guard let a = after else { return n }
      return beforeCallOrIdentifier || afterIsPunctuation || isWord(a, "re") || tokens[a].kind == .number ? n : nil
    }
    // "emyr price said ...", "chaya gold asked ...", "kang min-jun mob 07700 ...": a first name no list
    // knows opening the note, and a family name, before what they did or the details that reach them.
    let opensTheEntry = opensNote(i) || opensEntryAfterItsTime(i)
    if opensTheEntry, e == .unknown,
      beforeCallOrIdentifier || after.map({ isContactDetail($0) || isFamilyWord($0) && afterSpace(n) == $0 }) == true
    {
      return n
    }
    guard knownFirstName else { return nil }
    // A first name that is no word ("faith" is one, "helene" is not) may take a family name no list knows.
    let isPlainFirstName = e == .definite
    if opensNote(i) {
      return isFamilyName || isPlainFirstName || beforeCallOrIdentifier ? n : nil
    }
    // "00:05 sergio lombardi son davide ...": the same after the time that opens a log's entry.
    if opensTheEntry {
      return isPlainFirstName || beforeCallOrIdentifier ? n : nil
    }
    // Between commas or dashes: "..., jermaine hinds, footballer".
    guard let p = previous(i), isMark(p, ",") || isMark(p, ";") || isMark(p, "-"), isFamilyName && isPlainFirstName || beforeCallOrIdentifier
    else { return nil }
    guard let after else { return n }
    return tokens[after].kind == .punctuation || beforeCallOrIdentifier || tokens[after].kind == .number ? n : nil
  }

  /// Whether word `i`, which no list knows, ends as an adverb or a verb's
  /// form does ("sharply", "booking", "booked"), not as a family name would.
  private func endsLikeAnAdverbOrAVerb(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.letters >= 5 else { return false }
    let e = t.end
    let last2 = (b[e - 2] | 0x20, b[e - 1] | 0x20)
    if last2 == (UInt8(ascii: "l"), UInt8(ascii: "y")) || last2 == (UInt8(ascii: "e"), UInt8(ascii: "d")) { return true }
    return last2 == (UInt8(ascii: "n"), UInt8(ascii: "g")) && b[e - 3] | 0x20 == UInt8(ascii: "i")
  }

  /// Whether token `p`, claimed, ends a date, a phone number, an NHS or record number or an email.
  private func isIdentifierBefore(_ p: Int) -> Bool {
    guard let span = spans.last(where: { $0.last == p }) else { return false }
    return span.kind == .date || span.kind == .phone || span.kind == .nhsNumber || span.kind == .recordNumber || span.kind == .email
  }

  /// The family name after first name `i`, both in lower case, when the two close
  /// the note or a clause straight after "said" or "says": "... says hope levine",
  /// "shocking said dawn price."; nil otherwise. Not "said hope was fading".
  private func familyNameAfterSaying(_ i: Int) -> Int? {
    let t = tokens[i]
    guard t.flags.contains(.firstName), t.letters >= 3, !t.isPossessive, !protected[i], let p = beforeSpace(i),
      isWord(p, "said") || isWord(p, "says"),
      t.flags.isDisjoint(with: [.function, .domain, .kept, .relation, .weekday, .month, .quantity, .strongTitle, .weakTitle]),
      let n = afterSpace(i), tokens[n].kind == .word, !tokens[n].isCapitalised, tokens[n].letters >= 3, !claimed[n], !protected[n],
      tokens[n].flags.contains(.surname) || evidence(n) == .unknown,
      tokens[n].flags.isDisjoint(with: [.function, .domain, .kept, .relation, .weekday, .month, .quantity, .finiteVerb]),
      next(n).map({ tokens[$0].kind == .punctuation }) ?? true
    else { return nil }
    return n
  }

  /// Whether a verb of calling comes just before word `p`, perhaps with
  /// "again" or "back" after it: "rang re", "rang again re", "called back for".
  private func isAfterCall(_ p: Int) -> Bool {
    guard var q = beforeSpace(p) else { return false }
    if isWord(q, "again") || isWord(q, "back"), let r = beforeSpace(q) { q = r }
    return isCallVerb(q)
  }

  /// Whether word `i`, in lower case, names whose phone number comes just
  /// before it: alone in brackets after it, perhaps after a title ("07700 900
  /// 494 (catarina)", "(rabbi feldman)"), or closing the note ("07700 900 586
  /// stefano"). Not a word a list knows as English, a label or a relation
  /// ("(home)", "07700 900 586 mobile", "(mum)").
  private func isNameOfTheNumberBefore(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.kind == .word, t.letters >= 3, t.letters == t.length, !protected[i], !claimed[i], !endsLikeAnAdverbOrAVerb(i),
      let p = previous(i)
    else { return false }
    let f = t.flags
    guard f.isDisjoint(with: [.function, .domain, .kept, .relation, .quantity, .month, .weekday, .phoneCue, .rareCue, .clockWord, .people]),
      f.isDisjoint(with: [.english, .everyday]) || f.contains(.firstName) && evidence(i) != .everyday
    else { return false }
    var number = p
    if isMark(p, "(") {
      guard let close = next(i), isMark(close, ")") else { return false }
      guard let q = previous(p) else { return false }
      number = q
    } else if tokens[p].kind == .word, tokens[p].flags.contains(.weakTitle) || tokens[p].flags.contains(.strongTitle), let open = previous(p),
      isMark(open, "("), let close = next(i), isMark(close, ")"), let q = previous(open)
    {
      number = q
    } else {
      // Closing the note, only a name a list knows: not "07700 900 586 anytime".
      guard next(i) == nil, i >= 1, tokens[i - 1].isSpace, !f.isDisjoint(with: .personalName) else { return false }
    }
    return claimed[number] && isIdentifier(number, .phone)
  }

  /// Whether word `i` comes straight after the time that opens the note, or
  /// after that time and a dash: "23:45 arash kamali ...", "1am - eleni ...".
  func opensEntryAfterItsTime(_ i: Int) -> Bool {
    guard var p = previous(i) else { return false }
    if isMark(p, "-"), let q = previous(p) { p = q }
    guard claimed[p], let span = spans.last(where: { $0.last == p }), span.kind == .time else { return false }
    return opensNote(span.first)
  }

  /// Whether word `i` opens the note or follows the colon after its opening
  /// word ("bex: joy rang"), where a note starts afresh.
  func opensNote(_ i: Int) -> Bool {
    guard let p = previous(i) else { return true }
    return p == openingColon
  }

  /// Whether word `i`, before the colon that opens the note, is the name of
  /// whoever wrote it ("bex: ...", "Kaz: ..."): a word no list knows, or a
  /// first name that is no everyday word, in lower case or capitalised; not a
  /// label ("nhs:", "dob:", "update:"), a drug or a term of medicine.
  private func isSignatureOpeningTheNote(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.letters >= 2, t.letters == t.length, !protected[i] else { return false }
    let e = evidence(i)
    // "TM:", "ML:": two or three initials in capitals no list knows, or two that only spell a unit
    // or shorthand; no regimen's ("VAC:") and no label's ("NB:", "DX:").
    if t.isAllCaps {
      if t.letters == 2, t.flags.contains(.domain), !isShorthandStandingAlone(i),
        t.flags.isDisjoint(with: [.kept, .institution, .registry, .strongTitle, .function, .relation])
      {
        return !isTwoLetterRegimen(i)
      }
      return t.letters <= 3 && e == .unknown && !isRegimenInitials(i) && (t.letters != 2 || !isShorthandStandingAlone(i))
    }
    // Two letters only for a plain first name ("jo:", "Mo:"); "dh:", "fb:" are shorthand.
    guard e == .definite || (e == .unknown && t.letters >= 3) || (e == .ambiguous && t.isCapitalised) else { return false }
    return t.flags.isDisjoint(with: Self.neverASignature) && !isGenericDrugName(i) && !hasMedicalEnding(i)
  }

  /// Whether word `i`, the note's last but for a full stop, a closing bracket
  /// or slash, or a kiss, signs it: who wrote the note, by name or initials.
  ///
  /// - Marked off as a signature, any name or initials: after a tilde ("~kaz",
  ///   "~JM"), between slashes or after one ("/PR", "/KA/"), in square brackets
  ///   ("[BP]"); initials in capitals there may spell shorthand too.
  /// - After a spaced dash or in brackets, a word no list knows or a plain
  ///   first name ("all ok - bex", "-- Sue", "(rhod)"), or initials in capitals
  ///   no list knows ("- JB", "(TM)").
  /// - After a full stop or a comma, initials in capitals no list knows
  ///   ("Corrected. SK"), or a first name ("nothing to log. dougie", "reported. Sue").
  ///
  /// Not "- pt", "- ok", "- tbc", nor capitals that a list knows as the
  /// service's shorthand ("- DNA", "ICU", "RM") or that spell a regimen ("VAC").
  private func isSignatureClosingTheNote(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.letters >= 2, t.letters == t.length, !t.isPossessive, !protected[i], let p = previous(i), p > 0 else { return false }
    let opening = isMark(p, "(") || isMark(p, "[") || isMark(p, "/")
    if var n = next(i) {
      if opening, isMark(n, ")") || isMark(n, "]") || isMark(n, "/") {
        guard let m = next(n) else { return signs(i, after: p) }
        n = m
      } else if isMark(p, "(") || isMark(p, "[") {
        return false
      }
      guard isMark(n, ".") || isMark(n, "!") || isWord(n, "x") || isWord(n, "xx"), next(n) == nil else { return false }
    } else if isMark(p, "(") || isMark(p, "[") {
      return false
    }
    return signs(i, after: p)
  }

  /// Whether word `i`, closing the note after token `p`, reads as who signed it.
  private func signs(_ i: Int, after p: Int) -> Bool {
    let t = tokens[i]
    guard !isGenericDrugName(i), !hasMedicalEnding(i) else { return false }
    let e = nameEvidence[i]
    // Marked off as a signature: a tilde, a slash with a space before it (not "chemo/RT"), square brackets.
    let markedOff = isMark(p, "~") || isMark(p, "/") && tokens[p - 1].isSpace || isMark(p, "[")
    // Capitals so marked are initials unless they spell the domain's shorthand ("chemo / RT",
    // "/MDT") or a regimen ("[VAC]"); in square brackets, two letters are initials whatever they spell ("[BP]").
    if t.isAllCaps, t.letters <= 3, markedOff, t.flags.isDisjoint(with: [.kept, .institution, .registry, .strongTitle]),
      !isRegimenInitials(i), t.letters == 2 && isMark(p, "[") || e == .unknown
    {
      return true
    }
    // ". ML", "(WK)", "- ST": two capitals closing the note after a full stop, a dash or a bracket
    // are initials, though in lower case they may spell a unit or shorthand; not what a note writes
    // alone ("CT", "GP", "AM") nor a regimen ("IE").
    if t.isAllCaps, t.letters == 2, isMark(p, ".") || isMark(p, "(") || isMark(p, ")") || isMark(p, "-") && p >= 1 && tokens[p - 1].isSpace,
      isTwoCapitalInitials(i, closingTheNote: true)
    {
      return true
    }
    // ". AT", "(IN)": two capitals closing the note that spell a word of grammar are initials
    // too; no one writes "at" alone so. Not "OK", "NO", "SO", "AM".
    if t.isAllCaps, t.letters == 2, t.flags.contains(.function), isMark(p, ".") || isMark(p, "!") || isMark(p, "?") || isMark(p, "(")
      || isMark(p, "-") && tokens[p - 1].isSpace,
      !(isWord(i, "ok") || isWord(i, "no") || isWord(i, "so") || isWord(i, "us") || isWord(i, "uk") || isWord(i, "nb") || isWord(i, "ps")
        || isWord(i, "am") || isWord(i, "pm"))
    {
      return true
    }
    guard t.flags.isDisjoint(with: Self.neverASignature) else { return false }
    // A dash standing apart ("- JB", "-- Sue"), not one joining a word ("follow-up").
    let dash = isMark(p, "-") && (tokens[p - 1].isSpace || isMark(p - 1, "-"))
    let bracket = isMark(p, "(")
    if t.isAllCaps {
      // Two letters are initials unless they spell a regimen one knows ("IE", "AI"); "TM" is someone.
      guard t.letters <= 3, e == .unknown, !isRegimenInitials(i), !t.flags.contains(.registry)
      else { return false }
      // Not after a word: "retroperitoneal LPS", "on CRM" are the domain's shorthand.
      // "no relation! HML", "not a mistake!" TW": after an exclamation or a question too.
      let afterQuote = isMark(p, "\"") && previous(p).map({ isMark($0, ".") || isMark($0, "!") || isMark($0, "?") }) ?? false
      return dash || bracket || isMark(p, ".") || isMark(p, ",") || isMark(p, ")") || isMark(p, "!") || isMark(p, "?") || afterQuote
    }
    if markedOff { return e == .definite || e == .unknown }
    // "- wc", "- jo": two letters after a dash; a long word no list knows is more often a
    // word ("- unverified", "- cardiothoracic") than who signed.
    // A first name that is a word too, capitalised: "-- Sue", "reported. Sue".
    let firstName = e == .definite || e == .ambiguous && t.isCapitalised && t.flags.contains(.firstName)
    if dash || bracket { return firstName || e == .unknown && (2...8).contains(t.letters) }
    guard isMark(p, ".") || isMark(p, "!") || isMark(p, "?") else { return false }
    // "reported. Sue", "nothing to log. dougie", "Corrected. yd", "ring after shabbos? dal".
    if firstName || e == .unknown && !t.isCapitalised && (2...8).contains(t.letters) { return true }
    // "parents of pt Osian, 17. Bron x": capitalised, with a kiss after it.
    if e == .unknown, t.isCapitalised, (2...8).contains(t.letters), let n = next(i), isWord(n, "x") || isWord(n, "xx") { return true }
    // "Good news call. Marsh": a family name that is a word too, capitalised, alone after a sentence;
    // not a verb ("Noted", "Will").
    return t.isCapitalised && !t.isAllCaps && (e == .everyday || e == .ambiguous) && t.flags.contains(.surname)
      && !t.flags.contains(.finiteVerb) && !t.flags.contains(.firstName) && isMark(p, ".")
  }

  /// The last of one or two capital initials, each with its full stop,
  /// starting at `g` and closing the note after a full stop or a spaced dash:
  /// "... 18/11/2024. J.B.", "nothing else to add - K.".
  private func dottedInitialsClosingTheNote(from g: Int) -> Int? {
    guard isInitialLetter(g), g + 1 < tokens.count, isMark(g + 1, "."), let p = previous(g),
      isMark(p, ".") || isMark(p, "-") && p >= 1 && tokens[p - 1].isSpace
    else { return nil }
    var last = g
    if g + 3 < tokens.count, tokens[g + 2].kind == .word, isInitialLetter(g + 2), isMark(g + 3, ".") { last = g + 2 }
    return next(last + 1) == nil ? last : nil
  }

  /// Whether word `i` names who did the note's work after "logged by",
  /// "transcribed by": a word no list knows or a plain first name, or two or
  /// three initials in capitals; no word of the domain.
  private func isWorkerAfterDoneBy(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.letters >= 2, t.letters == t.length, !t.isPossessive, !protected[i], isAfterDoneBy(i),
      t.flags.isDisjoint(with: Self.neverASignature), !isGenericDrugName(i), !hasMedicalEnding(i)
    else { return false }
    let e = nameEvidence[i]
    if t.isAllCaps { return t.letters <= 3 && e == .unknown }
    return e == .definite || e == .unknown
  }

  /// Whether "by" and a verb of doing the note's work stand before word `i`:
  /// "logged by DF", "transcribed by wen", "typed by".
  private func isAfterDoneBy(_ i: Int) -> Bool {
    guard let by = beforeSpace(i), isWord(by, "by"), let v = beforeSpace(by) else { return false }
    return isWord(v, "logged") || isWord(v, "transcribed") || isWord(v, "typed") || isWord(v, "written") || isWord(v, "taken")
      || isWord(v, "noted") || isWord(v, "entered") || isWord(v, "updated") || isWord(v, "checked") || isWord(v, "covered")
      || isWord(v, "answered") || isWord(v, "handled") || isWord(v, "done") || isWord(v, "sent") || isWord(v, "added")
  }

  // MARK: Chat user names

  /// Claims as names the user names a pasted chat gives after the stamp of
  /// each message: "[10:02] sean_d: ...", "[16:20] gazza71: ...", "[14:05]
  /// jl.de.la.tour: ...". A user name is letters with digits, underscores,
  /// full stops or hyphens, typed without a space, before a colon; a stamp is
  /// a time or a date in square brackets. (A user name of plain words is left
  /// to the rules for names.)
  private mutating func claimChatUserNames() {
    var i = 0
    while i + 3 < tokens.count {
      defer { i += 1 }
      guard isMark(i, "]"), tokens[i + 1].isSpace, let p = previous(i), isIdentifier(p, .time) || isIdentifier(p, .date) else { continue }
      let first = i + 2
      var last = first
      var joined = false
      var words = 0
      while last < tokens.count {
        let t = tokens[last]
        if t.kind == .word || t.kind == .alphanumeric {
          words += 1
        } else if t.kind == .number || isMark(last, "_") || isMark(last, ".") || isMark(last, "-") {
          joined = true
        } else {
          break
        }
        last += 1
      }
      // The colon straight after, and something joined to the letters.
      guard last < tokens.count, isMark(last, ":"), last > first, words > 0,
        joined || tokens[first].kind == .alphanumeric, tokens[first].kind != .number, tokens[last - 1].kind != .punctuation,
        isFree(first, last - 1)
      else { continue }
      claim(first, last - 1, as: .name)
      i = last
    }
  }

  // MARK: Initials where a person stands

  /// Whether word `i`, two or three capitals no list knows, stands where a
  /// person does in a note the staff share: who took the call, who is to ring
  /// back, whom the work was handed to, who was on shift.
  ///
  /// - After "by", "per", "from", "cc", "c/b", an arrow, or "to" after "over",
  ///   "handed" or "passed": "by YD", "per SK:", "c/b KM 2pm", "over to KM:".
  /// - Before what staff do: "AF took it", "KM to c/b", "MLZ spoke Mandarin",
  ///   "SK sent info pack", "as TN off".
  /// - Beside other such initials in a list: "PR/SK", "SE / LK", "PR x TN".
  /// - Alone in brackets, when the words before do not spell them out: "c/b
  ///   done (SK)", not "Sarcoma Support Group (SSG)".
  /// - As a clause of their own: "Eamon Gallagher - SK; daughter Sinéad",
  ///   "Ramin Navabi - LK: wife Ladan", "...; AH" closing the note, "11:35 DB:"
  ///   after the time of a call, "RG Mon 10/06 08:55:" opening the note.
  ///
  /// Never what a list knows: the service's shorthand ("CT", "MDT"), units,
  /// regimens ("VAC", "IE"), titles or particles ("NI").
  private func isInitialsWhereAPersonStands(_ i: Int) -> Bool {
    guard mayBeInitialsInCapitals(i) else { return false }
    if isAfterPersonCue(i) || isBeforeWhatStaffDo(i) || isInListOfInitials(i) { return true }
    guard let p = previous(i) else {
      // Opening the note before the day or date of its entry: "RG Mon 10/06 08:55: ...".
      guard let n = afterSpace(i) else { return false }
      return tokens[n].flags.contains(.weekday) || isIdentifier(n, .date)
    }
    let n = next(i)
    // In brackets, alone.
    if isMark(p, "(") || isMark(p, "["), let n, isMark(n, ")") || isMark(n, "]") {
      return !isSpelledOutBefore(i, bracket: p)
    }
    // "11:35 DB: ...", "Call 15:30, TN: ...", "late call YD: ...": after the call's time, before a colon.
    if let n, isMark(n, ":") {
      if isIdentifier(p, .time) || isWord(p, "call") { return true }
      if isMark(p, ","), let q = previous(p), isIdentifier(q, .time) { return true }
    }
    // A clause of its own after a spaced dash or a semicolon: "- SK;", "- LK:", "...; JP".
    let dash = isMark(p, "-") && (p == 0 || tokens[p - 1].isSpace)
    guard dash || isMark(p, ";") else { return false }
    guard let n else { return true }
    return isMark(n, ";") || isMark(n, ":") || (isMark(n, ".") && next(n) == nil)
  }

  /// Whether word `i` is two or three capitals that may be someone's
  /// initials: no word any list knows but a name's ("AH"), no regimen, no
  /// shorthand a note writes on its own.
  private func mayBeInitialsInCapitals(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.isAllCaps, t.letters == t.length, t.letters == 2 || t.letters == 3, !t.isPossessive, !protected[i], !claimed[i],
      nameEvidence[i] == .unknown || nameEvidence[i] == .definite, !t.flags.contains(.particle)
    else { return false }
    // "SHO", a doctor's grade in capitals (in mixed case, "Sho" is a given name).
    return t.letters == 2 ? isTwoCapitalInitials(i) : !isRegimenInitials(i) && !isWord(i, "sho")
  }

  /// Whether a word naming who does the work comes just before word `i`:
  /// "by", "per", "from", "cc", "c/b", an arrow ("->"), "over to", "handed to",
  /// "allocated to".
  private func isAfterPersonCue(_ i: Int) -> Bool {
    guard let p = previous(i) else { return false }
    // "-> PR", "=> SK".
    if isMark(p, ">"), p >= 1, isMark(p - 1, "-") || isMark(p - 1, "=") { return true }
    guard tokens[i - 1].isSpace else { return false }
    if isWord(p, "by") || isWord(p, "per") || isWord(p, "cc") || isWord(p, "cb") || isCallBackShort(endingAt: p) {
      return true
    }
    // "Spk KM.", "spoke to TN": whom someone spoke to, closing the clause.
    if isWord(p, "spk") || isWord(p, "to") && beforeSpace(p).map({ isWord($0, "spoke") || isWord($0, "spk") }) == true {
      return next(i).map({ tokens[$0].kind == .punctuation }) ?? true
    }
    // "from SE: ...", "- from AF.", not a place: "rang from KL", "from HA area".
    if isWord(p, "from") {
      guard next(i).map({ tokens[$0].kind == .punctuation }) ?? true else { return false }
      guard let v = beforeSpace(p) else { return true }
      return !(isCallVerb(v) || isWord(v, "calling") || isWord(v, "moved") || isWord(v, "came") || isWord(v, "back") || isWord(v, "is")
        || isWord(v, "flying") || isWord(v, "travelling") || isWord(v, "lives") || isWord(v, "far"))
    }
    // "over to KM", "handed to RG", "passed to PR".
    guard isWord(p, "to"), let q = beforeSpace(p) else { return false }
    return isWord(q, "over") || isWord(q, "handed") || isWord(q, "passed") || isWord(q, "handing") || isWord(q, "handover")
      || isWord(q, "back") || isWord(q, "allocated") || isWord(q, "assigned")
  }

  /// Whether what a member of staff does follows word `i`: "took", "spoke",
  /// "sent", "rang", "to c/b", "c/b", "off", an arrow handing the work on.
  private func isBeforeWhatStaffDo(_ i: Int) -> Bool {
    guard let n = next(i) else { return false }
    // "SK -> PR".
    if isMark(n, "-"), n + 1 < tokens.count, isMark(n + 1, ">") { return true }
    guard n == i + 2 else { return false }
    if isWord(n, "c"), n + 2 < tokens.count, isCallBackShort(endingAt: n + 2) { return true }
    if isWord(n, "took") || isWord(n, "spoke") || isWord(n, "spk") || isWord(n, "sent") || isWord(n, "replied") || isWord(n, "explained")
      || isWord(n, "checking") || isWord(n, "emailed") || isWord(n, "texted") || isWord(n, "booked") || isWord(n, "covering")
      || isWord(n, "handled") || isWord(n, "answered") || isWord(n, "signposted") || isWord(n, "listened")
      || isWord(n, "reassured") || isWord(n, "cb") || isWord(n, "chasing") || isWord(n, "chased") || isWord(n, "tried") || isCallVerb(n)
    {
      return true
    }
    // "as TN off", "TN off today".
    if isWord(n, "off"), previous(i).map({ isWord($0, "as") || isWord($0, "while") }) ?? true { return true }
    // "DS aware.", "CF asks all:", "CF req:", "CF ret'd call", "DS on leave tmrw", "if CF had rung".
    if isWord(n, "aware"), next(n).map({ tokens[$0].kind == .punctuation }) ?? true { return !isRoleInCapitals(i) }
    if isWord(n, "asks") || isWord(n, "req") || isWord(n, "ret'd") || isWord(n, "returned") { return true }
    if isWord(n, "on"), let v = afterSpace(n), isWord(v, "leave") || isWord(v, "lates") || isWord(v, "earlies") { return true }
    if isWord(n, "had"), let v = afterSpace(n), isWord(v, "rung") || isWord(v, "asked") || isWord(v, "called") || isWord(v, "spoken") {
      return true
    }
    // "KM to c/b", "HR to try landline later", "YD to ring back", "CF to f/u Weds", "DS to email link".
    if isWord(n, "to"), let v = afterSpace(n) {
      return isStaffTaskVerb(v) || isWord(v, "c") && v + 2 < tokens.count && isCallBackShort(endingAt: v + 2) || isWord(v, "cb")
        || isWord(v, "try") || isWord(v, "phone") || isWord(v, "f") && v + 2 < tokens.count && isMark(v + 1, "/") && isWord(v + 2, "u")
        || isWord(v, "fu")
    }
    return false
  }

  /// Whether token `i` ends the note or a mark follows it. (No closure: one
  /// that captures the analysis copies it, and this is asked of many words.)
  func isPunctuationOrEndAfter(_ i: Int) -> Bool {
    guard let n = next(i) else { return true }
    return tokens[n].kind == .punctuation
  }

  /// The token before `i`, or the one before a comma there: "thanks Jan", "cheers, Mo".
  private func wordBeforeSkippingAComma(_ i: Int) -> Int? {
    guard let p = previous(i) else { return nil }
    return isMark(p, ",") ? previous(p) : p
  }

  /// Whether "to" and a task of the line's staff follow word `i`: "to check",
  /// "to update", "to order", "to send", "to ring back", "to email".
  private func isBeforeAStaffTask(_ i: Int) -> Bool {
    guard let n = afterSpace(i), isWord(n, "to"), let v = afterSpace(n) else { return false }
    return isStaffTaskVerb(v) || isWord(v, "order") || isWord(v, "book") || isWord(v, "arrange") || isWord(v, "confirm")
  }

  /// Whether word `v` is a task the line's staff take on, after "to": "check",
  /// "update", "send", "email", "ring", "call", "chase", "reply", "post",
  /// "pass", "follow", "text".
  private func isStaffTaskVerb(_ v: Int) -> Bool {
    isWord(v, "check") || isWord(v, "update") || isWord(v, "send") || isWord(v, "email") || isWord(v, "ring") || isWord(v, "call")
      || isWord(v, "chase") || isWord(v, "reply") || isWord(v, "post") || isWord(v, "pass") || isWord(v, "follow") || isWord(v, "text")
  }

  /// Whether word `i`, two or three capitals that may spell shorthand, are a
  /// patient's initials after "pt", before a bracket, the call or what they
  /// did or want ("Pt MM (dob ...)", "pt NB rang", "pt RW ret'd call"); not
  /// the line's own shorthand for what happened to a patient ("pt DNA").
  private func isPatientsInitialsAfterPt(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.isAllCaps, (2...3).contains(t.letters), t.letters == t.length, !protected[i], !claimed[i], let p = beforeSpace(i),
      isWord(p, "pt"), let n = next(i),
      isMark(n, "(") || isCallVerb(n) || isSpeechVerb(n) || isWord(n, "ret'd") || tokens[n].kind == .word && tokens[n].flags.contains(.relation),
      t.flags.isDisjoint(with: [.kept, .institution, .registry, .strongTitle, .weakTitle, .particle]), !isTwoLetterRegimen(i)
    else { return false }
    return !(isWord(i, "dna") || isWord(i, "nfa") || isWord(i, "tci") || isWord(i, "nbm") || isWord(i, "icu") || isWord(i, "hdu")
      || isWord(i, "ok") || isWord(i, "rip") || isWord(i, "ga") || isWord(i, "gp"))
  }

  /// Whether word `i`, two or three letters, is the initials of whoever wrote
  /// the entry, straight after the time that opens it and before a mark, or
  /// what they did: "08:10 BP vm 1:", "9.40 TN.", "10.45 tn - quick one",
  /// "13:15 TN back.", "14:01 SK on.". In capitals they may spell shorthand
  /// ("BP"), but never a role or a service ("09:30 MDT: ...", "10:00 GP -").
  private func isWritersInitialsAfterTheTime(_ i: Int) -> Bool {
    let t = tokens[i]
    guard (2...3).contains(t.letters), t.letters == t.length, !protected[i], !claimed[i], let p = beforeSpace(i), claimed[p],
      let span = spans.last(where: { $0.last == p }), span.kind == .time, span.first == 0,
      t.isAllCaps || !t.isCapitalised && nameEvidence[i] == .unknown,
      t.flags.isDisjoint(with: [.kept, .institution, .registry, .strongTitle, .weakTitle, .function, .relation, .particle, .quantity, .clockWord]),
      !isRoleInCapitals(i),
      !(isWord(i, "mdt") || isWord(i, "cns") || isWord(i, "mri") || isWord(i, "pet") || isWord(i, "nhs") || isWord(i, "lss")
        || isWord(i, "tya") || isWord(i, "icu") || isWord(i, "hdu") || isWord(i, "opd") || isWord(i, "dna") || isWord(i, "vm")
        || isWord(i, "cb") || isWord(i, "pm") || isWord(i, "am") || isWord(i, "hrs") || isWord(i, "pt") || isWord(i, "pts")),
      let n = next(i)
    else { return false }
    // Letters a regimen could spell ("DP", "AP") are the writer's only before a dash or a colon: "08:54 DP - caller's son".
    if isRegimen(i) { return isMark(n, "-") || isMark(n, ":") }
    if tokens[n].kind == .punctuation { return isMark(n, "-") || isMark(n, ":") || isMark(n, ".") || isMark(n, ">") || isMark(n, "(") }
    if isWord(n, "on") || isWord(n, "off") || isWord(n, "back") || isWord(n, "lunch") || isWord(n, "handover") || isWord(n, "vm")
      || isWord(n, "closing") || isWord(n, "cb") || isCallVerb(n) || isWord(n, "took") || isWord(n, "spoke")
    {
      return true
    }
    // "9.10 IO mum of ...", "11.16 MK nhs no read out", "9.22 LF caller ...": capitals no list knows
    // as a word or shorthand, before whatever the entry says.
    return t.isAllCaps && t.flags.isDisjoint(with: [.english, .domain, .month, .weekday, .firstName, .surname])
      && (tokens[n].kind == .word || tokens[n].kind == .placeholder)
  }

  /// The family name after the first word of the note when both are
  /// capitalised words that are also ordinary words or places, and a colon,
  /// a comma, a dash or what they did follows: "Amber Rivers: ...", "Miles
  /// Church, church warden", "Mark Kent marked the letter urgent". The first
  /// must be a first name; neither may be a street's, a building's or an
  /// institution's word ("Mark Street,", "Rose Cottage,", "Hope Hospital,").
  private func familyNameOfAWordNameOpeningTheNote() -> Int? {
    guard !tokens.isEmpty, tokens[0].kind == .word, tokens[0].isCapitalised, !tokens[0].isAllCaps, !claimed[0], !protected[0],
      tokens[0].flags.contains(.firstName), let j = afterSpace(0), tokens[j].kind == .word, tokens[j].isCapitalised, !tokens[j].isAllCaps,
      !claimed[j], !protected[j], tokens[j].letters >= 3
    else { return nil }
    let never: WordFlags = [.function, .domain, .kept, .institution, .institutionFirst, .month, .weekday, .relation, .strongTitle,
      .weakTitle, .streetSuffix, .dwelling, .buildingSuffix, .houseNameStart, .quantity, .eponymNoun]
    guard tokens[0].flags.isDisjoint(with: never), tokens[j].flags.isDisjoint(with: never), let n = next(j) else { return nil }
    if isMark(n, ":") || isMark(n, ",") || isMark(n, "-") && n == j + 2 { return j }
    return isCallVerb(n) || isSpeechVerb(n) || tokens[n].kind == .word && tokens[n].flags.contains(.finiteVerb) ? j : nil
  }

  /// Whether word `i`, two or three capitals, is the initials of whoever
  /// handled the case, in the fields a case system puts before the note:
  /// after its reference, date, time or channel, and before a mark or the
  /// channel ("SL-24-03817 03/04/2024 09:12 JK phone: ...", "Ticket CAS-11902
  /// 2024-04-08 10:03 PHN RB: ...", "SL0049230 16/04/2024 DP email — ...").
  /// Every word before it is a field's label or the channel.
  private func isHandlersInitialsInAHeader(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.isAllCaps, (2...3).contains(t.letters), t.letters == t.length, i >= 2, i < 24, !protected[i], !claimed[i],
      t.flags.isDisjoint(with: [.english, .domain, .kept, .institution, .registry, .month, .weekday, .strongTitle, .weakTitle, .function,
        .relation, .particle, .quantity, .clockWord]),
      !isRoleInCapitals(i), !isChannelWord(i), let p = previous(i), claimed[p] || isChannelWord(p), let n = next(i),
      isMark(n, ":") || isMark(n, "-") || isMark(n, "/") || isChannelWord(n)
    else { return false }
    var sawIdentifier = false
    for j in 0..<i where tokens[j].kind != .space && tokens[j].kind != .punctuation {
      if claimed[j] {
        sawIdentifier = true
      } else if !(isChannelWord(j) || tokens[j].flags.contains(.recordCue) || isWord(j, "ticket") || isWord(j, "tkt")
        || isWord(j, "handler") || isWord(j, "no"))
      {
        return false
      }
    }
    return sawIdentifier
  }

  /// Whether word `i` names the channel a case came by, as a case system's
  /// fields give it: "phone", "PHN", "email", "EML", "webchat", "post".
  private func isChannelWord(_ i: Int) -> Bool {
    guard tokens[i].kind == .word, (2...9).contains(tokens[i].letters) else { return false }
    return isWord(i, "phone") || isWord(i, "phn") || isWord(i, "tel") || isWord(i, "email") || isWord(i, "eml") || isWord(i, "mail")
      || isWord(i, "chat") || isWord(i, "webchat") || isWord(i, "web") || isWord(i, "sms") || isWord(i, "txt") || isWord(i, "text")
      || isWord(i, "vm") || isWord(i, "voicemail") || isWord(i, "post") || isWord(i, "letter") || isWord(i, "whatsapp")
      || isWord(i, "call") || isWord(i, "inbound") || isWord(i, "outbound")
  }

  /// Whether word `i`, two letters in lower case that no list knows, stands
  /// where a colleague does: before what staff do ("kt to reply", "rb emailed",
  /// "kt checking") or after whom work goes to ("passed to ab", "flag to kt").
  private func isInitialsInLowerCaseWhereAPersonStands(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.letters == 2, t.length == 2, !t.isCapitalised, !protected[i], !claimed[i], nameEvidence[i] == .unknown else { return false }
    if isBeforeWhatStaffDo(i) { return true }
    guard let p = beforeSpace(i), isWord(p, "to"), let q = beforeSpace(p),
      isWord(q, "passed") || isWord(q, "flag") || isWord(q, "flagged") || isWord(q, "handed") || isWord(q, "over")
    else { return false }
    return next(i).map({ tokens[$0].kind == .punctuation }) ?? true
  }

  /// Whether word `i`, two capitals that also spell shorthand a list knows
  /// ("CF", "DS", "TB", "NB", "RW"), stands where only a person can: before
  /// what staff do (as `isBeforeWhatStaffDo` finds it, but for "aware", which
  /// a team may be too), after "fao", or as the owner of someone's cover or
  /// patients ("CF's cover", "DS's pts"). Never a role or a service ("GP",
  /// "OT", "SW", "DN"), a unit, a regimen or the line's own shorthand.
  private func isShorthandInitialsWhereOnlyAPersonStands(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.isAllCaps, t.letters == 2, t.length == 2 || t.isPossessive, !protected[i], !claimed[i], nameEvidence[i] == .none,
      t.flags.isDisjoint(with: [.kept, .institution, .registry, .strongTitle, .weakTitle, .function, .relation, .particle, .quantity]),
      !isTwoLetterRegimen(i), !isRoleInCapitals(i)
    else { return false }
    if t.isPossessive {
      guard let n = afterSpace(i + 1) else { return false }
      return isWord(n, "cover") || isWord(n, "pts") || isWord(n, "patients") || isWord(n, "caseload") || isWord(n, "calls")
    }
    if let p = beforeSpace(i), isWord(p, "fao") { return true }
    guard let n = next(i), n == i + 2, !isWord(n, "aware") else { return false }
    // The subject of its clause, not a thing named after another word ("imaging CD to post").
    if let p = previous(i), !(tokens[p].kind == .punctuation || isWord(p, "as") || isWord(p, "if") || isWord(p, "and") || isWord(p, "when")) {
      return false
    }
    return isBeforeWhatStaffDo(i)
  }

  /// Whether word `i` is a role or a service written in capitals, which may do
  /// what staff do: "GP to refer", "OT to assess", "SW aware", "DN to visit".
  private func isRoleInCapitals(_ i: Int) -> Bool {
    isWord(i, "gp") || isWord(i, "ot") || isWord(i, "sw") || isWord(i, "dn") || isWord(i, "pt") || isWord(i, "sn") || isWord(i, "rn")
      || isWord(i, "ed") || isWord(i, "ae") || isWord(i, "rm") || isWord(i, "hr") || isWord(i, "it") || isWord(i, "ct") || isWord(i, "gp's")
  }

  /// Whether word `i` is joined by "/", ",", "+", "&" or "x" to other initials
  /// that may be someone's: "PR/SK", "SE / LK", "PR x TN", "SK + TN".
  private func isInListOfInitials(_ i: Int) -> Bool {
    func joined(_ j: Int?) -> Int? {
      guard let j else { return nil }
      return isMark(j, "/") || isMark(j, ",") || isMark(j, "+") || isMark(j, "&") || isWord(j, "x") ? j : nil
    }
    // One of the two is a pair of letters: not "RLM/LRM", which more often spell shorthand.
    if let p = joined(previous(i)), let q = previous(p), tokens[q].kind == .word, tokens[i].letters == 2 || tokens[q].letters == 2,
      mayBeInitialsInCapitals(q)
    {
      return true
    }
    if let n = joined(next(i)), let m = next(n), tokens[m].kind == .word, tokens[i].letters == 2 || tokens[m].letters == 2,
      mayBeInitialsInCapitals(m)
    {
      return true
    }
    return false
  }

  /// Whether the words before the bracket at `bracket` spell out word `i`,
  /// which stands in it: "Sarcoma Support Group (SSG)", "Teenage Cancer
  /// Trust (TCT)".
  private func isSpelledOutBefore(_ i: Int, bracket: Int) -> Bool {
    let t = tokens[i]
    var letter = t.end - 1
    var j = previous(bracket)
    while let w = j, letter >= t.start {
      guard tokens[w].kind == .word else { return false }
      if b[tokens[w].start] | 0x20 == b[letter] | 0x20 {
        letter -= 1
      } else if !(isWord(w, "of") || isWord(w, "and") || isWord(w, "the") || isWord(w, "for")) {
        return false
      }
      j = previous(w)
    }
    return letter < t.start
  }

  /// Whether letters `first` and `second`, each with its full stop, spell an
  /// abbreviation rather than someone's initials: "N.B.", "P.S.", "E.G.",
  /// "I.E.", "A.M.", "P.M.", "N.A.", "R.E.".
  private func isAbbreviationInInitials(_ first: Int, _ second: Int) -> Bool {
    let pair = (b[tokens[first].start] | 0x20, b[tokens[second].start] | 0x20)
    let abbreviations: [(UInt8, UInt8)] = [
      (0x6E, 0x62), (0x70, 0x73), (0x65, 0x67), (0x69, 0x65), (0x61, 0x6D), (0x70, 0x6D), (0x6E, 0x61), (0x72, 0x65),
    ]
    return abbreviations.contains { $0 == pair }
  }

  /// Whether two-letter word `i` in capitals may be someone's initials: no
  /// function word, relation or title, no regimen, and no shorthand a note
  /// writes on its own.
  private func isTwoCapitalInitials(_ i: Int, closingTheNote: Bool = false) -> Bool {
    // A title's letters in capitals ("SR", "FR") close the note as initials: no title ends a note.
    // Not "DR", "MR", "MS", which a note may close on as the writer's shorthand.
    let titles: WordFlags = closingTheNote && !(isWord(i, "dr") || isWord(i, "mr") || isWord(i, "ms")) ? [] : [.strongTitle, .weakTitle]
    return tokens[i].flags.isDisjoint(with: titles.union([.kept, .institution, .registry, .function, .relation]))
      && !isTwoLetterRegimen(i) && !isShorthandStandingAlone(i)
  }

  /// The end of a handover opening the note: one person to another, each a
  /// name or initials, then a colon or the note's first clause: "ML -> Sue T:",
  /// "yusuf handing to berivan:", "tomek to sue:", "Hamish G to BP:", "Sue T
  /// handover to all". Returns the people's words.
  private func peopleOfHandoverOpeningTheNote() -> [Int] {
    // (No closure here: one that captures the analysis copies it, for every note.)
    guard !tokens.isEmpty, tokens[0].kind == .word else { return [] }
    var people: [Int] = []
    var j = 0
    // The first person: a word and perhaps an initial.
    guard isHandoverPerson(j) else { return [] }
    people.append(j)
    if j + 2 < tokens.count, tokens[j + 1].isSpace, isInitialLetter(j + 2) {
      people.append(j + 2)
      j += 2
    }
    guard var k = next(j) else { return [] }
    // "to", "->", "handing to", "handover to", "handing over to".
    if isWord(k, "handing") || isWord(k, "handover") || isWord(k, "hands"), let n = afterSpace(k) {
      k = isWord(n, "over") ? (afterSpace(n) ?? n) : n
    }
    if isMark(k, "-"), k + 1 < tokens.count, isMark(k + 1, ">") {
      k += 1
    } else if !isWord(k, "to") {
      return []
    }
    guard let second = next(k), isHandoverPerson(second) || isWord(second, "all") else { return [] }
    if !isWord(second, "all") { people.append(second) }
    var last = second
    if second + 2 < tokens.count, tokens[second + 1].isSpace, isInitialLetter(second + 2) {
      if !isWord(second, "all") { people.append(second + 2) }
      last = second + 2
    }
    guard let after = next(last), isMark(after, ":") || isMark(after, ",") || isMark(after, "-") || isWord(after, "pls") else { return [] }
    return people
  }

  /// Whether word `i` may name a person in a handover: a word no list knows or
  /// a plain first name, in any case, or two or three initials in capitals.
  private func isHandoverPerson(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.kind == .word, t.letters >= 2, t.letters == t.length, !protected[i], !claimed[i] else { return false }
    if t.isAllCaps, t.letters <= 3 { return t.letters == 2 ? isTwoCapitalInitials(i) : nameEvidence[i] == .unknown && !isRegimenInitials(i) }
    let e = nameEvidence[i]
    return (e == .unknown || e == .definite || e == .ambiguous && t.flags.contains(.firstName))
      && t.flags.isDisjoint(with: [.domain, .kept, .function, .relation, .month, .weekday])
  }

  /// Whether two-letter word `i` is shorthand that a note may write as a
  /// sentence or a label of its own: "CT", "GP", "RM", "RT", "NB", "PS", "DX".
  private func isShorthandStandingAlone(_ i: Int) -> Bool {
    isWord(i, "ct") || isWord(i, "gp") || isWord(i, "rm") || isWord(i, "rt") || isWord(i, "ae") || isWord(i, "ed")
      || isWord(i, "ot") || isWord(i, "iv") || isWord(i, "po") || isWord(i, "nb") || isWord(i, "ps") || isWord(i, "tx")
      || isWord(i, "rx") || isWord(i, "dx") || isWord(i, "hx") || isWord(i, "fu") || isWord(i, "uk") || isWord(i, "ok")
      || isWord(i, "na") || isWord(i, "re") || isWord(i, "cc") || isWord(i, "pe") || isWord(i, "hr") || isWord(i, "ga")
      || isWord(i, "os") || isWord(i, "ks") || isWord(i, "qe") || isWord(i, "hk") || isWord(i, "dn") || isWord(i, "sx")
      || isWord(i, "am") || isWord(i, "pm") || isWord(i, "pt") || isWord(i, "op") || isWord(i, "mr") || isWord(i, "dr")
  }

  /// Whether word `i` in capitals spells a regimen: two letters that a known
  /// regimen has ("IE", "AI"), or longer, every letter a sarcoma drug's ("VAC").
  private func isRegimenInitials(_ i: Int) -> Bool {
    tokens[i].letters == 2 ? isTwoLetterRegimen(i) : isRegimen(i)
  }

  /// Whether two-letter word `i` in capitals is a regimen's known initials:
  /// "IE" (ifosfamide, etoposide), "AI", "AP", "GD", "GT", "VA", "VI", "VC", "CE", "EI".
  private func isTwoLetterRegimen(_ i: Int) -> Bool {
    isWord(i, "ie") || isWord(i, "ai") || isWord(i, "ap") || isWord(i, "gd") || isWord(i, "gt") || isWord(i, "va")
      || isWord(i, "vi") || isWord(i, "vc") || isWord(i, "ce") || isWord(i, "ei") || isWord(i, "ia") || isWord(i, "ec")
  }

  /// Words that never sign a note before a colon.
  private static let neverASignature: WordFlags = [
    .domain, .kept, .relation, .function, .strongTitle, .weakTitle, .weekday, .month, .quantity, .clockWord, .phoneCue,
    .institution, .recordCue, .rareCue,
  ]

  /// Whether lower-case word `i`, which no list knows, is a name standing
  /// alone as typed in a text or an email: opening the note before a dash or
  /// a comma ("hamza - son, txts only"), or after "it's" or before "here"
  /// ("its lachlan again", "mahsa here").
  private func isNameInLowerCaseAlone(_ i: Int) -> Bool {
    let t = tokens[i]
    guard !t.isCapitalised, t.letters >= 3, t.letters == t.length || isKoreanGivenName(i), !protected[i],
      // "gmail is fine": a provider, unless it is a first name too.
      !t.flags.contains(.emailProvider) || t.flags.contains(.firstName)
    else { return false }
    // Where it stands first: asked of every word in lower case, so the cheap tests come first.
    var standsAlone = false
    // Where a name that is also a word stands too: "will rang", "its grace again", "message from sunny:".
    var wordMayStand = false
    // Where a name that is also a month stands too: "june rang", "april said".
    var monthMayStand = false
    // "hamza - son", "hamza, son"; not "owl-3", a dash typed against the word.
    if opensNote(i), let n = next(i), n == i + 2, isMark(n, "-"), let r = next(n), tokens[r].kind == .word,
      tokens[r].flags.contains(.relation)
    {
      // "hope - dtr, said ...": who they are after a dash.
      standsAlone = true
      wordMayStand = true
    } else if opensNote(i), let n = next(i), n == i + 2 || n == i + 1,
      (isMark(n, "-") && n == i + 2) || isMark(n, ",") || isWord(n, "lowercase")
        || (isWord(n, "lower") && afterSpace(n).map({ isWord($0, "case") }) == true)
        || (isMark(n, "(") && next(n).map({ tokens[$0].kind == .word && !tokens[$0].isCapitalised }) ?? false)
    {
      standsAlone = true
    } else if opensNote(i), let n = next(i), n == i + 2, isMark(n, "-"), let r = afterSpace(n), isRequestOrTitle(r) {
      // "pen - can you sign off ...", "marsh - mr bailey rang": a colleague addressed, opening the note.
      standsAlone = true
      wordMayStand = true
    } else if opensNote(i), let n = afterSpace(i), isWord(n, "pt") || isWord(n, "pts"),
      next(n).map({
        tokens[$0].kind == .punctuation || isCallBackShort(endingAt: $0 + 2) || isWord($0, "c") || isWord($0, "himself")
          || isWord($0, "herself") || isWord($0, "themself") || tokens[$0].kind == .number && tokens[$0].digits <= 3
      }) ?? true
    {
      // "bilal pt, brother anas", "quang pt c/b 9pm", "vincenzo pt himself", "malka pt 45": who the
      // patient is, opening the note.
      standsAlone = true
    } else if opensNote(i), let n = next(i), isContactDetail(n),
      t.flags.isDisjoint(with: [.emailProvider, .emailEnding, .phoneCue, .birthCue, .recordCue, .nhsCue, .addressCue, .rareCue])
    {
      // "reza dob 10th feb 1977", "rui 07700 900 388", "nasreen 48 soho road ...": whose details follow.
      standsAlone = true
    } else if opensNote(i), let n = afterSpace(i), tokens[n].kind == .word, tokens[n].flags.contains(.people), !t.flags.contains(.people),
      t.flags.isDisjoint(with: [.function, .domain, .kept, .relation, .quantity, .english]) || t.flags.contains(.firstName),
      next(n).map({ isMark($0, ",") || isMark($0, "-") || isWord($0, "pt") || isCallVerb($0) || isWord($0, "family") }) ?? true
    {
      // "dawit eritrean, rang re wife", "svetlana bulgarian, pt herself", "tharshini tamil, rang": who
      // called, and the people they are from.
      standsAlone = true
    } else if opensNote(i), let n = afterSpace(i), isWord(n, "family"), evidence(i) == .unknown || evidence(i) == .definite,
      t.flags.isDisjoint(with: [.people, .english, .domain, .kept, .function]), !isWord(i, "foster"),
      next(n).map({ isMark($0, ",") || isMark($0, "-") || isCallVerb($0) }) ?? true
    {
      // "matsumoto family, son yuto rang", "fujita family rang": the family that called, by its name.
      standsAlone = true
    } else if let p = beforeSpace(i), isWord(p, "said"), let n = afterSpace(i),
      isWord(n, "is") || isWord(n, "was") || isWord(n, "has") || isWord(n, "wants") || isWord(n, "wont") || isWord(n, "will")
    {
      // "sara said babak is pt", "ismail said hawa is in hosp now": whom the caller spoke of.
      standsAlone = true
    } else if let p = beforeSpace(i), isWord(p, "cb"), next(i).map({ n in
      isWord(n, "re") || isWord(n, "on") || isWord(n, "after") || isWord(n, "about") || isWord(n, "abt") || isMark(n, "-") || isMark(n, ",")
    }) ?? true {
      // "cb salma re her husband", "cb tadhg on mon", "cb dionne after work": whom to call back.
      standsAlone = true
    } else if opensNote(i), let n = afterSpace(i), tokens[n].kind == .word, !tokens[n].isCapitalised, isLowerCaseNameWord(n),
      let m = afterSpace(n), isWord(m, "pt") || isWord(m, "pts")
    {
      // "faith wambui pt, hubby ...": a given name and a family name no list knows, then "pt".
      standsAlone = true
      wordMayStand = true
    } else if opensNote(i), let n = next(i), n == i + 2, tokens[n].kind == .number, tokens[n].digits <= 2, (1...105).contains(value(n)),
      let v = next(n), isCallVerb(v) || isMark(v, "-") || isMark(v, ",") || isWord(v, "yo") || isWord(v, "yrs")
    {
      // "halima 19 rang re mum", "haruto 16 - mum rang": a name and an age opening the note.
      standsAlone = true
    } else if opensNote(i), let n = afterSpace(i), tokens[n].kind == .word, tokens[n].flags.contains(.relation), !isWord(n, "pt"),
      !isWord(n, "pts"), !isWord(n, "patient"), !isWord(n, "caller")
    {
      // "zhiyar cousin interprets": who they are straight after the name.
      standsAlone = true
    } else if opensNote(i), let n = afterSpace(i), isWord(n, "mob") || isWord(n, "tel") || isWord(n, "landline") || isWord(n, "email"),
      let p = next(n), isIdentifier(p, .phone) || isIdentifier(p, .email)
    {
      // "mei mob 07700 900 770": a name before the number that reaches them.
      standsAlone = true
    } else if opensNote(i), let n = afterSpace(i), isWord(n, "text") || isWord(n, "txt") || isWord(n, "msg") || isWord(n, "message"),
      let m = next(n), isMark(m, ":") || isMark(m, "\""), !isMessageChannel(i)
    {
      // "lowri text: \"dylan is in velindre\"": whose message is pasted after the colon.
      standsAlone = true
    } else if opensNote(i), let n = afterSpace(i), isWord(n, "pls") || isWord(n, "please") || isWord(n, "plz") {
      // "amara pls see mr tadesse's email".
      standsAlone = true
    } else if opensNote(i), let n = afterSpace(i), isCallVerb(n) {
      // "bernie rang 4 maureen": who called, opening the note ("will rang": no modal goes before "rang").
      standsAlone = true
      wordMayStand = isWord(n, "rang") || isWord(n, "called") || isWord(n, "phoned") || isWord(n, "texted") || isWord(n, "emailed")
      monthMayStand = wordMayStand
    } else if opensNote(i), let n = afterSpace(i), isWord(n, "for"), let m = afterSpace(n), tokens[m].kind == .word, !tokens[m].isCapitalised,
      isLowerCaseNameWord(m) || tokens[m].flags.contains(.relation) && !isWord(m, "pt") && !isWord(m, "patient")
    {
      // "dewi for nesta lewis", "haruka for saito ichiro": who calls, and for whom.
      standsAlone = true
    } else if opensNote(i), let n = afterSpace(i), isSpeechVerb(n), !isCallingService(i) {
      // "grace said grace before we started", "june said ...", "bill asked who pays": who spoke, opening
      // the note; no ordinary word says or asks things there.
      standsAlone = true
      wordMayStand = true
      monthMayStand = true
    } else if opensNote(i), let n = afterSpace(i), isStateVerbAfterASubject(n), !isCallingService(i) {
      // "faith has faith in the marsden", "miles drove miles": a name that is also a word, as the
      // subject of what follows; not a word more often something else ("ward is 4b").
      standsAlone = true
      wordMayStand = evidence(i) == .ambiguous
    } else if let p = beforeSpace(i) {
      if isWord(p, "its") || isWord(p, "it's") || isWord(p, "im") || isWord(p, "i'm") {
        standsAlone = true
        // "hi its grace again", "its hope here".
        wordMayStand = next(i).map({ isWord($0, "again") || isWord($0, "here") || isMark($0, ",") }) ?? true
      } else if isWord(p, "of") || isWord(p, "from"), let q = beforeSpace(p),
        tokens[q].flags.contains(.relation) || isWord(q, "email") || isWord(q, "text") || isWord(q, "txt") || isWord(q, "message")
          || isWord(q, "msg") || isWord(q, "cb") || isWord(q, "call") || isWord(q, "vm") || isWord(q, "voicemail")
          || isWord(q, "callback") || isCallBackShort(endingAt: q),
        next(i).map({ n in
          tokens[n].kind == .punctuation || isWord(n, "re") || isWord(n, "abt") || isWord(n, "about")
            || tokens[n].kind == .word && !tokens[n].isCapitalised && evidence(n) == .unknown
        }) ?? true
      {
        // "cousin of nishtiman", "email from kimura": after a relation's "of" or a message's "from", closing the clause.
        standsAlone = true
        wordMayStand = next(i).map({ isMark($0, ":") || isMark($0, ",") }) ?? true
      }
    }
    // "mob 07700 900 029 / pilar / Spanish & Eng", "navid / pt / Iranian", "comfort / pt's mum": a
    // field of its own between slashes, as a log's fields are typed; a name that is also a word
    // only when who they are comes in the next field.
    if !standsAlone, let n = next(i), isSpacedSlash(n), previous(i).map({ isSpacedSlash($0) || isMark($0, "(") == false && $0 == openingColon }) ?? true {
      standsAlone = true
      if let r = afterSpace(n), tokens[r].kind == .word,
        tokens[r].flags.contains(.relation) || isWord(r, "self") || tokens[r].isPossessive && isWord(r, "pt")
      {
        wordMayStand = true
      }
    }
    if !standsAlone, let n = afterSpace(i), isWord(n, "here"),
      previous(i).map({ isMark($0, "\"") || isMark($0, ",") || isMark($0, ":") }) ?? true
    {
      standsAlone = true
    }
    // "sung-min", "ha-eun": a Korean given name, its two syllables joined by a hyphen.
    if standsAlone, isKoreanGivenName(i) { return true }
    // A word no list knows, or a plain first name; not a drug typed before its brand ("mifamurtide (Mepact)").
    // A name that is also a word or a month too, when a bracket says who they are: "june (pt's sister)", "bill (husband)".
    guard standsAlone, !isGenericDrugName(i) else { return false }
    switch evidence(i) {
    case .unknown, .definite: return true
    case .ambiguous, .everyday:
      return isBracketedRelation(after: i) || (wordMayStand && (!t.flags.contains(.month) || monthMayStand) && !t.flags.contains(.weekday))
    default: return false
    }
  }

  /// The words of a Vietnamese name typed in lower case whose middle name,
  /// "thi" or "van", is word `i`: a Vietnamese family name before it ("le",
  /// "vo", "pham", "nguyen"...) and one or two short given names after it:
  /// "le van hung", "vo thi thu", "do van tai". Not "van der berg", nor "a
  /// van for the move".
  private func vietnameseNameInLowerCase(around i: Int) -> ClosedRange<Int>? {
    guard tokens[i].letters == 3, isWord(i, "thi") || isWord(i, "van"), let p = beforeSpace(i), tokens[p].kind == .word,
      !tokens[p].isCapitalised, !claimed[p], !protected[p],
      isWord(i, "thi") && tokens[p].flags.contains(.surname) && tokens[p].letters <= 6 || isVietnameseFamilyName(p),
      let n = afterSpace(i), tokens[n].kind == .word, !tokens[n].isCapitalised, !claimed[n], !protected[n], (1...5).contains(tokens[n].letters),
      // ("thu" is a given name here, not Thursday.)
      tokens[n].flags.isDisjoint(with: [.function, .domain, .relation, .particle])
    else { return nil }
    var last = n
    if let m = afterSpace(n), tokens[m].kind == .word, !tokens[m].isCapitalised, !claimed[m], !protected[m], (1...5).contains(tokens[m].letters),
      tokens[m].flags.isDisjoint(with: [.function, .domain, .relation, .particle, .month, .weekday, .quantity, .english, .everyday])
    {
      last = m
    }
    return p...last
  }

  /// Whether word `i` is one of the most common Vietnamese family names.
  private func isVietnameseFamilyName(_ i: Int) -> Bool {
    isWord(i, "nguyen") || isWord(i, "tran") || isWord(i, "le") || isWord(i, "pham") || isWord(i, "hoang") || isWord(i, "huynh")
      || isWord(i, "phan") || isWord(i, "vu") || isWord(i, "vo") || isWord(i, "dang") || isWord(i, "bui") || isWord(i, "do")
      || isWord(i, "ho") || isWord(i, "ngo") || isWord(i, "duong") || isWord(i, "ly") || isWord(i, "trinh") || isWord(i, "dinh")
  }

  /// Whether word `i` names where a message came through, not who sent it:
  /// "portal msg:", "web text:", "whatsapp message:".
  private func isMessageChannel(_ i: Int) -> Bool {
    isWord(i, "portal") || isWord(i, "web") || isWord(i, "chat") || isWord(i, "online") || isWord(i, "whatsapp") || isWord(i, "wa")
      || isWord(i, "fb") || isWord(i, "sms") || isWord(i, "app") || isWord(i, "group") || isWord(i, "voice") || isWord(i, "inbox")
      || isWord(i, "form") || isWord(i, "website") || isWord(i, "facebook") || isWord(i, "insta") || isWord(i, "instagram")
  }

  /// Whether word `i` asks something of someone or is a title: "can",
  /// "could", "pls", "u", "mr", "signor".
  private func isRequestOrTitle(_ i: Int) -> Bool {
    guard tokens[i].kind == .word else { return false }
    return isWord(i, "can") || isWord(i, "could") || isWord(i, "pls") || isWord(i, "please") || isWord(i, "plz") || isWord(i, "would")
      || isWord(i, "u") || isWord(i, "you") || isWord(i, "fyi") || !tokens[i].flags.isDisjoint(with: Self.titles)
  }

  /// The last of two or more names typed in lower case and joined by "and",
  /// "&", "+" or "/" at the start of a note or a field, standing alone:
  /// "salma & karim (by email)", "pablo and ines rang", "serkan + hatice
  /// (parents)", "owain / rhiannon / tomos". Every word is unknown to every
  /// list or a plain first name; not "pain and nausea", whose words are ordinary.
  private func lowerCaseNamePartner(of i: Int) -> Int? {
    let t = tokens[i]
    guard !t.isCapitalised, t.letters >= 3, t.letters == t.length, previous(i).map({ isMark($0, ":") }) ?? true,
      isLowerCaseNameWord(i)
    else { return nil }
    var last = i
    while let joiner = afterSpace(last),
      let other = isWord(joiner, "and") || isMark(joiner, "&") || isMark(joiner, "+") || isMark(joiner, "/")
        ? afterSpace(joiner)
        // "rukia w/ nimco on line": with.
        : isWord(joiner, "w") && joiner + 1 < tokens.count && isMark(joiner + 1, "/") ? afterSpace(joiner + 1) : nil,
      tokens[other].kind == .word, !tokens[other].isCapitalised, tokens[other].letters >= 3,
      !claimed[other], !protected[other], isLowerCaseNameWord(other)
    {
      last = other
    }
    guard last != i else { return nil }
    // "cyrus + homa rahmani": the last given name's family name after it, which the others share.
    if let f = afterSpace(last), tokens[f].kind == .word, !tokens[f].isCapitalised, tokens[f].letters >= 3, !claimed[f], !protected[f],
      isLowerCaseNameWord(f), next(f).map({ isEndOfLowerCaseNameList($0) }) ?? true
    {
      last = f
    }
    // Then the call, what they said, or how they took part: "youssef and amal on speaker".
    guard next(last).map({ isEndOfLowerCaseNameList($0) }) ?? true else { return nil }
    return last
  }

  /// Whether word `i` is unknown to every list or a plain first name, and no drug.
  /// Whether token `n`, after a name opening the note, starts the details
  /// that reach them or say who they are: an identifier found already (a
  /// phone number, an email address, an address, a postcode, a date), or its
  /// label ("dob", "nhs", "mob", "work", "address", "postcode").
  private func isContactDetail(_ n: Int) -> Bool {
    if claimed[n] {
      return isIdentifier(n, .phone) || isIdentifier(n, .email) || isIdentifier(n, .address) || isIdentifier(n, .postcode)
        || isIdentifier(n, .date) || isIdentifier(n, .nhsNumber)
    }
    guard tokens[n].kind == .word else { return false }
    return isWord(n, "dob") || isWord(n, "nhs") || isWord(n, "mob") || isWord(n, "mobile") || isWord(n, "work") || isWord(n, "tel")
      || isWord(n, "landline") || isWord(n, "address") || isWord(n, "addr") || isWord(n, "postcode") || isWord(n, "email")
      || isWord(n, "d") && n + 1 < tokens.count && isMark(n + 1, ".")
  }

  /// Whether token `n`, after a list of names in lower case, closes it: a
  /// mark, the call, what they said, how they took part ("on speaker", "both
  /// worried"), where they are from, or who they are ("twins", "sibs").
  private func isEndOfLowerCaseNameList(_ n: Int) -> Bool {
    tokens[n].kind == .punctuation || isCallVerb(n) || isSpeechVerb(n) || isWord(n, "both") || isWord(n, "on")
      || isWord(n, "were") || isWord(n, "are") || isWord(n, "from") || isWord(n, "twins") || isWord(n, "sibs") || isWord(n, "siblings")
      || isWord(n, "all") || isWord(n, "together") || isWord(n, "family") || isCallBackShort(endingAt: n + 2) || isWord(n, "cb")
      || isWord(n, "re")
  }

  private func isLowerCaseNameWord(_ i: Int) -> Bool {
    (evidence(i) == .unknown || evidence(i) == .definite) && !isGenericDrugName(i)
  }

  /// Whether a bracket straight after word `i` says whose relation or which
  /// worker it is: "(husband)", "(pt's sister)", "(dtr)".
  private func isBracketedRelation(after i: Int) -> Bool {
    guard let k = next(i), isMark(k, "(") else { return false }
    return isFollowedByRelation(i)
  }

  /// The last word of a run of one to four words opening the note, joined by
  /// commas, "&" or "and", when a dash and a relation follow it ("MAY, JUNE &
  /// APRIL - pt's three daughters", "June - pt."); nil otherwise. Word `i`
  /// must be one of them.
  private func openingListBeforeDashAndRelation(containing i: Int) -> Int? {
    // Back to the start of the note across list separators.
    var first = i
    while let p = previous(first), isMark(p, ",") || isMark(p, "&") || isWord(p, "and"), let q = previous(p), tokens[q].kind == .word,
      first - q <= 4
    {
      first = q
    }
    // The note's start, or a field's label ("to: June, May, April - three sisters").
    guard i - first <= 12 else { return nil }
    if let colon = previous(first) {
      guard isMark(colon, ":") else { return nil }
      if let label = previous(colon), previous(label) != nil { return nil }
    }
    var last = i
    while let n = next(last), isMark(n, ",") || isMark(n, "&") || isWord(n, "and"), let w = next(n), tokens[w].kind == .word,
      w - last <= 4, tokens[w].isCapitalised || tokens[w].isAllCaps
    {
      last = w
    }
    guard let dash = next(last), isMark(dash, "-") || isMark(dash, "–"), var r = next(dash), tokens[r].kind == .word else { return nil }
    // "- three sisters", "- both daughters".
    if isWord(r, "two") || isWord(r, "three") || isWord(r, "four") || isWord(r, "both") || isWord(r, "all"), let n = afterSpace(r) { r = n }
    guard tokens[r].flags.contains(.relation) || isWord(r, "pts") || isWord(r, "sisters") || isWord(r, "brothers")
      || isWord(r, "daughters") || isWord(r, "sons")
    else { return nil }
    return last
  }

  // Sets of flags the rules above ask about, built once (an array literal of
  // flags is built again at every call).
  private static let titles: WordFlags = [.strongTitle, .weakTitle]
  private static let domainOrKept: WordFlags = [.domain, .kept]
  private static let labelsOfNumbers: WordFlags = [.function, .domain, .kept, .phoneCue, .recordCue, .relation, .quantity, .rareCue]
  private static let neverAPersonBeforeABracket: WordFlags = [.function, .strongTitle, .weakTitle, .relation, .quantity]
  private static let servicesInCapitals: WordFlags = [.domain, .kept, .institution]
  private static let neverAPersonOpeningANote: WordFlags = [
    .function, .domain, .kept, .strongTitle, .weakTitle, .relation, .quantity, .institution,
  ]
  private static let servicesOrFunctionWords: WordFlags = [.domain, .kept, .function, .institution]

  /// The first and last token of the run of two or more capital letters each
  /// with its full stop ("K.L.M.") that letter `i` is part of; nil if none.
  private func dottedInitials(around i: Int) -> ClosedRange<Int>? {
    func isInitialAt(_ k: Int) -> Bool {
      k >= 0 && k + 1 < tokens.count && tokens[k].kind == .word && tokens[k].length == 1 && tokens[k].isCapitalised && isMark(k + 1, ".")
    }
    var first = i
    while isInitialAt(first - 2) { first -= 2 }
    var last = i
    while isInitialAt(last + 2) { last += 2 }
    return last > first ? first...(last + 1) : nil
  }

  /// Whether the word "initials" stands within a few words before `run` or
  /// straight after it.
  private func isToldAsInitials(_ run: ClosedRange<Int>) -> Bool {
    if let n = afterSpace(run.upperBound), isWord(n, "initials") { return true }
    var j = run.lowerBound
    for _ in 0..<6 {
      guard let p = previous(j) else { return false }
      if isWord(p, "initials") { return true }
      j = p
    }
    return false
  }

  /// Whether first name `i`, opening the note, and word `n` after it begin a
  /// call: a capitalised family name then "rang", "said" or a dash and who
  /// they are ("Sue Peters rang", "Miles Heath - pt."), or "and her husband".
  private func isFirstNameOpeningACall(_ i: Int, _ n: Int) -> Bool {
    if isWord(n, "and"), let poss = afterSpace(n), isWord(poss, "her") || isWord(poss, "his"), let f = afterSpace(poss) {
      return isFamilyWord(f)
    }
    // A place's name may be a family name here ("Sue Peters rang"); an institution's may not.
    guard tokens[n].isCapitalised, !tokens[n].isAllCaps, !claimed[n], !protected[n],
      tokens[n].flags.isDisjoint(with: [.kept, .function, .institution, .institutionFirst]), let v = next(n)
    else { return false }
    if isCallVerb(v) || isSpeechVerb(v) { return true }
    guard isMark(v, "-"), let r = next(v), tokens[r].kind == .word else { return false }
    return tokens[r].flags.contains(.relation)
  }

  /// Whether a capitalised word follows token `i` after a space.
  private func isCapitalisedWordAfter(_ i: Int) -> Bool {
    guard let n = afterSpace(i) else { return false }
    return tokens[n].kind == .word && tokens[n].isCapitalised
  }

  /// Whether a number, or letters and digits, follows token `i`.
  private func isNumberNext(_ i: Int) -> Bool {
    guard let n = next(i) else { return false }
    return tokens[n].kind == .number || tokens[n].kind == .alphanumeric
  }

  /// Whether word `i` opens the note or a clause: nothing, or a full stop, a
  /// semicolon, a dash or a comma before it.
  private func opensClause(_ i: Int) -> Bool {
    guard let p = previous(i) else { return true }
    return isMark(p, ".") || isMark(p, ";") || isMark(p, "-") || isMark(p, ",")
  }

  /// Whether word `i` opens the note or a field: nothing, a colon, a dash or
  /// a semicolon before it. (No closure: one that captures the analysis copies it.)
  private func opensFieldOrNote(_ i: Int) -> Bool {
    guard let p = previous(i) else { return true }
    return isMark(p, ":") || isMark(p, "-") || isMark(p, ";")
  }

  /// Whether "re" or "for" follows the identifier that starts at token `first`:
  /// "07700 900 076 re wife".
  private func isReAfterIdentifier(startingAt first: Int) -> Bool {
    guard let span = spans.last(where: { $0.first == first }), let n = afterSpace(span.last) else { return false }
    return isWord(n, "re") || isWord(n, "for")
  }

  /// Whether a bracket straight after word `i` names a member of the family
  /// within its first few words: "(son)", "(pt's dtr)", "(eldest son, 40)";
  /// not "(her son's hospital)".
  private func isBracketedFamily(after i: Int) -> Bool {
    guard let open = next(i), open - i <= 2, isMark(open, "(") else { return false }
    var j = open
    for _ in 0..<4 {
      guard let n = next(j), !isMark(n, ")") else { return false }
      j = n
      // Not "(her son's hospital)": the family's possession, not who the word is.
      if isFamilyWord(j) { return !tokens[j].isPossessive }
    }
    return false
  }

  /// Whether a first name, capitalised and alone in brackets, follows word
  /// `i`: "Sunny (Sandeep)", "Sue (Suzanne)"; a plain first name, or a word no
  /// list knows that is no term of medicine.
  private func isBracketedFirstName(after i: Int) -> Bool {
    guard i + 5 < tokens.count, tokens[i + 1].isSpace, isMark(i + 2, "("), tokens[i + 3].kind == .word, isMark(i + 4, ")") else { return false }
    let name = tokens[i + 3]
    guard name.isCapitalised, !name.isAllCaps, name.letters >= 3 else { return false }
    let e = evidence(i + 3)
    return e == .definite && name.flags.contains(.firstName) || e == .unknown && !isGenericDrugName(i + 3)
  }

  /// Whether an age follows word `i`: "10yo", "10 yo", "34 yrs", "8 y/o".
  private func isAge(after i: Int) -> Bool {
    guard let n = afterSpace(i) else { return false }
    let t = tokens[n]
    if t.kind == .alphanumeric, t.digits <= 3, t.letters == 2 || t.letters == 3, isDigit(b[t.start]) {
      let end = t.end
      let last2 = (b[end - 2] | 0x20, b[end - 1] | 0x20)
      if last2 == (UInt8(ascii: "y"), UInt8(ascii: "o")) || last2 == (UInt8(ascii: "r"), UInt8(ascii: "s")) && b[end - 3] | 0x20 == UInt8(ascii: "y") {
        return true
      }
      return false
    }
    guard t.kind == .number, t.digits <= 3, let w = afterSpace(n) else { return false }
    return isWord(w, "yo") || isWord(w, "yrs") || isWord(w, "y") && w + 2 < tokens.count && isMark(w + 1, "/") && isWord(w + 2, "o")
  }

  /// Whether word `i` names someone's job on the line's side of a call:
  /// "secretary", "receptionist", "manager", "volunteer" ("Crystal (gp
  /// receptionist)" takes a role after a word of place too).
  func isStaffWord(_ i: Int) -> Bool {
    isWord(i, "secretary") || isWord(i, "receptionist") || isWord(i, "manager") || isWord(i, "volunteer")
      || isWord(i, "interpreter") || isWord(i, "sec") || isWord(i, "gp") || isWord(i, "nurse") || isWord(i, "cns")
      || isWord(i, "consultant") || isWord(i, "registrar") || isWord(i, "physio") || isWord(i, "chaplain")
  }

  /// Whether the bracket opening at `open` says the word before it is a name:
  /// "(1st name)", "(surname)", "(first name, not a place)".
  private func isBracketNamingIt(_ open: Int) -> Bool {
    var j = open
    for _ in 0..<4 {
      guard let n = next(j), !isMark(n, ")") else { return false }
      j = n
      if isWord(j, "name") || isWord(j, "surname") || isWord(j, "forename") || isWord(j, "nickname") { return true }
    }
    return false
  }

  /// Whether word `i` says someone called: "rang", "called", "phoned", "texted".
  func isCallVerb(_ i: Int) -> Bool {
    isWord(i, "rang") || isWord(i, "rung") || isWord(i, "called") || isWord(i, "phoned") || isWord(i, "texted")
      || isWord(i, "emailed") || isWord(i, "rings") || isWord(i, "calls") || isWord(i, "ringing") || isWord(i, "phoning")
  }

  /// Whether word `i` says what a person said or wanted: "asked", "says", "wants".
  private func isSpeechVerb(_ i: Int) -> Bool {
    isWord(i, "asked") || isWord(i, "asks") || isWord(i, "said") || isWord(i, "says") || isWord(i, "wants") || isWord(i, "wanted")
      || isWord(i, "told") || isWord(i, "thinks") || isWord(i, "feels") || isWord(i, "felt") || isWord(i, "agreed")
      || isWord(i, "explained") || isWord(i, "sounded") || isWord(i, "sounds")
  }

  /// Whether word `i` is a verb of having, being or doing, as a subject's name
  /// comes before it: "has", "was", "lives", "drove", "grows".
  private func isStateVerbAfterASubject(_ i: Int) -> Bool {
    guard tokens[i].kind == .word, (2...9).contains(tokens[i].letters) else { return false }
    if isWord(i, "is") || isWord(i, "was") {
      // "river is 6", "sky is the pts dtr", "devon is pt": an age or who they are; not "patience is running out".
      guard let n = afterSpace(i) else { return false }
      if tokens[n].kind == .number { return true }
      if isWord(n, "pt") || isWord(n, "pts") || tokens[n].kind == .word && tokens[n].flags.contains(.relation) { return true }
      guard isWord(n, "the") || isWord(n, "her") || isWord(n, "his") || isWord(n, "their"), let r = afterSpace(n) else { return false }
      return isWord(r, "pt") || isWord(r, "pts") || isWord(r, "patient") || tokens[r].kind == .word && tokens[r].flags.contains(.relation)
    }
    return isWord(i, "has") || isWord(i, "had") || isWord(i, "lives") || isWord(i, "lived")
      || isWord(i, "drove") || isWord(i, "grows") || isWord(i, "plays") || isWord(i, "walks") || isWord(i, "works") || isWord(i, "did")
      || isWord(i, "does") || isWord(i, "goes") || isWord(i, "went") || isWord(i, "travelled") || isWord(i, "picks") || isWord(i, "drew")
      || isWord(i, "wrote") || isWord(i, "sent") || isWord(i, "hopes") || isWord(i, "prefers")
  }

  /// Whether word `i` names a service or a place that calls, not a person:
  /// "Reception rang", "Pharmacy called", "Someone phoned".
  private func isCallingService(_ i: Int) -> Bool {
    isWord(i, "reception") || isWord(i, "pharmacy") || isWord(i, "switchboard") || isWord(i, "office") || isWord(i, "school")
      || isWord(i, "police") || isWord(i, "council") || isWord(i, "solicitor") || isWord(i, "insurer") || isWord(i, "caller")
      || isWord(i, "someone") || isWord(i, "somebody") || isWord(i, "nobody") || isWord(i, "everyone") || isWord(i, "surgery")
      || isWord(i, "ward") || isWord(i, "practice") || isWord(i, "team") || isWord(i, "secretary") || isWord(i, "admin")
      || isWord(i, "pt") || isWord(i, "patient") || isWord(i, "hospital") || isWord(i, "hospice") || isWord(i, "clinic")
      || isWord(i, "lab") || isWord(i, "radiology") || isWord(i, "oncology") || isWord(i, "transport") || isWord(i, "bank")
      || isWord(i, "work") || isWord(i, "employer") || isWord(i, "neighbour") || isWord(i, "friend") || isWord(i, "who")
      || isWord(i, "anyone") || isWord(i, "anybody") || isWord(i, "everybody") || isWord(i, "imaging") || isWord(i, "histology")
      || isWord(i, "pathology") || isWord(i, "x-ray") || isWord(i, "physio") || isWord(i, "district") || isWord(i, "records")
      || isWord(i, "family") || isWord(i, "families") || isWord(i, "relatives") || isWord(i, "husband") || isWord(i, "wife")
      || isWord(i, "booking") || isWord(i, "bookings") || isWord(i, "appointments") || isWord(i, "reception") || isWord(i, "triage")
  }

  /// Whether word `n` is something a person has of their own, as after a
  /// possessive name: "summer's GP", "June's scan", "Will's results".
  private func isPersonalPossession(_ n: Int) -> Bool {
    isWord(n, "gp") || isWord(n, "scan") || isWord(n, "scans") || isWord(n, "appt") || isWord(n, "appointment")
      || isWord(n, "results") || isWord(n, "mri") || isWord(n, "biopsy") || isWord(n, "surgery") || isWord(n, "op")
      || isWord(n, "consultant") || isWord(n, "oncologist") || isWord(n, "surgeon") || isWord(n, "cns") || isWord(n, "referral")
      || isWord(n, "chemo") || isWord(n, "treatment") || isWord(n, "email") || isWord(n, "number") || isWord(n, "dob")
      || isWord(n, "nhs") || isWord(n, "address")
  }

  /// The words of a nickname in quotation marks just after name `m`, in
  /// brackets or after a comma: ("Dari"), , "Ah Man", ("JB"). One to three
  /// capitalised words, nothing else, inside the quotation marks; or one
  /// capitalised word alone in brackets: (Kit).
  private func nicknameAfter(_ m: Int) -> ClosedRange<Int>? {
    guard var q = next(m), q - m <= 2, isMark(q, "(") || isMark(q, ",") else { return nil }
    // "Lam Wing-kit (Kit)": one capitalised word alone in brackets, the name shortened.
    if isMark(q, "("), q == m + 2 || q == m + 1, q + 2 < tokens.count, isMark(q + 2, ")"), tokens[q + 1].kind == .word,
      tokens[q + 1].isCapitalised, !tokens[q + 1].isAllCaps, tokens[q + 1].letters >= 2, !claimed[q + 1], !protected[q + 1],
      tokens[q + 1].flags.isDisjoint(with: [
        .domain, .kept, .relation, .function, .month, .weekday, .institution, .strongTitle, .weakTitle, .rareCue, .quantity,
      ]) || isPartOfWord(q + 1, m)
    {
      return (q + 1)...(q + 1)
    }
    guard let open = next(q), open - q <= 2, isMark(open, "\"") else { return nil }
    q = open + 1
    guard q < tokens.count, tokens[q].kind == .word, tokens[q].isCapitalised, !claimed[q], !protected[q] else { return nil }
    var last = q
    var words = 1
    while words < 3, let n = afterSpace(last), tokens[n].kind == .word, tokens[n].isCapitalised, !claimed[n] {
      last = n
      words += 1
    }
    guard last + 1 < tokens.count, isMark(last + 1, "\""),
      (q...last).allSatisfy({ tokens[$0].kind != .word || tokens[$0].flags.isDisjoint(with: [.domain, .kept, .relation, .function]) })
    else { return nil }
    return q...last
  }

  /// Whether word `p`, a first name that also names a hospital or a place
  /// ("Christie", "Chelsea"), stands before surname `m` as a person's first
  /// name: "Christie Walsh - pt"; not after "the" ("the Christie Walsh wing").
  private func isFirstNameOfAPlaceBefore(_ p: Int, _ m: Int) -> Bool {
    let t = tokens[p]
    guard t.kind == .word, !claimed[p], t.isCapitalised, !t.isAllCaps, !t.isPossessive, t.flags.contains(.firstName),
      tokens[m].isCapitalised, tokens[m].flags.contains(.surname), evidence(m) == .definite || evidence(m) == .ambiguous
    else { return false }
    return !(previous(p).map({ isWord($0, "the") }) ?? false)
  }

  /// Whether word `i` is one of the parts of compound word `m`, whatever the
  /// case: "Kit" in "Wing-kit".
  private func isPartOfWord(_ i: Int, _ m: Int) -> Bool {
    let part = tokens[i], whole = tokens[m]
    guard whole.isCompound, part.length < whole.length else { return false }
    var start = whole.start
    while start + part.length <= whole.end {
      let atPartStart = start == whole.start || b[start - 1] == UInt8(ascii: "-")
      let atPartEnd = start + part.length == whole.end || b[start + part.length] == UInt8(ascii: "-")
      if atPartStart, atPartEnd, (0..<part.length).allSatisfy({ b[start + $0] | 0x20 == b[part.start + $0] | 0x20 }) { return true }
      start += 1
    }
    return false
  }

  /// Whether capitalised "Nana" at `p` opens name `m`, as an Akan name or
  /// honour does ("Nana Ama Serwaa", "Nana Kwame Mensah"): `m` is capitalised
  /// and another name follows it.
  private func isNanaBeforeName(_ p: Int, _ m: Int) -> Bool {
    guard isWord(p, "nana"), tokens[p].isCapitalised, !claimed[p], tokens[m].isCapitalised, let n = afterSpace(m),
      tokens[n].kind == .word, tokens[n].isCapitalised
    else { return false }
    return true
  }

  /// Whether capitalised word `i`, just before or after name `m`, is the rest
  /// of that name as an item of a list of names, though it is also a short
  /// word: "Ma Lin, He Yifan and Feng Qiang", "niece Trinh My". The item
  /// stands between list separators (or a relation's word before it, or the
  /// note's end after it), and is not at the start of a sentence.
  private func isRestOfListItem(_ i: Int, besides m: Int) -> Bool {
    let t = tokens[i]
    guard t.kind == .word, t.letters >= 2, t.isCapitalised, !t.isAllCaps, !t.isPossessive, !claimed[i], !protected[i],
      tokens[m].isCapitalised, !(i + 1 < tokens.count && isMark(i + 1, "'")), !(i > 0 && isMark(i - 1, "'")),
      t.flags.isDisjoint(with: [.domain, .kept, .month, .weekday, .quantity, .strongTitle, .weakTitle, .relation])
    else { return false }
    let (first, last) = i < m ? (i, m) : (m, i)
    guard let before = previous(first), !isSentenceStart(first) else { return false }
    let opens = isListSeparator(before) || (tokens[before].kind == .word && tokens[before].flags.contains(.relation))
    guard opens else { return false }
    guard let after = next(last) else { return true }
    return isListSeparator(after) || isMark(after, ";") || isMark(after, ")") || (isMark(after, ".") && next(after) == nil)
  }

  /// Whether capitalised word `i` is the third syllable of a name whose first
  /// two are marked, though it is a relation's word: "Mai Xuan Son".
  private func isLaterSyllable(_ i: Int, after m: Int, _ marked: [Bool]) -> Bool {
    let t = tokens[i]
    guard t.kind == .word, t.isCapitalised, !t.isAllCaps, !claimed[i], !protected[i], t.flags.contains(.relation),
      t.flags.isDisjoint(with: [.domain, .kept, .function]), tokens[m].isCapitalised, let p = beforeSpace(m), marked[p],
      tokens[p].isCapitalised
    else { return false }
    return true
  }

  /// Whether "I" at `i` is the initial after "Surname, Given" (name `m`):
  /// "Hussain, Mohammed I".
  private func isTrailingInitial(_ i: Int, after m: Int, _ marked: [Bool]) -> Bool {
    guard tokens[i].length == 1, b[tokens[i].start] == UInt8(ascii: "I"), !claimed[i], let comma = previous(m),
      isMark(comma, ","), let surname = previous(comma), marked[surname]
    else { return false }
    return true
  }

  /// The separators of a list of names: ",", ";", "&", "/", "+", "and".
  private func isListSeparator(_ i: Int) -> Bool {
    let t = tokens[i]
    if t.kind == .punctuation {
      return t.mark == UInt8(ascii: ",") || t.mark == UInt8(ascii: ";") || t.mark == UInt8(ascii: "&")
        || t.mark == UInt8(ascii: "/") || t.mark == UInt8(ascii: "+")
    }
    return isWord(i, "and")
  }

  /// The next item of a list of names after name `m`, if one follows: a
  /// capitalised word that reads as a name, or that stands alone as a list
  /// item does ("Fisher, Hill, Lake - surnames").
  private func nextListItem(after m: Int) -> Int? {
    guard let s = next(m), s - m <= 2, isListSeparator(s), let n = next(s), n - s <= 2 else { return nil }
    return isListItem(n, separator: s, besides: m) ? n : nil
  }

  /// The item of a list of names just before name `m`, if there is one.
  private func previousListItem(before m: Int) -> Int? {
    guard let s = previous(m), m - s <= 2, isListSeparator(s), let p = previous(s), s - p <= 2 else { return nil }
    return isListItem(p, separator: s, besides: m) ? p : nil
  }

  /// Whether word `i`, beside list separator `separator`, can be an item of a
  /// list of names with name `m` (nil when `m` is not yet known to be one). In
  /// a list written in lower case ("tunde bello & kemi adeyemi"), a word no
  /// list holds as an ordinary word counts too.
  private func isListItem(_ i: Int, separator: Int, besides m: Int? = nil) -> Bool {
    let t = tokens[i]
    guard t.kind == .word, !claimed[i], !protected[i], !isRegimen(i) else { return false }
    if !t.isCapitalised {
      guard let m, tokens[m].kind == .word, !tokens[m].isCapitalised, !tokens[m].isPossessive, t.letters >= 3,
        isMark(separator, "&") || isMark(separator, ",") || isWord(separator, "and") || isSpacedSlash(separator),
        evidence(i) == .definite || evidence(i) == .unknown
      else { return false }
      return true
    }
    switch evidence(i) {
    case .definite, .unknown, .ambiguous, .everyday: return true
    case .domainName, .initial: return false
    case .none:
      // A capitalised everyday word counts only where it stands alone, as a list's items do.
      guard canStandInName(i), !t.flags.contains(.weekday) else { return false }
      guard let after = next(i) else { return true }
      return isListSeparator(after) || isMark(after, "-") || isMark(after, ")") || isMark(after, ".")
    }
  }

  /// Whether token `i` is a slash with white space on both sides, as between
  /// the items of a list ("maeve keane / tomas ryan"), not "and/or" or "gem/doc".
  private func isSpacedSlash(_ i: Int) -> Bool {
    isMark(i, "/") && i >= 1 && i + 1 < tokens.count && tokens[i - 1].isSpace && tokens[i + 1].isSpace
  }

  /// Marks every other mention of a word already marked as a name: "Nikos
  /// Stavrou ... nikos mob", "glen's partner called, glen too tired". An
  /// everyday word is marked again only where it is capitalised or possessive.
  private func propagate(_ marked: inout [Bool], _ worklist: inout [Int]) {
    var names: [UInt64] = []
    swap(&names, &workspace.nameHashes)
    defer { swap(&names, &workspace.nameHashes) }
    names.removeAll(keepingCapacity: true)
    for i in tokens.indices where marked[i] && tokens[i].kind == .word && tokens[i].letters >= 2 && !tokens[i].flags.contains(.particle) {
      if !names.contains(tokens[i].keyHash) { names.append(tokens[i].keyHash) }
    }
    guard !names.isEmpty else { return }
    for i in tokens.indices where !marked[i] && tokens[i].kind == .word && !claimed[i] && !protected[i] {
      let t = tokens[i]
      if !t.flags.isDisjoint(with: [.domain, .kept]) && t.flags.isDisjoint(with: .personalName) { continue }  // "Guy's", "Maggie's"
      guard names.contains(t.keyHash) else { continue }
      // "Christie Walsh ... at the Christie": the place again, after "the" or before its institution's word.
      if !t.flags.isDisjoint(with: [.domain, .kept]), isPlaceAgain(i) { continue }
      let everyday = !t.flags.isDisjoint(with: [.english, .function, .domain, .kept, .month, .weekday])
      // "Bob and Jack rang ... jack is NOK": in lower case, a name that is a word too
      // comes again only as the subject opening a clause.
      if everyday && !t.isCapitalised && !t.isPossessive && !isLowerCaseSubject(i) { continue }
      guard !isEponym(i), !isSarcomaContext(i) else { continue }
      // "May (wife) said ... forms in May": the month again after a word of time.
      if !t.flags.isDisjoint(with: [.month, .weekday]), isAfterTimeWord(i) { continue }
      marked[i] = true
      worklist.append(i)
    }
  }

  /// Whether word `i` is a Korean given name as it is romanised: two
  /// syllables of given names joined by a hyphen, not the same twice ("Soo-ah",
  /// "sung-min", "Hyun-woo"; not "ha-ha").
  func isKoreanGivenName(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.kind == .word, t.isCompound, t.length >= 4, t.length <= 12, t.letters == t.length - 1 else { return false }
    var hyphen = t.start
    while hyphen < t.end, b[hyphen] != UInt8(ascii: "-") { hyphen += 1 }
    guard hyphen < t.end else { return false }
    let first = String(decoding: b[t.start..<hyphen].map { $0 | 0x20 }, as: UTF8.self)
    let second = String(decoding: b[(hyphen + 1)..<t.end].map { $0 | 0x20 }, as: UTF8.self)
    return first != second && Self.koreanGivenSyllables.contains(first) && Self.koreanGivenSyllables.contains(second)
  }

  /// The syllables of Korean given names as they are commonly romanised,
  /// written for this project.
  private static let koreanGivenSyllables: Set<String> = [
    "ah", "bin", "bo", "byung", "chan", "chang", "cheol", "chul", "da", "dae", "do", "dong", "eun", "gi", "gil", "gyu", "ha",
    "hae", "hak", "han", "hee", "ho", "hoon", "hun", "hwa", "hwan", "hye", "hyo", "hyuk", "hyun", "hyeon", "il", "ja", "jae",
    "ji", "jin", "joo", "joon", "ju", "jun", "jung", "jeong", "kyu", "kyung", "ki", "kwang", "mi", "min", "myung", "na", "nam",
    "ok", "ra", "rae", "ran", "ri", "rin", "sang", "seo", "seon", "seok", "seong", "seung", "sik", "so", "sol", "soo", "sook",
    "su", "suk", "sun", "sung", "tae", "won", "woo", "wook", "ye", "yeon", "yeong", "yeol", "yoon", "young", "yong", "yu",
    "yun", "jee", "hyung", "kyeong", "gyeong", "eon", "ae", "in", "chae", "reum", "ryeong", "geun",
  ]

  /// Whether word `i` names a member of someone's family: "wife", "son", "dtr".
  private func isFamilyWord(_ i: Int) -> Bool {
    guard tokens[i].kind == .word, tokens[i].flags.contains(.relation) else { return false }
    return !(isWord(i, "caller") || isWord(i, "patient") || isWord(i, "pt") || isWord(i, "colleague") || isWord(i, "consultant")
      || isWord(i, "surgeon") || isWord(i, "oncologist") || isWord(i, "doctor") || isWord(i, "registrar") || isWord(i, "secretary")
      || isWord(i, "neighbour") || isWord(i, "friend") || isWord(i, "carer"))
  }

  /// Whether word `i` names a place again rather than a person: after "the"
  /// or before an institution's word ("at the Christie", "Christie Hospital").
  private func isPlaceAgain(_ i: Int) -> Bool {
    if let p = previous(i), isWord(p, "the") { return true }
    guard let n = afterSpace(i) else { return false }
    return tokens[n].kind == .word && !tokens[n].flags.isDisjoint(with: [.institution, .institutionFirst])
  }

  /// Whether lower-case word `i`, no function word nor a month or a day,
  /// opens a clause before "is" or a verb of calling or saying: "jack is
  /// NOK", "grace rang"; not "penny dropped", "price was £300".
  private func isLowerCaseSubject(_ i: Int) -> Bool {
    guard tokens[i].flags.isDisjoint(with: [.function, .month, .weekday, .domain, .kept]), let n = afterSpace(i),
      isWord(n, "is") || isCallVerb(n) || isSpeechVerb(n)
    else { return false }
    guard let p = previous(i) else { return true }
    return isMark(p, ",") || isMark(p, ";") || isMark(p, ".") || isMark(p, "-")
  }

  /// Claims runs of marked words, joined by white space, particles' apostrophes
  /// or an initial's full stop.
  private mutating func claimNames(_ marked: [Bool]) {
    var i = 0
    while i < tokens.count {
      guard marked[i], tokens[i].kind == .word else {
        i += 1
        continue
      }
      var end = i
      while !tokens[end].isPossessive {
        if let n = afterSpace(end), marked[n], tokens[n].kind == .word {
          end = n
        } else if end + 1 < tokens.count, isMark(end + 1, "'") || isMark(end + 1, ","), marked[end + 1],
          let n = afterSpace(end + 1) ?? (end + 2 < tokens.count ? end + 2 : nil), marked[n]
        {
          end = n  // "a' Phearsain", "NGUYEN, Thi Lan"
        } else if end + 1 < tokens.count, isMark(end + 1, "."), marked[end + 1], tokens[end].letters > 1, let n = afterSpace(end + 1),
          marked[n]
        {
          end = n  // "St. Clair"
        } else if end + 1 < tokens.count, isMark(end + 1, "."), tokens[end].letters == 1 {
          if marked[end + 1] {
            end += 1  // "Bose, A.": the initial's full stop closes the name
            break
          }
          if let n = afterSpace(end + 1), marked[n] {
            end = n
          } else if end + 2 < tokens.count, marked[end + 2] {
            end += 2
          } else {
            break
          }
        } else {
          break
        }
      }
      if isFree(i, end) { claim(i, end, as: .name) }
      i = end + 1
    }
  }
}
