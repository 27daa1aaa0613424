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
    for (definitionID, examples) in StoryPhrases.examples.sorted(by: { $0.key < $1.key }) {
      guard let definition = policy.definition(definitionID) else {
        problems.append("the stories tell examples of definition '\(definitionID)', which the policy does not have")
        continue
      }
      for exampleID in examples.keys.sorted() where !definition.examples.contains(where: { $0.id == exampleID }) {
        problems.append("the stories tell example '\(exampleID)' of definition '\(definitionID)', which the policy does not have")
      }
      for example in definition.examples where examples[example.id]?.isEmpty ?? true {
        problems.append("the stories have no wording for example '\(example.id)' of definition '\(definitionID)'")
      }
    }
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
      if !question.definitions.isEmpty, StoryPhrases.facts[question.id] != nil {
        problems.append(
          "the stories word question '\(question.id)' by its answers, but it has a definition: word its examples instead, so that stories agree with it")
      }
      for answer in question.answers where question.id != callerQuestion && phrasings(of: GivenAnswer(question: question.id, answer: answer.id), in: policy)?.isEmpty ?? true {
        problems.append("the stories have no wording for answer '\(answer.id)' of question '\(question.id)'")
      }
    }
    if let asker = policy.question(callerQuestion) {
      for answer in asker.answers where !callerAnswers.contains(answer.id) {
        problems.append("the stories have no wording for answer '\(answer.id)' of question '\(callerQuestion)'")
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

  /// The phrasings that tell an answer: for a question a definition explains, those of the
  /// definition's examples that mean this answer; otherwise the answer's own. Nil when the
  /// stories have no words for it.
  static func phrasings(of fact: GivenAnswer, in policy: Policy) -> [String]? {
    guard let question = policy.question(fact.question), question.answer(fact.answer) != nil else { return nil }
    if let definition = question.definitions.first.flatMap(policy.definition), let worded = StoryPhrases.examples[definition.id] {
      return definition.examples.filter { $0.answer == fact.answer }.flatMap { worded[$0.id] ?? [] }
    }
    return StoryPhrases.facts[fact.question]?[fact.answer]
  }
}
