import PolicyEngine

/// Checks the story wording against a policy: the wording is keyed by the ids of the
/// shipped policy's questions and answers, so a renamed or added id must be caught by a
/// test, never fall back silently to plain wording.
public enum StoryWording {
  /// The answers to the question of who is asking that the story cast is written for.
  static let callerAnswers = ["patient", "family", "treating-clinician", "other-clinician", "someone-else", "unsure"]

  /// The question whose answers choose the story's caller.
  static let callerQuestion = "asker"

  /// What the stories cannot word for a policy, one sentence each: ids the wording
  /// refers to that the policy does not have, and answers of the policy that have no
  /// wording. Empty when every fact of the policy can be told in the stories' own words.
  public static func problems(for policy: Policy) -> [String] {
    var problems: [String] = []
    for (questionID, answers) in StoryPhrases.facts.sorted(by: { $0.key < $1.key }) {
      guard let question = policy.question(questionID) else {
        problems.append("the stories word question '\(questionID)', which the policy does not have")
        continue
      }
      for answerID in answers.keys.sorted() where question.answer(answerID) == nil {
        problems.append("the stories word answer '\(answerID)' of question '\(questionID)', which the policy does not have")
      }
    }
    for question in policy.questions {
      let worded = question.id == callerQuestion ? Set(callerAnswers) : Set(StoryPhrases.facts[question.id]?.keys ?? [:].keys)
      for answer in question.answers where !worded.contains(answer.id) {
        problems.append("the stories have no wording for answer '\(answer.id)' of question '\(question.id)'")
      }
    }
    if let asker = policy.question(callerQuestion) {
      for answerID in callerAnswers where asker.answer(answerID) == nil {
        problems.append("the stories cast a caller for answer '\(answerID)' of question '\(callerQuestion)', which the policy does not have")
      }
    } else {
      problems.append("the stories choose their caller by question '\(callerQuestion)', which the policy does not have")
    }
    return problems
  }
}
