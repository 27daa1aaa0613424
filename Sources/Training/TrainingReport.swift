import Guidance
import PolicyEngine
import Transcripts

/// How a class is doing, from its trainees' results files: each trainee's score and time,
/// the share of exercises that missed each outcome and each clause, and the questions
/// most often answered differently from the story; as text for a terminal or as CSV.
///
/// Outcomes, clauses and questions are named as the given policy names them, or by id
/// when it does not have them. Nothing in it comes from a file but ids, counts, seeds,
/// policy versions and pseudonyms, each checked when the file was read.
public struct TrainingReport: Sendable {
  /// A count of exercises or answers that went wrong, out of how many.
  struct Tally: Sendable, Hashable {
    var key: String
    var label: String
    var count = 0
    var of = 0
  }

  /// One trainee's results, over every file saved under their pseudonym.
  struct Trainee: Sendable, Hashable {
    var pseudonym: String
    var files = 0
    var done = 0
    var planned = 0
    var answersRight = 0
    var predictionsRight = 0
    /// Nil when any of the files was not timed.
    var seconds: Int? = 0
  }

  let policy: Policy
  let fileCount: Int
  let trainees: [Trainee]
  /// The courses taken, each with how many files took it, most first.
  let courses: [Counted]
  /// The policy versions the results were saved under, each with how many files.
  let versions: [Counted]
  /// Outcomes by the share of their exercises whose prediction missed them, highest first.
  let outcomes: [Tally]
  /// Clauses by the share of the exercises resting on them in which they were missed.
  let clauses: [Tally]
  /// Questions by the share of their answers that differed from the story.
  let questions: [Tally]

  /// A course or a policy version, with how many results files have it.
  struct Counted: Sendable, Hashable {
    /// "21/20", "21/5/not-routine"; "london-sarcoma-second-opinions@1.1.0".
    var key: String
    /// "seed 21, 20 exercises"; "london-sarcoma-second-opinions 1.1.0".
    var name: String
    var files: Int
  }

  /// How many of the questions most often answered differently the text shows.
  static let questionsShown = 5

  public init(results: [SavedResults], policy: Policy) {
    self.policy = policy
    fileCount = results.count
    var trainees: [String: Trainee] = [:]
    var outcomes: [String: Tally] = [:]
    var clauses: [String: Tally] = [:]
    var questions: [String: Tally] = [:]
    for saved in results {
      var trainee = trainees[saved.trainee] ?? Trainee(pseudonym: saved.trainee)
      trainee.files += 1
      trainee.done += saved.exercises.count
      trainee.planned += saved.exercisesPlanned
      trainee.answersRight += saved.exercises.filter(\.answersRight).count
      trainee.predictionsRight += saved.exercises.filter(\.predictionRight).count
      trainee.seconds = trainee.seconds.flatMap { total in saved.secondsTaken.map { total + $0 } }
      trainees[saved.trainee] = trainee
      for exercise in saved.exercises {
        outcomes[exercise.outcome, default: Tally(key: exercise.outcome, label: Self.title(exercise.outcome, policy))].add(!exercise.predictionRight)
        for clause in Set(exercise.clauses + exercise.clausesMissed) {
          clauses[clause, default: Tally(key: clause, label: clause)].add(exercise.clausesMissed.contains(clause))
        }
        for question in exercise.questions {
          questions[question, default: Tally(key: question, label: Self.label(question, policy))].add(exercise.differing.contains(question))
        }
      }
    }
    self.trainees = trainees.values.sorted { $0.pseudonym < $1.pseudonym }
    courses = Self.tallied(results.map { ([$0.seed, String($0.exercisesPlanned)] + [$0.focus].compactMap { $0 }).joined(separator: "/") }, names: results.map(\.course))
    versions = Self.tallied(results.map { "\($0.policyID)@\($0.policyVersion)" }, names: results.map(\.policy))
    let outcomeOrder = policy.outcomes.map(\.id)
    let clauseOrder = policy.clauses.map(\.id)
    let questionOrder = policy.questions.map(\.id)
    self.outcomes = Self.ranked(outcomes, order: outcomeOrder)
    self.clauses = Self.ranked(clauses, order: clauseOrder)
    self.questions = Self.ranked(questions, order: questionOrder)
  }

  // MARK: Text

