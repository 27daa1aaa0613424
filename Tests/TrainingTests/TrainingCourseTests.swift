import TestSupport
@testable import Guidance
import PolicyEngine
import Testing
import Transcripts

@testable import Training

@Suite struct TrainingCourseTests {
  let outcomeCount = TrainingFixture.machine.policy.outcomes.count

  @Test func theSameSeedGivesTheSameCourse() {
    let first = Course(machine: TrainingFixture.machine, count: 8, seed: 42)
    let again = Course(machine: TrainingFixture.machine, count: 8, seed: 42)
    #expect(first.exercises == again.exercises)
    #expect(first.exercises.count == 8)
    #expect(first.exercises.map(\.number) == Array(1...8))
  }

  @Test func differentSeedsGiveDifferentCourses() {
    let courses = (1...5).map { Course(machine: TrainingFixture.machine, count: 5, seed: UInt64($0)).exercises.map(\.story.text) }
    #expect(Set(courses).count == courses.count)
  }

  @Test func aCourseAsLongAsTheOutcomesCoversEveryOutcome() {
    for seed in 1...10 {
      let course = Course(machine: TrainingFixture.machine, count: outcomeCount, seed: UInt64(seed))
      #expect(Set(course.exercises.map(\.outcome.id)) == Set(TrainingFixture.machine.policy.outcomes.map(\.id)))
    }
  }

  @Test func everyOutcomeComesOnceBeforeAnyComesAgain() {
    for seed in 1...10 {
      let course = Course(machine: TrainingFixture.machine, count: 2 * outcomeCount + 5, seed: UInt64(seed))
      let outcomes = course.exercises.map(\.outcome.id)
      for start in stride(from: 0, to: outcomes.count, by: outcomeCount) {
        let round = outcomes[start..<min(start + outcomeCount, outcomes.count)]
        #expect(Set(round).count == round.count, "seed \(seed), round from \(start)")
      }
    }
  }

  @Test func exercisesGetHarderWithinEachRound() {
    for seed in 1...30 {
      let course = Course(machine: TrainingFixture.machine, count: outcomeCount + 5, seed: UInt64(seed))
      let difficulties = course.exercises.map(\.difficulty)
      for round in [difficulties[0..<outcomeCount], difficulties[outcomeCount...]] {
        #expect(round.elementsEqual(round.sorted()), "seed \(seed): \(Array(round))")
      }
    }
  }

  @Test func aShortCourseRunsFromAnEasyExerciseToAHardOne() {
    for seed in 1...30 {
      let exercises = Course(machine: TrainingFixture.machine, count: 5, seed: UInt64(seed)).exercises
      #expect(exercises[0].difficulty < exercises[4].difficulty, "seed \(seed): \(exercises.map(\.difficulty))")
      #expect(Set(exercises.map(\.outcome.id)).count == 5)
    }
  }

  @Test func laterRoundsTakeHarderPathsToTheSameOutcomes() {
    for seed in 1...20 {
      let difficulties = Course(machine: TrainingFixture.machine, count: 3 * outcomeCount, seed: UInt64(seed)).exercises.map(\.difficulty)
      let rounds = (0..<3).map { difficulties[($0 * outcomeCount)..<(($0 + 1) * outcomeCount)].reduce(0, +) }
      #expect(rounds[0] < rounds[1] && rounds[1] < rounds[2], "seed \(seed): \(rounds)")
    }
  }

  @Test func everyExerciseReachesItsOutcomeByItsFacts() {
    let course = Course(machine: TrainingFixture.machine, count: 60, seed: 9)
    for exercise in course.exercises {
      guard case .success(.decided(let decision)) = TrainingFixture.machine.step(after: exercise.facts) else {
        Issue.record("exercise \(exercise.number) is not decided by its facts")
        continue
      }
      #expect(decision.outcome == exercise.outcome)
      #expect(exercise.difficulty == Exercise.difficulty(of: exercise.facts, in: TrainingFixture.machine.policy))
    }
  }

