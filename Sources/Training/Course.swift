import Guidance
import PolicyEngine

/// A set of exercises for a trainee, chosen from a seed so that it can be given again.
///
/// The course goes round the outcomes: every outcome the scenarios reach comes once
/// before any comes again. A round shorter than the number of outcomes takes one outcome
/// from each band of difficulty, so a short course still runs from easy to hard. Within a
/// round the exercises go from easiest to hardest, and each later round takes harder
/// paths to the same outcomes and more "unsure" answers.
public struct Course: Sendable {
  /// The seed the course was chosen from.
  let seed: UInt64
  let exercises: [Exercise]

  /// Chooses `count` exercises from the scenarios (every path of the policy when nil).
  ///
  /// Scenarios whose answers the machine cannot follow to an outcome are left out; with
  /// none left, the course is empty.
  public init(machine: StateMachine, count: Int, seed: UInt64, scenarios: [Scenario]? = nil) {
    self.seed = seed
    var random = SeededRandom(seed: seed)
    let policy = machine.policy
    let writer = StoryWriter(policy: policy)
    let usable = (scenarios ?? Scenario.everyPath(of: machine)).filter { scenario in
      if case .success(.decided(let decision)) = machine.step(after: scenario.steps.map { GivenAnswer(question: $0.question, answer: $0.answers[0]) }) {
        return decision.outcome.id == scenario.outcome
      }
      return false
    }
    // Scenarios by outcome, in the policy's order of outcomes, each easiest first.
    let groups: [(outcome: Outcome, scenarios: [Scenario], difficulty: Int)] = policy.outcomes.compactMap { outcome in
      let reaching = usable.filter { $0.outcome == outcome.id }
      guard !reaching.isEmpty else { return nil }
      let scored = reaching.enumerated().map { (position: $0, scenario: $1, difficulty: Exercise.difficulty(of: $1.representativeFacts, in: policy)) }
      let sorted = scored.sorted { ($0.difficulty, $0.position) < ($1.difficulty, $1.position) }
      return (outcome, sorted.map(\.scenario), sorted[0].difficulty)
    }
    var exercises: [Exercise] = []
    var round = 0
    while !groups.isEmpty, exercises.count < count {
      let needed = min(groups.count, count - exercises.count)
      let ordered = groups.indices.map { ($0, random.next()) }
        .sorted { (groups[$0.0].difficulty, $0.1) < (groups[$1.0].difficulty, $1.1) }
        .map(\.0)
      var chosen: [Exercise] = []
      for band in 0..<needed {
        let low = band * ordered.count / needed
        let high = (band + 1) * ordered.count / needed
        let group = groups[ordered[low + random.number(below: high - low)]]
        let scenario = Self.scenario(from: group.scenarios, round: round, using: &random)
        let facts = scenario.facts(in: policy, unsurePercent: min(15 + 25 * round, 75), using: &random)
        var storyRandom = random.split()
        chosen.append(
          Exercise(
            number: 0, facts: facts, story: writer.story(telling: facts, using: &storyRandom), outcome: group.outcome,
            difficulty: Exercise.difficulty(of: facts, in: policy), source: scenario.source))
      }
      // Stable: equally hard exercises keep the order in which they were drawn.
      exercises += chosen.enumerated().sorted { ($0.element.difficulty, $0.offset) < ($1.element.difficulty, $1.offset) }.map(\.element)
      round += 1
    }
    self.exercises = exercises.enumerated().map { position, exercise in
      var numbered = exercise
      numbered.number = position + 1
      return numbered
    }
  }

  /// A scenario for an outcome: the first round draws from the easiest third of its
  /// scenarios, the second from the middle third, later rounds from the hardest third.
  private static func scenario(from scenarios: [Scenario], round: Int, using random: inout SeededRandom) -> Scenario {
    let band = min(round, 2)
    let low = scenarios.count * band / 3
    let high = max(low + 1, scenarios.count * (band + 1) / 3)
    return scenarios[low + random.number(below: high - low)]
  }
}

extension Scenario {
  /// Each step's first answer.
  var representativeFacts: [GivenAnswer] {
    steps.map { GivenAnswer(question: $0.question, answer: $0.answers[0]) }
  }
}
