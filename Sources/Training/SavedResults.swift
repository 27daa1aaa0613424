import PolicyEngine

/// A trainee's results read back from a file written with `train --results`, for the
/// trainer's report: who (by pseudonym), which course, how long it took, and for each
/// exercise what was right or wrong, by id.
///
/// Only what the report needs is kept. Every value is checked as it is read: ids must
/// look like ids and the trainee's handle must pass as a pseudonym, so that nothing
/// personal a hand-edited file might hold is ever shown.
public struct SavedResults: Sendable, Hashable {
  /// One exercise as marked.
  struct Exercise: Sendable, Hashable {
    /// The right outcome's id.
    var outcome: String
    var answersRight: Bool
    var predictionRight: Bool
    /// The questions the trainee answered, by id.
    var questions: [String]
    /// The clauses the right outcome rests on, and those missed.
    var clauses: [String]
    var clausesMissed: [String]
    /// The questions answered differently from the story, by id.
    var differing: [String]
  }

  /// The file the results were read from, as named on the command line.
  public var file: String
  var date: String
  var trainee: String
  /// The seed, as its digits (it may not fit in an `Int`).
  var seed: String
  /// The id of the outcome or clause the course practised; nil for the whole policy.
  var focus: String?
  var policyID: String
  var policyVersion: String
  var exercisesPlanned: Int
  var secondsTaken: Int?
  var exercises: [Exercise]

  /// "seed 42, 20 exercises", with the focus when there was one.
  var course: String {
    "seed \(seed), \(exercisesPlanned) exercise\(exercisesPlanned == 1 ? "" : "s")" + (focus.map { ", practising \($0)" } ?? "")
  }

  /// "london-sarcoma-second-opinions 1.1.0".
  var policy: String { "\(policyID) \(policyVersion)" }

  /// Reads a results file.
  ///
  /// - Throws: a `Diagnostic` at the place in the file where it stops being a results
  ///   file this version of the tool reads, saying what was expected; it never quotes
  ///   the file's text.
  public init(parsing bytes: [UInt8], file: String) throws(Diagnostic) {
    self.file = file
    do throws(LocatedProblem) {
      let root = try LocatedJSON(parsing: bytes)
      let fields = try ResultsObject(root, what: "the results")
      try Self.checkFormat(fields)
      date = try fields.text("date")
      guard isCalendarDate(date) else { throw try fields.problem(at: "date", "'date' must be a day written YYYY-MM-DD") }
      trainee = try fields.text("trainee")
      guard (try? Pseudonym(checking: trainee)) != nil else {
        throw try fields.problem(
          at: "trainee", "'trainee' is not a pseudonym such as trainee-4821 (it may be a name), so these results are not reported")
      }
      seed = try Self.seed(fields)
      focus = try fields.optionalID("focus")
      let policy = try ResultsObject(try fields.value("policy"), what: "'policy'")
      policyID = try policy.id("id")
      policyVersion = try policy.text("version")
      guard PolicyVersion(policyVersion) != nil else {
        throw try policy.problem(at: "version", "'version' must be a version such as 1.1.0")
      }
      exercisesPlanned = try fields.count("exercises-planned", atLeast: 1)
      secondsTaken = try fields.optionalCount("seconds-taken")
      let list = try fields.list("exercises")
      exercises = try list.enumerated().map { (index, element) throws(LocatedProblem) in
        try Self.exercise(ResultsObject(element, what: "exercise \(index + 1)"))
      }
      let done = try fields.count("exercises-done", atLeast: 0)
      guard done == exercises.count, done <= exercisesPlanned else {
        throw try fields.problem(at: "exercises-done", "'exercises-done' does not match the exercises listed and planned")
      }
    } catch {
      throw Diagnostic(.error, error.message, at: SourceLocation(file: file, line: error.line, column: error.column))
    }
  }

  private static func checkFormat(_ fields: ResultsObject) throws(LocatedProblem) {
    guard let format = fields.member("format") else {
      throw fields.problem("this is not a training results file: it has no 'format'")
    }
    guard case .string(TrainingResults.formatName) = format.value.value else {
      throw LocatedProblem(
        message: "this is not a training results file: its 'format' is not \u{201C}\(TrainingResults.formatName)\u{201D}",
        line: format.value.line, column: format.value.column)
    }
    let version = try fields.count("format-version", atLeast: 1)
    if version < TrainingResults.formatVersion {
      throw try fields.problem(
        at: "format-version",
        "these results were saved by an earlier version of second-opinion (format \(version)), which did not keep what the report needs; the course can be taken again")
    }
    if version > TrainingResults.formatVersion {
      throw try fields.problem(
        at: "format-version",
        "these results are in format \(version), newer than this version of second-opinion reads (\(TrainingResults.formatVersion))")
    }
  }

