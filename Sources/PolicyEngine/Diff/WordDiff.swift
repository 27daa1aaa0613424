/// Two texts compared word by word, the changes marked as `git diff --word-diff` marks
/// them (`[-removed-]{+added+}`), with a few words of context around each change and the
/// rest left out as `...`.
func wordDiff(_ old: String, _ new: String, context: Int = 4) -> String {
  let before = old.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
  let after = new.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
  // The longest common subsequence of words, by dynamic programming from the ends.
  var common = [[Int]](repeating: [Int](repeating: 0, count: after.count + 1), count: before.count + 1)
  for i in stride(from: before.count - 1, through: 0, by: -1) {
    for j in stride(from: after.count - 1, through: 0, by: -1) {
      common[i][j] = before[i] == after[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
    }
  }
  enum Piece {
    case same(String)
    case removed([String])
    case added([String])
  }
  var pieces: [Piece] = []
  var removed: [String] = []
  var added: [String] = []
  func flush() {
    if !removed.isEmpty { pieces.append(.removed(removed)) }
    if !added.isEmpty { pieces.append(.added(added)) }
    removed = []
    added = []
  }
  var (i, j) = (0, 0)
  while i < before.count || j < after.count {
    if i < before.count, j < after.count, before[i] == after[j] {
      flush()
      pieces.append(.same(before[i]))
      i += 1
      j += 1
    } else if j >= after.count || (i < before.count && common[i + 1][j] >= common[i][j + 1]) {
      removed.append(before[i])
      i += 1
    } else {
      added.append(after[j])
      j += 1
    }
  }
  flush()

  // Keep the words within `context` of a change; mark the gaps.
  let changed = pieces.indices.filter { if case .same = pieces[$0] { return false } else { return true } }
  var words: [String] = []
  var skipping = false
  for (index, piece) in pieces.enumerated() {
    switch piece {
    case .same(let word):
      if changed.contains(where: { abs($0 - index) <= context }) {
        words.append(word)
        skipping = false
      } else if !skipping {
        words.append("...")
        skipping = true
      }
    case .removed(let run): words.append("[-\(run.joined(separator: " "))-]")
    case .added(let run):
      let marked = "{+\(run.joined(separator: " "))+}"
      if index > 0, case .removed = pieces[index - 1] { words[words.count - 1] += marked } else { words.append(marked) }
    }
  }
  return words.joined(separator: " ")
}
