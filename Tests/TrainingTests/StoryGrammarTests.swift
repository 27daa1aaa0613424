@testable import Guidance
import PolicyEngine
import Testing

@testable import Training

/// Every phrase the stories are made of, rendered for every kind of caller, every sex of
/// patient and caller (and "they"), young and old, told by the narrator and in the caller's
/// own words, against a few rules of English grammar.
@Suite struct StoryGrammarTests {
  /// Every kind of caller the writer can cast, with every noun it can use for them.
  static let roles: [StoryCast.Role] = {
    var roles: [StoryCast.Role] = [.patient, .carer, .undisclosed, .unknown, .someoneElse(kind: .neighbour), .someoneElse(kind: .colleague), .someoneElse(kind: .volunteer)]
    for relation in Relation.all {
      for gender in [StoryGender.female, .male] {
        for narrated in relation.narrated(gender) {
          for spoken in relation.spoken(gender) { roles.append(.relative(narrated: narrated, spoken: spoken)) }
        }
      }
    }
    roles += StoryPhrases.treatingClinicians.map { .treatingClinician(kind: $0) }
    for kind in StoryPhrases.otherClinicians {
      for place in Set(StoryPhrases.otherClinicianPlaces + [" in Leeds"]) { roles.append(.otherClinician(kind: kind, place: place)) }
    }
    return roles
  }()

  /// Every cast: each role with each patient (woman or man, teenager or older) and each
  /// caller's sex or none.
  static let casts: [StoryCast] = roles.flatMap { role in
    [StoryGender.female, .male].flatMap { patient in
      [1, 6].flatMap { decade in
        [StoryGender.female, .male, nil].map { caller in
          StoryCast(
            role: role, patientGender: patient, patientDecade: decade, callerGender: caller, clinicianNoun: StoryPhrases.clinicianNouns[0],
            places: ["city": "Leeds", "city2": "Bristol", "centre": "UCLH", "wanted": "the Royal Marsden", "other": "the Royal Marsden"])
        }
      }
    }
  }

  /// One cast of each kind of caller for each pair of sexes: the facts are told alike for
  /// every relative, every kind of clinician and every place.
  static let castsForFacts: [StoryCast] = {
    var seen = Set<String>()
    return casts.filter { cast in
      let kind: String
      switch cast.role {
      case .relative: kind = "relative"
      case .treatingClinician: kind = "treating"
      case .otherClinician: kind = "other"
      default: kind = "\(cast.role)"
      }
      return cast.patientDecade == 6 && seen.insert("\(kind) \(cast.patientGender) \(String(describing: cast.callerGender))").inserted
    }
  }()

  /// Every clause that tells a fact.
  static let factPhrases: [String] =
    StoryPhrases.facts.values.flatMap { $0.values.flatMap { $0 } } + StoryPhrases.examples.values.flatMap { $0.values.flatMap { $0 } }

  /// The text with its first letter in capitals and a full stop, as the writer finishes a clause.
  static func finished(_ text: String) -> String {
    let capital = capitalisingFirstLetter(text)
    return capital.hasSuffix("?") || capital.hasSuffix(".") ? capital : capital + "."
  }

  /// Every opening, colour and closing sentence a cast can say or have said of it.
  static func frameSentences(of cast: StoryCast) -> [String] {
    [false, true].flatMap { speaking in
      let openings = speaking ? StoryPhrases.spokenOpenings(for: cast.role) : StoryPhrases.openings(for: cast.role)
      let colour = speaking ? StoryPhrases.spokenColour : StoryPhrases.narratedColour
      let closings = speaking ? StoryPhrases.spokenClosings : StoryPhrases.narratedClosings
      return (openings + colour + closings).map { finished(cast.render($0, speaking: speaking)) }
    }
  }

  /// Every sentence telling a fact about a cast, alone, after a linking word, framed by the
  /// narrator or attributed to the caller.
  static func factSentences(of cast: StoryCast) -> [String] {
    var sentences: [String] = []
    for speaking in [false, true] {
      let told = factPhrases.map { cast.render($0, speaking: speaking) }
      sentences += told.map(finished)
      for opener in StoryPhrases.linkingOpeners { sentences += told.map { finished(opener + $0) } }
    }
    let narrated = factPhrases.map { cast.render($0, speaking: false) }
    for frame in StoryPhrases.frames {
      let framing = cast.render(frame, speaking: false)
      sentences += narrated.map { finished(framing + $0) }
    }
    let spoken = factPhrases.map { capitalisingFirstLetter(cast.render($0, speaking: true)) }
    for attribution in StoryPhrases.attributions {
      let attributed = finished(cast.render(attribution, speaking: false))
      sentences += spoken.map { "\u{201C}\($0),\u{201D}" + attributed }
    }
    return sentences
  }

