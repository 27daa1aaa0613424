@preconcurrency import Glibc
import Synchronization
@testable import LineEditing

/// A pipe for one test; both ends close-on-exec, closed when it goes away.
final class TestPipe: Sendable {
  /// The end to read from.
  let readEnd: Int32
  private let writeEndState: Mutex<Int32>

  init() {
    var ends: [Int32] = [-1, -1]
    precondition(pipe(&ends) == 0, "pipe failed")
    for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    readEnd = ends[0]
    writeEndState = Mutex(ends[1])
  }

  deinit {
    close(readEnd)
    closeWriteEnd()
  }

  /// The end to write to, or -1 once closed.
  var writeEnd: Int32 { writeEndState.withLock { $0 } }

  /// Closes the write end: the reader sees end of input once the pipe is empty.
  func closeWriteEnd() {
    writeEndState.withLock { end in
      if end >= 0 { close(end) }
      end = -1
    }
  }

  /// Writes `bytes` and then closes the write end, from a thread of its own, so that any
  /// amount fits through the pipe while the test reads.
  @discardableResult
  func feed(_ bytes: [UInt8]) -> BackgroundThread<Bool> {
    BackgroundThread { [self] in
      let written = bytes.withUnsafeBytes { Platform.writeAll(writeEnd, $0) }
      closeWriteEnd()
      return written
    }
  }

  /// Everything waiting in the pipe now, without blocking.
  func availableBytes() -> [UInt8] {
    _ = fcntl(readEnd, F_SETFL, fcntl(readEnd, F_GETFL) | O_NONBLOCK)
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
      guard count > 0 else { return bytes }
      bytes += chunk[..<count]
    }
  }
}

/// Signal flags a test sets by hand, in place of the process-wide ones.
final class ManualSignals: Sendable {
  private let termination = Mutex<Termination?>(nil)
  private let interrupt = Mutex(false)
  private let wake = TestPipe()

  init() {
    _ = fcntl(wake.readEnd, F_SETFL, fcntl(wake.readEnd, F_GETFL) | O_NONBLOCK)
  }

  /// What readers consult: these flags, and a pipe that wakes a waiting reader.
  var source: SignalSource {
    SignalSource(
      pendingTermination: { [self] in termination.withLock { $0 } },
      takeInterrupt: { [self] in interrupt.withLock { pressed in defer { pressed = false }; return pressed } },
      wakeDescriptor: { [self] in wake.readEnd }
    )
  }

  /// Acts as if `SIGHUP` or `SIGTERM` arrived.
  func terminate(_ reason: Termination) {
    termination.withLock { $0 = reason }
    wakeReader()
  }

  /// Acts as if Ctrl-C was pressed.
  func pressCtrlC() {
    interrupt.withLock { $0 = true }
    wakeReader()
  }

  private func wakeReader() {
    var byte: UInt8 = 0
    _ = write(wake.writeEnd, &byte, 1)
  }
}

/// Signal flags that never fire.
let quietSignals = SignalSource(pendingTermination: { nil }, takeInterrupt: { false }, wakeDescriptor: { -1 })

