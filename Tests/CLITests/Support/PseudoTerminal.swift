@preconcurrency import Glibc

/// A program running in its own pseudo-terminal, driven like a person at a keyboard.
///
/// The child starts in a new session with the terminal as its controlling terminal and
/// as its standard input, output and error, so `isatty` holds, Ctrl-C sends `SIGINT`, and
/// closing the terminal (``hangUp()``) sends `SIGHUP`. Its output is interpreted by a
/// ``TerminalScreen`` for assertions on what a user would see.
///
/// Every wait has a timeout that only guards against hangs (``hangTimeout`` unless told);
/// on timeout it throws an error describing the screen. The child is killed when this
/// object goes away.
///
/// ```swift
/// let terminal = try PseudoTerminal(executable: BuiltProducts.path(of: "second-opinion"))
/// try await terminal.waitFor(screenContaining: "> ")
/// terminal.send("roy")
/// terminal.send(.tab)
/// try await terminal.waitFor(screenContaining: "royal-marsden")
/// ```
final class PseudoTerminal {
  /// A key, as the bytes an xterm sends for it (cursor keys in normal mode).
  enum Key: Sendable {
    case enter, tab, backspace, delete, escape
    case up, down, left, right, home, end
    case ctrlA, ctrlB, ctrlC, ctrlD, ctrlE, ctrlK, ctrlL, ctrlR, ctrlU, ctrlW, ctrlZ, ctrlBackslash

    /// The bytes the terminal receives for this key.
    var bytes: [UInt8] {
      switch self {
      case .enter: return [0x0D]
      case .tab: return [0x09]
      case .backspace: return [0x7F]
      case .delete: return Array("\u{1B}[3~".utf8)
      case .escape: return [0x1B]
      case .up: return Array("\u{1B}[A".utf8)
      case .down: return Array("\u{1B}[B".utf8)
      case .right: return Array("\u{1B}[C".utf8)
      case .left: return Array("\u{1B}[D".utf8)
      case .home: return Array("\u{1B}[H".utf8)
      case .end: return Array("\u{1B}[F".utf8)
      case .ctrlA: return [0x01]
      case .ctrlB: return [0x02]
      case .ctrlC: return [0x03]
      case .ctrlD: return [0x04]
      case .ctrlE: return [0x05]
      case .ctrlK: return [0x0B]
      case .ctrlL: return [0x0C]
      case .ctrlR: return [0x12]
      case .ctrlU: return [0x15]
      case .ctrlW: return [0x17]
      case .ctrlZ: return [0x1A]
      case .ctrlBackslash: return [0x1C]
      }
    }
  }

  /// How the child ended.
  enum ExitStatus: Equatable, CustomStringConvertible {
    /// It called `exit` with this status.
    case exited(Int32)
    /// A signal with this number ended it.
    case signalled(Int32)

    var description: String {
      switch self {
      case .exited(let status): return "exited with status \(status)"
      case .signalled(let signal): return "killed by signal \(signal)"
      }
    }
  }

  /// Why a wait failed; its description shows what was on the screen.
  struct Failure: Error, CustomStringConvertible {
    /// What was waited for, and what happened.
    let message: String
    /// The screen at the time.
    let screen: TerminalScreen

    var description: String { "\(message)\n\(screen)" }
  }

  /// A small, predictable environment: `TERM=xterm`, `LANG=C.UTF-8`, a short `PATH`,
  /// and `HOME=/nonexistent` (pass your own `HOME` to see what a program writes there).
  static let defaultEnvironment: [String: String] = [
    "TERM": "xterm",
    "LANG": "C.UTF-8",
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "HOME": "/nonexistent",
  ]

  /// The child's process ID.
  let processID: pid_t
  /// What the child has shown so far, as of the last read of its output.
  private(set) var screen: TerminalScreen
  /// Every byte the child has written so far, as of the last read.
  private(set) var output: [UInt8] = []

  private var master: Int32
  private var exitStatus: ExitStatus?

