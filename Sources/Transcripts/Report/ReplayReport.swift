import PolicyEngine

/// What a maintainer reviewing a policy edit needs from replaying a set of transcripts, in
/// one screen: how many calls were recorded under another version, the calls that now end
/// differently grouped by their old and new outcome with one example each, what else
/// changed without failing, and, beside it, the situations the edit changes that no
/// transcript covers.
public struct ReplayReport: Sendable {
  /// The most groups and uncovered situations listed.
  public static let listLimit = 5

  /// Transcripts whose call now goes differently in the same way.
  public struct ChangeGroup: Sendable, Hashable {
    /// Where the calls ended when recorded, or nil when they record no question at all.
    public var recorded: CallEnd?
    /// Where the current policy takes them.
    public var current: CallEnd
    /// The transcripts, by file name, in order.
    public var files: [String]
    /// The first transcript's first difference.
    public var example: ReplayDifference?

    /// Whether the calls now end elsewhere, rather than the same way by other questions.
    public var changesTheEnd: Bool { recorded?.place != current.place }
  }

  /// A situation the edit changes, and the transcripts whose answers fall in it.
  public struct CoveredSituation: Sendable, Hashable {
    public var situation: PolicyDiff.Situation
    public var files: [String]
  }

  public let policy: RecordedPolicy
  public let tally: ReplayTally
  /// Calls that now end elsewhere, then calls that end the same way by other questions,
  /// the largest group first.
  public let changes: [ChangeGroup]
  /// Transcripts recorded under another policy, by the policy they name, the largest group first.
  public let otherPolicies: [(policy: RecordedPolicy, files: [String])]
  public let unreadable: [String]
  /// Questions whose prompt changed, with how many passing transcripts show the old one.
  public let rewordedQuestions: [(question: String, transcripts: Int)]
  /// Outcomes that now rest on other clauses, with how many passing transcripts reach them.
  public let reclausedOutcomes: [(outcome: String, transcripts: Int)]
  /// The policy compared with, and the situations it decides differently, each with the
  /// transcripts that cover it; nil when no earlier policy was given.
  public let since: (name: String, situations: [CoveredSituation])?
  /// Outcome ids of the current policy that no transcript reaches, in the policy's order.
  public let unreachedOutcomes: [String]
  /// Clause ids that no reached outcome rests on, in the policy's order.
  public let unreachedClauses: [String]
  private let clauseCount: Int
  private let outcomeCount: Int

  /// Builds the report of a replay run.
  ///
  /// - Parameters:
  ///   - replays: every transcript replayed against `current`.
  ///   - unreadable: the files that could not be read as transcripts.
  ///   - since: an earlier version of the policy, named, and how the current one differs
  ///     from it, to list the changed situations no transcript covers.
  public init(
    _ replays: [TranscriptReplay], unreadable: [String] = [], against current: CurrentPolicy, since: (name: String, diff: PolicyDiff)? = nil
  ) {
    policy = current.recorded
    let model = current.machine.policy
    tally = ReplayTally(replays, unreadable: unreadable.count)
    self.unreadable = unreadable.sorted()
    changes = Self.group(replays.filter { $0.failure != nil })

    var byPolicy: [RecordedPolicy: [String]] = [:]
    for replay in replays { if let other = replay.recordedUnder { byPolicy[other, default: []].append(replay.file) } }
    otherPolicies = byPolicy.map { ($0.key, $0.value.sorted()) }
      .sorted { ($0.files.count, $1.policy.description) > ($1.files.count, $0.policy.description) }

    var reworded: [String: Int] = [:]
    var reclaused: [String: Int] = [:]
    for replay in replays where replay.passed {
      for question in Set(replay.promptChanges.compactMap { Self.question(of: $0) }) { reworded[question, default: 0] += 1 }
      if !replay.clauseChanges.isEmpty, case .outcome(let outcome, _) = replay.currentEnd { reclaused[outcome, default: 0] += 1 }
    }
    rewordedQuestions = model.questions.compactMap { question in reworded[question.id].map { (question.id, $0) } }
    reclausedOutcomes = model.outcomes.compactMap { outcome in reclaused[outcome.id].map { (outcome.id, $0) } }

    self.since = since.map { name, diff in
      (name, diff.decisions.map { situation in
        CoveredSituation(situation: situation, files: replays.filter { $0.transcript.answers(meet: situation.conditions) }.map(\.file))
      })
    }

    var reachedOutcomes = Set<String>()
    for replay in replays { if case .outcome(let outcome, _) = replay.currentEnd { reachedOutcomes.insert(outcome) } }
    unreachedOutcomes = model.outcomes.map(\.id).filter { !reachedOutcomes.contains($0) }
    let reachedClauses = Set(model.outcomes.filter { reachedOutcomes.contains($0.id) }.flatMap(\.clauses))
    unreachedClauses = model.clauses.map(\.id).filter { !reachedClauses.contains($0) }
    clauseCount = model.clauses.count
    outcomeCount = model.outcomes.count
  }

