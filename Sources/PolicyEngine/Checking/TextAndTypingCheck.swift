/// Checks of what a policy's text shows and what staff can type, beside the checks of its
/// ids and logic: every text field is plain, printable text, and every alias can be typed
/// and hides no other answer.
enum TextAndTypingCheck {
  /// Every defect of the policy's text fields and answer words, in the order of the file.
  static func defects(of policy: Policy) -> [PolicyDefect] {
    var defects: [PolicyDefect] = []
    for (text, path, what) in textFields(of: policy) {
      if let defect = unsafeCharacter(in: text, at: path, what: what) { defects.append(defect) }
    }
    for (position, question) in policy.questions.enumerated() {
      defects += aliasDefects(of: question, at: PolicyPath([.key("questions"), .index(position), .key("answers")]))
    }
    return defects
  }

  // MARK: Plain text

  /// Every text field of the policy that staff read, with where it is and what it is.
  static func textFields(of policy: Policy) -> [(text: String, path: PolicyPath, what: String)] {
    var fields: [(String, PolicyPath, String)] = []
    let identity = PolicyPath([.key("policy")])
    fields += [
      (policy.identity.title, identity.appending("title"), "the policy's title"),
      (policy.identity.issuedBy, identity.appending("issued-by"), "the policy's issuer"),
      (policy.identity.version, identity.appending("version"), "the policy's version"),
    ]
    for (position, clause) in policy.clauses.enumerated() {
      let path = PolicyPath([.key("clauses"), .index(position)])
      fields += [
        (clause.source, path.appending("source"), "the source of clause \(position + 1)"),
        (clause.summary, path.appending("summary"), "the summary of clause \(position + 1)"),
      ]
    }
    for (position, question) in policy.questions.enumerated() {
      let path = PolicyPath([.key("questions"), .index(position)])
      let name = "question \(position + 1)"
      fields.append((question.prompt, path.appending("ask"), "the prompt of \(name)"))
      // A question without a label of its own shows its prompt, checked just above.
      if question.label != question.prompt { fields.append((question.label, path.appending("label"), "the label of \(name)")) }
      fields += [
        (question.why, path.appending("why"), "the 'why' of \(name)"),
        (question.findOut, path.appending("find-out"), "the 'find-out' of \(name)"),
      ]
      for (index, answer) in question.answers.enumerated() {
        let answerPath = path.appending("answers").appending(index)
        fields.append((answer.label, answerPath.appending("label"), "the label of answer \(index + 1) of \(name)"))
        for (aliasIndex, alias) in answer.aliases.enumerated() {
          fields.append((alias, answerPath.appending("aliases").appending(aliasIndex), "an alias of answer \(index + 1) of \(name)"))
        }
        if let spoken = answer.spoken {
          fields.append((spoken, answerPath.appending("spoken"), "the spoken form of answer \(index + 1) of \(name)"))
        }
        for (termIndex, term) in answer.unclearTerms.enumerated() {
          let termPath = answerPath.appending("unclear").appending(termIndex)
          fields.append((term.term, termPath.appending("term"), "an unclear term of answer \(index + 1) of \(name)"))
          fields.append((term.why, termPath.appending("why"), "the reason for an unclear term of answer \(index + 1) of \(name)"))
        }
      }
    }
    for (position, definition) in policy.definitions.enumerated() {
      let path = PolicyPath([.key("definitions"), .index(position)])
      let name = "definition \(position + 1)"
      fields += [(definition.term, path.appending("term"), "the term of \(name)"), (definition.meaning, path.appending("meaning"), "the meaning of \(name)")]
      for (index, example) in definition.examples.enumerated() {
        fields.append((example.situation, path.appending("examples").appending(index).appending("situation"), "example \(index + 1) of \(name)"))
        if let note = example.note {
          fields.append((note, path.appending("examples").appending(index).appending("note"), "the note of example \(index + 1) of \(name)"))
        }
      }
    }
    for (position, table) in policy.plausibility.enumerated() {
      fields.append((table.why, PolicyPath([.key("plausibility"), .index(position), .key("why")]), "the 'why' of plausibility table \(position + 1)"))
    }
    for (position, group) in policy.groups.enumerated() {
      let path = PolicyPath([.key("groups"), .index(position)])
      fields += [(group.label, path.appending("label"), "the label of group \(position + 1)"), (group.why, path.appending("why"), "the 'why' of group \(position + 1)")]
    }
    for (position, outcome) in policy.outcomes.enumerated() {
      let path = PolicyPath([.key("outcomes"), .index(position)])
      let name = "outcome \(position + 1)"
      fields.append((outcome.title, path.appending("title"), "the title of \(name)"))
      if let anyone = outcome.say.anyone { fields.append((anyone, path.appending("say"), "what \(name) says")) }
      for (kind, text) in outcome.say.byCaller.sorted(by: { $0.key < $1.key }) {
        fields.append((text, path.appending("say").appending(kind), "what \(name) says to \(kind) callers"))
      }
      for (index, step) in outcome.nextSteps.enumerated() {
        fields.append((step, path.appending("next-steps").appending(index), "next step \(index + 1) of \(name)"))
      }
    }
    return fields
  }

