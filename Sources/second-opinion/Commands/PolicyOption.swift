import ArgumentParser
import PolicyEngine

/// The `--policy FILE` option shared by the commands that run the policy.
struct PolicyOption: ParsableArguments {
  @Option(
    name: .long, help: ArgumentHelp("A policy file to use instead of the one built in.", valueName: "file"),
    completion: .file(extensions: ["yaml", "yml"]))
  var policy: String?

  /// The policy, checked and compiled; see ``Frontend/loadPolicy(_:)``.
  func load() throws -> CompiledPolicy {
    try Frontend.loadPolicy(policy)
  }
}
