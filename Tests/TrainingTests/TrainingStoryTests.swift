import Anonymiser
@testable import Guidance
import PolicyEngine
import Testing
import Transcripts

@testable import Training

@Suite struct TrainingStoryTests {
  let writer = StoryWriter(policy: TrainingFixture.machine.policy)
  let scenarios = TrainingFixture.scenarios

  /// The story of a scenario for a seed, with the facts it was written from.
  func story(_ scenario: Scenario, seed: UInt64, unsurePercent: Int = 50) -> (facts: [GivenAnswer], story: Story) {
    var random = SeededRandom(seed: seed)
    let facts = scenario.facts(in: TrainingFixture.machine.policy, unsurePercent: unsurePercent, using: &random)
    return (facts, writer.story(telling: facts, using: &random))
  }

  @Test func noStoryHoldsAnythingTheScrubberReadsAsPersonal() {
    let scrubber = Scrubber()
    var checked = 0
    for scenario in scenarios {
      for seed in 1...40 {
        let text = story(scenario, seed: UInt64(seed)).story.text
        let findings = scrubber.findings(in: text)
        #expect(findings.isEmpty, "\(scenario.source) seed \(seed): \(findings.map { "\($0.kind): \($0.text)" }) in \(text)")
        checked += 1
      }
    }
    #expect(checked == scenarios.count * 40)
  }

  @Test func storiesForTheSamePathDifferFromSeedToSeed() {
    for scenario in scenarios {
      let texts = (1...6).map { story(scenario, seed: UInt64($0)).story.text }
      #expect(Set(texts).count == texts.count, "\(scenario.source)")
    }
  }

  @Test func storiesVaryTheirOpeningAndTheOrderOfTheirFacts() {
    let longest = scenarios.max { $0.steps.count < $1.steps.count }!
    let stories = (1...30).map { story(longest, seed: UInt64($0)).story }
    let openings = Set(stories.map { $0.sentences[0].text.prefix(25) })
    let orders = Set(stories.map { $0.sentences.flatMap(\.questions) })
    let spoken = stories.filter(\.isInCallersWords).count
    #expect(openings.count >= 10)
    #expect(orders.count >= 25)
    #expect(spoken > 0 && spoken < stories.count)
  }

  @Test func everyFactThePathNeedsIsToldBySomeSentence() {
    for scenario in scenarios {
      for seed in 1...10 {
        let (facts, written) = story(scenario, seed: UInt64(seed))
        for fact in facts {
          #expect(written.answer(to: fact.question) == fact.answer, "\(scenario.source) \(fact)")
          #expect(written.sentence(telling: fact.question) != nil, "\(scenario.source) \(fact.question): \(written.text)")
        }
      }
    }
  }

  @Test func factsAddedForRealismKeepThePathAndItsOutcome() {
    for scenario in scenarios {
      for seed in 1...10 {
        let (facts, written) = story(scenario, seed: UInt64(seed))
        let situation = Dictionary(written.facts.map { ($0.question, $0.answer) }, uniquingKeysWith: { first, _ in first })
        let walked = TrainingFixture.machine.decide(situation)
        #expect(walked.used == facts, "\(scenario.source)")
        guard case .decided(let decision) = walked.step else {
          Issue.record("\(scenario.source) is not decided by its story's facts")
          continue
        }
        #expect(decision.outcome.id == scenario.outcome)
        // A story never places a bone sarcoma at the Royal Marsden unless the path says so.
        if situation["treating-centre"] == "royal-marsden", situation["sarcoma"] == "bone" {
          #expect(facts.contains(GivenAnswer(question: "sarcoma", answer: "bone")))
        }
      }
    }
  }

  @Test func storiesReadAsFinishedSentencesWithNoTemplateLeftOver() {
    for scenario in scenarios {
      for seed in 1...5 {
        let written = story(scenario, seed: UInt64(seed)).story
        #expect(!written.text.contains("{") && !written.text.contains("}"), "\(written.text)")
        for sentence in written.sentences {
          let first = sentence.text.first { $0.isLetter }
          #expect(first?.isUppercase == true, "\(sentence.text)")
          #expect([".", "?", "\u{201D}"].contains(sentence.text.last.map(String.init) ?? ""), "\(sentence.text)")
        }
      }
    }
  }

  @Test func anUnsureAnswerIsToldAsTheCallersUncertainty() {
    let unsureCentre = scenarios.first { $0.outcome == "check-treating-centre" }!
    for seed in 1...10 {
      let written = story(unsureCentre, seed: UInt64(seed)).story
      let sentence = written.sentence(telling: "treating-centre")!.lowercased()
      let doubt = ["not sure", "can't say", "n't know", "lost track"]
      #expect(doubt.contains { sentence.contains($0) }, "\(sentence)")
    }
  }

