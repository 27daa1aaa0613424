/// Text broken into lines no wider than `width` columns, breaking at spaces.
///
/// The first line starts with `firstIndent`, the others with `indent`; a word longer
/// than a whole line is broken where it must be.
public func wrapped(_ text: String, width: Int, firstIndent: String = "", indent: String = "") -> [String] {
  let width = max(width, 20)
  var lines: [String] = []
  var current = firstIndent
  var currentWidth = displayWidth(firstIndent)
  var lineHasWord = false
  for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
    var word = String(word)
    var wordWidth = displayWidth(word)
    if lineHasWord, currentWidth + 1 + wordWidth > width {
      lines.append(current)
      current = indent
      currentWidth = displayWidth(indent)
      lineHasWord = false
    }
    while currentWidth + (lineHasWord ? 1 : 0) + wordWidth > width, wordWidth > 1 {
      // A word too long for any line: fill this line with a piece of it.
      let room = max(width - currentWidth - (lineHasWord ? 1 : 0), 1)
      let piece = String(word.prefix(room))
      current += (lineHasWord ? " " : "") + piece
      lines.append(current)
      word = String(word.dropFirst(piece.count))
      wordWidth = displayWidth(word)
      current = indent
      currentWidth = displayWidth(indent)
      lineHasWord = false
    }
    if word.isEmpty { continue }
    current += (lineHasWord ? " " : "") + word
    currentWidth += (lineHasWord ? 1 : 0) + wordWidth
    lineHasWord = true
  }
  if lineHasWord || lines.isEmpty { lines.append(current) }
  return lines
}

/// The number of terminal columns a string takes, counting wide characters as two,
/// combining marks as none, and ANSI escape sequences (colour, bold) as none.
func displayWidth(_ text: String) -> Int {
  var width = 0
  var inEscape = false
  for scalar in text.unicodeScalars {
    let value = scalar.value
    if inEscape {
      // A CSI sequence ends with a byte from @ to ~ (after the opening bracket).
      if (0x40...0x7E).contains(value), scalar != "[" { inEscape = false }
      continue
    }
    if scalar == "\u{1B}" {
      inEscape = true
      continue
    }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control:
      continue
    default:
      let wide =
        (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
        || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
        || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1F64F).contains(value) || (0x1F900...0x1F9FF).contains(value)
        || (0x20000...0x3FFFD).contains(value)
      width += wide ? 2 : 1
    }
  }
  return width
}