  /// The failing replays grouped by where the call ended and where it ends now.
  private static func group(_ failed: [TranscriptReplay]) -> [ChangeGroup] {
    var groups: [ChangeGroup] = []
    var index: [[CallEnd?]: Int] = [:]
    for replay in failed.sorted(by: { $0.file < $1.file }) {
      let key = [replay.recordedEnd?.place, replay.currentEnd.place]
      if let position = index[key] {
        groups[position].files.append(replay.file)
      } else {
        index[key] = groups.count
        groups.append(ChangeGroup(recorded: replay.recordedEnd, current: replay.currentEnd, files: [replay.file], example: replay.failure))
      }
    }
    return groups.sorted { a, b in
      (a.changesTheEnd ? 1 : 0, a.files.count, b.title) > (b.changesTheEnd ? 1 : 0, b.files.count, a.title)
    }
  }

  /// The question a prompt change is about.
  private static func question(of difference: ReplayDifference) -> String? {
    guard let line = difference.recorded, line.hasPrefix("ask "), let colon = line.firstIndex(of: ":") else { return nil }
    return String(line[line.index(line.startIndex, offsetBy: 4)..<colon])
  }

  /// The report as lines of text.
  public var lines: [String] {
    var lines = [
      "Replayed \(counted(tally.passed + tally.failed, "transcript")) against \(policy.description): \(tally.summary(mentioningOtherPolicies: false))"
    ]
    if !otherPolicies.isEmpty {
      let total = otherPolicies.reduce(0) { $0 + $1.files.count }
      let named = otherPolicies.prefix(3).map(\.policy.description).joined(separator: "; ")
      lines.append("\(counted(total, "transcript")) recorded under another version or file: \(named)\(otherPolicies.count > 3 ? "; ..." : "")")
    }
    if !unreadable.isEmpty {
      lines.append("Unreadable: \(unreadable.prefix(3).joined(separator: ", "))\(unreadable.count > 3 ? " and \(unreadable.count - 3) more" : "")")
    }

    lines.append("")
    let ending = changes.filter(\.changesTheEnd)
    let asking = changes.filter { !$0.changesTheEnd }
    if ending.isEmpty {
      lines.append("No call ends differently.")
    } else {
      lines.append("Calls that end differently (\(counted(ending.reduce(0) { $0 + $1.files.count }, "transcript"))):")
      lines += listed(ending.map { "  \($0.title): \(counted($0.files.count, "transcript")), such as \($0.exampleText)" }, noun: "change")
    }
    if !asking.isEmpty {
      lines.append("Calls that end the same way by other questions (\(counted(asking.reduce(0) { $0 + $1.files.count }, "transcript"))):")
      lines += listed(asking.map { "  \($0.title): \(counted($0.files.count, "transcript")), such as \($0.exampleText)" }, noun: "change")
    }
    if !rewordedQuestions.isEmpty {
      lines.append("Reworded questions: " + rewordedQuestions.map { "\($0.question) (\(counted($0.transcripts, "transcript")))" }.joined(separator: ", ") + ".")
    }
    if !reclausedOutcomes.isEmpty {
      lines.append("Outcomes resting on other clauses: " + reclausedOutcomes.map { "\($0.outcome) (\(counted($0.transcripts, "transcript")))" }.joined(separator: ", ") + ".")
    }

    if let since {
      lines.append("")
      let uncovered = since.situations.filter(\.files.isEmpty)
      let count = since.situations.count
      let decide = "\(counted(count, "situation")) \(count == 1 ? "decides" : "decide") differently"
      if count == 0 {
        lines.append("Since \(since.name): no decision changed.")
      } else if uncovered.isEmpty {
        lines.append("Since \(since.name): \(decide), and transcripts cover \(count == 1 ? "it" : "each").")
      } else {
        let which = count == 1 ? "it" : uncovered.count == count ? "any of them" : "\(uncovered.count) of them"
        lines.append("Since \(since.name): \(decide), and no transcript covers \(which):")
        lines += listed(uncovered.map { "  " + Self.describe($0.situation) }, noun: "situation")
      }
    }

    lines.append("")
    if unreachedOutcomes.isEmpty, unreachedClauses.isEmpty {
      lines.append("Every outcome and clause is reached by at least one transcript.")
    } else {
      var parts: [String] = []
      if !unreachedOutcomes.isEmpty { parts.append("outcomes (\(unreachedOutcomes.count) of \(outcomeCount)) \(unreachedOutcomes.joined(separator: ", "))") }
      if !unreachedClauses.isEmpty { parts.append("clauses (\(unreachedClauses.count) of \(clauseCount)) \(unreachedClauses.joined(separator: ", "))") }
      lines.append("Not reached by any transcript: \(parts.joined(separator: "; ")).")
    }
    return lines
  }

