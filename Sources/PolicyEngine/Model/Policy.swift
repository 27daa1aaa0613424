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
  /// Who staff speak to: the kinds of caller the words to say are written for.
  public var callers: Callers?
  /// Short explanations, for staff, of the terms that decide outcomes.
  public var definitions: [Definition]
  /// Questions a caller often cannot answer together, which one answer marks all "not sure".
  public var groups: [QuestionGroup]
  /// The few kinds of outcome a manager follows in the demand report; when there are
  /// any, every outcome names one.
  public var families: [OutcomeFamily]
  /// Why each version of the file exists, the newest first.
  public var changes: [PolicyChange]
  /// Which answers go together in a real caller's situation, such as the types of sarcoma
  /// each treating centre treats; nothing a caller is told depends on them.
  public var plausibility: [Plausibility]

  public init(
    identity: PolicyIdentity, clauses: [Clause], questions: [Question],
    outcomes: [Outcome], rules: [Rule], callers: Callers? = nil, definitions: [Definition] = [],
    groups: [QuestionGroup] = [], families: [OutcomeFamily] = [], changes: [PolicyChange] = [],
    plausibility: [Plausibility] = []
  ) {
    self.identity = identity
    self.clauses = clauses
    self.questions = questions
    self.outcomes = outcomes
    self.rules = rules
    self.callers = callers
    self.definitions = definitions
    self.groups = groups
    self.families = families
    self.changes = changes
    self.plausibility = plausibility
  }

  /// The clause with the given id, if there is one.
  public func clause(_ id: String) -> Clause? { clauses.first { $0.id == id } }

  /// The question with the given id, if there is one.
  public func question(_ id: String) -> Question? { questions.first { $0.id == id } }

  /// The outcome with the given id, if there is one.
  public func outcome(_ id: String) -> Outcome? { outcomes.first { $0.id == id } }

  /// The group a question belongs to, if any.
  public func group(of questionID: String) -> QuestionGroup? { groups.first { $0.questions.contains(questionID) } }

  /// The definition with the given id, if there is one.
  public func definition(_ id: String) -> Definition? { definitions.first { $0.id == id } }

  /// The family with the given id, if there is one.
  public func family(_ id: String) -> OutcomeFamily? { families.first { $0.id == id } }

  /// The plausibility tables a situation breaks: those where the answers it gives to both
  /// questions do not go together. A "not sure" answer goes with anything.
  ///
  /// - Parameter situation: answer ids by question id.
  public func implausibilities(in situation: [String: String]) -> [Plausibility] {
    plausibility.filter { table in
      guard let first = situation[table.question], let second = situation[table.pairedQuestion],
        let fitting = table.answers(fitting: first)
      else { return false }
      let isUnsure = { (question: String, answer: String) in self.question(question)?.answer(answer)?.isUnsure ?? false }
      return !isUnsure(table.question, first) && !isUnsure(table.pairedQuestion, second) && !fitting.contains(second)
    }
  }

  /// Whether every pair of answers a situation gives goes together.
  public func isPlausible(_ situation: [String: String]) -> Bool {
    implausibilities(in: situation).isEmpty
  }
}

/// Which answers of one question go with each answer of another in a real caller's
/// situation: the types of sarcoma each treating centre treats, say. Training stories keep
/// to it, so that a story never places a patient where their sarcoma is not treated.
///
/// An answer of `question` the table does not list goes with any answer, and so does a
/// "not sure" answer of either question.
public struct Plausibility: Sendable, Hashable {
  public var id: String
  /// Why these answers go together, for whoever reviews the file.
  public var why: String
  /// The question whose answers the table lists: `treating-centre`.
  public var question: String
  /// The question whose answers go with them: `sarcoma` (the file's `with`).
  public var pairedQuestion: String
  /// For answers of `question`, the answers of `pairedQuestion` that go with it, in the
  /// file's order.
  public var fits: [Fit]

