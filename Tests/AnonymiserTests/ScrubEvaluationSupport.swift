import Anonymiser

/// How well the scrubber did on a set of notes.
///
/// An identifier counts as removed when none of its letters or digits (in any
/// script: Arabic-Indic and full-width digits are digits) is left outside the
/// scrubber's findings. A date some sets mark with its article ("the 8th of
/// August") counts without the "the", which is no part of the date.
struct ScrubScore: Sendable {
  struct Tally: Sendable {
    var total = 0
    /// Identifiers none of whose letters or digits survive.
    var removed = 0
    /// Removed identifiers whose placeholder names the right kind.
    var typedRight = 0

    var recall: Double { total == 0 ? 1 : Double(removed) / Double(total) }
  }

  /// A count of things, and how many of them were lost to redaction.
  struct Loss: Sendable {
    var total = 0
    var lost = 0

    var rate: Double { total == 0 ? 0 : Double(lost) / Double(total) }
  }

  var byKind: [IdentifierKind: Tally] = [:]
  /// Identifiers of every kind, by the category of their note.
  var byCategory: [String: Tally] = [:]
  /// Names, by the community their tag gives.
  var byCommunity: [String: Tally] = [:]
  /// Domain terms marked `{KEEP|...}`, lost when any letter or digit of them is redacted.
  var keeps = Loss()
  /// KEEP spans by category.
  var keepsByCategory: [String: Loss] = [:]
  /// Words outside any identifier, and how many of them were redacted.
  var ordinaryWords = 0
  var ordinaryWordsLost = 0
  /// Words from the domain vocabulary, and how many of them were redacted.
  var domainWords = 0
  var domainWordsLost = 0
  /// Identifiers that survived, with the note they were in, for the report.
  var misses: [String] = []
  /// KEEP spans that were redacted, with their note, for the report.
  var lostKeeps: [String] = []
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
      let significant = significantOffsets(note.text)
      let place = note.source.map { "\($0): " } ?? ""
      var insideIdentifier = [Bool](repeating: false, count: utf8.count)
      for identifier in note.identifiers {
        let offsets = significant.filter { identifierLetters(identifier, in: utf8).contains($0) }
        let removed = offsets.allSatisfy { redacted[$0] }
        let typedRight = removed && offsets.allSatisfy { kindAt[$0] == identifier.kind }
        func count(_ tally: inout Tally) {
          tally.total += 1
          if removed { tally.removed += 1 }
          if typedRight { tally.typedRight += 1 }
        }
        count(&byKind[identifier.kind, default: Tally()])
        if let category = note.category { count(&byCategory[category, default: Tally()]) }
        if let community = identifier.community { count(&byCommunity[community, default: Tally()]) }
        if !removed {
          let text = String(decoding: utf8[identifier.range], as: UTF8.self)
          misses.append("\(place)\(identifier.kind.rawValue) \"\(text)\" in: \(note.text)")
        }
        for i in identifier.range { insideIdentifier[i] = true }
      }
      for keep in note.keeps {
        let lost = significant.contains { keep.contains($0) && redacted[$0] }
        keeps.total += 1
        if lost { keeps.lost += 1 }
        if let category = note.category {
          keepsByCategory[category, default: Loss()].total += 1
          if lost { keepsByCategory[category, default: Loss()].lost += 1 }
        }
        if lost { lostKeeps.append("\(place)\"\(String(decoding: utf8[keep], as: UTF8.self))\" in: \(note.text)") }
      }
      for word in words(in: utf8) where !word.contains(where: { insideIdentifier[$0] }) {
        let lost = word.contains { redacted[$0] }
        let lowered = String(decoding: word.map { lowercased(utf8[$0]) }, as: UTF8.self)
        ordinaryWords += 1
        if lost {
          ordinaryWordsLost += 1
          overRedactions.append("\(place)\"\(lowered)\" in: \(note.text)")
        }
        if domainVocabulary.contains(lowered) {
          domainWords += 1
          if lost { domainWordsLost += 1 }
        }
      }
    }
  }

  /// The figures as a table: a heading line starting "== ", then lines
  /// indented by two spaces.
  func report(title: String) -> String {
    var lines = ["== \(title)"]
    func row(_ label: String, _ tally: Tally, typed: Bool = false) -> String {
      var line = "  \(label.padding(38)) removed \(tally.removed)/\(tally.total) = \(percent(tally.recall))"
      if typed {
        let rate = tally.removed == 0 ? 0 : Double(tally.typedRight) / Double(tally.removed)
        line += "  (placeholder of the right kind: \(percent(rate)))"
      }
      return line
    }
    func row(_ label: String, _ loss: Loss) -> String {
      "  \(label.padding(38)) redacted \(loss.lost)/\(loss.total) = \(percent(loss.rate))"
    }
    for kind in IdentifierKind.allCases {
      guard let tally = byKind[kind] else { continue }
      lines.append(row(kind.rawValue, tally, typed: true))
    }
    if overall.total > 0 {
      lines.append(row("ALL", overall))
      lines.append(row("names, all", byKind[.name] ?? Tally()))
    }
    for (category, tally) in byCategory.sorted(by: { $0.key < $1.key }) {
      lines.append(row("category \(category)", tally))
    }
    for (community, tally) in byCommunity.sorted(by: { $0.key < $1.key }) {
      lines.append(row("community \(community)", tally))
    }
    if keeps.total > 0 {
      lines.append(row("KEEP spans", keeps))
      for (category, loss) in keepsByCategory.sorted(by: { $0.key < $1.key }) {
        lines.append(row("KEEP spans in \(category)", loss))
      }
    }
    lines.append(row("domain words", Loss(total: domainWords, lost: domainWordsLost)))
    lines.append(row("ordinary words", Loss(total: ordinaryWords, lost: ordinaryWordsLost)))
    return lines.joined(separator: "\n")
  }
}

/// A rate as a percentage with one decimal: "99.5%".
func percent(_ value: Double) -> String {
  let tenths = Int((value * 1000).rounded())
  return "\(tenths / 10).\(tenths % 10)%"
}

/// The UTF-8 offsets of the letters and digits of `text`, in any script.
func significantOffsets(_ text: String) -> [Int] {
  var offsets: [Int] = []
  var offset = 0
  for scalar in text.unicodeScalars {
    if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { offsets.append(offset) }
    offset += UTF8.width(scalar)
  }
  return offsets
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

/// The bytes of an identifier whose letters and digits must all be redacted: its
/// whole span, less the article "the " that opens a date in some sets' markup.
func identifierLetters(_ identifier: AnnotatedNote.Identifier, in utf8: [UInt8]) -> Range<Int> {
  let range = identifier.range
  guard identifier.kind == .date, range.count > 4,
    String(decoding: utf8[range.lowerBound..<range.lowerBound + 4], as: UTF8.self).lowercased() == "the "
  else { return range }
  return (range.lowerBound + 4)..<range.upperBound
}