  @Test func aTreatingClinicianNeverRingsAboutFactsTheyWouldKnow() {
    for scenario in scenarios {
      for seed in 1...20 {
        let facts = story(scenario, seed: UInt64(seed), unsurePercent: 100).facts
        guard facts.contains(GivenAnswer(question: "asker", answer: "treating-clinician")) else { continue }
        let unsure = facts.filter { TrainingFixture.machine.policy.question($0.question)?.answer($0.answer)?.isUnsure == true }
        #expect(unsure.isEmpty, "\(scenario.source): \(unsure)")
        #expect(!facts.contains(GivenAnswer(question: "treating-centre", answer: "no-specialist-yet")))
      }
    }
  }

  @Test func aQuestionWithoutWordsOfItsOwnIsToldWithItsPromptAndLabel() {
    var policy = TrainingFixture.machine.policy
    policy.questions.append(
      Question(
        id: "interpreter", prompt: "Does the caller need an interpreter?", why: "So the call can be understood.",
        clauses: [], findOut: "Ask.", answers: [Answer(id: "yes", label: "Yes"), Answer(id: "unsure", label: "Not sure", isUnsure: true)]))
    var random = SeededRandom(seed: 3)
    let written = StoryWriter(policy: policy).story(
      telling: [GivenAnswer(question: "asker", answer: "patient"), GivenAnswer(question: "interpreter", answer: "yes")], using: &random)
    #expect(written.sentence(telling: "interpreter")?.contains("\u{201C}Does the caller need an interpreter?\u{201D}") == true)
    #expect(written.sentence(telling: "interpreter")?.contains("\u{201C}Yes\u{201D}") == true)
  }
}

@Suite struct StoryWordingTests {
  @Test func everyFactOfTheShippedPolicyHasStoryWording() {
    #expect(StoryWording.problems(for: TrainingFixture.machine.policy) == [])
  }

  @Test func aRenamedAnswerIsCaughtNotToldPlainly() {
    var policy = TrainingFixture.machine.policy
    let question = policy.questions.firstIndex { $0.id == "treating-centre" }!
    let answer = policy.questions[question].answers.firstIndex { $0.id == "uclh" }!
    policy.questions[question].answers[answer].id = "ucl-hospital"
    #expect(
      StoryWording.problems(for: policy) == [
        "the stories word answer 'uclh' of question 'treating-centre', which the policy does not have",
        "the stories have no wording for answer 'ucl-hospital' of question 'treating-centre'",
      ])
  }

  @Test func aRenamedCallerQuestionIsCaught() {
    var policy = TrainingFixture.machine.policy
    policy.questions[0].id = "who-is-calling"
    #expect(StoryWording.problems(for: policy).contains("the stories choose their caller by question 'asker', which the policy does not have"))
  }
}

@Suite struct StoriesAgreeWithTheDefinitionsTests {
  /// The story sentences told for `answer` to standard management, over many seeds.
  func sentences(standardManagement answer: String) -> [String] {
    let writer = StoryWriter(policy: TrainingFixture.machine.policy)
    let facts = [
      GivenAnswer(question: "asker", answer: "patient"), GivenAnswer(question: "treating-centre", answer: "uclh"),
      GivenAnswer(question: "wanted-at", answer: "royal-marsden"), GivenAnswer(question: "sarcoma", answer: "soft-tissue"),
      GivenAnswer(question: "standard-management", answer: answer),
    ]
    return (1...60).flatMap { seed in
      var random = SeededRandom(seed: UInt64(seed))
      return writer.story(telling: facts, using: &random).sentences.map(\.text)
    }
  }

  @Test func followUpScansAreToldAsNotSureAsTheDefinitionSaysNeverAsNo() {
    let followUp = ["follow-up", "check-ups"]
    #expect(!sentences(standardManagement: "no").contains { sentence in followUp.contains { sentence.contains($0) } })
    #expect(sentences(standardManagement: "unsure").contains { sentence in followUp.contains { sentence.contains($0) } })
  }

  @Test func everyDefinedAnswerIsToldByTheDefinitionsExamplesOnly() {
    let policy = TrainingFixture.machine.policy
    for question in policy.questions where !question.definitions.isEmpty {
      let definition = policy.definition(question.definitions[0])!
      for answer in question.answers {
        let told = Set(StoryWording.phrasings(of: GivenAnswer(question: question.id, answer: answer.id), in: policy) ?? [])
        let examples = definition.examples.filter { $0.answer == answer.id }
        #expect(!examples.isEmpty, "no example of \(definition.id) means \(answer.id)")
        #expect(told == Set(examples.flatMap { StoryPhrases.examples[definition.id]?[$0.id] ?? [] }))
      }
    }
  }
}

@Suite struct StoryPlausibilityTests {
  let policy = TrainingFixture.machine.policy

