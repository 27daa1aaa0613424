/// The result of checking a policy: every defect, and the compiled rules when the
/// policy is sound enough to run.
///
/// Besides the ids and shapes, the check proves, without enumerating every combination
/// of answers, that every combination reaches exactly one outcome, that no rule is
/// shadowed by earlier ones, and that every outcome can be reached and every
/// question is asked on some path.
public struct PolicyCheck: Sendable {
  public let policy: Policy
  /// Every defect, errors and warnings, in the order of the file.
  public let defects: [PolicyDefect]
  let logic: PolicyLogic

  /// Whether any defect is an error (warnings do not stop a policy from running).
  public var hasErrors: Bool { defects.contains { $0.severity == .error } }

  public init(_ policy: Policy) {
    self.policy = policy
    var checker = Checker(policy: policy)
    checker.checkIdentity()
    checker.checkClauses()
    checker.checkQuestions()
    checker.checkOutcomes()
    checker.checkWording()
    checker.checkGroups()
    checker.checkFamilies()
    let skipped = checker.checkRules()
    let logic = PolicyLogic(policy: policy, skipping: skipped)
    checker.checkLogic(logic, skippedRules: skipped)
    checker.checkCitations()
    self.defects = checker.defects + TextAndTypingCheck.defects(of: policy)
    self.logic = logic
  }
}

struct Checker {
  let policy: Policy
  var defects: [PolicyDefect] = []
  let clauseIDs: Set<String>
  let questionsByID: [String: Question]
  let outcomeIDs: Set<String>

