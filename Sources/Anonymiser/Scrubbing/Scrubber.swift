/// Removes personal data from the free-text notes staff type during a call.
///
/// Every note passes through `scrub(_:)` before anything reaches disk. Names,
/// NHS numbers, phone numbers, email addresses, postcodes, dates, street
/// addresses and record numbers become placeholders such as `[NAME]`; the
/// words of the support line's world ("Royal Marsden", "GIST", "MDT", "Ewing
/// sarcoma", "2 weeks", "50 mg", "in March") stay. When it is unsure, it
/// redacts: a lost word costs less than a leaked name.
///
/// It reads one line at a time, in a single pass over the UTF-8 bytes, with
/// word lists held in one hash table; it does no I/O. Scrubbing is idempotent:
/// placeholders are never scrubbed again, so `scrub(scrub(x)) == scrub(x)`.
///
/// ```swift
/// let scrubber = Scrubber()
/// scrubber.scrub("spoke to john smith, mob 07700 900461")
/// // "spoke to [NAME], mob [PHONE]"
/// ```
///
/// For an auditor, `findings(in:)` reports the same stretches without changing
/// anything. A transcript file holds header values that look like personal
/// data but are not: a caller should skip them before asking. In particular,
/// the value of `policy-sha256:` (64 hex digits) and of `session:` (16 hex
/// digits) read as record numbers, and the value of `date:` reads as a date.
/// Policy prompts, answer labels and aliases, and placeholders, produce no
/// findings.
public struct Scrubber: Sendable {
  private let table: WordTable

  /// A scrubber with the built-in word lists.
  public init() {
    self.table = .standard
  }

  /// A scrubber that also keeps `words` (and each word in them) as domain
  /// words, such as the prompts, labels and aliases of a policy other than the
  /// built-in one. A kept word is still redacted beside a title or a name.
  public init(keeping words: some Sequence<String>) {
    let words = Array(words)
    self.table = words.isEmpty ? .standard : WordTable(extraWords: words)
  }

  /// The line with every identifier replaced by its placeholder, and every
  /// control character (C0, DEL, C1, and the Unicode line and paragraph
  /// separators and direction controls) replaced by a space.
  public func scrub(_ line: String) -> String {
    scrubbed(line).text
  }

  /// The line scrubbed as `scrub(_:)` does, with what was replaced: for
  /// telling staff what left their note, or that nothing did.
  ///
  /// ```swift
  /// let note = Scrubber().scrubbed("ring Ann Obi on 07700 900461 or 07700 900462")
  /// note.text          // "ring [NAME] on [PHONE] or [PHONE]"
  /// note.replacements  // [phone: 2, name: 1], in `IdentifierKind.allCases` order
  /// ```
  public func scrubbed(_ line: String) -> ScrubbedNote {
    var line = line
    return line.withUTF8 { bytes in
      var output: [UInt8] = []
      output.reserveCapacity(bytes.count + 16)
      let workspace = AnalysisWorkspace()
      write(bytes, into: &output, workspace: workspace)
      let spans = workspace.identifiers
      var replacements: [ScrubbedNote.Replacement] = []
      for span in spans {
        if let k = replacements.firstIndex(where: { $0.kind == span.kind }) {
          replacements[k].count += 1
        } else {
          replacements.append(ScrubbedNote.Replacement(kind: span.kind, count: 1))
        }
      }
      if replacements.count > 1 {
        replacements.sort { IdentifierKind.allCases.firstIndex(of: $0.kind)! < IdentifierKind.allCases.firstIndex(of: $1.kind)! }
      }
      return ScrubbedNote(text: String(decoding: output, as: UTF8.self), replacements: replacements)
    }
  }

  /// Appends the line scrubbed as `scrub(_:)` does to `output`, as UTF-8: for
  /// a filter that writes many lines, without making a `String` of each.
  ///
  /// ```swift
  /// var output: [UInt8] = []
  /// Scrubber().scrub("mob 07700 900461", appendingTo: &output)
  /// // output holds the UTF-8 of "mob [PHONE]"
  /// ```
  public func scrub(_ line: String, appendingTo output: inout [UInt8]) {
    scrub(line, appendingTo: &output, workspace: AnalysisWorkspace())
  }

  /// Appends the line scrubbed to `output`, as `scrub(_:appendingTo:)` does,
  /// with working memory borrowed from `workspace`.
  func scrub(_ line: String, appendingTo output: inout [UInt8], workspace: AnalysisWorkspace) {
    var line = line
    line.withUTF8 { bytes in
      let start = output.count
      write(bytes, into: &output, workspace: workspace)
      // What `scrub(_:)` gives is made a `String`, which would mend any byte
      // sequence that is not UTF-8; mend it here the same way. Only a line
      // with bytes outside ASCII can have one.
      if output[start...].contains(where: { $0 >= 0x80 }) {
        let text = String(decoding: output[start...], as: UTF8.self)
        output.replaceSubrange(start..., with: text.utf8)
      }
    }
  }

