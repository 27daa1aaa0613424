import Testing

@testable import PolicyEngine

/// Checks the searches against trying every combination of answers, on small random policies.
@Suite struct CubeSearchTests {
  func randomCube(_ reference: BruteForce, _ generator: inout SeededRandom) -> Cube {
    Cube(masks: reference.arities.map { arity in
      let mask = UInt64.random(in: 1...fullMask(arity), using: &generator)
      return Bool.random(using: &generator) ? fullMask(arity) : mask
    })
  }

  func randomRules(_ reference: BruteForce, _ generator: inout SeededRandom) -> [Int] {
    (0..<reference.table.count).filter { _ in Int.random(in: 0..<4, using: &generator) > 0 }
  }

  func covered(_ reference: BruteForce, _ combination: [Int], by rules: [Int]) -> Bool {
    reference.table.firstMatch(rules, at: combination) != nil
  }

  @Test func decidesWhetherRulesCoverARegion() {
    var generator = SeededRandom(seed: 1)
    var both = (covered: 0, uncovered: 0)
    for round in 0..<300 {
      let reference = BruteForce(randomPolicy(&generator, rules: round % 2 == 0 ? 8 : 4, sound: false))
      var search = CubeSearch(table: reference.table, stepLimit: 100_000)
      let region = randomCube(reference, &generator)
      let rules = randomRules(reference, &generator)
      let expected = reference.members(region).allSatisfy { covered(reference, $0, by: rules) }
      #expect(search.isCovered(region, by: rules) == expected)
      if expected { both.covered += 1 } else { both.uncovered += 1 }
    }
    #expect(both.covered > 30 && both.uncovered > 30, "\(both)")
  }

  @Test func countsAndListsWhatRulesLeaveOut() {
    var generator = SeededRandom(seed: 2)
    for _ in 0..<300 {
      let reference = BruteForce(randomPolicy(&generator, rules: 8, sound: false))
      var search = CubeSearch(table: reference.table, stepLimit: 100_000)
      let region = randomCube(reference, &generator)
      let rules = randomRules(reference, &generator)
      let expected = Set(reference.members(region).filter { !covered(reference, $0, by: rules) })
      let count = search.uncoveredCount(region, by: rules)
      let pieces = search.uncoveredPieces(region, by: rules, limit: 1000)
      #expect(count == Double(expected.count))
      let listed = pieces.flatMap { reference.members($0) }
      #expect(listed.count == expected.count && Set(listed) == expected)
    }
  }

  @Test func findsWhereTwoFirstMatchListsDecideDifferently() {
    var generator = SeededRandom(seed: 3)
    var both = (alike: 0, different: 0)
    for _ in 0..<300 {
      let reference = BruteForce(randomPolicy(&generator, rules: 8, sound: false))
      var search = CubeSearch(table: reference.table, stepLimit: 100_000)
      let first = randomRules(reference, &generator)
      let second = randomRules(reference, &generator)
      func decides(_ rules: [Int], _ combination: [Int]) -> Int {
        reference.table.firstMatch(rules, at: combination).map { reference.table.outcomes[$0] } ?? RuleTable.undecided
      }
      let differing = reference.combinations.filter { decides(first, $0) != decides(second, $0) }
      var findings: [CubeSearch.Finding] = []
      let found = search.compare([.init(rules: first), .init(rules: second)], within: reference.table.everything, goal: .anyDifference, findings: &findings)
      #expect(found == !differing.isEmpty)
      if found { #expect(reference.members(findings[0].region).allSatisfy(differing.contains)) }

      var every: [CubeSearch.Finding] = []
      search.compare([.init(rules: first), .init(rules: second)], within: reference.table.everything, goal: .everyDifference, findings: &every)
      let listed = every.flatMap { finding in reference.members(finding.region).map { (finding, $0) } }
      #expect(listed.count == differing.count && Set(listed.map(\.1)) == Set(differing))
      for (finding, combination) in listed { #expect(finding.outcomes == [decides(first, combination), decides(second, combination)]) }
      if differing.isEmpty { both.alike += 1 } else { both.different += 1 }
    }
    #expect(both.alike > 20 && both.different > 20)
  }

  @Test func findsWhetherTheOutcomeDependsOnAQuestion() {
    var generator = SeededRandom(seed: 4)
    for _ in 0..<300 {
      let reference = BruteForce(randomPolicy(&generator, rules: 8, sound: false))
      var search = CubeSearch(table: reference.table, stepLimit: 100_000)
      let question = Int.random(in: 0..<reference.arities.count, using: &generator)
      var fixed: [Int: Int] = [:]
      var region = reference.table.everything
      for other in reference.arities.indices where other != question && Bool.random(using: &generator) {
        fixed[other] = Int.random(in: 0..<reference.arities[other], using: &generator)
        region.masks[other] = 1 << UInt64(fixed[other]!)
      }
      let all = Array(0..<reference.table.count)
      #expect(search.outcome(of: all, within: region, dependsOn: question) == reference.depends(on: question, fixed: fixed))
    }
  }

  @Test func mergesCubesIntoFewerThatHoldTheSameCombinations() {
    var generator = SeededRandom(seed: 5)
    let reference = BruteForce(randomPolicy(&generator, sound: false))
    let singles = reference.combinations.map { combination in
      (cube: Cube(masks: combination.map { 1 << UInt64($0) }), labels: [combination])
    }
    let merged = mergedCubes(singles)
    #expect(merged.count == 1)
    #expect(merged[0].cube == reference.table.everything)
    #expect(Set(merged[0].labels) == Set(reference.combinations))
  }

  @Test func givesUpPastItsStepLimit() {
    var generator = SeededRandom(seed: 6)
    let reference = BruteForce(randomPolicy(&generator, questions: 6, rules: 12, sound: false))
    var search = CubeSearch(table: reference.table, stepLimit: 2)
    #expect(!search.isOverLimit)
    for _ in 0..<3 { _ = search.isCovered(reference.table.everything, by: Array(0..<reference.table.count)) }
    #expect(search.isOverLimit)
  }
}

/// Checks what the check proves about rules against trying every combination.
@Suite struct PolicyLogicTests {
  @Test func agreesWithTryingEveryCombination() {
    var generator = SeededRandom(seed: 7)
    for _ in 0..<200 {
      let policy = randomPolicy(&generator, rules: 7, sound: Bool.random(using: &generator))
      let reference = BruteForce(policy)
      let logic = PolicyLogic(policy: policy)
      #expect(!logic.isTooComplex)
      #expect(Set(logic.shadowed.keys) == reference.shadowedRules)
      #expect(Set(logic.used) == Set(0..<reference.table.count).subtracting(reference.shadowedRules))
      let undecided = reference.combinations.filter { reference.outcome($0) == RuleTable.undecided }
      #expect(logic.undecidedCount == Double(undecided.count) && logic.isUndecidedCountExact)
      let cases = Set(logic.undecidedCases.flatMap(reference.members))
      #expect(cases == Set(undecided) && logic.areUndecidedCasesComplete)
      #expect(logic.questionsThatMatter == Set(reference.arities.indices.filter { reference.depends(on: $0) }))
      for (rule, covering) in logic.shadowed {
        let cube = reference.members(reference.table.cube(of: rule))
        #expect(cube.allSatisfy { reference.table.firstMatch(covering, at: $0) != nil })
        #expect(covering.allSatisfy { $0 < rule })
      }
    }
  }
}
