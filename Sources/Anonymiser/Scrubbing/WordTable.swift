/// What the scrubber knows about a word, as a set of flags.
struct WordFlags: OptionSet, Sendable {
  let rawValue: UInt64

  static let firstName = WordFlags(rawValue: 1 << 0)
  static let surname = WordFlags(rawValue: 1 << 1)
  static let english = WordFlags(rawValue: 1 << 2)
  static let domain = WordFlags(rawValue: 1 << 3)
  static let month = WordFlags(rawValue: 1 << 4)
  static let weekday = WordFlags(rawValue: 1 << 5)
  static let function = WordFlags(rawValue: 1 << 6)
  static let strongTitle = WordFlags(rawValue: 1 << 7)
  static let weakTitle = WordFlags(rawValue: 1 << 8)
  static let strongCue = WordFlags(rawValue: 1 << 9)
  static let relation = WordFlags(rawValue: 1 << 10)
  static let streetSuffix = WordFlags(rawValue: 1 << 11)
  static let strongStreetSuffix = WordFlags(rawValue: 1 << 12)
  static let dwelling = WordFlags(rawValue: 1 << 13)
  static let quantity = WordFlags(rawValue: 1 << 14)
  static let recordCue = WordFlags(rawValue: 1 << 15)
  static let phoneCue = WordFlags(rawValue: 1 << 16)
  static let birthCue = WordFlags(rawValue: 1 << 17)
  static let emailEnding = WordFlags(rawValue: 1 << 18)
  static let emailProvider = WordFlags(rawValue: 1 << 19)
  static let postcodeArea = WordFlags(rawValue: 1 << 20)
  static let phraseStart = WordFlags(rawValue: 1 << 21)
  static let kept = WordFlags(rawValue: 1 << 22)
  static let everyday = WordFlags(rawValue: 1 << 23)
  /// A month in another language ("mai", "luglio"): a date only with a day.
  static let foreignMonth = WordFlags(rawValue: 1 << 24)
  /// A word after which "10.40" is a time of day ("rang 10.40").
  static let timeCue = WordFlags(rawValue: 1 << 25)
  /// A word of a time told in words ("half", "quarter", "three", "noon").
  static let clockWord = WordFlags(rawValue: 1 << 26)
  /// A particle inside a name ("de", "van", "bin", "Ní", "Mac").
  static let particle = WordFlags(rawValue: 1 << 27)
  /// The name of a clinical-trial register whose ids are kept ("NCT", "ISRCTN").
  static let registry = WordFlags(rawValue: 1 << 28)
  /// A finite verb, as after a subject: "rang", "said", "says", "is", "will".
  static let finiteVerb = WordFlags(rawValue: 1 << 29)
  /// A word that opens a street name in another language ("Heol", "Rua", "Calle").
  static let streetPrefix = WordFlags(rawValue: 1 << 30)
  /// The last word of a building's name ("Cottage", "Court", "Tower").
  static let buildingSuffix = WordFlags(rawValue: 1 << 32)
  /// A word that opens a Welsh or Gaelic house name ("Bryn", "Ty", "Taigh").
  static let houseNameStart = WordFlags(rawValue: 1 << 33)
  /// A noun that makes the capitalised word before it an eponym ("syndrome", "disease").
  static let eponymNoun = WordFlags(rawValue: 1 << 34)
  /// A word that ends an institution's name ("Hospital", "Centre", "Trust", "UK").
  static let institution = WordFlags(rawValue: 1 << 35)
  /// A word that opens an institution's name ("Institut Curie", "Centre Léon Bérard", "Royal Free").
  static let institutionFirst = WordFlags(rawValue: 1 << 36)
  /// A word that introduces an address ("lives", "address", "moved", "send").
  static let addressCue = WordFlags(rawValue: 1 << 37)
  /// A short form of a month in another language ("Chwef", "ott", "dez"): a
  /// date only with a day and a year of four digits.
  static let foreignMonthShort = WordFlags(rawValue: 1 << 38)
  /// A rare word that a recogniser looks for around it ("bleep", "ext", "NB",
  /// "HMP", "its", "here"): without one in a note, those recognisers need not run.
  static let rareCue = WordFlags(rawValue: 1 << 39)
  /// A people, a nationality, a language or a country ("eritrean", "tamil",
  /// "ghana"): who a caller is or where they are from, never a name.
  static let people = WordFlags(rawValue: 1 << 40)

