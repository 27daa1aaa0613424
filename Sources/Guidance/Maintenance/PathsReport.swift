import PolicyEngine

/// One line per path, `asker: any -> treating-centre: uclh | rnoh -> ... => outcome`,
/// numbered, then a count.
public func pathLines(_ machine: StateMachine, style: TextStyle) -> [String] {
  let paths = machine.paths()
  let digits = String(paths.count).count
  var lines: [String] = []
  for (index, path) in paths.enumerated() {
    let number = String(index + 1)
    let steps = path.steps.map { step -> String in
      let total = machine.policy.question(step.question)?.answers.count ?? 0
      let answers = step.answers.count == total && total > 1 ? "any" : step.answers.joined(separator: " | ")
      return "\(step.question): \(answers)"
    }
    lines.append(
      String(repeating: " ", count: digits - number.count) + number + ". " + steps.joined(separator: " -> ") + " => "
        + style.bold(path.outcome))
  }
  let outcomes = Set(paths.map(\.outcome)).count
  lines.append("\(counted(paths.count, "path")) to \(counted(outcomes, "outcome"))")
  return lines
}
