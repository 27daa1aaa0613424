import Testing

@testable import Anonymiser

/// The spelling rules that build the everyday vocabulary, and the shape of
/// the vocabulary itself.
@Suite struct ScrubVocabularyTests {
  @Test func pluralsFollowTheRegularRules() {
    let cases = [
      ("leaflet", "leaflets"), ("day", "days"), ("key", "keys"), ("family", "families"), ("box", "boxes"),
      ("bus", "buses"), ("church", "churches"), ("wish", "wishes"), ("diagnosis", "diagnoses"),
      ("photo", "photos"), ("ache", "aches"),
    ]
    for (noun, plural) in cases {
      #expect(Inflection.plural(noun) == plural, "\(noun)")
    }
  }

  @Test func thirdPersonFollowsTheRegularRules() {
    let cases = [
      ("chase", "chases"), ("worry", "worries"), ("stay", "stays"), ("fix", "fixes"), ("go", "goes"),
      ("reach", "reaches"), ("ring", "rings"),
    ]
    for (verb, form) in cases {
      #expect(Inflection.thirdPerson(verb) == form, "\(verb)")
    }
  }

  @Test func pastTenseDropsEChangesYAndDoublesWhereSpellingSays() {
    let cases = [
      ("chase", "chased"), ("agree", "agreed"), ("worry", "worried"), ("stay", "stayed"), ("stop", "stopped"),
      ("chat", "chatted"), ("scan", "scanned"), ("visit", "visited"), ("open", "opened"), ("wait", "waited"),
      ("fix", "fixed"), ("travel", "travelled"), ("cancel", "cancelled"), ("control", "controlled"),
      ("email", "emailed"), ("appeal", "appealed"), ("help", "helped"),
    ]
    for (verb, past) in cases {
      #expect(Inflection.past(verb) == past, "\(verb)")
    }
    #expect(Inflection.past("refer", doubling: true) == "referred")
    #expect(Inflection.past("admit", doubling: true) == "admitted")
  }

  @Test func presentParticipleHandlesSilentEAndIe() {
    let cases = [
      ("chase", "chasing"), ("see", "seeing"), ("agree", "agreeing"), ("die", "dying"), ("lie", "lying"),
      ("continue", "continuing"), ("stop", "stopping"), ("get", "getting"), ("travel", "travelling"),
      ("visit", "visiting"), ("show", "showing"), ("worry", "worrying"),
    ]
    for (verb, form) in cases {
      #expect(Inflection.presentParticiple(verb) == form, "\(verb)")
    }
    #expect(Inflection.presentParticiple("begin", doubling: true) == "beginning")
    #expect(Inflection.presentParticiple("forget", doubling: true) == "forgetting")
  }

  @Test func adverbsFollowTheRegularRules() {
    let cases = [
      ("careful", "carefully"), ("quick", "quickly"), ("happy", "happily"), ("easy", "easily"),
      ("gentle", "gently"), ("possible", "possibly"), ("basic", "basically"), ("full", "fully"),
      ("true", "truly"), ("vague", "vaguely"), ("complete", "completely"), ("sole", "solely"), ("shy", "shyly"),
    ]
    for (adjective, adverb) in cases {
      #expect(Inflection.adverb(adjective) == adverb, "\(adjective)")
    }
  }

  @Test func comparativesAndSuperlativesFollowTheRegularRules() {
    let cases = [
      ("late", "later", "latest"), ("big", "bigger", "biggest"), ("early", "earlier", "earliest"),
      ("quick", "quicker", "quickest"), ("new", "newer", "newest"), ("quiet", "quieter", "quietest"),
      ("free", "freer", "freest"),
    ]
    for (adjective, comparative, superlative) in cases {
      #expect(Inflection.comparative(adjective) == comparative, "\(adjective)")
      #expect(Inflection.superlative(adjective) == superlative, "\(adjective)")
    }
  }

  @Test func countsSyllablesRoughly() {
    #expect(Inflection.syllables(Array("stop".utf8)) == 1)
    #expect(Inflection.syllables(Array("visit".utf8)) == 2)
    #expect(Inflection.syllables(Array("happy".utf8)) == 2)
    #expect(Inflection.syllables(Array("appointment".utf8)) == 3)
  }

  @Test func expandsEachTagIntoItsForms() {
    #expect(EverydayVocabulary.expand("words: a&e o'clock") == ["a&e", "o'clock"])
    #expect(EverydayVocabulary.expand("nouns: leaflet") == ["leaflet", "leaflets"])
    #expect(EverydayVocabulary.expand("verbs: chase refer+") == ["chase", "chases", "chased", "chasing", "refer", "refers", "referred", "referring"])
    #expect(EverydayVocabulary.expand("irregular: begin+/began/begun") == ["begin", "begins", "beginning", "began", "begun"])
    #expect(EverydayVocabulary.expand("adjectives: careful") == ["careful", "carefully"])
    #expect(EverydayVocabulary.expand("graded: late") == ["late", "later", "latest"])
    #expect(EverydayVocabulary.expand("nouns: scan\nwords: mri") == ["scan", "scans", "mri"])
  }

  @Test func everyThemeUsesOnlyKnownTags() {
    for theme in EverydayVocabulary.themes {
      for token in theme.split(whereSeparator: { $0 == " " || $0 == "\n" }) where token.hasSuffix(":") {
        #expect(EverydayVocabulary.Form(rawValue: String(token.dropLast())) != nil, "\(token)")
      }
    }
  }

  @Test func everyWordIsLowerCaseWithNoMarkupLeft() {
    let words = WordLists.englishWords
    #expect(words.count > 4000)
    for word in words {
      let bytes = Array(word.utf8)
      let isWord =
        !bytes.isEmpty && bytes.first!.isLowerLetter && bytes.last!.isLowerLetter
        && bytes.allSatisfy { $0.isLowerLetter || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "&") }
      #expect(isWord, "\(word)")
    }
  }

  @Test func everyOverlapWithTheNameListsIsADeliberateNamesake() {
    let namesakes = Set(EverydayVocabulary.expand(EverydayVocabulary.namesakes))
    let table = WordTable.standard
    for word in Set(WordLists.englishWords) where !table.flags(of: word).isDisjoint(with: .personalName) {
      #expect(namesakes.contains(word), "\(word) is a known name but not listed as a namesake")
    }
    for word in namesakes {
      #expect(!table.flags(of: word).isDisjoint(with: .personalName), "\(word) is listed as a namesake but is no known name")
    }
  }

  @Test func knowsEverydayWordsAndTheirFormsButNotNames() {
    let table = WordTable.standard
    for word in [
      "caller", "scan", "appointment", "signposted", "worried", "travelled", "referring", "rang", "sent",
      "tearful", "reassured", "fortnightly", "could've", "o'clock", "grace", "will", "rose", "brown",
    ] {
      #expect(table.flags(of: word).contains(.english), "\(word)")
    }
    for word in ["john", "patel", "siobhan", "holly", "ruby", "jay", "robin"] {
      #expect(!table.flags(of: word).contains(.english), "\(word)")
    }
  }
}

extension UInt8 {
  fileprivate var isLowerLetter: Bool { self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z") }
}
