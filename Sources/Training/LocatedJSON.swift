import PolicyEngine

/// A JSON value read from a file, with where it starts, so that a problem with it can be
/// reported at `file:line:column`.
///
/// Numbers are whole numbers only (all a results file holds); objects keep their keys in
/// the file's order.
struct LocatedJSON: Sendable, Hashable {
  indirect enum Value: Sendable, Hashable {
    case string(String)
    case number(Int)
    case bool(Bool)
    case null
    case array([LocatedJSON])
    case object([Member])
  }

  /// One key of an object and its value, with where the key is.
  struct Member: Sendable, Hashable {
    var key: String
    var line: Int
    var column: Int
    var value: LocatedJSON
  }

  var value: Value
  var line: Int
  var column: Int

  /// What kind of value this is, for messages: "text", "a number", "a list"…
  var kind: String {
    switch value {
    case .string: return "text"
    case .number: return "a number"
    case .bool: return "true or false"
    case .null: return "null"
    case .array: return "a list"
    case .object: return "an object"
    }
  }

  /// The most lists and objects inside one another that are read.
  static let maximumDepth = 32

  /// Reads JSON text.
  ///
  /// - Throws: `LocatedProblem` at the first place the bytes are not JSON (or not UTF-8),
  ///   saying what was expected, never quoting the text.
  init(parsing bytes: [UInt8]) throws(LocatedProblem) {
    if let offset = firstInvalidUTF8(in: bytes) {
      let place = lineAndColumn(ofByte: offset, in: bytes)
      throw LocatedProblem(
        message: "the file is not UTF-8 text: " + invalidUTF8Description(bytes, at: offset), line: place.line, column: place.column)
    }
    var reader = JSONReader(bytes: bytes)
    reader.skipSpace()
    self = try reader.value(depth: 0)
    reader.skipSpace()
    guard reader.isAtEnd else { throw reader.problem("expected the end of the file after the JSON value") }
  }

  fileprivate init(_ value: Value, line: Int, column: Int) {
    self.value = value
    self.line = line
    self.column = column
  }
}

/// A problem at a place in a file: what was wrong, never the file's text.
struct LocatedProblem: Error, Sendable, Hashable {
  var message: String
  var line: Int
  var column: Int
}

/// The offset of the first byte that is not part of valid UTF-8, or nil when all are.
private func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
  var iterator = bytes.makeIterator()
  var parser = Unicode.UTF8.ForwardParser()
  var offset = 0
  while true {
    switch parser.parseScalar(from: &iterator) {
    case .valid(let encoded): offset += encoded.count
    case .error: return offset
    case .emptyInput: return nil
    }
  }
}

/// Reads JSON from bytes, keeping track of the line and column.
private struct JSONReader {
  let bytes: [UInt8]
  var offset = 0
  var line = 1
  var column = 1

  init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Whether every byte has been read.
  var isAtEnd: Bool { offset >= bytes.count }
  /// The byte being read, or nil at the end.
  var current: UInt8? { isAtEnd ? nil : bytes[offset] }

  /// Moves past the current byte, counting lines and characters.
  mutating func advance() {
    guard let byte = current else { return }
    offset += 1
    if byte == UInt8(ascii: "\n") {
      line += 1
      column = 1
    } else if byte & 0xC0 != 0x80 {
      column += 1
    }
  }

  /// Moves past spaces, tabs and line breaks.
  mutating func skipSpace() {
    while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { advance() }
  }

  /// A problem at the current place.
  func problem(_ message: String) -> LocatedProblem {
    LocatedProblem(message: message, line: line, column: column)
  }

  /// What is at the current place, for messages: "the end of the file", "a comma".
  var found: String {
    guard let byte = current else { return "the end of the file" }
    switch byte {
    case UInt8(ascii: ","): return "a comma"
    case UInt8(ascii: ":"): return "a colon"
    case UInt8(ascii: "}"), UInt8(ascii: "]"): return "a closing bracket"
    case UInt8(ascii: "{"), UInt8(ascii: "["): return "an opening bracket"
    case UInt8(ascii: "\""): return "text"
    default: return "other characters"
    }
  }

  /// The value at the current place, `depth` lists and objects deep.
  mutating func value(depth: Int) throws(LocatedProblem) -> LocatedJSON {
    let (line, column) = (self.line, self.column)
    guard let byte = current else { throw problem("expected a value, found the end of the file") }
    switch byte {
    case UInt8(ascii: "{"):
      guard depth < LocatedJSON.maximumDepth else { throw problem("objects and lists are nested too deeply for a results file") }
      return LocatedJSON(.object(try members(depth: depth)), line: line, column: column)
    case UInt8(ascii: "["):
      guard depth < LocatedJSON.maximumDepth else { throw problem("objects and lists are nested too deeply for a results file") }
      return LocatedJSON(.array(try elements(depth: depth)), line: line, column: column)
    case UInt8(ascii: "\""):
      return LocatedJSON(.string(try string()), line: line, column: column)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return LocatedJSON(.number(try number()), line: line, column: column)
    case UInt8(ascii: "t"):
      try literal("true")
      return LocatedJSON(.bool(true), line: line, column: column)
    case UInt8(ascii: "f"):
      try literal("false")
      return LocatedJSON(.bool(false), line: line, column: column)
    case UInt8(ascii: "n"):
      try literal("null")
      return LocatedJSON(.null, line: line, column: column)
    default:
      throw problem("expected a value (text in double quotes, a number, true, false, null, a list or an object), found \(found)")
    }
  }

