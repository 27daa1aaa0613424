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
    self.init(policy, stepLimit: PolicyLogic.stepLimit)
  }

  /// Checks a policy, giving up on proving its rules after `stepLimit` steps of analysis.
  init(_ policy: Policy, stepLimit: Int) {
    self.policy = policy
    var checker = Checker(policy: policy)
    checker.checkIdentity()
    checker.checkClauses()
    checker.checkQuestions()
    checker.checkOutcomes()
    checker.checkWording()
    checker.checkGroups()
    checker.checkFamilies()
    checker.checkPlausibility()
    let skipped = checker.checkRules()
    let logic = PolicyLogic(policy: policy, skipping: skipped, stepLimit: stepLimit)
    checker.checkLogic(logic, skippedRules: skipped)
    checker.checkCitations()
    checker.checkChanges()
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
      if question.answers.count > 64 {
        report(.tooManyAnswers, at: answersPath, "question '\(question.id)' has \(question.answers.count) answers; a question may have at most 64")
      }
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
    if logic.isTooComplex {
      report(
        .tooComplex, at: rulesPath,
        "the rules are too tangled to prove complete (their analysis needs more than \(logic.stepLimit) steps); split overlapping rules into separate cases, or put the most general rules last")
      return
    }
    let leftOut = skippedRules.isEmpty ? "" : " (rules naming unknown ids were left out)"

    if logic.undecidedCount > 0 {
      let total = logic.undecidedCount
      let atLeast = logic.isUndecidedCountExact ? "" : "at least "
      var message = "\(atLeast)\(formatCount(total)) answer combination\(total == 1 ? "" : "s") reach\(total == 1 ? "es" : "") no outcome\(leftOut): "
      message += caseTable(logic.undecidedCases, complete: logic.areUndecidedCasesComplete, logic: logic)
      report(.undecidedAnswers, at: rulesPath, message)
    }

    for (rule, covering) in logic.shadowed.sorted(by: { $0.key < $1.key }) {
      let position = logic.positions[rule]
      let names = covering.map { logic.positions[$0] + 1 }
      report(
        .shadowedRule, at: rulesPath.appending(position),
        "\(ruleName(position)) is never used: \(ruleList(names)) \(names.count == 1 ? "covers" : "cover") it")
    }

    let usedOutcomes = Set(logic.used.map { logic.table.outcomes[$0] })
    for (position, outcome) in policy.outcomes.enumerated() where !usedOutcomes.contains(position) {
      let leading = policy.rules.indices.filter { policy.rules[$0].outcome == outcome.id }
      let message: String
      if leading.isEmpty {
        message = "outcome '\(outcome.id)' can never be reached: no rule leads to it"
      } else if leading.allSatisfy(skippedRules.contains) {
        message = "outcome '\(outcome.id)' can never be reached: every rule that leads to it names an unknown id"
      } else {
        message = "outcome '\(outcome.id)' can never be reached: every rule that leads to it is covered by earlier rules\(leftOut)"
      }
      report(.unreachableOutcome, at: PolicyPath([.key("outcomes"), .index(position), .key("id")]), message)
    }

    for (position, question) in policy.questions.enumerated() where !question.isAlwaysAsked && !logic.questionsThatMatter.contains(position) {
      report(
        .unaskedQuestion, at: PolicyPath([.key("questions"), .index(position), .key("id")]),
        "question '\(question.id)' is never asked, so none of its \(question.answers.count) answers is ever offered: no answer to it can change the outcome\(leftOut). Mark it 'always: true' if it should be asked anyway")
    }
  }

  /// `rule 17 (when treating-centre: uclh, wanted-at: royal-marsden)`, numbered from 1.
  private func ruleName(_ position: Int) -> String {
    "rule \(position + 1) (\(policy.rules[position].quoted))"
  }

  /// The cases no rule decides, as a short table with one condition per line: at most
  /// three cases, the largest first.
  private func caseTable(_ cases: [Cube], complete: Bool, logic: PolicyLogic) -> String {
    let shown = Array(cases.prefix(3))
    let rows = shown.map { conditionRows($0, logic: logic) }
    let width = rows.flatMap { $0.map(\.question.count) }.max() ?? 0
    func table(_ rows: [(question: String, answers: String)]) -> [String] {
      if rows.isEmpty { return ["    any answers"] }
      return rows.map { "    \($0.question)\(String(repeating: " ", count: width - $0.question.count + 2))\($0.answers)" }
    }
    if cases.count == 1, complete { return (["no rule decides this case:"] + table(rows[0])).joined(separator: "\n") }
    var lines = ["no rule decides these cases\(cases.count > shown.count || !complete ? ", among others" : ""):"]
    for (index, cube) in shown.enumerated() {
      let count = cube.combinationCount
      lines.append("  case \(index + 1) (\(formatCount(count)) combination\(count == 1 ? "" : "s")):")
      lines += table(rows[index])
    }
    return lines.joined(separator: "\n")
  }

  /// A cube's conditions in the questions' order, `question` and `answer | answer`, for
  /// the questions it restricts.
  private func conditionRows(_ cube: Cube, logic: PolicyLogic) -> [(question: String, answers: String)] {
    cube.masks.indices.compactMap { question in
      let mask = cube.masks[question]
      guard mask != logic.table.fullMasks[question] else { return nil }
      let answers = policy.questions[question].answers
      return (policy.questions[question].id, setBits(mask).map { answers[$0].id }.joined(separator: " | "))
    }
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

extension Checker {
  // MARK: Change log

  /// The change log, when there is one: versions written as numbers, each once, the
  /// newest first, and the newest the policy's own version.
  mutating func checkChanges() {
    guard !policy.changes.isEmpty else { return }
    let path = PolicyPath([.key("changes")])
    var seen: [PolicyVersion: Int] = [:]
    var previous: (version: PolicyVersion, text: String)?
    for (position, change) in policy.changes.enumerated() {
      let versionPath = path.appending(position).appending("version")
      guard let version = PolicyVersion(change.version) else {
        report(.changeLog, at: versionPath, "'\(change.version)' is not a version: write numbers separated by dots, such as 1.1.0")
        continue
      }
      if let first = seen[version] {
        report(
          .changeLog, at: versionPath, "version \(change.version) has two entries in changes",
          notes: [PolicyDefect.Note(path: path.appending(first).appending("version"), message: "the first is here")])
      } else if let previous, !(version < previous.version) {
        report(.changeLog, at: versionPath, "changes are listed newest first, but \(change.version) comes after \(previous.text)")
      }
      seen[version] = seen[version] ?? position
      previous = (version, change.version)
    }
    let newest = policy.changes[0].version
    if PolicyVersion(newest) != nil, PolicyVersion(policy.identity.version) != PolicyVersion(newest) {
      report(
        .changeLog, at: PolicyPath([.key("policy"), .key("version")]),
        "the policy is version \(policy.identity.version), but the newest entry in changes is \(newest); add an entry for \(policy.identity.version) saying why the file changed")
    }
  }
}

func suggestion(_ word: String, _ candidates: [String]) -> String {
  didYouMean(word, among: candidates).map { "; \($0)" } ?? ""
}

/// A count of combinations: exact below 10^15, else rounded.
func formatCount(_ value: Double) -> String {
  if value < 1e15 { return String(Int64(value)) }
  return "about \(value)"
}

/// `rule 4`, `rules 4 and 9`, `rules 4, 9 and 12`; past six, `rules 1, 2, 3, 4, 5 and 9 more`.
func ruleList(_ numbers: [Int]) -> String {
  let names = numbers.map(String.init)
  switch names.count {
  case 0: return "no rules"
  case 1: return "rule \(names[0])"
  case 2...6: return "rules \(names.dropLast().joined(separator: ", ")) and \(names.last!)"
  default: return "rules \(names.prefix(5).joined(separator: ", ")) and \(names.count - 5) more"
  }
}

extension Rule {
  /// The rule's conditions as messages quote them, in the order written:
  /// `when treating-centre: uclh | rnoh, wanted-at: royal-marsden`, or `with no conditions`.
  public var quoted: String {
    if conditions.isEmpty { return "with no conditions" }
    return "when " + conditions.map { "\($0.question): \($0.answers.joined(separator: " | "))" }.joined(separator: ", ")
  }
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
