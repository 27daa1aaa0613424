/// Whether a new version of a policy file may follow an older one: when anything shown on
/// calls changed (a decision, the questions asked, words staff read or say), the version
/// must rise and the change log must say why.
public struct ReleaseCheck: Sendable {
  /// What changed between the two versions.
  public let diff: PolicyDiff
  /// What is wrong with the new version as a successor of the old; empty when nothing is.
  public let defects: [PolicyDefect]

  /// Compares a new version of a policy with an older one, each of which passed its check.
  public init(_ new: Policy, since old: Policy) {
    let diff = PolicyDiff(old: old, new: new)
    self.diff = diff
    var defects: [PolicyDefect] = []
    if diff.changesCalls {
      let what = "what calls are told changed since version \(old.identity.version) (\(Self.summary(of: diff)))"
      let versionPath = PolicyPath([.key("policy"), .key("version")])
      let rose = PolicyVersion(new.identity.version).flatMap { new in PolicyVersion(old.identity.version).map { new > $0 } } ?? false
      if !rose {
        defects.append(
          PolicyDefect(
            .changeLog, at: versionPath,
            "\(what), but the version is \(new.identity.version); raise it, and add an entry to changes saying why"))
      } else if new.changes.isEmpty {
        // A change log that lacks this version is reported by the plain check; none at all, here.
        defects.append(
          PolicyDefect(
            .changeLog, at: versionPath,
            "\(what), but no entry in changes explains version \(new.identity.version); add a changes list with an entry saying why"))
      }
    }
    self.defects = defects
  }

  /// `2916 answer combinations end differently; questions: wanted-at`.
  private static func summary(of diff: PolicyDiff) -> String {
    var parts: [String] = []
    let combinations = diff.changedCombinations
    if combinations > 0 {
      parts.append("\(formatCount(combinations)) answer combination\(combinations == 1 ? "" : "s") decide\(combinations == 1 ? "s" : "") differently")
    }
    if diff.questionOrder != nil { parts.append("the questions' order") }
    for (name, changes) in [("questions", diff.questions), ("answers", diff.answers), ("outcomes", diff.outcomes), ("clauses", diff.clauses)] {
      let shown = changes.filter { $0.kind != .changed || $0.fields.contains(where: \.isShownOnCalls) }.map(\.id)
      if !shown.isEmpty { parts.append("\(name): \(shown.joined(separator: ", "))") }
    }
    return parts.joined(separator: "; ")
  }
}
