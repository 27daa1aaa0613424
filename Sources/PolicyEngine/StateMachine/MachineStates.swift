/// The states of a machine, computed the first time a walk reaches them and kept.
///
/// A state is what remains of the policy once some questions are answered: the rules
/// that still decide something given those answers (a residual of the outcome function),
/// and which questions asked of every caller are still to come. From it follow the
/// outcomes still possible and the next question: the first, in the policy's order, whose
/// answer can still change the outcome (or that is asked of every caller). Two partial
/// sessions with the same remaining possibilities share a state: first by the remaining
/// rules as written, then, for residuals written differently, by a search proving the
/// two decide alike everywhere.
struct MachineStates {
  /// What the machine knows about one state.
  struct Info {
    /// The answers given, each answered question fixed to its one answer.
    var region: Cube
    var answered: [Bool]
    /// The rules that decide some combination of `region`, in order.
    var used: [Int]
    var shown: StateMachine.State
    /// The outcomes still possible, in the policy's order.
    var possible: [Int]
    /// The state after each answer to the question shown, once computed.
    var next: [Int?]
  }

  let logic: PolicyLogic
  let isAlwaysAsked: [Bool]
  private var search: CubeSearch
  private(set) var infos: [Info] = []
  private var ids: [[Int]: Int] = [:]
  private var byFingerprint: [[Int]: [Int]] = [:]
  /// Fixed combinations at which every new residual is evaluated, to find residuals that
  /// may be alike without comparing each new one with every other.
  private let probes: [[Int]]

  init(policy: Policy, logic: PolicyLogic) {
    self.logic = logic
    isAlwaysAsked = policy.questions.map(\.isAlwaysAsked)
    search = CubeSearch(table: logic.table, stepLimit: Int.max / 2)
    var generator = SplitMix(seed: 0x5EC0_1D0B_1A10_0001)
    probes = (0..<24).map { _ in logic.table.arities.map { Int(generator.next() % UInt64($0)) } }
    let start = logic.table.everything
    _ = state(region: start, answered: [Bool](repeating: false, count: start.masks.count), used: logic.used)
  }

  // MARK: Walking

  /// The state after answering the question of `state` with the answer at `answer`.
  mutating func next(from state: Int, answer: Int) -> Int {
    guard case .asking(let question) = infos[state].shown else { return state }
    if let known = infos[state].next[answer] { return known }
    let parent = infos[state]
    let region = parent.region.setting(question, to: 1 << UInt64(answer))
    var answered = parent.answered
    answered[question] = true
    let id = self.state(region: region, answered: answered, used: usedRules(within: region, among: parent.used))
    infos[state].next[answer] = id
    return id
  }

  /// The rules among `candidates` (in order, each deciding something somewhere) that
  /// still decide some combination of `region`.
  private mutating func usedRules(within region: Cube, among candidates: [Int]) -> [Int] {
    let table = logic.table
    var used: [Int] = []
    var isUsed = [Bool](repeating: false, count: table.count)
    for rule in candidates where table.intersects(rule, region) {
      let earlier = logic.earlierOverlapping[rule].filter { isUsed[$0] }
      var cube = table.cube(of: rule)
      for question in cube.masks.indices { cube.masks[question] &= region.masks[question] }
      if earlier.isEmpty || !search.isCovered(cube, by: earlier) {
        used.append(rule)
        isUsed[rule] = true
      }
    }
    return used
  }

