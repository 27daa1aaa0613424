import PolicyEngine

/// One line per path, `asker: any -> treating-centre: uclh | rnoh -> ... => outcome`,
/// numbered, then a count: `69 paths to 20 outcomes`, or, when only the first paths of
/// the machine are listed, `the first 100 of 4812345 paths`.
public func pathLines(_ paths: [DecisionPath], of size: MachineSize, policy: Policy, style: TextStyle) -> [String] {
  let digits = String(paths.count).count
  var lines: [String] = []
  for (index, path) in paths.enumerated() {
    let number = String(index + 1)
    let steps = path.steps.map { step -> String in
      let total = policy.question(step.question)?.answers.count ?? 0
      let answers = step.answers.count == total && total > 1 ? "any" : step.answers.joined(separator: " | ")
      return "\(step.question): \(answers)"
    }
    lines.append(
      String(repeating: " ", count: digits - number.count) + number + ". " + steps.joined(separator: " -> ") + " => "
        + style.bold(path.outcome))
  }
  if size.isComplete, Double(paths.count) == size.paths {
    let outcomes = Set(paths.map(\.outcome)).count
    lines.append("\(counted(paths.count, "path")) to \(counted(outcomes, "outcome"))")
  } else {
    lines.append("the first \(paths.count) of \(pathCountText(size)) paths")
  }
  return lines
}

/// `4812345`, or `more than 123456` when counting stopped early.
public func pathCountText(_ size: MachineSize) -> String {
  let count = size.paths < 1e15 ? String(Int64(size.paths)) : "\(size.paths)"
  return size.isComplete ? count : "more than \(count)"
}