  /// The grammar rules a sentence breaks, by name; empty when it breaks none. Pairs of
  /// words are read within a clause, between punctuation marks.
  static func mistakes(in sentence: String) -> [String] {
    var found: [String] = []
    func check(_ name: String, _ broken: Bool) { if broken, !found.contains(name) { found.append(name) } }
    check("a template token left over", sentence.contains("{") || sentence.contains("}"))
    check("a doubled space or a space before punctuation", sentence.contains("  ") || sentence.contains(" ,") || sentence.contains(" ."))
    let clauses = sentence.split(whereSeparator: { ",;:.!?\u{201C}\u{201D}\"()".contains($0) })
    for clause in clauses {
      let words = clause.split(separator: " ").map(String.init)
      let lower = words.map { $0.lowercased() }
      let pairs = Array(zip(lower, lower.dropFirst()))
      check("a doubled word", pairs.contains { $0 == $1 })
      check("a lower-case i", words.contains("i"))
      check(
        "a subject pronoun as an object",
        zip(lower, words.dropFirst()).contains { Self.takingObjects.contains($0) && ["I", "he", "she", "they"].contains($1) })
      check(
        "an object pronoun as a subject",
        lower.indices.contains { index in
          ["me", "him", "them"].contains(lower[index]) && index + 1 < lower.count && Self.verbs.contains(lower[index + 1])
            && (index == 0 || Self.conjunctions.contains(lower[index - 1]))
        })
      check("a verb that does not agree with its pronoun", pairs.contains { Self.disagreeing[$0]?.contains($1) ?? false })
      check("a contraction that does not agree with its pronoun", lower.contains { Self.wrongContractions.contains($0) })
      check(
        "a present-tense verb that does not agree with its pronoun",
        pairs.contains { pronoun, verb in
          (["i", "they"].contains(pronoun) && verb.hasSuffix("s") && Self.presentVerbs.contains(String(verb.dropLast())))
            || (["he", "she"].contains(pronoun) && Self.presentVerbs.contains(verb))
        })
      check(
        "a or an before the wrong sound",
        zip(lower, words.dropFirst()).contains { article, next in
          guard let first = next.first else { return false }
          let vowel = "aeiou".contains(first.lowercased())
          if article == "a" { return vowel && !["one", "uni", "use", "eur"].contains { next.lowercased().hasPrefix($0) } }
          if article == "an" { return first.isLowercase && !vowel && !next.hasPrefix("hour") }
          return false
        })
    }
    return found
  }

  /// Words after which a pronoun is an object.
  static let takingObjects: Set<String> = [
    "by", "to", "for", "with", "about", "from", "at", "of", "on", "asked", "told", "contacted", "after", "than", "helping", "find",
  ]
  /// Verbs an object pronoun must never come before at the start of a clause.
  static let verbs: Set<String> = ["am", "is", "are", "was", "were", "has", "have", "do", "does", "had", "would", "can", "can't"]
  /// Words that start a clause inside one.
  static let conjunctions: Set<String> = ["and", "but", "that", "because", "so", "while"]
  /// The forms of be, have and do each pronoun never takes.
  static let disagreeing: [String: Set<String>] = [
    "i": ["is", "are", "has", "does", "doesn't", "hasn't", "isn't", "were"],
    "he": ["am", "are", "have", "do", "don't", "haven't", "aren't", "were"],
    "she": ["am", "are", "have", "do", "don't", "haven't", "aren't", "were"],
    "they": ["am", "is", "has", "does", "doesn't", "hasn't", "isn't", "was"],
  ]
  static let wrongContractions: Set<String> = ["i's", "i're", "he're", "she're", "he've", "she've", "they's", "they'm", "he'm", "she'm"]
  /// Verbs the phrases use in the present tense, with {x:s} after them.
  static let presentVerbs: Set<String> = [
    "want", "say", "sound", "speak", "take", "need", "look", "wonder", "explain", "tell", "mention", "add", "ask", "ring", "call",
    "apologise",
  ]

  @Test func theRulesCatchTheMistakesTheyAreFor() {
    #expect(Self.mistakes(in: "The consultant asked a named consultant directly, by name, by I.") == ["a subject pronoun as an object"])
    #expect(Self.mistakes(in: "They has a GIST.") == ["a verb that does not agree with its pronoun"])
    #expect(Self.mistakes(in: "She want a second opinion.") == ["a present-tense verb that does not agree with its pronoun"])
    #expect(Self.mistakes(in: "It is the the first call.") == ["a doubled word"])
    #expect(Self.mistakes(in: "He is a oncologist.") == ["a or an before the wrong sound"])
    #expect(Self.mistakes(in: "Him is ringing about his {p:p} mother.") == ["a template token left over", "an object pronoun as a subject"])
    #expect(Self.mistakes(in: "Her appointments have been at two hospitals; she doesn't know which of them is in charge.") == [])
    #expect(Self.mistakes(in: "I'm ringing about my mum, who is in her sixties; an MDT review is booked.") == [])
  }

  @Test func everyPhraseWithEveryPronounAndCallerKeepsTheRules() {
    var sentences = Set<String>()
    for cast in Self.casts { sentences.formUnion(Self.frameSentences(of: cast)) }
    for cast in Self.castsForFacts { sentences.formUnion(Self.factSentences(of: cast)) }
    var problems: [String: String] = [:]
    for sentence in sentences {
      for mistake in Self.mistakes(in: sentence) where problems[mistake] == nil { problems[mistake] = sentence }
    }
    #expect(problems.isEmpty, "\(problems.map { "\($0.key): \($0.value)" }.sorted().joined(separator: "\n"))")
    // Every role, both patients, two ages, three callers; the facts for every kind of
    // caller (ten), both patients and three callers.
    #expect(Self.casts.count == Self.roles.count * 2 * 2 * 3)
    #expect(Self.castsForFacts.count == 10 * 2 * 3)
    #expect(sentences.count > 5_000)
  }
}
