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
      then counts the states and distinct paths of the policy's state machine. With --since, \
      also compares the policy with an earlier release of it: when what calls are told changed, \
      the version must rise and the changes list must say why.
      Exit status: 0 clean (warnings allowed), 1 the policy has defects (all are listed), \
      2 bad usage or a file that cannot be read.
      """)

  @Argument(help: ArgumentHelp("The policy file (default: the built-in policy).", valueName: "file"), completion: .file(extensions: ["yaml", "yml"]))
  var file: String?

  @Option(
    help: ArgumentHelp("An earlier release of the policy file to compare with.", valueName: "old"),
    completion: .file(extensions: ["yaml", "yml"]))
  var since: String?

  func run() throws {
    let document = try Frontend.loadDocument(file)
    let name = file ?? PolicyDocument.embeddedName
    let compiled: CompiledPolicy
    switch CompiledPolicy.compile(document) {
    case .success(let success): compiled = success
    case .failure(let failure):
      Frontend.report(failure.diagnostics)
      Output.standardError.write("\(name): \(diagnosticTally(failure.diagnostics))\n")
      throw ExitCode(.failure)
    }
    var diagnostics = compiled.warnings
    var release: (ReleaseCheck, PolicyIdentity)?
    if let since {
      let old = try Frontend.loadPolicyToCompare(since, role: "the earlier release", showingDefects: false)
      let compared = ReleaseCheck(document.policy, since: old)
      diagnostics += document.diagnostics(for: compared.defects)
      release = (compared, old.identity)
      if compared.defects.contains(where: { $0.severity == .error }) {
        Frontend.report(diagnostics)
        Output.standardError.write("\(name): \(diagnosticTally(diagnostics))\n")
        throw ExitCode(.failure)
      }
    }
    Frontend.report(diagnostics)
    let policy = document.policy
    var summary = "\(name): ok: \(counted(policy.questions.count, "question")), \(counted(policy.outcomes.count, "outcome")), "
    summary += "\(counted(policy.rules.count, "rule")), \(counted(policy.clauses.count, "clause")); "
    summary += "every combination of answers reaches exactly one outcome"
    summary += "; \(compiled.machine.size().description)"
    if let (compared, old) = release, let since {
      summary += "; since \(since) (\(old.version)): "
      summary += compared.diff.changesCalls ? "calls change, and changes says why in \(policy.identity.version)" : "nothing shown on calls changed"
    }
    if !diagnostics.isEmpty { summary += " (\(diagnosticTally(diagnostics)))" }
    Output.standardOutput.write(summary + "\n")
  }
}
