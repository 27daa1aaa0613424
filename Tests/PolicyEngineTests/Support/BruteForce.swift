@testable import PolicyEngine

/// Small random policies, and what they decide worked out by trying every combination of
/// answers one by one: the reference the searches are checked against.
struct BruteForce {
  let policy: Policy
  let arities: [Int]
  /// Every combination of answers, one answer index per question.
  let combinations: [[Int]]
  let table: RuleTable

  init(_ policy: Policy) {
    self.policy = policy
    arities = policy.questions.map(\.answers.count)
    combinations = arities.reduce([[]]) { partial, arity in partial.flatMap { prefix in (0..<arity).map { prefix + [$0] } } }
    table = compiledRules(of: policy).rules
  }

  /// The outcome index the rules decide for a combination, or `RuleTable.undecided`.
  func outcome(_ combination: [Int]) -> Int {
    table.firstMatch(Array(0..<table.count), at: combination).map { table.outcomes[$0] } ?? RuleTable.undecided
  }

  /// The combinations in a cube.
  func members(_ cube: Cube) -> [[Int]] {
    combinations.filter { combination in combination.indices.allSatisfy { cube.masks[$0] & (1 << UInt64(combination[$0])) != 0 } }
  }

  /// The rules (table indices) that decide no combination.
  var shadowedRules: Set<Int> {
    let deciding = Set(combinations.compactMap { table.firstMatch(Array(0..<table.count), at: $0) })
    return Set(0..<table.count).subtracting(deciding)
  }

  /// Whether, with the questions of `fixed` answered so, the outcome depends on `question`.
  func depends(on question: Int, fixed: [Int: Int] = [:]) -> Bool {
    combinations.contains { combination in
      guard fixed.allSatisfy({ combination[$0.key] == $0.value }) else { return false }
      return (0..<arities[question]).contains { answer in
        var other = combination
        other[question] = answer
        return outcome(other) != outcome(combination)
      }
    }
  }

  /// The machine the policy should compile to, built the plain way: a state is the table
  /// of outcomes left once some questions are answered, and states with equal tables (and
  /// the same always-asked questions still to come) are one. Numbered as `layout` numbers.
  var machine: MachineLayout {
    struct Key: Hashable {
      var outcomes: [Int]
      var alwaysAnswered: [Bool]
    }
    let always = policy.questions.map(\.isAlwaysAsked)
    func residual(_ fixed: [Int: Int]) -> [Int] {
      combinations.map { combination in
        var substituted = combination
        for (question, answer) in fixed { substituted[question] = answer }
        return outcome(substituted)
      }
    }
    var ids: [Key: Int] = [:]
    var states: [StateMachine.State?] = []
    var next: [[Int]] = []
    var pending: [(Key, [Int: Int])] = []
    func intern(_ fixed: [Int: Int]) -> Int {
      let key = Key(outcomes: residual(fixed), alwaysAnswered: always.indices.map { always[$0] && fixed[$0] != nil })
      if let id = ids[key] { return id }
      ids[key] = states.count
      states.append(nil)
      next.append([])
      pending.append((key, fixed))
      return states.count - 1
    }
    _ = intern([:])
    while let (key, fixed) = pending.popLast() {
      let id = ids[key]!
      let distinct = Set(key.outcomes)
      let alwaysPending = always.indices.contains { always[$0] && fixed[$0] == nil }
      if distinct.count == 1, !alwaysPending {
        states[id] = .decided(outcome: distinct.first!)
        continue
      }
      let question = arities.indices.first { question in
        fixed[question] == nil && (always[question] || depends(on: question, fixed: fixed))
      }!
      states[id] = .asking(question: question)
      next[id] = (0..<arities[question]).map { answer in intern(fixed.merging([question: answer]) { _, new in new }) }
    }
    return MachineLayout(states: states.map { $0! }, next: next)
  }
}

/// A random policy over a few questions of two to four answers: random rules, then, for
/// `sound` policies, a catch-all, the rules that decide nothing dropped, the outcomes no
/// rule reaches dropped, and the questions that cannot matter marked as always asked, so
/// that it passes its check.
func randomPolicy(_ generator: inout SeededRandom, questions: Int = 4, rules: Int = 6, outcomes: Int = 4, sound: Bool = true) -> Policy {
  let clause = Clause(id: "c0", source: "Paragraph 1", summary: "A clause.")
  var questionList: [Question] = []
  for index in 0..<questions {
    let arity = Int.random(in: 2...4, using: &generator)
    var answers = (0..<(arity - 1)).map { Answer(id: "a\($0)", label: "Answer \($0)") }
    answers.append(Answer(id: "unsure", label: "Not sure", isUnsure: true))
    questionList.append(
      Question(
        id: "q\(index)", prompt: "Question \(index)?", isAlwaysAsked: index == 0 && Bool.random(using: &generator), why: "Why.",
        clauses: ["c0"], findOut: "Ask.", answers: answers))
  }
  var ruleList: [Rule] = []
  for _ in 0..<rules {
    var conditions: [Condition] = []
    for question in questionList where Int.random(in: 0..<3, using: &generator) == 0 {
      let chosen = question.answers.filter { _ in Bool.random(using: &generator) }.map(\.id)
      if !chosen.isEmpty { conditions.append(Condition(question: question.id, answers: chosen)) }
    }
    ruleList.append(Rule(conditions: conditions, outcome: "o\(Int.random(in: 0..<outcomes, using: &generator))"))
  }
  if sound { ruleList.append(Rule(conditions: [], outcome: "o\(Int.random(in: 0..<outcomes, using: &generator))")) }
  let outcomeList = (0..<outcomes).map { Outcome(id: "o\($0)", title: "Outcome \($0)", say: "Say.", nextSteps: [], clauses: ["c0"]) }
  var policy = Policy(
    identity: PolicyIdentity(id: "random", title: "Random", issuedBy: "Tests", version: "1.0.0", date: "2026-01-01"),
    clauses: [clause], questions: questionList, outcomes: outcomeList, rules: ruleList)
  guard sound else { return policy }
  let shadowed = BruteForce(policy).shadowedRules
  policy.rules = policy.rules.enumerated().filter { !shadowed.contains($0.offset) }.map(\.element)
  let reached = Set(policy.rules.map(\.outcome))
  policy.outcomes.removeAll { !reached.contains($0.id) }
  let reference = BruteForce(policy)
  for question in policy.questions.indices where !reference.depends(on: question) { policy.questions[question].isAlwaysAsked = true }
  return policy
}
