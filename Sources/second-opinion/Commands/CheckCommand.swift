import ArgumentParser
import Guidance
import PolicyEngine

/// `second-opinion check [FILE]`: validates a policy file.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check a policy file: its YAML, its ids, and that every combination of answers reaches exactly one outcome.",
    discussion: """
      Proves, without trying every combination of answers one by one, that every combination \
      reaches exactly one outcome, that no rule is shadowed by earlier ones, that every outcome \
      can be reached and every question is asked on some path, and that every id referred to exists; \
      then counts the states and distinct paths of the policy's state machine.
      Exit status: 0 clean (warnings allowed), 1 the policy has defects (all are listed), \
      2 bad usage or a file that cannot be read.
      """)

  @Argument(help: ArgumentHelp("The policy file (default: the built-in policy).", valueName: "file"), completion: .file(extensions: ["yaml", "yml"]))
  var file: String?

  func run() throws {
    let document = try loadDocument(file)
    let check = PolicyCheck(document.policy)
    let diagnostics = document.diagnostics(for: check.defects)
    report(diagnostics)
    let name = file ?? PolicyDocument.embeddedName
    if check.hasErrors {
      Output.standardError.write("\(name): \(diagnosticTally(diagnostics))\n")
      throw ExitCode(ExitStatus.failure)
    }
    let policy = document.policy
    var summary = "\(name): ok: \(counted(policy.questions.count, "question")), \(counted(policy.outcomes.count, "outcome")), "
    summary += "\(counted(policy.rules.count, "rule")), \(counted(policy.clauses.count, "clause")); "
    summary += "every combination of answers reaches exactly one outcome"
    if let machine = try? StateMachine(check) { summary += "; \(machine.size().description)" }
    if !diagnostics.isEmpty { summary += " (\(diagnosticTally(diagnostics)))" }
    Output.standardOutput.write(summary + "\n")
  }
}