  /// A personal name of either kind.
  static let personalName: WordFlags = [.firstName, .surname]
  /// Flags that make a word an ordinary word rather than a name.
  static let ordinary: WordFlags = [.english, .function, .month, .weekday]
}

/// A fast, read-only table from lower-cased words to their flags.
///
/// Words are looked up by their bytes, folded to lower case, so a lookup costs
/// one hash and usually one comparison, and makes no `String`.
final class WordTable: Sendable {
  /// One place in the open-addressed table: a word's flags, and where its
  /// bytes lie in `pool`. Held together, so a lookup reads one cache line.
  private struct Slot {
    var flags: UInt64 = 0
    /// Where the word starts in `pool`; -1 for an empty slot.
    var offset: Int32 = -1
    var length: UInt8 = 0
  }

  private let pool: [UInt8]
  private let slots: [Slot]
  private let mask: Int
  /// The protected phrases, as lists of words, by their first word.
  let phrases: [String: [[String]]]
  /// The same phrases, in the same order, by the `hash(_:)` of their first
  /// word's UTF-8: found from a token's `keyHash` without making a `String`.
  let phrasesByFirstWordHash: [UInt64: [[String]]]

  /// The table built from the scrubber's own word lists.
  static let standard = WordTable(extraWords: [])

  /// Builds the table from the built-in lists, plus `extraWords` kept as domain words.
  init(extraWords: [String]) {
    var entries: [String: WordFlags] = [:]
    func add(_ list: String, _ flags: WordFlags) {
      for word in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
        entries[String(word), default: []].formUnion(flags)
      }
    }
    for word in WordLists.englishWords { entries[word, default: []].formUnion(.english) }
    add(WordLists.firstNames, .firstName)
    add(WordLists.surnames, .surname)
    add(WordLists.domainWords, .domain)
    add(WordLists.functionWords, .function)
    add(WordLists.monthWords, .month)
    add(WordLists.weekdayWords, .weekday)
    add(WordLists.strongTitles, .strongTitle)
    add(WordLists.weakTitles, .weakTitle)
    add(WordLists.strongNameCues, .strongCue)
    add(WordLists.relationWords, .relation)
    add(WordLists.streetSuffixes, .streetSuffix)
    add(WordLists.strongStreetSuffixes, .strongStreetSuffix)
    add(WordLists.dwellingWords, .dwelling)
    add(WordLists.quantityWords, .quantity)
    add(WordLists.recordCues, .recordCue)
    add(WordLists.phoneCues, .phoneCue)
    add(WordLists.birthCues, .birthCue)
    add(WordLists.emailDomainEndings, .emailEnding)
    add(WordLists.emailProviders, .emailProvider)
    add(WordLists.postcodeAreas, .postcodeArea)
    add(WordLists.everydayNames, .everyday)
    add(WordLists.foreignMonths, .foreignMonth)
    add(WordLists.otherCalendarMonths, .foreignMonth)
    add(WordLists.otherScriptMonths, .foreignMonth)
    add(WordLists.foreignMonthShortForms, .foreignMonthShort)
    add(WordLists.timeCues, .timeCue)
    add(WordLists.clockWords, .clockWord)
    add(WordLists.nameParticles, .particle)
    add(WordLists.registries, .registry)
    for word in WordLists.finiteVerbs { entries[word, default: []].formUnion(.finiteVerb) }
    add(WordLists.streetPrefixes, .streetPrefix)
    add(WordLists.buildingSuffixes, .buildingSuffix)
    add(WordLists.houseNameStarts, .houseNameStart)
    add(WordLists.addressCues, .addressCue)
    add(WordLists.rareCues, .rareCue)
    add(WordLists.eponymNouns, .eponymNoun)
    add(WordLists.eponyms, .domain)
    add(WordLists.institutionEnds, .institution)
    add(WordLists.institutionStarts, .institutionFirst)
    add(WordLists.wordNames, .firstName)
    add(WordLists.eastAsianFamilyNames, .surname)
    add(WordLists.regimenParts, .domain)
    add(WordLists.peoplesAndPlaces, [.domain, .people])
    for word in extraWords {
      for part in WordKey.folded(word).split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'") }) {
        entries[String(part), default: []].formUnion(.kept)
      }
    }
    var phrases: [String: [[String]]] = [:]
    for line in WordLists.protectedPhrases.split(separator: "\n") {
      let words = line.split(separator: " ").map { Self.phraseWord($0) }
      guard let first = words.first, words.count > 1 else { continue }
      phrases[first, default: []].append(words)
      entries[first, default: []].formUnion(.phraseStart)
    }
    self.phrases = phrases
    var phrasesByFirstWordHash: [UInt64: [[String]]] = [:]
    for line in WordLists.protectedPhrases.split(separator: "\n") {
      let words = line.split(separator: " ").map { Self.phraseWord($0) }
      guard let first = words.first, words.count > 1 else { continue }
      phrasesByFirstWordHash[Self.hash(Array(first.utf8)), default: []].append(words)
    }
    self.phrasesByFirstWordHash = phrasesByFirstWordHash

    var capacity = 1
    while capacity < entries.count * 2 { capacity <<= 1 }
    var pool: [UInt8] = []
    var slots = [Slot](repeating: Slot(), count: capacity)
    for (word, wordFlags) in entries {
      let bytes = Array(word.utf8)
      guard bytes.count < 256 else { continue }
      var slot = Int(truncatingIfNeeded: Self.hash(bytes[...])) & (capacity - 1)
      while slots[slot].offset >= 0 { slot = (slot + 1) & (capacity - 1) }
      slots[slot] = Slot(flags: wordFlags.rawValue, offset: Int32(pool.count), length: UInt8(bytes.count))
      pool.append(contentsOf: bytes)
    }
    self.pool = pool
    self.slots = slots
    self.mask = capacity - 1
  }

  /// A phrase word as tokens see it: lower case, without a possessive ending.
  static func phraseWord(_ word: Substring) -> String {
    var word = String(word)
    if word.hasSuffix("'s") { word.removeLast(2) } else if word.hasSuffix("'") { word.removeLast() }
    return word
  }

  /// FNV-1a over already-folded bytes.
  @inline(__always)
  static func hash<C: Collection<UInt8>>(_ bytes: C) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    return hash ^ (hash >> 29)
  }

  /// The flags of a word whose folded bytes are `key`; empty if it is unknown.
  func flags(of key: UnsafeBufferPointer<UInt8>) -> WordFlags {
    flags(of: key, hash: Self.hash(key))
  }

  /// The flags of a word whose folded bytes are `key` and whose `hash(_:)` is `hash`.
  func flags(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> WordFlags {
    guard !key.isEmpty, key.count < 256 else { return [] }
    var index = Int(truncatingIfNeeded: hash) & mask
    return slots.withUnsafeBufferPointer { slots in
      pool.withUnsafeBufferPointer { pool in
        while true {
          let slot = slots[index]
          if slot.offset < 0 { return [] }
          if Int(slot.length) == key.count {
            let offset = Int(slot.offset)
            var same = true
            for k in 0..<key.count where pool[offset + k] != key[k] {
              same = false
              break
            }
            if same { return WordFlags(rawValue: slot.flags) }
          }
          index = (index + 1) & mask
        }
      }
    }
  }

  /// The flags of `word`, which must already be lower case.
  func flags(of word: String) -> WordFlags {
    var word = word
    return word.withUTF8 { flags(of: $0) }
  }
}

extension WordLists {
/// Month names and their usual short forms.
  static let monthWords = """
  january february march april may june july august september october november
  december jan feb mar apr jun jul aug sep sept oct nov dec
  """

/// Weekday names and their usual short forms.
  static let weekdayWords = """
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed weds
  thu thur thurs fri sat sun
  """
}
