import Guidance
import PolicyEngine

/// Writes a caller's situation as a short story in plain English, from the answers the
/// policy needs.
///
/// A story tells every given fact in natural words, never as a form: several phrasings
/// per fact, sentences in a varied order, sometimes paired or framed ("she explains
/// that…"), sometimes in the caller's own words; "unsure" answers are told as the caller's
/// uncertainty. For realism it may add facts for questions the caller's path never asks
/// (the type of sarcoma, whether treatment is under way, where the second opinion is
/// wanted), chosen so that they fit the rest. People are described by relationship and
/// age band only, places by hospital or city: no names, numbers, dates or addresses.
///
/// Questions and answers the writer has no words for (those of another policy) are told
/// plainly, with the question's prompt and the answer's label.
struct StoryWriter: Sendable {
  let policy: Policy

  init(policy: Policy) {
    self.policy = policy
  }

  /// A story that tells every fact in `facts`, with choices drawn from `random`.
  ///
  /// Facts that do not go together by the policy's plausibility tables (a bone sarcoma
  /// under the Royal Marsden, which a path may need) are told in the caller's own words,
  /// as the caller gives them, never by the narrator as true.
  ///
  /// - Parameters:
  ///   - facts: the answers the caller's path needs, by question and answer id.
  ///   - filler: the filler the course has told so far; a filler sentence or linking
  ///     word is told at most once in a course, and is added to it.
  func story(telling facts: [GivenAnswer], using random: inout SeededRandom, filler: inout StoryFiller) -> Story {
    let told = addingRealisticFacts(to: facts, using: &random)
    let given = Dictionary(told.map { ($0.question, $0.answer) }, uniquingKeysWith: { first, _ in first })
    let cast = makeCast(given, using: &random)
    let voice: Voice
    let roll = random.number(below: 100)
    if cast.role == .unknown {
      voice = .narrated
    } else if !policy.isPlausible(given) {
      voice = .spoken
    } else {
      voice = roll < 45 ? .narrated : roll < 70 ? .spoken : .mixed
    }
    var composer = Composer(cast: cast, voice: voice)
    let hasAsker = given["asker"] != nil && cast.role != .unknown
    composer.open(telling: hasAsker ? ["asker"] : [], using: &random)

    var pieces = told.filter { !(hasAsker && $0.question == "asker") }.map { piece(for: $0, among: told, using: &random) }
    pieces = random.shuffled(pieces)
    if let wanted = pieces.firstIndex(where: { $0.questions == ["wanted-at"] }) {
      let roll = random.number(below: 100)
      if roll < 40 {
        pieces.insert(pieces.remove(at: wanted), at: 0)
      } else if roll < 70 {
        pieces.append(pieces.remove(at: wanted))
      }
    }
    if random.chance(percent: 35),
      let template = filler.take(from: voice == .spoken ? StoryPhrases.spokenColour : StoryPhrases.narratedColour, using: &random)
    {
      pieces.insert(Piece(template: template, questions: []), at: random.number(below: pieces.count + 1))
    }
    composer.tell(pieces, using: &random, filler: &filler)
    if random.chance(percent: 30),
      let template = filler.take(from: voice == .spoken ? StoryPhrases.spokenClosings : StoryPhrases.narratedClosings, using: &random)
    {
      composer.close(with: template)
    }
    composer.shortenRepeatedNames()
    return Story(sentences: composer.sentences, facts: told, isInCallersWords: voice == .spoken)
  }

  /// A story for one exercise alone, with no course around it to share filler with.
  func story(telling facts: [GivenAnswer], using random: inout SeededRandom) -> Story {
    var filler = StoryFiller()
    return story(telling: facts, using: &random, filler: &filler)
  }

  // MARK: Facts

