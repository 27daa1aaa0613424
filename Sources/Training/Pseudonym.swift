import Guidance
import Anonymiser

/// The name a trainee's results are kept under: a handle such as `trainee-4821`, never a
/// real name.
///
/// A pseudonym is 1 to 32 letters, digits, hyphens, underscores or full stops, starting
/// with a letter or digit, in which the scrubber finds nothing personal, read as typed
/// and with its hyphens, underscores and full stops read as spaces (so `jane.smith` is
/// read as `jane smith`). One that looks like a name is refused, not merely warned about:
/// the tool cannot tell a real name from a handle that resembles one, and a warning in a
/// scripted run would go unread while the name went into the file.
public struct Pseudonym: Sendable, Hashable, CustomStringConvertible {
  static let maximumLength = 32

  public let text: String

  /// The pseudonym typed, once checked.
  ///
  /// - Throws: `PseudonymProblem` saying why it cannot be used.
  public init(checking text: String, scrubber: Scrubber = Scrubber()) throws(PseudonymProblem) {
    guard !text.isEmpty else { throw .empty }
    guard text.count <= Self.maximumLength else { throw .tooLong(text) }
    guard text.unicodeScalars.allSatisfy(Self.isAllowed), let first = text.unicodeScalars.first,
      first.properties.isAlphabetic || ("0"..."9").contains(first)
    else { throw .characters(text) }
    let spaced = String(text.map { "-_.".contains($0) ? " " : $0 })
    for reading in [text, spaced] {
      if let finding = scrubber.findings(in: reading).first { throw .looksPersonal(text, kind: finding.kind) }
    }
    self.text = text
  }

  private init(unchecked text: String) {
    self.text = text
  }

  /// A fresh pseudonym such as `trainee-4821`.
  public static func random(using generator: inout some RandomNumberGenerator) -> Pseudonym {
    Pseudonym(unchecked: "trainee-\(Int.random(in: 1000...9999, using: &generator))")
  }

  public var description: String { text }

  private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar)
  }
}

/// Why a pseudonym cannot be used.
public enum PseudonymProblem: Error, Sendable, Hashable, CustomStringConvertible {
  case empty
  case tooLong(String)
  case characters(String)
  /// The scrubber reads it as personal data of this kind, such as a name.
  case looksPersonal(String, kind: IdentifierKind)

  public var description: String {
    let advice = "choose a handle such as trainee-4821 or blue-heron-7, or leave out --as for a random one"
    switch self {
    case .empty:
      return "the pseudonym is empty; \(advice)"
    case .tooLong(let text):
      return "\u{201C}\(text.prefix(40))\u{2026}\u{201D} is longer than \(Pseudonym.maximumLength) characters; \(advice)"
    case .characters(let text):
      return "\u{201C}\(text)\u{201D} cannot be used: a pseudonym is letters, digits, hyphens, underscores and full stops, starting with a letter or digit; \(advice)"
    case .looksPersonal(let text, let kind):
      let what = kind == .name ? "a person's name" : "personal data (\(kind.placeholder))"
      return "\u{201C}\(text)\u{201D} looks like \(what); training results are kept under a pseudonym, never a real name, so it is refused. Please \(advice)"
    }
  }
}
