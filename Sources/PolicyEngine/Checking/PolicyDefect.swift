/// Something wrong, or worth a look, in a policy.
public struct PolicyDefect: Sendable, Hashable, CustomStringConvertible {
  /// What kind of defect this is, for tools and tests.
  public enum Kind: String, Sendable, Hashable {
    case duplicateID = "duplicate-id"
    case malformedID = "malformed-id"
    case unknownReference = "unknown-reference"
    case emptyCondition = "empty-condition"
    case tooFewAnswers = "too-few-answers"
    case tooManyAnswers = "too-many-answers"
    case unsureAnswer = "unsure-answer"
    case ambiguousAlias = "ambiguous-alias"
    case untypableAlias = "untypable-alias"
    case unsafeText = "unsafe-text"
    case missingClauses = "missing-clauses"
    case callers = "callers"
    case wording = "wording"
    case definition = "definition"
    case group = "group"
    case plausibility = "plausibility"
    case undecidedAnswers = "undecided-answers"
    case shadowedRule = "shadowed-rule"
    case unreachableOutcome = "unreachable-outcome"
    case unaskedQuestion = "unasked-question"
    case uncitedClause = "uncited-clause"
    case missingFamily = "missing-family"
    case unusedFamily = "unused-family"
    case tooComplex = "too-complex"
    case changeLog = "change-log"
  }

  /// A related place, shown as a note after the defect.
  public struct Note: Sendable, Hashable {
    public var path: PolicyPath
    public var message: String
  }

  public var kind: Kind
  public var severity: Diagnostic.Severity
  /// Where the defect is.
  public var path: PolicyPath
  public var message: String
  /// Point at the key of `path` rather than its value.
  public var pointsAtKey: Bool
  public var notes: [Note]

  init(
    _ kind: Kind, _ severity: Diagnostic.Severity = .error, at path: PolicyPath, _ message: String,
    pointsAtKey: Bool = false, notes: [Note] = []
  ) {
    self.kind = kind
    self.severity = severity
    self.path = path
    self.message = message
    self.pointsAtKey = pointsAtKey
    self.notes = notes
  }

  public var description: String { "\(path): \(severity.rawValue): \(message)" }
}
