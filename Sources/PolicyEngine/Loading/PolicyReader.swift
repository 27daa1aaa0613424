import Yams

/// Reads the policy's shape out of a YAML tree, collecting every problem rather than
/// stopping at the first, each with the path of the value it concerns.
struct PolicyReader {
  struct Problem {
    var path: PolicyPath
    var message: String
    /// Point at the key rather than its value (for unknown keys).
    var onKey = false
  }

  /// A key a mapping may hold.
  struct Field {
    var name: String
    var isRequired: Bool
    /// What the value is, for messages: "the clause in our own words".
    var meaning: String

    static func required(_ name: String, _ meaning: String) -> Field { Field(name: name, isRequired: true, meaning: meaning) }
    static func optional(_ name: String, _ meaning: String) -> Field { Field(name: name, isRequired: false, meaning: meaning) }
  }

  private(set) var problems: [Problem] = []

  static let topLevelFields: [Field] = [
    .required("policy", "which policy this is: id, title, issued-by, version, date"),
    .required("clauses", "the list of clauses"),
    .required("questions", "the list of questions"),
    .optional("families", "the kinds of outcome the demand report groups outcomes into"),
    .required("outcomes", "the list of outcomes"),
    .required("rules", "the list of rules"),
    .optional("callers", "the kinds of caller the words to say are written for"),
    .optional("definitions", "short explanations of the terms that decide outcomes"),
    .optional("groups", "questions a caller often cannot answer together, which one answer marks all not sure"),
    .optional("changes", "the change log: for each version, its version, date, reason and source-document"),
    .optional("plausibility", "which answers go together in a real caller's situation, for training stories"),
  ]

  /// The keys every policy has, for messages about an empty file.
  static var topLevelKeyList: String { topLevelFields.filter(\.isRequired).map(\.name).joined(separator: ", ") }

  // MARK: The policy

  mutating func readPolicy(_ root: Node) -> Policy? {
    let path = PolicyPath()
    guard let fields = mapping(root, at: path, what: "a policy", fields: Self.topLevelFields) else { return nil }
    let identity = fields["policy"].flatMap { readIdentity($0, at: path.appending("policy")) }
    let clauses = list("clauses", in: fields, what: "clause", read: Self.readClause)
    let questions = list("questions", in: fields, what: "question", read: Self.readQuestion)
    let outcomes = list("outcomes", in: fields, what: "outcome", read: Self.readOutcome)
    let rules = list("rules", in: fields, what: "rule", read: Self.readRule)
    // Absent, the policy has no kinds of caller (.some(nil)); unreadable, it is nil.
    let callers: Callers?? = fields["callers"].map { readCallers($0, at: path.appending("callers")) } ?? .some(nil)
    let definitions = list("definitions", in: fields, what: "definition", absent: [], read: Self.readDefinition)
    let groups = list("groups", in: fields, what: "group", absent: [], read: Self.readGroup)
    let families = list("families", in: fields, what: "family", absent: [], read: Self.readFamily)
    let changes = list("changes", in: fields, what: "change", absent: [], read: Self.readChange)
    let plausibility = list("plausibility", in: fields, what: "plausibility table", absent: [], read: Self.readPlausibility)
    guard let identity, let clauses, let questions, let outcomes, let rules, let callers, let definitions, let groups, let families,
      let changes, let plausibility, problems.isEmpty
    else {
      return nil
    }
    return Policy(
      identity: identity, clauses: clauses, questions: questions, outcomes: outcomes, rules: rules, callers: callers,
      definitions: definitions, groups: groups, families: families, changes: changes, plausibility: plausibility)
  }

  private mutating func readIdentity(_ node: Node, at path: PolicyPath) -> PolicyIdentity? {
    let spec: [Field] = [
      .required("id", "a short id for the policy"),
      .required("title", "the policy's title"),
      .required("issued-by", "who issued the policy"),
      .required("version", "the version of this file, such as 1.0.0"),
      .required("date", "the date of this version, as YYYY-MM-DD"),
    ]
    guard let fields = mapping(node, at: path, what: "the policy's identity", fields: spec) else { return nil }
    let id = text("id", in: fields)
    let title = text("title", in: fields)
    let issuedBy = text("issued-by", in: fields)
    let version = text("version", in: fields)
    let date = text("date", in: fields)
    if let date, !isCalendarDate(date) {
      problems.append(Problem(path: path.appending("date"), message: "'date' must be a date written YYYY-MM-DD, such as 2026-11-25; found '\(date)'"))
    }
    guard let id, let title, let issuedBy, let version, let date else { return nil }
    return PolicyIdentity(id: id, title: title, issuedBy: issuedBy, version: version, date: date)
  }

