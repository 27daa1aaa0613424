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
  /// Where the decisions differ, with what each decides (nil: that policy does not have
  /// this situation, because one of its answers is new or withdrawn).
  let findings: [(region: Cube, old: String?, new: String?)]
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
    var search = CubeSearch(table: table, stepLimit: Int.max / 2)
    var findings: [(region: Cube, old: String?, new: String?)] = []
    func name(_ outcome: Int) -> String? { outcome == RuleTable.undecided ? nil : outcomes[outcome] }

    var compared: [CubeSearch.Finding] = []
    if !sharedSpace.isEmpty {
      search.compare([.init(rules: oldRules), .init(rules: newRules)], within: sharedSpace, goal: .everyDifference, findings: &compared)
    }
    findings += compared.map { ($0.region, name($0.outcomes[0]), name($0.outcomes[1])) }
    // What only one policy has: for each question, its answers only that policy has, with
    // the earlier questions at their shared answers, so that the pieces do not overlap.
    for (space, rules, isNew) in [(newSpace, newRules, true), (oldSpace, oldRules, false)] {
      for question in questions.indices {
        let only = space.masks[question] & ~sharedSpace.masks[question]
        guard only != 0 else { continue }
        var region = space
        for earlier in 0..<question { region.masks[earlier] = sharedSpace.masks[earlier] }
        region.masks[question] = only
        guard !region.isEmpty else { continue }
        var listed: [CubeSearch.Finding] = []
        search.compare([.init(rules: rules)], within: region, goal: .everyOutcome, findings: &listed)
        findings += listed.map { isNew ? ($0.region, nil, name($0.outcomes[0])) : ($0.region, name($0.outcomes[0]), nil) }
      }
    }
    self.findings = findings
  }
}