  init(policy: Policy) {
    self.policy = policy
    clauseIDs = Set(policy.clauses.map(\.id))
    questionsByID = Dictionary(policy.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    outcomeIDs = Set(policy.outcomes.map(\.id))
  }

  mutating func report(
    _ kind: PolicyDefect.Kind, _ severity: Diagnostic.Severity = .error, at path: PolicyPath, _ message: String,
    pointingAtKey: Bool = false, notes: [PolicyDefect.Note] = []
  ) {
    defects.append(PolicyDefect(kind, severity, at: path, message, pointsAtKey: pointingAtKey, notes: notes))
  }

  // MARK: Ids

  mutating func checkID(_ id: String, at path: PolicyPath, what: String) {
    if !isWellFormedID(id) {
      report(
        .malformedID, at: path,
        "'\(id)' is not a usable \(what) id: use lower-case letters, digits and single hyphens, such as 'treating-centre'")
    }
  }

  mutating func checkUnique(_ ids: [String], at path: PolicyPath, what: String) {
    var first: [String: Int] = [:]
    for (position, id) in ids.enumerated() {
      if let earlier = first[id] {
        report(
          .duplicateID, at: path.appending(position).appending("id"), "duplicate \(what) id '\(id)'",
          notes: [PolicyDefect.Note(path: path.appending(earlier).appending("id"), message: "'\(id)' is first used here")])
      } else {
        first[id] = position
      }
    }
  }

  mutating func checkClauseReferences(_ ids: [String], at path: PolicyPath) {
    for (position, id) in ids.enumerated() where !clauseIDs.contains(id) {
      report(.unknownReference, at: path.appending(position), "unknown clause '\(id)'\(suggestion(id, policy.clauses.map(\.id)))")
    }
  }

  mutating func checkIdentity() {
    checkID(policy.identity.id, at: PolicyPath([.key("policy"), .key("id")]), what: "policy")
  }

  mutating func checkClauses() {
    let path = PolicyPath([.key("clauses")])
    for (position, clause) in policy.clauses.enumerated() {
      checkID(clause.id, at: path.appending(position).appending("id"), what: "clause")
    }
    checkUnique(policy.clauses.map(\.id), at: path, what: "clause")
  }

  // MARK: Questions

  mutating func checkQuestions() {
    let path = PolicyPath([.key("questions")])
    if policy.questions.isEmpty { report(.tooFewAnswers, at: path, "the policy has no questions") }
    for (position, question) in policy.questions.enumerated() {
      let questionPath = path.appending(position)
      checkID(question.id, at: questionPath.appending("id"), what: "question")
      checkClauseReferences(question.clauses, at: questionPath.appending("clauses"))
      let answersPath = questionPath.appending("answers")
      for (index, answer) in question.answers.enumerated() {
        checkID(answer.id, at: answersPath.appending(index).appending("id"), what: "answer")
      }
      checkUnique(question.answers.map(\.id), at: answersPath, what: "answer")
      if question.answers.count < 2 {
        report(.tooFewAnswers, at: answersPath, "question '\(question.id)' needs at least two answers, one of them marked unsure")
      }
      let unsure = question.answers.indices.filter { question.answers[$0].isUnsure }
      if unsure.isEmpty {
        report(
          .unsureAnswer, at: answersPath,
          "question '\(question.id)' has no answer marked 'unsure: true'; every question needs one, because callers often do not know")
      } else if unsure.count > 1 {
        for index in unsure.dropFirst() {
          report(
            .unsureAnswer, at: answersPath.appending(index).appending("unsure"),
            "question '\(question.id)' has more than one answer marked unsure",
            notes: [PolicyDefect.Note(path: answersPath.appending(unsure[0]).appending("unsure"), message: "the first is here")])
        }
      }
      checkAliases(of: question, at: answersPath)
    }
    checkUnique(policy.questions.map(\.id), at: path, what: "question")
  }

  /// No word staff may type can stand for two answers, or for a numbered choice.
  mutating func checkAliases(of question: Question, at path: PolicyPath) {
    var owner: [String: (answer: Int, path: PolicyPath)] = [:]
    for (index, answer) in question.answers.enumerated() {
      let answerPath = path.appending(index)
      var words: [(String, PolicyPath)] = [(answer.id, answerPath.appending("id")), (answer.label, answerPath.appending("label"))]
      for (position, term) in answer.unclearTerms.enumerated() {
        words.append((term.term, answerPath.appending("unclear").appending(position).appending("term")))
      }
      for (position, alias) in answer.aliases.enumerated() {
        let aliasPath = answerPath.appending("aliases").appending(position)
        words.append((alias, aliasPath))
        if !normalizedForMatching(alias).isEmpty, normalizedForMatching(alias).allSatisfy(\.isNumber) {
          report(
            .ambiguousAlias, at: aliasPath,
            "alias '\(alias)' is a number, which staff type to choose an answer by its position")
        }
      }
      for (word, wordPath) in words {
        let key = normalizedForMatching(word)
        if let first = owner[key], first.answer != index {
          report(
            .ambiguousAlias, at: wordPath,
            "'\(word)' would stand for two answers of question '\(question.id)': '\(question.answers[first.answer].id)' and '\(answer.id)'",
            notes: [PolicyDefect.Note(path: first.path, message: "it already stands for '\(question.answers[first.answer].id)' here")])
        } else if owner[key] == nil {
          owner[key] = (index, wordPath)
        }
      }
    }
  }

  // MARK: Outcomes

  mutating func checkOutcomes() {
    let path = PolicyPath([.key("outcomes")])
    if policy.outcomes.isEmpty { report(.unreachableOutcome, at: path, "the policy has no outcomes") }
    for (position, outcome) in policy.outcomes.enumerated() {
      let outcomePath = path.appending(position)
      checkID(outcome.id, at: outcomePath.appending("id"), what: "outcome")
      if outcome.clauses.isEmpty {
        report(.missingClauses, at: outcomePath.appending("clauses"), "outcome '\(outcome.id)' cites no clause; every outcome must say which clauses it rests on")
      }
      checkClauseReferences(outcome.clauses, at: outcomePath.appending("clauses"))
    }
    checkUnique(policy.outcomes.map(\.id), at: path, what: "outcome")
  }

  /// Reports unknown ids in a condition; true when the condition names only known ids.
  mutating func checkCondition(_ condition: Condition, at path: PolicyPath) -> Bool {
    guard let question = questionsByID[condition.question] else {
      report(
        .unknownReference, at: path,
        "unknown question '\(condition.question)'\(suggestion(condition.question, policy.questions.map(\.id)))")
      return false
    }
    var known = true
    let answerIDs = question.answers.map(\.id)
    if condition.answers.isEmpty {
      report(.emptyCondition, at: path, "the condition on '\(condition.question)' lists no answers, so it can never hold")
      known = false
    }
    for (position, answer) in condition.answers.enumerated() where !answerIDs.contains(answer) {
      let answerPath = condition.answers.count == 1 ? path : path.appending(position)
      report(
        .unknownReference, at: answerPath,
        "question '\(condition.question)' has no answer '\(answer)'\(suggestion(answer, answerIDs)) (its answers: \(answerIDs.joined(separator: ", ")))")
      known = false
    }
    return known
  }

  // MARK: Families

  /// Once a policy declares families, every outcome names one of them, and each is named.
  mutating func checkFamilies() {
    let path = PolicyPath([.key("families")])
    let ids = policy.families.map(\.id)
    for (position, family) in policy.families.enumerated() {
      checkID(family.id, at: path.appending(position).appending("id"), what: "family")
    }
    checkUnique(ids, at: path, what: "family")
    let declared = ids.isEmpty ? "the policy declares no families" : "the families are \(ids.joined(separator: ", "))"
    for (position, outcome) in policy.outcomes.enumerated() {
      let outcomePath = PolicyPath([.key("outcomes"), .index(position)])
      if let family = outcome.family {
        if !ids.contains(family) {
          report(.unknownReference, at: outcomePath.appending("family"), "unknown family '\(family)'\(suggestion(family, ids)) (\(declared))")
        }
      } else if !ids.isEmpty {
        report(
          .missingFamily, at: outcomePath.appending("id"),
          "outcome '\(outcome.id)' names no family; once a policy declares families, every outcome names one (\(declared))")
      }
    }
    let named = Set(policy.outcomes.compactMap(\.family))
    for (position, family) in policy.families.enumerated() where !named.contains(family.id) {
      report(.unusedFamily, .warning, at: path.appending(position).appending("id"), "family '\(family.id)' is named by no outcome")
    }
  }

  // MARK: Rules

  /// Reports unknown ids in rules; returns the rules that cannot be compiled.
  mutating func checkRules() -> Set<Int> {
    let path = PolicyPath([.key("rules")])
    var skipped = Set<Int>()
    if policy.rules.isEmpty { report(.undecidedAnswers, at: path, "the policy has no rules") }
    for (position, rule) in policy.rules.enumerated() {
      let rulePath = path.appending(position)
      for condition in rule.conditions where !checkCondition(condition, at: rulePath.appending("when").appending(condition.question)) {
        skipped.insert(position)
      }
      if !outcomeIDs.contains(rule.outcome) {
        report(.unknownReference, at: rulePath.appending("then"), "unknown outcome '\(rule.outcome)'\(suggestion(rule.outcome, policy.outcomes.map(\.id)))")
        skipped.insert(position)
      }
    }
    return skipped
  }

  // MARK: Logic

  mutating func checkLogic(_ logic: PolicyLogic, skippedRules: Set<Int>) {
    let rulesPath = PolicyPath([.key("rules")])
    if logic.diagram.isOverLimit {
      report(
        .tooComplex, at: rulesPath,
        "the rules are too tangled to prove complete (their analysis needs more than \(logic.diagram.nodeLimit) decision nodes); split overlapping rules into separate cases, or put the most general rules last")
      return
    }
    let leftOut = skippedRules.isEmpty ? "" : " (rules naming unknown ids were left out)"

    if logic.undecided != DecisionDiagram.empty {
      let total = logic.diagram.count(of: logic.undecided)
      let examples = logic.diagram.blocks(of: logic.undecided, limit: 3).map { describeBlock($0, logic: logic) }
      var message = "\(formatCount(total)) answer combination\(total == 1 ? "" : "s") reach\(total == 1 ? "es" : "") no outcome\(leftOut): no rule decides "
      message += examples.map { "when \($0)" }.joined(separator: "; nor ")
      if examples.count == 3 { message += "; and others" }
      report(.undecidedAnswers, at: rulesPath, message)
    }

    for (position, decided) in logic.decided.enumerated() {
      guard decided == DecisionDiagram.empty, logic.matched[position] != nil else { continue }
      let earlier = logic.overlapping[position]
      report(
        .shadowedRule, at: rulesPath.appending(position),
        "this rule never applies: every case it matches is already decided by earlier rules",
        notes: earlier.map { PolicyDefect.Note(path: rulesPath.appending($0), message: "an earlier rule that decides some of its cases") })
    }

    for (position, outcome) in policy.outcomes.enumerated() where logic.regions[position] == DecisionDiagram.empty {
      let leading = policy.rules.indices.filter { policy.rules[$0].outcome == outcome.id }
      let message: String
      if leading.isEmpty {
        message = "outcome '\(outcome.id)' can never be reached: no rule leads to it"
      } else if leading.allSatisfy(skippedRules.contains) {
        message = "outcome '\(outcome.id)' can never be reached: every rule that leads to it names an unknown id"
      } else {
        message = "outcome '\(outcome.id)' can never be reached: every rule that leads to it is shadowed by earlier rules\(leftOut)"
      }
      report(.unreachableOutcome, at: PolicyPath([.key("outcomes"), .index(position), .key("id")]), message)
    }

    let matter = logic.questionsThatMatter
    for (position, question) in policy.questions.enumerated() where !question.isAlwaysAsked && !matter.contains(position) {
      report(
        .unaskedQuestion, at: PolicyPath([.key("questions"), .index(position), .key("id")]),
        "question '\(question.id)' is never asked, so none of its \(question.answers.count) answers is ever offered: no answer to it can change the outcome\(leftOut). Mark it 'always: true' if it should be asked anyway")
    }
  }

  private func describeBlock(_ block: [Int: Int], logic: PolicyLogic) -> String {
    if block.isEmpty { return "any answers are given" }
    return block.keys.sorted().map { question in
      "\(policy.questions[question].id) is \(logic.answerIDs[question][block[question]!])"
    }.joined(separator: " and ")
  }

  // MARK: Clauses

  mutating func checkCitations() {
    var cited = Set<String>()
    for question in policy.questions { cited.formUnion(question.clauses) }
    for outcome in policy.outcomes { cited.formUnion(outcome.clauses) }
    for (position, clause) in policy.clauses.enumerated() where !cited.contains(clause.id) {
      report(
        .uncitedClause, .warning, at: PolicyPath([.key("clauses"), .index(position), .key("id")]),
        "clause '\(clause.id)' is not cited by any question or outcome")
    }
  }
}

func suggestion(_ word: String, _ candidates: [String]) -> String {
  didYouMean(word, among: candidates).map { "; \($0)" } ?? ""
}

private func formatCount(_ value: Double) -> String {
  if value < 1e15 { return String(Int64(value)) }
  return "about \(value)"
}

/// Whether an id uses only lower-case letters, digits and single hyphens between them.
func isWellFormedID(_ id: String) -> Bool {
  guard let first = id.unicodeScalars.first, let last = id.unicodeScalars.last, first != "-", last != "-" else { return false }
  var previous: Unicode.Scalar = " "
  for scalar in id.unicodeScalars {
    let allowed = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
    if !allowed || (scalar == "-" && previous == "-") { return false }
    previous = scalar
  }
  return true
}
