import Anonymiser
import Dispatch
import Foundation

/// Scrubs lines in batches across the machine's cores, writing each batch's
/// lines in the order they came: the same bytes as scrubbing them one by one.
///
/// Lines are gathered until a batch holds about `batchBytes`; the batch is then
/// cut into one run of lines per lane, the lanes scrub at once, and their
/// output is handed back lane by lane. Memory stays bounded by the batch.
final class ParallelLineScrubber {
  /// Bytes of input gathered before a batch is scrubbed.
  static let batchBytes = 1 << 20

  private let lanes: [Lane]
  /// The batch's lines, back to back, and where each ends in `pending`.
  private var pending: [UInt8] = []
  private var lineEnds: [Int] = []

  /// A scrubber that uses `laneCount` lanes (at least one).
  init(laneCount: Int = ParallelLineScrubber.usefulLaneCount) {
    lanes = (0..<max(1, laneCount)).map { _ in Lane() }
    pending.reserveCapacity(Self.batchBytes + (1 << 16))
  }

  /// The cores there are, up to four: past that, writing the output is the limit.
  static var usefulLaneCount: Int { min(4, max(1, ProcessInfo.processInfo.activeProcessorCount)) }

  /// Adds a line (without its newline) to the batch; scrubs the batch into
  /// `write` when it is full.
  func add(_ line: ArraySlice<UInt8>, write: ([UInt8]) -> Void) {
    pending.append(contentsOf: line)
    lineEnds.append(pending.count)
    if pending.count >= Self.batchBytes { flush(write: write) }
  }

  /// Scrubs the lines gathered so far, and hands their output to `write` in order.
  func flush(write: ([UInt8]) -> Void) {
    guard !lineEnds.isEmpty else { return }
    // One run of lines per lane, of about the same number of bytes.
    let share = max(1, pending.count / lanes.count)
    var start = 0
    var line = 0
    for lane in lanes {
      lane.lines.removeAll(keepingCapacity: true)
      var end = start
      while line < lineEnds.count, end - start < share || lane === lanes.last {
        lane.lines.append(end..<lineEnds[line])
        end = lineEnds[line]
        line += 1
      }
      start = end
    }
    let batch = pending
    if lanes.count == 1 {
      lanes[0].scrub(batch)
    } else {
      let lanes = self.lanes
      DispatchQueue.concurrentPerform(iterations: lanes.count) { lanes[$0].scrub(batch) }
    }
    for lane in lanes where !lane.output.isEmpty { write(lane.output) }
    pending.removeAll(keepingCapacity: true)
    lineEnds.removeAll(keepingCapacity: true)
  }

  /// One lane: its own scrubber and working memory, its run of lines, and their output.
  ///
  /// `@unchecked Sendable` because a lane is touched by one thread at a time: the
  /// lane's own while it scrubs, then the caller's after `concurrentPerform` returns.
  private final class Lane: @unchecked Sendable {
    let scrubber = LineScrubber()
    var lines: [Range<Int>] = []
    var output: [UInt8] = []

    /// Scrubs this lane's lines of `batch`, the batch's bytes, shared read-only by the lanes.
    func scrub(_ batch: [UInt8]) {
      output.removeAll(keepingCapacity: true)
      for range in lines {
        scrubber.scrub(batch[range], appendingTo: &output)
        output.append(UInt8(ascii: "\n"))
      }
    }
  }
}