  /// A defect for the first character of `text` that must not stand in a policy's text:
  /// a control character (a line break, a tab, an escape that a terminal would obey) or
  /// a bidirectional control that shows text in another order than it is written. The
  /// character is named by its code point, never shown.
  static func unsafeCharacter(in text: String, at path: PolicyPath, what: String) -> PolicyDefect? {
    // Printable ASCII, most of any policy, holds neither.
    if text.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) { return nil }
    for (offset, scalar) in text.unicodeScalars.enumerated() {
      var position: String { "at character \(offset + 1)" }
      if isControl(scalar) {
        return PolicyDefect(
          .unsafeText, at: path,
          "\(what) holds a control character, \(codePoint(scalar)), \(position); a policy's text must be plain, printable text on one line, so that it shows as written and a transcript reads it back the same")
      }
      if isBidirectionalControl(scalar) {
        return PolicyDefect(
          .unsafeText, at: path,
          "\(what) holds a bidirectional control, \(codePoint(scalar)), \(position); it can make text show in another order than it is written")
      }
    }
    return nil
  }

  /// C0 and C1 controls, DEL, and the line and paragraph separators.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
  }

  /// The marks, embeddings, overrides and isolates of the Unicode bidirectional algorithm.
  static func isBidirectionalControl(_ scalar: Unicode.Scalar) -> Bool {
    [0x061C, 0x200E, 0x200F].contains(scalar.value) || (0x202A...0x202E).contains(scalar.value)
      || (0x2066...0x2069).contains(scalar.value)
  }

  /// `U+001B`.
  static func codePoint(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  // MARK: What staff can type

  /// Aliases that can never be typed as an answer (a colon starts a command; an alias of
  /// nothing but spaces and punctuation matches nothing), and aliases that are the
  /// beginning of another answer's word, so that typing them can never mean that answer.
  /// An alias shorter than ``Question/shortestBeginning`` hides nothing: a beginning that
  /// short is never taken as an answer anyway.
  static func aliasDefects(of question: Question, at path: PolicyPath) -> [PolicyDefect] {
    var defects: [PolicyDefect] = []
    // Each answer's words as typed, worked out once rather than for every alias.
    let typedWords = question.answers.map { answer in answer.words.map { (word: $0, typed: normalizedForMatching($0)) } }
    for (index, answer) in question.answers.enumerated() {
      for (position, alias) in answer.aliases.enumerated() {
        let aliasPath = path.appending(index).appending("aliases").appending(position)
        let typed = normalizedForMatching(alias)
        if alias.trimmingWhitespace.hasPrefix(":") {
          defects.append(
            PolicyDefect(
              .untypableAlias, at: aliasPath,
              "an alias of answer '\(answer.id)' starts with a colon, so typing it runs a command and it can never be an answer"))
          continue
        }
        if typed.isEmpty {
          defects.append(
            PolicyDefect(.untypableAlias, at: aliasPath, "an alias of answer '\(answer.id)' has no letters or digits, so typing it can never be an answer"))
          continue
        }
        for (otherIndex, other) in question.answers.enumerated() where otherIndex != index && typed.count >= Question.shortestBeginning {
          guard let hidden = typedWords[otherIndex].first(where: { $0.typed.count > typed.count && $0.typed.hasPrefix(typed) })?.word
          else { continue }
          defects.append(
            PolicyDefect(
              .ambiguousAlias, at: aliasPath,
              "alias '\(alias)' of answer '\(answer.id)' is the beginning of '\(hidden)', a word for answer '\(other.id)': typing that beginning would always mean '\(answer.id)'",
              notes: [PolicyDefect.Note(path: path.appending(otherIndex).appending("id"), message: "answer '\(other.id)' is here")]))
          break
        }
      }
    }
    return defects
  }
}
