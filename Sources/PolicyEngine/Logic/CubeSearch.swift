/// Searches over sets of answer combinations that never list the combinations one by one:
/// whether rules cover a region and what they leave out, and where first-match lists of
/// rules decide differently.
///
/// A region is split one question at a time, into the groups of answers that no rule in
/// play tells apart, as multi-valued logic minimisers decide containment and tautology of
/// covers (Espresso-MV's unate recursive paradigm): a rule that holds on the whole region
/// settles it, an answer that no rule allows is a gap at once, and a question whose
/// answers some rule ignores and the others never allow is dropped without splitting.
/// Only the rules that touch a region are carried into it, so the work follows the
/// policy's structure rather than its number of combinations.
///
/// Every split counts as a step; past `stepLimit` a search gives up, `isOverLimit` is
/// set and its answers mean nothing, so that a pathological policy is reported rather
/// than searched for ever.
struct CubeSearch {
  let table: RuleTable
  /// The most splits all searches together may make.
  let stepLimit: Int
  /// The splits made so far.
  private(set) var steps = 0
  /// The most findings a comparison collects before it stops, as if over its step limit.
  var findingLimit = Int.max
  /// Whether rules cover a region, for the rules and the answers they read there.
  private var coverCache: [CoverKey: Bool] = [:]
  /// How many combinations rules leave out of a region, per combination of the questions they do not read.
  private var countCache: [CoverKey: Double] = [:]

  init(table: RuleTable, stepLimit: Int) {
    self.table = table
    self.stepLimit = stepLimit
  }

  /// Whether a search gave up; once set, answers are meaningless.
  var isOverLimit: Bool { steps > stepLimit }

  private mutating func step() -> Bool {
    steps += 1
    return steps > stepLimit
  }

  // MARK: Covers

  /// Whether the rules together match every combination of `region`.
  mutating func isCovered(_ region: Cube, by candidates: [Int]) -> Bool {
    if step() { return true }
    guard let (narrowedRegion, live) = narrowed(region, candidates) else { return true }
    var region = narrowedRegion
    if live.isEmpty { return false }
    let census = RestrictionCensus(live, within: region, table: table)
    let key = CoverKey(rules: live, region: region, census: census)
    if let known = coverCache[key] { return known }
    var result: Bool?
    for question in census.restricted where census.allowed[question] != region.masks[question] {
      // Some answers to this question are allowed by no rule that restricts it: only the
      // rules that ignore the question can cover them, and those cover the whole region
      // if they cover any answer of it.
      if census.counts[question] == live.count {
        result = false
      } else {
        result = isCovered(region, by: live.filter { !table.restricts($0, question: question, within: region) })
      }
      break
    }
    if result == nil {
      let question = census.mostRestricted
      let groups = answerGroups(of: question, within: region, rules: live)
      // The group the fewest rules allow first: a gap, if there is one, is likeliest there.
      let ordered = groups.map { group in (group, live.filter { table.mask(of: $0, question: question) & group == group }.count) }
        .sorted { $0.1 < $1.1 }.map(\.0)
      result = true
      for group in ordered {
        region.masks[question] = group
        if !isCovered(region, by: live) {
          result = false
          break
        }
      }
    }
    if coverCache.count >= 1 << 18 { coverCache.removeAll(keepingCapacity: true) }
    coverCache[key] = result!
    return result!
  }

  /// The region without the answers that a rule restricting only one question there
  /// covers, as a unit clause settles a variable, repeated until none is left; with the
  /// rules that still match some combination of it. Nil when a rule covers it all.
  private func narrowed(_ region: Cube, _ candidates: [Int]) -> (Cube, [Int])? {
    var region = region
    var live = candidates
    var changed = true
    while changed {
      changed = false
      var kept: [Int] = []
      kept.reserveCapacity(live.count)
      for rule in live where table.intersects(rule, region) {
        var restrictions = 0
        var only = (question: 0, allowed: UInt64(0))
        table.forEachRestriction(of: rule, within: region) { question, allowed in
          restrictions += 1
          only = (question, allowed)
        }
        switch restrictions {
        case 0: return nil
        case 1:
          region.masks[only.question] &= ~only.allowed
          changed = true
        default: kept.append(rule)
        }
      }
      live = kept
    }
    return (region, live)
  }

