import Anonymiser

/// A note with the identifiers it holds marked, for measuring the scrubber.
///
/// Written as markup: `Spoke to {NAME|John Smith} on {PHONE|07700 900461}`.
/// Offsets are UTF-8 offsets into `text`.
struct AnnotatedNote: Sendable {
  struct Identifier: Sendable {
    var kind: IdentifierKind
    var range: Range<Int>
  }

  var text: String
  var identifiers: [Identifier]

  init(text: String, identifiers: [Identifier]) {
    self.text = text
    self.identifiers = identifiers
  }

  /// Reads a note written as markup; braces mark identifiers, as `{KIND|text}`.
  init(markup: String) {
    var text: [UInt8] = []
    var identifiers: [Identifier] = []
    var bytes = markup.utf8[...]
    while let byte = bytes.popFirst() {
      guard byte == UInt8(ascii: "{") else {
        text.append(byte)
        continue
      }
      let bar = bytes.firstIndex(of: UInt8(ascii: "|"))!
      let close = bytes.firstIndex(of: UInt8(ascii: "}"))!
      let kind = IdentifierKind(rawValue: String(decoding: bytes[..<bar], as: UTF8.self))!
      let start = text.count
      text.append(contentsOf: bytes[bytes.index(after: bar)..<close])
      identifiers.append(Identifier(kind: kind, range: start..<text.count))
      bytes = bytes[bytes.index(after: close)...]
    }
    self.init(text: String(decoding: text, as: UTF8.self), identifiers: identifiers)
  }
}

/// How well the scrubber did on a set of notes.
struct ScrubScore: Sendable {
  struct Tally: Sendable {
    var total = 0
    /// Identifiers none of whose letters or digits survive.
    var removed = 0
    /// Removed identifiers whose placeholder names the right kind.
    var typedRight = 0

    var recall: Double { total == 0 ? 1 : Double(removed) / Double(total) }
  }

  var byKind: [IdentifierKind: Tally] = [:]
  /// Words outside any identifier, and how many of them were redacted.
  var ordinaryWords = 0
  var ordinaryWordsLost = 0
  /// Words from the domain vocabulary, and how many of them were redacted.
  var domainWords = 0
  var domainWordsLost = 0
  /// Identifiers that survived, with the note they were in, for the report.
  var misses: [String] = []
  /// Ordinary words that were redacted, with their note, for the report.
  var overRedactions: [String] = []

  var overall: Tally {
    byKind.values.reduce(into: Tally()) {
      $0.total += $1.total
      $0.removed += $1.removed
      $0.typedRight += $1.typedRight
    }
  }

  var domainWordLoss: Double { domainWords == 0 ? 0 : Double(domainWordsLost) / Double(domainWords) }
  var ordinaryWordLoss: Double { ordinaryWords == 0 ? 0 : Double(ordinaryWordsLost) / Double(ordinaryWords) }

  /// Scores `scrubber` on `notes`; a word counts as a domain word when its
  /// lower-cased letters are in `domainVocabulary`.
  init(scrubber: Scrubber, notes: [AnnotatedNote], domainVocabulary: Set<String>) {
    for note in notes {
      let utf8 = Array(note.text.utf8)
      var redacted = [Bool](repeating: false, count: utf8.count)
      var kindAt = [IdentifierKind?](repeating: nil, count: utf8.count)
      for finding in scrubber.findings(in: note.text) {
        let lower = note.text.utf8.distance(from: note.text.startIndex, to: finding.range.lowerBound)
        let upper = note.text.utf8.distance(from: note.text.startIndex, to: finding.range.upperBound)
        for i in lower..<upper {
          redacted[i] = true
          kindAt[i] = finding.kind
        }
      }
      var insideIdentifier = [Bool](repeating: false, count: utf8.count)
      for identifier in note.identifiers {
        var tally = byKind[identifier.kind, default: Tally()]
        tally.total += 1
        let significant = identifier.range.filter { isLetterOrDigit(utf8[$0]) }
        if significant.allSatisfy({ redacted[$0] }) {
          tally.removed += 1
          if significant.allSatisfy({ kindAt[$0] == identifier.kind }) { tally.typedRight += 1 }
        } else {
          let text = String(decoding: utf8[identifier.range], as: UTF8.self)
          misses.append("\(identifier.kind.rawValue) \"\(text)\" in: \(note.text)")
        }
        byKind[identifier.kind] = tally
        for i in identifier.range { insideIdentifier[i] = true }
      }
      for word in words(in: utf8) where !word.contains(where: { insideIdentifier[$0] }) {
        let lost = word.contains { redacted[$0] }
        let lowered = String(decoding: word.map { lowercased(utf8[$0]) }, as: UTF8.self)
        ordinaryWords += 1
        if lost {
          ordinaryWordsLost += 1
          overRedactions.append("\"\(lowered)\" in: \(note.text)")
        }
        if domainVocabulary.contains(lowered) {
          domainWords += 1
          if lost { domainWordsLost += 1 }
        }
      }
    }
  }

  /// A table of the figures, one kind a line.
  func report(title: String) -> String {
    var lines = ["== \(title)"]
    func percent(_ value: Double) -> String {
      let tenths = Int((value * 1000).rounded())
      return "\(tenths / 10).\(tenths % 10)%"
    }
    for kind in IdentifierKind.allCases {
      guard let tally = byKind[kind] else { continue }
      let typed = tally.removed == 0 ? 0 : Double(tally.typedRight) / Double(tally.removed)
      lines.append(
        "  \(kind.rawValue.padding(14)) removed \(tally.removed)/\(tally.total) = \(percent(tally.recall))"
          + "  (placeholder of the right kind: \(percent(typed)))")
    }
    let all = overall
    lines.append("  \("ALL".padding(14)) removed \(all.removed)/\(all.total) = \(percent(all.recall))")
    lines.append("  ordinary words redacted: \(ordinaryWordsLost)/\(ordinaryWords) = \(percent(ordinaryWordLoss))")
    lines.append("  domain words redacted:   \(domainWordsLost)/\(domainWords) = \(percent(domainWordLoss))")
    return lines.joined(separator: "\n")
  }
}

private extension String {
  func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}

func isLetterOrDigit(_ byte: UInt8) -> Bool {
  (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0x80
}

func lowercased(_ byte: UInt8) -> UInt8 {
  byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
}

/// The byte offsets of each word (a run of letters) in `utf8`.
func words(in utf8: [UInt8]) -> [Range<Int>] {
  var result: [Range<Int>] = []
  var start: Int? = nil
  for (i, byte) in utf8.enumerated() {
    let isLetter = (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0x80
    if isLetter {
      if start == nil { start = i }
    } else if let s = start {
      result.append(s..<i)
      start = nil
    }
  }
  if let s = start { result.append(s..<utf8.count) }
  return result
}