  /// One answer of `question` and the answers of `pairedQuestion` that go with it.
  public struct Fit: Sendable, Hashable {
    public var answer: String
    public var fitting: [String]

    public init(answer: String, fitting: [String]) {
      self.answer = answer
      self.fitting = fitting
    }
  }

  public init(id: String, why: String, question: String, pairedQuestion: String, fits: [Fit]) {
    self.id = id
    self.why = why
    self.question = question
    self.pairedQuestion = pairedQuestion
    self.fits = fits
  }

  /// The answers of `pairedQuestion` that go with an answer of `question`, or nil when the
  /// table does not list it (it goes with any).
  public func answers(fitting answer: String) -> [String]? {
    fits.first { $0.answer == answer }?.fitting
  }
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
  /// A few words for the prompt and lists, such as "Trial only there?"; the prompt when not given.
  public var label: String
  /// Asked even when its answer cannot change the outcome, because it changes what staff say.
  public var isAlwaysAsked: Bool
  /// Why the answer matters, in plain words.
  public var why: String
  /// The clauses that make this question matter.
  public var clauses: [String]
  /// What to find out, and from whom, when the caller does not know.
  public var findOut: String
  /// The definitions of the terms the question turns on.
  public var definitions: [String]
  public var answers: [Answer]

  public init(
    id: String, prompt: String, label: String? = nil, isAlwaysAsked: Bool = false, why: String, clauses: [String],
    findOut: String, definitions: [String] = [], answers: [Answer]
  ) {
    self.id = id
    self.prompt = prompt
    self.label = label ?? prompt
    self.isAlwaysAsked = isAlwaysAsked
    self.why = why
    self.clauses = clauses
    self.findOut = findOut
    self.definitions = definitions
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
  /// The answer as it is said inside a sentence, such as "the Royal Marsden", for the
  /// words to say that refer to it; nil when it cannot be named (a "not sure" answer).
  public var spoken: String?
  /// Words staff may type that stand for this answer only with a reason staff should hear,
  /// such as a type of sarcoma that can be soft tissue or bone, which stands for "not sure".
  public var unclearTerms: [UnclearTerm]

  public init(
    id: String, label: String, aliases: [String] = [], isUnsure: Bool = false, spoken: String? = nil,
    unclearTerms: [UnclearTerm] = []
  ) {
    self.id = id
    self.label = label
    self.aliases = aliases
    self.isUnsure = isUnsure
    self.spoken = spoken
    self.unclearTerms = unclearTerms
  }
}

/// A word staff may type whose answer needs a reason: "spindle cell sarcoma" stands for
/// "not sure", because it can be soft tissue or bone.
public struct UnclearTerm: Sendable, Hashable {
  public var term: String
  /// Why it stands for its answer, for staff.
  public var why: String

  public init(term: String, why: String) {
    self.term = term
    self.why = why
  }
}

/// Questions a caller often cannot answer together, such as the four only the treating
/// clinician knows: one answer, `label`, answers each of them "not sure" as it comes.
public struct QuestionGroup: Sendable, Hashable {
  public var id: String
  /// The ids of the questions in the group.
  public var questions: [String]
  /// The extra answer staff choose for the whole group: "None of these is known".
  public var label: String
  /// Why the caller may know none of them, for staff.
  public var why: String

  public init(id: String, questions: [String], label: String, why: String) {
    self.id = id
    self.questions = questions
    self.label = label
    self.why = why
  }
}

/// Something the policy tells a caller.
public struct Outcome: Sendable, Hashable {
  public var id: String
  public var title: String
  /// The words staff read to the caller, for each kind of caller.
  public var say: Wording
  /// What staff do next: notes for them, not words to read out.
  public var nextSteps: [String]
  /// The clauses this outcome rests on.
  public var clauses: [String]
  /// The id of the family the outcome belongs to, for the demand report.
  public var family: String?

