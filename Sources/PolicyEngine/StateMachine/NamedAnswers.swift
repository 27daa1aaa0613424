extension StateMachine {
  /// For each outcome, the questions its words may name: those answered on every path to
  /// it, and always with an answer that can be said (one with a `spoken` form).
  ///
  /// Found in one pass over the states in an order where every state comes after those
  /// that lead to it, keeping for each state what holds on every path into it.
  func nameableQuestions() -> [Int: Set<Int>] {
    var order: [Int] = []
    var visited = Set<Int>()
    func visit(_ state: Int) {
      guard visited.insert(state).inserted else { return }
      if case .asking(_, let next) = states[state] { next.forEach(visit) }
      order.append(state)
    }
    visit(0)
    var named: [Int: Set<Int>] = [0: []]
    var byOutcome: [Int: Set<Int>] = [:]
    for state in order.reversed() {
      guard let here = named[state] else { continue }
      switch states[state] {
      case .decided(let outcome):
        byOutcome[outcome] = byOutcome[outcome].map { $0.intersection(here) } ?? here
      case .asking(let question, let next):
        for (answer, target) in next.enumerated() {
          var there = here
          if policy.questions[question].answers[answer].spoken != nil { there.insert(question) } else { there.remove(question) }
          named[target] = named[target].map { $0.intersection(there) } ?? there
        }
      }
    }
    return byOutcome
  }

  /// Defects for words to say that name an answer not every call reaching the outcome has
  /// given, or has given in a form that cannot be said.
  func unsayableReferences() -> [PolicyDefect] {
    let nameable = nameableQuestions()
    var defects: [PolicyDefect] = []
    for (position, outcome) in policy.outcomes.enumerated() {
      let allowed = Set((nameable[position] ?? []).map { policy.questions[$0].id })
      let texts = [(Wording.anyoneKey, outcome.say.anyone)] + outcome.say.byCaller.sorted { $0.key < $1.key }.map { ($0.key, Optional($0.value)) }
      let steps = outcome.nextSteps.enumerated().map { ("next-steps", Optional($0.element), $0.offset) }
      for (kind, text, step) in texts.map({ ($0.0, $0.1, -1) }) + steps {
        guard let text else { continue }
        var path = PolicyPath([.key("outcomes"), .index(position), .key("say")])
        if step >= 0 {
          path = PolicyPath([.key("outcomes"), .index(position), .key("next-steps"), .index(step)])
        } else if !(kind == Wording.anyoneKey && outcome.say.byCaller.isEmpty) {
          path = path.appending(kind)
        }
        for reference in Set(answerReferences(in: text).map(\.name)).sorted()
        where policy.question(reference) != nil && !allowed.contains(reference) {
          defects.append(
            PolicyDefect(
              .wording, .error, at: path,
              "\(step >= 0 ? "the next step" : "the words to say") name\(step >= 0 ? "s" : "") {\(reference)}, but not every call that reaches '\(outcome.id)' has answered '\(reference)' with an answer that can be said (one with 'spoken')"
            ))
        }
      }
    }
    return defects
  }
}
