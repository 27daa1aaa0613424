import ArgumentParser
import Guidance
import PolicyEngine
import Transcripts

/// `second-opinion replay PATH...`: recorded calls as tests of the current policy.
struct ReplayCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "replay",
    abstract: "Replay recorded transcripts against the current policy, as tests.",
    discussion: """
      A transcript passes when the same questions come in the same order and the same \
      outcome is reached. Differences are shown as file:line with what was recorded and what \
      the policy does now. Ends with `N passed, M failed`. With --report, prints instead a \
      report that fits one screen, with the situations an edit changes (since --since, or the \
      built-in policy when --policy is given) that no transcript covers. Exit status: 0 all \
      passed, 1 any failed or could not be read, 2 bad usage or an unreadable policy.
      """)

  @Argument(help: ArgumentHelp("Transcript files, or folders to search for .txt files.", valueName: "path"), completion: .file())
  var paths: [String]

  @Flag(help: "Rewrite the expectations of failing transcripts to what the policy does now.")
  var update = false

  @Flag(help: "Print a report of what changed, grouped by change, and what no transcript covers.")
  var report = false

  @Option(
    help: ArgumentHelp("With --report, an earlier policy file to list the changed situations since.", valueName: "old"),
    completion: .file(extensions: ["yaml", "yml"]))
  var since: String?

  @OptionGroup var policyOption: PolicyOption

  func validate() throws {
    if paths.isEmpty { throw ValidationError("give at least one transcript file or folder") }
  }

  func run() throws {
    let policy = try policyOption.load()
    let current = CurrentPolicy(machine: policy.machine, hash: policy.document.contentHash)
    let files = try Frontend.transcriptFiles(in: paths)

    var replays: [TranscriptReplay] = []
    var unreadable: [String] = []
    var notUpdated = 0
    var output: [String] = []
    for file in files {
      guard let transcript = Frontend.readTranscript(file) else {
        unreadable.append(file)
        continue
      }
      let replay = current.replay(transcript, file: file)
      replays.append(replay)
      if !report { output += replay.lines }
      if update, !replay.passed || replay.hasChanges {
        switch current.update(transcript) {
        case .unchanged: break
        case .updated(let updated):
          do {
            try Platform.writeAtomically(Array(updated.text.utf8), to: file, mode: 0o600, replacing: true)
            output.append("\(file): updated")
          } catch {
            output.append("\(file): not updated: \(error)")
            notUpdated += 1
          }
        case .notUpdatable(let line, let reason):
          output.append("\(file):\(line): not updated: \(reason)")
          notUpdated += 1
        }
      }
      if output.count > 512 {
        Output.standardOutput.write(lines: output)
        output.removeAll(keepingCapacity: true)
      }
    }
    let tally = ReplayTally(replays, unreadable: unreadable.count)
    if report {
      output += ReplayReport(replays, unreadable: unreadable, against: current, since: try earlierPolicy(than: policy.document)).lines
    } else {
      output.append(tally.description)
    }
    Output.standardOutput.write(lines: output)
    if update ? (notUpdated > 0 || !unreadable.isEmpty) : !tally.allPassed { throw ExitCode(.failure) }
  }

  /// The policy a report compares with, named, and how the current one differs from it:
  /// `--since`, else the built-in policy when another is replayed against, else none.
  private func earlierPolicy(than document: PolicyDocument) throws -> (name: String, diff: PolicyDiff)? {
    guard since != nil || policyOption.policy != nil else { return nil }
    let earlier = try Frontend.loadDocument(since)
    guard !PolicyCheck(earlier.policy).hasErrors else { return nil }
    let name = "\(since ?? "the built-in policy") (\(earlier.policy.identity.version))"
    return (name, PolicyDiff(old: earlier.policy, new: document.policy))
  }
}
