/// Checks of the groups of questions that one answer marks all "not sure".
extension Checker {
  mutating func checkGroups() {
    let path = PolicyPath([.key("groups")])
    var groupOf: [String: String] = [:]
    for (position, group) in policy.groups.enumerated() {
      let groupPath = path.appending(position)
      checkID(group.id, at: groupPath.appending("id"), what: "group")
      if group.questions.count < 2 {
        report(.group, at: groupPath.appending("questions"), "group '\(group.id)' needs at least two questions; one answer for one question is just its 'not sure' answer")
      }
      for (index, questionID) in group.questions.enumerated() {
        let questionPath = groupPath.appending("questions").appending(index)
        guard let question = questionsByID[questionID] else {
          report(.unknownReference, at: questionPath, "unknown question '\(questionID)'\(suggestion(questionID, policy.questions.map(\.id)))")
          continue
        }
        if let other = groupOf[questionID] {
          report(.group, at: questionPath, "question '\(questionID)' is in two groups, '\(other)' and '\(group.id)'")
        }
        groupOf[questionID] = group.id
        if question.isAlwaysAsked {
          report(.group, at: questionPath, "question '\(questionID)' is always asked, so it cannot be answered for a whole group")
        }
        let label = normalizedForMatching(group.label)
        if let clash = question.answers.first(where: { answer in answer.words.contains { normalizedForMatching($0) == label } }) {
          report(
            .ambiguousAlias, at: groupPath.appending("label"),
            "the group's answer '\(group.label)' would stand for answer '\(clash.id)' of question '\(questionID)' too")
        }
      }
    }
    checkUnique(policy.groups.map(\.id), at: path, what: "group")
  }
}
