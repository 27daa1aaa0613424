import ArgumentParser

/// The `second-opinion` tool: with no arguments, the guided session on the embedded policy.
@main
struct SecondOpinion: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "second-opinion",
    abstract: "Guide Support Line staff through the London sarcoma services' second-opinion policy.",
    discussion: """
      With no subcommand, opens the guided session on the policy built into the tool. \
      The Support Line informs and guides; it never gives second opinions or refers patients.
      """,
    subcommands: [
      GuideCommand.self, CheckCommand.self, DiffCommand.self, DecideCommand.self, PathsCommand.self, GraphCommand.self,
      ReplayCommand.self, AuditCommand.self, ScrubCommand.self, TrainCommand.self, WalkthroughCommand.self,
    ],
    defaultSubcommand: GuideCommand.self
  )

  /// Runs the command, turning usage errors into exit status 2 (ArgumentParser's own is 64).
  static func main() {
    do {
      // With no arguments (how staff start it), go straight to the guided session:
      // parsing against every subcommand costs milliseconds of start-up.
      var command: ParsableCommand = CommandLine.arguments.count <= 1 ? try GuideCommand.parse([]) : try parseAsRoot()
      try command.run()
    } catch {
      if exitCode(for: error) == .validationFailure {
        Output.standardError.write(fullMessage(for: error) + "\n")
        Platform.exit(ExitStatus.usage)
      }
      exit(withError: error)
    }
  }
}

/// The exit statuses the tool uses, as documented in the README.
enum ExitStatus {
  static let success: Int32 = 0
  /// A policy with defects, a failed replay or audit.
  static let failure: Int32 = 1
  /// Bad usage, or a file that cannot be read.
  static let usage: Int32 = 2
}
