@preconcurrency import CLibEdit
@preconcurrency import Glibc

// libedit's key-reading callback is a C function that cannot capture context: what it
// needs lives here, set by `LineEditor` on the one thread that reads lines.
/// The descriptor keys are read from.
nonisolated(unsafe) private var keyDescriptor: Int32 = 0
/// The terminal's settings before libedit made it raw, for a stop with Ctrl-Z.
nonisolated(unsafe) private var cookedSettings: termios?
/// The raw settings libedit uses while reading, captured at the first key of a line.
nonisolated(unsafe) private var rawSettings: termios?
/// Whether the terminal went away while keys were read: a read gave end of file or an
/// error in raw mode, where Ctrl-D is a key like any other.
nonisolated(unsafe) private var terminalWentAway = false
/// Set by the handlers of the job-control signals, read by `readKey`.
nonisolated(unsafe) private var stopRequested: sig_atomic_t = 0
nonisolated(unsafe) private var continued: sig_atomic_t = 0
nonisolated(unsafe) private var resized: sig_atomic_t = 0

/// The handler for `SIGTSTP`, `SIGCONT` and `SIGWINCH` while a `LineEditor` exists: sets
/// a flag, and wakes `readKey` through the signal pipe.
private func recordJobControl(_ signal: Int32) {
  let savedErrno = errno
  switch signal {
  case SIGTSTP: stopRequested = 1
  case SIGCONT: continued = 1
  case SIGWINCH: resized = 1
  default: break
  }
  Signals.wake()
  errno = savedErrno
}

/// Reads the keys libedit edits, in place of libedit's own reading, so that libedit never
/// handles a signal itself.
///
/// libedit's own handlers (`rl_catch_signals`) restore the terminal and then re-send each
/// signal with `kill(0, ...)`, to the whole process group: a `kill -TERM` of the program
/// also killed the shell that started it. Here signals stay with this process: `SIGINT`,
/// `SIGHUP`, `SIGTERM` and `SIGQUIT` end the read (``LineEditor`` then says why), Ctrl-Z
/// puts the terminal back to normal before the process stops and redraws the line when
/// it continues, and a resized window is measured again.
enum KeyReading {
  /// Prepares to read a line's keys from `descriptor`, a terminal in its normal settings.
  static func beginLine(reading descriptor: Int32) {
    keyDescriptor = descriptor
    var settings = termios()
    cookedSettings = tcgetattr(descriptor, &settings) == 0 ? settings : nil
    rawSettings = nil
  }

  /// Whether the terminal went away while keys were read (sticky).
  static var terminalIsGone: Bool { terminalWentAway }

  /// Installs the job-control handlers (once; without `SA_RESTART`).
  static func installJobControlHandlers() {
    _ = installation
  }

  private static let installation: Void = {
    for signal in [SIGTSTP, SIGCONT, SIGWINCH] {
      Platform.installHandler(for: signal, recordJobControl)
    }
  }()
}

/// libedit's `rl_getc_function`: the next key as a Unicode scalar value, or -1 (end of
/// input) when a signal or a closed terminal ends the line.
func readKey(_ stream: UnsafeMutablePointer<FILE>?) -> Int32 {
  while true {
    if terminalWentAway || Signals.pendingTermination != nil || Signals.interruptIsPending { return -1 }
    if stopRequested != 0 {
      stopRequested = 0
      stopUntilContinued()
      continue
    }
    if continued != 0 {
      continued = 0
      restoreLine()
      continue
    }
    if resized != 0 {
      resized = 0
      rl_resize_terminal()
      continue
    }
    if rawSettings == nil {
      var settings = termios()
      if tcgetattr(keyDescriptor, &settings) == 0 { rawSettings = settings }
    }
    guard Platform.waitUntilReadable(keyDescriptor, orWokenBy: Signals.wakeDescriptor) == .readable else { continue }
    switch readByte() {
    case .none: continue
    case .gone:
      terminalWentAway = true
      return -1
    case .byte(let lead):
      return Int32(bitPattern: decodeScalar(startingWith: lead))
    }
  }
}

/// What one read of the terminal gave.
private enum ByteRead {
  case byte(UInt8)
  /// Nothing yet: a signal, or nothing ready.
  case none
  /// End of file or an error: in raw mode, only a terminal that went away gives these.
  case gone
}

private func readByte() -> ByteRead {
  var byte: UInt8 = 0
  let count = read(keyDescriptor, &byte, 1)
  if count == 1 { return .byte(byte) }
  if count < 0, errno == EINTR || errno == EAGAIN { return .none }
  return .gone
}

/// The scalar whose UTF-8 encoding starts with `lead`, reading its continuation bytes;
/// U+FFFD when they are not valid.
private func decodeScalar(startingWith lead: UInt8) -> UInt32 {
  let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
  guard length > 1 else { return length == 1 ? UInt32(lead) : 0xFFFD }
  var bytes = [lead]
  while bytes.count < length {
    _ = Platform.waitUntilReadable(keyDescriptor, orWokenBy: -1)
    switch readByte() {
    case .none: continue
    case .gone:
      terminalWentAway = true
      return 0xFFFD
    case .byte(let byte): bytes.append(byte)
    }
  }
  var decoded = String(decoding: bytes, as: UTF8.self).unicodeScalars.makeIterator()
  return decoded.next()?.value ?? 0xFFFD
}

/// Ctrl-Z: the terminal back to its normal settings, stopped until continued, then raw
/// again and the line redrawn.
private func stopUntilContinued() {
  if var cooked = cookedSettings { tcsetattr(keyDescriptor, TCSADRAIN, &cooked) }
  signal(SIGTSTP, SIG_DFL)
  raise(SIGTSTP)
  KeyReading.reinstallStopHandler()
  continued = 0
  restoreLine()
}

/// Raw settings again and the line redrawn, after the process was stopped.
private func restoreLine() {
  if var raw = rawSettings { tcsetattr(keyDescriptor, TCSADRAIN, &raw) }
  rl_forced_update_display()
}

extension KeyReading {
  /// Puts back the `SIGTSTP` handler after a stop.
  static func reinstallStopHandler() {
    Platform.installHandler(for: SIGTSTP, recordJobControl)
  }
}
