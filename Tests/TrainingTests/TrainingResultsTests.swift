import Anonymiser
@testable import Guidance
import PolicyEngine
import Testing
import Transcripts

@testable import Training

@Suite struct TrainingResultsTests {
  /// A course of three played by a trainee who gets the first exercise's prediction wrong.
  func playedResults() -> (TrainingSession, TrainingResults) {
    var training = TrainingSession(
      machine: TrainingFixture.machine, course: Course(machine: TrainingFixture.machine, count: 3, seed: 21), presentation: TrainingFixture.plain,
      pseudonym: TrainingFixture.trainee)
    _ = training.start()
    let wrong = TrainingFixture.machine.policy.outcomes.first { $0.id != training.currentExercise!.outcome.id }!
    _ = training.playCurrentExercise(predicting: wrong.id)
    _ = training.handle("")
    _ = training.playCurrentExercise()
    return (training, training.results(date: "2026-12-01"))
  }

  @Test func resultsHoldTheDayThePseudonymTheSeedAndTheScore() {
    let (_, results) = playedResults()
    let text = results.text
    #expect(text.hasSuffix("}\n"))
    #expect(text.contains("\"date\": \"2026-12-01\""))
    #expect(text.contains("\"trainee\": \"trainee-1234\""))
    #expect(text.contains("\"seed\": 21"))
    #expect(text.contains("\"exercises-planned\": 3"))
    #expect(text.contains("\"exercises-done\": 2"))
    #expect(text.contains("\"predictions-right\": 1"))
    #expect(text.contains("\"prediction-right\": false"))
  }

  @Test func resultsHoldNoStoryTextAndNothingPersonal() {
    let (training, results) = playedResults()
    let text = results.text
    for exercise in training.course.exercises {
      for sentence in exercise.story.sentences { #expect(!text.contains(sentence.text)) }
    }
    for line in text.split(separator: "\n") where !line.contains("\"date\"") {
      #expect(Scrubber().findings(in: String(line)).isEmpty, "\(line)")
    }
  }

  @Test func aDepartureIsSavedByIdsWithWhatItDid() {
    var training = TrainingSession(
      machine: TrainingFixture.machine, course: TrainingFixture.course(through: ["treating-centre": "elsewhere-uk", "wanted-at": "london-sarcoma-service"]),
      presentation: TrainingFixture.plain, pseudonym: TrainingFixture.trainee)
    _ = training.start()
    _ = training.handle("1")
    _ = training.handle("uclh")
    _ = training.handle("lss")
    _ = training.handle("seen-from-elsewhere")
    let text = training.results(date: "2026-12-01").text
    #expect(text.contains("\"question\": \"treating-centre\""))
    #expect(text.contains("\"story\": \"elsewhere-uk\""))
    #expect(text.contains("\"given\": \"uclh\""))
    #expect(text.contains("\"effect\": \"changed-outcome\""))
    #expect(text.contains("\"leads-to\": \"within-london-sarcoma-service\""))
  }

  @Test func aPseudonymThatLooksLikeANameIsRefused() {
    for name in ["jane", "Sarah", "jane.smith", "jane-smith", "john_smith", "sarah-2"] {
      #expect(throws: PseudonymProblem.looksPersonal(name, kind: .name), "\(name)") { try Pseudonym(checking: name) }
    }
  }

  @Test func aPseudonymMustBeAShortHandle() {
    #expect(throws: PseudonymProblem.empty) { try Pseudonym(checking: "") }
    #expect(throws: PseudonymProblem.characters("Jane Smith")) { try Pseudonym(checking: "Jane Smith") }
    #expect(throws: PseudonymProblem.characters("-owl")) { try Pseudonym(checking: "-owl") }
    #expect(throws: PseudonymProblem.tooLong(String(repeating: "x", count: 33))) { try Pseudonym(checking: String(repeating: "x", count: 33)) }
    #expect(throws: (any Error).self) { try Pseudonym(checking: "07700900461") }
    #expect(PseudonymProblem.looksPersonal("jane", kind: .name).description.contains("looks like a person's name"))
  }

  @Test func handlesAndRandomPseudonymsAreAccepted() throws {
    for name in ["trainee-4821", "blue-heron-7", "owl", "desk.3", "new_starter_2"] {
      #expect(try Pseudonym(checking: name).text == name)
    }
    var random = SeededRandom(seed: 4)
    for _ in 0..<50 {
      let pseudonym = Pseudonym.random(using: &random)
      #expect(pseudonym.text.hasPrefix("trainee-") && pseudonym.text.count == 12)
      #expect(try Pseudonym(checking: pseudonym.text) == pseudonym)
    }
  }
}
