/// A reduced, ordered multi-valued decision diagram: a set of answer combinations,
/// stored so that set operations never enumerate the combinations one by one.
///
/// Variables are question indices; a variable's values are the indices of its answers.
/// Node 0 is the empty set and node 1 the set of every combination. Nodes are
/// hash-consed, so two equal sets are always the same node, and a set depends on a
/// question exactly when a node for that question appears in it.
///
/// Variables are tested in `order`, which need not be the questions' order: the size of
/// a diagram depends on it, and putting the questions most rules mention first keeps
/// diagrams of rule sets small.
struct DecisionDiagram: Sendable {
  typealias Node = Int32

  static let empty: Node = 0
  static let full: Node = 1

  /// The number of answers each question has, by question index.
  let arities: [Int]
  /// The question tested at each level, from the top.
  private let variableAtLevel: [Int]
  /// The level at which each question is tested.
  private let levelOfVariable: [Int]
  /// The number of answers of the question at each level.
  private let arityAtLevel: [Int]

  private var level: [Int32] = [Int32.max, Int32.max]
  private var firstChild: [Int32] = [0, 0]
  private var children: [Node] = []
  private var unique: [NodeKey: Node] = [:]
  private var memo: [OperationKey: Node] = [:]

  /// The most nodes a diagram may grow to before it gives up, so that a policy too
  /// tangled to analyse is reported instead of exhausting memory.
  let nodeLimit: Int
  /// Whether the diagram hit `nodeLimit`; once set, every result is meaningless.
  private(set) var isOverLimit = false

  /// A diagram over questions with the given numbers of answers, tested in `order`
  /// (question indices from the top; by default the questions' own order).
  init(arities: [Int], order: [Int]? = nil, nodeLimit: Int = 1_000_000) {
    self.arities = arities
    self.nodeLimit = nodeLimit
    let order = order ?? Array(arities.indices)
    precondition(order.sorted() == Array(arities.indices), "the order must list every question once")
    variableAtLevel = order
    var levels = [Int](repeating: 0, count: arities.count)
    for (level, variable) in order.enumerated() { levels[variable] = level }
    levelOfVariable = levels
    arityAtLevel = order.map { arities[$0] }
  }

  // MARK: Reading nodes

  /// The question a node tests, or nil for the two terminals.
  func variable(of node: Node) -> Int? {
    node <= 1 ? nil : variableAtLevel[Int(level[Int(node)])]
  }

  /// The node reached from `node` when its question has the answer `value`.
  func child(of node: Node, value: Int) -> Node {
    children[Int(firstChild[Int(node)]) + value]
  }

  private func levelOf(_ node: Node) -> Int32 { level[Int(node)] }

  private func child(_ node: Node, at level: Int32, value: Int) -> Node {
    levelOf(node) == level ? child(of: node, value: value) : node
  }

  // MARK: Building nodes

  private mutating func make(_ nodeLevel: Int32, _ kids: [Node]) -> Node {
    let first = kids[0]
    if kids.allSatisfy({ $0 == first }) { return first }
    let key = NodeKey(level: nodeLevel, children: kids)
    if let existing = unique[key] { return existing }
    if level.count >= nodeLimit {
      isOverLimit = true
      return Self.empty
    }
    let node = Node(level.count)
    level.append(nodeLevel)
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
    for variable in allowed.keys.sorted(by: { levelOfVariable[$0] > levelOfVariable[$1] }) {
      let flags = allowed[variable]!
      node = make(Int32(levelOfVariable[variable]), (0..<arities[variable]).map { flags[$0] ? node : Self.empty })
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

  /// The combinations in any of the sets, joined pairwise so intermediate sets stay small
  /// when neighbours in the list are alike.
  mutating func union(of nodes: [Node]) -> Node {
    var layer = nodes
    while layer.count > 1 {
      var next: [Node] = []
      next.reserveCapacity((layer.count + 1) / 2)
      for index in stride(from: 0, to: layer.count, by: 2) {
        next.append(index + 1 < layer.count ? union(layer[index], layer[index + 1]) : layer[index])
      }
      layer = next
    }
    return layer.first ?? Self.empty
  }

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
    if isOverLimit { return Self.empty }
    let key = OperationKey(operation: operation, left: left, right: right)
    if let known = memo[key] { return known }
    let top = min(levelOf(left), levelOf(right))
    let arity = arityAtLevel[Int(top)]
    var kids = [Node]()
    kids.reserveCapacity(arity)
    for value in 0..<arity {
      kids.append(apply(operation, child(left, at: top, value: value), child(right, at: top, value: value)))
    }
    let result = make(top, kids)
    if memo.count >= 4_000_000 { memo.removeAll(keepingCapacity: true) }
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
    let nodeLevel = levelOf(node)
    let result: Node
    if let value = assignment[variableAtLevel[Int(nodeLevel)]] {
      result = restrict(child(of: node, value: value), assignment, &cache)
    } else {
      var kids = [Node]()
      for value in 0..<arityAtLevel[Int(nodeLevel)] {
        kids.append(restrict(child(of: node, value: value), assignment, &cache))
      }
      result = make(nodeLevel, kids)
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
      let nodeLevel = Int(levelOf(next))
      found.insert(variableAtLevel[nodeLevel])
      for value in 0..<arityAtLevel[nodeLevel] { stack.append(child(of: next, value: value)) }
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
      let variable = variableAtLevel[Int(levelOf(node))]
      for value in 0..<arities[variable] {
        current[variable] = value
        walk(child(of: node, value: value))
      }
      current[variable] = nil
    }
    walk(node)
    return result
  }

  /// How many answer combinations `node`'s set holds, as a floating-point count
  /// (policies can have more combinations than an integer holds); exact below 2^53.
  func count(of node: Node) -> Double {
    let levels = arityAtLevel.count
    // below[l]: the number of combinations of the questions at levels l and deeper.
    var below = [Double](repeating: 1, count: levels + 1)
    for index in stride(from: levels - 1, through: 0, by: -1) { below[index] = below[index + 1] * Double(arityAtLevel[index]) }
    func depth(_ node: Node) -> Int { node <= 1 ? levels : Int(levelOf(node)) }
    var cache: [Node: Double] = [:]
    // Members counted over the questions from the node's own level down.
    func members(_ node: Node) -> Double {
      if node == Self.empty { return 0 }
      if node == Self.full { return 1 }
      if let known = cache[node] { return known }
      let nodeLevel = depth(node)
      var sum = 0.0
      for value in 0..<arityAtLevel[nodeLevel] {
        let next = child(of: node, value: value)
        sum += members(next) * below[nodeLevel + 1] / below[depth(next)]
      }
      cache[node] = sum
      return sum
    }
    return members(node) * below[0] / below[depth(node)]
  }
}

private struct NodeKey: Hashable {
  var level: Int32
  var children: [DecisionDiagram.Node]
}