  @Test func recordedCallsGiveTheAnswersTheCallEndedWith() throws {
    let calls = TranscriptCorpus.sampleCalls(for: TrainingFixture.machine, policyHash: TrainingFixture.document.contentHash, date: "2026-11-25")
    let restarted = try #require(calls.first { $0.name.contains("restart") })
    let scenario = try #require(Scenario(transcript: restarted.transcript, name: restarted.name, machine: TrainingFixture.machine))
    #expect(scenario.steps.first == Scenario.Step(question: "asker", answers: ["family"]))
    #expect(scenario.outcome == "not-routine")
    #expect(scenario.source == .recordedCall(restarted.name))
    let corrected = try #require(calls.first { $0.name.contains("back-after") })
    #expect(Scenario(transcript: corrected.transcript, name: corrected.name, machine: TrainingFixture.machine)?.steps.last?.answers == ["bone"])
  }

  @Test func abandonedCallsMakeNoExercise() throws {
    let calls = TranscriptCorpus.sampleCalls(for: TrainingFixture.machine, policyHash: TrainingFixture.document.contentHash, date: "2026-11-25")
    let hungUp = try #require(calls.first { $0.transcript.header.ending == .hangup })
    #expect(Scenario(transcript: hungUp.transcript, name: hungUp.name, machine: TrainingFixture.machine) == nil)
  }

  @Test func aCallTheCurrentPolicyCannotFollowMakesNoExercise() throws {
    var transcript = try #require(TrainingFixture.corpus.first { $0.name.contains("not-routine") }).transcript
    let answer = try #require(transcript.events.firstIndex { if case .answered("mdt-review", _) = $0 { true } else { false } })
    // The same answer id, given to a question the policy does not ask at that point.
    transcript.events[answer] = .answered(question: "expertise-only-there", answer: "no")
    #expect(Scenario(transcript: transcript, name: "edited.txt", machine: TrainingFixture.machine) == nil)
  }

  @Test func aCourseFromRecordedCallsCoversTheirOutcomesBeforeRepeating() {
    let scenarios = TrainingFixture.corpus.compactMap { Scenario(transcript: $0.transcript, name: $0.name, machine: TrainingFixture.machine) }
    let course = Course(machine: TrainingFixture.machine, count: outcomeCount, seed: 5, scenarios: scenarios)
    #expect(Set(course.exercises.map(\.outcome.id)).count == outcomeCount)
    #expect(course.exercises.allSatisfy { if case .recordedCall = $0.source { true } else { false } })
  }

  @Test func aScenarioTheMachineCannotFollowIsLeftOut() {
    let broken = Scenario(steps: [Scenario.Step(question: "sarcoma", answers: ["bone"])], outcome: "not-routine", source: .path(1))
    #expect(Course(machine: TrainingFixture.machine, count: 3, seed: 1, scenarios: [broken]).exercises.isEmpty)
  }

  @Test func theSeededRandomGivesTheSameNumbersEverywhere() {
    var random = SeededRandom(seed: 0)
    #expect(random.next() == 0xE220_A839_7B1D_CDAF)
    var a = SeededRandom(seed: 99)
    var b = SeededRandom(seed: 99)
    #expect((0..<50).map { _ in a.number(below: 7) } == (0..<50).map { _ in b.number(below: 7) })
    var c = SeededRandom(seed: 5)
    let shuffled = c.shuffled(1...10)
    #expect(shuffled.sorted() == Array(1...10))
    #expect(shuffled != Array(1...10))
  }
}

@Suite struct CourseCoverageTests {
  let machine = TrainingFixture.machine
  var policy: Policy { machine.policy }

  @Test func theDefaultCourseCoversEveryOutcomeOfTheShippedPolicyEasiestFirst() {
    for seed in 1...20 {
      let course = Course(machine: machine, seed: UInt64(seed))
      #expect(course.exercises.count == policy.outcomes.count)
      #expect(Set(course.exercises.map(\.outcome.id)) == Set(policy.outcomes.map(\.id)), "seed \(seed)")
      #expect(course.exercises.map(\.difficulty) == course.exercises.map(\.difficulty).sorted(), "seed \(seed)")
    }
  }

  @Test func aShorterCourseIsTheStartOfALongerOneWithTheSameSeed() {
    for seed: UInt64 in [1, 42, 189_680, .max] {
      let longest = Course(machine: machine, count: 200, seed: seed).exercises
      let standard = Course(machine: machine, seed: seed).exercises
      #expect(Array(longest.prefix(standard.count)) == standard, "seed \(seed)")
      for count in [1, 2, 5, 19, 20, 21, 47, 120] {
        let shorter = Course(machine: machine, count: count, seed: seed).exercises
        #expect(shorter.count == count)
        #expect(Array(longest.prefix(count)) == shorter, "seed \(seed), count \(count)")
      }
    }
  }