  private static func readChange(_ reader: inout PolicyReader, _ node: Node, _ path: PolicyPath) -> PolicyChange? {
    let spec: [Field] = [
      .required("version", "the version of the file this change made, such as 1.1.0"),
      .required("date", "the date of that version, as YYYY-MM-DD"),
      .required("reason", "why the file changed, in plain words"),
      .required("source-document", "what changed in the policy document itself, or that it did not"),
    ]
    guard let fields = reader.mapping(node, at: path, what: "a change", fields: spec) else { return nil }
    let version = fields["version"].flatMap { reader.text($0, at: path.appending("version"), what: "version") }
    let date = fields["date"].flatMap { reader.text($0, at: path.appending("date"), what: "date") }
    let reason = fields["reason"].flatMap { reader.text($0, at: path.appending("reason"), what: "reason") }
    let source = fields["source-document"].flatMap { reader.text($0, at: path.appending("source-document"), what: "source-document") }
    if let date, !isCalendarDate(date) {
      reader.problems.append(Problem(path: path.appending("date"), message: "'date' must be a date written YYYY-MM-DD, such as 2026-11-25; found '\(date)'"))
    }
    guard let version, let date, let reason, let source else { return nil }
    return PolicyChange(version: version, date: date, reason: reason, sourceDocument: source)
  }

  private static func readClause(_ reader: inout PolicyReader, _ node: Node, _ path: PolicyPath) -> Clause? {
    let spec: [Field] = [
      .required("id", "a short, stable id for the clause"),
      .required("source", "where in the policy document the clause comes from"),
      .required("summary", "the clause in our own words"),
    ]
    guard let fields = reader.mapping(node, at: path, what: "a clause", fields: spec) else { return nil }
    let id = reader.text("id", in: fields)
    let source = reader.text("source", in: fields)
    let summary = reader.text("summary", in: fields)
    guard let id, let source, let summary else { return nil }
    return Clause(id: id, source: source, summary: summary)
  }

  private static func readQuestion(_ reader: inout PolicyReader, _ node: Node, _ path: PolicyPath) -> Question? {
    let spec: [Field] = [
      .required("id", "a short, stable id for the question"),
      .required("ask", "the question as staff read it"),
      .optional("label", "a few words for the prompt, such as 'Trial only there?'"),
      .optional("always", "true when the question is asked even if it cannot change the outcome"),
      .required("why", "why the answer matters, in plain words"),
      .optional("clauses", "the ids of the clauses that make this question matter"),
      .required("find-out", "what to find out, and from whom, when the caller does not know"),
      .optional("definitions", "the ids of the definitions of the terms the question turns on"),
      .required("answers", "the list of answers"),
    ]
    guard let fields = reader.mapping(node, at: path, what: "a question", fields: spec) else { return nil }
    let id = reader.text("id", in: fields)
    let prompt = reader.text("ask", in: fields)
    let always = reader.flag("always", in: fields, absent: false)
    let why = reader.text("why", in: fields)
    let clauses = reader.textList("clauses", in: fields, absent: [])
    let findOut = reader.text("find-out", in: fields)
    let definitions = reader.textList("definitions", in: fields, absent: [])
    let answers = reader.list("answers", in: fields, what: "answer", read: Self.readAnswer)
    // An optional text that is present but unusable is a problem already recorded.
    let label = reader.optionalText("label", in: fields)
    guard let id, let prompt, let always, let why, let clauses, let findOut, let definitions, let answers else { return nil }
    return Question(
      id: id, prompt: prompt, label: label, isAlwaysAsked: always, why: why, clauses: clauses, findOut: findOut,
      definitions: definitions, answers: answers)
  }

