import Foundation
import PolicyEngine
import TestSupport
import Testing

@testable import Guidance

/// The screens staff read on a live call: the outcome fits above the prompt on an 80×24
/// terminal, shows plain words rather than ids, and its words can be read out as they stand.
@Suite struct LiveCallScreenTests {
  /// A call that reaches an outcome: the answers typed, in order.
  struct Call: CustomStringConvertible {
    var answers: [GivenAnswer]
    var outcome: String
    var description: String { answers.map { "\($0.question)=\($0.answer)" }.joined(separator: " ") + " => \(outcome)" }
  }

  /// For every path and every caller, the call that answers "Not sure" wherever the path
  /// allows it (the worst case for the screen's length), and the call that answers the
  /// first definite answer everywhere.
  ///
  /// The tests that render these calls are `async` and yield between calls, so that the
  /// pseudo-terminal tests running beside them are never starved of threads.
  static let calls: [Call] = {
    let machine = Shipped.machine
    let asker = machine.policy.questions[0]
    var calls: [Call] = []
    for path in machine.paths() {
      for caller in asker.answers {
        for worst in [true, false] {
          let answers = path.steps.map { step -> GivenAnswer in
            let question = machine.policy.question(step.question)!
            if question.id == asker.id { return GivenAnswer(question: asker.id, answer: caller.id) }
            let unsure = step.answers.first { question.answer($0)?.isUnsure == true }
            let definite = step.answers.first { question.answer($0)?.isUnsure == false }
            return GivenAnswer(question: step.question, answer: (worst ? unsure ?? definite : definite ?? unsure)!)
          }
          calls.append(Call(answers: answers, outcome: path.outcome))
        }
      }
    }
    return calls
  }()

  /// Every reply a call gets at 80 columns, in order; the last is the outcome screen.
  func replies(to call: Call, width: Int = 80) -> [Reply] {
    var conversation = makeConversation()
    conversation.presentation.width = width
    var replies = [conversation.start(recordingTo: nil)]
    for given in call.answers {
      let answer = Shipped.policy.question(given.question)!.answer(given.answer)!
      replies.append(conversation.handle(answer.label))
    }
    return replies
  }

  @Test func everyOutcomeForEveryCallerFitsAboveThePromptAtEightyByTwentyFour() async {
    var tallest = (lines: 0, call: "")
    for call in Self.calls {
      await Task.yield()
      let screen = replies(to: call).last!
      #expect(screen.lines.count <= 23, "\(screen.lines.count) lines for \(call)")
      #expect(screen.lines.allSatisfy { displayWidth($0) <= 80 }, "\(call)")
      if screen.lines.count > tallest.lines { tallest = (screen.lines.count, call.description) }
    }
    print("tallest outcome screen: \(tallest.lines) lines above the prompt, for \(tallest.call)")
  }

  @Test func noScreenOfAnyCallShowsAQuestionAnswerOrOutcomeId() async {
    let policy = Shipped.policy
    let ids = Set(policy.questions.map(\.id) + policy.questions.flatMap { $0.answers.map(\.id) } + policy.outcomes.map(\.id))
      .filter { $0.contains("-") }
    // Every path, with three of its callers: the screens differ by caller only in the words to say.
    for call in stride(from: 0, to: Self.calls.count, by: 4).map({ Self.calls[$0] }) {
      await Task.yield()
      var conversation = makeConversation()
      var screens = [conversation.start(recordingTo: nil).lines + [conversation.prompt]]
      for given in call.answers {
        let answer = policy.question(given.question)!.answer(given.answer)!
        screens.append(conversation.handle(answer.label).lines + [conversation.prompt])
        screens.append(conversation.handle(":why").lines)
      }
      for command in [":outcome", ":why", ":find", ":summary", ":help", ":define"] { screens.append(conversation.handle(command).lines) }
      let text = screens.joined().joined(separator: "\n")
      for id in ids {
        #expect(!containsWord(id, in: text), "'\(id)' is shown for \(call)")
      }
    }
  }

  @Test func theWordsToSayNameNoUnknownAnswerAndRepeatNoSentence() async {
    for call in Self.calls {
      await Task.yield()
      let screen = replies(to: call).last!.lines
      let text = screen.joined(separator: " ")
      #expect(!text.contains("{") && !text.contains("}"), "\(call)")
      let sentences = sentencesOf(screen)
      #expect(Set(sentences).count == sentences.count, "a sentence repeats for \(call): \(sentences)")
    }
  }

  @Test func multidisciplinaryTeamIsSpelledOutBeforeMDTInWhatIsReadOut() {
    let policy = Shipped.policy
    var texts = policy.questions.map(\.prompt) + policy.definitions.map(\.meaning)
    for call in Self.calls {
      guard case .success(.decided(let decision)) = Shipped.machine.step(after: call.answers) else { continue }
      texts.append(decision.say)
    }
    for text in texts {
      guard let mdt = text.range(of: "MDT") else { continue }
      let spelled = text.range(of: "multidisciplinary team")
      #expect(spelled != nil && spelled!.lowerBound < mdt.lowerBound, "MDT before it is spelled out: \(text)")
    }
  }

