@preconcurrency import Glibc
import Testing

/// The pseudo-terminal harness, driving programs every Debian machine has.
@Suite struct PseudoTerminalTests {
  @Test func childSeesATerminalOfTheRequestedSizeOnAllThreeDescriptors() async throws {
    let terminal = try PseudoTerminal(
      executable: "/bin/sh",
      arguments: ["-c", "stty size; for fd in 0 1 2; do [ -t $fd ] && printf 'tty%s ' $fd; done; echo"],
      columns: 100, rows: 30
    )
    try await terminal.waitFor(screenContaining: "tty0 tty1 tty2")
    #expect(terminal.screen.lines[0] == "30 100")
    #expect(try await terminal.waitForExit() == .exited(0))
  }

  @Test func typedLineReachesTheChildAndItsAnswerIsShown() async throws {
    let terminal = try PseudoTerminal(executable: "/bin/sh", arguments: ["-c", "echo ready; read x; echo got:$x"])
    try await terminal.waitFor(screenContaining: "ready")
    terminal.send("hello world")
    terminal.send(.enter)
    try await terminal.waitFor(screenContaining: "got:hello world")
    #expect(try await terminal.waitForExit() == .exited(0))
    #expect(terminal.screen.lines.prefix(3) == ["ready", "hello world", "got:hello world"])
  }

  @Test func cookedTerminalEchoOfBackspaceShowsTheCorrectedLine() async throws {
    let terminal = try PseudoTerminal(executable: "/bin/sh", arguments: ["-c", "echo ready; read x; echo got:$x"])
    try await terminal.waitFor(screenContaining: "ready")
    terminal.send("abx")
    terminal.send(.backspace)
    terminal.send("c")
    terminal.send(.enter)
    try await terminal.waitFor(screenContaining: "got:abc")
    #expect(terminal.screen.lines[1] == "abc")
  }

  @Test func ctrlCSendsInterruptToTheProgram() async throws {
    let terminal = try PseudoTerminal(executable: "/bin/cat")
    terminal.send("partial")
    try await terminal.waitFor(screenContaining: "partial")
    terminal.send(.ctrlC)
    #expect(try await terminal.waitForExit() == .signalled(SIGINT))
    #expect(terminal.screen.contains("partial^C"))
  }

  @Test func ctrlDOnAnEmptyLineEndsTheProgramsInput() async throws {
    let terminal = try PseudoTerminal(executable: "/bin/cat")
    terminal.send("echo me")
    terminal.send(.enter)
    try await terminal.waitFor("cat to repeat the line") { $0.lines.prefix(2) == ["echo me", "echo me"] }
    terminal.send(.ctrlD)
    #expect(try await terminal.waitForExit() == .exited(0))
  }

  @Test func hangingUpSendsHangupToTheProgram() async throws {
    let terminal = try PseudoTerminal(executable: "/bin/cat")
    terminal.send("x")
    try await terminal.waitFor(screenContaining: "x")
    terminal.hangUp()
    #expect(try await terminal.waitForExit() == .signalled(SIGHUP))
  }

  @Test func signalReachesTheProgramsHandler() async throws {
    let terminal = try PseudoTerminal(
      executable: "/bin/sh",
      arguments: ["-c", "trap 'echo caught-term; exit 3' TERM; echo ready; while :; do sleep 0.05; done"]
    )
    try await terminal.waitFor(screenContaining: "ready")
    terminal.signal(SIGTERM)
    try await terminal.waitFor(screenContaining: "caught-term")
    #expect(try await terminal.waitForExit() == .exited(3))
  }

  @Test func resizingIsSeenByTheProgram() async throws {
    let terminal = try PseudoTerminal(executable: "/bin/sh", arguments: ["-c", "echo ready; read x; stty size"])
    try await terminal.waitFor(screenContaining: "ready")
    terminal.resize(columns: 120, rows: 40)
    terminal.send(.enter)
    try await terminal.waitFor(screenContaining: "40 120")
  }

  @Test func rawModeIsSeenOnlyOnceTheProgramSetsIt() async throws {
    let cooked = try PseudoTerminal(executable: "/bin/sh", arguments: ["-c", "echo ready; read x"])
    try await cooked.waitFor(screenContaining: "ready")
    #expect(!cooked.isInRawMode)
    let raw = try PseudoTerminal(executable: "/bin/sh", arguments: ["-c", "stty -icanon -echo; echo ready; read x"])
    try await raw.waitFor(screenContaining: "ready")
    #expect(raw.isInRawMode)
  }

