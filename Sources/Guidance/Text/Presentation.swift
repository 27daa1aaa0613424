/// How a screen lays out its text: the width to wrap to, the style, and whether ids are
/// shown beside plain words (for maintainers).
public struct Presentation: Sendable, Hashable {
  /// The widest a screen is wrapped, however wide the terminal: longer lines are hard to read.
  public static let maximumWidth = 100

  /// The width to wrap to, in columns.
  public var width: Int
  public var style: TextStyle
  /// Whether screens show the ids of questions, answers and outcomes beside their words.
  public var showsIDs: Bool

  public init(width: Int, style: TextStyle, showsIDs: Bool = false) {
    self.width = width
    self.style = style
    self.showsIDs = showsIDs
  }

  /// The width of an output given the facts: the terminal's own if known, else `COLUMNS`
  /// if it is a positive whole number, else 80; never more than ``maximumWidth``.
  public static func columns(windowColumns: Int?, columnsVariable: String?) -> Int {
    if let windowColumns, windowColumns > 0 { return min(windowColumns, maximumWidth) }
    if let text = columnsVariable, let value = Int(text), value > 0 { return min(value, maximumWidth) }
    return 80
  }
}
