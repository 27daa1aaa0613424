import Testing
@testable import LineEditing

/// libedit itself, driven through a pseudo-terminal inside the test process.
///
/// Serialized: libedit's readline layer is one set of globals. Signals are not tested
/// here (they would reach the test runner); see the pseudo-terminal tests of the tool.
@Suite(.serialized) struct LineEditorTests {
  private let terminal = InProcessTerminal.shared

  /// A fresh editor on the shared terminal; it must be gone before the next is made.
  private func makeEditor(
    words: [String] = [],
    signals: SignalSource = quietSignals,
    maximumLineBytes: Int = 64 * 1024
  ) -> LineEditor {
    terminal.reset()
    let editor = LineEditor(
      maximumLineBytes: maximumLineBytes, signals: signals,
      input: terminal.input, output: terminal.output, terminalName: "xterm", libeditHandlesSignals: false
    )
    editor.completionWords = words
    return editor
  }

  /// Starts `readLine` on a thread of its own and waits for its prompt (libedit has then
  /// put the terminal in raw mode, so keys typed afterwards are seen one by one).
  private func startReading(_ editor: LineEditor, prompt: String = "q> ") async throws -> BackgroundThread<LineInput> {
    terminal.reset()
    // Not retained by the thread: the editor must be gone as soon as a test ends, and the
    // test keeps it alive until the read has finished.
    nonisolated(unsafe) let editor = Unmanaged.passUnretained(editor)
    let pending = BackgroundThread { editor.takeUnretainedValue().readLine(prompt: prompt) }
    try await terminal.waitForOutput(containing: prompt)
    return pending
  }

  /// The result of a read started with ``startReading(_:prompt:)``.
  private func finish(_ pending: BackgroundThread<LineInput>) async throws -> LineInput {
    if let result = await pending.result(whileWaiting: terminal.collectOutput) { return result }
    // Unblock libedit (kill the line, press Enter) so the editor can go away cleanly.
    try await terminal.type("\u{15}\r")
    _ = await pending.result(whileWaiting: terminal.collectOutput)
    Issue.record("readLine did not return; shown: \(String(reflecting: terminal.shownText))")
    throw CancellationError()
  }

  /// Types `keys` at a fresh prompt and returns what `readLine` made of them.
  private func read(_ editor: LineEditor, typing keys: String) async throws -> LineInput {
    let pending = try await startReading(editor)
    try await terminal.type(keys)
    return try await finish(pending)
  }

  @Test func enterReturnsTheTypedLine() async throws {
    do {
      let editor = makeEditor()
      #expect(try await read(editor, typing: "Royal Marsden\r") == .line("Royal Marsden"))
      #expect(try await read(editor, typing: "\r") == .line(""))
    }
  }

  @Test func tabCompletesTheWholeLineIgnoringCase() async throws {
    do {
      let editor = makeEditor(words: ["royal-marsden", "royal-free", ":back"])
      #expect(try await read(editor, typing: "ROYAL-M\t\r") == .line("royal-marsden"))
      #expect(try await read(editor, typing: ":b\t\r") == .line(":back"))
    }
  }

  @Test func tabInsertsTheCommonPrefixThenASecondTabListsTheCandidates() async throws {
    do {
      let editor = makeEditor(words: ["royal-marsden", "royal-free", ":back"])
      let pending = try await startReading(editor)
      try await terminal.type("roy\t")
      // libedit redraws only what changed: it rings the bell and writes the added "al-".
      try await terminal.waitForOutput(containing: "al-")
      try await terminal.type("\t")
      try await terminal.waitForOutput(containing: "royal-marsden")
      #expect(terminal.shownText.contains("royal-free"))
      #expect(!terminal.shownText.contains(":back"))
      try await terminal.type("m\t\r")
      #expect(try await finish(pending) == .line("royal-marsden"))
    }
  }

  @Test func completionWithSpacesInsertsNoBackslashesAndNoTrailingSpace() async throws {
    do {
      let editor = makeEditor(words: ["not sure", "no"])
      #expect(try await read(editor, typing: "not\t\r") == .line("not sure"))
    }
  }