  /// Whether some choice of the scenario's answers goes together by the policy's
  /// plausibility tables: false only for a path that needs facts that do not.
  func admitsPlausibleFacts(_ scenario: Scenario) -> Bool {
    let questions = Set(policy.plausibility.flatMap { [$0.question, $0.pairedQuestion] })
    var situations: [[String: String]] = [[:]]
    for step in scenario.steps where questions.contains(step.question) {
      situations = situations.flatMap { situation in step.answers.map { situation.merging([step.question: $0]) { $1 } } }
    }
    return situations.contains(where: policy.isPlausible)
  }

  @Test func everyStorysFactsGoTogetherUnlessItsPathNeedsFactsThatDoNot() {
    var forced = 0
    for scenario in TrainingFixture.scenarios {
      for seed in 1...40 {
        var random = SeededRandom(seed: UInt64(seed))
        let facts = scenario.facts(in: policy, unsurePercent: 50, using: &random)
        let story = StoryWriter(policy: policy).story(telling: facts, using: &random)
        let situation = Dictionary(story.facts.map { ($0.question, $0.answer) }, uniquingKeysWith: { first, _ in first })
        if policy.isPlausible(situation) { continue }
        forced += 1
        #expect(!admitsPlausibleFacts(scenario), "\(scenario.source) seed \(seed): \(story.text)")
        // Facts that do not go together are the caller's account, never the narrator's.
        #expect(story.isInCallersWords, "\(story.text)")
        #expect(!facts.contains(GivenAnswer(question: "asker", answer: "treating-clinician")), "\(story.text)")
      }
    }
    // The shipped policy has an outcome for a bone sarcoma under the Royal Marsden.
    #expect(forced > 0)
  }

  @Test func theStorysPlacesTreatTheStorysSarcoma() {
    for seed in 1...20 {
      for exercise in Course(machine: TrainingFixture.machine, count: 40, seed: UInt64(seed)).exercises {
        let text = exercise.story.text
        let sarcoma = exercise.story.answer(to: "sarcoma")
        if sarcoma == "gist" {
          #expect(!text.contains("Stanmore") && !text.contains("Orthopaedic") && !text.contains("RNOH"), "\(text)")
          #expect(!text.contains("chemotherapy") && !text.contains("radiotherapy"), "\(text)")
        }
        if sarcoma == "bone", exercise.story.answer(to: "treating-centre") == "royal-marsden" {
          #expect(exercise.outcome.id == "check-bone-sarcoma-centre" && exercise.story.isInCallersWords, "\(text)")
        }
      }
    }
  }
}

@Suite struct StoryFillerTests {
  /// A filler template as a pattern of words: a token stands for any words.
  static func pattern(_ template: String) -> Regex<AnyRegexOutput> {
    var pattern = "^"
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      pattern += escaped(rest[..<open]) + "[\\w'\u{2019} ]*"
      rest = rest[rest.index(after: close)...]
    }
    pattern += escaped(rest) + "[.?]?$"
    return try! Regex(pattern).ignoresCase()
  }

  static func escaped(_ text: Substring) -> String {
    text.map { "\\^$.|?*+()[]{}".contains($0) ? "\\\($0)" : String($0) }.joined()
  }

  static let fillerTemplates = StoryPhrases.narratedColour + StoryPhrases.spokenColour + StoryPhrases.narratedClosings + StoryPhrases.spokenClosings

  /// Each filler template with its pattern, compiled once.
  nonisolated(unsafe) static let fillerPatterns = fillerTemplates.map { ($0, pattern($0)) }

  /// The filler a course tells: each sentence that tells no fact matched to its templates,
  /// and each linking word at the start of a sentence.
  static func filler(in course: Course) -> [String] {
    var told: [String] = []
    for exercise in course.exercises {
      for (index, sentence) in exercise.story.sentences.enumerated() {
        let text = String(sentence.text.drop { $0 == "\u{201C}" }.reversed().drop { $0 == "\u{201D}" }.reversed())
        if index > 0, sentence.questions.isEmpty {
          let matching = fillerPatterns.first { (try? $0.1.wholeMatch(in: text)) != nil }
          told.append(matching?.0 ?? "unmatched: \(text)")
        }
        told += StoryPhrases.linkingOpeners.filter { text.lowercased().hasPrefix($0) }
      }
    }
    return told
  }

  @Test func noFillerIsToldTwiceInACourse() {
    for seed in 1...6 {
      for count in [nil, 60] {
        let course = Course(machine: TrainingFixture.machine, count: count, seed: UInt64(seed))
        let told = Self.filler(in: course)
        #expect(!told.contains { $0.hasPrefix("unmatched") }, "\(told)")
        #expect(Set(told).count == told.count, "seed \(seed): \(told.sorted())")
        #expect(!told.isEmpty)
      }
    }
  }

  @Test func theFillerPatternsRecogniseTheirSentences() throws {
    let pattern = Self.pattern("{c} {c:has} some notes ready")
    #expect(try pattern.wholeMatch(in: "She has some notes ready.") != nil)
    #expect(try pattern.wholeMatch(in: "Her consultant has the notes ready.") == nil)
  }
}
