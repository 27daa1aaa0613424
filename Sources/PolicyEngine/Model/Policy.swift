/// A second-opinion policy as data: what it is, its clauses, the questions staff
/// ask, the outcomes they can reach, and the rules that join answers to outcomes.
public struct Policy: Sendable, Hashable {
  /// Which policy this is.
  public var identity: PolicyIdentity
  /// The policy, clause by clause, each summarised in our own words.
  public var clauses: [Clause]
  /// The questions, in the order they are asked.
  public var questions: [Question]
  /// Everything the policy can tell a caller.
  public var outcomes: [Outcome]
  /// Rules checked from first to last; the first that matches decides the outcome.
  public var rules: [Rule]
  /// Why each version of the file exists, the newest first.
  public var changes: [PolicyChange]

  public init(
    identity: PolicyIdentity, clauses: [Clause], questions: [Question],
    outcomes: [Outcome], rules: [Rule], changes: [PolicyChange] = []
  ) {
    self.identity = identity
    self.clauses = clauses
    self.questions = questions
    self.outcomes = outcomes
    self.rules = rules
    self.changes = changes
  }

  /// The clause with the given id, if there is one.
  public func clause(_ id: String) -> Clause? { clauses.first { $0.id == id } }

  /// The question with the given id, if there is one.
  public func question(_ id: String) -> Question? { questions.first { $0.id == id } }

  /// The outcome with the given id, if there is one.
  public func outcome(_ id: String) -> Outcome? { outcomes.first { $0.id == id } }
}

/// Which policy a file encodes, and which version of the encoding it is.
public struct PolicyIdentity: Sendable, Hashable {
  public var id: String
  public var title: String
  public var issuedBy: String
  public var version: String
  /// The date of this version, as YYYY-MM-DD.
  public var date: String

  public init(id: String, title: String, issuedBy: String, version: String, date: String) {
    self.id = id
    self.title = title
    self.issuedBy = issuedBy
    self.version = version
    self.date = date
  }
}

/// One entry of the policy file's change log: a version of the file, and why it exists.
public struct PolicyChange: Sendable, Hashable {
  /// The version it introduced, as in `policy.version`.
  public var version: String
  /// The day of the version, as YYYY-MM-DD.
  public var date: String
  /// Why the file changed, in plain words.
  public var reason: String
  /// What changed in the policy document itself, or that it did not.
  public var sourceDocument: String

  public init(version: String, date: String, reason: String, sourceDocument: String) {
    self.version = version
    self.date = date
    self.reason = reason
    self.sourceDocument = sourceDocument
  }
}

/// One clause of the policy.
public struct Clause: Sendable, Hashable {
  public var id: String
  /// Where in the policy document the clause comes from.
  public var source: String
  /// The clause in our own words.
  public var summary: String

  public init(id: String, source: String, summary: String) {
    self.id = id
    self.source = source
    self.summary = summary
  }
}

/// A question staff ask the caller.
public struct Question: Sendable, Hashable {
  public var id: String
  /// The question as staff read it.
  public var prompt: String
  /// Asked even when its answer cannot change the outcome, because it changes what staff say.
  public var isAlwaysAsked: Bool
  /// Why the answer matters, in plain words.
  public var why: String
  /// The clauses that make this question matter.
  public var clauses: [String]
  /// What to find out, and from whom, when the caller does not know.
  public var findOut: String
  public var answers: [Answer]

  public init(
    id: String, prompt: String, isAlwaysAsked: Bool = false, why: String, clauses: [String],
    findOut: String, answers: [Answer]
  ) {
    self.id = id
    self.prompt = prompt
    self.isAlwaysAsked = isAlwaysAsked
    self.why = why
    self.clauses = clauses
    self.findOut = findOut
    self.answers = answers
  }

  /// The answer with the given id, if there is one.
  public func answer(_ id: String) -> Answer? { answers.first { $0.id == id } }
}

/// One answer to a question.
public struct Answer: Sendable, Hashable {
  public var id: String
  public var label: String
  /// Other words staff naturally type for this answer.
  public var aliases: [String]
  /// Whether this is the question's "not sure / don't know" answer.
  public var isUnsure: Bool

  public init(id: String, label: String, aliases: [String] = [], isUnsure: Bool = false) {
    self.id = id
    self.label = label
    self.aliases = aliases
    self.isUnsure = isUnsure
  }
}

/// Something the policy tells a caller.
public struct Outcome: Sendable, Hashable {
  public var id: String
  public var title: String
  /// What staff tell the caller, in plain words.
  public var say: String
  public var nextSteps: [String]
  /// The clauses this outcome rests on.
  public var clauses: [String]
  /// Extra sentences for particular callers.
  public var variants: [Variant]

  public init(
    id: String, title: String, say: String, nextSteps: [String], clauses: [String],
    variants: [Variant] = []
  ) {
    self.id = id
    self.title = title
    self.say = say
    self.nextSteps = nextSteps
    self.clauses = clauses
    self.variants = variants
  }
}

/// A sentence added to an outcome when the caller's answers meet its conditions.
public struct Variant: Sendable, Hashable {
  public var conditions: [Condition]
  public var say: String

  public init(conditions: [Condition], say: String) {
    self.conditions = conditions
    self.say = say
  }
}

/// A rule: when every condition holds, the outcome is decided.
public struct Rule: Sendable, Hashable {
  public var conditions: [Condition]
  /// The id of the outcome this rule decides.
  public var outcome: String

  public init(conditions: [Condition], outcome: String) {
    self.conditions = conditions
    self.outcome = outcome
  }
}

/// A condition on one question: its answer is one of the listed answers.
public struct Condition: Sendable, Hashable {
  public var question: String
  public var answers: [String]

  public init(question: String, answers: [String]) {
    self.question = question
    self.answers = answers
  }

  /// Whether the given answers meet this condition.
  public func isMet(by answers: [String: String]) -> Bool {
    answers[question].map(self.answers.contains) ?? false
  }
}