  @Test func theOpeningStatesTheCoursesLengthAndWhatItCovers() {
    var training = TrainingSession(
      machine: machine, course: Course(machine: machine, seed: 3), presentation: TrainingFixture.plain, pseudonym: TrainingFixture.trainee)
    let opening = training.start().lines.joined(separator: " ")
    #expect(opening.contains("This course: 20 exercises, about 25 minutes, covering all 20 outcomes of the policy and all 13 clauses."))
    let short = TrainingSession(
      machine: machine, course: Course(machine: machine, count: 5, seed: 3), presentation: TrainingFixture.plain, pseudonym: TrainingFixture.trainee)
    let outcomes = Course(machine: machine, count: 5, seed: 3).outcomesCovered(in: policy)
    let clauses = Set(outcomes.flatMap(\.clauses)).count
    #expect(
      short.start().lines.joined(separator: " ").contains(
        "This course: 5 exercises, about 6 minutes, covering 5 of the 20 outcomes of the policy and \(clauses) of the 13 clauses."))
    _ = training.handle(":quit")
  }

  @Test func theEndSaysWhichOutcomesAndClausesWereCovered() {
    var training = TrainingSession(
      machine: machine, course: Course(machine: machine, seed: 8), presentation: TrainingFixture.plain, pseudonym: TrainingFixture.trainee)
    var last = training.start()
    while training.currentExercise != nil {
      last = training.playCurrentExercise()
      if !last.quit { _ = training.handle("") }
    }
    #expect(last.lines.contains("  Covered: 20 of the policy's 20 outcomes, and 13 of its 13 clauses."))
    var short = TrainingSession(
      machine: machine, course: Course(machine: machine, count: 2, seed: 8), presentation: TrainingFixture.plain, pseudonym: TrainingFixture.trainee)
    _ = short.start()
    _ = short.playCurrentExercise()
    let stopped = short.handle(":quit").lines
    let covered = short.score.clausesCovered.map(\.id)
    #expect(stopped.contains("  Covered: 1 of the policy's 20 outcomes, and \(covered.count) of its 13 clauses."))
  }

  @Test func aPolicyWithMorePathsThanTheLimitIsCutShortAndSaysSo() {
    let all = Scenario.everyPath(of: machine, limit: Course.pathLimit)
    #expect(all.scenarios.count == 69 && !all.isLimited)
    let few = Scenario.everyPath(of: machine, limit: 10)
    #expect(few.scenarios.count == 10 && few.isLimited)
    #expect(few.scenarios == Array(all.scenarios.prefix(10)))
    let course = Course(machine: machine, seed: 4, pathLimit: 10)
    #expect(course.isLimited)
    #expect(course.exercises.count == max(Course.minimumDefaultLength, Set(few.scenarios.map(\.outcome)).count))
    let opening = TrainingSession(machine: machine, course: course, presentation: TrainingFixture.plain, pseudonym: TrainingFixture.trainee)
      .start().lines.joined(separator: " ")
    #expect(opening.contains("This policy has more than 10 ways through it; the exercises are made from the first 10, so some outcomes may not come up."))
  }
}

@Suite struct CourseFocusTests {
  let machine = TrainingFixture.machine
  var policy: Policy { machine.policy }

  @Test func aFocusIsAnOutcomesIdOrTitleOrAClausesId() throws {
    #expect(try CourseFocus(resolving: "not-routine", in: policy) == .outcome(policy.outcome("not-routine")!))
    #expect(try CourseFocus(resolving: "Not routinely", in: policy) == .outcome(policy.outcome("not-routine")!))
    #expect(try CourseFocus(resolving: "review at the other", in: policy) == .outcome(policy.outcome("exception-mdt-review")!))
    #expect(try CourseFocus(resolving: "MDT-review-referral", in: policy) == .clause(policy.clause("mdt-review-referral")!))
  }

