import Anonymiser

/// A note with the identifiers it holds marked, for measuring the scrubber.
///
/// Written as markup: `Spoke to {NAME|John Smith} on {PHONE|07700 900461}`.
/// Offsets are UTF-8 offsets into `text`.
struct AnnotatedNote: Sendable {
  /// One marked identifier.
  struct Identifier: Sendable {
    var kind: IdentifierKind
    var range: Range<Int>
    /// For a name, the community its tag gives (`{NAME@irish|...}`), if any.
    var community: String? = nil
  }

  var text: String
  var identifiers: [Identifier]
  /// Domain terms marked `{KEEP|...}`: the scrubber must leave every letter of them.
  var keeps: [Range<Int>] = []
  /// The category of the notes file it came from (`## category:`), if any.
  var category: String? = nil
  /// Where it came from, as `file:line`, for reports.
  var source: String? = nil

  init(text: String, identifiers: [Identifier], keeps: [Range<Int>] = []) {
    self.text = text
    self.identifiers = identifiers
    self.keeps = keeps
  }

  /// Reads a note written as markup by this package's generator or by hand in
  /// its tests; it must be well formed.
  init(markup: String) {
    do {
      self = try NoteMarkup.parse(markup[...], escapes: false)
    } catch {
      preconditionFailure("malformed note markup at column \(error.column): \(error.message): \(markup)")
    }
  }
}

/// What is wrong with a note's markup, and at which column (in characters, from 1).
struct MarkupError: Error, Equatable {
  var column: Int
  var message: String
}

/// The markup of annotated notes: `{KIND|text}`, `{NAME@community|text}`,
/// `{KEEP|text}`, and, in the held-out format, `\u{XXXX}` and `\\` escapes.
///
/// See `HeldOut/README.md` for the format.
enum NoteMarkup {
  /// The community tags a name may carry.
  static let communities: Set<String> = [
    "english", "scottish", "irish", "welsh", "west-african", "east-african", "chinese", "vietnamese", "korean",
    "arabic", "turkish", "persian", "south-asian", "eastern-european", "portuguese", "french", "italian", "spanish",
    "greek", "caribbean",
    // Tags the sealed set adds.
    "japanese", "kurdish", "jewish",
  ]

  /// Reads one note. With `escapes`, `\u{XXXX}` stands for the scalar XXXX and
  /// `\\` for a backslash; any other backslash is an error.
  static func parse(_ line: Substring, escapes: Bool) throws(MarkupError) -> AnnotatedNote {
    var text: [UInt8] = []
    var identifiers: [AnnotatedNote.Identifier] = []
    var keeps: [Range<Int>] = []
    // The open span: where its label started, and its text's start in `text`.
    var open: (kind: IdentifierKind?, community: String?, column: Int, start: Int)? = nil
    var scalars = Array(line.unicodeScalars)
    var k = 0
    func append(_ scalar: Unicode.Scalar) { text.append(contentsOf: String(scalar).utf8) }

    while k < scalars.count {
      let scalar = scalars[k]
      let column = k + 1
      switch scalar {
      case "{":
        if open != nil { throw MarkupError(column: column, message: "a mark opens inside another mark") }
        guard let bar = scalars[k...].firstIndex(of: "|") else {
          throw MarkupError(column: column, message: "a mark has no \"|\" after its kind")
        }
        let label = String(String.UnicodeScalarView(scalars[(k + 1)..<bar]))
        let (kind, community) = try Self.label(label, column: column)
        open = (kind, community, column, text.count)
        k = bar + 1
        continue
      case "}":
        guard let span = open else { throw MarkupError(column: column, message: "a \"}\" closes no mark") }
        if span.start == text.count { throw MarkupError(column: span.column, message: "a mark holds no text") }
        if let kind = span.kind {
          identifiers.append(.init(kind: kind, range: span.start..<text.count, community: span.community))
        } else {
          keeps.append(span.start..<text.count)
        }
        open = nil
      case "|":
        throw MarkupError(column: column, message: "a \"|\" stands outside a mark's label")
      case "\\" where escapes:
        if k + 1 < scalars.count, scalars[k + 1] == "\\" {
          append("\\")
          k += 2
          continue
        }
        guard k + 3 < scalars.count, scalars[k + 1] == "u", scalars[k + 2] == "{",
          let close = scalars[(k + 3)...].prefix(7).firstIndex(of: "}")
        else {
          throw MarkupError(column: column, message: "a backslash starts neither \\u{XXXX} nor \\\\")
        }
        let hex = String(String.UnicodeScalarView(scalars[(k + 3)..<close]))
        guard (1...6).contains(hex.count), let value = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(value) else {
          throw MarkupError(column: column, message: "\\u{\(hex)} is not a Unicode scalar")
        }
        append(decoded)
        k = close + 1
        continue
      default:
        append(scalar)
      }
      k += 1
    }
    scalars.removeAll()
    if let span = open { throw MarkupError(column: span.column, message: "a mark is not closed") }
    return AnnotatedNote(text: String(decoding: text, as: UTF8.self), identifiers: identifiers, keeps: keeps)
  }

  /// The kind (nil for KEEP) and community of a mark's label.
  private static func label(_ label: String, column: Int) throws(MarkupError) -> (IdentifierKind?, String?) {
    let parts = label.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
    if parts[0] == "KEEP", parts.count == 1 { return (nil, nil) }
    guard let kind = IdentifierKind(rawValue: parts[0]) else {
      throw MarkupError(column: column, message: "\"\(parts[0])\" is not a kind of identifier or KEEP")
    }
    guard parts.count == 2 else { return (kind, nil) }
    guard kind == .name else { throw MarkupError(column: column, message: "only a NAME carries a community tag") }
    guard communities.contains(parts[1]) else {
      throw MarkupError(column: column, message: "\"\(parts[1])\" is not a community tag")
    }
    return (kind, parts[1])
  }
}