  private static func readAnswer(_ reader: inout PolicyReader, _ node: Node, _ path: PolicyPath) -> Answer? {
    let spec: [Field] = [
      .required("id", "a short, stable id for the answer"),
      .required("label", "the answer as staff see it"),
      .optional("aliases", "other words staff may type for this answer"),
      .optional("unsure", "true for the question's \"not sure / don't know\" answer"),
      .optional("spoken", "the answer as said inside a sentence, such as 'the Royal Marsden'"),
      .optional("unclear", "words that stand for this answer only with a reason staff should hear, as term and why"),
    ]
    guard let fields = reader.mapping(node, at: path, what: "an answer", fields: spec) else { return nil }
    let id = reader.text("id", in: fields)
    let label = reader.text("label", in: fields)
    let aliases = reader.textList("aliases", in: fields, absent: [])
    let unsure = reader.flag("unsure", in: fields, absent: false)
    let spoken = reader.optionalText("spoken", in: fields)
    let unclear = reader.list("unclear", in: fields, what: "unclear term", absent: [], read: Self.readUnclearTerm)
    guard let id, let label, let aliases, let unsure, let unclear else { return nil }
    return Answer(id: id, label: label, aliases: aliases, isUnsure: unsure, spoken: spoken, unclearTerms: unclear)
  }

  private static func readUnclearTerm(_ reader: inout PolicyReader, _ node: Node, _ path: PolicyPath) -> UnclearTerm? {
    let spec: [Field] = [
      .required("term", "the word or words staff may type"),
      .required("why", "why it stands for this answer, for staff"),
    ]
    guard let fields = reader.mapping(node, at: path, what: "an unclear term", fields: spec) else { return nil }
    let term = reader.text("term", in: fields)
    let why = reader.text("why", in: fields)
    guard let term, let why else { return nil }
    return UnclearTerm(term: term, why: why)
  }

  private static func readGroup(_ reader: inout PolicyReader, _ node: Node, _ path: PolicyPath) -> QuestionGroup? {
    let spec: [Field] = [
      .required("id", "a short, stable id for the group"),
      .required("questions", "the ids of the questions in the group"),
      .required("label", "the answer staff choose for the whole group, such as 'None of these is known'"),
      .required("why", "why a caller may know none of them"),
    ]
    guard let fields = reader.mapping(node, at: path, what: "a group", fields: spec) else { return nil }
    let id = reader.text("id", in: fields)
    let questions = reader.textList("questions", in: fields)
    let label = reader.text("label", in: fields)
    let why = reader.text("why", in: fields)
    guard let id, let questions, let label, let why else { return nil }
    return QuestionGroup(id: id, questions: questions, label: label, why: why)
  }

  private static func readOutcome(_ reader: inout PolicyReader, _ node: Node, _ path: PolicyPath) -> Outcome? {
    let spec: [Field] = [
      .required("id", "a short, stable id for the outcome"),
      .required("title", "a one-line title"),
      .required("say", "the words staff read to the caller: one text, or a text for each kind of caller"),
      .optional("next-steps", "a list of what staff do next"),
      .required("clauses", "the ids of the clauses the outcome rests on"),
      .optional("family", "the id of the family the outcome belongs to, for the demand report"),
    ]
    guard let fields = reader.mapping(node, at: path, what: "an outcome", fields: spec) else { return nil }
    let id = reader.text("id", in: fields)
    let title = reader.text("title", in: fields)
    let say = fields["say"].flatMap { reader.wording($0, at: path.appending("say")) }
    let nextSteps = reader.textList("next-steps", in: fields, absent: [])
    let clauses = reader.textList("clauses", in: fields)
    // An optional text that is present but unusable is a problem already recorded.
    let family = reader.optionalText("family", in: fields)
    guard let id, let title, let say, let nextSteps, let clauses else { return nil }
    return Outcome(id: id, title: title, say: say, nextSteps: nextSteps, clauses: clauses, family: family)
  }

  private static func readFamily(_ reader: inout PolicyReader, _ node: Node, _ path: PolicyPath) -> OutcomeFamily? {
    let spec: [Field] = [
      .required("id", "a short, stable id for the family"),
      .required("title", "the family as a manager reads it"),
    ]
    guard let fields = reader.mapping(node, at: path, what: "a family", fields: spec) else { return nil }
    let id = reader.text("id", in: fields)
    let title = reader.text("title", in: fields)
    guard let id, let title else { return nil }
    return OutcomeFamily(id: id, title: title)
  }

