@testable import Guidance
import PolicyEngine
import Testing
import Transcripts

@testable import Training

@Suite struct TrainingSessionTests {
  func session(_ course: Course) -> TrainingSession {
    TrainingSession(machine: TrainingFixture.machine, course: course, presentation: TrainingFixture.plain, pseudonym: TrainingFixture.trainee)
  }

  @Test func aPerfectRunScoresFullMarks() {
    var training = session(Course(machine: TrainingFixture.machine, count: 6, seed: 11))
    var last = training.start()
    #expect(last.lines.contains { $0.contains("seed 11") })
    while training.currentExercise != nil {
      last = training.playCurrentExercise()
      if !last.quit { _ = training.handle("") }
    }
    #expect(last.quit)
    #expect(training.phase == .finished)
    #expect(training.score.answersRight == 6)
    #expect(training.score.predictionsRight == 6)
    #expect(training.score.clausesToRevisit.isEmpty)
    #expect(last.lines.contains("  Answers right: 6 of 6 (\(training.score.answerCount) of \(training.score.answerCount) answers matched the stories)."))
    #expect(last.lines.contains("  Predictions right: 6 of 6."))
  }

  @Test func aWrongAnswerAndAWrongPredictionAreBothExplainedWithTheDecidingClause() throws {
    // The story: a patient treated outside London who wants the London Sarcoma Service.
    let course = TrainingFixture.course(through: ["treating-centre": "elsewhere-uk", "wanted-at": "london-sarcoma-service"])
    var training = session(course)
    _ = training.start()
    let story = course.exercises[0].story
    #expect(training.currentQuestion?.id == "asker")
    _ = training.handle(story.answer(to: "asker")!)
    _ = training.handle("uclh")  // wrong: the story says elsewhere in the UK
    _ = training.handle(story.answer(to: "wanted-at")!)
    #expect(training.phase == .predicting)
    let reply = training.handle("not-routine")  // wrong: the right outcome is seen-from-elsewhere
    let text = reply.lines.joined(separator: "\n")
    let marking = try #require(training.markings.first)

    #expect(!marking.answersRight && !marking.predictionRight)
    #expect(marking.rightOutcome.id == "seen-from-elsewhere")
    #expect(marking.reachedOutcome.id == "within-london-sarcoma-service")
    #expect(marking.decidingClause?.id == "patients-from-elsewhere")
    #expect(text.contains("Decided by patients-from-elsewhere"))
    #expect(text.contains(TrainingFixture.machine.policy.clause("patients-from-elsewhere")!.summary.prefix(40)))
    #expect(text.contains("You expected: Not routinely available between the London services."))
    #expect(
      marking.rulingOutSentence()?.hasPrefix(
        "\u{201C}Not routinely available between the London services\u{201D} applies only when \u{201C}Treated where now?\u{201D} is "
          + "\u{201C}The Royal Marsden Sarcoma Unit\u{201D}") == true)

