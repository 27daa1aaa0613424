/// Checks of what staff read and say: the kinds of caller, the words to say for each,
/// the answers those words name, and the definitions of terms.
extension Checker {
  mutating func checkWording() {
    let kinds = checkCallers()
    let outcomesPath = PolicyPath([.key("outcomes")])
    for (position, outcome) in policy.outcomes.enumerated() {
      checkSay(outcome, kinds: kinds, at: outcomesPath.appending(position).appending("say"))
    }
    checkDefinitions()
  }

  /// The ids of the kinds of caller, once their question and answers are known to be sound.
  private mutating func checkCallers() -> [String] {
    guard let callers = policy.callers else { return [] }
    let path = PolicyPath([.key("callers")])
    guard let question = questionsByID[callers.question] else {
      report(
        .unknownReference, at: path.appending("question"),
        "unknown question '\(callers.question)'\(suggestion(callers.question, policy.questions.map(\.id)))")
      return callers.kinds.map(\.id)
    }
    if !question.isAlwaysAsked {
      report(
        .callers, at: path.appending("question"),
        "the callers' question '\(question.id)' must be marked 'always: true', so that every outcome knows who is calling")
    }
    var kindOf: [String: String] = [:]
    for kind in callers.kinds {
      let kindPath = path.appending("kinds").appending(kind.id)
      checkID(kind.id, at: kindPath, what: "kind of caller")
      if kind.id == Wording.anyoneKey {
        report(.callers, at: kindPath, "'\(Wording.anyoneKey)' cannot be a kind of caller: it means the words for any caller")
      }
      for answer in kind.answers {
        if question.answer(answer) == nil {
          let answerIDs = question.answers.map(\.id)
          report(
            .unknownReference, at: kindPath,
            "question '\(question.id)' has no answer '\(answer)'\(suggestion(answer, answerIDs)) (its answers: \(answerIDs.joined(separator: ", ")))")
        } else if let other = kindOf[answer] {
          report(.callers, at: kindPath, "answer '\(answer)' is in two kinds of caller, '\(other)' and '\(kind.id)'")
        } else {
          kindOf[answer] = kind.id
        }
      }
    }
    let missing = question.answers.map(\.id).filter { kindOf[$0] == nil }
    if !missing.isEmpty {
      report(
        .callers, at: path.appending("kinds"),
        "every answer to '\(question.id)' needs a kind of caller, so that staff have words to say to them; missing: \(missing.joined(separator: ", "))")
    }
    return callers.kinds.map(\.id)
  }

  /// The words to say name only kinds of caller the policy has, cover every kind, and
  /// refer only to questions that exist.
  private mutating func checkSay(_ outcome: Outcome, kinds: [String], at path: PolicyPath) {
    for kind in outcome.say.byCaller.keys.sorted() where !kinds.contains(kind) {
      let known = kinds + [Wording.anyoneKey]
      report(
        .unknownReference, at: path.appending(kind),
        "unknown kind of caller '\(kind)'\(suggestion(kind, known)) (the kinds: \(known.joined(separator: ", ")))", pointingAtKey: true)
    }
    if outcome.say.anyone == nil {
      let uncovered = kinds.filter { outcome.say.byCaller[$0] == nil }
      if !uncovered.isEmpty {
        report(
          .wording, at: path,
          "outcome '\(outcome.id)' has no words to say to \(uncovered.joined(separator: ", ")) callers; give them, or words for '\(Wording.anyoneKey)'")
      }
    }
    for (kind, text) in [(Wording.anyoneKey, outcome.say.anyone)] + outcome.say.byCaller.sorted(by: { $0.key < $1.key }).map({ ($0.key, Optional($0.value)) }) {
      guard let text else { continue }
      let textPath = kind == Wording.anyoneKey && outcome.say.byCaller.isEmpty ? path : path.appending(kind)
      for reference in answerReferences(in: text) where questionsByID[reference.name] == nil {
        report(
          .unknownReference, at: textPath,
          "the words to say refer to {\(reference.name)}, but there is no question '\(reference.name)'\(suggestion(reference.name, policy.questions.map(\.id)))")
      }
    }
  }

  private mutating func checkDefinitions() {
    let path = PolicyPath([.key("definitions")])
    for (position, definition) in policy.definitions.enumerated() {
      let definitionPath = path.appending(position)
      checkID(definition.id, at: definitionPath.appending("id"), what: "definition")
      checkUnique(definition.examples.map(\.id), at: definitionPath.appending("examples"), what: "example")
      let users = policy.questions.filter { $0.definitions.contains(definition.id) }
      if users.isEmpty {
        report(.definition, .warning, at: definitionPath.appending("id"), "definition '\(definition.id)' is not used by any question")
      }
      for (index, example) in definition.examples.enumerated() {
        checkID(example.id, at: definitionPath.appending("examples").appending(index).appending("id"), what: "example")
        for question in users where question.answer(example.answer) == nil {
          let answerIDs = question.answers.map(\.id)
          report(
            .unknownReference, at: definitionPath.appending("examples").appending(index).appending("answer"),
            "question '\(question.id)', which uses this definition, has no answer '\(example.answer)'\(suggestion(example.answer, answerIDs)) (its answers: \(answerIDs.joined(separator: ", ")))"
          )
        }
      }
    }
    checkUnique(policy.definitions.map(\.id), at: path, what: "definition")
    let known = policy.definitions.map(\.id)
    for (position, question) in policy.questions.enumerated() {
      for (index, id) in question.definitions.enumerated() where !known.contains(id) {
        report(
          .unknownReference, at: PolicyPath([.key("questions"), .index(position), .key("definitions"), .index(index)]),
          "unknown definition '\(id)'\(suggestion(id, known))")
      }
    }
  }
}

/// A reference to an answer in words to say: `{treating-centre}`.
public struct AnswerReference: Sendable, Hashable {
  /// The id of the question whose answer is named.
  public var name: String
  /// Where the reference sits in the text, braces included.
  public var range: Range<String.Index>
}

/// Every `{question-id}` in a text, in order.
public func answerReferences(in text: String) -> [AnswerReference] {
  guard text.utf8.contains(UInt8(ascii: "{")) else { return [] }
  var references: [AnswerReference] = []
  var rest = text.startIndex
  while let open = text[rest...].firstIndex(of: "{"), let close = text[open...].firstIndex(of: "}") {
    let name = String(text[text.index(after: open)..<close])
    references.append(AnswerReference(name: name, range: open..<text.index(after: close)))
    rest = text.index(after: close)
  }
  return references
}
