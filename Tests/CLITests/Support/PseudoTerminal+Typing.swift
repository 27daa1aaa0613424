/// Typing at `second-opinion`'s prompts, one step at a time, waiting for each step to be
/// seen before the next, so no assertion depends on timing.
extension PseudoTerminal {
  /// What the program wrote after the first `mark` bytes of ``output``, as text (escape
  /// sequences included).
  func outputText(since mark: Int) -> String {
    String(decoding: output[min(mark, output.count)...], as: UTF8.self)
  }

  /// Waits until the cursor is on a line reading exactly `prompt` (the trailing space of
  /// a prompt such as `"asker> "` may be left out) and the line editor is reading keys.
  ///
  /// libedit writes its prompt *before* it puts the terminal in raw mode, so a key sent as
  /// soon as the prompt shows may still be echoed by the kernel, and then again by libedit.
  /// Waiting for raw mode as well makes what is typed next show exactly once.
  func waitFor(prompt: String, timeout: Duration = hangTimeout) async throws {
    let wanted = prompt.droppingTrailingSpaces
    try await waitFor("the prompt \(String(reflecting: prompt)), nothing typed after it, and keys being read", timeout: timeout) {
      screen in screen.cursorLine == wanted && self.isInRawMode
    }
  }

  /// Types `text` and waits until the line being edited ends with it.
  func type(_ text: String, timeout: Duration = hangTimeout) async throws {
    send(text)
    try await waitFor("the typed text \(String(reflecting: text)) to be shown", timeout: timeout) {
      $0.cursorLine.hasSuffix(text.droppingTrailingSpaces)
    }
  }

  /// Types `line`, presses Enter, and waits for the program's reply to end with `prompt`
  /// shown afresh. Returns what the program wrote after the Enter.
  @discardableResult
  func enter(_ line: String, thenPrompt prompt: String, timeout: Duration = hangTimeout) async throws -> String {
    if !line.isEmpty { try await type(line, timeout: timeout) }
    readAvailableOutput()
    let mark = output.count
    send(.enter)
    let wanted = prompt.droppingTrailingSpaces
    try await waitFor("the reply to \(String(reflecting: line)) and then the prompt \(String(reflecting: prompt))", timeout: timeout) {
      screen in screen.cursorLine == wanted && self.outputText(since: mark).contains(prompt) && self.isInRawMode
    }
    return outputText(since: mark)
  }

  /// Presses `key` and waits until the program has written `text` after it.
  func press(_ key: Key, thenShows text: String, timeout: Duration = hangTimeout) async throws {
    readAvailableOutput()
    let mark = output.count
    send(key)
    try await waitFor("\(String(reflecting: text)) to be written after \(key)", timeout: timeout) { _ in
      self.outputText(since: mark).contains(text)
    }
  }
}

extension String {
  /// The string without its trailing spaces.
  var droppingTrailingSpaces: String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}

extension PseudoTerminal {
  /// The lines shown after the last line reading exactly `typedLine` (a prompt and what
  /// was typed at it), up to but not including the line the cursor is on: the program's
  /// reply to that line, as it appears on the screen.
  func reply(to typedLine: String) -> [String] {
    let all = screen.allLines
    let cursor = all.count - screen.rows + screen.cursorRow
    guard let start = all[..<cursor].lastIndex(of: typedLine) else { return [] }
    return Array(all[(start + 1)..<cursor])
  }
}
