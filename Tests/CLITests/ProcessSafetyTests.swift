@preconcurrency import Glibc
import Testing

/// What the process does to keep what was typed out of core files and crash prompts, and
/// to stay usable when it starts with odd descriptors or output nobody reads.
@Suite struct ProcessSafetyTests {
  /// Runs the tool in a pseudo-terminal from `folder`, through `prlimit`, so that core
  /// files are allowed when it starts (the tool must turn them off itself).
  private func startAllowingCoreFiles(_ arguments: [String], in folder: String, sandbox: Sandbox) throws -> PseudoTerminal {
    try PseudoTerminal(
      executable: "/bin/sh",
      arguments: ["-c", "cd \"$0\" && exec prlimit --core=unlimited:unlimited \"$@\"", folder, Sandbox.tool()] + arguments,
      environment: sandbox.terminalEnvironment)
  }

  /// The soft and hard core-file limits of a running process, as `/proc` shows them.
  private func coreLimit(of process: pid_t) -> String? {
    guard let limits = FileSystem.readText("/proc/\(process)/limits") else { return nil }
    guard let line = limits.split(separator: "\n").first(where: { $0.hasPrefix("Max core file size") }) else { return nil }
    return line.split(separator: " ", omittingEmptySubsequences: true).dropFirst(4).prefix(2).joined(separator: " ")
  }

  // MARK: Core dumps and crash prompts

  @Test func ctrlBackslashSavesTheCallAsAbandonedAndLeavesNoCoreFile() async throws {
    let sandbox = try Sandbox()
    try FileSystem.makeDirectory(sandbox.path("run"))
    let terminal = try startAllowingCoreFiles(["--transcripts", sandbox.transcripts], in: sandbox.path("run"), sandbox: sandbox)
    try await terminal.waitFor(prompt: "Who is calling?> ")
    #expect(coreLimit(of: terminal.processID) == "0 0")
    try await terminal.enter("patient", thenPrompt: "Treated where now?> ")
    try await terminal.type("Jane Doe")
    terminal.send(.ctrlBackslash)
    #expect(try await terminal.waitForExit(timeout: .seconds(10)) == .exited(143))
    #expect(!terminal.screen.contains("Press space"))
    #expect(FileSystem.names(in: sandbox.path("run")) == [])

    let transcript = try #require(sandbox.onlyTranscript())
    #expect(transcript.header("ended") == "abandoned (terminated)")
    #expect(transcript.answers == ["asker: patient"])
  }

  @Test(arguments: [SIGSEGV, SIGABRT, SIGBUS])
  func aCrashEndsTheProgramWithoutACrashPromptOrCoreFile(_ crash: Int32) async throws {
    let sandbox = try Sandbox()
    try FileSystem.makeDirectory(sandbox.path("run"))
    let terminal = try startAllowingCoreFiles(["--no-record"], in: sandbox.path("run"), sandbox: sandbox)
    try await terminal.waitFor(prompt: "Who is calling?> ")
    try await terminal.type("Jane Doe 943 476 5919")
    terminal.signal(crash)
    #expect(try await terminal.waitForExit(timeout: .seconds(10)) == .signalled(crash))
    #expect(!terminal.screen.contains("Press space"))
    #expect(!terminal.screen.contains("crashed"))
    #expect(FileSystem.names(in: sandbox.path("run")) == [])
  }

  // MARK: Descriptors

  @Test func aClosedStandardInputReadsAsEmpty() async throws {
    let sandbox = try Sandbox()
    let result = try await ChildProcess.run(
      "/bin/sh", ["-c", "exec \"$0\" --no-record <&-", Sandbox.tool()], environment: sandbox.environment, timeout: .seconds(10))
    #expect(result.status == .exited(0))
    #expect(result.output.hasSuffix("Who is calling?> \nPractice: nothing was saved.\n"))
    #expect(result.errors == "")
  }

  /// Output nobody reads: a FIFO held open for reading and never read, so the tool's
  /// writes block once its buffer is full.
  @Test(arguments: [SIGTERM, SIGHUP])
  func aSignalEndsTheCallEvenWhileOutputIsBlocked(_ signal: Int32) async throws {
    let sandbox = try Sandbox()
    let fifo = sandbox.path("output")
    #expect(mkfifo(fifo, 0o600) == 0)
    let reader = open(fifo, O_RDWR | O_CLOEXEC)
    #expect(reader >= 0)
    defer { close(reader) }
    let child = try ChildProcess(
      executable: "/bin/sh", arguments: ["-c", "exec \"$0\" > \"$1\"", Sandbox.tool(), fifo], environment: sandbox.environment)
    // Each :help writes over a kilobyte: far more than the FIFO holds.
    child.write("patient\n" + String(repeating: ":help\n", count: 400))
    try await child.waitUntil("the transcript of the first answer") { sandbox.transcriptFiles().count == 1 }
    try await Task.sleep(for: .milliseconds(200))
    child.signal(signal)
    let result = try await child.waitForExit(timeout: .seconds(10))
    #expect(result.status == .exited(128 + signal))
    let transcript = try #require(sandbox.onlyTranscript())
    #expect(transcript.header("ended") == (signal == SIGHUP ? "abandoned (hangup)" : "abandoned (terminated)"))
    #expect(transcript.answers == ["asker: patient"])
  }
}
