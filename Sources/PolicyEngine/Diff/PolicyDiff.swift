/// What changed between two versions of a policy, for every caller at once: the
/// situations whose outcome changed, worked out over every combination of answers without
/// listing them, and the questions, answers, outcomes, clauses, question groups, outcome
/// families and plausibility tables added, removed or reworded, with the words that
/// changed.
public struct PolicyDiff: Sendable {
  /// The combinations of answers that meet some conditions, and what happens to them.
  public struct Situation: Sendable, Hashable {
    /// The answers the situation needs, in the questions' order; a question not named
    /// may have any answer.
    public var conditions: [Condition]
    /// The conditions as a maintainer reads them, each question's answers listed, or, when
    /// shorter, the one or two it excludes: `treating-centre: uclh | rnoh, mdt-review: not yes`.
    public var text: String
    /// How many combinations of answers the situation holds; some may end as before, when
    /// the situation gathers changes that lie close together.
    public var combinations: Double
    /// How many of them end differently.
    public var changed: Double { changes.reduce(0) { $0 + $1.combinations } }
    /// What the policies decide in it, the largest part first.
    public var changes: [DecisionChange]
  }

  /// The outcome one policy decides and the outcome the other does, for some combinations.
  public struct DecisionChange: Sendable, Hashable {
    /// The old policy's outcome; nil when the old policy does not have these answers.
    public var old: String?
    /// The new policy's outcome; nil when the new policy does not have these answers.
    public var new: String?
    public var combinations: Double
  }

