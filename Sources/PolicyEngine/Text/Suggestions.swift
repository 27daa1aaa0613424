/// The candidate closest to `word` by edit distance, when it is close enough to be a likely
/// typo of it, or the only candidate that begins with it; nil otherwise.
public func nearestWord(to word: String, in candidates: [String]) -> String? {
  let lowered = word.lowercased()
  if !lowered.isEmpty {
    let extending = candidates.filter { $0.lowercased().hasPrefix(lowered) }
    if extending.count == 1 { return extending[0] }
  }
  let scored = candidates.map { ($0, editDistance(lowered, $0.lowercased())) }
  guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
  return best.1 <= max(1, min(word.count, best.0.count) / 3) ? best.0 : nil
}

/// "did you mean 'x'?" for the candidate nearest to a mistyped word, or nil when none is
/// near enough; `quoting` writes the candidate as the message needs it.
public func didYouMean(
  _ word: String, among candidates: [String], quoting: (String) -> String = { "'\($0)'" }
) -> String? {
  nearestWord(to: word, in: candidates).map { "did you mean \(quoting($0))?" }
}

/// The number of single-character edits (insertions, deletions, substitutions, and swaps
/// of neighbours) that turn one string into the other.
public func editDistance(_ a: String, _ b: String) -> Int {
  let a = Array(a)
  let b = Array(b)
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  var beforePrevious = [Int](repeating: 0, count: b.count + 1)
  var previous = Array(0...b.count)
  var current = [Int](repeating: 0, count: b.count + 1)
  for i in 1...a.count {
    current[0] = i
    for j in 1...b.count {
      current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
        current[j] = min(current[j], beforePrevious[j - 2] + 1)
      }
    }
    (beforePrevious, previous, current) = (previous, current, beforePrevious)
  }
  return previous[b.count]
}
