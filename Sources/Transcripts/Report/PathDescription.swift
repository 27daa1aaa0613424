import PolicyEngine

extension DecisionPath {
  /// The path as `second-opinion paths` lists it:
  /// `asker: any -> treating-centre: uclh | rnoh -> wanted-at: elsewhere => outside-london`.
  func summary(in policy: Policy) -> String {
    let steps = self.steps.map { step -> String in
      let total = policy.question(step.question)?.answers.count ?? 0
      let answers = step.answers.count == total && total > 1 ? "any" : step.answers.joined(separator: " | ")
      return "\(step.question): \(answers)"
    }
    return steps.joined(separator: " -> ") + " => " + outcome
  }
}

extension MachineIndex {
  /// The states a path walks through, from the start, taking its first answers.
  func states(of path: DecisionPath) -> [Int] {
    var states = [StateMachine.start]
    for step in path.steps {
      guard case .asking(let question) = shown(states[states.count - 1]),
        let answer = answerIndex[question][step.answers[0]]
      else { break }
      states.append(next(states[states.count - 1], answer: answer))
    }
    return states
  }
}