  /// Words to say: one text for anyone, or a mapping from kinds of caller (or `anyone`),
  /// one or several to a key, to texts.
  private mutating func wording(_ node: Node, at path: PolicyPath) -> Wording? {
    if case .scalar = node { return text(node, at: path, what: "say").map { Wording(anyone: $0) } }
    guard case .mapping(let mapping) = node else {
      problems.append(
        Problem(path: path, message: "\(place(path))expected the words to say, as text or as kind of caller: text, found \(describe(node))"))
      return nil
    }
    var wording = Wording()
    var complete = true
    for (key, value) in mapping {
      guard case .scalar(let kind) = key else { continue }
      guard let text = text(value, at: path.appending(kind.string), what: kind.string) else {
        complete = false
        continue
      }
      // A key may name several kinds of caller that hear the same words: "treating-clinician, other-clinician".
      for name in kind.string.split(separator: ",").map({ String($0).trimmingWhitespace }) {
        if name == Wording.anyoneKey { wording.anyone = text } else { wording.byCaller[name] = text }
      }
    }
    return complete ? wording : nil
  }

  private mutating func readCallers(_ node: Node, at path: PolicyPath) -> Callers? {
    let spec: [Field] = [
      .required("question", "the id of the always-asked question that says who is calling"),
      .required("kinds", "each kind of caller, as id: [the answers that make a caller of that kind]"),
    ]
    guard let fields = mapping(node, at: path, what: "the callers", fields: spec) else { return nil }
    let question = text("question", in: fields)
    let kinds = fields["kinds"].flatMap { node in
      textLists(node, at: path.appending("kinds"), expected: "each kind of caller as id: [answers]")?
        .map { CallerKind(id: $0.key, answers: $0.texts) }
    }
    guard let question, let kinds else { return nil }
    return Callers(question: question, kinds: kinds)
  }

  private static func readDefinition(_ reader: inout PolicyReader, _ node: Node, _ path: PolicyPath) -> Definition? {
    let spec: [Field] = [
      .required("id", "a short, stable id for the definition"),
      .required("term", "the term as staff say it"),
      .required("meaning", "what it means, in a few plain sentences"),
      .required("examples", "everyday situations and the answer each one means"),
    ]
    guard let fields = reader.mapping(node, at: path, what: "a definition", fields: spec) else { return nil }
    let id = reader.text("id", in: fields)
    let term = reader.text("term", in: fields)
    let meaning = reader.text("meaning", in: fields)
    let examples = reader.list("examples", in: fields, what: "example", read: Self.readExample)
    guard let id, let term, let meaning, let examples else { return nil }
    return Definition(id: id, term: term, meaning: meaning, examples: examples)
  }

  private static func readExample(_ reader: inout PolicyReader, _ node: Node, _ path: PolicyPath) -> Definition.Example? {
    let spec: [Field] = [
      .required("id", "a short, stable id for the example"),
      .required("situation", "the situation, as a caller might describe it"),
      .required("answer", "the id of the answer it means"),
      .optional("note", "why, especially where the policy itself does not say"),
    ]
    guard let fields = reader.mapping(node, at: path, what: "an example", fields: spec) else { return nil }
    let id = reader.text("id", in: fields)
    let situation = reader.text("situation", in: fields)
    let answer = reader.text("answer", in: fields)
    let note = reader.optionalText("note", in: fields)
    guard let id, let situation, let answer else { return nil }
    return Definition.Example(id: id, situation: situation, answer: answer, note: note)
  }

  private static func readPlausibility(_ reader: inout PolicyReader, _ node: Node, _ path: PolicyPath) -> Plausibility? {
    let spec: [Field] = [
      .required("id", "a short, stable id for the table"),
      .required("why", "why these answers go together, in plain words"),
      .required("question", "the id of the question whose answers the table lists"),
      .required("with", "the id of the question whose answers go with them"),
      .required("fits", "for answers of the question, the answers of the other that go with each, as answer: [answers]"),
    ]
    guard let fields = reader.mapping(node, at: path, what: "a plausibility table", fields: spec) else { return nil }
    let id = reader.text("id", in: fields)
    let why = reader.text("why", in: fields)
    let question = reader.text("question", in: fields)
    let paired = reader.text("with", in: fields)
    let fits = fields["fits"].flatMap { node in
      reader.textLists(node, at: path.appending("fits"), expected: "each answer as answer: [answers that go with it]")?
        .map { Plausibility.Fit(answer: $0.key, fitting: $0.texts) }
    }
    guard let id, let why, let question, let paired, let fits else { return nil }
    return Plausibility(id: id, why: why, question: question, pairedQuestion: paired, fits: fits)
  }

