import Testing

@testable import PolicyEngine

/// Checks the diagram's set operations against plain enumeration on small random cases.
@Suite struct DecisionDiagramTests {
  let arities = [3, 2, 4, 3]

  var everyCombination: [[Int]] {
    arities.reduce([[]]) { partial, arity in partial.flatMap { prefix in (0..<arity).map { prefix + [$0] } } }
  }

  func randomCube(_ generator: inout SeededRandom) -> [Int: [Bool]] {
    var allowed: [Int: [Bool]] = [:]
    for (variable, arity) in arities.enumerated() where Bool.random(using: &generator) {
      allowed[variable] = (0..<arity).map { _ in Bool.random(using: &generator) }
    }
    return allowed
  }

  func members(_ diagram: DecisionDiagram, _ node: DecisionDiagram.Node) -> Set<[Int]> {
    Set(everyCombination.filter { combination in
      var current = node
      while let variable = diagram.variable(of: current) { current = diagram.child(of: current, value: combination[variable]) }
      return current == DecisionDiagram.full
    })
  }

  func enumerate(_ cube: [Int: [Bool]]) -> Set<[Int]> {
    Set(everyCombination.filter { combination in cube.allSatisfy { $0.value[combination[$0.key]] } })
  }

  @Test func agreesWithEnumerationOnUnionIntersectionAndDifference() {
    var generator = SeededRandom(seed: 42)
    for _ in 0..<200 {
      var diagram = DecisionDiagram(arities: arities)
      let a = randomCube(&generator)
      let b = randomCube(&generator)
      let c = randomCube(&generator)
      let nodeA = diagram.cube(a)
      let nodeB = diagram.cube(b)
      let nodeC = diagram.cube(c)
      let setA = enumerate(a)
      let setB = enumerate(b)
      let setC = enumerate(c)
      let union = diagram.union(diagram.union(nodeA, nodeB), nodeC)
      let intersection = diagram.intersection(nodeA, nodeB)
      let difference = diagram.subtracting(union, nodeB)
      #expect(members(diagram, union) == setA.union(setB).union(setC))
      #expect(members(diagram, intersection) == setA.intersection(setB))
      #expect(members(diagram, difference) == setA.union(setC).subtracting(setB))
      #expect(diagram.count(of: union) == Double(setA.union(setB).union(setC).count))
    }
  }

  @Test func givesEqualSetsTheSameNode() {
    var diagram = DecisionDiagram(arities: arities)
    let left = diagram.union(diagram.cube([0: [true, false, false]]), diagram.cube([0: [false, true, true]]))
    #expect(left == DecisionDiagram.full)
    let a = diagram.cube([1: [true, false], 2: [true, true, false, false]])
    let b = diagram.intersection(diagram.cube([2: [true, true, false, false]]), diagram.cube([1: [true, false]]))
    #expect(a == b)
  }

  @Test func dependsOnlyOnTheQuestionsThatDecideMembership() {
    var diagram = DecisionDiagram(arities: arities)
    let node = diagram.union(diagram.cube([1: [true, false], 3: [true, false, false]]), diagram.cube([1: [false, true], 3: [true, false, false]]))
    #expect(diagram.support(of: node) == [3])
  }

  @Test func restrictsToAPartialAssignment() {
    var generator = SeededRandom(seed: 9)
    for _ in 0..<100 {
      var diagram = DecisionDiagram(arities: arities)
      let cube = randomCube(&generator)
      let node = diagram.union(diagram.cube(cube), diagram.cube(randomCube(&generator)))
      let fixed = Int.random(in: 0..<arities.count, using: &generator)
      let value = Int.random(in: 0..<arities[fixed], using: &generator)
      var assignment = [Int?](repeating: nil, count: arities.count)
      assignment[fixed] = value
      let restricted = diagram.restricting(node, to: assignment)
      let expected = Set(members(diagram, node).filter { $0[fixed] == value }.map { combination -> [Int] in
        var free = combination
        free[fixed] = 0
        return free
      })
      let actual = Set(members(diagram, restricted).filter { $0[fixed] == 0 })
      #expect(actual == expected)
      #expect(!diagram.support(of: restricted).contains(fixed))
    }
  }

  @Test func listsDisjointBlocksThatMakeUpTheSet() {
    var diagram = DecisionDiagram(arities: arities)
    let node = diagram.union(diagram.cube([0: [true, false, false]]), diagram.cube([2: [false, false, false, true]]))
    let blocks = diagram.blocks(of: node, limit: 10)
    let covered = blocks.reduce(into: Set<[Int]>()) { result, block in
      result.formUnion(everyCombination.filter { combination in block.allSatisfy { combination[$0.key] == $0.value } })
    }
    #expect(covered == members(diagram, node))
    #expect(blocks.reduce(0) { total, block in total + everyCombination.filter { c in block.allSatisfy { c[$0.key] == $0.value } }.count } == covered.count)
  }
}
