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
/// Bytes read ahead while telling the start of a paste from another escape sequence (an
/// arrow key), handed to libedit before anything new is read.
nonisolated(unsafe) private var readAhead: [UInt8] = []
/// A paste that ended the line being edited, for `LineEditor` to collect; nil when none.
nonisolated(unsafe) private var pastedBytes: [UInt8]?
/// Whether the paste held more than `pasteLimit` bytes; the rest was read and dropped.
nonisolated(unsafe) private var pasteOverflowed = false
/// The most bytes of a paste kept.
nonisolated(unsafe) private var pasteLimit = 1 << 16
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
  /// Prepares to read a line's keys from `descriptor`, a terminal in its normal settings,
  /// keeping at most `pasteLimit` bytes of a paste.
  static func beginLine(reading descriptor: Int32, pasteLimit limit: Int) {
    keyDescriptor = descriptor
    pastedBytes = nil
    pasteOverflowed = false
    pasteLimit = limit
    var settings = termios()
    cookedSettings = tcgetattr(descriptor, &settings) == 0 ? settings : nil
    rawSettings = nil
  }

  /// Whether the terminal went away while keys were read (sticky).
  static var terminalIsGone: Bool { terminalWentAway }

  /// The paste that ended the line just read, if one did, and whether it was longer than
  /// the limit (and cut); taking it clears it.
  static func takePaste() -> (bytes: [UInt8], overflowed: Bool)? {
    defer { pastedBytes = nil }
    return pastedBytes.map { ($0, pasteOverflowed) }
  }

  /// What a terminal sends around a paste, in bracketed paste mode.
  static let pasteStart: [UInt8] = Array("\u{1B}[200~".utf8)
  static let pasteEnd: [UInt8] = Array("\u{1B}[201~".utf8)
  /// How long the bytes of one escape sequence may take to arrive, in milliseconds.
  static let sequenceGap: Int32 = 25
  /// Bytes after a line break within this many milliseconds were not typed: the lines
  /// came from a paste on a terminal that does not mark pastes.
  static let typingGap: Int32 = 3
  /// A paste that is not marked ends when nothing more arrives for this many milliseconds.
  static let pasteGap: Int32 = 40

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
    // Bytes read ahead are keys already seen: never the start of a paste.
    let isFresh = readAhead.isEmpty
    if isFresh {
      guard Platform.waitUntilReadable(keyDescriptor, orWokenBy: Signals.wakeDescriptor) == .readable else { continue }
    }
    switch readByte() {
    case .none: continue
    case .gone:
      terminalWentAway = true
      return -1
    case .byte(0x1B) where isFresh:
      guard startsPaste() else { return 0x1B }
      readMarkedPaste()
      // The paste ends the line: libedit returns what was typed before it.
      return terminalWentAway ? -1 : 0x0A
    case .byte(let lead) where (lead == 0x0D || lead == 0x0A) && isFresh:
      if Platform.isReadable(keyDescriptor, within: KeyReading.typingGap) { readUnmarkedPaste(after: lead) }
      return Int32(lead)
    case .byte(let lead):
      return Int32(bitPattern: decodeScalar(startingWith: lead))
    }
  }
}

/// After an escape byte: whether the bytes that follow are the rest of the paste-start
/// marker. When they are not, what was read is kept for libedit, in order.
private func startsPaste() -> Bool {
  var read: [UInt8] = []
  for expected in KeyReading.pasteStart.dropFirst() {
    guard Platform.isReadable(keyDescriptor, within: KeyReading.sequenceGap), case .byte(let byte) = readByte() else { break }
    read.append(byte)
    if byte != expected { break }
  }
  if read.count == KeyReading.pasteStart.count - 1, read.elementsEqual(KeyReading.pasteStart.dropFirst()) { return true }
  readAhead.insert(contentsOf: read, at: 0)
  return false
}

/// Reads a marked paste to its end marker (or until the terminal goes, or a hang-up or
/// termination signal arrives), keeping at most `pasteLimit` bytes of it.
private func readMarkedPaste() {
  var bytes: [UInt8] = []
  var matched = 0  // bytes of the end marker seen so far
  reading: while !terminalWentAway, Signals.pendingTermination == nil {
    guard Platform.waitUntilReadable(keyDescriptor, orWokenBy: Signals.wakeDescriptor) == .readable else { continue }
    switch readByte() {
    case .none:
      continue
    case .gone:
      terminalWentAway = true
    case .byte(let byte) where byte == KeyReading.pasteEnd[matched]:
      matched += 1
      if matched == KeyReading.pasteEnd.count { break reading }
    case .byte(let byte):
      // A false start of the end marker is part of the paste.
      keep(KeyReading.pasteEnd[0..<matched], in: &bytes)
      matched = byte == KeyReading.pasteEnd[0] ? 1 : 0
      if matched == 0 { keep([byte], in: &bytes) }
    }
  }
  pastedBytes = bytes
}

/// Reads what arrives straight after a typed line break, as a terminal that does not
/// mark pastes sends a pasted text: the line break, then the rest, until nothing more
/// comes for a moment.
private func readUnmarkedPaste(after lineBreak: UInt8) {
  var bytes: [UInt8] = [lineBreak]
  while !terminalWentAway, Signals.pendingTermination == nil, Platform.isReadable(keyDescriptor, within: KeyReading.pasteGap) {
    switch readByte() {
    case .none: continue
    case .gone: terminalWentAway = true
    case .byte(let byte): keep([byte], in: &bytes)
    }
  }
  pastedBytes = bytes
}

/// Adds bytes to a paste while it is within the limit; notes an overflow otherwise.
private func keep(_ more: some Collection<UInt8>, in bytes: inout [UInt8]) {
  if bytes.count + more.count > pasteLimit {
    pasteOverflowed = true
  } else {
    bytes.append(contentsOf: more)
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
  if !readAhead.isEmpty { return .byte(readAhead.removeFirst()) }
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