  /// The report as text for a terminal, in `width` columns where the labels allow.
  public func text(width: Int = 80) -> String {
    var lines = preamble().flatMap { wrapWords($0, width: width) }
    lines.append("")
    lines.append("Trainees")
    let labels = trainees.map { TextTableLabel(text: $0.pseudonym) }
    lines += textTable(
      labels: labels,
      columns: [
        TextTableColumn(heading: "exercises", cells: trainees.map { "\($0.done) of \($0.planned)" }, gap: 2),
        TextTableColumn(heading: "answers right", cells: trainees.map { Self.share($0.answersRight, of: $0.done) }, gap: 2),
        TextTableColumn(heading: "predictions right", cells: trainees.map { Self.share($0.predictionsRight, of: $0.done) }, gap: 2),
        TextTableColumn(heading: "time", cells: trainees.map { Self.time($0.seconds) }, gap: 2),
      ],
      width: width, minimumLabelWidth: 12)
    lines.append("")
    lines += wrapWords("Outcomes missed: exercises of each outcome in which another was expected", width: width)
    lines += tallyTable(outcomes, headings: ["missed", "of", "share"], width: width)
    lines.append("")
    lines += wrapWords("Clauses missed: exercises resting on each clause in which it was missed", width: width)
    lines += tallyTable(clauses, headings: ["missed", "of", "share"], width: width)
    lines.append("")
    lines += wrapWords("Questions most often answered differently from the story", width: width)
    let differing = questions.filter { $0.count > 0 }.prefix(Self.questionsShown)
    if differing.isEmpty {
      lines.append("Every answer matched its story.")
    } else {
      lines += tallyTable(Array(differing), headings: ["differed", "answered", "share"], width: width)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// What was read, and any differences between the courses or policy versions taken.
  private func preamble() -> [String] {
    let done = trainees.reduce(0) { $0 + $1.done }
    var lines = [
      "Training report: \(counted(trainees.count, "trainee")), \(counted(fileCount, "results file")), "
        + "\(counted(done, "exercise")) marked."
    ]
    if courses.count == 1 {
      lines.append("Course: \(courses[0].name); policy \(versions.map(\.name).joined(separator: ", ")).")
    } else {
      lines.append(
        "Note: the trainees did not all take the same course: "
          + courses.map { "\($0.name) (\(counted($0.files, "file")))" }.joined(separator: "; ") + ".")
    }
    if versions.count > 1 {
      lines.append(
        "Note: the results were saved under different versions of the policy: "
          + versions.map { "\($0.name) (\(counted($0.files, "file")))" }.joined(separator: "; ") + ".")
    }
    let current = "\(policy.identity.id) \(policy.identity.version)"
    if versions.contains(where: { $0.name != current }) {
      lines.append("Outcomes and questions are named as in \(current).")
    }
    return lines
  }

  private func tallyTable(_ tallies: [Tally], headings: [String], width: Int) -> [String] {
    textTable(
      labels: tallies.map { TextTableLabel(text: $0.label) },
      columns: [
        TextTableColumn(heading: headings[0], cells: tallies.map { String($0.count) }, gap: 2),
        TextTableColumn(heading: headings[1], cells: tallies.map { String($0.of) }, gap: 2),
        TextTableColumn(heading: headings[2], cells: tallies.map { Self.percent($0.count, of: $0.of) }, gap: 2),
      ],
      width: width, minimumLabelWidth: 30)
  }

  // MARK: CSV

  /// The CSV columns, in order.
  static let csvColumns = ["dimension", "key", "label", "count", "of", "share"]

  /// The report as CSV: one row per course, policy version, trainee score and time,
  /// outcome, clause and question (every question answered, not only the most missed).
  public var csv: String {
    var rows: [[String]] = [Self.csvColumns]
    for (dimension, counted) in [("course", courses), ("policy-version", versions)] {
      for entry in counted {
        rows.append([dimension, entry.key, entry.name, String(entry.files), String(fileCount), Self.percent(entry.files, of: fileCount)])
      }
    }
    for trainee in trainees {
      rows.append(["trainee-answers-right", trainee.pseudonym, "", String(trainee.answersRight), String(trainee.done), Self.percent(trainee.answersRight, of: trainee.done)])
      rows.append([
        "trainee-predictions-right", trainee.pseudonym, "", String(trainee.predictionsRight), String(trainee.done),
        Self.percent(trainee.predictionsRight, of: trainee.done),
      ])
      rows.append(["trainee-seconds", trainee.pseudonym, "", trainee.seconds.map(String.init) ?? "", "", ""])
    }
    for (dimension, tallies) in [("outcome-missed", outcomes), ("clause-missed", clauses), ("question-differed", questions)] {
      for tally in tallies {
        rows.append([dimension, tally.key, tally.key == tally.label ? "" : tally.label, String(tally.count), String(tally.of), Self.percent(tally.count, of: tally.of)])
      }
    }
    return rows.map { $0.map(csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
  }

  // MARK: Helpers

  private static func title(_ id: String, _ policy: Policy) -> String { policy.outcome(id)?.title ?? id }
  private static func label(_ id: String, _ policy: Policy) -> String { policy.question(id)?.label ?? id }

  /// Each distinct key with its name and how often it comes, most often first, then by key.
  private static func tallied(_ keys: [String], names: [String]) -> [Counted] {
    var counts: [String: Counted] = [:]
    for (key, name) in zip(keys, names) { counts[key, default: Counted(key: key, name: name, files: 0)].files += 1 }
    return counts.values.sorted { ($1.files, $0.key) < ($0.files, $1.key) }
  }

  /// Tallies by share, highest first, then by count, then in the policy's order (ids the
  /// policy does not have last, by id).
  private static func ranked(_ tallies: [String: Tally], order: [String]) -> [Tally] {
    let position = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    return tallies.values.sorted { a, b in
      let left = a.count * b.of
      let right = b.count * a.of
      if left != right { return left > right }
      if a.count != b.count { return a.count > b.count }
      return (position[a.key] ?? .max, a.key) < (position[b.key] ?? .max, b.key)
    }
  }

  private static func percent(_ count: Int, of base: Int) -> String {
    base == 0 ? "" : "\(Int((Double(count) * 100 / Double(base)).rounded()))%"
  }

  /// "15  75%".
  private static func share(_ count: Int, of base: Int) -> String {
    let percent = percent(count, of: base)
    return "\(count)" + String(repeating: " ", count: max(1, 6 - percent.count)) + percent
  }

  /// "24 min", "under a minute", or "not timed".
  private static func time(_ seconds: Int?) -> String {
    guard let seconds else { return "not timed" }
    return seconds < 60 ? "under 1 min" : "\((seconds + 30) / 60) min"
  }
}

extension TrainingReport.Tally {
  /// One more exercise or answer, which went wrong or not.
  fileprivate mutating func add(_ wrong: Bool) {
    of += 1
    if wrong { count += 1 }
  }
}
