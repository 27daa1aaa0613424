import PolicyEngine

/// Why a transcript file could not be read, with every problem found, in file order.
public struct TranscriptParseError: Error, Sendable, Hashable {
  public var diagnostics: [Diagnostic]

  public init(diagnostics: [Diagnostic]) {
    self.diagnostics = diagnostics
  }

  /// A file too large to be a transcript, with its real size (which may be more than was read).
  public static func tooLarge(size: Int, file: String) -> TranscriptParseError {
    TranscriptParseError(diagnostics: [
      Diagnostic(
        .error, "the file is too large for a transcript (\(size) bytes; the limit is \(Transcript.maximumSize) bytes)",
        at: SourceLocation(file: file, line: 1, column: 1))
    ])
  }
}

extension Transcript {
  /// The largest file read as a transcript; a real call's transcript is a few kilobytes.
  public static let maximumSize = 1 << 20

  /// Reads a transcript from the text of its file.
  ///
  /// - Parameter file: the name the file is reported under in diagnostics.
  /// - Throws: `TranscriptParseError` with every problem found, each with its line and column.
  public init(parsing text: String, file: String) throws(TranscriptParseError) {
    var text = text
    let result = text.withUTF8 { TranscriptParser.parse($0, file: file) }
    self = try result.get()
  }

  /// Reads a transcript from the bytes of its file, which must be UTF-8 text.
  ///
  /// - Parameter file: the name the file is reported under in diagnostics.
  /// - Throws: `TranscriptParseError` with every problem found, each with its line and column.
  public init(parsing bytes: some Collection<UInt8>, file: String) throws(TranscriptParseError) {
    let result =
      bytes.withContiguousStorageIfAvailable { TranscriptParser.parse($0, file: file) }
      ?? Array(bytes).withUnsafeBufferPointer { TranscriptParser.parse($0, file: file) }
    self = try result.get()
  }
}

/// Reads a transcript in one pass over its bytes, line by line, collecting problems.
struct TranscriptParser {
  static let maximumDiagnostics = 20
  static let eventKeywords = ["ask", "answer", "back", "change", "resume", "restart", "note", "outcome"]
  static let abandonReasons = Transcript.Ending.allCases.filter(\.isAbandoned).map(\.rawValue)

  private enum Phase {
    case formatLine, header, events
  }

  let bytes: UnsafeBufferPointer<UInt8>
  let file: String
  private var diagnostics: [Diagnostic] = []
  private var phase = Phase.formatLine
  /// The current line's number and byte range, without its line break.
  private var line = 0
  private var start = 0
  private var end = 0
  private var headerValues = [String?](repeating: nil, count: HeaderField.allCases.count)
  private var headerLines = [Int?](repeating: nil, count: HeaderField.allCases.count)
  private var ending: Transcript.Ending?
  private var events: [Transcript.Event] = []
  /// The line of the last event that is not a note, and whether it is an outcome.
  private var lastStep: (line: Int, isOutcome: Bool)?
  private var blankLine: Int?