  /// Starts `executable` (a path; not searched for in `PATH`) with `arguments` and exactly
  /// `environment`, in a new terminal of `columns` x `rows`.
  init(
    executable: String,
    arguments: [String] = [],
    environment: [String: String] = PseudoTerminal.defaultEnvironment,
    columns: Int = 80,
    rows: Int = 24
  ) throws {
    screen = TerminalScreen(columns: columns, rows: rows)
    master = PseudoTerminalLibC.openMaster(O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard master >= 0 else { throw SystemError(operation: "posix_openpt") }
    var name = [CChar](repeating: 0, count: 128)
    guard PseudoTerminalLibC.grantAccess(master) == 0, PseudoTerminalLibC.unlock(master) == 0,
      PseudoTerminalLibC.slaveName(master, &name, name.count) == 0
    else {
      let error = SystemError(operation: "grantpt/unlockpt/ptsname_r")
      close(master)
      throw error
    }
    var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    do {
      processID = try Self.spawn(
        executable, arguments: arguments, environment: environment,
        terminalPath: String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      )
    } catch {
      close(master)
      throw error
    }
  }

  deinit {
    if exitStatus == nil {
      kill(processID, SIGKILL)
      var status: Int32 = 0
      while waitpid(processID, &status, 0) < 0 && errno == EINTR {}
    }
    if master >= 0 { close(master) }
  }

  // MARK: Typing

  /// Types `text` (its UTF-8 bytes; "\r" is Enter, "\u{3}" is Ctrl-C, and so on).
  func send(_ text: String) {
    send(bytes: Array(text.utf8))
  }

  /// Presses `key`.
  func send(_ key: Key) {
    send(bytes: key.bytes)
  }

  /// Presses each key in turn.
  func send(_ keys: Key...) {
    for key in keys { send(key) }
  }

  /// Writes raw bytes to the terminal's input, as if typed or pasted.
  ///
  /// When the terminal's input queue is full, waits for the child to read, reading its
  /// output meanwhile; gives up on the rest after 10 s without progress (a child that
  /// stopped reading), which the next wait then reports.
  func send(bytes: [UInt8]) {
    guard master >= 0 else { return }
    var offset = 0
    var lastProgress = ContinuousClock.now
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
      if written > 0 {
        offset += written
        lastProgress = ContinuousClock.now
      } else if written < 0 && (errno == EAGAIN || errno == EINTR),
        ContinuousClock.now - lastProgress < .seconds(10)
      {
        readAvailableOutput()
        usleep(1_000)
      } else {
        return
      }
    }
  }

  // MARK: Waiting

  /// Waits until some line of the screen contains `text`.
  ///
  /// - Throws: ``Failure`` with a dump of the screen when `timeout` passes first, or the
  ///   child exits without showing it.
  func waitFor(
    screenContaining text: String,
    timeout: Duration = hangTimeout
  ) async throws {
    try await waitFor("the screen to contain \(String(reflecting: text))", timeout: timeout) { $0.contains(text) }
  }

  /// Waits until `condition` holds for the screen; `what` describes it in failures.
  func waitFor(
    _ what: String = "the screen to satisfy a condition",
    timeout: Duration = hangTimeout,
    until condition: (TerminalScreen) -> Bool
  ) async throws {
    let deadline = ContinuousClock.now.advanced(by: timeout)
    while true {
      readAvailableOutput()
      if condition(screen) { return }
      if exitStatus != nil || reapIfExited() != nil {
        readAvailableOutput()
        if condition(screen) { return }
        throw Failure(message: "Waited for \(what), but the program \(exitStatus!).", screen: screen)
      }
      if ContinuousClock.now >= deadline {
        throw Failure(message: "Waited \(timeout) for \(what).", screen: screen)
      }
      try await Task.sleep(for: .milliseconds(10))
    }
  }

