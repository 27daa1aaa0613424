import Anonymiser
import Dispatch
import Foundation

/// Scrubs lines in batches across the machine's cores, writing each batch's
/// lines in the order they came: the same bytes as scrubbing them one by one.
///
/// Lines are gathered until a batch holds about `batchBytes`; the batch is then
/// cut into runs of lines of about the same size, several for each lane, so that
/// a lane that finishes early (or was held up by another process) takes the next
/// run rather than waiting. Each run's output is kept apart and written in order.
/// Memory stays bounded by the batch.
final class ParallelLineScrubber {
  /// Bytes of input gathered before a batch is scrubbed.
  static let batchBytes = 1 << 20
  /// Runs of lines each lane takes in a batch, on average.
  static let runsPerLane = 8

  /// One scrubber, with its working memory, per lane.
  private let lanes: [Lane]
  /// The batch's runs of lines, each with its output.
  private var runs: [Run] = []
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
    cutIntoRuns()
    let batch = pending
    let runs = self.runs
    if lanes.count == 1 {
      for run in runs { run.scrub(batch, with: lanes[0].scrubber) }
    } else {
      // Each lane takes the next run nobody has taken, until none is left.
      let queue = RunQueue(count: runs.count)
      let lanes = self.lanes
      DispatchQueue.concurrentPerform(iterations: lanes.count) { lane in
        while let i = queue.next() { runs[i].scrub(batch, with: lanes[lane].scrubber) }
      }
    }
    for run in runs where !run.output.isEmpty { write(run.output) }
    pending.removeAll(keepingCapacity: true)
    lineEnds.removeAll(keepingCapacity: true)
  }

  /// Cuts the batch's lines into runs of about the same number of bytes.
  private func cutIntoRuns() {
    let wanted = lanes.count == 1 ? 1 : min(lineEnds.count, lanes.count * Self.runsPerLane)
    while runs.count < wanted { runs.append(Run()) }
    if runs.count > wanted { runs.removeLast(runs.count - wanted) }
    let share = max(1, pending.count / wanted)
    var start = 0
    var line = 0
    for (index, run) in runs.enumerated() {
      run.lines.removeAll(keepingCapacity: true)
      let isLast = index == runs.count - 1
      var end = start
      while line < lineEnds.count, end - start < share || isLast {
        run.lines.append(end..<lineEnds[line])
        end = lineEnds[line]
        line += 1
      }
      start = end
    }
  }

  /// One lane's scrubber and its working memory.
  ///
  /// `@unchecked Sendable` because a lane is used by one thread at a time: the
  /// iteration of `concurrentPerform` it belongs to.
  private final class Lane: @unchecked Sendable {
    let scrubber = LineScrubber()
  }

  /// A run of a batch's lines and their output.
  ///
  /// `@unchecked Sendable` because a run is touched by one thread at a time: the
  /// lane's that took it from the queue, then the caller's after `concurrentPerform` returns.
  private final class Run: @unchecked Sendable {
    var lines: [Range<Int>] = []
    var output: [UInt8] = []

    /// Scrubs this run's lines of `batch`, the batch's bytes, shared read-only by the lanes.
    func scrub(_ batch: [UInt8], with scrubber: LineScrubber) {
      output.removeAll(keepingCapacity: true)
      for range in lines {
        scrubber.scrub(batch[range], appendingTo: &output)
        output.append(UInt8(ascii: "\n"))
      }
    }
  }

  /// The runs of a batch not yet taken, handed out in order under a lock.
  ///
  /// `@unchecked Sendable` because every access to `taken` holds `lock`.
  private final class RunQueue: @unchecked Sendable {
    private let lock = NSLock()
    private let count: Int
    private var taken = 0

    init(count: Int) { self.count = count }

    /// The index of the next run nobody has taken, or nil when all have been.
    func next() -> Int? {
      lock.lock()
      defer { lock.unlock() }
      guard taken < count else { return nil }
      taken += 1
      return taken - 1
    }
  }
}