  @Test func environmentIsExactlyTheOneGiven() async throws {
    let terminal = try PseudoTerminal(executable: "/usr/bin/env")
    #expect(try await terminal.waitForExit() == .exited(0))
    let shown = Set(terminal.screen.lines.filter { !$0.isEmpty })
    let expected = Set(PseudoTerminal.defaultEnvironment.map { "\($0.key)=\($0.value)" })
    #expect(shown == expected)
  }

  @Test func waitingForTextThatNeverAppearsFailsWithTheScreen() async throws {
    let terminal = try PseudoTerminal(executable: "/bin/cat")
    terminal.send("visible text")
    let failure = await #expect(throws: PseudoTerminal.Failure.self) {
      try await terminal.waitFor(screenContaining: "never shown", timeout: .milliseconds(300))
    }
    #expect(failure?.description.contains("\"never shown\"") == true)
    #expect(failure?.description.contains("|visible text") == true)
  }

  @Test func waitingForTextFailsAsSoonAsTheProgramExitsWithoutIt() async throws {
    let terminal = try PseudoTerminal(executable: "/bin/sh", arguments: ["-c", "echo bye; exit 4"])
    let failure = await #expect(throws: PseudoTerminal.Failure.self) {
      try await terminal.waitFor(screenContaining: "never shown", timeout: .seconds(10))
    }
    #expect(failure?.message.contains("exited with status 4") == true)
    #expect(failure?.screen.contains("bye") == true)
  }

  @Test func programKeepsRunningUntilTheHarnessGoesAway() async throws {
    var processID: pid_t = 0
    do {
      let terminal = try PseudoTerminal(executable: "/bin/cat")
      processID = terminal.processID
      #expect(kill(processID, 0) == 0)
    }
    // The harness killed and reaped the child when it went away, so the ID is free.
    #expect(kill(processID, 0) == -1 && errno == ESRCH)
  }

  @Test func missingExecutableIsReported() {
    #expect(throws: SystemError.self) {
      _ = try PseudoTerminal(executable: "/nonexistent/program")
    }
  }

  @Test func builtProductsFindsTheToolNextToTheTestBundle() throws {
    let path = try BuiltProducts.path(of: "second-opinion")
    #expect(path == BuiltProducts.directory + "/second-opinion")
    #expect(access(path, X_OK) == 0)
    #expect(throws: BuiltProducts.Missing.self) { try BuiltProducts.path(of: "no-such-product") }
  }

  @Test func temporaryDirectoryListsWhatAProgramWroteAndIsRemovedAfterwards() async throws {
    var folder = ""
    do {
      let home = try TemporaryDirectory()
      folder = home.path
      #expect(home.contents().isEmpty)
      var environment = PseudoTerminal.defaultEnvironment
      environment["HOME"] = home.path
      let terminal = try PseudoTerminal(
        executable: "/bin/sh", arguments: ["-c", "mkdir \"$HOME/.cache\" && echo x > \"$HOME/.cache/history\""],
        environment: environment
      )
      #expect(try await terminal.waitForExit() == .exited(0))
      #expect(home.contents() == [".cache", ".cache/history"])
    }
    #expect(access(folder, F_OK) == -1)
  }
}

/// The screen model, fed escape sequences directly.
@Suite struct PseudoTerminalScreenTests {
  private func screen(_ output: String, columns: Int = 20, rows: Int = 5) -> TerminalScreen {
    var screen = TerminalScreen(columns: columns, rows: rows)
    screen.feed(output)
    return screen
  }

  @Test func carriageReturnAndLineFeedStartANewLine() {
    let screen = screen("first\r\nsecond")
    #expect(screen.lines == ["first", "second", "", "", ""])
    #expect(screen.text == "first\nsecond")
    #expect((screen.cursorRow, screen.cursorColumn) == (1, 6))
  }

  @Test func lineFeedAloneKeepsTheColumn() {
    #expect(screen("ab\ncd").lines.prefix(2) == ["ab", "  cd"])
  }

  @Test func textWrapsAtTheRightMarginOnlyWhenMoreFollows() {
    var screen = screen("abcde", columns: 5)
    #expect((screen.cursorRow, screen.cursorColumn) == (0, 4))
    screen.feed("\r\n")
    #expect(screen.lines.prefix(2) == ["abcde", ""])
    screen.feed("fghijk")
    #expect(screen.lines.prefix(3) == ["abcde", "fghij", "k"])
  }

