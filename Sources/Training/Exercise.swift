import Guidance
import PolicyEngine

/// One practice call: a story to read, the answers it stands for, and the outcome they reach.
struct Exercise: Sendable, Hashable {
  /// The exercise's place in its course, from 1.
  var number: Int
  /// The answers the caller's path needs, in the order the policy asks for them.
  var facts: [GivenAnswer]
  /// The situation told in plain English; its facts may include some the path never asks.
  var story: Story
  /// The outcome the facts reach.
  var outcome: Outcome
  /// How hard the exercise is; see `Exercise.difficulty(of:in:)`.
  var difficulty: Int
  var source: Scenario.Source

  init(number: Int, facts: [GivenAnswer], story: Story, outcome: Outcome, difficulty: Int, source: Scenario.Source) {
    self.number = number
    self.facts = facts
    self.story = story
    self.outcome = outcome
    self.difficulty = difficulty
    self.source = source
  }

  /// How hard an exercise with these facts is: one point per question asked, two per
  /// "unsure" answer (told as doubt, to be recognised as such), and one per condition of
  /// the rule that decides the outcome (an exception, or several facts combined, asks
  /// more of the trainee).
  static func difficulty(of facts: [GivenAnswer], in policy: Policy) -> Int {
    let given = Dictionary(facts.map { ($0.question, $0.answer) }, uniquingKeysWith: { _, last in last })
    let unsure = facts.filter { policy.question($0.question)?.answer($0.answer)?.isUnsure ?? false }.count
    let rule = policy.rules.first { rule in rule.conditions.allSatisfy { $0.isMet(by: given) } }
    return facts.count + 2 * unsure + (rule?.conditions.count ?? 0)
  }
}
