extension Transcript {
  /// The first line of every transcript: the format's name and version.
  public static let formatLine = "second-opinion transcript \(formatVersion)"

  /// The transcript as the text of its file, which `Transcript(parsing:file:)` reads back
  /// to an equal value.
  ///
  /// Every line ends with a line feed. Control characters in free text (prompts, notes,
  /// the policy version) are written as spaces, so that each value stays on its line.
  public var text: String {
    var text = Self.formatLine + "\n"
    text.reserveCapacity(64 * (events.count + 8))
    for field in HeaderField.allCases {
      text += field.name
      text += ": "
      text += header.value(of: field)
      text += "\n"
    }
    text += "\n"
    for event in events {
      text += event.line
      text += "\n"
    }
    return text
  }
}

extension Transcript.Event {
  /// The event as its line of a transcript, without the line feed:
  /// `answer asker: family`.
  public var line: String {
    switch self {
    case .asked(let question, let prompt):
      return "ask \(TextRules.singleLine(question)): \(TextRules.singleLine(prompt))"
    case .answered(let question, let answer):
      return "answer \(TextRules.singleLine(question)): \(TextRules.singleLine(answer))"
    case .back(let question):
      return "back \(TextRules.singleLine(question))"
    case .changed(let question):
      return "change \(TextRules.singleLine(question))"
    case .resumed(let session):
      return "resume \(TextRules.singleLine(session))"
    case .restarted:
      return "restart"
    case .note(let text):
      return text.isEmpty ? "note:" : "note: \(TextRules.singleLine(text))"
    case .decided(let outcome, let clauses):
      let outcome = TextRules.singleLine(outcome)
      return clauses.isEmpty ? "outcome \(outcome)" : "outcome \(outcome): \(clauses.map(TextRules.singleLine).joined(separator: ", "))"
    }
  }
}

extension Transcript.Ending {
  /// The value of the `ended:` header line: `outcome`, or `abandoned (quit)`.
  public var headerValue: String {
    isAbandoned ? "abandoned (\(rawValue))" : rawValue
  }
}

/// The fields of a transcript's header, in the order they are written.
enum HeaderField: Int, CaseIterable {
  case policy, policyVersion, policySHA256, date, session, ended

  var name: String {
    switch self {
    case .policy: return "policy"
    case .policyVersion: return "policy-version"
    case .policySHA256: return "policy-sha256"
    case .date: return "date"
    case .session: return "session"
    case .ended: return "ended"
    }
  }

  /// What the value looks like, for messages.
  var form: String {
    switch self {
    case .policy: return "policy: <policy id>"
    case .policyVersion: return "policy-version: <version>"
    case .policySHA256: return "policy-sha256: <64 hex digits>"
    case .date: return "date: YYYY-MM-DD"
    case .session: return "session: <hex id>"
    case .ended: return "ended: outcome"
    }
  }

  static let names = allCases.map(\.name)
}

extension Transcript.Header {
  func value(of field: HeaderField) -> String {
    switch field {
    case .policy: return TextRules.singleLine(policyID)
    case .policyVersion: return TextRules.singleLine(policyVersion)
    case .policySHA256: return TextRules.singleLine(policyHash)
    case .date: return TextRules.singleLine(date)
    case .session: return TextRules.singleLine(sessionID)
    case .ended: return ending.headerValue
    }
  }
}
