import Guidance
import PolicyEngine
import Transcripts

/// A caller's situation as the policy sees it, for an exercise: the questions asked, each
/// with the answers that lead the same way, and the outcome they reach.
///
/// A scenario comes from a path through the policy, where a step may allow several
/// answers (GIST or soft tissue sarcoma lead alike), or from a recorded call, where each
/// step has the one answer the call ended with.
public struct Scenario: Sendable, Hashable {
  /// Where a scenario comes from.
  enum Source: Sendable, Hashable {
    /// A path of the policy, numbered from 1 in the order of `StateMachine.paths()`.
    case path(Int)
    /// A recorded call, by the name of its transcript file.
    case recordedCall(String)
  }

  /// One question asked, with every answer to it that leads the same way.
  typealias Step = DecisionPath.Step

  var steps: [Step]
  /// The id of the outcome the steps reach.
  var outcome: String
  var source: Source

  init(steps: [Step], outcome: String, source: Source) {
    self.steps = steps
    self.outcome = outcome
    self.source = source
  }

  /// One scenario for each path of the policy, in the order of `machine.paths()`, at
  /// most `limit` of them: the machine is built as paths are walked, and a generated
  /// policy can have millions. `isLimited` says whether the policy has more.
  static func everyPath(of machine: StateMachine, limit: Int) -> (scenarios: [Scenario], isLimited: Bool) {
    let paths = machine.paths(limit: limit + 1)
    let scenarios = paths.prefix(limit).enumerated().map { position, path in
      Scenario(steps: path.steps, outcome: path.outcome, source: .path(position + 1))
    }
    return (scenarios, paths.count > limit)
  }

  /// The call a transcript records, by the answers it ended with once its back and
  /// restart events are followed; nil when the current policy cannot follow those answers
  /// or they reach no outcome (an abandoned call).
  ///
  /// - Parameter name: the transcript's file name, to say where the exercise comes from.
  public init?(transcript: Transcript, name: String, machine: StateMachine) {
    var session = Session(machine: machine)
    for event in transcript.events {
      switch event {
      case .answered(let question, let answer):
        guard session.currentQuestion?.id == question, (try? session.answer(answer)) != nil else { return nil }
      case .back(let question):
        guard session.undo()?.question == question else { return nil }
      case .changed(let question):
        guard session.returnTo(question) != nil else { return nil }
      case .restarted:
        session.restart()
      case .asked, .note, .decided, .resumed:
        continue
      }
    }
    guard case .decided(let decision) = session.step else { return nil }
    self.init(
      steps: session.answers.map { Step(question: $0.question, answers: [$0.answer]) },
      outcome: decision.outcome.id, source: .recordedCall(name))
  }

  /// One answer for each step, chosen by `random`: an "unsure" answer, where a step allows
  /// one beside others, `unsurePercent` times in a hundred. The answers go together as the
  /// policy's plausibility tables say (no GIST under RNOH), wherever the step allows one
  /// that does. The caller fits the rest: a treating sarcoma clinician knows where they
  /// treat, what they treat and what they have asked, so does not ring about a patient
  /// with no specialist team, with details that do not go together, or with facts they
  /// are unsure of.
  func facts(in policy: Policy, unsurePercent: Int, using random: inout SeededRandom) -> [GivenAnswer] {
    var chosen: [String?] = steps.map { $0.answers.count == 1 ? $0.answers[0] : nil }
    func isUnsure(_ step: Step, _ answer: String) -> Bool {
      policy.question(step.question)?.answer(answer)?.isUnsure ?? false
    }
    func situation() -> [String: String] {
      Dictionary(zip(steps, chosen).compactMap { step, answer in answer.map { (step.question, $0) } }, uniquingKeysWith: { first, _ in first })
    }
    for (index, step) in steps.enumerated() where chosen[index] == nil && step.question != StoryWording.callerQuestion {
      var allowed = step
      let sofar = situation()
      let fitting = step.answers.filter { answer in policy.isPlausible(sofar.merging([step.question: answer]) { $1 }) }
      if !fitting.isEmpty { allowed.answers = fitting }
      chosen[index] = pick(allowed, unsurePercent: unsurePercent, isUnsure: { isUnsure(step, $0) }, using: &random)
    }
    if let index = steps.firstIndex(where: { $0.question == StoryWording.callerQuestion }), chosen[index] == nil {
      let step = steps[index]
      let others = zip(steps, chosen).filter { $0.0.question != StoryWording.callerQuestion }
      let uncertain = others.contains { isUnsure($0.0, $0.1 ?? "") }
      let noTeam = others.contains { $0.0.question == "treating-centre" && $0.1 == "no-specialist-yet" }
      var allowed = step
      if uncertain || noTeam || !policy.isPlausible(situation()) {
        let fitting = step.answers.filter { $0 != "treating-clinician" }
        if !fitting.isEmpty { allowed.answers = fitting }
      }
      chosen[index] = pick(allowed, unsurePercent: unsurePercent, isUnsure: { isUnsure(step, $0) }, using: &random)
    }
    return zip(steps, chosen).map { GivenAnswer(question: $0.0.question, answer: $0.1!) }
  }

  private func pick(
    _ step: Step, unsurePercent: Int, isUnsure: (String) -> Bool, using random: inout SeededRandom
  ) -> String {
    let unsure = step.answers.filter(isUnsure)
    let definite = step.answers.filter { !isUnsure($0) }
    if unsure.isEmpty || definite.isEmpty { return random.pick(from: step.answers) }
    return random.chance(percent: unsurePercent) ? random.pick(from: unsure) : random.pick(from: definite)
  }
}
