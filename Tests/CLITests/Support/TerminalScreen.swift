/// A small VT100/xterm screen model: feed it a program's output bytes, read back what a
/// person would see.
///
/// Understood: printable UTF-8 (wide East Asian characters take two cells, combining
/// marks join the previous cell), CR, LF/VT/FF, BS, TAB, BEL (ignored), automatic wrap at
/// the right margin (deferred, as in xterm), scrolling at the bottom, `ESC 7`/`ESC 8`,
/// `ESC D`/`ESC E`/`ESC M`, `ESC c`, and the CSI sequences for cursor movement (`A B C D
/// E F G H f d`), erasing (`J K X`), inserting and deleting characters and lines (`@ P L
/// M`), and scrolling (`S T`). SGR (`m`), modes (`h l`), OSC strings and character-set
/// designations are read and ignored.
struct TerminalScreen: CustomStringConvertible {
  /// Screen width in cells.
  let columns: Int
  /// Screen height in lines.
  let rows: Int
  /// The cursor position, zero-based.
  private(set) var cursorRow = 0
  private(set) var cursorColumn = 0

  /// The lines that scrolled off the top, oldest first, trailing spaces removed: what a
  /// person could still scroll back to.
  private(set) var scrolledOff: [String] = []
  /// Whether the program last asked for pastes to be marked (`ESC [ ? 2004 h`), and has
  /// not turned that off since (`ESC [ ? 2004 l`).
  private(set) var marksPastes = false

  /// One string per cell; "" marks the right half of a wide character.
  private var cells: [[String]]
  /// The cursor sits past the last column after printing there; the next printable
  /// character wraps first.
  private var wrapPending = false
  private var savedCursor = (row: 0, column: 0)
  private var parser = Parser.ground
  private var utf8Pending: [UInt8] = []

  private enum Parser {
    case ground
    case escape
    case escapeIntermediate
    case controlSequence(parameters: [UInt8])
    case operatingSystemCommand(sawEscape: Bool)
  }

  /// An empty screen of the given size, cursor at the top left.
  init(columns: Int = 80, rows: Int = 24) {
    self.columns = max(columns, 1)
    self.rows = max(rows, 1)
    cells = Array(repeating: Array(repeating: " ", count: max(columns, 1)), count: max(rows, 1))
  }

  /// The screen's lines, trailing spaces removed.
  var lines: [String] {
    cells.map { row in
      var line = row.joined()
      while line.last == " " { line.removeLast() }
      return line
    }
  }

  /// Every line shown so far: those scrolled off the top, then the screen's own.
  var allLines: [String] { scrolledOff + lines }

  /// The screen's lines joined with newlines, trailing empty lines removed.
  var text: String {
    var lines = self.lines
    while lines.last == "" { lines.removeLast() }
    return lines.joined(separator: "\n")
  }

  /// Whether `fragment` appears within one line of the screen. Lines are compared with
  /// their trailing blanks, so a prompt such as `"q1> "` is found while empty after it.
  func contains(_ fragment: String) -> Bool {
    cells.contains { $0.joined().contains(fragment) }
  }

  /// The line the cursor is on, trailing spaces removed.
  var cursorLine: String { lines[cursorRow] }

  /// A framed dump of the screen with line numbers and the cursor position, for
  /// failure messages.
  var description: String {
    let border = "+" + String(repeating: "-", count: columns) + "+"
    var dump = ["screen \(columns)x\(rows), cursor at row \(cursorRow + 1), column \(cursorColumn + 1):", "   " + border]
    for (index, row) in cells.enumerated() {
      let number = String(index + 1)
      dump.append(String(repeating: " ", count: 3 - min(number.count, 3)) + number + "|" + row.joined() + "|")
    }
    dump.append("   " + border)
    return dump.joined(separator: "\n")
  }