  @Test func outputPastTheBottomScrollsTheScreenUp() {
    let screen = screen("1\r\n2\r\n3\r\n4", rows: 3)
    #expect(screen.lines == ["2", "3", "4"])
  }

  @Test func backspaceAndEraseToEndOfLineRemoveText() {
    #expect(screen("hello\u{8}\u{8}\u{1B}[K").lines[0] == "hel")
    #expect(screen("hello\u{8}\u{8} ").lines[0] == "hel o")
  }

  @Test func cursorMovementSequencesPlaceText() {
    #expect(screen("\u{1B}[2;3Hx").lines[1] == "  x")
    #expect(screen("\u{1B}[3;1Habc\u{1B}[2Dz\u{1B}[Ay\u{1B}[By\u{1B}[3Cw").lines[1...2] == ["  y", "azcy   w"])
    #expect(screen("abcdef\u{1B}[3Gx").lines[0] == "abxdef")
    #expect(screen("\u{1B}[Hhome\u{1B}[5;20Hc").lines[4] == "                   c")
  }

  @Test func eraseInDisplayClearsTheRequestedPart() {
    let text = "11111\r\n22222\r\n33333\u{1B}[2;3H"
    #expect(screen(text + "\u{1B}[J").lines.prefix(3) == ["11111", "22", ""])
    #expect(screen(text + "\u{1B}[1J").lines.prefix(3) == ["", "   22", "33333"])
    #expect(screen(text + "\u{1B}[2J").text == "")
  }

  @Test func eraseInLineClearsTheRequestedPart() {
    #expect(screen("abcdef\u{1B}[3G\u{1B}[1K").lines[0] == "   def")
    #expect(screen("abcdef\u{1B}[3G\u{1B}[2K").lines[0] == "")
  }

  @Test func insertingAndDeletingCharactersShiftsTheRest() {
    #expect(screen("abcdef\r\u{1B}[2C\u{1B}[2P").lines[0] == "abef")
    #expect(screen("abcdef\r\u{1B}[2C\u{1B}[3@").lines[0] == "ab   cdef")
  }

  @Test func coloursBellsTitlesAndModesShowNothing() {
    let shown = screen("\u{1B}[1;31mred\u{1B}[0m\u{7}\u{1B}]0;window title\u{7}\u{1B}[?1034h\u{1B}=\u{1B}(Bok")
    #expect(shown.lines[0] == "redok")
  }

  @Test func bracketedPasteModeIsFollowed() {
    #expect(!screen("a").marksPastes)
    #expect(screen("\u{1B}[?2004ha").marksPastes)
    #expect(!screen("\u{1B}[?2004h\u{1B}[?2004l").marksPastes)
    #expect(!screen("\u{1B}[?25h").marksPastes)
  }

  @Test func tabMovesToTheNextMultipleOfEight() {
    #expect(screen("a\tb\tc").lines[0] == "a       b       c")
  }

  @Test func utf8SplitAcrossPiecesOfOutputIsOneCharacter() {
    var screen = TerminalScreen(columns: 10, rows: 2)
    let bytes = Array("é✓".utf8)
    for byte in bytes { screen.feed([byte]) }
    #expect(screen.lines[0] == "é✓")
    #expect(screen.cursorColumn == 2)
  }

  @Test func wideCharactersTakeTwoCells() {
    let screen = screen("日本x")
    #expect(screen.lines[0] == "日本x")
    #expect(screen.cursorColumn == 5)
  }

  @Test func containsFindsTextEndingInBlanksButLinesAreTrimmed() {
    let screen = screen("q1> ")
    #expect(screen.contains("q1> "))
    #expect(screen.lines[0] == "q1>")
    #expect(!screen.contains("q1>  x"))
  }

  @Test func linesScrolledOffTheTopAreKeptInOrder() {
    let screen = screen("1\r\n2\r\n3\r\n4", rows: 2)
    #expect(screen.scrolledOff == ["1", "2"])
    #expect(screen.lines == ["3", "4"])
    #expect(screen.allLines == ["1", "2", "3", "4"])
  }

  @Test func savedCursorIsRestored() {
    #expect(screen("ab\u{1B}7\r\nline\u{1B}8c").lines.prefix(2) == ["abc", "line"])
  }

  @Test func dumpFramesTheScreenAndNamesTheCursorPosition() {
    let dump = screen("hi", columns: 4, rows: 2).description
    #expect(dump == """
      screen 4x2, cursor at row 1, column 3:
         +----+
        1|hi  |
        2|    |
         +----+
      """)
  }
}
