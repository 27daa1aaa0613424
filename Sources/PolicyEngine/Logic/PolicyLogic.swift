/// The policy's rules as cubes of answer combinations, and what the searches prove about
/// them: which rules decide something and which earlier rules cover each rule that never
/// does, the combinations no rule decides, and the questions whose answer can change the
/// outcome.
struct PolicyLogic: Sendable {
  /// The most splits the analysis of one policy may make before it is reported as too
  /// tangled to prove; far more than any policy written by hand needs.
  static let stepLimit = 3_000_000
  /// The most splits spent counting the combinations no rule decides.
  static let countingStepLimit = 50_000

  /// The rules that could be compiled, in the policy's order.
  let table: RuleTable
  /// For each rule of the table, its position among the policy's rules.
  let positions: [Int]
  /// The rules of the table that decide some combination, in order.
  let used: [Int]
  /// For each rule of the table that decides nothing, earlier rules that together cover it.
  let shadowed: [Int: [Int]]
  /// For each rule of the table, the earlier rules that decide something and share a combination with it.
  let earlierOverlapping: [[Int]]
  /// How many combinations no rule decides.
  let undecidedCount: Double
  /// Whether `undecidedCount` is exact rather than a lower bound.
  let isUndecidedCountExact: Bool
  /// Cases (which may overlap) of combinations no rule decides, the largest first.
  let undecidedCases: [Cube]
  /// Whether `undecidedCases` hold every combination no rule decides.
  let areUndecidedCasesComplete: Bool
  /// The questions whose answer can change the outcome somewhere.
  let questionsThatMatter: Set<Int>
  /// Whether the analysis went over its step limit; then nothing else here means anything.
  let isTooComplex: Bool
  /// The most splits the analysis could make.
  let stepLimit: Int

  /// Analyses the rules of a policy.
  ///
  /// - Parameter skippedRules: rules to leave out, because they name unknown ids.
  init(policy: Policy, skipping skippedRules: Set<Int> = [], stepLimit: Int = Self.stepLimit) {
    let table = compiledRules(of: policy, skipping: skippedRules)
    self.table = table.rules
    self.stepLimit = stepLimit
    positions = table.positions
    var search = CubeSearch(table: table.rules, stepLimit: stepLimit)
    let rules = table.rules

    var used: [Int] = []
    var shadowed: [Int: [Int]] = [:]
    var earlierOverlapping: [[Int]] = []
    for rule in 0..<rules.count {
      let earlier = used.filter { rules.overlap($0, rule) }
      earlierOverlapping.append(earlier)
      if search.isCovered(rules.cube(of: rule), by: earlier) {
        shadowed[rule] = earlier
      } else {
        used.append(rule)
      }
      if search.isOverLimit { break }
    }
    // Name as few covering rules as possible: take the rules sharing most of a rule's
    // combinations first until they cover it, then drop each the others do without.
    for (rule, earlier) in shadowed.sorted(by: { $0.key < $1.key }) where !search.isOverLimit {
      let cube = rules.cube(of: rule)
      var covering = earlier
      if earlier.count > 8 {
        let shared = earlier.map { other -> (Int, Double) in
          var both = cube
          for (question, mask) in rules.conditions(of: other) { both.masks[question] &= mask }
          return (other, both.combinationCount)
        }
        let ordered = shared.sorted { $0.1 > $1.1 }.map(\.0)
        var size = 1
        while size < ordered.count, !search.isCovered(cube, by: Array(ordered.prefix(size))) { size *= 2 }
        covering = Array(ordered.prefix(size)).sorted()
      }
      for candidate in covering.reversed() where covering.count <= 64 {
        let without = covering.filter { $0 != candidate }
        if search.isCovered(cube, by: without) { covering = without }
      }
      shadowed[rule] = covering
    }

    if search.isCovered(rules.everything, by: used) {
      undecidedCount = 0
      undecidedCases = []
      isUndecidedCountExact = true
      areUndecidedCasesComplete = true
    } else {
      // Counting what no rule decides can take far longer than finding that something is
      // left: past its own limit, the count is of what was found, a lower bound.
      var counting = CubeSearch(table: rules, stepLimit: Self.countingStepLimit)
      undecidedCount = counting.uncoveredCount(rules.everything, by: used)
      isUndecidedCountExact = !counting.isOverLimit
      var listing = CubeSearch(table: rules, stepLimit: Self.countingStepLimit)
      let pieces = listing.uncoveredPieces(rules.everything, by: used, limit: 4096)
      let merged = mergedCubes(pieces.map { ($0, [()]) }).map(\.cube).sorted { $0.combinationCount > $1.combinationCount }
      undecidedCases = largestCases(merged.prefix(64).map { expanded($0, avoiding: used, in: rules) })
      areUndecidedCasesComplete = isUndecidedCountExact && merged.count <= 64
        && pieces.reduce(0) { $0 + $1.combinationCount } == undecidedCount
    }

    var matter = Set<Int>()
    for question in rules.arities.indices where !search.isOverLimit {
      let restricted = used.contains { rules.restricts($0, question: question, within: rules.everything) }
      if restricted && search.outcome(of: used, within: rules.everything, dependsOn: question) { matter.insert(question) }
    }
    questionsThatMatter = matter
    self.used = used
    self.shadowed = shadowed
    self.earlierOverlapping = earlierOverlapping
    isTooComplex = search.isOverLimit
  }
}

