/// The regular spelling rules of English endings, in their British forms, for
/// building the scrubber's everyday vocabulary from base words.
///
/// The rules are the plain ones taught at school; a word they get wrong is
/// written out in full in the vocabulary instead. Every function is pure and
/// expects a lower-case ASCII word.
///
/// ```swift
/// Inflection.plural("family")              // "families"
/// Inflection.past("travel")                // "travelled"
/// Inflection.presentParticiple("refer", doubling: true)  // "referring"
/// Inflection.adverb("gentle")              // "gently"
/// ```
enum Inflection {
  /// The plural of a noun: "leaflet" → "leaflets", "box" → "boxes",
  /// "family" → "families", "diagnosis" → "diagnoses", "day" → "days".
  static func plural(_ noun: String) -> String {
    if noun.hasSuffix("sis") { return String(noun.dropLast(2)) + "es" }
    if endsInConsonantAndY(noun) { return String(noun.dropLast()) + "ies" }
    if endsInHiss(noun) { return noun + "es" }
    return noun + "s"
  }

  /// The third person singular of a verb: "chase" → "chases", "go" → "goes",
  /// "worry" → "worries", "fix" → "fixes".
  static func thirdPerson(_ verb: String) -> String {
    if endsInConsonantAndY(verb) { return String(verb.dropLast()) + "ies" }
    if endsInHiss(verb) { return verb + "es" }
    let letters = Array(verb.utf8)
    if letters.count >= 2, letters[letters.count - 1] == UInt8(ascii: "o"), !isVowel(letters[letters.count - 2]) {
      return verb + "es"
    }
    return verb + "s"
  }

  /// The past tense (and past participle) of a regular verb: "chase" →
  /// "chased", "worry" → "worried", "stop" → "stopped", "travel" →
  /// "travelled". `doubling` doubles the final consonant where the stress
  /// says so and the spelling cannot ("refer" → "referred").
  static func past(_ verb: String, doubling: Bool = false) -> String {
    if verb.hasSuffix("e") { return verb + "d" }
    if endsInConsonantAndY(verb) { return String(verb.dropLast()) + "ied" }
    if doubling || doublesFinalConsonant(verb) { return verb + String(verb.suffix(1)) + "ed" }
    return verb + "ed"
  }

  /// The "-ing" form of a verb: "chase" → "chasing", "die" → "dying",
  /// "stop" → "stopping", "see" → "seeing", "travel" → "travelling".
  static func presentParticiple(_ verb: String, doubling: Bool = false) -> String {
    if verb.hasSuffix("ie") { return String(verb.dropLast(2)) + "ying" }
    if verb.utf8.count > 2, verb.hasSuffix("e"), !verb.hasSuffix("ee"), !verb.hasSuffix("ye"), !verb.hasSuffix("oe") {
      return String(verb.dropLast()) + "ing"
    }
    if doubling || doublesFinalConsonant(verb) { return verb + String(verb.suffix(1)) + "ing" }
    return verb + "ing"
  }

  /// The adverb made with "-ly": "careful" → "carefully", "happy" →
  /// "happily", "gentle" → "gently", "basic" → "basically", "full" →
  /// "fully", "true" → "truly" (but "vague" → "vaguely").
  static func adverb(_ adjective: String) -> String {
    let letters = Array(adjective.utf8)
    let n = letters.count
    if adjective.hasSuffix("ll") { return adjective + "y" }
    if adjective.hasSuffix("ue"), !adjective.hasSuffix("gue"), !adjective.hasSuffix("que") {
      return String(adjective.dropLast()) + "ly"
    }
    if n >= 3, adjective.hasSuffix("le"), !isVowel(letters[n - 3]) { return String(adjective.dropLast()) + "y" }
    if adjective.hasSuffix("ic") { return adjective + "ally" }
    if n > 3, endsInConsonantAndY(adjective) { return String(adjective.dropLast()) + "ily" }
    return adjective + "ly"
  }

  /// The comparative of a short adjective: "late" → "later", "big" →
  /// "bigger", "early" → "earlier", "quick" → "quicker".
  static func comparative(_ adjective: String) -> String {
    graded(adjective, "er")
  }

  /// The superlative of a short adjective: "late" → "latest", "big" →
  /// "biggest", "early" → "earliest", "quick" → "quickest".
  static func superlative(_ adjective: String) -> String {
    graded(adjective, "est")
  }

  private static func graded(_ adjective: String, _ ending: String) -> String {
    if adjective.hasSuffix("e") { return adjective + ending.dropFirst() }
    if endsInConsonantAndY(adjective) { return String(adjective.dropLast()) + "i" + ending }
    if doublesFinalConsonant(adjective) { return adjective + String(adjective.suffix(1)) + ending }
    return adjective + ending
  }

  /// Whether the last consonant doubles before an ending that starts with a
  /// vowel: in a word of one syllable that ends in one vowel and one
  /// consonant ("stop", "chat", "big"), and, in British spelling, in a longer
  /// word that ends in one vowel and an "l" ("travel", "cancel", "control").
  /// Never before "w", "x" or "y" ("show", "fix", "stay").
  static func doublesFinalConsonant(_ word: String) -> Bool {
    let letters = Array(word.utf8)
    let n = letters.count
    guard n >= 3 else { return false }
    let last = letters[n - 1]
    guard !isVowel(last), last != UInt8(ascii: "w"), last != UInt8(ascii: "x"), last != UInt8(ascii: "y") else {
      return false
    }
    guard isVowel(letters[n - 2]), !isVowel(letters[n - 3]) else { return false }
    return syllables(letters) == 1 || last == UInt8(ascii: "l")
  }

  /// The number of vowel groups in a word, counting "y" as a vowel after the
  /// first letter: a rough count of its syllables.
  static func syllables(_ letters: [UInt8]) -> Int {
    var count = 0
    var inVowel = false
    for (k, c) in letters.enumerated() {
      let vowel = isVowel(c) || (k > 0 && c == UInt8(ascii: "y"))
      if vowel && !inVowel { count += 1 }
      inVowel = vowel
    }
    return count
  }

  @inline(__always)
  private static func isVowel(_ c: UInt8) -> Bool {
    c == UInt8(ascii: "a") || c == UInt8(ascii: "e") || c == UInt8(ascii: "i") || c == UInt8(ascii: "o")
      || c == UInt8(ascii: "u")
  }

  /// Ends in a consonant and "y": "family", "worry", but not "day" or "key".
  private static func endsInConsonantAndY(_ word: String) -> Bool {
    let letters = Array(word.utf8)
    let n = letters.count
    return n >= 2 && letters[n - 1] == UInt8(ascii: "y") && !isVowel(letters[n - 2])
  }

  /// Ends in a hissing sound that takes "-es": "s", "x", "z", "ch", "sh".
  private static func endsInHiss(_ word: String) -> Bool {
    word.hasSuffix("s") || word.hasSuffix("x") || word.hasSuffix("z") || word.hasSuffix("ch") || word.hasSuffix("sh")
  }
}
