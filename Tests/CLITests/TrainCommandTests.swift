import Foundation
import TestSupport
import Testing

/// `second-opinion train` and `train report`, run as a shell runs them, with piped courses.
@Suite struct TrainCommandTests {
  /// The output with its lines joined by spaces, so a sentence can be found wherever the
  /// 80-column wrapping broke it.
  private func flowing(_ text: String) -> String {
    text.split(separator: "\n").joined(separator: " ")
  }

  /// Input that plays any course to its end: the first answer to each question, the first
  /// outcome offered, and Enter for the next exercise (an empty line changes nothing
  /// while answering or predicting).
  private static let firstChoices = String(repeating: "1\n\n", count: 120)

  /// Takes a piped course of `count` with `seed` as `trainee`, saving the results in
  /// the sandbox's work folder as `file`.
  private func takeCourse(_ sandbox: Sandbox, trainee: String, seed: Int, count: Int, file: String) async throws -> ChildProcess.Result {
    try await sandbox.run(
      ["train", "--count", String(count), "--seed", String(seed), "--results", sandbox.path(file), "--as", trainee],
      input: Self.firstChoices)
  }

  @Test func aPipedCourseSaysHowLongItIsAndWhatItCovered() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(["train", "--seed", "7"], input: Self.firstChoices)
    #expect(result.status == .exited(0))
    let output = flowing(result.output)
    #expect(output.contains("This course: 20 exercises, about 25 minutes, covering all 20 outcomes of the policy and all 13 clauses."))
    #expect(output.contains("Course finished: 20 exercises done."))
    #expect(output.contains("Covered: 20 of the policy's 20 outcomes, and 13 of its 13 clauses."))
    #expect(!output.contains("Exercise 21"))
  }

  @Test func theReportCombinesTheResultsOfAClassAsTextAndCSV() async throws {
    let sandbox = try Sandbox()
    for (trainee, file) in [("owl-3", "owl.json"), ("blue-heron-7", "heron.json"), ("desk-3", "desk.json")] {
      let course = try await takeCourse(sandbox, trainee: trainee, seed: 21, count: 3, file: file)
      #expect(course.status == .exited(0))
      #expect(course.outputLines.last == "Results saved in \(sandbox.path(file)) under the pseudonym \(trainee).")
    }
    let report = try await sandbox.run(["train", "report", "owl.json", "heron.json", "desk.json"], directory: sandbox.work.path)
    #expect(report.status == .exited(0))
    #expect(report.errors == "")
    #expect(report.outputLines.prefix(2) == ["Training report: 3 trainees, 3 results files, 9 exercises marked.", "Course: seed 21, 3 exercises; policy london-sarcoma-second-opinions 1.1.0."])
    #expect(report.outputLines.contains("Trainees"))
    for trainee in ["blue-heron-7", "desk-3", "owl-3"] {
      // Everyone gave the same answers, and a piped course takes under a minute.
      #expect(report.outputLines.contains { $0.hasPrefix(trainee + " ") && $0.hasSuffix("under 1 min") }, "\(trainee)")
    }
    #expect(report.outputLines.contains("Outcomes missed: exercises of each outcome in which another was expected"))
    #expect(report.outputLines.contains("Questions most often answered differently from the story"))

    let csv = try await sandbox.run(["train", "report", "--csv", "."], directory: sandbox.work.path)
    #expect(csv.status == .exited(0))
    #expect(csv.outputLines.first == "dimension,key,label,count,of,share")
    #expect(csv.outputLines[1] == "course,21/3,\"seed 21, 3 exercises\",3,3,100%")
    #expect(csv.outputLines.contains { $0.hasPrefix("trainee-seconds,owl-3,,") })
    #expect(csv.outputLines.contains { $0.hasPrefix("question-differed,asker,Who is calling?,") })
  }

  @Test func theReportSaysWhenTraineesTookDifferentCourses() async throws {
    let sandbox = try Sandbox()
    _ = try await takeCourse(sandbox, trainee: "owl-3", seed: 21, count: 3, file: "a.json")
    _ = try await takeCourse(sandbox, trainee: "desk-3", seed: 22, count: 2, file: "b.json")
    let report = try await sandbox.run(["train", "report", "a.json", "b.json"], directory: sandbox.work.path)
    #expect(report.status == .exited(0))
    #expect(
      flowing(report.output).contains(
        "Note: the trainees did not all take the same course: seed 21, 3 exercises (1 file); seed 22, 2 exercises (1 file)."))
  }

  @Test func aBadResultsFileIsReportedByPlaceNeverQuotedAndLeftOut() async throws {
    let sandbox = try Sandbox()
    _ = try await takeCourse(sandbox, trainee: "owl-3", seed: 21, count: 2, file: "good.json")
    try FileSystem.write("Jane Smith, 07700 900461, rang about her scan\n", to: sandbox.path("notes.json"))
    let saved = try #require(FileSystem.readText(sandbox.path("good.json")))
    try FileSystem.write(saved.replacingOccurrences(of: "\"owl-3\"", with: "\"Jane Smith\""), to: sandbox.path("named.json"))
    let report = try await sandbox.run(["train", "report", "good.json", "notes.json", "named.json"], directory: sandbox.work.path)
    #expect(report.status == .exited(1))
    #expect(
      report.errorLines == [
        "notes.json:1:1: error: expected a value (text in double quotes, a number, true, false, null, a list or an object), found other characters; left out",
        "named.json:5:14: error: 'trainee' is not a pseudonym such as trainee-4821 (it may be a name), so these results are not reported; left out",
      ])
    #expect(report.outputLines.first == "Training report: 1 trainee, 1 results file, 2 exercises marked.")
    #expect(!report.output.contains("Jane") && !report.errors.contains("Jane") && !report.errors.contains("07700"))

    let none = try await sandbox.run(["train", "report", "notes.json"], directory: sandbox.work.path)
    #expect(none.status == .exited(1))
    #expect(none.errorLines.last == "error: no results to report: none of the files given could be read as training results")
    #expect(none.output == "")
    let missing = try await sandbox.run(["train", "report", "absent.json"], directory: sandbox.work.path)
    #expect(missing.status == .exited(2))
  }

  @Test func anUnknownFocusIsRefusedWithTheNearestOne() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(["train", "--focus", "not-rutine"])
    #expect(result.status == .exited(2))
    #expect(
      result.errorLines == [
        "error: --focus: \u{201C}not-rutine\u{201D} is neither an outcome nor a clause of the policy; did you mean 'not-routine'? (give an outcome's id or the beginning of its title, or a clause's id)"
      ])
    let focused = try await sandbox.run(["train", "--focus", "Review at the other", "--seed", "3"], input: Self.firstChoices)
    #expect(focused.status == .exited(0))
    #expect(flowing(focused.output).contains("This course practises the outcome \u{201C}Review at the other service's MDT meeting\u{201D}: 5 exercises, about 6 minutes."))
  }

  @Test func trainHelpListsTheReport() async throws {
    let sandbox = try Sandbox()
    let help = try await sandbox.run(["train", "--help"])
    #expect(help.status == .exited(0))
    #expect(help.output.contains("\n  report                  Combine trainees' results files into a report for the\n                          trainer.\n"))
    #expect(help.output.contains("\nUSAGE: second-opinion train [--count <n>] [--seed <n>]"))
    #expect(help.output.contains("\n       second-opinion train report <results> ... [--csv] [--policy <file>]\n"))
    #expect(help.output.contains("--focus <outcome-or-clause>"))
    let reportHelp = try await sandbox.run(["train", "report", "--help"])
    #expect(reportHelp.status == .exited(0))
    #expect(reportHelp.output.contains("USAGE: second-opinion train report <results> ... [--csv] [--policy <file>]"))
  }
}