  private static func readRule(_ reader: inout PolicyReader, _ node: Node, _ path: PolicyPath) -> Rule? {
    let spec: [Field] = [
      .required("when", "the conditions, as question: answer or question: [answers]; {} matches everything"),
      .required("then", "the id of the outcome the rule decides"),
    ]
    guard let fields = reader.mapping(node, at: path, what: "a rule", fields: spec) else { return nil }
    let conditions = fields["when"].flatMap { reader.conditions($0, at: path.appending("when")) }
    let outcome = reader.text("then", in: fields)
    guard let conditions, let outcome else { return nil }
    return Rule(conditions: conditions, outcome: outcome)
  }

  // MARK: Shapes

  /// The fields of a mapping, after reporting unknown keys and missing required ones.
  mutating func mapping(_ node: Node, at path: PolicyPath, what: String, fields spec: [Field]) -> Fields? {
    guard case .mapping(let mapping) = node else {
      problems.append(Problem(path: path, message: "\(place(path))expected \(what) (a mapping of keys to values), found \(describe(node))"))
      return nil
    }
    var fields: [String: Node] = [:]
    let known = spec.map(\.name)
    for (key, value) in mapping {
      guard case .scalar(let scalar) = key else { continue }
      let name = scalar.string
      if known.contains(name) {
        if fields[name] == nil { fields[name] = value }
      } else {
        var message = "\(place(path))unknown key '\(name)' in \(what)"
        if let suggestion = didYouMean(name, among: known) { message += "; \(suggestion)" }
        message += " (expected: \(known.joined(separator: ", ")))"
        problems.append(Problem(path: path.appending(name), message: message, onKey: true))
      }
    }
    for field in spec where field.isRequired && fields[field.name] == nil {
      problems.append(Problem(path: path, message: "\(place(path))\(what) is missing '\(field.name)': \(field.meaning)"))
    }
    return Fields(values: fields, path: path)
  }

  /// The values of a mapping's known keys, and where the mapping is.
  struct Fields {
    var values: [String: Node]
    var path: PolicyPath

    subscript(key: String) -> Node? { values[key] }
  }

  /// The text under `key`; nil when it is missing or not usable text.
  mutating func text(_ key: String, in fields: Fields) -> String? {
    fields[key].flatMap { text($0, at: fields.path.appending(key), what: key) }
  }

  /// The text under an optional key: nil when the key is missing, and nil too (with the
  /// problem recorded) when it is there but not usable text.
  mutating func optionalText(_ key: String, in fields: Fields) -> String? {
    fields[key] == nil ? nil : text(key, in: fields)
  }

  /// The list of texts under `key`, or `absent` when the key is missing.
  mutating func textList(_ key: String, in fields: Fields, absent: [String]? = nil) -> [String]? {
    guard let node = fields[key] else { return absent }
    return textList(node, at: fields.path.appending(key), what: key)
  }

  /// The flag under `key`, or `absent` when the key is missing.
  mutating func flag(_ key: String, in fields: Fields, absent: Bool? = nil) -> Bool? {
    guard let node = fields[key] else { return absent }
    return flag(node, at: fields.path.appending(key), what: key)
  }

  /// The list under `key`, each element read by `read`, or `absent` when the key is missing.
  mutating func list<Element>(
    _ key: String, in fields: Fields, what: String, absent: [Element]? = nil, read: (inout PolicyReader, Node, PolicyPath) -> Element?
  ) -> [Element]? {
    guard let node = fields[key] else { return absent }
    return list(node, at: fields.path.appending(key), what: what, read: read)
  }

  /// A list whose elements are read one by one; a problem in one element does not hide the others.
  mutating func list<Element>(
    _ node: Node, at path: PolicyPath, what: String, read: (inout PolicyReader, Node, PolicyPath) -> Element?
  ) -> [Element]? {
    guard case .sequence(let sequence) = node else {
      problems.append(Problem(path: path, message: "\(place(path))expected a list of \(what)s, found \(describe(node))"))
      return nil
    }
    var elements: [Element] = []
    var complete = true
    for (position, element) in sequence.enumerated() {
      if let value = read(&self, element, path.appending(position)) { elements.append(value) } else { complete = false }
    }
    return complete ? elements : nil
  }