  public init(id: String, title: String, say: Wording, nextSteps: [String], clauses: [String], family: String? = nil) {
    self.id = id
    self.title = title
    self.say = say
    self.nextSteps = nextSteps
    self.clauses = clauses
    self.family = family
  }
}

/// A kind of outcome, such as "a route open" or "the policy is silent", that groups
/// outcomes in the demand report.
public struct OutcomeFamily: Sendable, Hashable {
  public var id: String
  /// The family as a manager reads it.
  public var title: String

  public init(id: String, title: String) {
    self.id = id
    self.title = title
  }
}

/// Words to read to a caller, written for each kind of caller, or once for anyone.
///
/// Text may name an answer given in the call as `{question-id}`, which is said as that
/// answer's `spoken` form: "You are being treated at {treating-centre}".
public struct Wording: Sendable, Hashable {
  /// The words for callers of each kind, by the kind's id.
  public var byCaller: [String: String]
  /// The words for any caller whose kind has none of its own.
  public var anyone: String?

  public init(anyone: String? = nil, byCaller: [String: String] = [:]) {
    self.anyone = anyone
    self.byCaller = byCaller
  }

  /// The key of the words for any caller in a policy file.
  public static let anyoneKey = "anyone"

  /// The words for a kind of caller (nil for a caller of no known kind).
  public func text(for caller: String?) -> String? {
    caller.flatMap { byCaller[$0] } ?? anyone
  }

  /// Every text, the one for anyone first, then by kind in id order.
  public var texts: [String] {
    (anyone.map { [$0] } ?? []) + byCaller.keys.sorted().map { byCaller[$0]! }
  }

  /// The wording with every text passed through `change`.
  public func map(_ change: (String) -> String) -> Wording {
    Wording(anyone: anyone.map(change), byCaller: byCaller.mapValues(change))
  }
}

extension Wording: ExpressibleByStringLiteral {
  /// The same words for any caller.
  public init(stringLiteral text: String) {
    self.init(anyone: text)
  }
}

/// The kinds of caller the words to say are written for, told apart by the answer to one
/// question that is always asked (who is calling).
public struct Callers: Sendable, Hashable {
  /// The id of the question whose answer says what kind of caller this is.
  public var question: String
  public var kinds: [CallerKind]

  public init(question: String, kinds: [CallerKind]) {
    self.question = question
    self.kinds = kinds
  }

  /// The kind of caller that gave `answer` to the callers' question.
  public func kind(answering answer: String) -> CallerKind? {
    kinds.first { $0.answers.contains(answer) }
  }
}

/// One kind of caller: a patient, a family member, a clinician.
public struct CallerKind: Sendable, Hashable {
  public var id: String
  /// The answers to the callers' question that make a caller of this kind.
  public var answers: [String]

  public init(id: String, answers: [String]) {
    self.id = id
    self.answers = answers
  }
}

/// A term that decides outcomes, explained for staff, with everyday examples and the
/// answer each one means.
public struct Definition: Sendable, Hashable {
  public var id: String
  /// The term as staff say it: "standard management".
  public var term: String
  /// What it means, in a few plain sentences.
  public var meaning: String
  public var examples: [Example]

  public init(id: String, term: String, meaning: String, examples: [Example]) {
    self.id = id
    self.term = term
    self.meaning = meaning
    self.examples = examples
  }

  /// An everyday situation and the answer it means.
  public struct Example: Sendable, Hashable {
    /// A short, stable id, used by training stories.
    public var id: String
    /// The situation, as a caller might describe it.
    public var situation: String
    /// The id of the answer it means, for the questions that use this definition.
    public var answer: String
    /// Why, especially where the policy itself does not say.
    public var note: String?

    public init(id: String, situation: String, answer: String, note: String? = nil) {
      self.id = id
      self.situation = situation
      self.answer = answer
      self.note = note
    }
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
