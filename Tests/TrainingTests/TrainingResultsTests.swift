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

@Suite struct SavedResultsTests {
  /// The results of a course of `count` with `seed`, played by `trainee`, who expects the
  /// wrong outcome in the exercises numbered in `wrongPredictions` and answers the first
  /// question wrongly in those in `wrongAnswers`.
  static func results(
    trainee: String, seed: UInt64, count: Int = 3, wrongPredictions: Set<Int> = [], wrongAnswers: Set<Int> = [], seconds: Int? = 600
  ) -> TrainingResults {
    let machine = TrainingFixture.machine
    var training = TrainingSession(
      machine: machine, course: Course(machine: machine, count: count, seed: seed), presentation: TrainingFixture.plain,
      pseudonym: try! Pseudonym(checking: trainee))
    _ = training.start()
    while let exercise = training.currentExercise {
      if wrongAnswers.contains(exercise.number) {
        let story = exercise.story.answer(to: "asker")
        _ = training.handle(story == "patient" ? "family" : "patient")
      }
      let wrong = machine.policy.outcomes.first { $0.id != exercise.outcome.id && $0.id != "check-exceptions" }!
      _ = training.playCurrentExercise(predicting: wrongPredictions.contains(exercise.number) ? wrong.id : nil)
      _ = training.handle("")
    }
    return training.results(date: "2026-12-01", secondsTaken: seconds)
  }

  static func read(_ text: String, file: String = "r.json") throws(Diagnostic) -> SavedResults {
    try SavedResults(parsing: Array(text.utf8), file: file)
  }

  /// The diagnostic reading `text` gives, as printed.
  static func problem(_ text: String) -> String? {
    do {
      _ = try read(text)
      return nil
    } catch {
      return error.description
    }
  }

  @Test func resultsReadBackAsTheyWereSaved() throws {
    let saved = Self.results(trainee: "owl-3", seed: 21, wrongPredictions: [1], wrongAnswers: [2], seconds: 754)
    let text = saved.text
    #expect(text.contains("\"format-version\": 2"))
    #expect(text.contains("\"seconds-taken\": 754"))
    #expect(text.contains("\"focus\": null"))
    let read = try Self.read(text)
    #expect(read.trainee == "owl-3" && read.date == "2026-12-01" && read.seed == "21" && read.focus == nil)
    #expect(read.policyID == "london-sarcoma-second-opinions" && read.policyVersion == "1.1.0")
    #expect(read.exercisesPlanned == 3 && read.secondsTaken == 754 && read.exercises.count == 3)
    #expect(read.exercises.map(\.predictionRight) == [false, true, true])
    #expect(read.exercises.map(\.answersRight) == [true, false, true])
    #expect(read.exercises[1].differing == ["asker"])
    #expect(read.exercises[0].questions.first == "asker")
    #expect(read.exercises[0].clauses == saved.score.markings[0].rightOutcome.clauses)
    #expect(read.exercises[0].clausesMissed == saved.score.markings[0].clausesToRevisit(in: TrainingFixture.machine.policy))
    #expect(read.course == "seed 21, 3 exercises")
  }

