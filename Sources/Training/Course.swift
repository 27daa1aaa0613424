import Guidance
import PolicyEngine

/// A set of exercises for a trainee, chosen from a seed so that it can be given again.
///
/// A seed fixes an unbounded sequence of exercises, made in rounds; a course is its first
/// `count`, so a course of 5 is the first 5 exercises of a course of 20 with the same seed.
/// Each round has one exercise for every outcome the scenarios reach, easiest first, so
/// the default course, one round long, covers every outcome. Each later round takes
/// harder paths to the same outcomes and more "unsure" answers.
public struct Course: Sendable {
  /// The most paths of a policy exercises are made from: a generated policy can have
  /// millions, and the machine is built as they are walked.
  public static let pathLimit = 10_000

  /// The shortest course given when no length is asked for.
  public static let minimumDefaultLength = 5

  /// The seed the course was chosen from.
  let seed: UInt64
  let exercises: [Exercise]
  /// What the course practises; nil for the whole policy.
  let focus: CourseFocus?
  /// The outcomes the scenarios reach, in the policy's order: one round covers them all.
  let outcomes: [Outcome]
  /// The most paths the exercises were made from.
  let pathLimit: Int
  /// Whether the policy has more paths than `pathLimit`, so that exercises were made
  /// from the first `pathLimit` paths only.
  let isLimited: Bool

  /// Chooses exercises from the scenarios (every path of the policy, up to `pathLimit`,
  /// when nil).
  ///
  /// Scenarios whose answers the machine cannot follow to an outcome are left out, and so
  /// are those outside `focus`; with none left, the course is empty.
  ///
  /// - Parameters:
  ///   - count: how many exercises; nil for one round, so that every outcome the
  ///     scenarios reach comes once, and at least `minimumDefaultLength`.
  ///   - pathLimit: the most paths of the policy exercises are made from.
  public init(
    machine: StateMachine, count: Int? = nil, seed: UInt64, scenarios: [Scenario]? = nil, focus: CourseFocus? = nil,
    pathLimit: Int = Course.pathLimit
  ) {
    self.seed = seed
    self.focus = focus
    self.pathLimit = pathLimit
    let policy = machine.policy
    var isLimited = false
    let candidates: [Scenario]
    if let scenarios {
      candidates = scenarios
    } else {
      let paths = Scenario.everyPath(of: machine, limit: pathLimit)
      candidates = paths.scenarios
      isLimited = paths.isLimited
    }
    self.isLimited = isLimited
    let usable = candidates.filter { scenario in
      guard focus?.includes(scenario, in: policy) ?? true else { return false }
      if case .success(.decided(let decision)) = machine.step(after: scenario.representativeFacts) {
        return decision.outcome.id == scenario.outcome
      }
      return false
    }
    // Scenarios by outcome, in the policy's order of outcomes, each easiest first.
    let groups: [(outcome: Outcome, scenarios: [Scenario])] = policy.outcomes.compactMap { outcome in
      let reaching = usable.filter { $0.outcome == outcome.id }
      guard !reaching.isEmpty else { return nil }
      let scored = reaching.enumerated().map { (position: $0, scenario: $1, difficulty: Exercise.difficulty(of: $1.representativeFacts, in: policy)) }
      return (outcome, scored.sorted { ($0.difficulty, $0.position) < ($1.difficulty, $1.position) }.map(\.scenario))
    }
    outcomes = groups.map(\.outcome)
    let length = count ?? max(groups.count, Self.minimumDefaultLength)

    var random = SeededRandom(seed: seed)
    var filler = StoryFiller()
    var used = Array(repeating: Set<Int>(), count: groups.count)
    let writer = StoryWriter(policy: policy)
    var exercises: [Exercise] = []
    var round = 0
    // Every round draws the numbers of all its exercises, whatever the length, so that
    // every course with this seed draws the same numbers; stories are written in the
    // order the exercises are given, and only for those given, so that a shorter course
    // is the start of a longer one, filler and all.
    while !groups.isEmpty, exercises.count < length {
      var drawn: [(outcome: Outcome, scenario: Scenario, facts: [GivenAnswer], difficulty: Int, story: SeededRandom, order: UInt64)] = []
      for (index, group) in groups.enumerated() {
        var own = random.split()
        let position = Self.scenario(among: group.scenarios.count, round: round, avoiding: used[index], using: &own)
        used[index].insert(position)
        let scenario = group.scenarios[position]
        let facts = scenario.facts(in: policy, unsurePercent: min(15 + 25 * round, 75), using: &own)
        drawn.append((group.outcome, scenario, facts, Exercise.difficulty(of: facts, in: policy), own, random.next()))
      }
      for var next in drawn.sorted(by: { ($0.difficulty, $0.order) < ($1.difficulty, $1.order) }) {
        guard exercises.count < length else { break }
        let story = writer.story(telling: next.facts, using: &next.story, filler: &filler)
        exercises.append(
          Exercise(number: 0, facts: next.facts, story: story, outcome: next.outcome, difficulty: next.difficulty, source: next.scenario.source))
      }
      round += 1
    }
    self.exercises = exercises.prefix(length).enumerated().map { position, exercise in
      var numbered = exercise
      numbered.number = position + 1
      return numbered
    }
  }

  /// The position of a scenario for an outcome, among `count` easiest first: the first
  /// round draws from the easiest third, the second from the middle third, later rounds
  /// from the hardest third, each preferring one the course has not used yet.
  private static func scenario(among count: Int, round: Int, avoiding used: Set<Int>, using random: inout SeededRandom) -> Int {
    let band = min(round, 2)
    let low = count * band / 3
    let high = max(low + 1, count * (band + 1) / 3)
    let fresh = (low..<high).filter { !used.contains($0) }
    if !fresh.isEmpty { return random.pick(from: fresh) }
    let unused = (0..<count).filter { !used.contains($0) }
    if let harder = unused.first(where: { $0 >= low }) ?? unused.last { return harder }
    return low + random.number(below: high - low)
  }

  /// How long the course takes, roughly, in minutes: a minute and a quarter an exercise.
  var estimatedMinutes: Int {
    max(1, (exercises.count * 5 + 2) / 4)
  }

  /// The outcomes the course's exercises practise, in the policy's order.
  func outcomesCovered(in policy: Policy) -> [Outcome] {
    let practised = Set(exercises.map(\.outcome.id))
    return policy.outcomes.filter { practised.contains($0.id) }
  }
}

extension Scenario {
  /// Each step's first answer.
  var representativeFacts: [GivenAnswer] {
    steps.map { GivenAnswer(question: $0.question, answer: $0.answers[0]) }
  }
}