  /// How many combinations of `region` none of the rules matches.
  mutating func uncoveredCount(_ region: Cube, by candidates: [Int]) -> Double {
    var pieces: [Cube]? = nil
    return uncovered(region, by: candidates, pieces: &pieces, pieceLimit: 0)
  }

  /// Disjoint pieces of `region` that none of the rules matches, at most `limit` of them;
  /// all of them when fewer are found.
  mutating func uncoveredPieces(_ region: Cube, by candidates: [Int], limit: Int) -> [Cube] {
    var pieces: [Cube]? = []
    _ = uncovered(region, by: candidates, pieces: &pieces, pieceLimit: limit)
    return pieces!
  }

  /// Counts the combinations none of the rules matches, each count kept for the rules and
  /// answers it depends on; or, with `pieces`, lists them (without keeping counts, since a
  /// kept count has no pieces), stopping at `pieceLimit`.
  private mutating func uncovered(_ region: Cube, by candidates: [Int], pieces: inout [Cube]?, pieceLimit: Int) -> Double {
    if step() { return 0 }
    if let found = pieces, found.count >= pieceLimit { return 0 }
    guard let (region, live) = narrowed(region, candidates) else { return 0 }
    if live.isEmpty {
      pieces?.append(region)
      return region.combinationCount
    }
    let census = RestrictionCensus(live, within: region, table: table)
    // Counted once per rules and answers they read; the questions no rule reads only
    // multiply the count.
    let key = CoverKey(rules: live, region: region, census: census)
    var free = 1.0
    for question in region.masks.indices where census.counts[question] == 0 { free *= Double(region.masks[question].nonzeroBitCount) }
    if pieces == nil, let known = countCache[key] { return known * free }
    var total = 0.0
    var split = true
    for question in census.restricted where census.counts[question] == live.count && census.allowed[question] != region.masks[question] {
      // Every rule restricts this question, and some answers to it none allows.
      let gap = region.setting(question, to: region.masks[question] & ~census.allowed[question])
      pieces?.append(gap)
      total = gap.combinationCount
        + uncovered(region.setting(question, to: census.allowed[question]), by: live, pieces: &pieces, pieceLimit: pieceLimit)
      split = false
      break
    }
    if split {
      let question = census.mostRestricted
      for group in answerGroups(of: question, within: region, rules: live) {
        total += uncovered(region.setting(question, to: group), by: live, pieces: &pieces, pieceLimit: pieceLimit)
      }
    }
    if isOverLimit || pieces != nil { return total }
    if countCache.count >= 1 << 18 { countCache.removeAll(keepingCapacity: true) }
    countCache[key] = total / free
    return total
  }

  /// The answers of a question within a region, grouped so that no rule tells apart two
  /// answers of one group; in the order of their first answer.
  func answerGroups(of question: Int, within region: Cube, rules: [Int]) -> [UInt64] {
    var groups = [region.masks[question]]
    for rule in rules {
      let allowed = table.mask(of: rule, question: question)
      if allowed & region.masks[question] == region.masks[question] { continue }
      var refined: [UInt64] = []
      for group in groups {
        let inside = group & allowed
        let outside = group & ~allowed
        if inside != 0 { refined.append(inside) }
        if outside != 0 { refined.append(outside) }
      }
      groups = refined
      if groups.count == table.arities[question] { break }
    }
    return groups.sorted { $0.trailingZeroBitCount < $1.trailingZeroBitCount }
  }

  // MARK: First-match lists

  /// One side of a comparison: a first-match list of rules, read with some questions'
  /// answers fixed (the answers already given, or one group of a question's answers).
  struct Side {
    var rules: [Int]
    var fixed: [(question: Int, mask: UInt64)] = []

    /// The region this side reads when the comparison is in `region`.
    func region(within region: Cube) -> Cube {
      var result = region
      for (question, mask) in fixed { result.masks[question] = mask }
      return result
    }
  }

  /// What a comparison looks for.
  enum Goal {
    /// Stop at the first region where two sides decide differently.
    case anyDifference
    /// Every region where the sides decide differently, each with what each side decides.
    case everyDifference
    /// Every region, each with what each side decides.
    case everyOutcome
  }