  @Test func aBadFileIsReportedAtItsPlaceWithWhatWasExpected() throws {
    let good = Self.results(trainee: "owl-3", seed: 21).text
    #expect(Self.problem("") == "r.json:1:1: error: expected a value, found the end of the file")
    #expect(Self.problem("{\"format\": nope}") == "r.json:1:12: error: expected a value (text in double quotes, a number, true, false, null, a list or an object)")
    #expect(Self.problem("[1, 2]") == "r.json:1:1: error: expected the results as an object in braces, found a list")
    #expect(Self.problem("{\"format\": \"notes\"}") == "r.json:1:12: error: this is not a training results file: its 'format' is not \u{201C}second-opinion training results\u{201D}")
    #expect(Self.problem("{}") == "r.json:1:1: error: this is not a training results file: it has no 'format'")
    #expect(
      Self.problem(String(good.dropLast(2)))
        == "r.json:\(good.split(separator: "\n").count):1: error: expected a comma or the end of the object, found the end of the file")
    #expect(
      Self.problem(good.replacingOccurrences(of: "\"format-version\": 2", with: "\"format-version\": 1"))
        == "r.json:3:21: error: these results were saved by an earlier version of second-opinion (format 1), which did not keep what the report needs; the course can be taken again")
    #expect(Self.problem(good.replacingOccurrences(of: "\"seed\": 21", with: "\"seed\": 2.5")) == "r.json:6:11: error: expected a whole number")
    #expect(
      Self.problem(good.replacingOccurrences(of: "\"seed\": 21", with: "\"seed\": [21]")) == "r.json:6:11: error: 'seed' must be a whole number")
    #expect(
      Self.problem(good.replacingOccurrences(of: "\"exercises-done\": 3", with: "\"exercises-done\": 2"))
        == "r.json:13:21: error: 'exercises-done' does not match the exercises listed and planned")
    #expect(Self.problem(good.replacingOccurrences(of: "\"date\": \"2026-12-01\"", with: "\"date\": \"2026-02-30\"")) == "r.json:4:11: error: 'date' must be a day written YYYY-MM-DD")
    let invalid = Array("{\"format\": \"".utf8) + [0xC3, 0x28] + Array("\"}".utf8)
    #expect(throws: Diagnostic(.error, "the file is not UTF-8 text: byte 0x28 cannot continue the character that byte 0xC3 starts", at: SourceLocation(file: "r.json", line: 1, column: 13))) {
      try SavedResults(parsing: invalid, file: "r.json")
    }
  }

  @Test func aProblemNeverQuotesWhatTheFileHolds() {
    let good = Self.results(trainee: "owl-3", seed: 21).text
    let named = good.replacingOccurrences(of: "\"trainee\": \"owl-3\"", with: "\"trainee\": \"Jane Smith 07700 900461\"")
    let problem = Self.problem(named)
    #expect(problem == "r.json:5:14: error: 'trainee' is not a pseudonym such as trainee-4821 (it may be a name), so these results are not reported")
    let outcome = good.replacingOccurrences(of: "\"outcome\": \"", with: "\"outcome\": \"Jane Smith ")
    #expect(Self.problem(outcome)?.contains("Jane") == false)
    #expect(Self.problem(outcome)?.hasSuffix("error: 'outcome' must hold ids of the policy (lower-case letters, digits and hyphens), found other text") == true)
    let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
    #expect(Self.problem(deep) == "r.json:1:33: error: objects and lists are nested too deeply for a results file")
  }
}

@Suite struct TrainingReportTests {
  /// Three trainees on the same course of three: one expected a wrong outcome in the
  /// first exercise, one answered a question wrongly in the second, one got all right
  /// and was not timed.
  static func classResults() throws -> [SavedResults] {
    try [
      SavedResultsTests.results(trainee: "owl-3", seed: 21, wrongPredictions: [1], seconds: 754),
      SavedResultsTests.results(trainee: "blue-heron-7", seed: 21, wrongAnswers: [2], seconds: 1500),
      SavedResultsTests.results(trainee: "desk-3", seed: 21, seconds: nil),
    ].enumerated().map { try SavedResultsTests.read($1.text, file: "r\($0).json") }
  }

