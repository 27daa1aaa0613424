import PolicyEngine

/// What sets a story's outcome apart from the others, worked out from the policy's state
/// machine rather than written for each outcome: which of the story's answers would have
/// to differ for the call to end elsewhere.
struct StoryReasoning {
  /// One of the story's answers that another outcome needs to be different.
  struct Change: Sendable, Hashable {
    var question: Question
    /// What the story says.
    var story: Answer
    /// The answers that would do instead, any one of them.
    var needed: [Answer]
    /// The story's sentence that tells the answer, when the caller of this wants it.
    var sentence: String? = nil
  }

  /// The most states the search for changes looks at before giving up: plenty for any
  /// policy written by hand.
  static let stateBudget = 5_000

  let machine: StateMachine
  /// The story's answers, by question id.
  let situation: [String: String]

  /// The fewest of the story's answers that would have to differ for the call to reach
  /// `outcome`, in the order the questions are asked; questions the story does not answer
  /// may take any answer. Empty when the story reaches it already; nil when the search
  /// would take too long.
  func changes(toReach outcome: Outcome) -> [Change]? {
    let policy = machine.policy
    guard let target = policy.outcomes.firstIndex(where: { $0.id == outcome.id }) else { return nil }
    var cost: [Int: Int] = [:]
    var budget = Self.stateBudget
    let unreachable = Int.max / 2
    /// The fewest changes from `state` to the outcome.
    func fewest(_ state: Int) -> Int? {
      if let known = cost[state] { return known }
      budget -= 1
      guard budget >= 0 else { return nil }
      var best = unreachable
      switch machine[state] {
      case .decided(let reached):
        best = reached == target ? 0 : unreachable
      case .asking(let index):
        let question = policy.questions[index]
        for (answer, given) in question.answers.enumerated() {
          guard let rest = fewest(machine.next(from: state, answer: answer)) else { return nil }
          best = min(best, rest + price(of: given.id, for: question.id))
        }
      }
      cost[state] = best
      return best
    }
    guard let total = fewest(StateMachine.start), total < unreachable else { return nil }
    // Follows the story wherever that costs nothing more, listing each answer changed.
    var changes: [Change] = []
    var state = StateMachine.start
    while case .asking(let index) = machine[state] {
      let question = policy.questions[index]
      let remaining = cost[state]!
      let options = question.answers.indices.filter { answer in
        let next = machine.next(from: state, answer: answer)
        return (cost[next] ?? unreachable) + price(of: question.answers[answer].id, for: question.id) == remaining
      }
      if let kept = options.first(where: { price(of: question.answers[$0].id, for: question.id) == 0 }) {
        state = machine.next(from: state, answer: kept)
        continue
      }
      guard let storyID = situation[question.id], let story = question.answer(storyID), let first = options.first else { return nil }
      changes.append(Change(question: question, story: story, needed: options.map { question.answers[$0] }))
      state = machine.next(from: state, answer: first)
    }
    return changes
  }

  /// The outcomes the story would reach with one of its answers different, without the
  /// story's own: those a change to a later question reaches first (the nearest to the
  /// story's outcome, and the easiest to mistake for it), then in the policy's order.
  func outcomesOneAnswerAway() -> [Outcome] {
    let policy = machine.policy
    var own: String?
    if case .decided(let decision) = machine.decide(situation).step { own = decision.outcome.id }
    var reached: [String] = []
    for question in policy.questions.reversed() {
      guard let storyAnswer = situation[question.id] else { continue }
      var found: Set<String> = []
      for answer in question.answers where answer.id != storyAnswer {
        var changed = situation
        changed[question.id] = answer.id
        if case .decided(let decision) = machine.decide(changed).step { found.insert(decision.outcome.id) }
      }
      reached += policy.outcomes.map(\.id).filter { found.contains($0) && !reached.contains($0) && $0 != own }
    }
    return reached.compactMap(policy.outcome)
  }

  /// 0 for the story's own answer, or any answer to a question the story does not answer; 1 otherwise.
  private func price(of answer: String, for question: String) -> Int {
    situation[question].map { $0 == answer ? 0 : 1 } ?? 0
  }
}
