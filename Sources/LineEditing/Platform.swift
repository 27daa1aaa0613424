@preconcurrency import Glibc

/// The libc calls this module makes, in one place.
///
/// Everything that touches file descriptors, the environment, the locale or signal
/// dispositions goes through here, so the rest of the module reads as plain Swift.
enum Platform {
  // MARK: File descriptors

  /// Whether a file descriptor refers to a terminal.
  static func isTerminal(_ descriptor: Int32) -> Bool {
    isatty(descriptor) == 1
  }

  /// The outcome of one attempt to read from a descriptor.
  enum ReadOutcome: Equatable {
    /// This many bytes were read (always more than zero).
    case bytes(Int)
    /// The other end is closed, or the terminal went away (`EIO`).
    case endOfFile
    /// A signal arrived before any byte (`EINTR`), or nothing is ready (`EAGAIN`).
    case retry
  }

  /// Reads at most `buffer.count` bytes with one `read(2)`.
  static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> ReadOutcome {
    let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
    if count > 0 { return .bytes(count) }
    if count == 0 { return .endOfFile }
    switch errno {
    case EINTR, EAGAIN: return .retry
    default: return .endOfFile
    }
  }

  /// What ended a wait for input.
  enum WaitOutcome: Equatable {
    /// The descriptor has bytes, or is closed or broken: a `read` will not block.
    case readable
    /// A signal arrived (through the wake descriptor, or `EINTR`).
    case signalled
  }

  /// Waits until `descriptor` is readable (or closed), until `wakeDescriptor` (when not
  /// -1) becomes readable, or until a signal interrupts the wait.
  static func waitUntilReadable(_ descriptor: Int32, orWokenBy wakeDescriptor: Int32) -> WaitOutcome {
    var descriptors = [
      pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
      pollfd(fd: wakeDescriptor, events: Int16(POLLIN), revents: 0),
    ]
    let ready = poll(&descriptors, nfds_t(wakeDescriptor >= 0 ? 2 : 1), -1)
    if ready < 0 { return errno == EINTR ? .signalled : .readable }
    if wakeDescriptor >= 0 && descriptors[1].revents != 0 { drain(wakeDescriptor) }
    return descriptors[0].revents != 0 ? .readable : .signalled
  }

  /// Whether `descriptor` has bytes (or is closed) within `milliseconds`; false on a
  /// timeout or a signal.
  static func isReadable(_ descriptor: Int32, within milliseconds: Int32) -> Bool {
    var descriptors = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
    return poll(&descriptors, 1, milliseconds) > 0 && descriptors[0].revents != 0
  }

  /// Reads and discards whatever is waiting on a non-blocking descriptor.
  static func drain(_ descriptor: Int32) {
    var scratch = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
    while withUnsafeMutableBytes(of: &scratch, { Glibc.read(descriptor, $0.baseAddress, $0.count) }) > 0 {}
  }

  /// Writes all of `bytes` to a descriptor, retrying after signals and short writes.
  ///
  /// Returns `false` when the reader has gone (`EPIPE`, `EIO`, ...); the caller should
  /// stop writing, never crash. Requires `SIGPIPE` to be ignored to survive `EPIPE`.
  /// While the descriptor cannot take more, it waits, but gives up once a hang-up or
  /// termination signal has arrived, so that a reader nobody serves never holds the
  /// program back from saving the call.
  @discardableResult
  static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
    var offset = 0
    while offset < bytes.count {
      var descriptors = [pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)]
      let ready = poll(&descriptors, 1, 100)
      if ready < 0 && errno != EINTR { return false }
      if ready <= 0 {
        if Signals.pendingTermination != nil { return false }
        continue
      }
      // No more than a pipe takes at once, so that a write after POLLOUT does not block.
      let written = Glibc.write(descriptor, bytes.baseAddress! + offset, min(bytes.count - offset, Int(PIPE_BUF)))
      if written > 0 {
        offset += written
      } else if written < 0 && (errno == EINTR || errno == EAGAIN) {
        if Signals.pendingTermination != nil { return false }
      } else {
        return false
      }
    }
    return true
  }

  /// Writes text to a descriptor; for standard output and standard error, after
  /// flushing stdio's buffer so that text from `print` or libedit comes out in order.
  ///
  /// Returns `false` when the reader has gone.
  @discardableResult
  static func write(_ text: String, to descriptor: Int32) -> Bool {
    // Flushing every stream (nil) rather than naming stdout avoids a reference to a C
    // global that Swift 6 rejects in whole-module (release) builds.
    fflush(nil)
    var text = text
    return text.withUTF8 { writeAll(descriptor, UnsafeRawBufferPointer($0)) }
  }

  /// A pipe whose ends are both close-on-exec and non-blocking, or `nil` when the
  /// process is out of descriptors.
  static func makeNonBlockingPipe() -> (read: Int32, write: Int32)? {
    var ends: [Int32] = [-1, -1]
    guard pipe(&ends) == 0 else { return nil }
    for end in ends {
      _ = fcntl(end, F_SETFD, FD_CLOEXEC)
      _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
    }
    return (ends[0], ends[1])
  }

  // MARK: Locale

  /// Makes the C library (and so libedit) treat input as UTF-8: takes `LC_CTYPE` from
  /// the environment, falling back to `C.UTF-8` when that yields the ASCII-only C locale.
  ///
  /// Returns the name of the `LC_CTYPE` locale in effect afterwards.
  @discardableResult
  static func configureUTF8Locale() -> String {
    let chosen = setlocale(LC_CTYPE, "").map { String(cString: $0) }
    if let chosen, chosen != "C", chosen != "POSIX" { return chosen }
    if let fallback = setlocale(LC_CTYPE, "C.UTF-8") { return String(cString: fallback) }
    return chosen ?? "C"
  }

  // MARK: Signals

  /// Installs `handler` for `signal` with `sigaction`, without `SA_RESTART`, so that a
  /// blocking `read` is interrupted and returns `EINTR`.
  static func installHandler(for signal: Int32, _ handler: @convention(c) (Int32) -> Void) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = handler
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(signal, &action, nil)
  }

  /// Starts the real-time interval timer: `SIGALRM` after `milliseconds`, then again
  /// every `milliseconds`. Called from a signal handler: `setitimer` is one system call.
  static func startRepeatingAlarm(milliseconds: Int) {
    let period = timeval(tv_sec: milliseconds / 1000, tv_usec: (milliseconds % 1000) * 1000)
    var timer = itimerval(it_interval: period, it_value: period)
    _ = setitimer(__itimer_which_t(ITIMER_REAL.rawValue), &timer, nil)
  }

  /// Stops the real-time interval timer.
  static func stopAlarm() {
    var timer = itimerval()
    _ = setitimer(__itimer_which_t(ITIMER_REAL.rawValue), &timer, nil)
  }

  /// Makes writes to a closed pipe fail with `EPIPE` rather than kill the process.
  static func ignoreBrokenPipe() {
    ignore(SIGPIPE)
  }

  /// Makes the process ignore `signal`.
  static func ignore(_ signal: Int32) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = SIG_IGN
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(signal, &action, nil)
  }
}
