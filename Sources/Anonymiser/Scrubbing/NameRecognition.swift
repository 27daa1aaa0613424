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

  func evidence(_ i: Int) -> NameEvidence {
    let t = tokens[i]
    guard t.kind == .word, !claimed[i], !protected[i] else { return .none }
    let f = t.flags
    if t.length == 1 {
      return t.isCapitalised && !isWord(i, "i") ? .initial : .none
    }
    if !f.isDisjoint(with: .personalName) {
      if !f.isDisjoint(with: [.domain, .kept]) { return .domainName }
      if !f.isDisjoint(with: [.everyday, .month, .weekday]) { return .everyday }
      if !f.isDisjoint(with: [.english, .function]) { return .ambiguous }
      return .definite
    }
    return f.isEmpty ? .unknown : .none
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
      UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: ">"), 0x7E:
      return true
    default:
      return false
    }
  }

  /// What comes before word `j`.
  func context(_ j: Int) -> NameContext {
    guard let p = previous(j) else { return .none }
    let pt = tokens[p]
    if pt.kind == .punctuation {
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
        if isWord(q, "name") { return .strongCue }
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
      if (isWord(p, "is") || isWord(p, "was")) && (isWord(q, "name") || isWord(q, "this")) { return .strongCue }
      if isWord(p, "am") && isWord(q, "i") { return .strongCue }
    }
    if f.contains(.relation) { return .relation }
    return .none
  }

  /// Whether word `i`, with evidence `e`, is a name after a word in `context`.
  func isNameAfter(_ context: NameContext, _ i: Int, _ e: NameEvidence) -> Bool {
    let t = tokens[i]
    guard t.kind == .word, !claimed[i], !protected[i], t.flags.isDisjoint(with: .function) else { return false }
    let capital = t.isCapitalised
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
      case .everyday, .domainName: return capital && !t.flags.contains(.weekday)
      case .none: return false
      }
    case .relation:
      switch e {
      case .definite, .unknown, .initial: return true
      case .ambiguous, .everyday:
        // "pt dawn young": lower case will do when a surname follows.
        if capital { return true }
        guard let n = afterSpace(i), tokens[n].kind == .word else { return false }
        return tokens[n].flags.contains(.surname) || evidence(n) == .unknown
      case .domainName, .none: return false
      }
    }
  }

  /// Words that follow "Nurse" or "Sister" as a role, not a name.
  func isRoleWord(_ i: Int) -> Bool {
    isWord(i, "practitioner") || isWord(i, "specialist") || isWord(i, "manager") || isWord(i, "lead")
      || isWord(i, "team") || isWord(i, "clinician") || isWord(i, "unit")
      || isWord(i, "station") || isWord(i, "adviser") || isWord(i, "advisor") || isWord(i, "navigator")
      || isWord(i, "coordinator") || isWord(i, "specialists") || isWord(i, "in") || isWord(i, "on")
  }

  /// Whether word `i` may join the name `m` beside it, on its right.
  func canFollowName(_ i: Int, after m: Int) -> Bool {
    if canJoinName(i) { return true }
    let t = tokens[i]
    let name = tokens[m]
    guard t.kind == .word, !claimed[i], !protected[i],
      name.flags.contains(.firstName) || (name.flags.isEmpty && name.letters > 1)
    else { return false }
    // "ella swift", "nkechi king": a surname after a first name, in lower case.
    if t.flags.contains(.surname) { return true }
    guard t.isCapitalised, !t.isAllCaps else { return false }
    // "Caitlin Gibbons": a capitalised everyday word after a first name.
    if t.flags.subtracting([.english, .personalName, .everyday]).isEmpty { return true }
    // "Nkechi Lincoln": a place name after a first name.
    return t.flags.subtracting([.domain, .english]).isEmpty && t.flags.contains(.domain) && canJoinName(i) == false
      && !isSarcomaContext(i)
  }

  /// Whether word `i` names a sarcoma rather than a person ("Ewing sarcoma").
  func isSarcomaContext(_ i: Int) -> Bool {
    guard let n = afterSpace(i), tokens[n].kind == .word else { return false }
    return isWord(n, "sarcoma") || isWord(n, "sarcomas") || isWord(n, "tumour") || isWord(n, "tumours")
      || isWord(n, "family") || isWord(n, "tumor") || isWord(n, "like") || isWord(n, "type")
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

  /// Finds personal names and claims them.
  mutating func findNames() {
    var marked = [Bool](repeating: false, count: tokens.count)
    var worklist: [Int] = []
    for i in tokens.indices where tokens[i].kind == .word && !claimed[i] {
      let t = tokens[i]
      let e = evidence(i)
      var isName = false
      switch e {
      case .definite:
        isName = true
      case .unknown:
        isName = (t.isCapitalised && !t.isAllCaps) || (t.isPossessive && !t.isAllCaps)
      case .ambiguous:
        // "Grace" mid-sentence, "Will's" anywhere, "max's" in lower case.
        isName = t.isPossessive || ((t.isCapitalised || t.isAllCaps) && !isSentenceStart(i))
      default:
        break
      }
      // "E. Booth": an initial before a capitalised name.
      if !isName, e == .initial, i + 1 < tokens.count, isMark(i + 1, "."), let n = afterSpace(i + 1),
        tokens[n].kind == .word, tokens[n].isCapitalised, !tokens[n].flags.isDisjoint(with: .personalName) || evidence(n) == .unknown
      {
        isName = true
      }
      if !isName, t.isCapitalised, let n = afterSpace(i), tokens[n].kind == .word, tokens[n].isCapitalised,
        !protected[i], !protected[n], !claimed[n]
      {
        let f = t.flags, g = tokens[n].flags
        // "Bob Marsden": a first name and a surname together, whatever else they are.
        if f.contains(.firstName) && g.contains(.surname) && e != .none {
          isName = true
        }
        // "BUKOLA REDDY", "MIHAI SUTTON": two words in capitals, at least one
        // unknown, neither an ordinary word.
        let en = evidence(n)
        if t.isAllCaps, tokens[n].isAllCaps, t.letters >= 3, tokens[n].letters >= 3, e == .unknown || en == .unknown,
          e != .none || f.contains(.firstName), en != .none || g.contains(.surname)
        {
          isName = true
        }
        // "Precious Taylor": a capitalised word before a plain surname.
        if g.contains(.surname), evidence(n) == .definite, f.isDisjoint(with: [.function, .domain, .kept, .month, .weekday, .strongTitle, .weakTitle, .relation, .strongCue]) {
          isName = true
        }
      }
      if !isName {
        let c = context(i)
        if c != .none { isName = isNameAfter(c, i, e) }
      }
      if isName {
        marked[i] = true
        worklist.append(i)
      }
    }
    guard !worklist.isEmpty else { return }
    // Grow each name over the words beside it that could be part of it.
    while let m = worklist.popLast() {
      if !tokens[m].isPossessive {
        var n: Int? = afterSpace(m)
        if tokens[m].letters == 1, m + 1 < tokens.count, isMark(m + 1, ".") {
          n = m + 2 < tokens.count && tokens[m + 2].isSpace ? afterSpace(m + 1) : m + 2 < tokens.count ? m + 2 : nil
        }
        if let n, n < tokens.count, !marked[n], canFollowName(n, after: m) {
          marked[n] = true
          worklist.append(n)
        }
      }
      var p: Int? = beforeSpace(m)
      if let q = p, tokens[q].kind == .punctuation, tokens[q].mark == UInt8(ascii: "."), q >= 1, tokens[q - 1].letters == 1 {
        p = q - 1
      }
      if let p, p >= 0, !marked[p], !tokens[p].isPossessive, canJoinName(p) || canPrecedeSurname(p, m) {
        marked[p] = true
        worklist.append(p)
      }
    }
    // Claim runs of marked words, joined by white space or an initial's full stop.
    var i = 0
    while i < tokens.count {
      guard marked[i] else {
        i += 1
        continue
      }
      var end = i
      while !tokens[end].isPossessive {
        if let n = afterSpace(end), marked[n] {
          end = n
        } else if end + 1 < tokens.count, isMark(end + 1, "."), tokens[end].letters == 1 {
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
      claim(i, end, as: .name)
      i = end + 1
    }
  }
}
