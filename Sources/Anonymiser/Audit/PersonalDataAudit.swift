/// Finds anything that looks like personal data in a transcript file, line by line.
///
/// The header values that only look like personal data (the policy's hash, the random
/// session id, the day of the call, and the session id a `resume` event names) are
/// skipped when they have exactly the form a transcript gives them; anything else in them is examined like the rest. Findings
/// name the kind and the place, never the text found, so an audit's output is safe to
/// keep in a log.
public struct PersonalDataAudit: Sendable {
  private let scrubber: Scrubber

  public init(scrubber: Scrubber = Scrubber()) {
    self.scrubber = scrubber
  }

  /// One finding per stretch that looks personal, with its line and column.
  public func findings(in text: String) -> [AuditFinding] {
    var findings: [AuditFinding] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      findings += self.findings(inLine: String(line), number: index + 1)
    }
    return findings
  }

  /// One finding per stretch of line `number` that looks personal: for reading
  /// a file a line at a time.
  public func findings(inLine line: String, number: Int) -> [AuditFinding] {
    let (skipped, rest) = Self.examinedPart(of: line)
    return scrubber.findings(in: rest).map { finding in
      AuditFinding(kind: finding.kind, line: number, column: skipped + finding.column, length: finding.text.count)
    }
  }

  /// The part of a line to examine, after any header value that has exactly its
  /// transcript form, with how many characters were skipped.
  static func examinedPart(of line: String) -> (skipped: Int, rest: String) {
    for (prefix, isWellFormed) in canonicalValues {
      if line.hasPrefix(prefix), isWellFormed(String(line.dropFirst(prefix.count))) {
        return (line.count, "")
      }
    }
    return (0, line)
  }

  /// The beginnings of lines whose rest is skipped when it has exactly its transcript
  /// form: three header values, and the event that names the session a call resumes.
  private static let canonicalValues: [(String, @Sendable (String) -> Bool)] = [
    ("policy-sha256: ", { $0.count == 64 && $0.allSatisfy(\.isLowercaseHexDigit) }),
    ("session: ", isSessionID),
    ("resume ", isSessionID),
    ("date: ", { value in
      let parts = value.split(separator: "-", omittingEmptySubsequences: false)
      return parts.count == 3 && parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }),
  ]

  private static let isSessionID: @Sendable (String) -> Bool = { value in
    (8...64).contains(value.count) && value.allSatisfy(\.isLowercaseHexDigit)
  }
}

/// Something that looks personal, by kind and place: never the text itself, so that a
/// finding is safe to print in a log.
public struct AuditFinding: Sendable, Hashable {
  public var kind: IdentifierKind
  /// The line, from 1.
  public var line: Int
  /// The column, in characters from 1.
  public var column: Int
  /// How many characters look personal.
  public var length: Int

  public init(kind: IdentifierKind, line: Int, column: Int, length: Int) {
    self.kind = kind
    self.line = line
    self.column = column
    self.length = length
  }

  /// The finding in words, without the text: "this looks like a phone number (11 characters)".
  public var message: String {
    "this looks like \(kind.description) (\(length) character\(length == 1 ? "" : "s"))"
  }
}

extension IdentifierKind: CustomStringConvertible {
  /// The kind in words: "a phone number".
  public var description: String {
    switch self {
    case .nhsNumber: return "an NHS number"
    case .phone: return "a phone number"
    case .email: return "an email address"
    case .postcode: return "a postcode"
    case .date: return "a date"
    case .address: return "a street address"
    case .recordNumber: return "a hospital or record number"
    case .name: return "a name"
    case .time: return "a time of day"
    }
  }
}

extension Character {
  fileprivate var isLowercaseHexDigit: Bool { ("0"..."9").contains(self) || ("a"..."f").contains(self) }
}