  /// An object's keys and values, from its opening brace.
  private mutating func members(depth: Int) throws(LocatedProblem) -> [LocatedJSON.Member] {
    try separated(closing: UInt8(ascii: "}"), what: "object") { (reader) throws(LocatedProblem) in
      guard reader.current == UInt8(ascii: "\"") else { throw reader.problem("expected a key in double quotes, found \(reader.found)") }
      let (line, column) = (reader.line, reader.column)
      let key = try reader.string()
      reader.skipSpace()
      guard reader.current == UInt8(ascii: ":") else { throw reader.problem("expected a colon after the key, found \(reader.found)") }
      reader.advance()
      reader.skipSpace()
      return LocatedJSON.Member(key: key, line: line, column: column, value: try reader.value(depth: depth + 1))
    }
  }

  /// A list's values, from its opening bracket.
  private mutating func elements(depth: Int) throws(LocatedProblem) -> [LocatedJSON] {
    try separated(closing: UInt8(ascii: "]"), what: "list") { (reader) throws(LocatedProblem) in try reader.value(depth: depth + 1) }
  }

  /// The items after an opening bracket, separated by commas, up to the `closing` one.
  private mutating func separated<Item>(
    closing: UInt8, what: String, item: (inout JSONReader) throws(LocatedProblem) -> Item
  ) throws(LocatedProblem) -> [Item] {
    advance()
    skipSpace()
    var items: [Item] = []
    if current == closing {
      advance()
      return items
    }
    while true {
      items.append(try item(&self))
      skipSpace()
      if current == UInt8(ascii: ",") {
        advance()
        skipSpace()
      } else if current == closing {
        advance()
        return items
      } else {
        throw problem("expected a comma or the end of the \(what), found \(found)")
      }
    }
  }

  /// Moves past `true`, `false` or `null`, or says a value was expected where it starts.
  private mutating func literal(_ word: String) throws(LocatedProblem) {
    let start = problem("expected a value (text in double quotes, a number, true, false, null, a list or an object)")
    for expected in word.utf8 {
      guard current == expected else { throw start }
      advance()
    }
  }

  /// A whole number that fits in an `Int`.
  private mutating func number() throws(LocatedProblem) -> Int {
    let start = (line, column)
    var negative = false
    if current == UInt8(ascii: "-") {
      negative = true
      advance()
    }
    var magnitude: UInt64 = 0
    var digits = 0
    var overflow = false
    while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
      let (times, timesOverflow) = magnitude.multipliedReportingOverflow(by: 10)
      let (sum, sumOverflow) = times.addingReportingOverflow(UInt64(byte - UInt8(ascii: "0")))
      overflow = overflow || timesOverflow || sumOverflow
      magnitude = sum
      digits += 1
      advance()
    }
    guard digits > 0 else { throw problem("expected digits after the minus sign") }
    if let byte = current, byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
      throw LocatedProblem(message: "expected a whole number", line: start.0, column: start.1)
    }
    let limit = negative ? UInt64(Int.max) + 1 : UInt64(Int.max)
    guard !overflow, magnitude <= limit else { throw LocatedProblem(message: "the number is too large", line: start.0, column: start.1) }
    return negative ? Int(truncatingIfNeeded: 0 &- magnitude) : Int(magnitude)
  }

  /// Text in double quotes, with its escapes undone.
  mutating func string() throws(LocatedProblem) -> String {
    advance()
    var scalars = String.UnicodeScalarView()
    var run: [UInt8] = []
    func flush() {
      if !run.isEmpty {
        scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
        run.removeAll(keepingCapacity: true)
      }
    }
    while true {
      guard let byte = current else { throw problem("the text has no closing double quote") }
      switch byte {
      case UInt8(ascii: "\""):
        advance()
        flush()
        return String(scalars)
      case UInt8(ascii: "\\"):
        flush()
        advance()
        scalars.append(try escape())
      case 0..<0x20:
        throw problem("a control character inside text must be written as an escape such as \\n")
      default:
        run.append(byte)
        advance()
      }
    }
  }

  /// The character an escape after a backslash stands for.
  private mutating func escape() throws(LocatedProblem) -> Unicode.Scalar {
    guard let byte = current else { throw problem("the text has no closing double quote") }
    advance()
    switch byte {
    case UInt8(ascii: "\""): return "\""
    case UInt8(ascii: "\\"): return "\\"
    case UInt8(ascii: "/"): return "/"
    case UInt8(ascii: "b"): return "\u{08}"
    case UInt8(ascii: "f"): return "\u{0C}"
    case UInt8(ascii: "n"): return "\n"
    case UInt8(ascii: "r"): return "\r"
    case UInt8(ascii: "t"): return "\t"
    case UInt8(ascii: "u"):
      let first = try hexQuad()
      if (0xD800..<0xDC00).contains(first) {
        guard current == UInt8(ascii: "\\") else { throw problem("expected the second half of a \\u surrogate pair") }
        advance()
        guard current == UInt8(ascii: "u") else { throw problem("expected the second half of a \\u surrogate pair") }
        advance()
        let second = try hexQuad()
        guard (0xDC00..<0xE000).contains(second) else { throw problem("expected the second half of a \\u surrogate pair") }
        return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
      }
      guard let scalar = Unicode.Scalar(first) else { throw problem("a \\u escape stands for half a surrogate pair") }
      return scalar
    default:
      throw problem("unknown escape after a backslash; JSON allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u")
    }
  }

  /// The four hexadecimal digits after `\u`.
  private mutating func hexQuad() throws(LocatedProblem) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = current, let digit = hexValue(byte) else { throw problem("expected four hexadecimal digits after \\u") }
      value = value * 16 + digit
      advance()
    }
    return value
  }
}

/// The value of a hexadecimal digit, or nil when the byte is not one.
private func hexValue(_ byte: UInt8) -> UInt32? {
  switch byte {
  case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
  case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
  case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
  default: return nil
  }
}
