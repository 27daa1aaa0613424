@preconcurrency import CLibEdit
@preconcurrency import Glibc
import Synchronization

/// The words Tab completes against. libedit's completion callback is a C function that
/// cannot capture context, so the list lives here.
private let completionWordList = Mutex<[String]>([])

/// Whether a ``LineEditor`` exists: libedit's readline layer is one set of globals.
private let editorExists = Mutex(false)

/// libedit's completion callback: completes the whole line before the cursor against
/// ``completionWordList``.
///
/// libedit frees the array and every string in it, so both come from `calloc`/`strdup`.
/// Layout: the replacement text, then the candidates (none when there is exactly one),
/// then a terminating NULL and one spare NULL (libedit reads one slot further).
private func completeLine(
  _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
  rl_attempted_completion_over = 1  // never fall back to completing file names
  let typed = text.map { String(cString: $0) } ?? ""
  let words = completionWordList.withLock { $0 }
  guard let completion = Completion.completion(for: typed, among: words) else { return nil }
  let entries = [completion.replacement] + (completion.candidates.count == 1 ? [] : completion.candidates)
  guard let memory = calloc(entries.count + 2, MemoryLayout<UnsafeMutablePointer<CChar>?>.stride) else {
    return nil
  }
  let array = memory.assumingMemoryBound(to: UnsafeMutablePointer<CChar>?.self)
  for (index, entry) in entries.enumerated() {
    array[index] = strdup(entry)
  }
  return array
}

/// Reads lines from a terminal with libedit: Emacs-style editing keys, Up/Down through
/// the lines entered so far (kept in memory only), and Tab completion.
///
/// Use it only when standard input and output are both terminals (``makeLineReader(maximumLineBytes:)``
/// decides). There can be one at a time per process: libedit's readline layer is global.
/// History is never written to or read from a file.
public final class LineEditor: LineReader {
  /// The most bytes of a line ``readLine(prompt:)`` returns; longer lines come back as
  /// `.truncatedLine`.
  public let maximumLineBytes: Int

  /// The words Tab completes the line against (whole line, ignoring case). Set it
  /// whenever the question changes; an empty list turns completion off.
  public var completionWords: [String] {
    get { completionWordList.withLock { $0 } }
    set { completionWordList.withLock { $0 = newValue } }
  }

  /// The most lines kept for Up/Down; older ones are dropped.
  public static let historyLimit: Int32 = 500

  private let signals: SignalSource
  private var lastHistoryEntry: String?
  /// Whether keys come through ``readKey(_:)`` (see `init`).
  private var readsKeysItself = false
  /// Whether the terminal is asked to mark pastes while a line is read (bracketed paste):
  /// only when keys come through ``readKey(_:)``, which reads the marks, and the terminal
  /// is not a dumb one.
  private var marksPastes = false

  /// Turns bracketed paste mode on or off.
  static let bracketedPasteOn = "\u{1B}[?2004h"
  static let bracketedPasteOff = "\u{1B}[?2004l"

  /// Sets up libedit on standard input and output: makes the locale UTF-8 (with a
  /// `C.UTF-8` fallback), installs the signal handlers (see ``Signals``) and binds Tab
  /// to completion. Reads `~/.editrc` if the user has one, as libedit always does.
  ///
  /// - Precondition: no other `LineEditor` exists.
  public convenience init(maximumLineBytes: Int = PlainLineReader.defaultMaximumLineBytes) {
    Signals.installHandlers()
    self.init(maximumLineBytes: maximumLineBytes, signals: .process)
  }

  /// Sets up libedit; `input` and `output` replace standard input and output when given
  /// (tests use a pseudo-terminal), and `terminalName` replaces `TERM`.
  ///
  /// libedit never handles signals itself: its handlers re-send each signal with
  /// `kill(0, signal)`, to the whole process group, so a `kill -TERM` of this process
  /// would reach the shell that started it. With `libeditHandlesSignals` (the default;
  /// the name is kept from when libedit did), keys are read by ``readKey(_:)`` instead,
  /// which keeps signals to this process and does what libedit did for Ctrl-Z, `fg` and a
  /// window resize. Tests that run libedit inside the test process turn it off, so no
  /// signal handler is installed in the test runner.
  init(
    maximumLineBytes: Int,
    signals: SignalSource,
    input: UnsafeMutablePointer<FILE>? = nil,
    output: UnsafeMutablePointer<FILE>? = nil,
    terminalName: String? = nil,
    libeditHandlesSignals: Bool = true
  ) {
    precondition(
      editorExists.withLock { exists in defer { exists = true }; return !exists },
      "only one LineEditor may exist at a time"
    )
    self.maximumLineBytes = max(maximumLineBytes, 1)
    self.signals = signals
    Platform.configureUTF8Locale()
    if let input { rl_instream = input }
    if let output { rl_outstream = output }
    if let terminalName { rl_terminal_name = strdup(terminalName) }
    rl_readline_name = UnsafePointer(strdup("second-opinion"))
    rl_catch_signals = 0
    if libeditHandlesSignals {
      KeyReading.installJobControlHandlers()
      rl_getc_function = readKey  // read before rl_initialize, which installs it
    }
    readsKeysItself = libeditHandlesSignals
    let terminal = terminalName ?? getenv("TERM").map { String(cString: $0) } ?? ""
    marksPastes = libeditHandlesSignals && !terminal.isEmpty && terminal != "dumb"
    rl_initialize()
    // An empty set of word-break characters makes the whole line the word to complete.
    rl_basic_word_break_characters = UnsafePointer(strdup(""))
    rl_completer_word_break_characters = strdup("")
    rl_attempted_completion_function = completeLine
    rl_completion_append_character = 0
    stifle_history(Self.historyLimit)
  }