  init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
    self.bytes = bytes
    self.file = file
  }

  /// The transcript in the bytes, or every problem found in them.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> Result<Transcript, TranscriptParseError> {
    var parser = TranscriptParser(bytes: bytes, file: file)
    return parser.parse()
  }

  mutating func parse() -> Result<Transcript, TranscriptParseError> {
    readLines()
    if diagnostics.isEmpty { checkEnding() }
    guard diagnostics.isEmpty, let header = makeHeader() else {
      return .failure(TranscriptParseError(diagnostics: diagnostics.inFileOrder()))
    }
    return .success(Transcript(header: header, events: events))
  }

  // MARK: Lines

  private mutating func readLines() {
    let count = bytes.count
    guard count > 0 else {
      report(line: 1, column: 1, "the file is empty; expected a transcript, whose first line is '\(Transcript.formatLine)'")
      return
    }
    guard count <= Transcript.maximumSize else {
      diagnostics += TranscriptParseError.tooLarge(size: count, file: file).diagnostics
      return
    }
    var offset = 0
    var sawCarriageReturn = false
    while offset < count {
      if diagnostics.count >= Self.maximumDiagnostics {
        report(line: line + 1, column: 1, "too many problems; stopped reading here", severity: .note)
        return
      }
      line += 1
      start = offset
      var newline = offset
      while newline < count, bytes[newline] != 0x0A { newline += 1 }
      end = newline
      offset = newline + 1
      if let nul = (start..<end).first(where: { bytes[$0] == 0 }) {
        report(at: nul, "this is not a text file (it holds a NUL byte); a transcript is a text file")
        return
      }
      if end > start, bytes[end - 1] == 0x0D {
        if !sawCarriageReturn {
          report(
            at: end - 1,
            "the line ends with a carriage return: the file has Windows line breaks (CR LF), but a transcript's lines end with a line feed only")
        }
        sawCarriageReturn = true
        end -= 1
      }
      if newline == count {
        report(at: end, "the file ends in the middle of a line: the last line has no line break, so the file may have been cut short")
      }
      if let invalid = firstInvalidUTF8() {
        let description = invalidUTF8Description(UnsafeBufferPointer(rebasing: bytes[start..<end]), at: invalid - start, in: "the line")
        report(at: invalid, "the file is not UTF-8 text: \(description)")
        return
      }
      switch phase {
      case .formatLine:
        guard readFormatLine() else { return }
        phase = .header
      case .header:
        if start == end {
          blankLine = line
          finishHeader(atEnd: false)
          phase = .events
        } else if isEventLine() {
          if headerLines.contains(where: { $0 != nil }) {
            report(at: start, "expected a blank line between the header and the first event")
          }
          finishHeader(atEnd: false)
          phase = .events
          readEvent()
        } else {
          readHeaderLine()
        }
      case .events:
        readEvent()
      }
    }
    if phase == .header {
      // Point just past the last line.
      if bytes[count - 1] == 0x0A {
        line += 1
        start = count
        end = count
      }
      finishHeader(atEnd: true)
    }
  }

  private mutating func readFormatLine() -> Bool {
    let prefix = "second-opinion transcript"
    if matches(Transcript.formatLine, at: start, wholeLine: true) { return true }
    if matches(prefix, at: start, wholeLine: true) {
      report(at: end, "expected the format version after '\(prefix)', such as '\(Transcript.formatLine)', found the end of the line")
    } else if matches(prefix + " ", at: start, wholeLine: false) {
      let versionStart = start + prefix.utf8.count + 1
      let version = text(versionStart, end)
      if !version.isEmpty, version.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
        // A long run of digits could be a phone number: only a short version is shown.
        let format = version.utf8.count <= 3 ? "format \(version)" : "another format"
        report(
          at: versionStart,
          "this transcript is in \(format), but this version of second-opinion reads format \(Transcript.formatVersion) only")
      } else {
        report(
          at: versionStart,
          "expected the format version after '\(prefix)', such as '\(Transcript.formatLine)', found \(found(versionStart))")
      }
    } else {
      report(
        at: start,
        "expected '\(Transcript.formatLine)' on the first line; this is not a transcript, or its first lines are missing")
    }
    return false
  }

  // MARK: Header

  private mutating func readHeaderLine() {
    guard let colon = (start..<end).first(where: { bytes[$0] == 0x3A }) else {
      report(at: start, "expected a header field written 'name: value', such as 'date: 2026-11-25', found \(found(start))")
      return
    }
    let key = text(start, colon)
    guard let field = HeaderField.allCases.first(where: { $0.name == key }) else {
      let hint =
        didYouMean(key, among: HeaderField.names)
        ?? "expected one of \(HeaderField.names.joined(separator: ", "))"
      report(at: start, "unknown header field; \(hint)")
      return
    }
    if let first = headerLines[field.rawValue] {
      report(at: start, "the header field '\(key)' appears twice; it is first given on line \(first)")
      return
    }
    if let later = HeaderField.allCases[(field.rawValue + 1)...].first(where: { headerLines[$0.rawValue] != nil }) {
      report(
        at: start,
        "the header field '\(key)' is out of order: it comes before '\(later.name)', given on line \(headerLines[later.rawValue]!); the header gives \(TextRules.list(HeaderField.names, joinedBy: "and")), in that order"
      )
    }
    headerLines[field.rawValue] = line
    let valueStart = colon + 2
    guard colon + 1 < end, bytes[colon + 1] == 0x20, valueStart < end else {
      if colon + 1 < end, bytes[colon + 1] != 0x20 {
        report(at: colon + 1, "expected a space after '\(key):', found \(found(colon + 1))")
      } else {
        report(at: min(valueStart, end), "'\(key)' has no value; expected '\(field.form)'")
      }
      return
    }
    if let value = readHeaderValue(field, from: valueStart) {
      headerValues[field.rawValue] = value
    }
  }

  private mutating func readHeaderValue(_ field: HeaderField, from valueStart: Int) -> String? {
    let value = text(valueStart, end)
    let valueBytes = UnsafeBufferPointer(rebasing: bytes[valueStart..<end])
    switch field {
    case .policy:
      if let bad = TextRules.firstBadIDByte(valueBytes) {
        report(at: valueStart + bad, idMessage(what: "policy", at: valueStart + bad))
        return nil
      }
    case .policyVersion:
      if let control = TextRules.firstControlCharacter(valueBytes) {
        report(at: valueStart + control.offset, "the policy version holds a control character, \(TextRules.describeControl(control.scalar))")
        return nil
      }
    case .policySHA256:
      if let bad = TextRules.firstNonHexByte(valueBytes) {
        report(
          at: valueStart + bad,
          "the policy's SHA-256 holds \(found(valueStart + bad)): expected 64 lower-case hexadecimal digits (0-9, a-f), as sha256sum prints them")
        return nil
      }
      if valueBytes.count != 64 {
        report(at: valueStart, "the policy's SHA-256 has \(valueBytes.count) digits; expected 64, as sha256sum prints them")
        return nil
      }
    case .date:
      return readDate(value, from: valueStart)
    case .session:
      if let bad = TextRules.firstNonHexByte(valueBytes) {
        report(at: valueStart + bad, "the session id holds \(found(valueStart + bad)): expected lower-case hexadecimal digits (0-9, a-f)")
        return nil
      }
      if !(8...64).contains(valueBytes.count) {
        report(at: valueStart, "the session id has \(valueBytes.count) digits; expected from 8 to 64")
        return nil
      }
    case .ended:
      return readEnding(value, from: valueStart)
    }
    return value
  }

  private mutating func readDate(_ value: String, from valueStart: Int) -> String? {
    func number(_ offset: Int, _ length: Int) -> Int? {
      guard valueStart + offset + length <= end else { return nil }
      var result = 0
      for index in (valueStart + offset)..<(valueStart + offset + length) {
        let byte = bytes[index]
        guard byte >= 0x30, byte <= 0x39 else { return nil }
        result = result * 10 + Int(byte - 0x30)
      }
      return result
    }
    func isHyphen(_ offset: Int) -> Bool { valueStart + offset < end && bytes[valueStart + offset] == 0x2D }
    guard let year = number(0, 4), isHyphen(4), let month = number(5, 2), isHyphen(7), let day = number(8, 2) else {
      report(at: valueStart, "expected the date as YYYY-MM-DD, such as 2026-11-25")
      return nil
    }
    if valueStart + 10 < end {
      report(
        at: valueStart + 10,
        "expected the day only, YYYY-MM-DD, but more follows it; a transcript never records the time of day")
      return nil
    }
    guard isCalendarDate(year: year, month: month, day: day) else {
      report(at: valueStart, "the date is not a day of the calendar")
      return nil
    }
    return value
  }

  private mutating func readEnding(_ value: String, from valueStart: Int) -> String? {
    // The list of reasons is written out only for a message: most files never need it.
    var reasons: String { TextRules.list(Self.abandonReasons) }
    if value == Transcript.Ending.outcome.rawValue {
      ending = .outcome
      return value
    }
    let prefix = "abandoned ("
    if value.hasPrefix(prefix), value.hasSuffix(")") {
      let reason = String(value.dropFirst(prefix.count).dropLast())
      if let known = Transcript.Ending(rawValue: reason), known.isAbandoned {
        ending = known
        return value
      }
      report(at: valueStart + prefix.utf8.count, "unknown reason for an abandoned call; expected \(reasons)")
      return nil
    }
    report(at: valueStart, "expected 'outcome' or 'abandoned (REASON)', where REASON is \(reasons)")
    return nil
  }

  /// Reports the header fields not given, once the header has ended.
  private mutating func finishHeader(atEnd: Bool) {
    let missing = HeaderField.allCases.filter { headerLines[$0.rawValue] == nil }.map(\.name)
    let cutShort = atEnd ? "; the file ends inside the header, so it may have been cut short" : ""
    let place = atEnd ? end : start
    if missing.count == HeaderField.allCases.count {
      report(at: place, "the header is missing: expected the fields \(TextRules.list(missing, joinedBy: "and")) after the first line\(cutShort)")
    } else if !missing.isEmpty {
      report(at: place, "the header has no \(TextRules.list(missing.map { "'\($0)'" })) field\(cutShort)")
    } else if atEnd {
      report(at: place, "the file ends after the header, without the blank line that follows it; the file may have been cut short")
    }
  }

  private func makeHeader() -> Transcript.Header? {
    guard let policy = headerValues[0], let version = headerValues[1], let hash = headerValues[2], let date = headerValues[3],
      let session = headerValues[4], let ending
    else { return nil }
    return Transcript.Header(policyID: policy, policyVersion: version, policyHash: hash, date: date, sessionID: session, ending: ending)
  }

  /// A transcript that says it ended with an outcome must end with one.
  private mutating func checkEnding() {
    guard ending == .outcome, let endedLine = headerLines[HeaderField.ended.rawValue] else { return }
    if lastStep?.isOutcome == true { return }
    let last = lastStep.map { "its last event, on line \($0.line), is not an outcome" } ?? "it records no outcome"
    report(
      line: endedLine, column: HeaderField.ended.name.count + 3,
      "the header says the call ended with an outcome, but \(last); the file may have been cut short")
  }

  // MARK: Events

  private func keywordEnd() -> Int {
    var offset = start
    while offset < end, bytes[offset] != 0x20, bytes[offset] != 0x3A { offset += 1 }
    return offset
  }

  private func isEventLine() -> Bool {
    Self.eventKeywords.contains(text(start, keywordEnd()))
  }

  private mutating func readEvent() {
    let keywordEnd = keywordEnd()
    let keyword = text(start, keywordEnd)
    var offset = keywordEnd
    let event: Transcript.Event
    switch keyword {
    case "ask":
      guard expectSpace(&offset, then: "a question id", after: "'\(keyword)'"),
        let question = readID(&offset, what: "question"),
        expectColonAndSpace(&offset, then: "the question's prompt", after: "the question id"),
        let prompt = readFreeText(offset, what: "the prompt", emptyHint: "expected the question as staff read it")
      else { return }
      event = .asked(question: question, prompt: prompt)
    case "answer":
      guard expectSpace(&offset, then: "a question id", after: "'\(keyword)'"),
        let question = readID(&offset, what: "question"),
        expectColonAndSpace(&offset, then: "the answer id", after: "the question id"),
        let answer = readID(&offset, what: "answer"),
        expectLineEnd(offset, after: "the answer id", hint: "; an answer line holds the answer's id only")
      else { return }
      event = .answered(question: question, answer: answer)
    case "back":
      guard expectSpace(&offset, then: "a question id", after: "'\(keyword)'"),
        let question = readID(&offset, what: "question"),
        expectLineEnd(offset, after: "'back' and its question id")
      else { return }
      event = .back(question: question)
    case "change":
      guard expectSpace(&offset, then: "a question id", after: keyword),
        let question = readID(&offset, what: "question"),
        expectLineEnd(offset, after: "'change \(question)'")
      else { return }
      event = .changed(question: question)
    case "resume":
      guard expectSpace(&offset, then: "the session id of the call it continues", after: keyword),
        let session = readID(&offset, what: "session"),
        expectLineEnd(offset, after: "the session id")
      else { return }
      guard Transcript.Header.isSessionID(session) else {
        report(at: offset - session.utf8.count, "expected the session id of the call it continues: 8 to 64 lower-case hex digits")
        return
      }
      event = .resumed(session: session)
    case "restart":
      guard expectLineEnd(offset, after: "'restart'") else { return }
      event = .restarted
    case "note":
      guard offset < end, bytes[offset] == 0x3A else {
        report(at: offset, "expected ':' after 'note', found \(found(offset))")
        return
      }
      offset += 1
      if offset == end {
        event = .note("")
        break
      }
      guard bytes[offset] == 0x20 else {
        report(at: offset, "expected a space after 'note:', found \(found(offset))")
        return
      }
      offset += 1
      guard let note = readFreeText(offset, what: "the note", emptyHint: "an empty note is written 'note:'") else { return }
      event = .note(note)
    case "outcome":
      guard expectSpace(&offset, then: "an outcome id", after: "'\(keyword)'"), let outcome = readID(&offset, what: "outcome") else { return }
      var clauses: [String] = []
      if offset < end {
        guard expectColonAndSpace(&offset, then: "the outcome's clause ids", after: "the outcome id") else { return }
        while true {
          guard let clause = readID(&offset, what: "clause") else { return }
          clauses.append(clause)
          if offset == end { break }
          guard offset + 1 < end, bytes[offset] == 0x2C, bytes[offset + 1] == 0x20 else {
            report(at: offset, "expected ', ' and another clause id, or the end of the line, after a clause id, found \(found(offset))")
            return
          }
          offset += 2
        }
      }
      event = .decided(outcome: outcome, clauses: clauses)
    default:
      reportUnknownEvent(keyword)
      return
    }
    events.append(event)
    if case .note = event { return }
    if case .decided = event { lastStep = (line, true) } else { lastStep = (line, false) }
  }

  private mutating func reportUnknownEvent(_ keyword: String) {
    if start == end {
      report(at: start, "unexpected blank line among the events; events are written one per line, with no blank lines")
    } else if HeaderField.names.contains(keyword) {
      let end = blankLine.map { "the blank line on line \($0)" } ?? "the first event"
      report(at: start, "the header field '\(keyword)' is among the events; header fields come before \(end)")
    } else {
      let hint =
        didYouMean(keyword, among: Self.eventKeywords)
        ?? "expected \(TextRules.list(Self.eventKeywords))"
      report(at: start, "unknown event; \(hint)")
    }
  }

  private mutating func expectSpace(_ offset: inout Int, then what: String, after context: String) -> Bool {
    guard offset < end, bytes[offset] == 0x20 else {
      report(at: offset, "expected a space and \(what) after \(context), found \(found(offset))")
      return false
    }
    offset += 1
    return true
  }

  private mutating func expectColonAndSpace(_ offset: inout Int, then what: String, after context: String) -> Bool {
    guard offset < end, bytes[offset] == 0x3A else {
      report(at: offset, "expected ': ' and \(what) after \(context), found \(found(offset))")
      return false
    }
    guard offset + 1 < end, bytes[offset + 1] == 0x20 else {
      report(at: offset + 1, "expected a space and \(what) after \(context) and ':', found \(found(offset + 1))")
      return false
    }
    offset += 2
    return true
  }

  private mutating func expectLineEnd(_ offset: Int, after context: String, hint: String = "") -> Bool {
    guard offset == end else {
      report(at: offset, "expected the end of the line after \(context), found \(found(offset))\(hint)")
      return false
    }
    return true
  }

  /// Reads an id up to a space, colon, comma or the end of the line.
  private mutating func readID(_ offset: inout Int, what: String) -> String? {
    let idStart = offset
    var idEnd = offset
    while idEnd < end, bytes[idEnd] != 0x20, bytes[idEnd] != 0x3A, bytes[idEnd] != 0x2C { idEnd += 1 }
    guard idEnd > idStart else {
      report(at: idStart, "expected \(what == "answer" || what == "outcome" ? "an" : "a") \(what) id, found \(found(idStart))")
      return nil
    }
    let id = text(idStart, idEnd)
    if let bad = TextRules.firstBadIDByte(UnsafeBufferPointer(rebasing: bytes[idStart..<idEnd])) {
      report(at: idStart + bad, idMessage(what: what, at: idStart + bad))
      return nil
    }
    offset = idEnd
    return id
  }

  /// Reads the rest of the line as one line of plain text.
  private mutating func readFreeText(_ offset: Int, what: String, emptyHint: String) -> String? {
    guard offset < end else {
      report(at: offset, "\(what) is empty; \(emptyHint)")
      return nil
    }
    if let control = TextRules.firstControlCharacter(UnsafeBufferPointer(rebasing: bytes[offset..<end])) {
      report(
        at: offset + control.offset,
        "\(what) holds a control character, \(TextRules.describeControl(control.scalar)); it must be one line of plain text")
      return nil
    }
    return text(offset, end)
  }

  // MARK: Helpers

  /// Why an id is not valid, by the kind of character at `offset`, never quoting it.
  private func idMessage(what: String, at offset: Int) -> String {
    let problem =
      offset < end && bytes[offset] == 0x2D
      ? "a hyphen may not start or end it, or follow another" : "it holds \(found(offset))"
    return "not a valid \(what) id: \(problem); ids use lower-case letters, digits and single hyphens"
  }

  private func text(_ from: Int, _ to: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
  }

  private func matches(_ expected: String, at offset: Int, wholeLine: Bool) -> Bool {
    let length = expected.utf8.count
    guard offset + length <= end, !wholeLine || offset + length == end else { return false }
    return expected.utf8.elementsEqual(UnsafeBufferPointer(rebasing: bytes[offset..<(offset + length)]))
  }

  /// What stands at an offset, for "found ..." in messages: the kind of character,
  /// never the file's text, which may be personal. Punctuation is shown, as it tells
  /// nobody anything.
  private func found(_ offset: Int) -> String {
    guard offset < end else { return "the end of the line" }
    return TextRules.kindOfCharacter(UnsafeBufferPointer(rebasing: bytes[offset..<end]))
  }

  /// The column of a byte of the current line, counted in characters from 1.
  private func column(_ offset: Int) -> Int {
    var column = 1
    for index in start..<min(offset, bytes.count) where bytes[index] & 0xC0 != 0x80 { column += 1 }
    return column
  }

  private mutating func report(at offset: Int, _ message: String) {
    report(line: line, column: column(offset), message)
  }

  private mutating func report(line: Int, column: Int, _ message: String, severity: Diagnostic.Severity = .error) {
    diagnostics.append(Diagnostic(severity, message, at: SourceLocation(file: file, line: line, column: column)))
  }

  /// The offset of the first byte of the current line that is not valid UTF-8.
  private func firstInvalidUTF8() -> Int? {
    var index = start
    while index < end {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      var length = 0
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 1
      case 0xE0: (length, low) = (2, 0xA0)
      case 0xE1...0xEC, 0xEE...0xEF: length = 2
      case 0xED: (length, high) = (2, 0x9F)
      case 0xF0: (length, low) = (3, 0x90)
      case 0xF1...0xF3: length = 3
      case 0xF4: (length, high) = (3, 0x8F)
      default: return index
      }
      guard index + length < end else { return index }
      guard bytes[index + 1] >= low, bytes[index + 1] <= high else { return index }
      for next in (index + 1)...(index + length) where bytes[next] & 0xC0 != 0x80 { return index }
      index += length + 1
    }
    return nil
  }
}