  private static func seed(_ fields: ResultsObject) throws(LocatedProblem) -> String {
    let value = try fields.value("seed")
    switch value.value {
    case .number(let number) where number >= 0: return String(number)
    case .string(let digits) where UInt64(digits) != nil: return String(UInt64(digits)!)
    default: throw LocatedProblem(message: "'seed' must be a whole number", line: value.line, column: value.column)
    }
  }

  private static func exercise(_ fields: ResultsObject) throws(LocatedProblem) -> Exercise {
    let departures = try fields.list("departures").map { (element) throws(LocatedProblem) in
      let departure = try ResultsObject(element, what: "a departure")
      let question = try departure.id("question")
      _ = try departure.id("given")
      return (question, try departure.optionalID("story"))
    }
    return Exercise(
      outcome: try fields.id("outcome"), answersRight: try fields.flag("answers-right"),
      predictionRight: try fields.flag("prediction-right"), questions: try fields.ids("questions"), clauses: try fields.ids("clauses"),
      clausesMissed: try fields.ids("clauses-missed"), differing: departures.filter { $0.1 != nil }.map(\.0))
  }
}

/// An object of a results file being read, with what it is called in messages.
private struct ResultsObject {
  let object: LocatedJSON
  let members: [LocatedJSON.Member]
  /// "the results", "exercise 3".
  let what: String

  init(_ object: LocatedJSON, what: String) throws(LocatedProblem) {
    guard case .object(let members) = object.value else {
      throw LocatedProblem(message: "expected \(what) as an object in braces, found \(object.kind)", line: object.line, column: object.column)
    }
    self.object = object
    self.members = members
    self.what = what
  }

  func member(_ key: String) -> LocatedJSON.Member? {
    members.first { $0.key == key }
  }

  /// A problem with the object as a whole, at its opening brace.
  func problem(_ message: String) -> LocatedProblem {
    LocatedProblem(message: message, line: object.line, column: object.column)
  }

  /// A problem with a key's value, at the value.
  func problem(at key: String, _ message: String) throws(LocatedProblem) -> LocatedProblem {
    let value = try value(key)
    return LocatedProblem(message: message, line: value.line, column: value.column)
  }

  func value(_ key: String) throws(LocatedProblem) -> LocatedJSON {
    guard let member = member(key) else { throw problem("\(what) \(what == "the results" ? "have" : "has") no '\(key)'") }
    return member.value
  }

  private func wrong(_ key: String, _ expected: String, _ value: LocatedJSON) -> LocatedProblem {
    LocatedProblem(message: "'\(key)' must be \(expected), found \(value.kind)", line: value.line, column: value.column)
  }

  func text(_ key: String) throws(LocatedProblem) -> String {
    let value = try value(key)
    guard case .string(let text) = value.value, !text.isEmpty else { throw wrong(key, "text", value) }
    return text
  }

  func flag(_ key: String) throws(LocatedProblem) -> Bool {
    let value = try value(key)
    guard case .bool(let flag) = value.value else { throw wrong(key, "true or false", value) }
    return flag
  }

  func count(_ key: String, atLeast minimum: Int) throws(LocatedProblem) -> Int {
    let value = try value(key)
    guard case .number(let number) = value.value, number >= minimum else { throw wrong(key, "a whole number from \(minimum)", value) }
    return number
  }

  func optionalCount(_ key: String) throws(LocatedProblem) -> Int? {
    if let value = member(key)?.value, case .null = value.value { return nil }
    return member(key) == nil ? nil : try count(key, atLeast: 0)
  }

  func list(_ key: String) throws(LocatedProblem) -> [LocatedJSON] {
    let value = try value(key)
    guard case .array(let elements) = value.value else { throw wrong(key, "a list in square brackets", value) }
    return elements
  }

  func id(_ key: String) throws(LocatedProblem) -> String {
    try Self.id(try value(key), key: key)
  }

  func optionalID(_ key: String) throws(LocatedProblem) -> String? {
    guard let value = member(key)?.value else { return nil }
    if case .null = value.value { return nil }
    return try Self.id(value, key: key)
  }

  func ids(_ key: String) throws(LocatedProblem) -> [String] {
    try list(key).map { (element) throws(LocatedProblem) in try Self.id(element, key: key) }
  }

  /// An id of the policy: lower-case letters, digits and hyphens.
  private static func id(_ value: LocatedJSON, key: String) throws(LocatedProblem) -> String {
    guard case .string(let text) = value.value, (1...64).contains(text.count),
      text.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
    else {
      throw LocatedProblem(
        message: "'\(key)' must hold ids of the policy (lower-case letters, digits and hyphens), found \(value.kind == "text" ? "other text" : value.kind)",
        line: value.line, column: value.column)
    }
    return text
  }
}
