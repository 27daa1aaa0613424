/// A reduced, ordered multi-valued decision diagram: a set of answer combinations,
/// stored so that set operations never enumerate the combinations one by one.
///
/// Variables are question indices in the policy's order; a variable's values are the
/// indices of its answers. Node 0 is the empty set and node 1 the set of every
/// combination. Nodes are hash-consed, so two equal sets are always the same node,
/// and a set depends on a question exactly when a node for that question appears in it.
struct DecisionDiagram: Sendable {
  typealias Node = Int32

  static let empty: Node = 0
  static let full: Node = 1

  /// The number of answers each question has.
  let arities: [Int]

  private var variable: [Int32] = [Int32.max, Int32.max]
  private var firstChild: [Int32] = [0, 0]
  private var children: [Node] = []
  private var unique: [NodeKey: Node] = [:]
  private var memo: [OperationKey: Node] = [:]

  init(arities: [Int]) {
    self.arities = arities
  }

  /// How many nodes the diagram holds, terminals included.
  var nodeCount: Int { variable.count }

  // MARK: Reading nodes

  /// The question a node tests, or nil for the two terminals.
  func variable(of node: Node) -> Int? {
    node <= 1 ? nil : Int(variable[Int(node)])
  }

  /// The node reached from `node` when its question has the answer `value`.
  func child(of node: Node, value: Int) -> Node {
    children[Int(firstChild[Int(node)]) + value]
  }

  private func level(_ node: Node) -> Int32 { variable[Int(node)] }

  private func child(_ node: Node, at level: Int32, value: Int) -> Node {
    self.level(node) == level ? child(of: node, value: value) : node
  }

  // MARK: Building nodes

  private mutating func make(_ level: Int32, _ kids: [Node]) -> Node {
    let first = kids[0]
    if kids.allSatisfy({ $0 == first }) { return first }
    let key = NodeKey(level: level, children: kids)
    if let existing = unique[key] { return existing }
    let node = Node(variable.count)
    variable.append(level)
    firstChild.append(Int32(children.count))
    children.append(contentsOf: kids)
    unique[key] = node
    return node
  }

  /// The set of combinations in which each listed question has one of its listed answers.
  ///
  /// - Parameter allowed: for each constrained question, a flag per answer.
  mutating func cube(_ allowed: [Int: [Bool]]) -> Node {
    var node = Self.full
    for level in allowed.keys.sorted(by: >) {
      let flags = allowed[level]!
      node = make(Int32(level), (0..<arities[level]).map { flags[$0] ? node : Self.empty })
    }
    return node
  }

  // MARK: Set operations

  private enum Operation: UInt8 { case and, or, andNot }

  private struct OperationKey: Hashable {
    var operation: Operation
    var left: Node
    var right: Node
  }

  /// The combinations in both sets.
  mutating func intersection(_ a: Node, _ b: Node) -> Node { apply(.and, a, b) }

  /// The combinations in either set.
  mutating func union(_ a: Node, _ b: Node) -> Node { apply(.or, a, b) }

  /// The combinations in `a` but not in `b`.
  mutating func subtracting(_ a: Node, _ b: Node) -> Node { apply(.andNot, a, b) }

  private mutating func apply(_ operation: Operation, _ a: Node, _ b: Node) -> Node {
    switch operation {
    case .and:
      if a == Self.empty || b == Self.empty { return Self.empty }
      if a == Self.full { return b }
      if b == Self.full || a == b { return a }
    case .or:
      if a == Self.full || b == Self.full { return Self.full }
      if a == Self.empty { return b }
      if b == Self.empty || a == b { return a }
    case .andNot:
      if a == Self.empty || b == Self.full || a == b { return Self.empty }
      if b == Self.empty { return a }
    }
    let (left, right) = (operation != .andNot && a > b) ? (b, a) : (a, b)
    let key = OperationKey(operation: operation, left: left, right: right)
    if let known = memo[key] { return known }
    let top = min(level(left), level(right))
    var kids = [Node]()
    kids.reserveCapacity(arities[Int(top)])
    for value in 0..<arities[Int(top)] {
      kids.append(apply(operation, child(left, at: top, value: value), child(right, at: top, value: value)))
    }
    let result = make(top, kids)
    memo[key] = result
    return result
  }

  /// The set of combinations of the questions not fixed by `assignment`, that extend
  /// `assignment` into a member of `node`'s set.
  ///
  /// - Parameter assignment: the answer index of each fixed question, nil for the others.
  mutating func restricting(_ node: Node, to assignment: [Int?]) -> Node {
    var cache: [Node: Node] = [:]
    return restrict(node, assignment, &cache)
  }

  private mutating func restrict(_ node: Node, _ assignment: [Int?], _ cache: inout [Node: Node]) -> Node {
    if node <= 1 { return node }
    if let known = cache[node] { return known }
    let level = self.level(node)
    let result: Node
    if let value = assignment[Int(level)] {
      result = restrict(child(of: node, value: value), assignment, &cache)
    } else {
      var kids = [Node]()
      for value in 0..<arities[Int(level)] {
        kids.append(restrict(child(of: node, value: value), assignment, &cache))
      }
      result = make(level, kids)
    }
    cache[node] = result
    return result
  }

  // MARK: Questions about sets

  /// The questions whose answer decides membership of `node`'s set.
  func support(of node: Node) -> Set<Int> {
    var seen = Set<Node>()
    var found = Set<Int>()
    var stack = [node]
    while let next = stack.popLast() {
      guard next > 1, seen.insert(next).inserted else { continue }
      found.insert(Int(level(next)))
      for value in 0..<arities[Int(level(next))] { stack.append(child(of: next, value: value)) }
    }
    return found
  }

  /// Disjoint blocks of combinations that together make up `node`'s set, at most `limit`
  /// of them: each block fixes some questions to one answer and leaves the rest free.
  func blocks(of node: Node, limit: Int) -> [[Int: Int]] {
    var result: [[Int: Int]] = []
    var current: [Int: Int] = [:]
    func walk(_ node: Node) {
      if result.count >= limit || node == Self.empty { return }
      if node == Self.full {
        result.append(current)
        return
      }
      let level = Int(self.level(node))
      for value in 0..<arities[level] {
        current[level] = value
        walk(child(of: node, value: value))
      }
      current[level] = nil
    }
    walk(node)
    return result
  }

  /// How many answer combinations `node`'s set holds, as a floating-point count
  /// (policies can have more combinations than an integer holds); exact below 2^53.
  func count(of node: Node) -> Double {
    // The number of combinations of the questions from `level` on.
    let levels = arities.count
    var below = [Double](repeating: 1, count: levels + 1)
    for level in stride(from: levels - 1, through: 0, by: -1) { below[level] = below[level + 1] * Double(arities[level]) }
    func levelOf(_ node: Node) -> Int { node <= 1 ? levels : Int(self.level(node)) }
    // Combinations of the questions from the node's own level on.
    var cache: [Node: Double] = [:]
    func members(_ node: Node) -> Double {
      if node == Self.empty { return 0 }
      if node == Self.full { return 1 }
      if let known = cache[node] { return known }
      let level = levelOf(node)
      var sum = 0.0
      for value in 0..<arities[level] {
        let next = child(of: node, value: value)
        sum += members(next) * below[level + 1] / below[levelOf(next)]
      }
      cache[node] = sum
      return sum
    }
    return members(node) * below[0] / below[levelOf(node)]
  }
}

private struct NodeKey: Hashable {
  var level: Int32
  var children: [DecisionDiagram.Node]
}