  /// Non-empty text.
  mutating func text(_ node: Node, at path: PolicyPath, what: String) -> String? {
    guard case .scalar(let scalar) = node else {
      var message = "\(place(path))expected text for '\(what)', found \(describe(node))"
      if case .mapping(let mapping) = node, mapping.count == 1 {
        message += "; a colon followed by a space makes YAML read text as a key, so put the whole text in quotes"
      }
      problems.append(Problem(path: path, message: message))
      return nil
    }
    let value = scalar.string.trimmingWhitespace
    if value.isEmpty || (scalar.style == .plain && isNullWord(value)) {
      problems.append(Problem(path: path, message: "\(place(path))'\(what)' is empty"))
      return nil
    }
    return value
  }

  /// A list of non-empty texts.
  mutating func textList(_ node: Node, at path: PolicyPath, what: String) -> [String]? {
    guard case .sequence(let sequence) = node else {
      problems.append(Problem(path: path, message: "\(place(path))expected a list for '\(what)', such as [a, b], found \(describe(node))"))
      return nil
    }
    var values: [String] = []
    var complete = true
    for (position, element) in sequence.enumerated() {
      if let value = text(element, at: path.appending(position), what: what) { values.append(value) } else { complete = false }
    }
    return complete ? values : nil
  }

  /// A mapping of keys to lists of texts, in the file's order: the kinds of caller (kind:
  /// [answers]) or a plausibility table's fits (answer: [answers]). Nil, with the problem
  /// recorded, when it is not one or a list is unusable; `expected` says what it should
  /// be, for the message.
  mutating func textLists(_ node: Node, at path: PolicyPath, expected: String) -> [(key: String, texts: [String])]? {
    guard case .mapping(let mapping) = node else {
      problems.append(Problem(path: path, message: "\(place(path))expected \(expected), found \(describe(node))"))
      return nil
    }
    var lists: [(key: String, texts: [String])] = []
    var complete = true
    for (key, value) in mapping {
      guard case .scalar(let scalar) = key else { continue }
      if let texts = textList(value, at: path.appending(scalar.string), what: scalar.string) {
        lists.append((scalar.string, texts))
      } else {
        complete = false
      }
    }
    return complete ? lists : nil
  }

  /// true or false.
  mutating func flag(_ node: Node, at path: PolicyPath, what: String) -> Bool? {
    if case .scalar(let scalar) = node {
      switch scalar.string.lowercased() {
      case "true", "yes": return true
      case "false", "no": return false
      default: break
      }
    }
    problems.append(Problem(path: path, message: "\(place(path))expected true or false for '\(what)', found \(describe(node))"))
    return nil
  }

  /// Conditions written `question: answer` or `question: [answer, answer]`.
  mutating func conditions(_ node: Node, at path: PolicyPath) -> [Condition]? {
    guard case .mapping(let mapping) = node else {
      problems.append(
        Problem(path: path, message: "\(place(path))expected conditions as question: answer pairs, such as { asker: patient }, found \(describe(node))"))
      return nil
    }
    var conditions: [Condition] = []
    var complete = true
    for (key, value) in mapping {
      guard case .scalar(let question) = key else { continue }
      let valuePath = path.appending(question.string)
      if case .scalar = value {
        if let answer = text(value, at: valuePath, what: question.string) {
          conditions.append(Condition(question: question.string, answers: [answer]))
        } else {
          complete = false
        }
      } else if let answers = textList(value, at: valuePath, what: question.string) {
        conditions.append(Condition(question: question.string, answers: answers))
      } else {
        complete = false
      }
    }
    return complete ? conditions : nil
  }

  private func place(_ path: PolicyPath) -> String {
    path.components.isEmpty ? "" : "\(path): "
  }
}

private func describe(_ node: Node) -> String {
  switch node {
  case .scalar(let scalar):
    let shown = scalar.string.count > 40 ? String(scalar.string.prefix(40)) + "..." : scalar.string
    return shown.isEmpty ? "nothing" : "the text '\(shown)'"
  case .mapping: return "a mapping"
  case .sequence: return "a list"
  case .alias: return "an alias"
  }
}

private func isNullWord(_ text: String) -> Bool {
  ["~", "null", "Null", "NULL"].contains(text)
}
