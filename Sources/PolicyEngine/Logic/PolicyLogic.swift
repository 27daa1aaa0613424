/// The policy's rules as sets of answer combinations: what each rule matches, what
/// it actually decides once earlier rules have had their turn, and so the set of
/// combinations that ends in each outcome.
struct PolicyLogic: Sendable {
  typealias Node = DecisionDiagram.Node

  var diagram: DecisionDiagram
  /// For each question index, its answers' ids by index.
  let answerIDs: [[String]]
  /// What each rule matches, or nil for a rule left out because it names ids that do not exist.
  let matched: [Node?]
  /// What each rule decides: what it matches that no earlier rule matched.
  let decided: [Node?]
  /// For each outcome index, every answer combination that ends there.
  let regions: [Node]
  /// The combinations no rule decides.
  let undecided: Node

  /// Compiles the rules of a policy whose question and outcome ids are unique.
  ///
  /// - Parameter skippedRules: rules to leave out, because they name unknown ids.
  init(policy: Policy, skipping skippedRules: Set<Int> = []) {
    answerIDs = policy.questions.map { $0.answers.map(\.id) }
    var diagram = DecisionDiagram(arities: policy.questions.map { max($0.answers.count, 1) })
    let questionIndex = Dictionary(policy.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    let outcomeIndex = Dictionary(policy.outcomes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })

    var matched: [Node?] = []
    var decided: [Node?] = []
    var regions = [Node](repeating: DecisionDiagram.empty, count: policy.outcomes.count)
    var covered = DecisionDiagram.empty
    for (position, rule) in policy.rules.enumerated() {
      guard !skippedRules.contains(position), let outcome = outcomeIndex[rule.outcome] else {
        matched.append(nil)
        decided.append(nil)
        continue
      }
      var allowed: [Int: [Bool]] = [:]
      for condition in rule.conditions {
        guard let question = questionIndex[condition.question] else { continue }
        let answers = policy.questions[question].answers
        var flags = allowed[question] ?? [Bool](repeating: true, count: answers.count)
        for (index, answer) in answers.enumerated() where !condition.answers.contains(answer.id) { flags[index] = false }
        allowed[question] = flags
      }
      let cube = diagram.cube(allowed)
      let fresh = diagram.subtracting(cube, covered)
      covered = diagram.union(covered, cube)
      regions[outcome] = diagram.union(regions[outcome], fresh)
      matched.append(cube)
      decided.append(fresh)
    }
    self.matched = matched
    self.decided = decided
    self.regions = regions
    self.undecided = diagram.subtracting(DecisionDiagram.full, covered)
    self.diagram = diagram
  }

  /// The questions whose answer can change the outcome somewhere.
  var questionsThatMatter: Set<Int> {
    regions.reduce(into: Set<Int>()) { $0.formUnion(diagram.support(of: $1)) }
  }
}
