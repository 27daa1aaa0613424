import ArgumentParser
import Guidance
import PolicyEngine

/// `second-opinion paths`: every distinct path to an outcome.
struct PathsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "paths",
    abstract: "List every distinct path (question -> answers) to an outcome, and count them.",
    discussion: """
      Answers that lead the same way are listed together; "any" means every answer to that \
      question leads the same way.
      """)

  @OptionGroup var policyOption: PolicyOption

  func run() throws {
    let (_, machine) = try policyOption.load()
    Output.standardOutput.write(lines: pathLines(machine, style: Output.standardOutput.textStyle))
  }
}
