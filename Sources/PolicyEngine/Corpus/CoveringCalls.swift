/// The fewest calls that, between them, give every answer to the question of every state
/// of the machine, and reach each outcome with words for particular kinds of caller with
/// every answer to the question that tells callers apart: so that any change to what a state asks or
/// where one of its answers leads, and any change to an outcome for one kind of caller,
/// makes some call of the set go differently.
///
/// Each answer at each state is an edge that must carry at least one call, and each
/// outcome with words by kind of caller must receive as many calls as it has kinds of caller; the fewest
/// calls that do are a minimum flow from the start to the outcomes with those lower
/// bounds, found by sending enough calls and then cancelling calls along paths back from
/// the outcomes to the start while every bound still holds. The answers of an always-asked
/// question that lead to the same state can be swapped between calls freely; they are
/// handed out so that the calls reaching each outcome bring different kinds of caller, and
/// a call is added for any kind still missing (none, when, as in the shipped policy, every
/// answer to the question leads to the same state).
public struct CoveringCalls: Sendable {
  /// One call: its answers in order, and the outcome it reaches.
  public struct Call: Sendable, Hashable {
    public var answers: [GivenAnswer]
    public var outcome: String
  }

  /// The calls, in the order of their answers.
  public let calls: [Call]
  /// How many calls every answer at every state needs, with as many calls to each outcome
  /// with words by kind of caller as it has kinds of caller (the minimum flow).
  public let callsForEveryAnswer: Int
  /// How many (outcome, kind of caller) pairs must be reached.
  public let callerKinds: Int

