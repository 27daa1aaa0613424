/// What a line typed at a question stands for.
public enum AnswerMatch: Sendable, Equatable {
  /// Exactly one answer.
  case answer(Answer)
  /// Several answers begin with what was typed.
  case ambiguous([Answer])
  /// Only the first letter or two of an answer's words, too little to be sure of on a
  /// live call: these answers begin with it.
  case tooShort([Answer])
  /// No answer; `nearest` is the answer whose words are closest to what was typed, when
  /// one is close enough to be a likely typo.
  case none(nearest: Answer?)
}

extension Question {
  /// The answer that typed text stands for: its number (from 1), its id, its label, an
  /// alias or an unclear term in any case, or an unambiguous beginning of three or more
  /// characters of one of those.
  public func match(_ input: String) -> AnswerMatch {
    let typed = normalizedForMatching(input)
    guard !typed.isEmpty else { return .none(nearest: nil) }
    if typed.allSatisfy(\.isASCII), typed.allSatisfy(\.isNumber) {
      guard typed.count <= 4, let number = Int(typed), answers.indices.contains(number - 1) else { return .none(nearest: nil) }
      return .answer(answers[number - 1])
    }
    if let exact = answer(named: typed) { return .answer(exact) }
    let candidates = answers.filter { answer in answer.words.contains { normalizedForMatching($0).hasPrefix(typed) } }
    if typed.count < Self.shortestBeginning, !candidates.isEmpty { return .tooShort(candidates) }
    switch candidates.count {
    case 0: return .none(nearest: nearestAnswer(to: typed))
    case 1: return .answer(candidates[0])
    default: return .ambiguous(candidates)
    }
  }

  /// The fewest characters of an answer's words taken as that answer, unless they are a
  /// whole alias (such as `y` or `dk`).
  public static let shortestBeginning = 3

  /// The answer with a word closest to `typed` by edit distance, when it is close enough to
  /// be a likely typo (about one edit in three letters); nil otherwise.
  func nearestAnswer(to typed: String) -> Answer? {
    guard typed.count >= Self.shortestBeginning else { return nil }
    var best: (answer: Answer, distance: Int)?
    for answer in answers {
      for word in answer.words {
        let word = normalizedForMatching(word)
        // Compare with the word's beginning of the same length too, so a typo in the start
        // of a long label still finds it.
        let distance = min(editDistance(typed, word), editDistance(typed, String(word.prefix(typed.count))) + 1)
        if best == nil || distance < best!.distance { best = (answer, distance) }
      }
    }
    guard let best, best.distance <= max(1, typed.count / 3) else { return nil }
    return best.answer
  }

  /// The unclear term that typed text names, if it names one: the answer it stands for
  /// needs its reason shown.
  public func unclearTerm(_ input: String) -> UnclearTerm? {
    let typed = normalizedForMatching(input)
    guard typed.count >= Self.shortestBeginning else { return nil }
    for answer in answers {
      if let term = answer.unclearTerms.first(where: { normalizedForMatching($0.term).hasPrefix(typed) }) { return term }
    }
    return nil
  }

  /// The answer whose id, label or alias is exactly `word`, ignoring case, spacing,
  /// hyphens and the style of quotes; nil if none is.
  public func answer(named word: String) -> Answer? {
    let typed = normalizedForMatching(word)
    return answers.first { answer in answer.words.contains { normalizedForMatching($0) == typed } }
  }
}

extension Answer {
  /// Everything staff may type for this answer in full.
  var words: [String] { [id, label] + aliases + unclearTerms.map(\.term) }
}

/// Text reduced to what matters when matching typed answers: lower case, straight
/// quotes, hyphens and underscores read as spaces, single spaces, no trailing full
/// stop or exclamation mark.
public func normalizedForMatching(_ text: String) -> String {
  if text.utf8.allSatisfy({ $0 < 0x80 }) { return normalizedASCII(text) }
  var result = ""
  var pendingSpace = false
  for character in text.lowercased() {
    switch character {
    case "\u{2018}", "\u{2019}", "\u{02BC}", "`":
      if pendingSpace, !result.isEmpty { result.append(" ") }
      pendingSpace = false
      result.append("'")
    case "\u{201C}", "\u{201D}":
      if pendingSpace, !result.isEmpty { result.append(" ") }
      pendingSpace = false
      result.append("\"")
    case "-", "_":
      pendingSpace = true
    default:
      if character.isWhitespace || character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) {
        pendingSpace = true
      } else {
        if pendingSpace, !result.isEmpty { result.append(" ") }
        pendingSpace = false
        result.append(character)
      }
    }
  }
  while let last = result.last, last == "." || last == "!" || last == "," { result.removeLast() }
  return result
}

/// `normalizedForMatching` for ASCII text, byte by byte.
private func normalizedASCII(_ text: String) -> String {
  var bytes: [UInt8] = []
  bytes.reserveCapacity(text.utf8.count)
  var pendingSpace = false
  for byte in text.utf8 {
    switch byte {
    case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: " "), 0x09...0x0D, 0x00...0x08, 0x0E...0x1F, 0x7F:
      pendingSpace = true
    default:
      if pendingSpace, !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
      pendingSpace = false
      bytes.append(byte == UInt8(ascii: "`") ? UInt8(ascii: "'") : (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte)
    }
  }
  while let last = bytes.last, last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: ",") { bytes.removeLast() }
  return String(decoding: bytes, as: UTF8.self)
}
