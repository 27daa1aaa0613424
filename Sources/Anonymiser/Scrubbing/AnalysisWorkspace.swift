/// Working memory that one line's analysis hands on to the next.
///
/// Analysing a line takes a dozen arrays: its tokens, which of them are
/// claimed or protected, the names marked, the digit groups of a number...
/// Allocating and freeing each of them for every line costs about as much as
/// a recogniser does. An analysis borrows these arrays from a workspace
/// (swapping an empty array in their place), empties them keeping their
/// memory, and gives them back when it is done, so a long run of lines
/// allocates almost nothing once the first few lines are through.
///
/// A workspace serves one analysis at a time; it is not `Sendable`.
final class AnalysisWorkspace {
  var tokens: [NoteToken] = []
  var claimed: [Bool] = []
  var protected: [Bool] = []
  var institutional: [Bool] = []
  var spans: [IdentifierSpan] = []
  /// For `findNames`.
  var nameEvidence: [NoteAnalysis.NameEvidence] = []
  var marked: [Bool] = []
  var worklist: [Int] = []
  /// For `propagate`: the key hashes of the names found.
  var nameHashes: [UInt64] = []
  /// For `findNumberChains` and `segment`.
  var numberGroups: [NoteAnalysis.Group] = []
  var bestReadings: [NoteAnalysis.Choice] = []
  var pendingGroups: [Int] = []
  /// The identifiers of the line, as byte ranges, for `Scrubber`.
  var identifiers: [(start: Int, end: Int, kind: IdentifierKind)] = []
}

extension Array {
  /// Makes the array `count` copies of `value`, reusing its memory when it
  /// has room enough.
  mutating func reset(to value: Element, count: Int) {
    if self.count > count { removeLast(self.count - count) }
    // Overwrite the elements there are in one go (appending them one by one
    // checks the buffer's uniqueness and room each time), then add any missing.
    withUnsafeMutableBufferPointer { $0.update(repeating: value) }
    if self.count < count { append(contentsOf: repeatElement(value, count: count - self.count)) }
  }
}

/// A scrubber for a stream of lines, such as a filter reads: it scrubs each
/// line as `Scrubber` does, byte for byte, but keeps its working memory from
/// one line to the next instead of allocating it afresh.
///
/// ```swift
/// let scrubber = LineScrubber()
/// var output: [UInt8] = []
/// for line in lines { scrubber.scrub(line, appendingTo: &output) }
/// ```
///
/// It is not `Sendable`: give each thread its own.
public final class LineScrubber {
  private let scrubber: Scrubber
  private let workspace = AnalysisWorkspace()

  /// A line scrubber that scrubs as `scrubber` does.
  public init(_ scrubber: Scrubber = Scrubber()) {
    self.scrubber = scrubber
  }

  /// Appends the line scrubbed, as UTF-8, to `output`: the same bytes as
  /// `Scrubber.scrub(_:appendingTo:)` appends for `String(decoding: line, as: UTF8.self)`.
  public func scrub(_ line: ArraySlice<UInt8>, appendingTo output: inout [UInt8]) {
    let isASCII = line.withUnsafeBufferPointer { FoldedLine.firstNonASCII($0) == nil }
    guard isASCII else {
      // Decoding mends any byte sequence that is not UTF-8, as the `String` would.
      scrubber.scrub(String(decoding: line, as: UTF8.self), appendingTo: &output, workspace: workspace)
      return
    }
    line.withUnsafeBufferPointer { scrubber.write($0, into: &output, workspace: workspace) }
  }

  /// Appends the line scrubbed, as UTF-8, to `output`, as `Scrubber.scrub(_:appendingTo:)` does.
  public func scrub(_ line: String, appendingTo output: inout [UInt8]) {
    scrubber.scrub(line, appendingTo: &output, workspace: workspace)
  }
}
