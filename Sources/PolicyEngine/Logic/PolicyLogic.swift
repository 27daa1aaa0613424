/// The policy's rules as sets of answer combinations: what each rule matches, what
/// it actually decides once earlier rules have had their turn, and so the set of
/// combinations that ends in each outcome.
///
/// Only rules that share combinations are ever combined, and sets are joined in an
/// order that keeps alike rules together, so the work follows the policy's structure
/// rather than the number of answer combinations.
struct PolicyLogic: Sendable {
  typealias Node = DecisionDiagram.Node

  var diagram: DecisionDiagram
  /// For each question index, its answers' ids by index.
  let answerIDs: [[String]]
  /// What each rule matches, or nil for a rule left out because it names ids that do not exist.
  let matched: [Node?]
  /// What each rule decides: what it matches that no earlier rule matched.
  let decided: [Node?]
  /// For each rule, the earlier rules that match some of the same combinations.
  let overlapping: [[Int]]
  /// For each outcome index, every answer combination that ends there.
  let regions: [Node]
  /// The combinations no rule decides.
  let undecided: Node

  /// Compiles the rules of a policy.
  ///
  /// - Parameter skippedRules: rules to leave out, because they name unknown ids.
  init(policy: Policy, skipping skippedRules: Set<Int> = []) {
    answerIDs = policy.questions.map { $0.answers.map(\.id) }
    let arities = policy.questions.map { max($0.answers.count, 1) }
    let questionIndex = Dictionary(policy.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    let outcomeIndex = Dictionary(policy.outcomes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })

    // Each usable rule as allowed answers per question.
    var cubes: [[Int: [Bool]]?] = []
    for (position, rule) in policy.rules.enumerated() {
      guard !skippedRules.contains(position), outcomeIndex[rule.outcome] != nil else {
        cubes.append(nil)
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
      cubes.append(allowed)
    }

    // Questions most rules mention are tested first.
    var mentions = [Int](repeating: 0, count: arities.count)
    for cube in cubes { for question in cube?.keys ?? [:].keys { mentions[question] += 1 } }
    let order = arities.indices.sorted { (mentions[$1], $0) < (mentions[$0], $1) }
    var diagram = DecisionDiagram(arities: arities, order: order)

    let masks = cubes.map { $0.map { answerMasks($0, arities: arities) } }
    let matched: [Node?] = cubes.map { $0.map { diagram.cube($0) } }
    var decided: [Node?] = []
    var overlapping: [[Int]] = []
    var regionParts = [[Int]](repeating: [], count: policy.outcomes.count)
    for position in policy.rules.indices {
      guard let cube = matched[position], let mask = masks[position] else {
        decided.append(nil)
        overlapping.append([])
        continue
      }
      let earlier = (0..<position).filter { other in masks[other].map { intersects(mask, $0) } ?? false }
      let covered = diagram.union(of: earlier.map { matched[$0]! })
      decided.append(diagram.subtracting(cube, covered))
      overlapping.append(earlier)
      regionParts[outcomeIndex[policy.rules[position].outcome]!].append(position)
    }

    // Join alike rules first: sort by their answers, question by question in diagram order.
    func locality(_ rules: [Int]) -> [Int] {
      rules.sorted { left, right in
        for question in order {
          let a = masks[left]![question]
          let b = masks[right]![question]
          if a != b { return a < b }
        }
        return left < right
      }
    }
    regions = regionParts.map { parts in diagram.union(of: locality(parts).map { decided[$0]! }) }
    let usable = policy.rules.indices.filter { matched[$0] != nil }
    undecided = diagram.subtracting(DecisionDiagram.full, diagram.union(of: locality(usable).map { matched[$0]! }))
    self.matched = matched
    self.decided = decided
    self.overlapping = overlapping
    self.diagram = diagram
  }

  /// The questions whose answer can change the outcome somewhere.
  var questionsThatMatter: Set<Int> {
    regions.reduce(into: Set<Int>()) { $0.formUnion(diagram.support(of: $1)) }
  }
}

/// A rule's allowed answers as one bit mask per question; every bit set for a question the
/// rule does not mention (and for questions of more than 64 answers, conservatively).
private func answerMasks(_ allowed: [Int: [Bool]], arities: [Int]) -> [UInt64] {
  arities.indices.map { question in
    guard let flags = allowed[question], flags.count <= 64 else { return UInt64.max }
    var mask: UInt64 = 0
    for (index, flag) in flags.enumerated() where flag { mask |= 1 << UInt64(index) }
    return mask
  }
}

/// Whether two rules match some combination in common.
private func intersects(_ a: [UInt64], _ b: [UInt64]) -> Bool {
  for index in a.indices where a[index] & b[index] == 0 { return false }
  return true
}