  /// Writes the scrubbed line to the end of `output`; leaves the identifiers
  /// it replaced, in order, in `workspace.identifiers`.
  func write(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8], workspace: AnalysisWorkspace) {
    var spans: [(start: Int, end: Int, kind: IdentifierKind)] = []
    swap(&spans, &workspace.identifiers)
    defer { swap(&spans, &workspace.identifiers) }
    analyse(bytes, into: &spans, workspace: workspace)
    var position = 0
    for span in spans {
      copyCleaning(bytes, from: position, to: span.start, into: &output)
      let placeholder = span.kind.placeholderText
      output.append(contentsOf: UnsafeBufferPointer(start: placeholder.utf8Start, count: placeholder.utf8CodeUnitCount))
      position = span.end
    }
    copyCleaning(bytes, from: position, to: bytes.count, into: &output)
  }

  /// The stretches of `line` that look like personal data, in order.
  ///
  /// A finding's range and column refer to `line` as given, control
  /// characters and all.
  public func findings(in line: String) -> [PersonalDataFinding] {
    var copy = line
    var spans: [(start: Int, end: Int, kind: IdentifierKind)] = []
    copy.withUTF8 { analyse($0, into: &spans, workspace: AnalysisWorkspace()) }
    var column = 1
    var index = line.startIndex
    return spans.map { span in
      let start = line.utf8.index(line.startIndex, offsetBy: span.start)
      let end = line.utf8.index(line.startIndex, offsetBy: span.end)
      column += line.distance(from: index, to: start)
      index = start
      return PersonalDataFinding(kind: span.kind, text: String(line[start..<end]), column: column, range: start..<end)
    }
  }

  /// Puts the identifiers in a line in `result` (emptied first), as byte
  /// ranges, in order and not overlapping.
  ///
  /// The recognisers read the line with compatibility forms folded (see
  /// `FoldedLine`); the ranges refer to the line as given.
  private func analyse(
    _ bytes: UnsafeBufferPointer<UInt8>, into result: inout [(start: Int, end: Int, kind: IdentifierKind)],
    workspace: AnalysisWorkspace
  ) {
    guard let folded = FoldedLine(folding: bytes) else { return analyseFolded(bytes, into: &result, workspace: workspace) }
    folded.bytes.withUnsafeBufferPointer { analyseFolded($0, into: &result, workspace: workspace) }
    for k in result.indices {
      result[k].start = Int(folded.starts[result[k].start])
      result[k].end = Int(folded.ends[result[k].end - 1])
    }
  }

  /// Puts the identifiers in a line already folded in `result` (emptied
  /// first), as byte ranges, in order and not overlapping.
  private func analyseFolded(
    _ bytes: UnsafeBufferPointer<UInt8>, into result: inout [(start: Int, end: Int, kind: IdentifierKind)],
    workspace: AnalysisWorkspace
  ) {
    var analysis = NoteAnalysis(bytes: bytes, table: table, workspace: workspace)
    analysis.run()
    result.removeAll(keepingCapacity: true)
    for span in analysis.spans {
      let start = analysis.tokens[span.first].start
      let end = analysis.tokens[span.last].end
      if let last = result.last, start < last.end { continue }
      result.append((start, end, span.kind))
    }
    analysis.returnMemory()
  }

  /// Copies bytes `from..<to`, with each control character made one space.
  private func copyCleaning(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int, into output: inout [UInt8]) {
    var i = from
    while i < to {
      // Copy a run of ordinary bytes at once.
      var j = i
      while j < to {
        let c = b[j]
        if c < 0x20 || c == 0x7F || c == 0xC2 || c == 0xE2 { break }
        j += 1
      }
      if j > i {
        output.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<j]))
        i = j
        if i == to { break }
      }
      let c = b[i]
      if c < 0x20 || c == 0x7F {
        output.append(0x20)
        i += 1
      } else if c == 0xC2, i + 1 < to, b[i + 1] <= 0x9F {
        output.append(0x20)
        i += 2
      } else if c == 0xE2, i + 2 < to, isFormatControl(b[i + 1], b[i + 2]) {
        output.append(0x20)
        i += 3
      } else {
        output.append(c)
        i += 1
      }
    }
  }

  /// Whether E2 xx yy is a line or paragraph separator or a direction control.
  @inline(__always)
  private func isFormatControl(_ x: UInt8, _ y: UInt8) -> Bool {
    (x == 0x80 && (y == 0x8E || y == 0x8F || (0xA8...0xAE).contains(y))) || (x == 0x81 && (0xA6...0xA9).contains(y))
  }
}
