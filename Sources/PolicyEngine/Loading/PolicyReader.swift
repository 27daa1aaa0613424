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
    .required("outcomes", "the list of outcomes"),
    .required("rules", "the list of rules"),
    .optional("changes", "the change log: for each version, its version, date, reason and source-document"),
  ]

  /// The keys every policy has, for messages about an empty file.
  static var topLevelKeyList: String { topLevelFields.filter(\.isRequired).map(\.name).joined(separator: ", ") }

  // MARK: The policy

  mutating func readPolicy(_ root: Node) -> Policy? {
    let path = PolicyPath()
    guard let fields = mapping(root, at: path, what: "a policy", fields: Self.topLevelFields) else { return nil }
    let identity = fields["policy"].flatMap { readIdentity($0, at: path.appending("policy")) }
    let clauses = fields["clauses"].flatMap { list($0, at: path.appending("clauses"), what: "clause", read: Self.readClause) }
    let questions = fields["questions"].flatMap { list($0, at: path.appending("questions"), what: "question", read: Self.readQuestion) }
    let outcomes = fields["outcomes"].flatMap { list($0, at: path.appending("outcomes"), what: "outcome", read: Self.readOutcome) }
    let rules = fields["rules"].flatMap { list($0, at: path.appending("rules"), what: "rule", read: Self.readRule) }
    let changes = fields["changes"].map { list($0, at: path.appending("changes"), what: "change", read: Self.readChange) } ?? []
    guard let identity, let clauses, let questions, let outcomes, let rules, let changes, problems.isEmpty else { return nil }
    return Policy(identity: identity, clauses: clauses, questions: questions, outcomes: outcomes, rules: rules, changes: changes)
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
    let id = fields["id"].flatMap { text($0, at: path.appending("id"), what: "id") }
    let title = fields["title"].flatMap { text($0, at: path.appending("title"), what: "title") }
    let issuedBy = fields["issued-by"].flatMap { text($0, at: path.appending("issued-by"), what: "issued-by") }
    let version = fields["version"].flatMap { text($0, at: path.appending("version"), what: "version") }
    let date = fields["date"].flatMap { text($0, at: path.appending("date"), what: "date") }
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
    let id = fields["id"].flatMap { reader.text($0, at: path.appending("id"), what: "id") }
    let source = fields["source"].flatMap { reader.text($0, at: path.appending("source"), what: "source") }
    let summary = fields["summary"].flatMap { reader.text($0, at: path.appending("summary"), what: "summary") }
    guard let id, let source, let summary else { return nil }
    return Clause(id: id, source: source, summary: summary)
  }

  private static func readQuestion(_ reader: inout PolicyReader, _ node: Node, _ path: PolicyPath) -> Question? {
    let spec: [Field] = [
      .required("id", "a short, stable id for the question"),
      .required("ask", "the question as staff read it"),
      .optional("always", "true when the question is asked even if it cannot change the outcome"),
      .required("why", "why the answer matters, in plain words"),
      .optional("clauses", "the ids of the clauses that make this question matter"),
      .required("find-out", "what to find out, and from whom, when the caller does not know"),
      .required("answers", "the list of answers"),
    ]
    guard let fields = reader.mapping(node, at: path, what: "a question", fields: spec) else { return nil }
    let id = fields["id"].flatMap { reader.text($0, at: path.appending("id"), what: "id") }
    let prompt = fields["ask"].flatMap { reader.text($0, at: path.appending("ask"), what: "ask") }
    let always = fields["always"].map { reader.flag($0, at: path.appending("always"), what: "always") } ?? false
    let why = fields["why"].flatMap { reader.text($0, at: path.appending("why"), what: "why") }
    let clauses = fields["clauses"].map { reader.textList($0, at: path.appending("clauses"), what: "clauses") } ?? []
    let findOut = fields["find-out"].flatMap { reader.text($0, at: path.appending("find-out"), what: "find-out") }
    let answers = fields["answers"].flatMap {
      reader.list($0, at: path.appending("answers"), what: "answer", read: Self.readAnswer)
    }
    guard let id, let prompt, let always, let why, let clauses, let findOut, let answers else { return nil }
    return Question(id: id, prompt: prompt, isAlwaysAsked: always, why: why, clauses: clauses, findOut: findOut, answers: answers)
  }

  private static func readAnswer(_ reader: inout PolicyReader, _ node: Node, _ path: PolicyPath) -> Answer? {
    let spec: [Field] = [
      .required("id", "a short, stable id for the answer"),
      .required("label", "the answer as staff see it"),
      .optional("aliases", "other words staff may type for this answer"),
      .optional("unsure", "true for the question's \"not sure / don't know\" answer"),
    ]
    guard let fields = reader.mapping(node, at: path, what: "an answer", fields: spec) else { return nil }
    let id = fields["id"].flatMap { reader.text($0, at: path.appending("id"), what: "id") }
    let label = fields["label"].flatMap { reader.text($0, at: path.appending("label"), what: "label") }
    let aliases = fields["aliases"].map { reader.textList($0, at: path.appending("aliases"), what: "aliases") } ?? []
    let unsure = fields["unsure"].map { reader.flag($0, at: path.appending("unsure"), what: "unsure") } ?? false
    guard let id, let label, let aliases, let unsure else { return nil }
    return Answer(id: id, label: label, aliases: aliases, isUnsure: unsure)
  }

  private static func readOutcome(_ reader: inout PolicyReader, _ node: Node, _ path: PolicyPath) -> Outcome? {
    let spec: [Field] = [
      .required("id", "a short, stable id for the outcome"),
      .required("title", "a one-line title"),
      .required("say", "what staff tell the caller, in plain words"),
      .optional("next-steps", "a list of practical next steps"),
      .required("clauses", "the ids of the clauses the outcome rests on"),
      .optional("variants", "extra sentences for particular callers"),
    ]
    guard let fields = reader.mapping(node, at: path, what: "an outcome", fields: spec) else { return nil }
    let id = fields["id"].flatMap { reader.text($0, at: path.appending("id"), what: "id") }
    let title = fields["title"].flatMap { reader.text($0, at: path.appending("title"), what: "title") }
    let say = fields["say"].flatMap { reader.text($0, at: path.appending("say"), what: "say") }
    let nextSteps = fields["next-steps"].map { reader.textList($0, at: path.appending("next-steps"), what: "next-steps") } ?? []
    let clauses = fields["clauses"].flatMap { reader.textList($0, at: path.appending("clauses"), what: "clauses") }
    let variants = fields["variants"].map {
      reader.list($0, at: path.appending("variants"), what: "variant", read: Self.readVariant)
    } ?? []
    guard let id, let title, let say, let nextSteps, let clauses, let variants else { return nil }
    return Outcome(id: id, title: title, say: say, nextSteps: nextSteps, clauses: clauses, variants: variants)
  }

  private static func readVariant(_ reader: inout PolicyReader, _ node: Node, _ path: PolicyPath) -> Variant? {
    let spec: [Field] = [
      .required("when", "the answers this variant is for, as question: answer"),
      .required("say", "the sentence to add"),
    ]
    guard let fields = reader.mapping(node, at: path, what: "a variant", fields: spec) else { return nil }
    let conditions = fields["when"].flatMap { reader.conditions($0, at: path.appending("when")) }
    let say = fields["say"].flatMap { reader.text($0, at: path.appending("say"), what: "say") }
    guard let conditions, let say else { return nil }
    return Variant(conditions: conditions, say: say)
  }

  private static func readRule(_ reader: inout PolicyReader, _ node: Node, _ path: PolicyPath) -> Rule? {
    let spec: [Field] = [
      .required("when", "the conditions, as question: answer or question: [answers]; {} matches everything"),
      .required("then", "the id of the outcome the rule decides"),
    ]
    guard let fields = reader.mapping(node, at: path, what: "a rule", fields: spec) else { return nil }
    let conditions = fields["when"].flatMap { reader.conditions($0, at: path.appending("when")) }
    let outcome = fields["then"].flatMap { reader.text($0, at: path.appending("then"), what: "then") }
    guard let conditions, let outcome else { return nil }
    return Rule(conditions: conditions, outcome: outcome)
  }

  // MARK: Shapes

  /// The fields of a mapping, after reporting unknown keys and missing required ones.
  mutating func mapping(_ node: Node, at path: PolicyPath, what: String, fields spec: [Field]) -> [String: Node]? {
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
        if let guess = nearestWord(to: name, in: known) { message += "; did you mean '\(guess)'?" }
        message += " (expected: \(known.joined(separator: ", ")))"
        problems.append(Problem(path: path.appending(name), message: message, onKey: true))
      }
    }
    for field in spec where field.isRequired && fields[field.name] == nil {
      problems.append(Problem(path: path, message: "\(place(path))\(what) is missing '\(field.name)': \(field.meaning)"))
    }
    return fields
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

