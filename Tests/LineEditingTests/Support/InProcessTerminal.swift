@preconcurrency import Glibc
import Synchronization
import Testing

/// A pseudo-terminal inside the test process, for running libedit against: the slave
/// side is libedit's input and output, the master side is the test's keyboard and screen.
///
/// There is one for the whole run and it is never closed: libedit keeps the descriptors
/// of the last editor until the next one is set up, and must never touch a reused number.
/// The test process is not in the terminal's session, so Ctrl-C here sends no signal.
final class InProcessTerminal: Sendable {
  /// The terminal every libedit test uses.
  static let shared = InProcessTerminal()

  /// What libedit reads from (the slave side).
  nonisolated(unsafe) let input: UnsafeMutablePointer<FILE>
  /// What libedit writes to (the slave side).
  nonisolated(unsafe) let output: UnsafeMutablePointer<FILE>
  private let master: Int32
  private let slave: Int32
  private let shown = Mutex<[UInt8]>([])

  private init() {
    var master: Int32 = -1
    var slave: Int32 = -1
    var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
    precondition(openpty(&master, &slave, nil, nil, &size) == 0, "openpty failed")
    for descriptor in [master, slave] { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
    _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    self.master = master
    self.slave = slave
    input = fdopen(slave, "r")
    let outputDescriptor = dup(slave)
    _ = fcntl(outputDescriptor, F_SETFD, FD_CLOEXEC)
    output = fdopen(outputDescriptor, "w")
  }

  /// Throws away pending input and everything shown so far.
  func reset() {
    tcflush(slave, TCIOFLUSH)
    collectOutput()
    shown.withLock { $0.removeAll() }
  }

  /// Everything shown since the last ``reset()``, as text.
  var shownText: String {
    collectOutput()
    return shown.withLock { String(decoding: $0, as: UTF8.self) }
  }

  /// Types `text`, however long: waits while the terminal's input queue is full, and
  /// keeps reading what is shown meanwhile so that libedit's echo never blocks it.
  func type(_ text: String) async throws {
    let bytes = Array(text.utf8)
    var offset = 0
    let deadline = ContinuousClock.now.advanced(by: .seconds(30))
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
      if written > 0 {
        offset += written
      } else {
        collectOutput()
        try #require(ContinuousClock.now < deadline, "libedit stopped reading input")
        try await Task.sleep(for: .milliseconds(1))
      }
    }
  }

  /// Waits until what was shown since the last ``reset()`` contains `text`.
  func waitForOutput(containing text: String, timeout: Duration = .seconds(10)) async throws {
    let deadline = ContinuousClock.now.advanced(by: timeout)
    while !shownText.contains(text) {
      guard ContinuousClock.now < deadline else {
        Issue.record("Waited for \(String(reflecting: text)); shown so far: \(String(reflecting: shownText))")
        throw CancellationError()
      }
      try await Task.sleep(for: .milliseconds(5))
    }
  }

  /// Reads what libedit has written so far, so that it never blocks on a full terminal.
  func collectOutput() {
    var chunk = [UInt8](repeating: 0, count: 16 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
      guard count > 0 else { return }
      shown.withLock { $0 += chunk[..<count] }
    }
  }
}
