import ArgumentParser
import Guidance
import PolicyEngine
import Training

/// `second-opinion train report RESULTS...`: how a class is doing, from its results files.
struct TrainReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Combine trainees' results files into a report for the trainer.",
    discussion: """
      Reads results files saved with `train --results` (and every .json file in a folder \\
      given) and shows each trainee's score and time, by pseudonym; for each outcome and \\
      each clause, the share of exercises that missed it across the class; and the \\
      questions most often answered differently from the story. It says when trainees \\
      took different courses or policy versions. A file that cannot be read as results is \\
      reported by place and kind of problem, never its text, and left out. Exit status: \\
      0 every file reported, 1 a file was left out, 2 bad usage or a file or policy that \\
      cannot be read.
      """)

  /// The largest results file read; a course of 200 exercises saves far less.
  static let maximumSize = 4 << 20

  @Argument(help: ArgumentHelp("Results files, or folders to search for .json files.", valueName: "results"), completion: .file())
  var paths: [String]

  @Flag(help: "Print CSV, one row per course, trainee score, outcome, clause and question, instead of the text tables.")
  var csv = false

  @OptionGroup var policyOption: PolicyOption

  func validate() throws {
    if paths.isEmpty { throw ValidationError("give at least one results file or folder") }
  }

  func run() throws {
    let policy = try policyOption.load().policy
    var results: [SavedResults] = []
    var leftOut: [Diagnostic] = []
    for file in try Frontend.listing(in: paths, withExtension: "json").files {
      let contents = try Frontend.readFile(file, limit: Self.maximumSize)
      guard contents.size <= Self.maximumSize else {
        leftOut.append(
          Diagnostic(
            .error, "the file is too large to be training results (over \(Self.maximumSize >> 20) MB); left out",
            at: SourceLocation(file: file, line: 1, column: 1)))
        continue
      }
      do {
        results.append(try SavedResults(parsing: contents.bytes, file: file))
      } catch {
        var diagnostic = error
        diagnostic.message += "; left out"
        leftOut.append(diagnostic)
      }
    }
    Frontend.report(leftOut)
    guard !results.isEmpty else {
      Frontend.reportError("no results to report: none of the files given could be read as training results")
      throw ExitCode(.failure)
    }
    let report = TrainingReport(results: results, policy: policy)
    Output.standardOutput.write(csv ? report.csv : report.text())
    if !leftOut.isEmpty { throw ExitCode(.failure) }
  }
}