  /// The report as text, each line ending with a line feed.
  public var text: String { lines.map { $0 + "\n" }.joined() }

  /// At most `listLimit` lines, then how many more there are.
  private func listed(_ lines: [String], noun: String) -> [String] {
    guard lines.count > Self.listLimit else { return lines }
    return Array(lines.prefix(Self.listLimit)) + ["  and \(counted(lines.count - Self.listLimit, "more \(noun)", plural: "more \(noun)s"))"]
  }

  /// `treating-centre: uclh | rnoh, ... (2916 combinations): not-routine -> bone-sarcoma-lss-to-marsden, ...`
  private static func describe(_ situation: PolicyDiff.Situation) -> String {
    let count = situation.changed
    let pairs = situation.changes.map { change in
      switch (change.old, change.new) {
      case (let old?, let new?): return "\(old) -> \(new)"
      case (nil, let new?): return "now \(new)"
      case (let old?, nil): return "was \(old)"
      case (nil, nil): return "no outcome"
      }
    }
    let shown = pairs.prefix(2).joined(separator: ", ") + (pairs.count > 2 ? " and \(pairs.count - 2) more" : "")
    let number = count < 1e15 ? String(Int64(count)) : "about \(count)"
    return "\(situation.text) (\(number) combination\(count == 1 ? "" : "s")): \(shown)"
  }
}

extension ReplayReport.ChangeGroup {
  /// `not-routine -> check-exceptions`, or `within-royal-marsden` for calls that end the same way.
  var title: String {
    changesTheEnd ? "\(recorded?.description ?? "no question") -> \(current.description)" : current.description
  }

  /// The first file, at the line of its first difference, with what differs there when
  /// the end is the same.
  var exampleText: String {
    guard let example else { return files[0] }
    return changesTheEnd ? "\(files[0]):\(example.line)" : "\(files[0]):\(example.line): \(example.message)"
  }
}

extension Transcript {
  /// Whether the answers standing at the end of the call meet every condition.
  func answers(meet conditions: [Condition]) -> Bool {
    let answers = finalAnswers
    return conditions.allSatisfy { condition in answers[condition.question].map(condition.answers.contains) ?? false }
  }
}

/// "1 transcript", "3 transcripts".
func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
  "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
}
