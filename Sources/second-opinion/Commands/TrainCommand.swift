import ArgumentParser
import Guidance
import LineEditing
import Training
import PolicyEngine
import Transcripts

/// `second-opinion train`: practice sessions for new Support Line staff.
struct TrainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train",
    abstract: "Practise the policy on callers told as stories: a course of exercises for new staff.",
    usage: """
      second-opinion train [--count <n>] [--seed <n>] [--focus <outcome-or-clause>] [--from <folder>] [--results <file>] [--as <name>] [--policy <file>]
      second-opinion train report <results> ... [--csv] [--policy <file>]
      """,
    discussion: """
      Each exercise tells a caller's situation as a short story. Conduct the guided session \
      from it as in a call; when the answers reach an outcome, say which outcome you expect. \
      Each exercise is then marked: the right outcome, the clause that decides it, which \
      answer of the story rules a wrong prediction out, and any answer that differs from \
      the story, with why it matters. The default course has one exercise for every \
      outcome, easier exercises first; a longer one goes round again with harder ones. A \
      seed fixes the order, so a shorter course is the start of a longer one with the same \
      seed. The course ends with a score, what it covered and the clauses to revisit. \
      Practice is never recorded as a call: no transcript is written. With --results, the \
      score is saved under a pseudonym, never a real name; `train report` combines the \
      results of a class.
      """,
    subcommands: [TrainReportCommand.self])

  @OptionGroup var policyOption: PolicyOption

  @Option(help: ArgumentHelp("How many exercises (default: one for every outcome, at least 5).", valueName: "n"))
  var count: Int?

  @Option(
    help: ArgumentHelp(
      "Practise one outcome (its id or the beginning of its title) or one clause (its id).", valueName: "outcome-or-clause"))
  var focus: String?

  @Option(help: ArgumentHelp("The seed that chooses the exercises; the same seed gives the same course (default: random, and shown).", valueName: "n"))
  var seed: UInt64?

  @Option(
    name: .customLong("from"),
    help: ArgumentHelp("Make the exercises from the recorded calls in this folder instead of from the policy's paths.", valueName: "folder"),
    completion: .directory)
  var recordedCalls: String?

  @Option(
    name: .customLong("results"),
    help: ArgumentHelp("Save the score to this file (JSON, owner-only), replacing it.", valueName: "file"),
    completion: .file())
  var resultsFile: String?

  @Option(
    name: .customLong("as"),
    help: ArgumentHelp("The pseudonym the results are saved under (default: a random one such as trainee-4821). Never a real name.", valueName: "name"))
  var pseudonym: String?

  func validate() throws {
    if let count, !(1...200).contains(count) { throw ValidationError("--count must be a whole number from 1 to 200") }
    if let pseudonym {
      do {
        _ = try Pseudonym(checking: pseudonym)
      } catch {
        throw ValidationError("--as: \(error)")
      }
    }
  }

  func run() throws {
    let machine = try policyOption.load().machine
    let unworded = StoryWording.problems(for: machine.policy)
    if !unworded.isEmpty {
      Frontend.report([
        Diagnostic(
          .note,
          "the stories were written for the built-in policy; \(counted(unworded.count, "fact")) of this policy will be told plainly, as question and answer")
      ])
    }
    var generator = SystemRandomNumberGenerator()
    let name = try pseudonym.map { try Pseudonym(checking: $0) } ?? Pseudonym.random(using: &generator)
    try checkResultsFolder()
    let focused: CourseFocus?
    do {
      focused = try focus.map { text throws(CourseFocusProblem) in try CourseFocus(resolving: text, in: machine.policy) }
    } catch {
      Frontend.reportError(error.description)
      throw ExitCode(.usage)
    }
    let scenarios = try recordedCalls.map { try loadScenarios(from: $0, machine: machine) }
    let course = Course(
      machine: machine, count: count, seed: seed ?? UInt64.random(in: 1...999_999, using: &generator), scenarios: scenarios, focus: focused)
    var training = TrainingSession(machine: machine, course: course, presentation: Output.standardOutput.presentation, pseudonym: name)
    let started = ContinuousClock.now
    func secondsTaken() -> Int { Int((ContinuousClock.now - started).components.seconds) }
    let reader = makeLineReader()
    let opening = training.start()
    show(opening)
    if opening.quit { return try save(training, secondsTaken: secondsTaken()) }

    switch try runSession(&training, reader: reader) {
    case .quit:
      break
    case .endOfInput:
      show(training.stop())
    case .terminated(let termination):
      show(training.stop())
      try save(training, secondsTaken: secondsTaken())
      throw ExitCode(termination.conventionalExitStatus)
    }
    try save(training, secondsTaken: secondsTaken())
  }

  /// Proves the results file's folder takes new files, before the course begins.
  private func checkResultsFolder() throws {
    guard let resultsFile else { return }
    let parts = resultsFile.split(separator: "/", omittingEmptySubsequences: false)
    let folder = parts.count > 1 ? parts.dropLast().joined(separator: "/") : "."
    do {
      try Platform.checkWritable(folder.isEmpty ? "/" : folder)
    } catch {
      Frontend.reportError("the results cannot be saved: \(error). Give --results a file in a folder you can write.")
      throw ExitCode(.usage)
    }
  }

  /// Saves the results when --results was given; exits with status 1 when they cannot be.
  private func save(_ training: TrainingSession, secondsTaken: Int) throws {
    guard let resultsFile else { return }
    let results = training.results(date: Platform.today(), secondsTaken: secondsTaken)
    do {
      try Platform.writeAtomically(Array(results.text.utf8), to: resultsFile, mode: 0o600, replacing: true)
      Output.standardOutput.write("Results saved in \(resultsFile) under the pseudonym \(results.pseudonym).\n")
    } catch {
      Frontend.reportError("the results could not be saved: \(error).")
      throw ExitCode(.failure)
    }
  }

  /// The calls in a folder of transcripts that end with an outcome the current policy
  /// reaches. Unreadable files are reported and left out; exits with status 2 when none is left.
  private func loadScenarios(from folder: String, machine: StateMachine) throws -> [Scenario] {
    var scenarios: [Scenario] = []
    var leftOut = 0
    for file in try Frontend.transcriptFiles(in: [folder]) {
      let name = file.split(separator: "/").last.map(String.init) ?? file
      if let transcript = Frontend.readTranscript(file), let scenario = Scenario(transcript: transcript, name: name, machine: machine) {
        scenarios.append(scenario)
      } else {
        leftOut += 1
      }
    }
    guard !scenarios.isEmpty else {
      Frontend.reportError(
        "no transcript in \(folder) records a call that reaches an outcome under the current policy, so there is nothing to practise on.")
      throw ExitCode(.usage)
    }
    if leftOut > 0 {
      Frontend.report([
        Diagnostic(
          .note, "\(counted(leftOut, "transcript")) left out: unreadable, abandoned before an outcome, or not followable under the current policy.")
      ])
    }
    return scenarios
  }
}