  deinit {
    clear_history()
    completionWordList.withLock { $0 = [] }
    editorExists.withLock { $0 = false }
  }

  /// Shows `prompt` and lets the user edit one line. See ``LineReader/readLine(prompt:)``.
  ///
  /// Escape sequences in `prompt` (colours) are marked so libedit does not count them
  /// as taking room. Prints `^C` and a newline on Ctrl-C, a newline on Ctrl-D.
  public func readLine(prompt: String) -> LineInput {
    let prompt = LineText.markingInvisibleSequences(in: prompt)
    _ = signals.takeInterrupt()  // a Ctrl-C from before this prompt cancels nothing
    // From here on a signal also interrupts libedit's read (see `Signals`), so one that
    // arrives after the check below still ends the read.
    signals.beginLineEditorRead()
    if let termination = signals.pendingTermination() {
      signals.endLineEditorRead()
      return .terminated(termination)
    }
    if readsKeysItself {
      if KeyReading.terminalIsGone { return .terminated(.hangup) }
      KeyReading.beginLine(reading: fileno(rl_instream ?? stdin), pasteLimit: maximumLineBytes)
    }
    // Pastes are marked only while a line is read, so whatever ends the program, even a
    // signal, finds the terminal as it was.
    if marksPastes { writeOutput(Self.bracketedPasteOn) }
    errno = 0
    let raw = readline(prompt)
    let readError = errno  // EINTR when a signal ended the read; libedit leaves it alone on Ctrl-D
    if marksPastes { writeOutput(Self.bracketedPasteOff) }
    signals.endLineEditorRead()
    defer { free(raw) }
    let paste = readsKeysItself ? KeyReading.takePaste() : nil
    if let termination = signals.pendingTermination() {
      writeOutput("\n")
      return .terminated(termination)
    }
    // A terminal that closed is a hang-up, whichever came first: the read's end of file
    // or the SIGHUP that follows it.
    if readsKeysItself, KeyReading.terminalIsGone { return .terminated(.hangup) }
    guard let raw else {
      // A read ended by a signal without a flag (a stray SIGALRM) is no reason to quit.
      if signals.takeInterrupt() || readError == EINTR {
        writeOutput("^C\n")
        return .interrupted
      }
      writeOutput("\n")
      return .endOfInput
    }
    let bytes = UnsafeRawBufferPointer(start: raw, count: strlen(raw))
    let (text, truncated) = LineText.decode(bytes.bindMemory(to: UInt8.self), limit: maximumLineBytes)
    if let paste {
      // A paste is never kept for Up: it may be a caller's email.
      if truncated || paste.overflowed || bytes.count + paste.bytes.count > maximumLineBytes { return .truncatedLine(text) }
      return .pasted(LineText.pastedText(Array(bytes.bindMemory(to: UInt8.self)) + paste.bytes))
    }
    if truncated { return .truncatedLine(text) }
    remember(text, raw)
    return .line(text)
  }

  /// Forgets every line entered so far, so Up shows nothing of an earlier caller.
  public func clearHistory() {
    clear_history()
    lastHistoryEntry = nil
  }

  /// Adds a line to the in-memory history unless it is blank or repeats the last one.
  private func remember(_ text: String, _ raw: UnsafePointer<CChar>) {
    guard text.contains(where: { !$0.isWhitespace }), text != lastHistoryEntry else { return }
    add_history(raw)
    lastHistoryEntry = text
  }

  private func writeOutput(_ text: String) {
    if let stream = rl_outstream, stream != stdout {
      fputs(text, stream)
      fflush(stream)
    } else {
      Platform.write(text, to: STDOUT_FILENO)
    }
  }
}