  @Test func theTextGivesEachTraineeAndWhatTheClassMissed() throws {
    let report = TrainingReport(results: try Self.classResults(), policy: TrainingFixture.machine.policy)
    #expect(
      report.text() == """
        Training report: 3 trainees, 3 results files, 9 exercises marked.
        Course: seed 21, 3 exercises; policy london-sarcoma-second-opinions 1.1.0.

        Trainees
                      exercises  answers right  predictions right       time
        blue-heron-7     3 of 3        2   67%            3  100%     25 min
        desk-3           3 of 3        3  100%            3  100%  not timed
        owl-3            3 of 3        3  100%            2   67%     13 min

        Outcomes missed: exercises of each outcome in which another was expected
                                                               missed  of  share
        Not yet under a sarcoma specialist centre                   1   3    33%
        A second opinion outside the London services                0   3     0%
        Treated elsewhere, so the London services do see them       0   3     0%

        Clauses missed: exercises resting on each clause in which it was missed
                                        missed  of  share
        second-opinions-are-reasonable       1   3    33%
        support-line-informs                 1   9    11%
        what-each-treats                     0   3     0%
        patients-from-elsewhere              0   3     0%
        support-line-limits                  0   9     0%
        support-line-outside-london          0   3     0%

        Questions most often answered differently from the story
                                        differed  answered  share
        Who is calling?                        1         9    11%

        """)
  }

  @Test func theCSVHasARowForEveryCourseTraineeOutcomeClauseAndQuestion() throws {
    let report = TrainingReport(results: try Self.classResults(), policy: TrainingFixture.machine.policy)
    #expect(
      report.csv == """
        dimension,key,label,count,of,share
        course,21/3,"seed 21, 3 exercises",3,3,100%
        policy-version,london-sarcoma-second-opinions@1.1.0,london-sarcoma-second-opinions 1.1.0,3,3,100%
        trainee-answers-right,blue-heron-7,,2,3,67%
        trainee-predictions-right,blue-heron-7,,3,3,100%
        trainee-seconds,blue-heron-7,,1500,,
        trainee-answers-right,desk-3,,3,3,100%
        trainee-predictions-right,desk-3,,3,3,100%
        trainee-seconds,desk-3,,,,
        trainee-answers-right,owl-3,,3,3,100%
        trainee-predictions-right,owl-3,,2,3,67%
        trainee-seconds,owl-3,,754,,
        outcome-missed,not-yet-under-specialist,Not yet under a sarcoma specialist centre,1,3,33%
        outcome-missed,outside-london,A second opinion outside the London services,0,3,0%
        outcome-missed,seen-from-elsewhere,"Treated elsewhere, so the London services do see them",0,3,0%
        clause-missed,second-opinions-are-reasonable,,1,3,33%
        clause-missed,support-line-informs,,1,9,11%
        clause-missed,what-each-treats,,0,3,0%
        clause-missed,patients-from-elsewhere,,0,3,0%
        clause-missed,support-line-limits,,0,9,0%
        clause-missed,support-line-outside-london,,0,3,0%
        question-differed,asker,Who is calling?,1,9,11%
        question-differed,treating-centre,Treated where now?,0,9,0%
        question-differed,wanted-at,Second opinion where?,0,6,0%

        """)
  }

  @Test func theReportSaysWhenTraineesTookDifferentCoursesOrPolicyVersions() throws {
    var results = try Self.classResults()
    results.append(
      try SavedResultsTests.read(
        SavedResultsTests.results(trainee: "owl-3", seed: 22, count: 5).text.replacingOccurrences(of: "\"version\": \"1.1.0\"", with: "\"version\": \"1.0.0\""),
        file: "late.json"))
    let text = TrainingReport(results: results, policy: TrainingFixture.machine.policy).text()
    #expect(
      text.hasPrefix("""
        Training report: 3 trainees, 4 results files, 14 exercises marked.
        Note: the trainees did not all take the same course: seed 21, 3 exercises (3
        files); seed 22, 5 exercises (1 file).
        Note: the results were saved under different versions of the policy:
        london-sarcoma-second-opinions 1.1.0 (3 files); london-sarcoma-second-opinions
        1.0.0 (1 file).
        Outcomes and questions are named as in london-sarcoma-second-opinions 1.1.0.

        Trainees
                      exercises  answers right  predictions right       time
        blue-heron-7     3 of 3        2   67%            3  100%     25 min
        desk-3           3 of 3        3  100%            3  100%  not timed
        owl-3            8 of 8        8  100%            7   88%     23 min

        """))
  }
}