private func isCalendarDate(_ text: String) -> Bool {
  let parts = text.split(separator: "-", omittingEmptySubsequences: false)
  guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
    parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
    let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
  else { return false }
  return isCalendarDate(year: year, month: month, day: day)
}

/// Whether a year, month and day name a day of the (proleptic Gregorian) calendar.
public func isCalendarDate(year: Int, month: Int, day: Int) -> Bool {
  guard (1...12).contains(month) else { return false }
  let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  return (1...lengths[month - 1]).contains(day)
}

/// The candidate closest to `word` by edit distance, when it is close enough to be a likely
/// typo of it; nil otherwise.
public func nearestWord(to word: String, in candidates: [String]) -> String? {
  let lowered = word.lowercased()
  if !lowered.isEmpty {
    let extending = candidates.filter { $0.lowercased().hasPrefix(lowered) }
    if extending.count == 1 { return extending[0] }
  }
  let scored = candidates.map { ($0, editDistance(word.lowercased(), $0.lowercased())) }
  guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
  return best.1 <= max(1, min(word.count, best.0.count) / 3) ? best.0 : nil
}

/// The number of single-character edits (insertions, deletions, substitutions, and swaps
/// of neighbours) that turn one string into the other.
public func editDistance(_ a: String, _ b: String) -> Int {
  let a = Array(a)
  let b = Array(b)
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  var beforePrevious = [Int](repeating: 0, count: b.count + 1)
  var previous = Array(0...b.count)
  var current = [Int](repeating: 0, count: b.count + 1)
  for i in 1...a.count {
    current[0] = i
    for j in 1...b.count {
      current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
        current[j] = min(current[j], beforePrevious[j - 2] + 1)
      }
    }
    (beforePrevious, previous, current) = (previous, current, beforePrevious)
  }
  return previous[b.count]
}

extension String {
  /// The string without leading and trailing white space.
  public var trimmingWhitespace: String {
    let scalars = unicodeScalars
    guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
    let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
    return String(scalars[start...end])
  }
}