  /// A question, answer, outcome or clause added, removed, or changed.
  public struct Change: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
      case added, removed, changed
    }

    public var kind: Kind
    /// The item's id; an answer is `question: answer`.
    public var id: String
    /// For a change, what changed in it.
    public var fields: [FieldChange]
    /// Whether the item can change a call at all; an outcome family, which only the
    /// demand report uses, and a plausibility table, which only training stories follow,
    /// cannot.
    public var isShownOnCalls: Bool

    init(kind: Kind, id: String, fields: [FieldChange], isShownOnCalls: Bool = true) {
      self.kind = kind
      self.id = id
      self.fields = fields
      self.isShownOnCalls = isShownOnCalls
    }
  }

  /// One part of an item, before and after.
  public struct FieldChange: Sendable, Hashable {
    /// The part as the policy file names it: `ask`, `say`, `next-steps 2`, `label`, ...
    public var field: String
    public var old: String
    public var new: String
    /// Whether the part is shown to staff on a call, rather than only helping them
    /// (aliases, why a question matters, where a clause comes from).
    public var isShownOnCalls: Bool
  }

  public let old: PolicyIdentity
  public let new: PolicyIdentity
  /// The situations whose outcome changed, and those only one policy has.
  public let decisions: [Situation]
  /// Whether `decisions` holds every change; false when the policies differ in so many
  /// places that the comparison stopped, and `decisions` holds those found first.
  public let isComplete: Bool
  /// The questions in the old order and the new, when the order of the questions both
  /// policies have changed.
  public let questionOrder: (old: [String], new: [String])?
  public let questions: [Change]
  public let answers: [Change]
  public let outcomes: [Change]
  public let clauses: [Change]
  /// The groups of questions answered together ("None of these is known").
  public let groups: [Change]
  /// The families that gather outcomes in the demand report.
  public let families: [Change]
  /// The tables of answers that go together, which training stories follow.
  public let plausibility: [Change]

  /// Compares two versions of a policy, each of which passed its check.
  public init(old: Policy, new: Policy) {
    self.old = old.identity
    self.new = new.identity
    let changes = DecisionChanges(old: old, new: new)
    decisions = Self.situations(changes)
    isComplete = changes.isComplete
    let shared = new.questions.map(\.id).filter { old.question($0) != nil }
    let oldOrder = old.questions.map(\.id).filter { new.question($0) != nil }
    questionOrder = shared == oldOrder ? nil : (oldOrder, shared)

    var questions: [Change] = []
    var answers: [Change] = []
    for (kind, id) in Self.addedAndRemoved(old.questions.map(\.id), new.questions.map(\.id)) {
      questions.append(Change(kind: kind, id: id, fields: []))
    }
    for newQuestion in new.questions {
      guard let oldQuestion = old.question(newQuestion.id) else { continue }
      var fields: [FieldChange] = []
      fields.append(text: "ask", oldQuestion.prompt, newQuestion.prompt, shown: true)
      fields.append(text: "label", oldQuestion.label, newQuestion.label, shown: true)
      fields.append(text: "always", "\(oldQuestion.isAlwaysAsked)", "\(newQuestion.isAlwaysAsked)", shown: true)
      fields.append(text: "find-out", oldQuestion.findOut, newQuestion.findOut, shown: true)
      fields.append(text: "why", oldQuestion.why, newQuestion.why, shown: false)
      fields.append(text: "clauses", oldQuestion.clauses.joined(separator: ", "), newQuestion.clauses.joined(separator: ", "), shown: false)
      fields.append(
        text: "definitions", oldQuestion.definitions.joined(separator: ", "), newQuestion.definitions.joined(separator: ", "), shown: true)
      if !fields.isEmpty { questions.append(Change(kind: .changed, id: newQuestion.id, fields: fields)) }

      let question = newQuestion.id
      for (kind, id) in Self.addedAndRemoved(oldQuestion.answers.map(\.id), newQuestion.answers.map(\.id)) {
        answers.append(Change(kind: kind, id: "\(question): \(id)", fields: []))
      }
      for newAnswer in newQuestion.answers {
        guard let oldAnswer = oldQuestion.answer(newAnswer.id) else { continue }
        var fields: [FieldChange] = []
        fields.append(text: "label", oldAnswer.label, newAnswer.label, shown: true)
        fields.append(text: "unsure", "\(oldAnswer.isUnsure)", "\(newAnswer.isUnsure)", shown: true)
        fields.append(text: "spoken", oldAnswer.spoken ?? "", newAnswer.spoken ?? "", shown: true)
        fields.append(
          text: "unclear-terms", oldAnswer.unclearTerms.map(\.term).joined(separator: ", "),
          newAnswer.unclearTerms.map(\.term).joined(separator: ", "), shown: true)
        fields.append(text: "aliases", oldAnswer.aliases.joined(separator: ", "), newAnswer.aliases.joined(separator: ", "), shown: false)
        if !fields.isEmpty { answers.append(Change(kind: .changed, id: "\(question): \(newAnswer.id)", fields: fields)) }
      }
    }
    self.questions = questions
    self.answers = answers

    outcomes = Self.changes(old.outcomes, new.outcomes, id: \.id) { old, new, fields in
      fields.append(text: "title", old.title, new.title, shown: true)
      for key in Self.wordingKeys(old.say, new.say) {
        let field = key == Wording.anyoneKey ? "say" : "say \(key)"
        fields.append(text: field, Self.text(of: old.say, key) ?? "", Self.text(of: new.say, key) ?? "", shown: true)
      }
      fields.append(list: "next-steps", old.nextSteps, new.nextSteps)
      fields.append(text: "clauses", old.clauses.joined(separator: ", "), new.clauses.joined(separator: ", "), shown: true)
      fields.append(text: "family", old.family ?? "", new.family ?? "", shown: false)
    }

    clauses = Self.changes(old.clauses, new.clauses, id: \.id) { old, new, fields in
      fields.append(text: "summary", old.summary, new.summary, shown: true)
      fields.append(text: "source", old.source, new.source, shown: false)
    }
    groups = Self.changes(old.groups, new.groups, id: \.id) { old, new, fields in
      fields.append(text: "questions", old.questions.joined(separator: ", "), new.questions.joined(separator: ", "), shown: true)
      fields.append(text: "label", old.label, new.label, shown: true)
      fields.append(text: "why", old.why, new.why, shown: false)
    }
    families = Self.changes(old.families, new.families, id: \.id, shownOnCalls: false) { old, new, fields in
      fields.append(text: "title", old.title, new.title, shown: false)
    }
    plausibility = Self.changes(old.plausibility, new.plausibility, id: \.id, shownOnCalls: false) { old, new, fields in
      fields.append(text: "question", old.question, new.question, shown: false)
      fields.append(text: "with", old.pairedQuestion, new.pairedQuestion, shown: false)
      for answer in Self.union(old.fits.map(\.answer), new.fits.map(\.answer)) {
        fields.append(
          text: "fits \(answer)", old.answers(fitting: answer)?.joined(separator: ", ") ?? "",
          new.answers(fitting: answer)?.joined(separator: ", ") ?? "", shown: false)
      }
      fields.append(text: "why", old.why, new.why, shown: false)
    }
  }

  /// Whether anything shown on a call changed: a decision, the questions asked or their
  /// order, or words staff read or say. Aliases, the reasons a question matters, clause
  /// sources and the way rules are written do not count.
  public var changesCalls: Bool {
    if !decisions.isEmpty || questionOrder != nil { return true }
    return (questions + answers + outcomes + clauses + groups + families + plausibility).contains { change in
      change.isShownOnCalls && (change.kind != .changed || change.fields.contains(where: \.isShownOnCalls))
    }
  }

  /// Whether anything at all differs, shown on calls or not.
  public var isEmpty: Bool {
    decisions.isEmpty && questionOrder == nil && questions.isEmpty && answers.isEmpty && outcomes.isEmpty && clauses.isEmpty
      && groups.isEmpty && families.isEmpty && plausibility.isEmpty
  }

  /// How many combinations of answers end differently, or exist in one policy only.
  public var changedCombinations: Double { decisions.reduce(0) { $0 + $1.changed } }

  // MARK: Building

  /// The items of one kind added, removed, and changed between two lists, matched by id;
  /// `compare` appends the parts of an item found in both that differ.
  private static func changes<Item>(
    _ old: [Item], _ new: [Item], id: KeyPath<Item, String>, shownOnCalls: Bool = true,
    compare: (Item, Item, inout [FieldChange]) -> Void
  ) -> [Change] {
    var changes = addedAndRemoved(old.map { $0[keyPath: id] }, new.map { $0[keyPath: id] }).map { kind, itemID in
      Change(kind: kind, id: itemID, fields: [], isShownOnCalls: shownOnCalls)
    }
    for newItem in new {
      guard let oldItem = old.first(where: { $0[keyPath: id] == newItem[keyPath: id] }) else { continue }
      var fields: [FieldChange] = []
      compare(oldItem, newItem, &fields)
      if !fields.isEmpty { changes.append(Change(kind: .changed, id: newItem[keyPath: id], fields: fields, isShownOnCalls: shownOnCalls)) }
    }
    return changes
  }

  /// The items of both lists, the new list's first, each once.
  private static func union(_ old: [String], _ new: [String]) -> [String] {
    new + old.filter { !new.contains($0) }
  }

  /// The ids only the new list has, as added, then those only the old list has, as removed.
  private static func addedAndRemoved(_ old: [String], _ new: [String]) -> [(Change.Kind, String)] {
    new.filter { !old.contains($0) }.map { (.added, $0) } + old.filter { !new.contains($0) }.map { (.removed, $0) }
  }

  /// The keys of two wordings, `anyone` first, then the kinds of caller in id order.
  private static func wordingKeys(_ old: Wording, _ new: Wording) -> [String] {
    let anyone = old.anyone != nil || new.anyone != nil ? [Wording.anyoneKey] : []
    return anyone + Set(old.byCaller.keys).union(new.byCaller.keys).sorted()
  }

  /// The words of a wording under one key, as the policy file writes them.
  private static func text(of wording: Wording, _ key: String) -> String? {
    key == Wording.anyoneKey ? wording.anyone : wording.byCaller[key]
  }

  /// Disjoint cubes gathered into fewer: two are replaced by the smallest cube holding both
  /// (and any other cube inside it) when at least two thirds of that cube is theirs and no
  /// other cube straddles it, the best-filled first, until no more can be.
  private static func gathered<Label>(_ cubes: [(cube: Cube, labels: [Label])]) -> [(cube: Cube, labels: [Label])] {
    var groups = cubes
    guard groups.count <= 64 else { return groups }
    func overlap(_ a: Cube, _ b: Cube) -> Bool { zip(a.masks, b.masks).allSatisfy { $0 & $1 != 0 } }
    while groups.count > 1 {
      var best: (fill: Double, box: Cube, inside: [Int])?
      for i in groups.indices {
        for j in groups.indices where j > i {
          let box = Cube(masks: zip(groups[i].cube.masks, groups[j].cube.masks).map { $0 | $1 })
          var inside: [Int] = []
          var straddled = false
          for k in groups.indices where overlap(box, groups[k].cube) {
            if box.contains(groups[k].cube) { inside.append(k) } else { straddled = true }
          }
          guard !straddled else { continue }
          let fill = inside.reduce(0) { $0 + groups[$1].cube.combinationCount } / box.combinationCount
          if fill >= 2.0 / 3.0, fill > (best?.fill ?? 0) { best = (fill, box, inside) }
        }
      }
      guard let best else { break }
      let labels = best.inside.flatMap { groups[$0].labels }
      groups = groups.indices.filter { !best.inside.contains($0) }.map { groups[$0] } + [(best.box, labels)]
    }
    return groups
  }

  /// The decision changes merged into as few situations as their pieces allow, each with
  /// what happens in it; changed decisions first, then new answers, then withdrawn ones,
  /// the largest first within each.
  private static func situations(_ changes: DecisionChanges) -> [Situation] {
    struct Part: Hashable {
      var old: String?
      var new: String?
    }
    var result: [Situation] = []
    let changed: (String?, String?) -> Bool = { old, new in old != nil && new != nil }
    let added: (String?, String?) -> Bool = { old, _ in old == nil }
    let withdrawn: (String?, String?) -> Bool = { _, new in new == nil }
    let kinds: [(space: Cube, include: (String?, String?) -> Bool)] = [
      (changes.sharedSpace, changed), (changes.newSpace, added), (changes.oldSpace, withdrawn),
    ]
    for (space, include) in kinds {
      // Pieces decided by the same rule on each side are, often, together exactly the
      // combinations both rules match: then that is one piece.
      var byRules: [[Int]: [DecisionChanges.Piece]] = [:]
      var loose: [DecisionChanges.Piece] = []
      for finding in changes.findings where include(finding.old, finding.new) {
        if finding.oldRule != nil || finding.newRule != nil {
          byRules[[finding.oldRule ?? -1, finding.newRule ?? -1], default: []].append(finding)
        } else {
          loose.append(finding)
        }
      }
      for (rules, group) in byRules.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
        var both = space
        for rule in rules where rule >= 0 {
          for (question, mask) in changes.table.conditions(of: rule) { both.masks[question] &= mask }
        }
        let total = group.reduce(0) { $0 + $1.region.combinationCount }
        if group.count > 1, total == both.combinationCount, group.allSatisfy({ $0.old == group[0].old && $0.new == group[0].new }) {
          loose.append(DecisionChanges.Piece(region: both, old: group[0].old, new: group[0].new, oldRule: nil, newRule: nil))
        } else {
          loose += group
        }
      }
      var pieces: [(cube: Cube, labels: [(Part, Double)])] = []
      for finding in loose {
        pieces.append((finding.region, [(Part(old: finding.old, new: finding.new), finding.region.combinationCount)]))
      }
      var situations: [Situation] = []
      for merged in Self.gathered(mergedCubes(pieces)) {
        var parts: [Part: Double] = [:]
        for (part, count) in merged.labels { parts[part, default: 0] += count }
        let decided = parts.map { DecisionChange(old: $0.key.old, new: $0.key.new, combinations: $0.value) }
          .sorted { ($0.combinations, $1.old ?? "", $1.new ?? "") > ($1.combinations, $0.old ?? "", $0.new ?? "") }
        var conditions: [Condition] = []
        var texts: [String] = []
        for question in merged.cube.masks.indices where merged.cube.masks[question] != space.masks[question] {
          let ids = changes.answers[question]
          let included = setBits(merged.cube.masks[question]).map { ids[$0] }
          let excluded = setBits(space.masks[question] & ~merged.cube.masks[question]).map { ids[$0] }
          conditions.append(Condition(question: changes.questions[question], answers: included))
          let answers = excluded.count < included.count && excluded.count <= 2
            ? "not " + excluded.joined(separator: " or ") : included.joined(separator: " | ")
          texts.append("\(changes.questions[question]): \(answers)")
        }
        let text = texts.isEmpty ? "any answers" : texts.joined(separator: ", ")
        situations.append(Situation(conditions: conditions, text: text, combinations: merged.cube.combinationCount, changes: decided))
      }
      func order(_ situation: Situation) -> String {
        situation.conditions.map { "\($0.question)=\($0.answers.joined(separator: ","))" }.joined(separator: ";")
      }
      result += situations.sorted { ($0.combinations, order($1)) > ($1.combinations, order($0)) }
    }
    return result
  }
}

extension [PolicyDiff.FieldChange] {
  /// Adds a change of a text part, when it changed.
  fileprivate mutating func append(text field: String, _ old: String, _ new: String, shown: Bool) {
    if old != new { append(PolicyDiff.FieldChange(field: field, old: old, new: new, isShownOnCalls: shown)) }
  }

  /// Adds the changes of a list part, item by item (`next-steps 2`), an item missing on
  /// one side shown as empty.
  fileprivate mutating func append(list field: String, _ old: [String], _ new: [String]) {
    for index in 0..<Swift.max(old.count, new.count) {
      let before = index < old.count ? old[index] : ""
      let after = index < new.count ? new[index] : ""
      append(text: "\(field) \(index + 1)", before, after, shown: true)
    }
  }
}
