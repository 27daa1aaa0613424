extension NoteAnalysis {
  /// Finds street addresses, in two passes.
  ///
  /// First what is an address wherever it stands: a flat or room and its
  /// number ("Flat 3", "Flat 3/2", "Block C", "No. 4"); a house number and a
  /// street ("12 Acacia Road", "27b kings road"); a capitalised street with a
  /// strong suffix ("on Mill Lane"); a street opened by a word of another
  /// language ("Heol y Coed", "Rathad a' Chladaich", "Rua das Flores 48"); a
  /// Welsh or Gaelic house name with its article ("Taigh na Mara", "Tan y
  /// Bryn"); a number and a name after "c/o".
  ///
  /// Then what is an address only in an address's company, beside one (after
  /// a comma or before a postcode) or after a word such as "lives", "address"
  /// or "send to": a building's name ("Rose Cottage", "Beech Court", "The Old
  /// Rectory"), a street with a weak suffix ("Lambeth Walk"), "The Laurels" or
  /// a single name before a comma and a street, a floor ("3rd floor").
  mutating func findAddresses() {
    for i in tokens.indices where !claimed[i] {
      let t = tokens[i]
      switch t.kind {
      case .number, .alphanumeric: break
      case .word:
        guard t.isCapitalised || !t.flags.isDisjoint(with: [.dwelling, .streetPrefix]) || isCareOf(i) || isWord(i, "po") || isWord(i, "p")
          || isWord(i, "nb") || isWord(i, "narrowboat") || isWord(i, "yacht") || isWord(i, "boat") || isWord(i, "houseboat")
          || isWord(i, "house") || isWord(i, "no") || isWord(i, "number")
        else { continue }
      default: continue
      }
      if let end = dwellingEnd(i) ?? postOfficeBoxEnd(i) {
        claim(i, end, as: .address)
        continue
      }
      if let end = (hasHomeWord ? careHomeEnd(from: i) : nil) ?? (hasRareCue ? prisonEnd(from: i) ?? boatEnd(from: i) : nil)
        ?? houseNumberAloneEnd(from: i), isFree(i, end)
      {
        claim(i, end, as: .address)
        continue
      }
      if isHouseNumber(i), let first = afterSpace(i),
        let end = streetEnd(from: first, requireCapitals: false) ?? foreignStreetEnd(from: first, afterHouseNumber: true)
          ?? rowOfHousesEnd(from: first)
          ?? (tokens[first].isCapitalised ? houseNameEnd(from: first, withArticleOnly: true) : nil) ?? streetCalledTheEnd(from: first)
      {
        guard isFree(i, end) else { continue }
        claim(i, end, as: .address)
        continue
      }
      if let end = careOfEnd(i) {
        let start = careOfStart(i) ?? i
        if isFree(start, end) {
          claim(start, end, as: .address)
          continue
        }
      }
      guard t.kind == .word, t.isCapitalised, !protected[i] else { continue }
      if let end = foreignStreetEnd(from: i) ?? houseNameEnd(from: i, withArticleOnly: true) ?? oldHouseEnd(from: i), isFree(i, end) {
        claim(i, end, as: .address)
        continue
      }
      if t.flags.isDisjoint(with: [.function, .month, .weekday, .strongStreetSuffix]),
        previous(i).map({ !isHouseNumber($0) }) ?? true,
        let end = streetEnd(from: i, requireCapitals: true), tokens[end].flags.contains(.strongStreetSuffix)
      {
        guard isFree(i, end) else { continue }
        claim(i, end, as: .address)
      }
    }
    extendAddressesOverHouseNumbers()
    guard hasAddressCue || spans.contains(where: { $0.kind == .address || $0.kind == .postcode }) else { return }
    for _ in 0..<3 {
      var found = false
      for i in tokens.indices where !claimed[i] && tokens[i].kind != .space && tokens[i].kind != .punctuation {
        let end = protected[i] ? (isInstitutional(i) ? buildingNameEnd(from: i) : nil) : companionEnd(from: i)
        guard let end, isFree(i, end) else { continue }
        claim(i, end, as: .address)
        found = true
      }
      if !found { break }
    }
    extendAddressesOverHouseNumbers()
    extendAddressesOverBuildings()
    extendAddressesOverPitches()
    extendAddressesOverSurgeries()
    extendAddressesOverDirections()
    extendAddressesOverCareOf()
    extendAddressesOverCareHomes()
    extendAddressesOverWhatOpensThem()
    findOutwardCodesAfterAddresses()
  }

  /// Claims an outward code on its own after an address and a comma, as a
  /// postcode: "9 Ravenscourt Gardens, W6 - ...", "Flat 2, 5 Kent Road, E8.".
  private mutating func findOutwardCodesAfterAddresses() {
    for k in spans.indices where spans[k].kind == .address {
      guard let comma = next(spans[k].last), isMark(comma, ","), let o = afterSpace(comma), tokens[o].kind == .alphanumeric,
        !claimed[o], tokens[o].length <= 4, isUpperASCIILetter(b[tokens[o].start]), isOutward(tokens[o].start, tokens[o].end),
        next(o).map({ tokens[$0].kind == .punctuation }) ?? true
      else { continue }
      claim(o, o, as: .postcode)
    }
  }

  /// Takes into an address what opens it, where that alone would say little:
  /// a flat's floor ("Lower Ground Flat, 3 Elgin Crescent"), a dwelling's
  /// word before its number ("Cottage 2, Home Farm Estate"), a house number
  /// said in words ("eleven Priory Gardens"), "No. 3," before a street
  /// without one, and a house's name before its numbered street ("Willow
  /// Bank, 118 London Road"); and a caravan site's word after its name
  /// ("Meadow View Site").
  private mutating func extendAddressesOverWhatOpensThem() {
    for k in spans.indices where spans[k].kind == .address {
      var first = spans[k].first
      // "Cottage 2, ...", "berth 22, Limehouse Marina": a dwelling's word before its number.
      if tokens[first].kind == .number || tokens[first].kind == .alphanumeric, let w = beforeSpace(first), !claimed[w],
        tokens[w].flags.contains(.dwelling)
          || tokens[w].isCapitalised && (isWord(w, "cottage") || isWord(w, "lodge") || isWord(w, "barn") || isWord(w, "house"))
      {
        first = w
      }
      // "eleven Priory Gardens", "twenty-seven Holly Avenue": a house number in words.
      if tokens[first].kind == .word, tokens[first].isCapitalised, let w = beforeSpace(first), !claimed[w],
        hourInWords(w) != nil || isTensInWordsForAddress(w) || isTensAndUnitsInWords(w)
      {
        first = w
        // "number twelve, Sycamore Drive": the word for a number before it, and a comma between.
      } else if tokens[first].kind == .word, tokens[first].isCapitalised, let comma = previous(first), isMark(comma, ","),
        let w = previous(comma), comma - w == 1, !claimed[w], hourInWords(w) != nil || isTensAndUnitsInWords(w),
        let number = beforeSpace(w), isWord(number, "number") || isWord(number, "no"), !claimed[number]
      {
        first = number
      }
      // "room 4, 17 station approach", "flat b, 23 gerrard st": a room's or a flat's number, in any
      // case, and a comma before the house's number.
      if tokens[first].kind == .number, let comma = previous(first), first - comma <= 2, isMark(comma, ","), let number = previous(comma),
        comma - number == 1, !claimed[number],
        tokens[number].kind == .number && tokens[number].digits <= 4 || tokens[number].kind == .word && tokens[number].letters == 1
          || tokens[number].kind == .alphanumeric && tokens[number].length <= 4,
        let w = beforeSpace(number), !claimed[w], tokens[w].flags.contains(.dwelling) || isWord(w, "room") || isWord(w, "apt")
      {
        first = w
      }
      // "no. 8, Lime Walk": a house's number and a comma before its street, "no" in any case.
      if let comma = previous(first), first - comma <= 2, isMark(comma, ","), let number = previous(comma), comma - number == 1,
        !claimed[number], tokens[number].kind == .number, tokens[number].digits <= 3, let dot = previous(number), number - dot <= 2,
        isMark(dot, "."), dot >= 1, isWord(dot - 1, "no"), !tokens[dot - 1].isCapitalised, !claimed[dot - 1]
      {
        first = dot - 1
      }
      // "No. 3, The Crescent": a house's number and a comma before its street.
      if let comma = previous(first), first - comma <= 2, isMark(comma, ","), let number = previous(comma), comma - number == 1,
        !claimed[number], tokens[number].kind == .number, tokens[number].digits <= 3, let dot = previous(number), number - dot <= 2,
        isMark(dot, "."), dot >= 1, isWord(dot - 1, "no"), tokens[dot - 1].isCapitalised, !claimed[dot - 1]
      {
        first = dot - 1
      }
      // "no. 3 heol llanishen fach": "no." straight before the house's number, in any case.
      if tokens[first].kind == .number, let dot = previous(first), first - dot <= 2, isMark(dot, "."), dot >= 1, isWord(dot - 1, "no"),
        !claimed[dot - 1]
      {
        first = dot - 1
      }
      // "Lower Ground Flat", "Top Flat", "Basement Flat": the floor before a flat.
      while let w = beforeSpace(first), !claimed[w], tokens[w].isCapitalised || isWord(first, "flat"), tokens[first].kind == .word,
        isWord(w, "lower") || isWord(w, "upper") || isWord(w, "ground") || isWord(w, "top") || isWord(w, "basement")
          || isWord(w, "garden") || isWord(w, "first") || isWord(w, "second") || isWord(w, "third") || isWord(w, "floor")
      {
        first = w
      }
      if first == spans[k].first, tokens[first].kind == .number, let name = houseNameBeforeComma(first) { first = name }
      // "Meadow View Site": a caravan site's word after its name.
      let last = spans[k].last
      if tokens[last].kind == .word, let site = afterSpace(last), !claimed[site], tokens[site].isCapitalised, isWord(site, "site") {
        for j in (last + 1)...site { claimed[j] = true }
        spans[k].last = site
      }
      guard first < spans[k].first else { continue }
      for j in first..<spans[k].first { claimed[j] = true }
      spans[k].first = first
    }
  }

  /// Whether word `i` is a multiple of ten, as a house number in words: "twenty", "forty".
  private func isTensInWordsForAddress(_ i: Int) -> Bool {
    isWord(i, "twenty") || isWord(i, "thirty") || isWord(i, "forty") || isWord(i, "fifty") || isWord(i, "sixty")
      || isWord(i, "seventy") || isWord(i, "eighty") || isWord(i, "ninety")
  }

  /// The first word of a house's name of two or three capitalised words
  /// opening the note or a clause, then a comma, before house number
  /// `number`: "Willow Bank, 118 London Road". Not an institution, a person
  /// with a title, nor words of the domain.
  private func houseNameBeforeComma(_ number: Int) -> Int? {
    guard let comma = previous(number), number - comma <= 2, isMark(comma, ","), let last = previous(comma), comma - last == 1,
      tokens[last].kind == .word
    else { return nil }
    var first = last
    var words = 1
    while words < 3, let p = beforeSpace(first), tokens[p].kind == .word { first = p; words += 1 }
    guard words >= 2, previous(first).map({ isMark($0, ",") || isMark($0, "-") || isMark($0, ":") || isMark($0, ";") }) ?? true,
      (first...last).allSatisfy({ j in
        tokens[j].kind != .word || (tokens[j].isCapitalised && !tokens[j].isAllCaps && !claimed[j] && !protected[j]
          && tokens[j].flags.isDisjoint(with: [.domain, .kept, .institution, .relation, .strongTitle, .weakTitle, .function, .month, .weekday]))
      }),
      (first...last).contains(where: { tokens[$0].kind == .word && evidence($0) == .none })
    else { return nil }
    return first
  }

  /// Takes a "c/o" just before an address into it: "c/o Harbour House".
  private mutating func extendAddressesOverCareOf() {
    for k in spans.indices where spans[k].kind == .address {
      let first = spans[k].first
      guard let o = previous(first), first - o <= 2, isWord(o, "o"), o >= 2, isMark(o - 1, "/"), isCareOf(o - 2), !claimed[o - 2]
      else { continue }
      for j in (o - 2)..<first { claimed[j] = true }
      spans[k].first = o - 2
    }
  }

  /// Takes what a building is, when it is a home, into its name: "Willow
  /// Court Nursing Home", "Elm Lodge Care Home", "Mill Court Sheltered Housing",
  /// "Sea View Caravan Park", "Oak Glade Holiday Park".
  private mutating func extendAddressesOverCareHomes() {
    for k in spans.indices where spans[k].kind == .address {
      let last = spans[k].last
      guard tokens[last].kind == .word, let kind = afterSpace(last), !claimed[kind], tokens[kind].isCapitalised,
        isWord(kind, "nursing") || isWord(kind, "care") || isWord(kind, "residential") || isWord(kind, "retirement")
          || isWord(kind, "sheltered") || isWord(kind, "caravan") || isWord(kind, "holiday") || isWord(kind, "mobile"),
        let home = afterSpace(kind), !claimed[home],
        isWord(home, "home") || isWord(home, "housing") || isWord(home, "village") || isWord(home, "flats")
          || isWord(home, "park") || isWord(home, "site")
      else { continue }
      for j in (last + 1)...home { claimed[j] = true }
      spans[k].last = home
    }
  }

  // MARK: Anywhere

  /// Whether token `i` is a house number: "12", "27b", "221B"; not a group of
  /// a phone number ("020 7946 0419 stamford hill"), which starts with a nought
  /// or follows a group of three digits or more.
  func isHouseNumber(_ i: Int) -> Bool {
    let t = tokens[i]
    if t.kind == .number {
      guard t.digits <= 4, value(i) > 0, !isMinutesOfAClock(i) else { return false }
      if t.digits >= 3, b[t.start] == UInt8(ascii: "0") { return false }
      if t.digits >= 3, i >= 2, tokens[i - 1].isSpace, tokens[i - 2].kind == .number, tokens[i - 2].digits >= 3 { return false }
      return true
    }
    return t.kind == .alphanumeric && t.letters == 1 && t.digits <= 4 && isDigit(b[t.start]) && isLetter(b[t.end - 1])
  }

  /// Whether number `i` is the minutes of a time, two digits after an hour and
  /// a colon ("9:35 Lloyd Grant, ..."), or after an hour and a full stop opening
  /// the note ("9.07 DP Errol Samuels, ..."): never a house's number.
  private func isMinutesOfAClock(_ i: Int) -> Bool {
    guard tokens[i].length == 2, i >= 2, value(i) <= 59, tokens[i - 2].kind == .number, tokens[i - 2].length <= 2, value(i - 2) <= 24
    else { return false }
    return isMark(i - 1, ":") || isMark(i - 1, ".") && previous(i - 2) == nil
  }

  /// The end of a care home's name starting at capitalised word `i`: one to
  /// three capitalised words, then "Care Home", "Nursing Home" or
  /// "Residential Home" ("Meadowbank Nursing Home", "Oakwood Grange Care
  /// Home"), or in lower case after two words or more ("Laurel Lodge nursing
  /// home"). Where someone lives, as an address says.
  private func careHomeEnd(from i: Int) -> Int? {
    // "St Joseph's Nursing Home": a saint's name opens it, protected or not; where someone lives.
    var saint: Int? = nil
    if isWord(i, "st") || isWord(i, "saint"), tokens[i].isCapitalised, !claimed[i] {
      var k = i
      if k + 1 < tokens.count, isMark(k + 1, ".") { k += 1 }
      if let n = afterSpace(k), tokens[n].kind == .word, tokens[n].isCapitalised, tokens[n].isPossessive, !claimed[n] { saint = n }
    }
    guard tokens[i].kind == .word, tokens[i].isCapitalised, !protected[i] || isInstitutional(i) || saint != nil,
      previous(i).map({ !isCapitalisedWord($0) }) ?? true
    else { return nil }
    var j = saint ?? i
    for words in 1...3 {
      guard tokens[j].kind == .word, tokens[j].isCapitalised, !claimed[j],
        tokens[j].flags.isDisjoint(with: [.function, .domain, .month, .weekday, .relation, .strongTitle]) || j == saint
      else { return nil }
      guard let kind = afterSpace(j) ?? (tokens[j].isPossessive ? afterSpace(j + 1) : nil) else { return nil }
      if isWord(kind, "care") || isWord(kind, "nursing") || isWord(kind, "residential") {
        guard let home = afterSpace(kind), isWord(home, "home") || isWord(home, "centre"), !claimed[home] else { return nil }
        // "Laurel Lodge nursing home": in lower case after a name of two words or more.
        // Not "Peggy Ward's care home": a person's home has an owner.
        guard tokens[kind].isCapitalised && tokens[home].isCapitalised
          || !tokens[kind].isCapitalised && !tokens[home].isCapitalised && words >= 2 && !tokens[j].isPossessive
        else { return nil }
        return home
      }
      j = kind
    }
    return nil
  }

  /// The end of a house's number told alone starting at `i`: "house number
  /// 22", "house no. 42", "house no 7b".
  private func houseNumberAloneEnd(from i: Int) -> Int? {
    // "lives at no 6, next to the post office", "no. 8, postcode CV4 7AL": a house's number
    // after "at", or opening a note that gives a postcode, before a comma.
    if isWord(i, "no") || isWord(i, "number"),
      previous(i).map({ isWord($0, "at") }) ?? spans.contains(where: { $0.kind == .postcode })
    {
      var k = i
      if k + 1 < tokens.count, isMark(k + 1, ".") { k += 1 }
      guard let n = next(k), n - k <= 2, tokens[n].kind == .number, tokens[n].digits <= 3, !claimed[n], let comma = next(n),
        comma == n + 1, isMark(comma, ","),
        // "Number 9, The Crescent": a street after it takes the number in with it.
        !(afterSpace(comma).map({ tokens[$0].kind == .word && tokens[$0].isCapitalised }) ?? false)
      else { return nil }
      return n
    }
    guard tokens[i].length == 5, isWord(i, "house"), let no = afterSpace(i), isWord(no, "number") || isWord(no, "no") || isWord(no, "num") else { return nil }
    var k = no
    if k + 1 < tokens.count, isMark(k + 1, ".") { k += 1 }
    guard let n = next(k), n - k <= 2, isHouseNumber(n), !claimed[n] else { return nil }
    return n
  }

  /// The end of a prison's name starting at `i`: "HMP Wandsworth", "HMYOI
  /// Feltham", "HMP & YOI Doncaster". Where someone lives, as an address says.
  private func prisonEnd(from i: Int) -> Int? {
    guard isWord(i, "hmp") || isWord(i, "hmyoi"), tokens[i].isAllCaps, var n = afterSpace(i) else { return nil }
    if isMark(n, "&"), let y = afterSpace(n), isWord(y, "yoi"), let m = afterSpace(y) { n = m }
    guard tokens[n].kind == .word, tokens[n].isCapitalised, !claimed[n] else { return nil }
    var end = n
    if let m = afterSpace(n), tokens[m].kind == .word, tokens[m].isCapitalised, !claimed[m],
      tokens[m].flags.isDisjoint(with: [.function, .domain, .month, .weekday])
    {
      end = m  // "HMP Wormwood Scrubs"
    }
    return end
  }

  /// The end of a boat that is a home, with where it is moored, starting at
  /// `i`: "NB Kingfisher, Mooring 14, Paddington Basin", "nb "Kingfisher"",
  /// "narrowboat Otter, visitor mooring 14, Cowley Lock towpath", "yacht "Blue
  /// Heron", Pontoon D berth 22, Hamble Point Marina".
  private func boatEnd(from i: Int) -> Int? {
    guard isWord(i, "nb") || isWord(i, "narrowboat") || isWord(i, "yacht") || isWord(i, "houseboat") || isWord(i, "boat"),
      var n = afterSpace(i)
    else { return nil }
    let quoted = isMark(n, "\"")
    if quoted { n += 1 }
    guard n < tokens.count, tokens[n].kind == .word, tokens[n].isCapitalised, !claimed[n],
      tokens[n].flags.isDisjoint(with: [.function, .month, .weekday])
    else { return nil }
    // "NB" or "nb" names a boat on its own; "yacht" or "boat" only with the name in quotes.
    guard quoted || isWord(i, "nb") || isWord(i, "narrowboat") else { return nil }
    var end = n
    while let m = afterSpace(end), tokens[m].kind == .word, tokens[m].isCapitalised, !claimed[m], m - n < 4 { end = m }
    if quoted {
      guard end + 1 < tokens.count, isMark(end + 1, "\"") else { return nil }
      end += 1
    }
    // Then, after commas, where it is moored: "Mooring 14", "Pontoon D berth 22", "Paddington Basin".
    let nameEnd = end
    while let comma = next(end), isMark(comma, ","), let part = next(comma), let partEnd = mooringPartEnd(from: part) {
      end = partEnd
    }
    // "NB Sarah rang": "NB" is also "note well"; a boat has its name in quotes or says where it is moored.
    guard quoted || end > nameEnd || !isWord(i, "nb") else { return nil }
    return end
  }

  /// The end of a part of a boat's mooring starting at `i`: a mooring, berth
  /// or pontoon with its number or letter ("Mooring 14", "visitor mooring 14",
  /// "Pontoon D berth 22"), or capitalised words ending in a word of the
  /// water's edge ("Paddington Basin", "Cowley Lock towpath", "Hamble Point Marina").
  private func mooringPartEnd(from i: Int) -> Int? {
    var last: Int? = nil
    var saysMooring = false
    var j = i
    for _ in 0..<6 {
      guard j < tokens.count, !claimed[j] else { break }
      let t = tokens[j]
      let isNumberOrLetter = t.kind == .number || t.kind == .alphanumeric || (t.kind == .word && t.length == 1 && t.isCapitalised)
      if isWaterWord(j) {
        saysMooring = true
      } else if !isNumberOrLetter && !isWord(j, "visitor") {
        guard t.kind == .word, t.isCapitalised, t.flags.isDisjoint(with: [.function, .month, .weekday]) else { break }
      }
      last = j
      guard let n = afterSpace(j) else { break }
      j = n
    }
    guard saysMooring, let last, isFree(i, last) else { return nil }
    return last
  }

  /// Whether word `i` is a word of a mooring or the water's edge: "mooring",
  /// "berth", "pontoon", "towpath", "basin", "marina", "lock", "wharf".
  private func isWaterWord(_ i: Int) -> Bool {
    isWord(i, "mooring") || isWord(i, "moorings") || isWord(i, "berth") || isWord(i, "pontoon") || isWord(i, "towpath")
      || isWord(i, "basin") || isWord(i, "marina") || isWord(i, "lock") || isWord(i, "canal") || isWord(i, "wharf")
      || isWord(i, "quay") || isWord(i, "jetty") || isWord(i, "pier")
  }

  /// Whether token `i` is a capitalised word.
  private func isCapitalisedWord(_ i: Int) -> Bool {
    tokens[i].kind == .word && tokens[i].isCapitalised
  }

  /// The end of a post office box and its number starting at `i`: "PO Box
  /// 4471", "P.O. Box 212", "po box 19"; or of the forces' "BFPO 25".
  private func postOfficeBoxEnd(_ i: Int) -> Int? {
    // "BFPO 25": the forces' post office, by number.
    if tokens[i].length == 4, isWord(i, "bfpo") {
      guard let n = afterSpace(i), tokens[n].kind == .number, tokens[n].digits <= 4, !claimed[n] else { return nil }
      return n
    }
    guard b[tokens[i].start] | 0x20 == UInt8(ascii: "p") else { return nil }
    var box: Int
    if isWord(i, "po") {
      guard let n = afterSpace(i) else { return nil }
      box = n
    } else if isWord(i, "p"), i + 3 < tokens.count, isMark(i + 1, "."), isWord(i + 2, "o") {
      box = i + 3
      if isMark(box, ".") { box += 1 }
      if box < tokens.count, tokens[box].isSpace { box += 1 }
    } else {
      return nil
    }
    guard box < tokens.count, isWord(box, "box"), let n = afterSpace(box), tokens[n].kind == .number || tokens[n].kind == .alphanumeric,
      tokens[n].digits <= 6, !claimed[n]
    else { return nil }
    return isFree(i, n) ? n : nil
  }

  /// The end of a dwelling and its number starting at `i`: "Flat 3", "flat 12B",
  /// "Flat 3/2", "Flat B", "Apartment 1402", "Room 6", "Block C", "No. 4".
  private func dwellingEnd(_ i: Int) -> Int? {
    let t = tokens[i]
    guard t.kind == .word, t.flags.contains(.dwelling) || t.length == 2 else { return nil }
    var k = i
    if isWord(i, "no"), t.isCapitalised, i + 1 < tokens.count, isMark(i + 1, ".") {
      // "No. 4 The Mews", but not "Hosp No. 340 452": a house's number, then its street.
      guard previous(i).map({ tokens[$0].kind != .word || tokens[$0].flags.isDisjoint(with: [.recordCue, .phoneCue, .domain]) }) ?? true,
        let n = afterSpace(i + 1), isHouseNumber(n), let street = afterSpace(n), tokens[street].kind == .word,
        tokens[street].isCapitalised
      else { return nil }
      k = i + 1
    } else {
      guard t.flags.contains(.dwelling), t.isCapitalised || isWord(i, "flat") || isWord(i, "apartment") || isWord(i, "apt") || isWord(i, "unit")
      else { return nil }
    }
    guard let n = afterSpace(k), !claimed[n] else { return nil }
    let u = tokens[n]
    var end: Int
    if u.kind == .number || u.kind == .alphanumeric, u.digits <= 4 {
      end = n
    } else if u.kind == .word, u.letters == 1, u.isCapitalised, k == i {
      end = n  // "Flat B", "Block C"
    } else {
      return nil
    }
    // "Flat 2/L", "Flat 1/R": a Glasgow flat's floor and side.
    if end + 2 < tokens.count, isMark(end + 1, "/"), tokens[end + 2].kind == .word, tokens[end + 2].length == 1,
      tokens[end + 2].isCapitalised
    {
      end += 2
      return isFree(i, end) ? end : nil
    }
    // "Flat 3/2": a Glasgow flat's floor and door; "Room 2.07": a room's floor and number.
    if end + 2 < tokens.count, isMark(end + 1, "/") || isMark(end + 1, "."), tokens[end + 2].kind == .number,
      tokens[end + 2].digits <= (isMark(end + 1, "/") ? 2 : 3)
    {
      end += 2
    }
    return isFree(i, end) ? end : nil
  }

  /// The end of a row of houses or flats named as a street is, starting at
  /// word `first` after a house number: "2 Mill Cottages", "9 Albert
  /// Mansions", "4 Station Buildings" (a plural building word, capitalised).
  private func rowOfHousesEnd(from first: Int) -> Int? {
    guard let end = streetEnd(from: first, requireCapitals: true, suffixes: .buildingSuffix), end > first,
      tokens[end].isCapitalised, b[tokens[end].end - 1] | 0x20 == UInt8(ascii: "s")
    else { return nil }
    return end
  }

  /// The end of a street or house that follows the house number at `i` without
  /// a street suffix, after "c/o" or a word such as "lives" or "address": "c/o 12
  /// Mount Pleasant", "lives 3 Ty'n y Coed".
  private func careOfEnd(_ i: Int) -> Int? {
    guard isHouseNumber(i), let n = afterSpace(i), tokens[n].kind == .word, tokens[n].isCapitalised, !claimed[n],
      tokens[n].flags.isDisjoint(with: [.function, .domain, .kept, .month, .weekday, .quantity]),
      careOfStart(i) != nil || (hasAddressCue && followsAddressCue(i))
    else {
      return nil
    }
    return namePartsEnd(after: i, maximum: 3, numberAfter: false)
  }

  /// The "c" of a "c/o" just before house number `i`, if there is one.
  private func careOfStart(_ i: Int) -> Int? {
    guard let p = previous(i), isWord(p, "o"), p >= 2, isMark(p - 1, "/"), isWord(p - 2, "c") else { return nil }
    return p - 2
  }

  /// Whether word `i` is the "c" of "c/o".
  @inline(__always)
  func isCareOf(_ i: Int) -> Bool {
    isWord(i, "c") && i + 2 < tokens.count && isMark(i + 1, "/") && isWord(i + 2, "o")
  }

  /// The last token of a street name that starts at word `first`: up to four
  /// words, the last of them a street suffix, with no function word, unit or
  /// month among them ("The" may open it).
  func streetEnd(from first: Int, requireCapitals: Bool, suffixes: WordFlags = .streetSuffix) -> Int? {
    var j = first
    var count = 0
    var best: Int? = nil
    while count < 5 {
      let t = tokens[j]
      guard t.kind == .word, !claimed[j] else { break }
      let isLowerSuffix = count > 0 && !t.isCapitalised && t.flags.contains(.buildingSuffix) && suffixes.contains(.buildingSuffix)
      if requireCapitals && !t.isCapitalised && !isLowerSuffix { break }
      // "4 May Terrace": a month's name opens a street when the street's word follows it.
      let monthOpensStreet = count == 0 && t.isCapitalised && !t.flags.isDisjoint(with: [.month, .weekday])
        && t.flags.isDisjoint(with: .quantity)
        && (afterSpace(j).map({ tokens[$0].kind == .word && tokens[$0].isCapitalised && !tokens[$0].flags.isDisjoint(with: suffixes) }) ?? false)
      // "The" may open it; after a house number, "the" too ("14 the Crescent").
      if t.flags.contains(.function) && !(count == 0 && (t.isCapitalised || !requireCapitals) && isWord(j, "the")) && !monthOpensStreet {
        break
      }
      if !t.flags.isDisjoint(with: [.quantity, .month, .weekday]), !monthOpensStreet { break }
      // "Croft Road", "Chalet Close": a dwelling's word is part of a street only before the street's word,
      // or closing a house's name ("Dalmore Croft").
      if t.flags.contains(.dwelling), count == 0 || t.flags.isDisjoint(with: suffixes), !(afterSpace(j).map({ tokens[$0].kind == .word && !tokens[$0].flags.isDisjoint(with: suffixes) }) ?? false) {
        break
      }
      if count > 0, !t.flags.isDisjoint(with: suffixes) {
        best = j
        if t.isPossessive { break }
      }
      // "45b kings roadlondon": the street's word with the town typed on to it, as
      // fields pasted from a form run together; the street ends there.
      if count > 0, !t.isCapitalised, isStreetWordRunIntoTown(j) {
        best = j
        break
      }
      count += 1
      guard let n = afterSpace(j) ?? (t.isPossessive && j + 3 < tokens.count && tokens[j + 2].isSpace ? j + 3 : nil) else { break }
      j = n
    }
    // "Rd." keeps its full stop out: the sentence may end there.
    return best
  }

  /// Whether word `j`, which no list knows, is a street's word with a town's
  /// name typed on to it, and a postcode after it: "roadlondon sw35ug",
  /// "rdglasgow g11 6pa" (not "2 big roadworks").
  private func isStreetWordRunIntoTown(_ j: Int) -> Bool {
    let t = tokens[j]
    guard t.kind == .word, t.letters >= 6, t.letters == t.length, t.flags.subtracting(Self.neutralFlags).isEmpty,
      let n = afterSpace(j), claimedKind(n) == .postcode
    else { return false }
    for suffix in Self.streetWordsRunIntoTowns where suffix.utf8CodeUnitCount + 4 <= t.length {
      let s = suffix.utf8Start
      if (0..<suffix.utf8CodeUnitCount).allSatisfy({ b[t.start + $0] | 0x20 == s[$0] }) { return true }
    }
    return false
  }

  /// Street words that a town may be found typed on to.
  private static let streetWordsRunIntoTowns: [StaticString] = [
    "road", "street", "drive", "lane", "avenue", "close", "crescent", "grove", "gardens", "terrace", "rd",
  ]

  /// The end of a house named for what it once was, starting at `i`: "The
  /// Old Rectory", "The Old School House", "The Old Forge". A name like
  /// this is a home's, wherever it stands.
  private func oldHouseEnd(from i: Int) -> Int? {
    guard tokens[i].length == 3, isWord(i, "the"), let old = afterSpace(i), isWord(old, "old"), tokens[old].isCapitalised,
      let n = afterSpace(old), tokens[n].kind == .word, tokens[n].isCapitalised, !tokens[n].isAllCaps, !claimed[n], !protected[n],
      tokens[n].flags.isDisjoint(with: [.function, .month, .weekday, .institution])
    else { return nil }
    // "The Old School House": one more word of the building.
    if let m = afterSpace(n), tokens[m].kind == .word, tokens[m].isCapitalised, !claimed[m], tokens[m].flags.contains(.buildingSuffix) {
      return m
    }
    return n
  }

  /// The end of a street named "The" and one capitalised word, starting at
  /// `first` after a house number and closing its clause, in a note that
  /// gives a postcode: "6 The Ridgeway, Enfield EN2 8PD".
  private func streetCalledTheEnd(from first: Int) -> Int? {
    guard tokens[first].kind == .word, tokens[first].isCapitalised, isWord(first, "the"), let n = afterSpace(first),
      tokens[n].kind == .word, tokens[n].isCapitalised, !tokens[n].isAllCaps, !claimed[n], !protected[n],
      tokens[n].flags.isDisjoint(with: [.function, .domain, .kept, .institution, .month, .weekday, .quantity]),
      let comma = next(n), comma == n + 1, isMark(comma, ","), spans.contains(where: { $0.kind == .postcode })
    else { return nil }
    return n
  }

  /// The end of a street opened by a word of another language, starting at
  /// `i`: the opening word, articles and particles, one to three capitalised
  /// words and perhaps a number ("Heol y Coed", "Ffordd yr Orsaf", "Sràid na
  /// h-Eaglaise", "Calle Mayor 12", "Rua das Flores 48"). After a house's
  /// number, its words may be typed in lower case ("2 heol y bont", "7 rathad
  /// na h-aibhne"), though none of them an English word ("2 via email").
  private func foreignStreetEnd(from i: Int, afterHouseNumber: Bool = false) -> Int? {
    guard tokens[i].kind == .word, tokens[i].flags.contains(.streetPrefix), !claimed[i] else { return nil }
    // In lower case, one word only: the town after it is no part of it ("9 stryd fawr caernarfon").
    // Not "via", which English uses too, nor after a number that ends a date ("1/7/1989 via caseworker").
    if afterHouseNumber, !isWord(i, "via"), i >= 2, tokens[i - 1].isSpace,
      i < 3 || !(isMark(i - 3, "/") || isMark(i - 3, ".") || isMark(i - 3, "-")),
      let n = namePartsEnd(after: i, maximum: 1, numberAfter: false, lowerCaseMayStand: true), !tokens[n].isCapitalised
    {
      // More words only where a comma closes them: "3 heol llanishen fach, rhiwbina".
      if let longer = namePartsEnd(after: i, maximum: 3, numberAfter: false, lowerCaseMayStand: true), longer > n,
        let c = next(longer), isMark(c, ",")
      {
        return longer
      }
      return n
    }
    return namePartsEnd(after: i, maximum: 3, numberAfter: true)
  }

  /// The end of a Welsh or Gaelic house name starting at `i` ("Taigh na Mara",
  /// "Tan y Bryn", "Ty Gwyn"); with `withArticleOnly`, only one with an
  /// article after its first word, which no person's name has.
  private func houseNameEnd(from i: Int, withArticleOnly: Bool) -> Int? {
    guard tokens[i].kind == .word, tokens[i].flags.contains(.houseNameStart), tokens[i].isCapitalised, !claimed[i],
      let n = afterSpace(i)
    else { return nil }
    if withArticleOnly && !isPlaceArticle(n) { return nil }
    return namePartsEnd(after: i, maximum: 2, numberAfter: false)
  }

  /// The last of the capitalised words, and the articles between them, after
  /// word `i`; with `numberAfter`, a house number after them too.
  private func namePartsEnd(after i: Int, maximum: Int, numberAfter: Bool, lowerCaseMayStand: Bool = false) -> Int? {
    var end = i
    var words = 0
    var j = i
    while words < maximum, let n = afterSpace(j) {
      let t = tokens[n]
      guard !claimed[n] else { break }
      if isPlaceArticle(n) {
        j = n + 1 < tokens.count && isMark(n + 1, "'") ? n + 1 : n
        continue
      }
      guard t.kind == .word, t.flags.isDisjoint(with: [.function, .month, .weekday, .dwelling]),
        t.isCapitalised
          || lowerCaseMayStand && t.letters >= 3 && t.flags.isDisjoint(with: [.english, .domain, .kept, .quantity, .phoneCue, .everyday])
      else { break }
      end = n
      j = n
      words += 1
    }
    guard words > 0 else { return nil }
    if numberAfter, let n = afterSpace(end), tokens[n].kind == .number, tokens[n].digits <= 4 { end = n }
    return end
  }

  /// Whether word `i` is an article or particle inside a place's name: "y",
  /// "yr", "na", "an", "a'", "das", "de", "del", "la".
  private func isPlaceArticle(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.kind == .word, !t.isCapitalised || t.letters <= 2 else { return false }
    return t.flags.contains(.particle) || isWord(i, "yr") || isWord(i, "t")
  }

  // MARK: In company

  /// Whether word `i` introduces an address: "lives", "address", "moved",
  /// "send", "off", "c/o".
  private func isAddressCue(_ i: Int) -> Bool {
    tokens[i].flags.contains(.addressCue) || (tokens[i].length == 1 && isCareOf(i))
  }

  /// Whether an address cue stands within four words before token `i`, with no
  /// sentence's end between.
  private func followsAddressCue(_ i: Int) -> Bool {
    var j = i - 1
    var words = 0
    while j >= 0, words < 4 {
      let t = tokens[j]
      if t.kind == .word {
        if isAddressCue(j) { return true }
        words += 1
      } else if t.kind == .punctuation, t.mark == UInt8(ascii: ".") || t.mark == UInt8(ascii: ";") {
        return false
      } else if t.kind != .space, t.kind != .punctuation {
        return false
      }
      j -= 1
    }
    return false
  }

  /// The kind of the identifier token `i` belongs to, if it belongs to one.
  private func claimedKind(_ i: Int) -> IdentifierKind? {
    guard claimed[i] else { return nil }
    return spans.last(where: { $0.first <= i && i <= $0.last })?.kind
  }

  /// Whether an address or a postcode stands just after token `end` (across a comma).
  private func addressFollows(_ end: Int) -> Bool {
    guard var n = next(end) else { return false }
    if isMark(n, ","), let m = next(n) { n = m }
    let kind = claimedKind(n)
    if kind == .address || kind == .postcode { return true }
    // ", Aviemore PH22 1QU", ", Hayle, Cornwall TR27 4DY": a town, perhaps its
    // county, then the postcode.
    guard isMark(n == end ? end : (previous(n) ?? end), ",") else { return false }
    var j = n
    for _ in 0..<4 {
      guard tokens[j].kind == .word, tokens[j].isCapitalised, !claimed[j],
        tokens[j].flags.isDisjoint(with: [.function, .month, .weekday])
      else { return false }
      guard var m = next(j) else { return false }
      if isMark(m, ","), let after = next(m) { m = after }
      if claimedKind(m) == .postcode { return true }
      j = m
    }
    return false
  }

  /// Whether a town of one or two capitalised words and then a postcode come
  /// straight after token `end`, with no comma: "... Ipswich OX3 5NH".
  private func townAndPostcodeFollow(_ end: Int) -> Bool {
    var j = end
    for words in 0..<3 {
      guard let n = afterSpace(j) else { return false }
      if words > 0, claimedKind(n) == .postcode { return true }
      guard tokens[n].kind == .word, tokens[n].isCapitalised, !claimed[n], tokens[n].flags.isDisjoint(with: [.function, .month, .weekday])
      else { return false }
      j = n
    }
    return false
  }

  /// Whether tokens `first...last` stand in brackets straight after an address: "Flat 6 (top floor)".
  private func isBracketedAfterAddress(_ first: Int, _ last: Int) -> Bool {
    guard let open = previous(first), isMark(open, "("), let p = previous(open), claimedKind(p) == .address else { return false }
    return next(last).map { isMark($0, ")") } ?? false
  }

  /// The end of a part of an address typed in lower case, starting at `i` and
  /// closed by a comma: a house's number and one to four words ("11 heol
  /// isaf", "2 tan y bryn"), or one to three words ending in a street's or a
  /// building's word ("church lane", "the old rectory") where a clause opens.
  private func lowerCaseAddressPartEnd(from i: Int) -> Int? {
    // Where a clause opens first: the cheaper test, and most tokens fail it; or, for a house's
    // number, after a name typed before it ("carys evans 2 ffordd yr orsaf, caernarfon ll55 2ta").
    guard opensAddressClause(i) || tokens[i].kind != .word && (isAfterLowerCaseName(i) || beforeSpace(i).map({ isAddressCue($0) }) == true)
    else { return nil }
    let numbered = isHouseNumber(i)
    guard numbered || tokens[i].kind == .word else { return nil }
    var j = numbered ? (afterSpace(i) ?? i) : i
    guard j != i || !numbered else { return nil }
    var words = 0
    while true {
      let w = tokens[j]
      // "yr", the Welsh article inside a street's name ("ffordd yr orsaf"), spells a year's shorthand too.
      let isWelshArticle = words > 0 && isWord(j, "yr")
      // Letters only, in any script ("môr"), or joined by an apostrophe ("rhodfa'r").
      guard w.kind == .word, !w.isCapitalised, !claimed[j], !protected[j], w.digits == 0, !w.isPossessive,
        w.flags.isDisjoint(with: [.domain, .kept, .month, .weekday, .quantity, .relation, .clockWord]) || isWelshArticle,
        !w.flags.contains(.function) || w.letters <= 3 && words > 0 || isWord(j, "the") && words == 0 && !numbered
      else { return nil }
      words += 1
      guard words <= (numbered ? 4 : 3), let n = next(j) else { return nil }
      if isMark(n, ",") {
        // Without a number, the last word says what it is: "lane", "cottage".
        guard numbered || !w.flags.isDisjoint(with: [.streetSuffix, .buildingSuffix]), !w.flags.contains(.function) else { return nil }
        return j
      }
      guard n == j + 2 else { return nil }
      j = n
    }
  }

  /// The end of an address typed in lower case with no comma, starting at
  /// `i` where a clause opens, with a postcode within a few words after it:
  /// a house's number and a street that ends in a street's word ("88 station
  /// rd birmingham b23 7tx") or opens with a Welsh or Gaelic one ("5 heol y
  /// felin cardiff cf14 7tq", the last word before the postcode then taken as
  /// the town), or a house's name ending in a building's word ("rose cottage
  /// nr hexham ne46 3qz", "crofthead farm by lanark ml11 9xy").
  private func lowerCaseAddressBeforePostcodeEnd(from i: Int) -> Int? {
    guard opensAddressClause(i) || previous(i).map({ isAddressCue($0) || isWord($0, "lives") }) ?? false else { return nil }
    let numbered = isHouseNumber(i)
    guard numbered || tokens[i].kind == .word, let first = numbered ? afterSpace(i) : i else { return nil }
    // The words up to the postcode, at most six.
    var words: [Int] = []
    var j = first
    var postcode: Int? = nil
    while words.count < 6 {
      if claimedKind(j) == .postcode {
        postcode = j
        break
      }
      let w = tokens[j]
      guard w.kind == .word, !w.isCapitalised, !claimed[j], !protected[j], let n = afterSpace(j),
        w.flags.isDisjoint(with: [.kept, .month, .weekday, .quantity, .relation, .clockWord, .recordCue, .phoneCue]),
        // A town the domain knows ("cardiff", "leeds") only just before the postcode.
        !w.flags.contains(.domain) || claimedKind(n) == .postcode
      else { return nil }
      words.append(j)
      j = n
    }
    guard postcode != nil, !words.isEmpty else { return nil }
    if numbered {
      // The last street's word, else a Welsh or Gaelic street's first word and all but the town.
      if let last = words.last(where: { !tokens[$0].flags.isDisjoint(with: [.streetSuffix, .strongStreetSuffix, .buildingSuffix]) }),
        last != words[0]
      {
        return last
      }
      guard tokens[words[0]].flags.contains(.streetPrefix) || tokens[words[0]].flags.contains(.houseNameStart) else { return nil }
      return words.count >= 3 ? words[words.count - 2] : words.last
    }
    // A house's name: one to three words, the last a building's, then perhaps "nr" or "by" and places.
    guard let last = words.prefix(3).firstIndex(where: { tokens[$0].flags.contains(.buildingSuffix) }), last > 0 else { return nil }
    let rest = words[(last + 1)...]
    guard rest.count <= 3, rest.allSatisfy({ !tokens[$0].flags.contains(.function) || isWord($0, "nr") || isWord($0, "by") }) else { return nil }
    return words[last]
  }

  /// Whether word `i` opens the note, a clause or a field, as a part of an
  /// address may: after nothing, a comma, a colon, a dash, "to", "at" or "no.".
  private func opensAddressClause(_ i: Int) -> Bool {
    guard let p = previous(i) else { return true }
    if isMark(p, "."), p >= 1, isWord(p - 1, "no") { return true }
    return isMark(p, ",") || isMark(p, ":") || isMark(p, "-") || isWord(p, "to") || isWord(p, "at")
  }

  /// Whether, after a comma, places of one to three words each, in any case
  /// and each closed by a comma, lead to a postcode or an address found:
  /// ", radyr cf15 8dy", ", little snoring, norfolk nr21 0hx".
  private func isFollowedByPlacesToAPostcode(_ end: Int, numbered: Bool = false) -> Bool {
    guard let comma = next(end), isMark(comma, ","), var j = next(comma) else { return false }
    var words = 0
    while words < 8 {
      let kind = claimedKind(j)
      // "88 peckham rye, se15 4jr": a numbered street, then the postcode straight away.
      if kind == .postcode || kind == .address { return words > 0 || kind == .address || numbered }
      guard tokens[j].kind == .word, !claimed[j], tokens[j].flags.isDisjoint(with: [.month, .weekday, .function, .quantity]) else {
        return false
      }
      words += 1
      guard let n = next(j) else { return false }
      if isMark(n, ","), let m = next(n) { j = m } else { j = n }
    }
    return false
  }

  /// Whether a word typed in lower case that may end a name comes just before
  /// token `i`: a word no list knows, or a family name ("evans 2 ffordd").
  private func isAfterLowerCaseName(_ i: Int) -> Bool {
    guard let p = beforeSpace(i), tokens[p].kind == .word, !tokens[p].isCapitalised, !claimed[p], tokens[p].letters >= 2 else { return false }
    let f = tokens[p].flags
    return f.subtracting(Self.neutralFlags).isEmpty || f.contains(.surname) && f.isDisjoint(with: [.function, .quantity, .domain, .english])
  }

  /// Whether an address or a postcode stands just before token `first` (across a comma).
  private func addressPrecedes(_ first: Int) -> Bool {
    guard var p = previous(first) else { return false }
    if isMark(p, ","), let q = previous(p) { p = q }
    let kind = claimedKind(p)
    return kind == .address || kind == .postcode
  }

  /// The end of an address component starting at word `i` that stands in an
  /// address's company, if one does.
  private func companionEnd(from i: Int) -> Int? {
    let t = tokens[i]
    // "3rd floor", "Top flat", "ground floor flat"; "Flat 6 (top floor)", in brackets after a flat.
    if let end = floorEnd(i), addressFollows(end) || addressPrecedes(i) || isBracketedAfterAddress(i, end) { return end }
    // "301 Deansgate M3 4LQ", "5 Gwel an Mor, Hayle TR27 4DY": a house number and
    // a name with no street word, just before a postcode or another part.
    if isHouseNumber(i), let n = afterSpace(i), tokens[n].kind == .word, tokens[n].isCapitalised, !claimed[n], !protected[n],
      tokens[n].flags.isDisjoint(with: [.function, .domain, .kept, .month, .weekday, .quantity]),
      let end = namePartsEnd(after: i, maximum: 3, numberAfter: false), addressFollows(end) || addressPrecedes(i)
    {
      return end
    }
    // "5 heol y felin cardiff cf14 7tq", "rose cottage nr hexham ne46 3qz": typed in lower case with
    // no comma, a house's number and its street, or a house's name, before the town and postcode.
    if !t.isCapitalised, let end = lowerCaseAddressBeforePostcodeEnd(from: i) { return end }
    // "11 heol isaf, radyr cf15 8dy", "the old rectory, church lane, little snoring, norfolk nr21 0hx":
    // typed in lower case, a house's number and its street, or a house's or a street's name,
    // then places to a postcode.
    if !t.isCapitalised, let end = lowerCaseAddressPartEnd(from: i), isFollowedByPlacesToAPostcode(end, numbered: isHouseNumber(i)) {
      return end
    }
    guard t.kind == .word else { return nil }
    // After a flat, a street in any case: "flat 9 alexandra court queens road".
    if addressPrecedes(i), !t.isCapitalised, previous(i).map({ !isMark($0, ",") }) ?? false,
      let end = streetEnd(from: i, requireCapitals: false, suffixes: [.streetSuffix, .buildingSuffix])
    {
      return end
    }
    // After "addr" or "lives on", a street in lower case with a strong suffix: "addr mill lane".
    if !t.isCapitalised, t.flags.isDisjoint(with: [.function, .domain, .strongStreetSuffix]), followsAddressCue(i),
      let end = streetEnd(from: i, requireCapitals: false), tokens[end].flags.contains(.strongStreetSuffix), end - i <= 4
    {
      return end
    }
    guard t.isCapitalised else { return nil }
    let inCompany = { (end: Int) in self.addressFollows(end) || self.addressPrecedes(i) || self.followsAddressCue(i) }
    // "Rose Cottage", "Beech Court", "The Old Rectory", "Lambeth Walk", "St Mungo's hostel".
    if let end = streetEnd(from: i, requireCapitals: true, suffixes: [.streetSuffix, .buildingSuffix]) {
      if inCompany(end) { return end }
      // "The Old Vicarage Ipswich OX3 5NH": a house's name, then its town and postcode.
      if tokens[end].flags.contains(.buildingSuffix), townAndPostcodeFollow(end) { return end }
      // "Dalmore Croft, by Alness, Ross-shire IV17 0UY", "Highfield Farm, off the B4027, ...": a
      // house's name opening the note before a comma, in a note that gives a postcode or an address.
      if end > i, tokens[end].flags.contains(.buildingSuffix), previous(i) == nil, next(end).map({ isMark($0, ",") }) ?? false {
        return end
      }
      // "Farm Cottage 2, Upper Heath Farm": a building with its number after it.
      if let n = afterSpace(end), tokens[n].kind == .number, tokens[n].digits <= 4, !claimed[n], inCompany(n) { return n }
    }
    // "Ty Gwyn, Heol Las", "Bryn Awel, Lôn Glan Môr".
    if let end = houseNameEnd(from: i, withArticleOnly: false), inCompany(end) { return end }
    // "The Laurels, 5 Vicarage Close", "Glanrafon, Ffordd y Traeth": a name
    // before a comma and an address, at the start of the note or a clause.
    var end = i
    // "The Manse, Kirkwall", "The Old Rectory, no number": a house's name opening the note;
    // "The Willows, no street, ... CB22 5NJ": any name so, where the note gives a postcode.
    if isWord(i, "the"), previous(i) == nil {
      if let end = streetEnd(from: i, requireCapitals: true, suffixes: .buildingSuffix), end > i, let c = next(end), isMark(c, ",") {
        return end
      }
      var end = i
      while end - i < 6, let n = afterSpace(end), tokens[n].kind == .word, tokens[n].isCapitalised, !claimed[n], !protected[n],
        tokens[n].flags.isDisjoint(with: [.function, .domain, .month, .weekday])
      {
        end = n
      }
      if end > i, let c = next(end), isMark(c, ","), spans.contains(where: { $0.kind == .postcode }) { return end }
    }
    if isWord(i, "the") {
      var words = 0
      while words < 3, let n = afterSpace(end), tokens[n].kind == .word, tokens[n].isCapitalised, !claimed[n], !protected[n] {
        end = n
        words += 1
      }
      guard words > 0 else { return nil }
      // "Unit 3, The Sidings, Station Yard": after an address, up to a comma or the end.
      if addressPrecedes(i), next(end).map({ isMark($0, ",") || isIdentifier($0, .postcode) }) ?? true { return end }
    } else if let end = buildingNameEnd(from: i) {
      return end
    } else {
      let opensClause =
        previous(i).map { isMark($0, "-") || isMark($0, ":") || isMark($0, ";") || isWord($0, "at") || isWord($0, "to") || isAddressCue($0) }
        ?? true
      guard opensClause, evidence(i) == .unknown, !tokens[i].isPossessive else { return nil }
    }
    guard let c = next(end), isMark(c, ","), let n = next(c), claimedKind(n) == .address else { return nil }
    return end
  }

  /// The end of a building's name after a flat or a room and a comma, up to
  /// the next comma: "Room 402, Wren College, Mecklenburgh Square", "Flat 2,
  /// Hillside Hall, ...". A college or a hall there is where someone lives.
  private func buildingNameEnd(from i: Int) -> Int? {
    guard let comma = previous(i), isMark(comma, ","), let p = previous(comma), isIdentifier(p, .address),
      let opening = spans.last(where: { $0.last == p }), tokens[opening.first].flags.contains(.dwelling)
    else { return nil }
    var end = i
    var words = 1
    while words < 4, let n = afterSpace(end), tokens[n].kind == .word, tokens[n].isCapitalised || isWord(n, "of"), !claimed[n] {
      end = n
      words += 1
    }
    guard tokens[end].isCapitalised, let after = next(end), isMark(after, ",") else { return nil }
    for k in i...end where protected[k] && !isInstitutional(k) { return nil }
    return end
  }

  /// The end of a floor or a flat named by its floor starting at `i`: "3rd
  /// floor", "ground floor", "Top flat", "basement flat".
  private func floorEnd(_ i: Int) -> Int? {
    let t = tokens[i]
    guard let n = afterSpace(i), (4...6).contains(tokens[n].length) else { return nil }
    let isOrdinal = t.kind == .alphanumeric && t.digits <= 2 && t.letters == 2
    let isLevel =
      isWord(i, "top") || isWord(i, "ground") || isWord(i, "basement") || isWord(i, "garden") || isWord(i, "first")
      || isWord(i, "second") || isWord(i, "third") || isWord(i, "upper") || isWord(i, "lower")
    guard isOrdinal || isLevel, !claimed[n] else { return nil }
    // "lower ground floor", "upper ground floor".
    if isWord(i, "lower") || isWord(i, "upper"), isWord(n, "ground"), let f = afterSpace(n), isWord(f, "floor"), !claimed[f] {
      if let m = afterSpace(f), isWord(m, "flat"), !claimed[m] { return m }
      return f
    }
    if isWord(n, "floor") {
      if let m = afterSpace(n), isWord(m, "flat"), !claimed[m] { return m }
      return n
    }
    return isWord(n, "flat") ? n : nil
  }

  /// Takes into an address that opens with a house number what says more of
  /// that number: the first number of a range ("3-5 Orchard Way", "7/9 Mill
  /// Row"), or the word "no" or "number" ("lives at no 4 Mill Street"); and
  /// what stands before it and a comma: a tenement flat's position ("2F1, 9
  /// Leith Walk", "1/2, 40 Byres Road"), or the house number of a street
  /// written without one ("27, Victoria Road").
  private mutating func extendAddressesOverHouseNumbers() {
    for k in spans.indices where spans[k].kind == .address {
      if let start = positionBeforeComma(spans[k].first) {
        for j in start..<spans[k].first { claimed[j] = true }
        spans[k].first = start
        // "number 6, Priory Walk": the word for a number before it too.
        if let word = beforeSpace(start), isWord(word, "no") || isWord(word, "number"), !claimed[word] {
          claimed[word] = true
          spans[k].first = word
        }
        continue
      }
      let first = spans[k].first
      guard tokens[first].kind == .number || tokens[first].kind == .alphanumeric else { continue }
      if first >= 2, isMark(first - 1, "-") || isMark(first - 1, "/"), !claimed[first - 2], isHouseNumber(first - 2),
        tokens[first - 2].kind == .number, tokens[first].kind == .number
      {
        claimed[first - 2] = true
        claimed[first - 1] = true
        spans[k].first = first - 2
      } else if let word = beforeSpace(first), isWord(word, "no") || isWord(word, "number"), !claimed[word],
        previous(word).map({ tokens[$0].kind != .word || tokens[$0].flags.isDisjoint(with: [.recordCue, .phoneCue, .domain]) }) ?? true
      {
        for j in word..<first { claimed[j] = true }
        spans[k].first = word
      }
    }
  }

  /// The first token of what stands before address token `first` and a comma
  /// as part of it, if anything does: a tenement flat's position ("3F2",
  /// "0/1", "2/2") before a numbered address, or a lone house number before a
  /// street without one.
  private func positionBeforeComma(_ first: Int) -> Int? {
    guard let comma = previous(first), isMark(comma, ","), let p = previous(comma), comma - p == 1, !claimed[p] else { return nil }
    let t = tokens[p]
    let opensWithNumber = tokens[first].kind == .number || tokens[first].kind == .alphanumeric
    // "3F2": floor, "F", door.
    if t.kind == .alphanumeric, t.length == 3, isDigit(b[t.start]), b[t.start + 1] | 0x20 == UInt8(ascii: "f"), isDigit(b[t.start + 2]) {
      return opensWithNumber ? p : nil
    }
    guard t.kind == .number, t.digits <= 3 else { return nil }
    // "0/1", "2/2": floor and door, numbers of one digit.
    if t.digits == 1, p >= 2, isMark(p - 1, "/"), tokens[p - 2].kind == .number, tokens[p - 2].digits == 1, !claimed[p - 2] {
      guard opensWithNumber, previous(p - 2).map({ tokens[$0].kind != .number && !isMark($0, "/") }) ?? true else { return nil }
      return p - 2
    }
    // "27, Victoria Road": a house number before a street that has none;
    // "Number 9, The Crescent", "address: 27, Acre Lane".
    guard !opensWithNumber, isHouseNumber(p), tokens[first].isCapitalised else { return nil }
    guard let q = previous(p) else { return p }
    if let word = beforeSpace(p), isWord(word, "number") || isWord(word, "no"), tokens[word].isCapitalised, !claimed[word],
      previous(word).map({ !isMark($0, ".") || next($0) == nil }) ?? true || previous(word).map({ isMark($0, ",") || isMark($0, ":") || isMark($0, "-") }) ?? true
    {
      return word
    }
    if isMark(q, ":") { return followsAddressCue(p) ? p : nil }
    // "hosp no 27, ...": a record's number, not a house's.
    if isWord(q, "no") || isWord(q, "number"), let r = previous(q), tokens[r].kind == .word,
      !tokens[r].flags.isDisjoint(with: [.recordCue, .phoneCue, .domain])
    {
      return nil
    }
    guard tokens[q].kind == .word, tokens[q].flags.isDisjoint(with: [.quantity, .domain, .recordCue, .phoneCue]), !isWord(q, "aged"),
      !isWord(q, "age")
    else { return nil }
    return p
  }

  /// Takes a compass word after a street into it: "Albert Road North",
  /// "King Street West", "Bridge Street Upper".
  private mutating func extendAddressesOverDirections() {
    for k in spans.indices where spans[k].kind == .address {
      let last = spans[k].last
      guard tokens[last].kind == .word, !tokens[last].flags.isDisjoint(with: [.streetSuffix, .strongStreetSuffix]),
        let n = afterSpace(last), !claimed[n], tokens[n].isCapitalised,
        isWord(n, "north") || isWord(n, "south") || isWord(n, "east") || isWord(n, "west") || isWord(n, "upper")
          || isWord(n, "lower")
      else { continue }
      for j in (last + 1)...n { claimed[j] = true }
      spans[k].last = n
    }
  }

  /// Takes a numbered place to sleep or stay before a comma into the address
  /// after it: "Bed 6, St Mungo's Hostel, ...", "Mobile Home 8, Riverside
  /// Park", "Bay 6, Fen Drove site", "Berth 22, ...". The word is capitalised,
  /// as an address's first line is, and the number is short.
  private mutating func extendAddressesOverPitches() {
    for k in spans.indices where spans[k].kind == .address {
      var first = spans[k].first
      // "Bed 6, ...": its number may have joined the address already, as a house number.
      if tokens[first].kind == .number, first + 1 <= spans[k].last, isMark(first + 1, ","), let w = beforeSpace(first),
        !claimed[w], tokens[w].kind == .word, tokens[w].isCapitalised, isPitchWord(w)
      {
        // Read on from the word after the comma, as though the address began there.
        first = next(first + 1) ?? first
      }
      guard let comma = previous(first), comma == first - 1 || comma == first - 2, isMark(comma, ","),
        let n = previous(comma), n == comma - 1, !claimed[n] || n == spans[k].first, tokens[n].kind == .number || tokens[n].kind == .alphanumeric,
        tokens[n].digits <= 4, let w = beforeSpace(n), !claimed[w], tokens[w].kind == .word, tokens[w].isCapitalised,
        isPitchWord(w)
      else { continue }
      var start = w
      if let m = beforeSpace(w), !claimed[m], tokens[m].isCapitalised,
        isWord(m, "mobile") || isWord(m, "static") || isWord(m, "visitor") || isWord(m, "residential")
      {
        start = m
      }
      for j in start..<spans[k].first { claimed[j] = true }
      spans[k].first = start
    }
  }

  /// Takes a GP surgery's or a practice's name before a comma into the address
  /// after it: "Elmwood Surgery, 2 High Street", "Riverside Medical Centre,
  /// 14 Mill Lane". Its address says which practice, and so nearly whose.
  private mutating func extendAddressesOverSurgeries() {
    var merged: [Int] = []
    for k in spans.indices where spans[k].kind == .address {
      let first = spans[k].first
      guard let comma = previous(first), isMark(comma, ","), let last = previous(comma), last == comma - 1, !claimed[last],
        tokens[last].kind == .word, tokens[last].isCapitalised
      else { continue }
      var start: Int
      if isWord(last, "surgery") || isWord(last, "practice") {
        start = last
      } else if isWord(last, "centre") || isWord(last, "center"), let kind = beforeSpace(last), !claimed[kind],
        isWord(kind, "medical") || isWord(kind, "health")
      {
        start = kind
      } else if isWord(last, "centre") || isWord(last, "center") {
        // "The Haven Centre, 2 Dock St": a day centre's name before its address.
        start = last
      } else {
        continue
      }
      var words = 0
      // A practice's name is its own, even where it reads as an institution's ("Northwick Medical Centre").
      while words < 3, let p = beforeSpace(start), !claimed[p], tokens[p].kind == .word, tokens[p].isCapitalised,
        !tokens[p].isAllCaps, tokens[p].flags.isDisjoint(with: [.function, .month, .weekday, .relation, .strongTitle])
      {
        start = p
        words += 1
      }
      // "Park Lane Surgery, 3 Park Lane": the practice named after its street, found as a street already.
      if words == 0, let p = beforeSpace(start), let street = spans.firstIndex(where: { $0.last == p && $0.kind == .address }),
        !merged.contains(street), !merged.contains(k)
      {
        for j in start..<first { claimed[j] = true }
        spans[k].first = spans[street].first
        merged.append(street)
        continue
      }
      guard words > 0 else { continue }
      // "The Haven Centre": its article too.
      if let the = beforeSpace(start), isWord(the, "the"), tokens[the].isCapitalised, !claimed[the] { start = the }
      for j in start..<first { claimed[j] = true }
      spans[k].first = start
    }
    for street in merged.sorted(by: >) { spans.remove(at: street) }
  }

  /// Whether word `i` names a numbered place to sleep or stay, as before an
  /// address: "Bed", "Bay", "Berth", "Pitch", "Home".
  private func isPitchWord(_ i: Int) -> Bool {
    isWord(i, "bed") || isWord(i, "bay") || isWord(i, "berth") || isWord(i, "pitch") || isWord(i, "plot") || isWord(i, "home")
      || isWord(i, "mooring") || isWord(i, "cabin") || isWord(i, "caravan") || isWord(i, "chalet") || isWord(i, "lodge")
      || isWord(i, "van") || isWord(i, "stand") || isWord(i, "lot") || isWord(i, "house")
  }

  /// Takes "the barn at", "the annexe at" into the address after it.
  private mutating func extendAddressesOverBuildings() {
    for k in spans.indices where spans[k].kind == .address {
      let first = spans[k].first
      guard let at = previous(first), isWord(at, "at"), let building = previous(at), tokens[building].kind == .word,
        !claimed[building],
        isWord(building, "barn") || isWord(building, "annexe") || isWord(building, "annex") || isWord(building, "cottage")
          || isWord(building, "bungalow") || isWord(building, "lodge") || isWord(building, "caravan")
          || isWord(building, "chalet") || isWord(building, "flat") || isWord(building, "house")
      else { continue }
      var start = building
      if let the = previous(building), isWord(the, "the"), !claimed[the] { start = the }
      for j in start..<first { claimed[j] = true }
      spans[k].first = start
    }
  }
}
