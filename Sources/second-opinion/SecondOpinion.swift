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
      ReplayCommand.self, ReportCommand.self, AuditCommand.self, ScrubCommand.self, TrainCommand.self, WalkthroughCommand.self,
    ],
    defaultSubcommand: GuideCommand.self
  )

  /// Runs the command, turning usage errors into exit status 2 (ArgumentParser's own is
  /// 64), and ends with status 1 and a message when standard output could not be written,
  /// as `cat` does, rather than claim success for output nobody received.
  static func main() {
    Platform.prepareProcess()
    var status: Int32 = 0
    do {
      // With no arguments (how staff start it), go straight to the guided session:
      // parsing against every subcommand costs milliseconds of start-up.
      var command: ParsableCommand = CommandLine.arguments.count <= 1 ? try GuideCommand.parse([]) : try parseAsRoot()
      try command.run()
    } catch let exit as ExitCode {
      status = exit.rawValue
    } catch {
      if exitCode(for: error) == .validationFailure {
        Output.standardError.write(fullMessage(for: error) + "\n")
        Platform.exit(ExitStatus.usage.rawValue)
      }
      exit(withError: error)
    }
    if let failure = Output.standardOutput.failure {
      Frontend.reportError("standard output could not be written: \(Platform.errorText(failure))")
      if status == 0 { status = ExitStatus.failure.rawValue }
    }
    Platform.exit(status)
  }
}
