/// What a line typed at a question stands for.
public enum AnswerMatch: Sendable, Equatable {
  /// Exactly one answer.
  case answer(Answer)
  /// Several answers begin with what was typed.
  case ambiguous([Answer])
  /// No answer.
  case none
}

extension Question {
  /// The fewest characters of a beginning taken as an answer: on a live call, a slip of
  /// one or two letters must not answer a question; it is asked about instead.
  public static let shortestBeginning = 3

  /// The answer that typed text stands for: its number (from 1), its id, its label or an
  /// alias in any case, or an unambiguous beginning of one of those at least
  /// ``shortestBeginning`` characters long (a shorter one is `.ambiguous`, with the
  /// answers it begins).
  public func match(_ input: String) -> AnswerMatch {
    let typed = normalizedForMatching(input)
    guard !typed.isEmpty else { return .none }
    if typed.allSatisfy(\.isASCII), typed.allSatisfy(\.isNumber) {
      guard typed.count <= 4, let number = Int(typed), answers.indices.contains(number - 1) else { return .none }
      return .answer(answers[number - 1])
    }
    if let exact = answer(named: typed) { return .answer(exact) }
    let candidates = answers.filter { answer in answer.words.contains { normalizedForMatching($0).hasPrefix(typed) } }
    switch candidates.count {
    case 0: return .none
    case 1 where typed.count >= Self.shortestBeginning: return .answer(candidates[0])
    default: return .ambiguous(candidates)
    }
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
  var words: [String] { [id, label] + aliases }
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
