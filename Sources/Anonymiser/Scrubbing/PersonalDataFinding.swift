/// A stretch of a line that looks like personal data, as the scrubber sees it.
///
/// Findings are what an auditor reports; `Scrubber.scrub(_:)` replaces exactly
/// these stretches with their kind's placeholder.
public struct PersonalDataFinding: Sendable, Hashable {
  /// What the stretch looks like.
  public var kind: IdentifierKind
  /// The text found, exactly as it stands in the line.
  public var text: String
  /// Where the text starts: 1 for the first character of the line, counted in
  /// characters (grapheme clusters), as an editor counts columns.
  public var column: Int
  /// Where the text stands in the line it was found in.
  public var range: Range<String.Index>

  public init(kind: IdentifierKind, text: String, column: Int, range: Range<String.Index>) {
    self.kind = kind
    self.text = text
    self.column = column
    self.range = range
  }
}