  /// A region in which each side decides one outcome (`RuleTable.undecided` for none).
  struct Finding {
    var region: Cube
    var outcomes: [Int]
    /// For each side, the rule that decides the whole region, when one rule does.
    var rules: [Int?] = []
  }

  /// Compares first-match lists over a region, splitting it until each side decides one
  /// outcome in each piece, or the sides are the same list of rules reading the same
  /// answers. Returns true when the goal is `anyDifference` and one was found (or the
  /// search went over its limit).
  @discardableResult
  mutating func compare(_ sides: [Side], within region: Cube, goal: Goal, findings: inout [Finding]) -> Bool {
    if step() || findings.count >= findingLimit { return true }
    var next: [Side] = []
    var possible: [[Int]] = []
    var regions: [Cube] = []
    var firstUndecided: [Int?] = []
    var deciding: [Int?] = []
    next.reserveCapacity(sides.count)
    for side in sides {
      let sideRegion = side.region(within: region)
      var live: [Int] = []
      var outcomes: [Int] = []
      var certain = false
      var first: Int?
      for rule in side.rules where table.intersects(rule, sideRegion) {
        live.append(rule)
        let outcome = table.outcomes[rule]
        if !outcomes.contains(outcome) { outcomes.append(outcome) }
        if table.contains(rule, sideRegion) {
          certain = true
          break
        }
        if first == nil { first = rule }
      }
      if !certain, !outcomes.contains(RuleTable.undecided) { outcomes.append(RuleTable.undecided) }
      next.append(Side(rules: live, fixed: side.fixed))
      possible.append(outcomes)
      regions.append(sideRegion)
      firstUndecided.append(outcomes.count == 1 ? nil : first)
      deciding.append(certain && first == nil ? live.last : nil)
    }

    if possible.allSatisfy({ $0.count == 1 }) {
      let outcomes = possible.map { $0[0] }
      let differ = outcomes.contains { $0 != outcomes[0] }
      if goal == .everyOutcome || differ { findings.append(Finding(region: region, outcomes: outcomes, rules: deciding)) }
      return goal == .anyDifference && differ
    }
    if goal == .anyDifference, Self.someTwoAreDisjoint(possible) {
      findings.append(Finding(region: region, outcomes: possible.map { $0[0] }))
      return true
    }
    if goal != .everyOutcome, sidesAgree(next, regions: regions) { return false }

    if goal == .anyDifference, let (question, allowed) = divergence(next, regions: regions) {
      // The first rule that some sides hold and others do not is where they can part:
      // split on a question it restricts, into the answers it allows and the others.
      for group in [allowed, region.masks[question] & ~allowed] {
        if compare(next, within: region.setting(question, to: group), goal: goal, findings: &findings) { return true }
      }
      return false
    }
    // Split on a question that the first undecided rule of some side restricts: every
    // split brings that rule nearer to holding everywhere or nowhere. When collecting, in
    // the questions' order, so that the pieces found read like the questions asked.
    var question = Int.max
    for (index, rule) in firstUndecided.enumerated() {
      guard let rule else { continue }
      table.forEachRestriction(of: rule, within: regions[index]) { candidate, _ in question = min(question, candidate) }
    }
    var groups = [region.masks[question]]
    for side in next {
      for rule in side.rules {
        let allowed = table.mask(of: rule, question: question)
        if allowed & region.masks[question] == region.masks[question] { continue }
        groups = groups.flatMap { group in [group & allowed, group & ~allowed].filter { $0 != 0 } }
      }
    }
    for group in groups.sorted(by: { $0.trailingZeroBitCount < $1.trailingZeroBitCount })
    where compare(next, within: region.setting(question, to: group), goal: goal, findings: &findings) {
      return true
    }
    return false
  }

  /// The first rule (sides list their rules in increasing order) that some sides hold and
  /// others do not, and a question it restricts in a side that holds it, with the answers
  /// it allows; nil when there is none.
  private func divergence(_ sides: [Side], regions: [Cube]) -> (question: Int, allowed: UInt64)? {
    var positions = [Int](repeating: 0, count: sides.count)
    while true {
      var smallest = Int.max
      for (index, side) in sides.enumerated() where positions[index] < side.rules.count {
        smallest = min(smallest, side.rules[positions[index]])
      }
      if smallest == Int.max { return nil }
      var holders: [Int] = []
      for (index, side) in sides.enumerated() where positions[index] < side.rules.count && side.rules[positions[index]] == smallest {
        holders.append(index)
        positions[index] += 1
      }
      guard holders.count < sides.count else { continue }
      var found: (question: Int, allowed: UInt64)?
      for index in holders where found == nil {
        table.forEachRestriction(of: smallest, within: regions[index]) { question, allowed in
          if found == nil { found = (question, allowed) }
        }
      }
      return found
    }
  }