  /// The covering calls of a machine, or nil when it has more than `limit` states.
  public init?(_ machine: StateMachine, limit: Int) {
    guard let layout = machine.layout(limit: limit) else { return nil }
    let policy = machine.policy

    // Outcomes whose words differ by kind of caller, and the always-asked question that
    // tells the kinds apart.
    // Answers of one kind are told the same words, so one answer stands for each kind:
    // its first, and the first of the answers that belong to no kind.
    var wanted: [Int: [Int]] = [:]
    var representatives: Set<Int> = []
    var standsFor: [Int: Int] = [:]
    if let callers = policy.callers, let question = machine.questionIndex(of: callers.question),
      policy.questions[question].isAlwaysAsked
    {
      for (index, outcome) in policy.outcomes.enumerated() where !outcome.say.byCaller.isEmpty {
        wanted[index] = [question]
      }
      var first: [String: Int] = [:]
      for (index, answer) in policy.questions[question].answers.enumerated() {
        let kind = callers.kind(answering: answer.id)?.id ?? ""
        if first[kind] == nil {
          first[kind] = index
          representatives.insert(index)
        }
        standsFor[index] = first[kind]
      }
    }
    /// The answer that stands for an answer's kind of caller.
    func kind(_ answer: Int) -> Int { standsFor[answer] ?? answer }
    var needed = Set<[Int]>()  // [outcome, question, answer]
    var endingAtLeast: [Int: Int] = [:]
    for (outcome, questions) in wanted {
      for question in questions {
        let kinds = policy.questions[question].answers.indices.filter { answer in
          representatives.contains(answer)
            && Self.shortestPath(layout, outcome: outcome, question: question, answer: answer) != nil
        }
        for answer in kinds { needed.insert([outcome, question, answer]) }
        if let terminal = layout.states.firstIndex(of: .decided(outcome: outcome)) {
          endingAtLeast[terminal] = max(endingAtLeast[terminal] ?? 0, kinds.count)
        }
      }
    }
    callerKinds = needed.count

    // Every answer at every state needs a call, and each outcome with words by kind of caller as many as
    // its kinds of caller.
    var flow = EdgeFlow(layout, endingAtLeast: endingAtLeast)
    flow.minimise()
    callsForEveryAnswer = flow.value
    var paths = flow.paths()
    func outcome(of path: [EdgeFlow.Edge]) -> Int {
      guard case .decided(let outcome) = layout.states[path.last!.to] else { return -1 }
      return outcome
    }

    // Hand out the answers of always-asked questions that lead to the same state so that
    // the calls bring the kinds of caller still missing, keeping every answer in use.
    for question in Set(wanted.values.flatMap { $0 }).sorted() {
      var byEdge: [[Int]: [Int]] = [:]  // [state, next] -> indices into paths, at the step asking `question`
      for (index, path) in paths.enumerated() {
        if let step = path.firstIndex(where: { Self.questionOf(layout, $0.from) == question }) {
          byEdge[[path[step].from, path[step].to], default: []].append(index)
        }
      }
      for (key, users) in byEdge.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
        let answers = layout.next[key[0]].indices.filter { layout.next[key[0]][$0] == key[1] }
        var unassigned = users
        var given: [Int: Int] = [:]
        // First every answer once, to a call whose outcome still lacks that kind of caller if one can.
        for answer in answers {
          let pick = unassigned.first { needed.contains([outcome(of: paths[$0]), question, kind(answer)]) } ?? unassigned.first
          guard let pick else { break }
          given[pick] = answer
          needed.remove([outcome(of: paths[pick]), question, kind(answer)])
          unassigned.removeAll { $0 == pick }
        }
        // Then the other calls, each to a kind its outcome still lacks.
        for user in unassigned {
          let answer =
            answers.first { needed.contains([outcome(of: paths[user]), question, kind($0)]) } ?? paths[user].first { $0.from == key[0] }!.answer
          given[user] = answer
          needed.remove([outcome(of: paths[user]), question, kind(answer)])
        }
        for (user, answer) in given {
          let step = paths[user].firstIndex { $0.from == key[0] }!
          paths[user][step].answer = answer
        }
      }
    }
    for item in needed.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
      if let path = Self.shortestPath(layout, outcome: item[0], question: item[1], answer: item[2]) { paths.append(path) }
    }

    calls = paths.map { path in
      Call(
        answers: path.map { edge in
          let question = policy.questions[Self.questionOf(layout, edge.from)!]
          return GivenAnswer(question: question.id, answer: question.answers[edge.answer].id)
        },
        outcome: policy.outcomes[outcome(of: path)].id)
    }.sorted { a, b in Self.order(of: a, in: policy).lexicographicallyPrecedes(Self.order(of: b, in: policy)) }
  }

  /// A call's answers as answer indices, to sort calls as `paths` sorts paths.
  private static func order(of call: Call, in policy: Policy) -> [Int] {
    call.answers.map { given in policy.question(given.question)!.answers.firstIndex { $0.id == given.answer }! }
  }

  private static func questionOf(_ layout: MachineLayout, _ state: Int) -> Int? {
    if case .asking(let question) = layout.states[state] { return question }
    return nil
  }

  /// Whether some path reaches `outcome` answering `question` with `answer`.
  private static func reachable(_ layout: MachineLayout, outcome: Int, question: Int, answer: Int) -> Bool {
    shortestPath(layout, outcome: outcome, question: question, answer: answer) != nil
  }

  /// The shortest path from the start to `outcome` that answers `question` with `answer`.
  private static func shortestPath(_ layout: MachineLayout, outcome: Int, question: Int, answer: Int) -> [EdgeFlow.Edge]? {
    // Breadth first over (state, whether the answer was given).
    struct Node: Hashable {
      var state: Int
      var given: Bool
    }
    var previous: [Node: (Node, EdgeFlow.Edge)] = [:]
    var queue = [Node(state: 0, given: false)]
    var seen: Set<Node> = [queue[0]]
    var head = 0
    while head < queue.count {
      let node = queue[head]
      head += 1
      if case .decided(let reached) = layout.states[node.state] {
        guard reached == outcome, node.given else { continue }
        var path: [EdgeFlow.Edge] = []
        var current = node
        while let (before, edge) = previous[current] {
          path.append(edge)
          current = before
        }
        return path.reversed()
      }
      guard case .asking(let asked) = layout.states[node.state] else { continue }
      for (index, target) in layout.next[node.state].enumerated() {
        if asked == question, index != answer { continue }
        let next = Node(state: target, given: node.given || asked == question)
        if seen.insert(next).inserted {
          previous[next] = (node, EdgeFlow.Edge(from: node.state, answer: index, to: target))
          queue.append(next)
        }
      }
    }
    return nil
  }
}

/// Calls through a laid-out machine as a flow: how many calls take each answer at each
/// state, at least one each.
private struct EdgeFlow {
  struct Edge: Hashable {
    var from: Int
    var answer: Int
    var to: Int
  }

