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