  /// Whether two sides can decide only outcomes the other cannot.
  private static func someTwoAreDisjoint(_ possible: [[Int]]) -> Bool {
    for a in possible.indices {
      for b in possible.indices where b > a && !possible[a].contains(where: possible[b].contains) { return true }
    }
    return false
  }

  /// Whether every side is the same list of rules and no rule reads an answer on which
  /// the sides' regions differ, so that the sides decide alike everywhere.
  private func sidesAgree(_ sides: [Side], regions: [Cube]) -> Bool {
    guard let first = sides.first, sides.allSatisfy({ $0.rules == first.rules }) else { return false }
    let differing = regions[0].masks.indices.filter { question in regions.contains { $0.masks[question] != regions[0].masks[question] } }
    if differing.isEmpty { return true }
    for rule in first.rules {
      for region in regions {
        for question in differing where table.restricts(rule, question: question, within: region) { return false }
      }
    }
    return true
  }

  /// Whether the outcome that the first-match list `rules` decides within `region`
  /// depends on the answer to `question`.
  mutating func outcome(of rules: [Int], within region: Cube, dependsOn question: Int) -> Bool {
    let live = rules.filter { table.intersects($0, region) }
    let groups = answerGroups(of: question, within: region, rules: live)
    guard groups.count > 1 else { return false }
    var findings: [Finding] = []
    return compare(groups.map { Side(rules: live, fixed: [(question, $0)]) }, within: region, goal: .anyDifference, findings: &findings)
  }
}

/// A cover question, by what decides its answer: the rules in play and the region's
/// answers to the questions they restrict.
private struct CoverKey: Hashable {
  var rules: [Int]
  var masks: [UInt64]

  init(rules: [Int], region: Cube, census: RestrictionCensus) {
    self.rules = rules.sorted()
    masks = region.masks.indices.map { census.counts[$0] > 0 ? region.masks[$0] : 0 }
  }
}

/// For the rules in play in a region: how many restrict each question there, and the
/// answers they allow between them.
private struct RestrictionCensus {
  var counts: [Int]
  var allowed: [UInt64]
  /// The questions some rule restricts, in order.
  var restricted: [Int] = []

  init(_ rules: [Int], within region: Cube, table: RuleTable) {
    counts = [Int](repeating: 0, count: region.masks.count)
    allowed = [UInt64](repeating: 0, count: region.masks.count)
    for rule in rules {
      table.forEachRestriction(of: rule, within: region) { question, inside in
        counts[question] += 1
        allowed[question] |= inside
      }
    }
    restricted = counts.indices.filter { counts[$0] > 0 }
  }

  /// The question the most rules restrict (the first, on a tie).
  var mostRestricted: Int {
    restricted.max { (counts[$0], -$0) < (counts[$1], -$1) }!
  }
}

/// Cubes merged, wherever two of them differ in one question only, into the cube that
/// holds both, until no two can be; disjoint cubes stay disjoint. Each merged cube keeps
/// the labels of the cubes it holds.
func mergedCubes<Label>(_ cubes: [(cube: Cube, labels: [Label])]) -> [(cube: Cube, labels: [Label])] {
  var current = cubes
  var changed = true
  while changed, current.count > 1 {
    changed = false
    let width = current[0].cube.masks.count
    for question in 0..<width {
      var byRest: [Cube: Int] = [:]
      var merged: [(cube: Cube, labels: [Label])] = []
      for entry in current {
        let rest = entry.cube.setting(question, to: 0)
        if let index = byRest[rest] {
          merged[index].cube.masks[question] |= entry.cube.masks[question]
          merged[index].labels += entry.labels
          changed = true
        } else {
          byRest[rest] = merged.count
          merged.append(entry)
        }
      }
      current = merged
    }
  }
  return current
}