  /// The id of the state with these answers and remaining rules, made if it is new.
  private mutating func state(region: Cube, answered: [Bool], used: [Int]) -> Int {
    let table = logic.table
    var possible: [Int] = []
    for rule in used where !possible.contains(table.outcomes[rule]) { possible.append(table.outcomes[rule]) }
    possible.sort()
    let alwaysPending = isAlwaysAsked.indices.contains { isAlwaysAsked[$0] && !answered[$0] }
    let decided = possible.count <= 1 && !alwaysPending

    let flags = isAlwaysAsked.indices.filter { isAlwaysAsked[$0] }.map { answered[$0] ? 1 : 0 }
    var key = flags
    if decided {
      key += [-1, possible.first ?? RuleTable.undecided]
    } else {
      for rule in used {
        key.append(table.outcomes[rule])
        for (question, mask) in table.conditions(of: rule) where !answered[question] {
          key += [question, Int(truncatingIfNeeded: mask)]
        }
        key.append(-2)
      }
    }
    if let known = ids[key] { return known }

    // Residuals written differently may still decide alike: those that agree on what
    // can be told apart cheaply (the outcomes possible, the next question, the outcome
    // at fixed combinations) are compared in full.
    let shown: StateMachine.State
    var fingerprint: [Int] = []
    if decided {
      shown = .decided(outcome: possible.first ?? RuleTable.undecided)
    } else {
      let question = nextQuestion(region: region, answered: answered, used: used)
      shown = .asking(question: question)
      fingerprint = flags + [question, -1] + possible + [-1]
      for probe in probes {
        var combination = probe
        for question in answered.indices where answered[question] { combination[question] = region.masks[question].trailingZeroBitCount }
        fingerprint.append(table.firstMatch(used, at: combination).map { table.outcomes[$0] } ?? RuleTable.undecided)
      }
      for candidate in byFingerprint[fingerprint] ?? [] where decidesAlike(region, answered, used, infos[candidate]) {
        ids[key] = candidate
        return candidate
      }
    }

    let id = infos.count
    let arity: Int
    if case .asking(let question) = shown { arity = table.arities[question] } else { arity = 0 }
    infos.append(Info(region: region, answered: answered, used: used, shown: shown, possible: possible, next: [Int?](repeating: nil, count: arity)))
    ids[key] = id
    if !decided { byFingerprint[fingerprint, default: []].append(id) }
    return id
  }

  /// The first question, in the policy's order, still to be asked of every caller or
  /// whose answer can change what the remaining rules decide.
  private mutating func nextQuestion(region: Cube, answered: [Bool], used: [Int]) -> Int {
    let table = logic.table
    var fallback: Int?
    for question in answered.indices where !answered[question] {
      if isAlwaysAsked[question] { return question }
      guard used.contains(where: { table.restricts($0, question: question, within: region) }) else { continue }
      if fallback == nil { fallback = question }
      if search.outcome(of: used, within: region, dependsOn: question) { return question }
    }
    // Unreachable for a policy that passed its check: something is left to ask while
    // more than one outcome is possible.
    return fallback ?? answered.firstIndex(of: false) ?? 0
  }

  /// Whether a new residual decides alike with a known state everywhere.
  private mutating func decidesAlike(_ region: Cube, _ answered: [Bool], _ used: [Int], _ other: Info) -> Bool {
    guard answered.indices.allSatisfy({ !isAlwaysAsked[$0] || answered[$0] == other.answered[$0] }) else { return false }
    func side(_ region: Cube, _ answered: [Bool], _ used: [Int]) -> CubeSearch.Side {
      CubeSearch.Side(rules: used, fixed: answered.indices.filter { answered[$0] }.map { ($0, region.masks[$0]) })
    }
    var findings: [CubeSearch.Finding] = []
    let differ = search.compare(
      [side(region, answered, used), side(other.region, other.answered, other.used)], within: logic.table.everything,
      goal: .anyDifference, findings: &findings)
    return !differ
  }

  // MARK: Questions about answers

  /// Whether, with every other answer fixed as `assignment` gives it, the outcome still
  /// depends on the answer to `question`.
  mutating func outcomeDepends(on question: Int, given assignment: [Int?]) -> Bool {
    var region = logic.table.everything
    for (index, answer) in assignment.enumerated() where index != question {
      if let answer { region.masks[index] = 1 << UInt64(answer) }
    }
    return search.outcome(of: logic.used, within: region, dependsOn: question)
  }
}

/// A small, fast, seeded generator of pseudo-random numbers (SplitMix64).
struct SplitMix {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