  let layout: MachineLayout
  /// Calls along each answer, by state and answer index.
  var flow: [[Int]]
  /// Calls that end at each decided state.
  var ending: [Int]

  /// The fewest calls that may end at each decided state.
  let endingAtLeast: [Int]

  /// One call through every answer at every state: the shortest way to it, then the first
  /// answers on to an outcome; and more calls, by the shortest way, to each decided state
  /// that needs more.
  init(_ layout: MachineLayout, endingAtLeast: [Int: Int]) {
    self.layout = layout
    self.endingAtLeast = layout.states.indices.map { endingAtLeast[$0] ?? 0 }
    flow = layout.next.map { [Int](repeating: 0, count: $0.count) }
    ending = [Int](repeating: 0, count: layout.states.count)
    // The shortest way to each state, by breadth first search.
    var way: [Int: [Edge]] = [0: []]
    var queue = [0]
    var head = 0
    while head < queue.count {
      let state = queue[head]
      head += 1
      for (answer, target) in layout.next[state].enumerated() where way[target] == nil {
        way[target] = way[state]! + [Edge(from: state, answer: answer, to: target)]
        queue.append(target)
      }
    }
    for state in layout.states.indices {
      for (answer, target) in layout.next[state].enumerated() {
        var call = way[state]! + [Edge(from: state, answer: answer, to: target)]
        var current = target
        while let first = layout.next[current].first {
          call.append(Edge(from: current, answer: 0, to: first))
          current = first
        }
        for edge in call { flow[edge.from][edge.answer] += 1 }
        ending[current] += 1
      }
    }
    for (state, least) in self.endingAtLeast.enumerated() where ending[state] < least {
      guard let call = way[state] else { continue }
      for edge in call { flow[edge.from][edge.answer] += least - ending[state] }
      ending[state] = least
    }
  }

  /// The number of calls.
  var value: Int { ending.reduce(0, +) }

  /// Cancels calls along paths from an outcome back to the start for as long as every
  /// answer keeps a call and every decided state its fewest: a path may go back along an
  /// answer that carries more than one call, and forward along any answer.
  mutating func minimise() {
    let count = layout.states.count
    var incoming = [[Edge]](repeating: [], count: count)
    for state in 0..<count {
      for (answer, target) in layout.next[state].enumerated() { incoming[target].append(Edge(from: state, answer: answer, to: target)) }
    }
    cancelling: while true {
      // Breadth first from a virtual sink (every decided state with calls ending) to the start.
      enum Step {
        case back(Edge)
        case forward(Edge)
        case sink
      }
      var previous = [Step?](repeating: nil, count: count)
      var queue: [Int] = []
      for state in 0..<count where ending[state] > endingAtLeast[state] {
        previous[state] = .sink
        queue.append(state)
      }
      var head = 0
      var found = false
      while head < queue.count, !found {
        let state = queue[head]
        head += 1
        if state == 0 {
          found = true
          break
        }
        for edge in incoming[state] where flow[edge.from][edge.answer] > 1 && previous[edge.from] == nil {
          previous[edge.from] = .back(edge)
          queue.append(edge.from)
        }
        for (answer, target) in layout.next[state].enumerated() where previous[target] == nil {
          previous[target] = .forward(Edge(from: state, answer: answer, to: target))
          queue.append(target)
        }
      }
      guard found else { return }
      // Cancel one call along the path found, from the start back to the sink.
      var state = 0
      while let step = previous[state] {
        switch step {
        case .back(let edge):
          flow[edge.from][edge.answer] -= 1
          state = edge.to
        case .forward(let edge):
          flow[edge.from][edge.answer] += 1
          state = edge.from
        case .sink:
          ending[state] -= 1
          continue cancelling
        }
      }
      return
    }
  }

  /// The calls the flow carries, each as its answers from the start to an outcome.
  func paths() -> [[Edge]] {
    var remaining = flow
    var left = ending
    var result: [[Edge]] = []
    while left.contains(where: { $0 > 0 }) {
      var path: [Edge] = []
      var state = 0
      while !layout.next[state].isEmpty {
        guard let answer = remaining[state].firstIndex(where: { $0 > 0 }) else { break }
        remaining[state][answer] -= 1
        let target = layout.next[state][answer]
        path.append(Edge(from: state, answer: answer, to: target))
        state = target
      }
      left[state] -= 1
      result.append(path)
    }
    return result
  }
}