  /// The facts with any realistic extras, in the policy's question order.
  private func addingRealisticFacts(to facts: [GivenAnswer], using random: inout SeededRandom) -> [GivenAnswer] {
    var given = Dictionary(facts.map { ($0.question, $0.answer) }, uniquingKeysWith: { first, _ in first })
    func add(_ question: String, _ answer: String) {
      guard given[question] == nil, policy.question(question)?.answer(answer) != nil else { return }
      given[question] = answer
    }
    // The reason for the call is always told, even where the policy stops before asking it.
    if given["wanted-at"] == nil {
      add("wanted-at", random.pick(from: ["royal-marsden", "london-sarcoma-service", "elsewhere", "undecided"]))
    }
    if given["sarcoma"] == nil, random.chance(percent: 50) {
      // Only a type of sarcoma treated at every centre the story names: where the patient
      // is treated and, for the London Sarcoma Service wanted from UCLH, Stanmore.
      var named = [given["treating-centre"]].compactMap { $0 }
      if given["treating-centre"] == "uclh", given["wanted-at"] == "london-sarcoma-service" { named.append("rnoh") }
      let types = ["soft-tissue", "gist", "bone"].filter { type in
        named.allSatisfy { policy.isPlausible(["treating-centre": $0, "sarcoma": type]) }
      }
      if !types.isEmpty { add("sarcoma", random.pick(from: types)) }
    }
    let underATeam = ["royal-marsden", "uclh", "rnoh", "elsewhere-uk"].contains(given["treating-centre"] ?? "")
    if given["standard-management"] == nil, underATeam, random.chance(percent: 35) {
      add("standard-management", random.pick(from: ["yes", "no"]))
    }
    return policy.questions.compactMap { question in given[question.id].map { GivenAnswer(question: question.id, answer: $0) } }
  }

  /// One fact as a clause to be told, in words that fit the story's other facts.
  private func piece(for fact: GivenAnswer, among told: [GivenAnswer], using random: inout SeededRandom) -> Piece {
    if let phrasings = StoryWording.phrasings(of: fact, in: policy), !phrasings.isEmpty {
      let unlikely = told.flatMap { StoryPhrases.unlikelyWords[$0] ?? [] }
      let fitting = phrasings.filter { phrasing in !unlikely.contains { phrasing.contains($0) } }
      return Piece(template: random.pick(from: fitting.isEmpty ? phrasings : fitting), questions: [fact.question])
    }
    let question = policy.question(fact.question)
    let answer = question?.answer(fact.answer)
    let literals = ["prompt": question?.prompt ?? fact.question, "label": answer?.label ?? fact.answer]
    let template =
      answer?.isUnsure == true
      ? "asked \u{201C}{prompt}\u{201D}, {c} {c:is} not sure"
      : "asked \u{201C}{prompt}\u{201D}, {c} would answer \u{201C}{label}\u{201D}"
    return Piece(template: template, questions: [fact.question], literals: literals)
  }

  // MARK: StoryCast