  /// Interprets output bytes, in pieces of any size (sequences may be split anywhere).
  mutating func feed<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
    for byte in bytes { feed(byte) }
  }

  /// Interprets the UTF-8 encoding of `text`.
  mutating func feed(_ text: String) {
    feed(Array(text.utf8))
  }

  private mutating func feed(_ byte: UInt8) {
    switch parser {
    case .ground:
      receiveInGround(byte)
    case .escape:
      receiveEscape(byte)
    case .escapeIntermediate:
      parser = .ground  // the character-set name after ESC ( and friends
    case .controlSequence(var parameters):
      if (0x40...0x7E).contains(byte) {
        parser = .ground
        performControlSequence(final: byte, parameters: parameters)
      } else if byte == 0x1B {
        parser = .escape
      } else if byte >= 0x20 {
        parameters.append(byte)
        parser = .controlSequence(parameters: parameters)
      } else {
        performControl(byte)  // C0 controls act even inside a sequence
      }
    case .operatingSystemCommand(let sawEscape):
      if byte == 0x07 || (sawEscape && byte == UInt8(ascii: "\\")) {
        parser = .ground
      } else {
        parser = .operatingSystemCommand(sawEscape: byte == 0x1B)
      }
    }
  }

  private mutating func receiveInGround(_ byte: UInt8) {
    if byte < 0x20 || byte == 0x7F {
      utf8Pending.removeAll()
      if byte == 0x1B {
        parser = .escape
      } else {
        performControl(byte)
      }
      return
    }
    if byte < 0x80 {
      utf8Pending.removeAll()
      put(Character(Unicode.Scalar(byte)))
      return
    }
    if byte & 0xC0 != 0x80 { utf8Pending.removeAll() }
    utf8Pending.append(byte)
    let expected = utf8Pending[0] >= 0xF0 ? 4 : utf8Pending[0] >= 0xE0 ? 3 : utf8Pending[0] >= 0xC0 ? 2 : 1
    guard utf8Pending.count >= expected else { return }
    let text = String(decoding: utf8Pending, as: UTF8.self)
    utf8Pending.removeAll()
    for character in text { put(character) }
  }

  private mutating func receiveEscape(_ byte: UInt8) {
    parser = .ground
    switch byte {
    case UInt8(ascii: "["): parser = .controlSequence(parameters: [])
    case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "_"), UInt8(ascii: "^"):
      parser = .operatingSystemCommand(sawEscape: false)
    case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "#"):
      parser = .escapeIntermediate
    case UInt8(ascii: "7"): savedCursor = (cursorRow, cursorColumn)
    case UInt8(ascii: "8"): moveCursor(row: savedCursor.row, column: savedCursor.column)
    case UInt8(ascii: "D"): lineFeed()
    case UInt8(ascii: "E"): cursorColumn = 0; lineFeed()
    case UInt8(ascii: "M"): reverseLineFeed()
    case UInt8(ascii: "c"):
      let history = scrolledOff + lines
      self = TerminalScreen(columns: columns, rows: rows)
      scrolledOff = history
    default: break  // ESC = and ESC > (keypad modes) and anything unknown
    }
  }

  private mutating func performControl(_ byte: UInt8) {
    switch byte {
    case 0x08:  // BS
      wrapPending = false
      cursorColumn = max(cursorColumn - 1, 0)
    case 0x09:  // TAB
      wrapPending = false
      cursorColumn = min((cursorColumn / 8 + 1) * 8, columns - 1)
    case 0x0A, 0x0B, 0x0C:  // LF, VT, FF
      lineFeed()
    case 0x0D:  // CR
      wrapPending = false
      cursorColumn = 0
    default:
      break  // BEL, NUL, DEL and the rest show nothing
    }
  }

  private mutating func performControlSequence(final: UInt8, parameters raw: [UInt8]) {
    // A private marker (`?`, `>`, `=`, `<`) means a mode or query; none of those move text.
    if let first = raw.first, (0x3C...0x3F).contains(first) {
      if raw == Array("?2004".utf8), final == UInt8(ascii: "h") || final == UInt8(ascii: "l") {
        marksPastes = final == UInt8(ascii: "h")
      }
      return
    }
    let numbers = String(decoding: raw, as: UTF8.self).split(separator: ";", omittingEmptySubsequences: false)
      .map { Int($0.filter(\.isNumber)) ?? 0 }
    func parameter(_ index: Int, default value: Int = 1) -> Int {
      index < numbers.count && numbers[index] > 0 ? numbers[index] : value
    }
    switch final {
    case UInt8(ascii: "A"): moveCursor(row: cursorRow - parameter(0), column: cursorColumn)
    case UInt8(ascii: "B"): moveCursor(row: cursorRow + parameter(0), column: cursorColumn)
    case UInt8(ascii: "C"): moveCursor(row: cursorRow, column: cursorColumn + parameter(0))
    case UInt8(ascii: "D"): moveCursor(row: cursorRow, column: cursorColumn - parameter(0))
    case UInt8(ascii: "E"): moveCursor(row: cursorRow + parameter(0), column: 0)
    case UInt8(ascii: "F"): moveCursor(row: cursorRow - parameter(0), column: 0)
    case UInt8(ascii: "G"), UInt8(ascii: "`"): moveCursor(row: cursorRow, column: parameter(0) - 1)
    case UInt8(ascii: "d"): moveCursor(row: parameter(0) - 1, column: cursorColumn)
    case UInt8(ascii: "H"), UInt8(ascii: "f"): moveCursor(row: parameter(0) - 1, column: parameter(1) - 1)
    case UInt8(ascii: "J"): eraseInDisplay(mode: parameter(0, default: 0))
    case UInt8(ascii: "K"): eraseInLine(mode: parameter(0, default: 0))
    case UInt8(ascii: "X"): blank(row: cursorRow, from: cursorColumn, to: min(cursorColumn + parameter(0), columns))
    case UInt8(ascii: "P"): deleteCharacters(parameter(0))
    case UInt8(ascii: "@"): insertBlanks(parameter(0))
    case UInt8(ascii: "L"): insertLines(parameter(0))
    case UInt8(ascii: "M"): deleteLines(parameter(0))
    case UInt8(ascii: "S"): for _ in 0..<parameter(0) { scrollUp(from: 0) }
    case UInt8(ascii: "T"): for _ in 0..<parameter(0) { scrollDown(from: 0) }
    default: break  // SGR (m), modes (h, l), scroll regions (r) and the rest
    }
  }

  // MARK: Operations

  private mutating func put(_ character: Character) {
    let width = Self.cellWidth(of: character)
    if width == 0 {
      // A combining mark joins the character before the cursor.
      let column = wrapPending ? cursorColumn : max(cursorColumn - 1, 0)
      cells[cursorRow][column] += String(character)
      return
    }
    if wrapPending || cursorColumn + width > columns {
      wrapPending = false
      cursorColumn = 0
      lineFeed()
    }
    cells[cursorRow][cursorColumn] = String(character)
    if width == 2 && cursorColumn + 1 < columns { cells[cursorRow][cursorColumn + 1] = "" }
    if cursorColumn + width >= columns {
      cursorColumn = columns - 1
      wrapPending = true
    } else {
      cursorColumn += width
    }
  }

  private mutating func moveCursor(row: Int, column: Int) {
    wrapPending = false
    cursorRow = min(max(row, 0), rows - 1)
    cursorColumn = min(max(column, 0), columns - 1)
  }

  private mutating func lineFeed() {
    wrapPending = false
    if cursorRow == rows - 1 {
      scrollUp(from: 0)
    } else {
      cursorRow += 1
    }
  }

  private mutating func reverseLineFeed() {
    wrapPending = false
    if cursorRow == 0 {
      scrollDown(from: 0)
    } else {
      cursorRow -= 1
    }
  }

  private var blankLine: [String] { Array(repeating: " ", count: columns) }

  private mutating func scrollUp(from top: Int) {
    if top == 0 {
      var line = cells[0].joined()
      while line.last == " " { line.removeLast() }
      scrolledOff.append(line)
    }
    cells.remove(at: top)
    cells.append(blankLine)
  }

  private mutating func scrollDown(from top: Int) {
    cells.removeLast()
    cells.insert(blankLine, at: top)
  }

  private mutating func blank(row: Int, from start: Int, to end: Int) {
    guard start < end else { return }
    for column in start..<end { cells[row][column] = " " }
  }

  private mutating func eraseInLine(mode: Int) {
    switch mode {
    case 0: blank(row: cursorRow, from: cursorColumn, to: columns)
    case 1: blank(row: cursorRow, from: 0, to: cursorColumn + 1)
    default: blank(row: cursorRow, from: 0, to: columns)
    }
  }

  private mutating func eraseInDisplay(mode: Int) {
    switch mode {
    case 0:
      blank(row: cursorRow, from: cursorColumn, to: columns)
      for row in (cursorRow + 1)..<rows { cells[row] = blankLine }
    case 1:
      for row in 0..<cursorRow { cells[row] = blankLine }
      blank(row: cursorRow, from: 0, to: cursorColumn + 1)
    default:
      for row in 0..<rows { cells[row] = blankLine }
    }
  }

  private mutating func deleteCharacters(_ count: Int) {
    wrapPending = false
    let count = min(count, columns - cursorColumn)
    cells[cursorRow].removeSubrange(cursorColumn..<(cursorColumn + count))
    cells[cursorRow].append(contentsOf: Array(repeating: " ", count: count))
  }

  private mutating func insertBlanks(_ count: Int) {
    wrapPending = false
    let count = min(count, columns - cursorColumn)
    cells[cursorRow].insert(contentsOf: Array(repeating: " ", count: count), at: cursorColumn)
    cells[cursorRow].removeLast(count)
  }

  private mutating func insertLines(_ count: Int) {
    for _ in 0..<min(count, rows - cursorRow) {
      cells.removeLast()
      cells.insert(blankLine, at: cursorRow)
    }
    cursorColumn = 0
  }

  private mutating func deleteLines(_ count: Int) {
    for _ in 0..<min(count, rows - cursorRow) {
      cells.remove(at: cursorRow)
      cells.append(blankLine)
    }
    cursorColumn = 0
  }

  /// How many cells a character takes: 0 for combining marks, 2 for wide East Asian
  /// characters and most emoji, else 1.
  static func cellWidth(of character: Character) -> Int {
    guard let scalar = character.unicodeScalars.first else { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark: return 0
    default: break
    }
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      return 2
    default:
      return 1
    }
  }
}