/// A cube no rule matches, with each condition dropped, in the questions' order, that can
/// be while still no rule matches it, so that it reads as few conditions.
private func expanded(_ cube: Cube, avoiding rules: [Int], in table: RuleTable) -> Cube {
  var cube = cube
  let touching = rules.filter { table.intersects($0, Cube(masks: table.fullMasks)) }
  func isClear(_ candidate: Cube) -> Bool { !touching.contains { table.intersects($0, candidate) } }
  for question in cube.masks.indices where cube.masks[question] != table.fullMasks[question] {
    let whole = cube.setting(question, to: table.fullMasks[question])
    if isClear(whole) { cube = whole }
  }
  return cube
}

/// Cases without those another case holds, the largest first.
private func largestCases(_ cases: [Cube]) -> [Cube] {
  let sorted = cases.sorted { $0.combinationCount > $1.combinationCount }
  var kept: [Cube] = []
  for candidate in sorted where !kept.contains(where: { $0.contains(candidate) }) { kept.append(candidate) }
  return kept
}

/// The rules of a policy that name only known ids, as cubes over its questions, with the
/// position of each among the policy's rules. Outcomes are numbered in the policy's order.
func compiledRules(of policy: Policy, skipping skippedRules: Set<Int> = []) -> (rules: RuleTable, positions: [Int]) {
  let arities = policy.questions.map { min(max($0.answers.count, 1), 64) }
  let questionIndex = Dictionary(policy.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
  let outcomeIndex = Dictionary(policy.outcomes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
  var table = RuleTable(arities: arities)
  var positions: [Int] = []
  for (position, rule) in policy.rules.enumerated() {
    guard !skippedRules.contains(position), let outcome = outcomeIndex[rule.outcome] else { continue }
    guard let cube = policy.cube(of: rule.conditions, questionIndex: questionIndex, arities: arities) else { continue }
    table.append(cube, outcome: outcome)
    positions.append(position)
  }
  return (table, positions)
}

extension Policy {
  /// The combinations that meet every condition, as a cube over the questions; nil when a
  /// condition names a question the policy does not have.
  func cube(of conditions: [Condition], questionIndex: [String: Int], arities: [Int]) -> Cube? {
    var cube = Cube(everyCombinationOf: arities)
    for condition in conditions {
      guard let question = questionIndex[condition.question] else { return nil }
      var mask: UInt64 = 0
      for (index, answer) in questions[question].answers.prefix(64).enumerated() where condition.answers.contains(answer.id) {
        mask |= 1 << UInt64(index)
      }
      cube.masks[question] &= mask
    }
    return cube
  }
}
