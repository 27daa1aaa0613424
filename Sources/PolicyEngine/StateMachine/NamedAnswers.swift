extension StateMachine {
  /// The most states `nameableQuestions()` visits before it gives up.
  static let namingLimit = 200_000

  /// For each outcome, the questions its words may name: those answered on every path to
  /// it, and always with an answer that can be said (one with a `spoken` form); nil when
  /// the machine has more than `namingLimit` states.
  ///
  /// Found in one pass over the states in an order where every state comes after those
  /// that lead to it, keeping for each state what holds on every path into it.
  func nameableQuestions() -> [Int: Set<Int>]? {
    var order: [Int] = []
    var successors: [Int: [Int]] = [:]
    var visited: Set<Int> = [Self.start]
    // Depth first, without recursion: a state is placed once all it leads to are.
    var stack: [(state: Int, expanded: Bool)] = [(Self.start, false)]
    while let (state, expanded) = stack.popLast() {
      if expanded {
        order.append(state)
        continue
      }
      stack.append((state, true))
      guard case .asking(let question) = self[state] else { continue }
      let targets = policy.questions[question].answers.indices.map { next(from: state, answer: $0) }
      successors[state] = targets
      for target in targets.reversed() where visited.insert(target).inserted {
        guard visited.count <= Self.namingLimit else { return nil }
        stack.append((target, false))
      }
    }
    var named: [Int: Set<Int>] = [Self.start: []]
    var byOutcome: [Int: Set<Int>] = [:]
    for state in order.reversed() {
      guard let here = named[state] else { continue }
      switch self[state] {
      case .decided(let outcome):
        byOutcome[outcome] = byOutcome[outcome].map { $0.intersection(here) } ?? here
      case .asking(let question):
        for (answer, target) in (successors[state] ?? []).enumerated() {
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
    let referring = policy.outcomes.contains { outcome in
      (outcome.say.texts + outcome.nextSteps).contains { text in
        answerReferences(in: text).contains { policy.question($0.name) != nil }
      }
    }
    guard referring else { return [] }
    guard let nameable = nameableQuestions() else {
      return [
        PolicyDefect(
          .wording, .error, at: PolicyPath([.key("outcomes")]),
          "the words to say name answers given in the call, but the state machine has more than \(Self.namingLimit) states, too many to prove that every call reaching each outcome has given them"
        )
      ]
    }
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
