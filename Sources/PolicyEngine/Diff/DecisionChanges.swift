/// The situations in which two versions of a policy decide differently, found over every
/// combination of answers by comparing their rules as cubes, never by listing combinations.
///
/// Both policies are read over one set of questions (the new policy's, then any the old
/// one had alone) and, for each question, one set of answers (the new policy's, then any
/// the old one had alone). Where both policies have every answer, their decisions are
/// compared; where an answer exists in one policy only, the situations are listed with
/// what that policy decides, as new or withdrawn.
struct DecisionChanges {
  /// The questions of both policies, by id, in order.
  let questions: [String]
  /// For each question, its answer ids in both policies.
  let answers: [[String]]
  /// The outcomes of both policies, by id.
  let outcomes: [String]
  /// One piece of the combinations: what each policy decides there (nil: that policy does
  /// not have these answers, because one of them is new or withdrawn), and the rule that
  /// decides the whole piece in each, when one does.
  struct Piece {
    var region: Cube
    var old: String?
    var new: String?
    var oldRule: Int?
    var newRule: Int?
  }

  /// The most splits a comparison makes before it gives up and lists what it found.
  static let stepLimit = 2_000_000
  /// The most pieces a comparison collects before it gives up and lists what it found.
  static let pieceLimit = 10_000

  /// Where the decisions differ, and what only one policy has.
  let findings: [Piece]
  /// Whether the comparison went through every combination; false when it gave up, the
  /// policies differing in too many places to list.
  let isComplete: Bool
  /// The rules of both policies, in one table.
  let table: RuleTable
  /// Every combination of the answers the new policy has, as a cube over the shared questions.
  let newSpace: Cube
  /// Every combination of the answers the old policy has.
  let oldSpace: Cube
  /// The answers both policies have, as a cube.
  let sharedSpace: Cube

  init(old: Policy, new: Policy) {
    var questions = new.questions.map(\.id)
    for question in old.questions where !questions.contains(question.id) { questions.append(question.id) }
    var answers: [[String]] = []
    for id in questions {
      var ids = new.question(id)?.answers.map(\.id) ?? []
      for answer in old.question(id)?.answers ?? [] where !ids.contains(answer.id) { ids.append(answer.id) }
      answers.append(Array(ids.prefix(64)))
    }
    var outcomes = new.outcomes.map(\.id)
    for outcome in old.outcomes where !outcomes.contains(outcome.id) { outcomes.append(outcome.id) }
    self.questions = questions
    self.answers = answers
    self.outcomes = outcomes

    let arities = answers.map { max($0.count, 1) }
    /// The answers a policy has for each shared question: all of them for a question it does not ask.
    func space(of policy: Policy) -> Cube {
      Cube(masks: questions.indices.map { index in
        guard let question = policy.question(questions[index]) else { return fullMask(arities[index]) }
        return answers[index].enumerated().reduce(UInt64(0)) { mask, answer in
          question.answer(answer.element) == nil ? mask : mask | 1 << UInt64(answer.offset)
        }
      })
    }
    oldSpace = space(of: old)
    newSpace = space(of: new)
    sharedSpace = Cube(masks: zip(oldSpace.masks, newSpace.masks).map { $0 & $1 })

    // Both policies' rules in one table, over the shared questions; a rule written the same
    // way in both is one entry, so the search can see where the two lists agree.
    var table = RuleTable(arities: arities)
    var interned: [Cube: [Int: Int]] = [:]
    func compile(_ policy: Policy) -> [Int] {
      let questionIndex = Dictionary(questions.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
      let policySpace = space(of: policy)
      var rules: [Int] = []
      for rule in policy.rules {
        guard let outcome = outcomes.firstIndex(of: rule.outcome) else { continue }
        var cube = policySpace
        var known = true
        for condition in rule.conditions {
          guard let question = questionIndex[condition.question] else {
            known = false
            break
          }
          var mask: UInt64 = 0
          for (index, answer) in answers[question].enumerated() where condition.answers.contains(answer) { mask |= 1 << UInt64(index) }
          cube.masks[question] &= mask
        }
        guard known, !cube.isEmpty else { continue }
        if let existing = interned[cube]?[outcome] {
          rules.append(existing)
        } else {
          let index = table.append(cube, outcome: outcome)
          interned[cube, default: [:]][outcome] = index
          rules.append(index)
        }
      }
      return rules
    }
    let oldRules = compile(old)
    let newRules = compile(new)
    self.table = table
    var search = CubeSearch(table: table, stepLimit: Self.stepLimit)
    search.findingLimit = Self.pieceLimit
    var findings: [Piece] = []
    func name(_ outcome: Int) -> String? { outcome == RuleTable.undecided ? nil : outcomes[outcome] }

    var compared: [CubeSearch.Finding] = []
    if !sharedSpace.isEmpty {
      search.compare([.init(rules: oldRules), .init(rules: newRules)], within: sharedSpace, goal: .everyDifference, findings: &compared)
    }
    findings += compared.map { Piece(region: $0.region, old: name($0.outcomes[0]), new: name($0.outcomes[1]), oldRule: $0.rules[0], newRule: $0.rules[1]) }
    // What only one policy has: for each question, its answers only that policy has, with
    // the earlier questions at their shared answers, so that the pieces do not overlap.
    for (space, rules, isNew) in [(newSpace, newRules, true), (oldSpace, oldRules, false)] {
      for question in questions.indices {
        let only = space.masks[question] & ~sharedSpace.masks[question]
        guard only != 0 else { continue }
        var region = space
        for earlier in 0..<question { region.masks[earlier] = sharedSpace.masks[earlier] }
        region.masks[question] = only
        guard !region.isEmpty, !search.isOverLimit, findings.count < Self.pieceLimit else { continue }
        var listed: [CubeSearch.Finding] = []
        search.compare([.init(rules: rules)], within: region, goal: .everyOutcome, findings: &listed)
        findings += listed.map { found in
          isNew
            ? Piece(region: found.region, old: nil, new: name(found.outcomes[0]), oldRule: nil, newRule: found.rules[0])
            : Piece(region: found.region, old: name(found.outcomes[0]), new: nil, oldRule: found.rules[0], newRule: nil)
        }
      }
    }
    self.findings = findings
    isComplete = !search.isOverLimit && findings.count < Self.pieceLimit
  }
}