  /// Waits for the child to end and returns how it ended, reading its output meanwhile.
  ///
  /// - Throws: ``Failure`` when `timeout` passes first.
  @discardableResult
  func waitForExit(timeout: Duration = hangTimeout) async throws -> ExitStatus {
    let deadline = ContinuousClock.now.advanced(by: timeout)
    while true {
      readAvailableOutput()
      if let status = exitStatus ?? reapIfExited() {
        readAvailableOutput()
        return status
      }
      if ContinuousClock.now >= deadline {
        throw Failure(message: "Waited \(timeout) for the program to exit.", screen: screen)
      }
      try await Task.sleep(for: .milliseconds(10))
    }
  }

  // MARK: Ending

  /// Closes the terminal, as when a window is closed or a connection drops: the child
  /// gets `SIGHUP`, and nothing more can be typed or read.
  func hangUp() {
    readAvailableOutput()
    guard master >= 0 else { return }
    close(master)
    master = -1
  }

  /// Sends `signal` (for example `SIGTERM`) to the child.
  func signal(_ signal: Int32) {
    if exitStatus == nil { kill(processID, signal) }
  }

  /// Changes the terminal's size; the child gets `SIGWINCH`.
  func resize(columns: Int, rows: Int) {
    guard master >= 0 else { return }
    var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
  }

  /// The terminal's current settings as the child last set them (`tcgetattr` on the
  /// master reads the terminal's own), or nil once hung up.
  var attributes: termios? {
    guard master >= 0 else { return nil }
    var settings = termios()
    return tcgetattr(master, &settings) == 0 ? settings : nil
  }

  /// Whether the terminal is in raw mode: neither the kernel's line editing (`ICANON`)
  /// nor its echo (`ECHO`) is on, as while a line editor such as libedit reads keys.
  var isInRawMode: Bool {
    guard let attributes else { return false }
    return attributes.c_lflag & tcflag_t(ICANON | ECHO) == 0
  }

  // MARK: Internals

  /// Reads whatever output is waiting and feeds it to the screen; never blocks.
  func readAvailableOutput() {
    guard master >= 0 else { return }
    var chunk = [UInt8](repeating: 0, count: 16 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
      if count > 0 {
        output.append(contentsOf: chunk[..<count])
        screen.feed(chunk[..<count])
      } else if count < 0 && errno == EINTR {
        continue
      } else {
        return  // EAGAIN: nothing more now; EIO: every copy of the terminal is closed
      }
    }
  }

  /// Collects the child's exit status if it has ended.
  private func reapIfExited() -> ExitStatus? {
    guard exitStatus == nil else { return exitStatus }
    var status: Int32 = 0
    guard waitpid(processID, &status, WNOHANG) == processID else { return nil }
    let signal = status & 0x7F
    exitStatus = signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
    return exitStatus
  }

  /// Starts the child with `posix_spawn` (never `fork` in this multithreaded process):
  /// new session, default signal handling, nothing blocked, the terminal as descriptors
  /// 0, 1 and 2, and every other descriptor closed.
  private static func spawn(
    _ executable: String, arguments: [String], environment: [String: String], terminalPath: String
  ) throws -> pid_t {
    try spawnProgram(executable, arguments: arguments, environment: environment, flags: PseudoTerminalLibC.spawnSetSession) {
      _, actions in
      // Opened after setsid and without O_NOCTTY, the terminal becomes the controlling one.
      posix_spawn_file_actions_addopen(&actions, 0, terminalPath, O_RDWR, 0)
      posix_spawn_file_actions_adddup2(&actions, 0, 1)
      posix_spawn_file_actions_adddup2(&actions, 0, 2)
    }
  }
}

/// A failed system call, with its `errno` text.
struct SystemError: Error, CustomStringConvertible {
  /// What was being done.
  let operation: String
  /// The `errno` value.
  let code: Int32

  init(operation: String, code: Int32 = errno) {
    self.operation = operation
    self.code = code
  }

  var description: String { "\(operation) failed: \(String(cString: strerror(code)))" }
}
