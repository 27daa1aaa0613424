/// Tab completion of a whole line against a list of words, as pure functions.
///
/// The text completed is everything typed before the cursor, spaces included; matching
/// ignores case; the completed text takes the candidate's spelling.
public enum Completion {
  /// The words from `words` that start with `typed`, ignoring case, without duplicates,
  /// in their original order.
  public static func candidates(for typed: String, among words: [String]) -> [String] {
    var seen = Set<String>()
    return words.filter { word in
      !word.isEmpty && hasPrefixIgnoringCase(word, typed) && seen.insert(word).inserted
    }
  }

  /// The longest text, spelled as in the first candidate, that starts every candidate
  /// (ignoring case). Empty when there are no candidates.
  public static func commonPrefix(of candidates: [String]) -> String {
    guard var prefix = candidates.first.map(Array.init) else { return "" }
    for candidate in candidates.dropFirst() {
      var length = 0
      for (mine, theirs) in zip(prefix, candidate) {
        guard sameIgnoringCase(mine, theirs) else { break }
        length += 1
      }
      prefix.removeSubrange(length...)
    }
    return String(prefix)
  }

  /// What libedit needs from a completion: the text replacing what was typed, and the
  /// candidates to list on a second Tab. `nil` when nothing matches.
  public static func completion(
    for typed: String, among words: [String]
  ) -> (replacement: String, candidates: [String])? {
    let candidates = candidates(for: typed, among: words)
    guard !candidates.isEmpty else { return nil }
    return (commonPrefix(of: candidates), candidates)
  }

  private static func hasPrefixIgnoringCase(_ word: String, _ prefix: String) -> Bool {
    var wordCharacters = word.makeIterator()
    for wanted in prefix {
      guard let next = wordCharacters.next(), sameIgnoringCase(next, wanted) else { return false }
    }
    return true
  }

  private static func sameIgnoringCase(_ first: Character, _ second: Character) -> Bool {
    first == second || first.lowercased() == second.lowercased()
  }
}
