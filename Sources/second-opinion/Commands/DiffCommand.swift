import ArgumentParser
import Guidance
import PolicyEngine

/// `second-opinion diff OLD NEW`: what a change to the policy file changes for callers.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Compare two versions of a policy over every situation a caller can be in.",
    discussion: """
      Lists the situations whose outcome changed, as conditions on the answers with how many \\
      combinations each holds, worked out over every combination without listing them; then \\
      the questions, answers, outcomes and clauses added, removed or reworded, with the words \\
      that changed. Exit status: 0 nothing shown on calls changed, 1 something did, 2 bad \\
      usage, a file that cannot be read, or a policy with defects.
      """)

  @Argument(help: ArgumentHelp("The policy before the change.", valueName: "old"), completion: .file(extensions: ["yaml", "yml"]))
  var old: String

  @Argument(help: ArgumentHelp("The policy after the change.", valueName: "new"), completion: .file(extensions: ["yaml", "yml"]))
  var new: String

  @Flag(help: "Print JSON.")
  var json = false

  func run() throws {
    let before = try Frontend.loadPolicyToCompare(old, role: "the policy", showingDefects: true)
    let after = try Frontend.loadPolicyToCompare(new, role: "the policy", showingDefects: true)
    let diff = PolicyDiff(old: before, new: after)
    if json {
      Output.standardOutput.write(diffJSON(diff).text + "\n")
    } else {
      Output.standardOutput.write(lines: diff.lines(oldName: old, newName: new))
    }
    if diff.changesCalls { throw ExitCode(.failure) }
  }
}
