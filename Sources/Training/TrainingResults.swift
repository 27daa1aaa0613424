import Guidance
import PolicyEngine

/// A trainee's results as saved with `--results`: the day, the pseudonym, the course (its
/// seed, length, focus and policy version), the time taken, the score, and for each
/// exercise its outcome and what was right or wrong, by id.
///
/// Nothing anyone typed is kept, and no story text: only ids from the policy, counts,
/// the day (never a time of day), the seconds the course took, and the pseudonym the
/// trainee chose.
public struct TrainingResults: Sendable, Hashable {
  /// What the file says it is, in its `format`.
  static let formatName = "second-opinion training results"
  /// The version of this file's layout.
  static let formatVersion = 2

  var score: TrainingScore
  public var pseudonym: Pseudonym
  /// The day of the session, YYYY-MM-DD.
  var date: String
  /// How long the course took, in whole seconds, when it was measured.
  var secondsTaken: Int?
  /// What the course practised; nil for the whole policy.
  var focus: CourseFocus?

  init(score: TrainingScore, pseudonym: Pseudonym, date: String, secondsTaken: Int? = nil, focus: CourseFocus? = nil) {
    self.score = score
    self.pseudonym = pseudonym
    self.date = date
    self.secondsTaken = secondsTaken
    self.focus = focus
  }

  /// The results as JSON.
  var json: JSON {
    let identity = score.policy.identity
    let seed = Int(exactly: score.seed).map(JSON.number) ?? .string(String(score.seed))
    return .object([
      ("format", .string(Self.formatName)),
      ("format-version", .number(Self.formatVersion)),
      ("date", .string(date)),
      ("trainee", .string(pseudonym.text)),
      ("seed", seed),
      ("focus", focus.map { .string($0.id) } ?? .null),
      ("policy", .object([("id", .string(identity.id)), ("version", .string(identity.version))])),
      ("exercises-planned", .number(score.plannedCount)),
      ("exercises-done", .number(score.markings.count)),
      ("seconds-taken", secondsTaken.map(JSON.number) ?? .null),
      (
        "score",
        .object([
          ("answers-right", .number(score.answersRight)),
          ("predictions-right", .number(score.predictionsRight)),
          ("out-of", .number(score.markings.count)),
          ("answers-matching", .number(score.matchingAnswerCount)),
          ("answers-given", .number(score.answerCount)),
        ])
      ),
      (
        "clauses-to-revisit",
        .array(score.clausesToRevisit.map { .object([("clause", .string($0.clause.id)), ("missed", .number($0.count))]) })
      ),
      ("exercises", .array(score.markings.map { Self.json($0, policy: score.policy) })),
    ])
  }

  /// The file's text: the JSON and a final line feed.
  public var text: String { json.text + "\n" }

  private static func json(_ marking: Marking, policy: Policy) -> JSON {
    let from: String
    switch marking.source {
    case .path(let number): from = "policy path \(number)"
    case .recordedCall: from = "recorded call"
    }
    return .object([
      ("number", .number(marking.exercise)),
      ("from", .string(from)),
      ("outcome", .string(marking.rightOutcome.id)),
      ("reached", .string(marking.reachedOutcome.id)),
      ("predicted", .string(marking.predicted.id)),
      ("answers-right", .bool(marking.answersRight)),
      ("prediction-right", .bool(marking.predictionRight)),
      ("questions", .array(marking.questionsAnswered.map(JSON.string))),
      ("clauses", .array(marking.rightOutcome.clauses.map(JSON.string))),
      ("clauses-missed", .array(marking.clausesToRevisit(in: policy).map(JSON.string))),
      (
        "departures",
        .array(
          marking.departures.map { departure in
            var members: [(String, JSON)] = [
              ("question", .string(departure.question.id)),
              ("story", departure.expected.map { .string($0.id) } ?? .null),
              ("given", .string(departure.given.id)),
            ]
            switch departure.effect {
            case .sameOutcome: members.append(("effect", .string("same-outcome")))
            case .changedOutcome(let outcome):
              members.append(("effect", .string("changed-outcome")))
              members.append(("leads-to", .string(outcome.id)))
            case .leftTheStory: members.append(("effect", .string("left-the-story")))
            }
            return .object(members)
          })
      ),
    ])
  }
}
