@preconcurrency import Glibc
import Testing

/// Signals reach the guided session alone, never the shell that started it, and a closed
/// terminal is recorded as a hang-up; in a pseudo-terminal, under a wrapping shell.
@Suite struct TerminalSignalTests {
  /// Starts `sh -c SCRIPT` in a terminal, where the script runs the tool with the
  /// sandbox's transcripts folder as `"$0" --transcripts "$1"`.
  private func startUnderAShell(_ script: String, in sandbox: Sandbox) throws -> PseudoTerminal {
    try PseudoTerminal(
      executable: "/bin/sh", arguments: ["-c", script, Sandbox.tool(), sandbox.transcripts], environment: sandbox.terminalEnvironment)
  }

  /// Whether a process exists and has not yet exited.
  private func isRunning(_ process: pid_t) -> Bool {
    guard let stat = FileSystem.readText("/proc/\(process)/stat"), let close = stat.lastIndex(of: ")") else { return false }
    return stat[stat.index(close, offsetBy: 2)] != "Z"
  }

  /// The process ids of a process's children.
  private func children(of process: pid_t) -> [pid_t] {
    (FileSystem.readText("/proc/\(process)/task/\(process)/children") ?? "").split(separator: " ").compactMap { pid_t($0) }
  }

  @Test func sigtermReachesTheSessionAloneAndTheShellGoesOn() async throws {
    let sandbox = try Sandbox()
    let terminal = try startUnderAShell("\"$0\" --transcripts \"$1\"; echo \"the shell saw status $?\"", in: sandbox)
    try await terminal.waitFor(prompt: "Who is calling?> ")
    try await terminal.enter("patient", thenPrompt: "Treated where now?> ")
    let tool = try #require(children(of: terminal.processID).first)
    kill(tool, SIGTERM)
    try await terminal.waitFor(screenContaining: "the shell saw status 143")
    #expect(try await terminal.waitForExit(timeout: .seconds(10)) == .exited(0))
    let transcript = try #require(sandbox.onlyTranscript())
    #expect(transcript.header("ended") == "abandoned (terminated)")
  }

  /// Job control needs a shell that has it: an interactive bash, as staff would use.
  @Test(.enabled(if: access("/bin/bash", X_OK) == 0, "needs /bin/bash for job control"))
  func ctrlZStopsTheSessionAndFgBringsItsLineBack() async throws {
    let sandbox = try Sandbox()
    var environment = sandbox.terminalEnvironment
    environment["PS1"] = "$ "
    let terminal = try PseudoTerminal(executable: "/bin/bash", arguments: ["--norc", "--noprofile", "-i"], environment: environment)
    try await terminal.waitFor(screenContaining: "$ ")
    terminal.send("'\(try Sandbox.tool())' --transcripts '\(sandbox.transcripts)'\r")
    try await terminal.waitFor(prompt: "Who is calling?> ")
    try await terminal.type("pati")
    terminal.send(.ctrlZ)
    try await terminal.waitFor(screenContaining: "Stopped")
    terminal.send("fg\r")
    try await terminal.waitFor("the line to be redrawn") { screen in screen.cursorLine == "Who is calling?> pati" && terminal.isInRawMode }
    try await terminal.enter("ent", thenPrompt: "Treated where now?> ")
    // Mid-call, the first Ctrl-D asks; the second ends the program.
    try await terminal.press(.ctrlD, thenShows: "Press Ctrl-D again")
    terminal.send(.ctrlD)
    try await terminal.waitFor("the shell's prompt again") { $0.cursorLine == "$" }
    #expect(try #require(sandbox.onlyTranscript()).answers == ["asker: patient"])
    terminal.send("exit\r")
    #expect(try await terminal.waitForExit(timeout: .seconds(10)) == .exited(0))
  }

  @Test(arguments: 1...3)
  func closingTheTerminalIsRecordedAsAHangUp(_ run: Int) async throws {
    let sandbox = try Sandbox()
    let terminal = try startUnderAShell("\"$0\" --transcripts \"$1\"; echo done", in: sandbox)
    try await terminal.waitFor(prompt: "Who is calling?> ")
    try await terminal.enter("patient", thenPrompt: "Treated where now?> ")
    let tool = try #require(children(of: terminal.processID).first)
    terminal.hangUp()
    // The tool's parent, the shell, dies of the hang-up too, so the tool is waited for
    // through /proc: gone, or a zombie nobody has reaped yet.
    let deadline = ContinuousClock.now.advanced(by: .seconds(10))
    while isRunning(tool), ContinuousClock.now < deadline {
      var status: Int32 = 0
      _ = waitpid(terminal.processID, &status, WNOHANG)
      try await Task.sleep(for: .milliseconds(10))
    }
    #expect(!isRunning(tool))
    let transcript = try #require(sandbox.onlyTranscript())
    #expect(transcript.header("ended") == "abandoned (hangup)")
    #expect(transcript.answers == ["asker: patient"])
  }
}