  private func makeCast(_ given: [String: String], using random: inout SeededRandom) -> StoryCast {
    let patientGender: StoryGender = random.chance(percent: 50) ? .female : .male
    var decade = 2 + random.number(below: 7)
    let role: StoryCast.Role
    switch given["asker"] {
    case "patient":
      role = .patient
    case "family" where random.chance(percent: 80):
      let relation = random.pick(from: Relation.all)
      decade = random.pick(from: relation.decades)
      role = .relative(
        narrated: random.pick(from: relation.narrated(patientGender)), spoken: random.pick(from: relation.spoken(patientGender)))
    case "family":
      decade = 6 + random.number(below: 3)
      role = .carer
    case "treating-clinician":
      role = .treatingClinician(kind: random.pick(from: StoryPhrases.treatingClinicians))
    case "other-clinician":
      role = .otherClinician(kind: random.pick(from: StoryPhrases.otherClinicians), place: "")
    case "someone-else":
      role = .someoneElse(kind: random.pick(from: [StoryCast.SomeoneElse.neighbour, .colleague, .volunteer]))
    case "unsure":
      role = .undisclosed
    default:
      role = .unknown
    }
    let callerGender: StoryGender? = role == .undisclosed || role == .patient || role == .unknown ? nil : patientGender.opposite
    let city = random.pick(from: StoryPhrases.cities)
    let otherCity = random.pick(from: StoryPhrases.cities.filter { $0 != city })
    var places = ["city": city, "city2": otherCity]
    let centre = given["treating-centre"] ?? ""
    let marsden = random.pick(from: ["the Royal Marsden", "the Royal Marsden in Chelsea", "the Royal Marsden in Sutton", "the Marsden"])
    places["centre"] = centre == "royal-marsden" ? marsden : centreName(centre, city: city, using: &random)
    // The London Sarcoma Service is named by one of its hospitals that treats the patient's
    // type of sarcoma (never Stanmore for a GIST), other than the one treating them now.
    let treats = { (hospital: String) in
      given["sarcoma"].map { policy.isPlausible(["treating-centre": hospital, "sarcoma": $0]) } ?? true
    }
    var lssNames: [String] = []
    if centre != "uclh", treats("uclh") { lssNames += ["UCLH", "University College Hospital"] }
    if centre != "rnoh", treats("rnoh") {
      lssNames += centre == "uclh" ? ["Stanmore", "the Royal National Orthopaedic Hospital in Stanmore"] : ["Stanmore"]
    }
    if centre != "uclh", centre != "rnoh" { lssNames.append("the London Sarcoma Service") }
    let londonSarcomaService = random.pick(from: lssNames.isEmpty ? ["the London Sarcoma Service"] : lssNames)
    switch given["wanted-at"] {
    case "royal-marsden": places["wanted"] = marsden
    case "london-sarcoma-service": places["wanted"] = londonSarcomaService
    default: places["wanted"] = "another centre"
    }
    switch centre {
    case "royal-marsden": places["other"] = londonSarcomaService
    case "uclh", "rnoh": places["other"] = marsden
    default:
      places["other"] = ["royal-marsden", "london-sarcoma-service"].contains(given["wanted-at"] ?? "") ? places["wanted"] : "the other London service"
    }
    var cast = StoryCast(
      role: role, patientGender: patientGender, patientDecade: decade, callerGender: callerGender,
      clinicianNoun: random.pick(from: StoryPhrases.clinicianNouns), places: places)
    if case .otherClinician(let kind, _) = role {
      let place = centre == "elsewhere-uk" ? " in \(city)" : random.pick(from: StoryPhrases.otherClinicianPlaces)
      cast.role = .otherClinician(kind: kind, place: place)
    }
    return cast
  }

  private func centreName(_ centre: String, city: String, using random: inout SeededRandom) -> String {
    switch centre {
    case "uclh": return random.pick(from: ["UCLH", "University College Hospital", "the sarcoma team at UCLH"])
    case "rnoh": return random.pick(from: ["the Royal National Orthopaedic Hospital in Stanmore", "RNOH in Stanmore", "Stanmore"])
    case "elsewhere-uk": return "the sarcoma unit in \(city)"
    default: return "the hospital"
    }
  }
}

/// The filler sentences (colour and closings) and linking words a course has told so
/// far, so that none is told twice in a course.
struct StoryFiller: Sendable, Hashable {
  /// The templates told so far.
  private(set) var told: Set<String> = []

  /// One of `templates` not told yet, chosen by `random` and counted as told from now
  /// on; nil when every one has been told.
  mutating func take(from templates: [String], using random: inout SeededRandom) -> String? {
    let fresh = templates.filter { !told.contains($0) }
    guard !fresh.isEmpty else { return nil }
    let template = random.pick(from: fresh)
    told.insert(template)
    return template
  }
}

/// Whether a story is told by a narrator, in the caller's own words, or a mix of both.
private enum Voice {
  case narrated, spoken, mixed
}

/// A clause still to be told, with the questions it answers.
private struct Piece {
  var template: String
  var questions: [String]
  /// Text put in place of tokens such as `{prompt}`, as it is.
  var literals: [String: String] = [:]
}

/// Puts pieces into sentences in a voice.
private struct Composer {
  let cast: StoryCast
  let voice: Voice
  var sentences: [Story.Sentence] = []
  private var lastWasFramed = false
  private var usedLinkingOpener = false

