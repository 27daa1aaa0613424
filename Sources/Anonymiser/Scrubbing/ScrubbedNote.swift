/// A note as it will be kept, and what the scrubber replaced in it.
public struct ScrubbedNote: Sendable, Hashable {
  /// How many identifiers of one kind were replaced.
  public struct Replacement: Sendable, Hashable {
    public var kind: IdentifierKind
    /// At least 1.
    public var count: Int

    public init(kind: IdentifierKind, count: Int) {
      self.kind = kind
      self.count = count
    }
  }

  /// The note with every identifier replaced by its placeholder.
  public var text: String
  /// What was replaced, a kind at most once, in the order of
  /// `IdentifierKind.allCases`; empty when nothing was.
  public var replacements: [Replacement]

  public init(text: String, replacements: [Replacement]) {
    self.text = text
    self.replacements = replacements
  }

  /// Whether the scrubber replaced nothing: the note is kept as typed (but for
  /// control characters, which become spaces).
  public var replacedNothing: Bool { replacements.isEmpty }

  /// How many identifiers were replaced, of every kind.
  public var replacedCount: Int { replacements.reduce(0) { $0 + $1.count } }
}
