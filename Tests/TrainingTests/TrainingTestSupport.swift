import TestSupport
@testable import Guidance
import PolicyEngine
import Transcripts

@testable import Training

/// What the training and walkthrough tests share, in one namespace so that no name
/// clashes with other tests of the module.
enum TrainingFixture {
  /// The shipped policy's document.
  static let document = Shipped.document

  /// The shipped policy's machine.
  static let machine = Shipped.machine

  /// Plain text at a fixed width, so assertions do not depend on a terminal.
  static let plain = Presentation(width: 100, style: .plain)

  /// A scenario for every path of the shipped policy, which has far fewer than the limit.
  static let scenarios = Scenario.everyPath(of: machine, limit: Course.pathLimit).scenarios

  /// The pseudonym tests train under.
  static let trainee = try! Pseudonym(checking: "trainee-1234")

  /// Every generated transcript: one per path of the policy, and the hand-designed sample calls.
  static let corpus: [CorpusFile] =
    TranscriptCorpus.onePerPath(of: machine, policyHash: document.contentHash, date: "2026-11-25")
    + TranscriptCorpus.sampleCalls(for: machine, policyHash: document.contentHash, date: "2026-11-25")

  /// A course of one exercise: the policy path through `answers`, each other step
  /// answered with its first answer.
  static func course(through answers: [String: String], seed: UInt64 = 7) -> Course {
    let path = TrainingFixture.scenarios.first { scenario in
      scenario.steps.allSatisfy { step in answers[step.question].map(step.answers.contains) ?? true }
        && answers.keys.allSatisfy { key in scenario.steps.contains { $0.question == key } }
    }!
    let fixed = Scenario(
      steps: path.steps.map { step in
        Scenario.Step(question: step.question, answers: answers[step.question].map { [$0] } ?? [step.answers[0]])
      },
      outcome: path.outcome, source: path.source)
    return Course(machine: machine, count: 1, seed: seed, scenarios: [fixed])
  }
}

extension TrainingSession {
  /// Plays the current exercise as a trainee who reads the story right, expects `prediction`
  /// (the right outcome when nil), and returns the reply to the prediction.
  mutating func playCurrentExercise(predicting prediction: String? = nil) -> Reply {
    let exercise = currentExercise!
    while let question = currentQuestion {
      _ = handle(exercise.story.answer(to: question.id)!)
    }
    return handle(prediction ?? exercise.outcome.id)
  }
}