    let departure = try #require(marking.departures.first)
    #expect(marking.departures.count == 1)
    #expect(departure.question.id == "treating-centre")
    #expect(departure.given.id == "uclh" && departure.expected?.id == "elsewhere-uk")
    #expect(departure.effect == .changedOutcome(to: TrainingFixture.machine.policy.outcome("within-london-sarcoma-service")!))
    #expect(text.contains(story.sentence(telling: "treating-centre")!.prefix(30)))
    #expect(text.contains("Why it matters: The limit on second opinions"))
    #expect(
      reply.lines.joined(separator: " ").split(separator: " ").joined(separator: " ").contains(
        "On its own, this answer would end the call at \u{201C}Between UCLH and RNOH: one service, and the policy is silent\u{201D} instead."))
    #expect(marking.clausesToRevisit(in: TrainingFixture.machine.policy) == ["patients-from-elsewhere"])
    #expect(reply.quit)
    #expect(text.contains("Clauses to revisit"))
  }

  @Test func aCallerWhoWouldRatherNotSayIsNeverSaidNotToKnow() throws {
    let course = TrainingFixture.course(through: ["asker": "unsure", "treating-centre": "elsewhere-uk", "wanted-at": "elsewhere"])
    var training = session(course)
    _ = training.start()
    _ = training.handle("patient")  // the story's caller would rather not say who they are
    let text = training.playCurrentExercise().lines.joined(separator: " ")
    #expect(training.markings.first?.departures.map(\.question.id) == ["asker"])
    #expect(text.contains("The story leaves this open, so the answer is \u{201C}Not sure, or the caller would rather not say\u{201D}"))
    #expect(!text.contains("not know"))
    let story = course.exercises[0].story.text
    #expect(story.contains("rather not say") && !story.contains("not know") && !story.contains("n't know"), "\(story)")
  }

  @Test func aTitleThatEndsWithAQuestionMarkGetsNoFullStopAfterIt() {
    let course = TrainingFixture.course(through: ["treating-centre": "unsure", "wanted-at": "royal-marsden"])
    var training = session(course)
    _ = training.start()
    let lines = training.playCurrentExercise().lines
    #expect(lines.contains("  \u{2713} You expected: Find out first: where is the patient treated?"))
  }

  @Test func aQuestionThatTurnsOnADefinitionSaysWhatItMeans() {
    let course = TrainingFixture.course(through: [
      "treating-centre": "uclh", "wanted-at": "royal-marsden", "sarcoma": "soft-tissue", "standard-management": "unsure",
    ])
    var training = session(course)
    _ = training.start()
    while training.currentQuestion?.id != "standard-management" { _ = training.handle(course.exercises[0].story.answer(to: training.currentQuestion!.id)!) }
    let screen = training.handle("").lines.joined(separator: " ")
    #expect(screen.contains("Standard management: The treatment and care the patient's sarcoma team is giving now"))
  }

  @Test func aSlipThatChangesNothingIsStillMarkedWrongButSaysSo() throws {
    let course = TrainingFixture.course(through: ["treating-centre": "royal-marsden", "wanted-at": "royal-marsden", "sarcoma": "gist"])
    var training = session(course)
    _ = training.start()
    let story = course.exercises[0].story
    _ = training.handle(story.answer(to: "asker")!)
    _ = training.handle("rmh")
    _ = training.handle("marsden")
    _ = training.handle("soft")  // the story says GIST; both lead the same way
    let text = training.handle("within-royal-marsden").lines.joined(separator: "\n")
    let marking = try #require(training.markings.first)
    #expect(marking.predictionRight && !marking.answersRight)
    #expect(marking.departures.map(\.effect) == [.sameOutcome])
    #expect(text.contains("did not change the outcome"))
  }

  @Test func aPredictionThatFollowsWrongAnswersSaysTheAnswersNeedAnotherLook() throws {
    var training = session(TrainingFixture.course(through: ["treating-centre": "elsewhere-uk", "wanted-at": "london-sarcoma-service"]))
    _ = training.start()
    _ = training.handle("1")
    _ = training.handle("uclh")
    _ = training.handle("lss")
    let text = training.handle("within-london-sarcoma-service").lines.joined(separator: " ")
    let marking = try #require(training.markings.first)
    #expect(!marking.predictionRight && marking.predicted == marking.reachedOutcome)
    #expect(text.contains("That is where your answers led"))
  }

  @Test func answersAreMatchedAsInTheGuidedSession() {
    var training = session(TrainingFixture.course(through: ["treating-centre": "elsewhere-uk", "wanted-at": "elsewhere"]))
    _ = training.start()
    _ = training.handle("1")
    #expect(training.currentQuestion?.id == "treating-centre")
    let ambiguous = training.handle("roy")
    #expect(ambiguous.lines.first?.contains("could be any of these") == true)
    #expect(training.handle("r").lines.first?.contains("is too short to be sure of") == true)
    _ = training.handle("another centre")
    #expect(training.currentQuestion?.id == "wanted-at")
    let unknown = training.handle("mars bar")
    #expect(unknown.lines.joined().contains("is not one of the answers"))
    _ = training.handle("outside london")
    #expect(training.phase == .predicting)
  }

  @Test func theOutcomeIsAcceptedByItsNumberInTheListTheBeginningOfItsTitleOrItsId() {
    for typed in ["1", "outside-london", "a second opinion outside", "A SECOND OPINION OUTSIDE THE LONDON SERVICES", "outside-l"] {
      var training = session(TrainingFixture.course(through: ["treating-centre": "elsewhere-uk", "wanted-at": "elsewhere"]))
      _ = training.start()
      _ = training.playCurrentExercise(predicting: typed)
      #expect(training.markings.first?.predicted.id == "outside-london", "\(typed)")
    }
    var training = session(TrainingFixture.course(through: ["treating-centre": "elsewhere-uk", "wanted-at": "elsewhere"]))
    _ = training.start()
    let reply = training.playCurrentExercise(predicting: "99")
    #expect(training.markings.isEmpty)
    #expect(
      reply.lines == [
        "\u{201C}99\u{201D} is not one of the numbers. Type a number from 1 to \(training.choices.count), or the beginning of any outcome's title;",
        ":outcomes lists them all.",
      ])
    #expect(
      training.handle("find out first").lines == [
        "\u{201C}find out first\u{201D} begins 3 outcomes' titles; type more of the title:",
        "  - Find out first: where is the patient treated?", "  - Find out first: what type of sarcoma?",
        "  - Find out first: is standard management under way?",
      ])
    #expect(training.handle("mars bar").lines.first?.hasPrefix("\u{201C}mars bar\u{201D} does not begin any outcome's title.") == true)
    let outcomes = training.handle(":outcomes").lines
    #expect(outcomes.count == 1 + TrainingFixture.machine.policy.outcomes.count + 1)
    #expect(outcomes[1] == "  - A second opinion outside the London services")
    #expect(training.phase == .predicting)
  }

  @Test func aWrongPredictionIsRuledOutByTheStorysAnswerInOneSentenceNamingTheClause() throws {
    let course = TrainingFixture.course(through: [
      "asker": "patient", "treating-centre": "uclh", "wanted-at": "royal-marsden", "sarcoma": "soft-tissue", "standard-management": "yes",
      "treatment-only-there": "no", "mdt-review": "yes",
    ])
    var training = session(course)
    _ = training.start()
    let text = training.playCurrentExercise(predicting: "not-routine").lines.joined(separator: " ")
    let marking = try #require(training.markings.first)
    #expect(marking.answersRight && !marking.predictionRight)
    let sentence = try #require(course.exercises[0].story.sentence(telling: "mdt-review"))
    #expect(
      marking.rulingOutSentence()
        == "\u{201C}Not routinely available between the London services\u{201D} applies only when \u{201C}MDT review asked for?\u{201D} is "
        + "\u{201C}No\u{201D}; the story says \u{201C}Yes\u{201D} (\u{201C}\(sentence)\u{201D}), so the outcome is \u{201C}Review at the other "
        + "service's MDT meeting\u{201D} (mdt-review-referral).")
    #expect(text.contains("applies only when"))
  }

  @Test func aRulingOutThatNeedsAnyAnswerButTheStorysSaysWhichItMustNotBe() throws {
    let machine = TrainingFixture.machine
    let facts = [("asker", "family"), ("treating-centre", "uclh"), ("wanted-at", "london-sarcoma-service"), ("sarcoma", "bone")]
      .map { GivenAnswer(question: $0.0, answer: $0.1) }
    let story = Story(
      sentences: [Story.Sentence(text: "A man rings about his mother; she is under UCLH, has a bone sarcoma and wants Stanmore.", questions: facts.map(\.question))],
      facts: facts)
    let outcome = try #require(machine.policy.outcome("within-london-sarcoma-service"))
    let exercise = Exercise(number: 1, facts: Array(facts.prefix(3)), story: story, outcome: outcome, difficulty: 1, source: .path(1))
    let marking = Marking(
      exercise: exercise, answers: exercise.facts, prediction: try #require(machine.policy.outcome("not-routine")), machine: machine)
    #expect(
      marking.rulingOutSentence()
        == "\u{201C}Not routinely available between the London services\u{201D} applies only when \u{201C}Second opinion where?\u{201D} is "
        + "\u{201C}The Royal Marsden Sarcoma Unit\u{201D} and \u{201C}Type of sarcoma?\u{201D} is not \u{201C}Bone sarcoma\u{201D}; the story says "
        + "\u{201C}The London Sarcoma Service (UCLH or RNOH)\u{201D} and \u{201C}Bone sarcoma\u{201D}, so the outcome is \u{201C}Between UCLH and "
        + "RNOH: one service, and the policy is silent\u{201D} (services-work-together).")
    let lines = marking.lines(presentation: TrainingFixture.plain)
    #expect(!lines.contains { $0.contains("The right outcome:") })
  }

  @Test func theRulingOutFindsTheFewestAnswersToChangeFromThePolicyAlone() {
    let machine = TrainingFixture.machine
    let policy = machine.policy
    // Under UCLH, wanting the Royal Marsden, under standard management and not sure of a route.
    let situation = [
      "asker": "family", "treating-centre": "uclh", "wanted-at": "royal-marsden", "sarcoma": "gist", "standard-management": "yes",
      "treatment-only-there": "unsure",
    ]
    let reasoning = StoryReasoning(machine: machine, situation: situation)
    #expect(reasoning.changes(toReach: policy.outcome("check-exceptions")!) == [])
    let bone = reasoning.changes(toReach: policy.outcome("bone-sarcoma-lss-to-marsden")!)
    #expect(bone?.map(\.question.id) == ["sarcoma"])
    #expect(bone?.first?.needed.map(\.id) == ["bone"])
    let elsewhere = reasoning.changes(toReach: policy.outcome("outside-london")!)
    #expect(elsewhere?.map(\.question.id) == ["wanted-at"])
    // Two answers stand between this story and a patient treated elsewhere who wants the Royal Marsden for a bone sarcoma.
    #expect(reasoning.changes(toReach: policy.outcome("bone-sarcoma-royal-marsden")!)?.map(\.question.id) == ["treating-centre", "sarcoma"])
    #expect(reasoning.outcomesOneAnswerAway().map(\.id).contains("bone-sarcoma-lss-to-marsden"))
    #expect(!reasoning.outcomesOneAnswerAway().map(\.id).contains("check-exceptions"))
  }

  @Test func storyBackRestartAndHelpWorkBeforeTheMarking() {
    let course = TrainingFixture.course(through: ["treating-centre": "elsewhere-uk", "wanted-at": "elsewhere"])
    var training = session(course)
    _ = training.start()
    #expect(training.handle(":story").lines.dropFirst() == course.exercises[0].story.lines(width: 100)[...])
    #expect(training.handle(":back").lines == ["There is no answer to take back yet."])
    _ = training.handle("patient")
    _ = training.handle("elsewhere-uk")
    _ = training.handle("elsewhere")
    #expect(training.phase == .predicting)
    _ = training.handle(":back")
    #expect(training.phase == .answering && training.currentQuestion?.id == "wanted-at")
    _ = training.handle(":restart")
    #expect(training.currentQuestion?.id == "asker")
    let help = training.handle(":help").lines.joined(separator: "\n")
    for command in TrainingCommand.allCases { #expect(help.contains(command.typed)) }
    #expect(training.handle(":why").lines.joined().contains("routes between the London services"))
    #expect(training.handle(":frobnicate").lines.joined().contains("Unknown command"))
  }

  @Test func quittingMidwayShowsTheScoreOfTheExercisesMarked() {
    var training = session(Course(machine: TrainingFixture.machine, count: 3, seed: 2))
    _ = training.start()
    _ = training.playCurrentExercise()
    _ = training.handle("")
    _ = training.handle("1")
    let reply = training.handle(":quit")
    #expect(reply.quit)
    #expect(reply.lines.first == "Course stopped after 1 of 3 exercises.")
    #expect(training.markings.count == 1)
    #expect(training.phase == .finished)
  }

  @Test func theNextExerciseWaitsForEnterAndClearsTheLineHistory() {
    var training = session(Course(machine: TrainingFixture.machine, count: 2, seed: 2))
    _ = training.start()
    let marked = training.playCurrentExercise()
    #expect(!marked.quit && training.phase == .marked)
    #expect(training.handle("yes").lines.joined().contains("This exercise is marked"))
    let next = training.handle("")
    #expect(next.clearHistory)
    #expect(next.lines.first == "Exercise 2 of 2 (a caller made from the policy)")
  }

  @Test func anEmptyCourseSaysSoAndStops() {
    let training = session(Course(machine: TrainingFixture.machine, count: 3, seed: 1, scenarios: []))
    let reply = training.start()
    #expect(reply.quit)
    #expect(reply.lines.contains { $0.contains("no exercises") })
  }
}
