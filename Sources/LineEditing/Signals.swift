@preconcurrency import Glibc

// Written by the signal handler, read by the readers. A `sig_atomic_t` is the only type
// C promises a handler may write; everything here is touched before handlers exist.
nonisolated(unsafe) private var interruptReceived: sig_atomic_t = 0
nonisolated(unsafe) private var hangupReceived: sig_atomic_t = 0
nonisolated(unsafe) private var terminateReceived: sig_atomic_t = 0
nonisolated(unsafe) private var wakeWriteDescriptor: Int32 = -1
nonisolated(unsafe) private var wakeReadDescriptor: Int32 = -1
/// Set while libedit waits for keys: a signal then also starts the alarm timer.
nonisolated(unsafe) private var lineEditorIsReading: sig_atomic_t = 0

/// The handler for `SIGINT`, `SIGHUP`, `SIGTERM` and `SIGQUIT`: sets a flag and wakes a waiting
/// reader through a pipe. Only async-signal-safe work happens here.
private func recordSignal(_ signal: Int32) {
  let savedErrno = errno
  switch signal {
  case SIGINT: interruptReceived = 1
  case SIGHUP: hangupReceived = 1
  case SIGTERM, SIGQUIT: terminateReceived = 1
  default: break
  }
  if wakeWriteDescriptor >= 0 {
    var byte: UInt8 = 0
    _ = write(wakeWriteDescriptor, &byte, 1)
  }
  // libedit only gives up on a line when its read() fails with EINTR. A signal that
  // arrives while it is busy (echoing a paste, say) interrupts nothing, so keep
  // interrupting every 100 ms until readLine has seen the flag and stops the timer.
  if lineEditorIsReading != 0 {
    Platform.startRepeatingAlarm(milliseconds: 100)
  }
  errno = savedErrno
}

/// The handler for `SIGALRM`: does nothing; its only job is to make a blocked `read`
/// return `EINTR` (see ``recordSignal(_:)``).
private func interruptBlockedRead(_ signal: Int32) {}

/// The process's handling of Ctrl-C, hang-up and termination signals.
///
/// After ``installHandlers()`` the process no longer dies on `SIGINT`, `SIGHUP`,
/// `SIGTERM` or `SIGQUIT` (Ctrl-\, taken like `SIGTERM`, so it never dumps core): each
/// only sets a flag, and a reader blocked in ``LineReader/readLine(prompt:)``
/// returns `.interrupted` or `.terminated(...)`. The caller must then finish by itself.
///
/// `SIGALRM` is taken too: while ``LineEditor`` waits for keys, a signal starts a 100 ms
/// repeating `ITIMER_REAL` timer whose only effect is to interrupt libedit's `read`, in case
/// the signal came while libedit was busy. Do not use `alarm`/`ITIMER_REAL` elsewhere.
public enum Signals {
  /// Installs the handlers (once per process; later calls do nothing), without
  /// `SA_RESTART` so that blocking reads are interrupted. Also ignores `SIGPIPE`, and
  /// takes `SIGALRM` (see above).
  public static func installHandlers() {
    _ = installation
  }

  /// A hang-up or termination signal received since the handlers were installed, if any.
  /// Hang-up wins when both arrived. Check it between long steps of work, too.
  public static var pendingTermination: Termination? {
    if hangupReceived != 0 { return .hangup }
    if terminateReceived != 0 { return .terminate }
    return nil
  }

  private static let installation: Void = {
    if let wake = Platform.makeNonBlockingPipe() {
      wakeReadDescriptor = wake.read
      wakeWriteDescriptor = wake.write
    }
    interruptReceived = 0
    hangupReceived = 0
    terminateReceived = 0
    Platform.ignoreBrokenPipe()
    for signal in [SIGINT, SIGHUP, SIGTERM, SIGQUIT] {
      Platform.installHandler(for: signal, recordSignal)
    }
    Platform.installHandler(for: SIGALRM, interruptBlockedRead)
  }()

  /// Marks the start of a blocking libedit read: from now until ``endLineEditorRead()``
  /// a signal also arms the alarm timer that interrupts the read.
  static func beginLineEditorRead() {
    lineEditorIsReading = 1
  }

  /// Marks the end of a blocking libedit read, and stops the alarm timer.
  static func endLineEditorRead() {
    lineEditorIsReading = 0
    Platform.stopAlarm()
  }

  /// Whether Ctrl-C was pressed and not yet taken.
  static var interruptIsPending: Bool { interruptReceived != 0 }

  /// Wakes a reader waiting on ``wakeDescriptor``; safe in a signal handler.
  static func wake() {
    if wakeWriteDescriptor >= 0 {
      var byte: UInt8 = 0
      _ = write(wakeWriteDescriptor, &byte, 1)
    }
  }

  /// Returns whether Ctrl-C was pressed since the last call, and forgets it.
  static func takeInterrupt() -> Bool {
    guard interruptReceived != 0 else { return false }
    interruptReceived = 0
    return true
  }

  /// The descriptor that becomes readable when a signal arrives, or -1 before installation.
  static var wakeDescriptor: Int32 { wakeReadDescriptor }
}

/// What a reader consults to learn about signals; the process-wide flags in production,
/// a hand-driven stand-in in tests.
struct SignalSource: Sendable {
  /// A pending hang-up or termination, if any (sticky).
  var pendingTermination: @Sendable () -> Termination?
  /// Whether Ctrl-C was pressed since the last call; resets the flag.
  var takeInterrupt: @Sendable () -> Bool
  /// A descriptor that becomes readable when a signal arrives, or -1.
  var wakeDescriptor: @Sendable () -> Int32
  /// Called before libedit blocks reading a line.
  var beginLineEditorRead: @Sendable () -> Void = {}
  /// Called after libedit has returned.
  var endLineEditorRead: @Sendable () -> Void = {}

  /// The process-wide flags set by the handlers from ``Signals/installHandlers()``.
  static let process = SignalSource(
    pendingTermination: { Signals.pendingTermination },
    takeInterrupt: { Signals.takeInterrupt() },
    wakeDescriptor: { Signals.wakeDescriptor },
    beginLineEditorRead: { Signals.beginLineEditorRead() },
    endLineEditorRead: { Signals.endLineEditorRead() }
  )
}
