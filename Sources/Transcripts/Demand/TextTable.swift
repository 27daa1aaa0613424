/// A column of right-aligned cells under a heading, with a gap on its left.
public struct TextTableColumn: Sendable, Hashable {
  public var heading: String
  public var cells: [String]
  public var gap: Int

  public init(heading: String, cells: [String], gap: Int) {
    self.heading = heading
    self.cells = cells
    self.gap = gap
  }

  /// The column's width, gap included.
  public var width: Int { ([heading] + cells).map(\.count).max()! + gap }

  func text(_ value: String) -> String { String(repeating: " ", count: width - value.count) + value }
}

/// A row's label in a text table; an indented label is a part of the row above.
public struct TextTableLabel: Sendable, Hashable {
  public var text: String
  public var isIndented: Bool

  public init(text: String, isIndented: Bool = false) {
    self.text = text
    self.isIndented = isIndented
  }
}

/// A table of a label column and the columns' cells, in `width` where the labels allow: a
/// long label wraps, its cells on its first line, and the label column is never narrower
/// than `minimumLabelWidth`. Lines end without padding.
public func textTable(labels: [TextTableLabel], columns: [TextTableColumn], width: Int, minimumLabelWidth: Int) -> [String] {
  let longest = labels.map { $0.text.count + ($0.isIndented ? 2 : 0) }.max() ?? 0
  let labelWidth = max(minimumLabelWidth, min(longest, width - columns.map(\.width).reduce(0, +)))
  func padded(_ text: String) -> String { text + String(repeating: " ", count: max(0, labelWidth - text.count)) }
  var lines = [padded("") + columns.map { $0.text($0.heading) }.joined()]
  for (index, label) in labels.enumerated() {
    let indent = label.isIndented ? "  " : ""
    let wrapped = wrapWords(label.text, width: labelWidth - indent.count, then: labelWidth - indent.count - 2)
    lines.append(padded(indent + wrapped[0]) + columns.map { $0.text($0.cells[index]) }.joined())
    lines += wrapped.dropFirst().map { indent + "  " + $0 }
  }
  return lines.map { trimmingTrailingSpaces($0) }
}

/// Words of a text on lines of at most `width` characters, or `then` after the first;
/// a longer word has a line of its own.
public func wrapWords(_ text: String, width: Int, then later: Int? = nil) -> [String] {
  var lines: [String] = []
  var line = ""
  for word in text.split(separator: " ") {
    if line.isEmpty {
      line = String(word)
    } else if line.count + 1 + word.count <= (lines.isEmpty ? width : later ?? width) {
      line += " " + word
    } else {
      lines.append(line)
      line = String(word)
    }
  }
  if !line.isEmpty || lines.isEmpty { lines.append(line) }
  return lines
}

/// A line without the spaces that padding left at its end.
private func trimmingTrailingSpaces(_ line: String) -> String {
  var line = line
  while line.last == " " { line.removeLast() }
  return line
}