  @Test func speaksToPatientsAsYouAndToFamiliesAboutThePatient() {
    let policy = Shipped.policy
    for outcome in policy.outcomes {
      let patient = outcome.say.text(for: "patient")!
      let family = outcome.say.text(for: "family")!
      #expect(!patient.lowercased().contains("the patient"), "\(outcome.id): \(patient)")
      #expect(patient.contains("you") || patient.contains("You"), "\(outcome.id)")
      #expect(family.lowercased().contains("patient"), "\(outcome.id)")
      #expect(patient != family, "\(outcome.id)")
    }
  }

  @Test func namesTheCentresOfACallBetweenTheTwoLondonServices() async {
    let crossService = [
      "exception-treatment", "exception-mdt-review", "exception-expertise", "exception-named-clinician", "not-routine",
      "check-exceptions", "not-under-standard-management", "check-standard-management",
    ]
    for call in Self.calls where crossService.contains(call.outcome) {
      await Task.yield()
      let wanted = call.answers.first { $0.question == "wanted-at" }!.answer
      let spoken = Shipped.policy.question("wanted-at")!.answer(wanted)!.spoken!
      let screen = replies(to: call).last!.lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
      #expect(screen.contains(spoken), "\(call) does not name \(spoken)")
    }
  }

  @Test func theDaughtersCallShowsTheTitleAndTheWordsToSayOnOneScreen() {
    let call = Call(
      answers: [
        GivenAnswer(question: "asker", answer: "family"), GivenAnswer(question: "treating-centre", answer: "royal-marsden"),
        GivenAnswer(question: "wanted-at", answer: "london-sarcoma-service"), GivenAnswer(question: "sarcoma", answer: "soft-tissue"),
        GivenAnswer(question: "standard-management", answer: "yes"), GivenAnswer(question: "treatment-only-there", answer: "unsure"),
        GivenAnswer(question: "mdt-review", answer: "unsure"), GivenAnswer(question: "expertise-only-there", answer: "unsure"),
        GivenAnswer(question: "named-clinician", answer: "unsure"),
      ], outcome: "check-exceptions")
    let screen = replies(to: call).last!.lines
    #expect(screen.count <= 23)
    #expect(screen[2] == "Not routine, unless a route applies: find out which")
    #expect(screen.contains("Say to the caller:"))
    #expect(
      screen.joined(separator: " ").split(separator: " ").joined(separator: " ").contains(
        "Still to find out: Treatment or trial only there? \u{00B7} MDT review asked for? \u{00B7} Expertise only there? \u{00B7}"))
  }

  @Test func wrapsNoWiderThanAHundredColumnsOnAWideTerminal() {
    let call = Self.calls.first { $0.outcome == "not-routine" }!
    let width = Presentation.columns(windowColumns: 200, columnsVariable: nil)
    let lines = replies(to: call, width: width).flatMap(\.lines)
    #expect(lines.allSatisfy { displayWidth($0) <= 100 })
    #expect(lines.contains { displayWidth($0) > 80 })
  }

  @Test func theOutcomeCanBeShownAgainAndEveryCommandKeepsTheQuestion() {
    var conversation = makeConversation()
    #expect(conversation.handle(":outcome").lines.first == "There is no outcome yet: the answers so far do not decide one.")
    conversation.type("patient", "elsewhere-uk", "lss")
    let outcome = conversation.handle(":outcome").lines
    #expect(outcome.first == "Treated elsewhere, so the London services do see them")
    let why = conversation.handle(":why").lines
    #expect(why.first == "The policy behind \u{201C}Treated elsewhere, so the London services do see them\u{201D}:")
    #expect(why.suffix(2).joined(separator: " ").hasSuffix("Outcome: Treated elsewhere, so the London services do see them (:outcome shows it again)"))
    var asking = makeConversation()
    asking.type("patient")
    for command in [":help", ":why", ":find", ":define", ":summary", ":policy", ":note rang back", ":nonsense"] {
      #expect(asking.handle(command).lines.last!.hasPrefix("  ") || asking.handle(command).lines.suffix(4).contains { $0.hasPrefix("Treated where now? 1 ") }, "\(command)")
    }
  }

  @Test func definesTheTermsThatDecideOutcomesWithExamples() {
    var conversation = makeConversation()
    conversation.type("patient", "uclh", "rmh", "soft")
    let screen = conversation.handle(":define").lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
    #expect(screen.hasPrefix("Standard management The treatment and care the patient's sarcoma team is giving now"))
    #expect(screen.contains("- Treatment has finished and the patient is on follow-up scans and clinic visits: Not sure. The policy does not say"))
    #expect(conversation.handle(":define mdt review").lines.first == "MDT review")
    #expect(conversation.handle(":help named clinician request").lines.first == "Named clinician request")
    #expect(conversation.handle(":define standard managment").lines.joined(separator: " ").hasPrefix("There is no definition of \u{201C}standard managment\u{201D}. Did you mean \u{201C}standard management\u{201D}?"))
  }

  /// Whether `word` stands in `text` with no letter, digit or hyphen on either side.
  func containsWord(_ word: String, in text: String) -> Bool {
    var rest = text[...]
    while let range = rest.range(of: word) {
      let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
      let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
      func isWordCharacter(_ character: Character?) -> Bool { character.map { $0.isLetter || $0.isNumber || $0 == "-" } ?? false }
      if !isWordCharacter(before) && !isWordCharacter(after) { return true }
      rest = text[range.upperBound...]
    }
    return false
  }

  /// The sentences of a screen's text, in order.
  func sentencesOf(_ lines: [String]) -> [String] {
    lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
      .split(whereSeparator: { ".?!".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count > 20 }
  }
}
