extension PolicyDiff {
  /// The comparison as a maintainer reads it: a heading, the situations whose decisions
  /// changed with how many combinations each holds and what they now lead to, then the
  /// questions, answers, outcomes, clauses, groups, families and plausibility tables
  /// that changed, words marked as
  /// `[-removed-]{+added+}`, and a last line saying whether calls change.
  ///
  /// - Parameters:
  ///   - oldName: what the old policy is called, such as its file name.
  ///   - newName: what the new policy is called.
  public func lines(oldName: String, newName: String) -> [String] {
    var lines = ["\(oldName) (\(old.id) \(old.version)) -> \(newName) (\(new.id) \(new.version))"]

    let groups: [(title: String, filter: (DecisionChange) -> Bool)] = [
      ("end differently", { $0.old != nil && $0.new != nil }),
      ("are new (answers the old policy does not have)", { $0.old == nil }),
      ("are gone (answers the new policy does not have)", { $0.new == nil }),
    ]
    for (title, filter) in groups {
      let situations = decisions.filter { $0.changes.allSatisfy(filter) }
      guard !situations.isEmpty else { continue }
      let total = situations.reduce(0) { $0 + $1.changed }
      lines.append("")
      lines.append(
        "Decisions: \(isComplete ? "" : "at least ")\(Self.count(total)) answer combination\(total == 1 ? "" : "s") \(title), in \(situations.count) situation\(situations.count == 1 ? "" : "s"):")
      for situation in situations.prefix(Self.listedSituations) {
        let some = situation.changed < situation.combinations ? "\(Self.count(situation.changed)) of " : ""
        lines.append("  \(situation.text) (\(some)\(Self.count(situation.combinations)) combination\(situation.combinations == 1 ? "" : "s"))")
        for change in situation.changes {
          let what: String
          switch (change.old, change.new) {
          case (let old?, let new?): what = "\(old) -> \(new)"
          case (nil, let new?): what = "now \(new)"
          case (let old?, nil): what = "was \(old)"
          case (nil, nil): what = "no outcome"
          }
          lines.append("    \(what): \(Self.count(change.combinations))")
        }
      }
      if situations.count > Self.listedSituations {
        lines.append("  and \(situations.count - Self.listedSituations) more situations")
      }
    }
    if decisions.isEmpty {
      lines.append("")
      lines.append("Decisions: every combination of answers ends as before.")
    }
    if !isComplete {
      lines.append("")
      lines.append(
        "The policies decide differently in too many places to list all: the comparison stopped early, with the situations above found first.")
    }

    var questionLines = section(questions)
    if let order = questionOrder {
      questionLines.append("  order: \(order.new.joined(separator: ", ")) (was \(order.old.joined(separator: ", ")))")
    }
    let sections = [
      ("Questions", questionLines), ("Answers", section(answers)), ("Outcomes", section(outcomes)), ("Clauses", section(clauses)),
      ("Question groups", section(self.groups)), ("Outcome families (demand report)", section(families)),
      ("Plausibility (training stories only)", section(plausibility)),
    ]
    for (title, body) in sections where !body.isEmpty {
      lines.append("")
      lines.append("\(title):")
      lines += body
    }
    lines.append("")
    lines.append(changesCalls ? "Calls change: what staff ask or tell callers is different." : "Calls do not change: nothing staff ask or tell callers is different.")
    return lines
  }

  /// The changes of one kind of item, one line per added or removed item and per changed part.
  private func section(_ changes: [Change]) -> [String] {
    changes.flatMap { change -> [String] in
      switch change.kind {
      case .added: return ["  \(change.id): added"]
      case .removed: return ["  \(change.id): removed"]
      case .changed:
        return change.fields.map { field in
          let note = field.isShownOnCalls || !change.isShownOnCalls ? "" : " (not shown on calls)"
          let text: String
          if field.old.isEmpty {
            text = "added: \(field.new)"
          } else if field.new.isEmpty {
            text = "removed: \(field.old)"
          } else {
            text = wordDiff(field.old, field.new)
          }
          return "  \(change.id): \(field.field)\(note): \(text)"
        }
      }
    }
  }

  private static func count(_ value: Double) -> String { formatCount(value) }

  /// The most situations of one kind listed.
  static let listedSituations = 20
}