  @Test func tabWithNoCandidateLeavesTheLineAloneAndNeverCompletesFileNames() async throws {
    // The tests run in the package folder, where "Package.swift" exists.
    do {
      let editor = makeEditor(words: [":help"])
      #expect(try await read(editor, typing: "Packa\t\r") == .line("Packa"))
    }
    do {
      let editor = makeEditor(words: [])
      #expect(try await read(editor, typing: "Packa\t\r") == .line("Packa"))
    }
  }

  @Test func upRecallsEarlierLinesAndClearHistoryForgetsThem() async throws {
    do {
      let editor = makeEditor()
      _ = try await read(editor, typing: "first\r")
      _ = try await read(editor, typing: "second\r")
      #expect(try await read(editor, typing: "\u{1B}[A\u{1B}[A\u{1B}[B\r") == .line("second"))
      #expect(try await read(editor, typing: "\u{1B}[A\u{1B}[A\r") == .line("first"))
      editor.clearHistory()
      #expect(try await read(editor, typing: "\u{1B}[A\r") == .line(""))
    }
  }

  @Test func blankAndRepeatedLinesStayOutOfHistory() async throws {
    do {
      let editor = makeEditor()
      for line in ["older", "same", "same", "   "] {
        _ = try await read(editor, typing: line + "\r")
      }
      #expect(try await read(editor, typing: "\u{1B}[A\u{1B}[A\r") == .line("older"))
    }
  }

  @Test func ctrlDOnAnEmptyLineIsEndOfInputOnAFreshLine() async throws {
    do {
      let editor = makeEditor()
      let pending = try await startReading(editor)
      try await terminal.type("\u{4}")
      #expect(try await finish(pending) == .endOfInput)
      #expect(terminal.shownText.hasSuffix("\n") || terminal.shownText.hasSuffix("\r\n"))
      // A terminal can be typed at again afterwards.
      #expect(try await read(editor, typing: "again\r") == .line("again"))
    }
  }

  @Test func ctrlDWithinALineDeletesTheCharacterUnderTheCursor() async throws {
    do {
      let editor = makeEditor()
      #expect(try await read(editor, typing: "abc\u{1}\u{4}\r") == .line("bc"))
    }
  }

  @Test func emacsKeysMoveAndEdit() async throws {
    do {
      let editor = makeEditor()
      #expect(try await read(editor, typing: "world\u{1}hello \r") == .line("hello world"))
      #expect(try await read(editor, typing: "abxc\u{1B}[D\u{7F}\r") == .line("abc"))
      #expect(try await read(editor, typing: "wrong words\u{15}right\r") == .line("right"))
    }
  }

  @Test func nonASCIITextSurvivesEditing() async throws {
    do {
      let editor = makeEditor(words: ["Zürich-Klinik"])
      #expect(try await read(editor, typing: "héllo wörld ✓ 日本\u{1B}[D\u{7F}\r") == .line("héllo wörld ✓ 本"))
      #expect(try await read(editor, typing: "zü\t\r") == .line("Zürich-Klinik"))
    }
  }

  @Test func longPastedLineArrivesWhole() async throws {
    do {
      let editor = makeEditor()
      let line = String(repeating: "0123456789", count: 2_000)
      #expect(try await read(editor, typing: line + "\r") == .line(line))
    }
  }

  @Test func lineOverTheLimitIsCutAndKeptOutOfHistory() async throws {
    do {
      let editor = makeEditor(maximumLineBytes: 1_000)
      #expect(try await read(editor, typing: String(repeating: "x", count: 5_000) + "\r")
        == .truncatedLine(String(repeating: "x", count: 1_000)))
      #expect(try await read(editor, typing: "\u{1B}[A\r") == .line(""))
    }
  }

  @Test func pendingTerminationReturnsWithoutShowingThePrompt() async throws {
    let signals = ManualSignals()
    do {
      let editor = makeEditor(signals: signals.source)
      signals.terminate(.hangup)
      #expect(editor.readLine(prompt: "never shown> ") == .terminated(.hangup))
      #expect(!terminal.shownText.contains("never shown"))
    }
  }

  @Test func ctrlCPressedBeforeTheCallCancelsNothing() async throws {
    let signals = ManualSignals()
    do {
      let editor = makeEditor(signals: signals.source)
      signals.pressCtrlC()
      #expect(try await read(editor, typing: "kept\r") == .line("kept"))
    }
  }
}
