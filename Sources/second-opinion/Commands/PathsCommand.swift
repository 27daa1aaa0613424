import ArgumentParser
import Guidance
import PolicyEngine
import Transcripts

/// `second-opinion paths`: every distinct path to an outcome.
struct PathsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "paths",
    abstract: "List every distinct path (question -> answers) to an outcome, and count them.",
    discussion: """
      Answers that lead the same way are listed together; "any" means every answer to that \
      question leads the same way. The paths are counted first: a policy with more than \
      10000 is refused, with the count, unless --limit says how many to list.
      """)

  /// The most paths listed when `--limit` is not given.
  static let defaultLimit = 10_000
  /// The most states a machine may have for `--write` to cover it.
  static let coveringLimit = 10_000

  @Option(help: ArgumentHelp("List only the first N paths.", valueName: "n"))
  var limit: Int?

  @Option(
    name: .customLong("write"),
    help: ArgumentHelp(
      "Also write the covering corpus into this folder (created if missing): the fewest transcripts that give every answer at every state, and bring every kind of caller to each outcome whose words differ by caller.",
      valueName: "folder"),
    completion: .directory)
  var folder: String?

  @OptionGroup var policyOption: PolicyOption

  func validate() throws {
    if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
  }

  func run() throws {
    let compiled = try policyOption.load()
    let (document, machine) = (compiled.document, compiled.machine)
    let size = machine.size()
    if limit == nil, !size.isComplete || size.paths > Double(Self.defaultLimit) {
      Output.standardError.write(
        "\(document.file): the policy has \(pathCountText(size)) paths, too many to list (at most \(Self.defaultLimit)); "
          + "`second-opinion paths --limit N` lists the first N\n")
      throw ExitCode(.failure)
    }
    let paths = machine.paths(limit: limit ?? Self.defaultLimit)
    Output.standardOutput.write(lines: pathLines(paths, of: size, policy: machine.policy, style: Output.standardOutput.textStyle))
    guard let folder else { return }
    guard
      let files = TranscriptCorpus.covering(
        of: machine, policyHash: document.contentHash, date: machine.policy.identity.date, limit: Self.coveringLimit)
    else {
      Output.standardError.write("\(document.file): the state machine has more than \(Self.coveringLimit) states, too many to cover with transcripts\n")
      throw ExitCode(.failure)
    }
    do {
      try Platform.createDirectory(folder, mode: 0o700)
      for file in files {
        try Platform.writeAtomically(Array(file.transcript.text.utf8), to: "\(folder)/\(file.name)", mode: 0o600, replacing: true)
      }
    } catch {
      Frontend.reportError("\(error)")
      throw ExitCode(.failure)
    }
    Output.standardOutput.write(
      "wrote \(counted(files.count, "transcript")) to \(folder), taking every answer at every state and every kind of caller to each outcome whose words differ by caller\n")
  }
}
