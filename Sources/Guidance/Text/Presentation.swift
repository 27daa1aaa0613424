/// How a screen lays out its text: the width to wrap to, and the style.
public struct Presentation: Sendable, Hashable {
  /// The width to wrap to, in columns.
  public var width: Int
  public var style: TextStyle

  public init(width: Int, style: TextStyle) {
    self.width = width
    self.style = style
  }

  /// The width of an output given the facts: the terminal's own if known, else `COLUMNS`
  /// if it is a positive whole number, else 80.
  public static func columns(windowColumns: Int?, columnsVariable: String?) -> Int {
    if let windowColumns, windowColumns > 0 { return windowColumns }
    if let text = columnsVariable, let value = Int(text), value > 0 { return value }
    return 80
  }
}