  init(cast: StoryCast, voice: Voice) {
    self.cast = cast
    self.voice = voice
  }

  mutating func open(telling questions: [String], using random: inout SeededRandom) {
    let speaking = voice == .spoken
    let template = random.pick(from: speaking ? StoryPhrases.spokenOpenings(for: cast.role) : StoryPhrases.openings(for: cast.role))
    sentences.append(Story.Sentence(text: finished(cast.render(template, speaking: speaking)), questions: questions))
  }

  mutating func tell(_ pieces: [Piece], using random: inout SeededRandom, filler: inout StoryFiller) {
    var index = 0
    while index < pieces.count {
      let piece = pieces[index]
      index += 1
      let isFact = !piece.questions.isEmpty
      if voice == .mixed, isFact, random.chance(percent: 40) {
        sentences.append(Story.Sentence(text: quoted(piece, using: &random), questions: piece.questions))
        continue
      }
      let speaking = voice == .spoken
      var text = cast.render(piece.template, speaking: speaking, literals: piece.literals)
      var questions = piece.questions
      var framed = false
      if isFact, index < pieces.count, !pieces[index].questions.isEmpty, random.chance(percent: 25),
        Self.canBePaired(piece.template), Self.canBePaired(pieces[index].template)
      {
        let next = pieces[index]
        index += 1
        text += random.pick(from: [", and ", "; "]) + cast.render(next.template, speaking: speaking, literals: next.literals)
        questions += next.questions
      } else if isFact, !speaking, !lastWasFramed, Self.canBeFramed(piece.template), random.chance(percent: 30) {
        text = cast.render(random.pick(from: StoryPhrases.frames), speaking: false) + text
        framed = true
      } else if isFact, !usedLinkingOpener, sentences.count > 1, random.chance(percent: 15),
        let opener = filler.take(from: StoryPhrases.linkingOpeners, using: &random)
      {
        text = opener + text
        usedLinkingOpener = true
      }
      lastWasFramed = framed
      sentences.append(Story.Sentence(text: finished(text), questions: questions))
    }
  }

  /// Whether a clause can be joined to another: not one already split by a semicolon or colon.
  private static func canBePaired(_ template: String) -> Bool {
    !template.contains(";") && !template.contains(":\u{20}")
  }

  /// Whether a clause reads well after "she explains that": not one that starts with what
  /// is not known ("which kind of sarcoma it is, …").
  private static func canBeFramed(_ template: String) -> Bool {
    !["which ", "whether ", "where ", "an ", "a "].contains { template.hasPrefix($0) }
  }

  /// Shortens a long place name wherever it comes again after its first use.
  mutating func shortenRepeatedNames() {
    for (long, short) in StoryPhrases.shortNames {
      var seen = false
      for index in sentences.indices {
        var text = sentences[index].text
        var result = ""
        while let range = text.range(of: long) {
          result += text[..<range.lowerBound] + (seen ? short : long)
          seen = true
          text = String(text[range.upperBound...])
        }
        sentences[index].text = result + text
      }
    }
  }

  mutating func close(with template: String) {
    let speaking = voice == .spoken
    sentences.append(Story.Sentence(text: finished(cast.render(template, speaking: speaking))))
  }

  /// A clause in the caller's words inside the narrator's sentence.
  private func quoted(_ piece: Piece, using random: inout SeededRandom) -> String {
    let words = capitalisingFirstLetter(cast.render(piece.template, speaking: true, literals: piece.literals))
    if random.chance(percent: 50) {
      return "\u{201C}\(words),\u{201D}" + cast.render(random.pick(from: StoryPhrases.attributions), speaking: false) + "."
    }
    return capitalisingFirstLetter(cast.render("{c} say{c:s}: ", speaking: false)) + "\u{201C}\(words).\u{201D}"
  }

  /// A clause made a sentence: capital first letter and a full stop.
  private func finished(_ clause: String) -> String {
    let text = capitalisingFirstLetter(clause)
    return text.hasSuffix("?") || text.hasSuffix(".") ? text : text + "."
  }
}
