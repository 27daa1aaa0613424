import PolicyEngine

/// What a maintainer reviewing a policy edit needs from replaying a set of transcripts:
/// which calls would now end differently, grouped by change, and which outcomes, clauses
/// and paths of the current policy no call in the set reaches.
public struct ReplayReport: Sendable {
  /// The most paths a report looks at; a policy with more is only partly covered.
  public static let pathLimit = 10_000
  /// The most unreached paths the text lists.
  public static let listedPathLimit = 100

  /// Transcripts whose call now ends the same way or differently, for one kind of change.
  public struct ChangeGroup: Sendable, Hashable {
    /// `not-routine -> check-exceptions`, or `not-routine -> not-routine, other clauses`.
    public var change: String
    public var transcripts: [ChangedTranscript]

    /// Whether the calls now end elsewhere, rather than the same way by other questions or clauses.
    public var changesTheEnd: Bool { transcripts.first.map { $0.recorded?.place != $0.current.place } ?? false }
  }

  /// A transcript that the current policy treats differently.
  public struct ChangedTranscript: Sendable, Hashable {
    public var file: String
    /// Where the transcript says the call ended.
    public var recorded: CallEnd?
    /// Where the current policy takes the call's final answers.
    public var current: CallEnd
    /// The first difference in questions or outcome, when the replay failed.
    public var failure: ReplayDifference?
  }

  /// A path of the current policy, numbered from 1 as `second-opinion paths` numbers it.
  public struct NumberedPath: Sendable, Hashable {
    public var number: Int
    public var path: DecisionPath
  }

  public let policy: RecordedPolicy
  public let tally: ReplayTally
  /// The changes, the largest group first.
  public let changes: [ChangeGroup]
  /// Transcripts recorded under another policy, by the policy they name, the largest group first.
  public let otherPolicies: [(policy: RecordedPolicy, files: [String])]
  public let unreadable: [String]
  /// Outcome ids of the current policy that no transcript reaches, in the policy's order.
  public let unreachedOutcomes: [String]
  /// Clause ids that no reached outcome rests on, in the policy's order.
  public let unreachedClauses: [String]
  /// Paths that no transcript's final answers walk.
  public let unreachedPaths: [NumberedPath]
  /// How many paths were looked at; fewer than the policy has when it has more than `pathLimit`.
  public let pathCount: Int
  private let policyModel: Policy

  /// Builds the report of a replay run.
  ///
  /// - Parameters:
  ///   - replays: every transcript replayed against `current`.
  ///   - unreadable: the files that could not be read as transcripts.
  public init(_ replays: [TranscriptReplay], unreadable: [String] = [], against current: CurrentPolicy) {
    policy = current.recorded
    policyModel = current.machine.policy
    tally = ReplayTally(replays, unreadable: unreadable.count)
    self.unreadable = unreadable.sorted()
    changes = Self.group(replays.filter(\.hasChanges))

    var byPolicy: [RecordedPolicy: [String]] = [:]
    for replay in replays { if let other = replay.recordedUnder { byPolicy[other, default: []].append(replay.file) } }
    otherPolicies = byPolicy.map { ($0.key, $0.value.sorted()) }
      .sorted { ($0.files.count, $1.policy.description) > ($1.files.count, $0.policy.description) }

    let index = current.index
    let paths = current.machine.paths(limit: Self.pathLimit)
    pathCount = paths.count
    var numbers: [[Int]: Int] = [:]
    for (position, path) in paths.enumerated() { numbers[index.states(of: path)] = position + 1 }
    var reachedPaths = Set<Int>()
    var reachedOutcomes = Set<String>()
    for replay in replays {
      guard case .outcome(let outcome, _) = replay.currentEnd else { continue }
      reachedOutcomes.insert(outcome)
      if let number = numbers[replay.reachedStates] { reachedPaths.insert(number) }
    }
    let outcomes = policyModel.outcomes
    unreachedOutcomes = outcomes.map(\.id).filter { !reachedOutcomes.contains($0) }
    let reachedClauses = Set(outcomes.filter { reachedOutcomes.contains($0.id) }.flatMap(\.clauses))
    unreachedClauses = policyModel.clauses.map(\.id).filter { !reachedClauses.contains($0) }
    unreachedPaths = paths.enumerated().compactMap { position, path in
      reachedPaths.contains(position + 1) ? nil : NumberedPath(number: position + 1, path: path)
    }
  }