  @Test func anUnknownOrAmbiguousFocusIsExplained() {
    #expect(throws: CourseFocusProblem.unknown("not-rutine", nearest: "not-routine")) { try CourseFocus(resolving: "not-rutine", in: policy) }
    #expect(
      CourseFocusProblem.unknown("not-rutine", nearest: "not-routine").description
        == "--focus: \u{201C}not-rutine\u{201D} is neither an outcome nor a clause of the policy; did you mean 'not-routine'? (give an outcome's id or the beginning of its title, or a clause's id)"
    )
    #expect(throws: CourseFocusProblem.unknown("zebra", nearest: nil)) { try CourseFocus(resolving: "zebra", in: policy) }
    #expect(throws: CourseFocusProblem.empty) { try CourseFocus(resolving: "  ", in: policy) }
    let ambiguous = CourseFocusProblem.ambiguous(
      "bone sarcoma", titles: ["Bone sarcoma at the Royal Marsden: the policy is silent", "Bone sarcoma under the London Sarcoma Service, asking for the Royal Marsden"])
    #expect(throws: ambiguous) { try CourseFocus(resolving: "bone sarcoma", in: policy) }
    #expect(
      ambiguous.description
        == "--focus: \u{201C}bone sarcoma\u{201D} begins the titles of 2 outcomes: \u{201C}Bone sarcoma at the Royal Marsden: the policy is silent\u{201D}, \u{201C}Bone sarcoma under the London Sarcoma Service, asking for the Royal Marsden\u{201D}; type more of the title, or the outcome's id"
    )
  }

  @Test func aCourseFocusedOnAnOutcomePractisesOnlyItFromEasyToHard() throws {
    let outcome = try #require(policy.outcome("check-exceptions"))
    let course = Course(machine: machine, seed: 5, focus: .outcome(outcome))
    #expect(course.exercises.count == Course.minimumDefaultLength)
    #expect(course.exercises.allSatisfy { $0.outcome == outcome })
    // Different paths to it while there are any left.
    #expect(Set(course.exercises.map(\.source)).count == course.exercises.count)
    let opening = TrainingSession(machine: machine, course: course, presentation: TrainingFixture.plain, pseudonym: TrainingFixture.trainee)
      .start().lines.joined(separator: " ")
    #expect(opening.contains("This course practises the outcome \u{201C}Not routine, unless a route applies: find out which\u{201D}: 5 exercises, about 6 minutes."))
  }

  @Test func aCourseFocusedOnAClausePractisesTheOutcomesThatRestOnIt() throws {
    let clause = try #require(policy.clause("what-each-treats"))
    let course = Course(machine: machine, count: 30, seed: 6, focus: .clause(clause))
    let resting = policy.outcomes.filter { $0.clauses.contains(clause.id) }
    #expect(Set(course.exercises.map(\.outcome.id)) == Set(resting.map(\.id)))
    #expect(Course(machine: machine, seed: 6, focus: .clause(clause)).exercises.count == max(resting.count, Course.minimumDefaultLength))
  }
}

@Suite struct PredictionScreenTests {
  @Test func theStoryAndTheOutcomesOfferedFitAboveThePromptAt80By24() {
    let narrow = Presentation(width: 80, style: .plain)
    for seed in 1...5 {
      var training = TrainingSession(
        machine: TrainingFixture.machine, course: Course(machine: TrainingFixture.machine, seed: UInt64(seed)), presentation: narrow,
        pseudonym: TrainingFixture.trainee)
      _ = training.start()
      while let exercise = training.currentExercise {
        var reply = Reply()
        while let question = training.currentQuestion { reply = training.handle(exercise.story.answer(to: question.id)!) }
        #expect(training.phase == .predicting)
        #expect(reply.lines.count <= TrainingSession.screenLines, "seed \(seed), exercise \(exercise.number): \(reply.lines.count) lines")
        #expect(reply.lines.contains("The story"))
        #expect(training.handle("").lines.count <= TrainingSession.screenLines)
        #expect((3...TrainingSession.maximumChoices).contains(training.choices.count), "seed \(seed), exercise \(exercise.number)")
        #expect(training.choices.contains(exercise.outcome))
        // The outcome a changed answer to the story's latest question reaches: the easiest to mistake for it.
        let situation = Dictionary(exercise.story.facts.map { ($0.question, $0.answer) }, uniquingKeysWith: { first, _ in first })
        if let nearest = StoryReasoning(machine: TrainingFixture.machine, situation: situation).outcomesOneAnswerAway().first {
          #expect(training.choices.contains(nearest), "seed \(seed), exercise \(exercise.number)")
        }
        _ = training.handle(exercise.outcome.id)
        _ = training.handle("")
      }
    }
  }
}