  /// The changes grouped, those that change where calls end first, then the largest first.
  private static func group(_ changed: [TranscriptReplay]) -> [ChangeGroup] {
    var groups: [String: [ChangedTranscript]] = [:]
    for replay in changed {
      let recorded = replay.recordedEnd
      let current = replay.currentEnd
      var change = "\(recorded?.description ?? "no question") -> \(current.description)"
      if recorded?.place == current.place {
        if replay.failure != nil {
          change += ", by other questions"
        } else if !replay.clauseChanges.isEmpty {
          change += ", other clauses"
        } else {
          change += ", reworded questions"
        }
      }
      groups[change, default: []].append(
        ChangedTranscript(file: replay.file, recorded: recorded, current: current, failure: replay.failure))
    }
    return groups.map { ChangeGroup(change: $0.key, transcripts: $0.value.sorted { $0.file < $1.file }) }
      .sorted { a, b in
        (a.changesTheEnd ? 1 : 0, a.transcripts.count, b.change) > (b.changesTheEnd ? 1 : 0, b.transcripts.count, a.change)
      }
  }

  /// The report as lines of text, sections separated by blank lines.
  public var lines: [String] {
    var lines = ["Replayed \(counted(tally.passed + tally.failed, "transcript")) against \(policy.description): \(tally)"]

    lines.append("")
    if changes.isEmpty {
      lines.append("No transcript changed.")
    } else {
      let total = changes.reduce(0) { $0 + $1.transcripts.count }
      lines.append("Changed (\(counted(total, "transcript"))):")
      for group in changes { lines += groupLines(group) }
    }

    if !otherPolicies.isEmpty {
      lines.append("")
      lines.append("Recorded under another policy version:")
      for (other, files) in otherPolicies {
        lines.append("  \(other.description): \(counted(files.count, "transcript"))")
      }
    }

    if !unreadable.isEmpty {
      lines.append("")
      lines.append("Unreadable (\(counted(unreadable.count, "file"))):")
      lines += unreadable.map { "  \($0)" }
    }

    lines.append("")
    let partly = pathCount == Self.pathLimit ? " (only the first \(pathCount) paths were checked)" : ""
    if unreachedOutcomes.isEmpty, unreachedClauses.isEmpty, unreachedPaths.isEmpty {
      lines.append("Every outcome, clause and path is reached by at least one transcript\(partly).")
    } else {
      lines.append("Not reached by any transcript:")
      lines.append(
        "  outcomes (\(unreachedOutcomes.count) of \(policyModel.outcomes.count)): \(unreachedOutcomes.isEmpty ? "none" : unreachedOutcomes.joined(separator: ", "))"
      )
      lines.append(
        "  clauses (\(unreachedClauses.count) of \(policyModel.clauses.count)): \(unreachedClauses.isEmpty ? "none" : unreachedClauses.joined(separator: ", "))"
      )
      lines.append("  paths (\(unreachedPaths.count) of \(pathCount))\(partly)\(unreachedPaths.isEmpty ? ": none" : ":")")
      let width = String(pathCount).count
      for numbered in unreachedPaths.prefix(Self.listedPathLimit) {
        let number = String(numbered.number)
        lines.append("    \(String(repeating: " ", count: width - number.count))\(number). \(numbered.path.summary(in: policyModel))")
      }
      if unreachedPaths.count > Self.listedPathLimit {
        lines.append("    ... and \(unreachedPaths.count - Self.listedPathLimit) more; `second-opinion paths` lists them all")
      }
    }
    return lines
  }

  /// The report as text, each line ending with a line feed.
  public var text: String { lines.map { $0 + "\n" }.joined() }

  private func groupLines(_ group: ChangeGroup) -> [String] {
    var lines = ["  \(group.change): \(counted(group.transcripts.count, "transcript"))"]
    var order: [[String?]] = []
    var bySides: [[String?]: [ChangedTranscript]] = [:]
    for transcript in group.transcripts {
      let sides = [transcript.recorded.map(Self.endLine), Self.endLine(transcript.current)]
      if bySides[sides] == nil { order.append(sides) }
      bySides[sides, default: []].append(transcript)
    }
    for sides in order {
      if sides[0] != sides[1] {
        lines.append("    - \(sides[0] ?? "no question")")
        lines.append("    + \(sides[1]!)")
      }
      for transcript in bySides[sides]! {
        if transcript.recorded?.place == transcript.current.place, let failure = transcript.failure {
          lines.append("      \(transcript.file):\(failure.line): \(failure.message)")
        } else {
          lines.append("      \(transcript.file)")
        }
      }
    }
    return lines
  }

  /// An end as a transcript line: `outcome not-routine: a, b`, or `stops at sarcoma`.
  private static func endLine(_ end: CallEnd) -> String {
    switch end {
    case .outcome(let outcome, let clauses): return Transcript.Event.decided(outcome: outcome, clauses: clauses).line
    case .question: return end.description
    }
  }
}

/// "1 transcript", "3 transcripts".
func counted(_ count: Int, _ noun: String) -> String {
  "\(count) \(noun)\(count == 1 ? "" : "s")"
}
