@preconcurrency import Glibc

/// A program running with pipes for its standard input, output and error, driven the
/// way a script or a shell pipeline drives it.
///
/// Input is written as the child reads it, and both outputs are read as they come, so
/// neither side ever blocks the other. Every wait has a timeout that only guards against
/// hangs (``hangTimeout`` unless told); on timeout it throws a ``Failure`` showing what
/// the child wrote. The child runs in its own process group and is killed when this
/// object goes away.
///
/// ```swift
/// let result = try await ChildProcess.run(tool, ["check"], environment: sandbox.environment)
/// #expect(result.status == .exited(0))
/// ```
final class ChildProcess {
  /// How a finished child ended and everything it wrote.
  struct Result: CustomStringConvertible {
    /// How it ended.
    let status: PseudoTerminal.ExitStatus
    /// Its standard output, as bytes.
    let outputBytes: [UInt8]
    /// Its standard error, as bytes.
    let errorBytes: [UInt8]

    /// Standard output as text (invalid UTF-8 shown as U+FFFD).
    var output: String { String(decoding: outputBytes, as: UTF8.self) }
    /// Standard error as text (invalid UTF-8 shown as U+FFFD).
    var errors: String { String(decoding: errorBytes, as: UTF8.self) }
    /// Standard output split into lines, without the empty piece after the last newline.
    var outputLines: [String] { Self.lines(output) }
    /// Standard error split into lines, without the empty piece after the last newline.
    var errorLines: [String] { Self.lines(errors) }

    var description: String { "\(status)\n--- stdout\n\(output)--- stderr\n\(errors)---" }

    static func lines(_ text: String) -> [String] {
      var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      if lines.last == "" { lines.removeLast() }
      return lines
    }
  }

  /// Why a wait failed; its description shows what the child wrote so far.
  struct Failure: Error, CustomStringConvertible {
    let message: String
    let output: String
    let errors: String

    var description: String { "\(message)\n--- stdout (last 2000 characters)\n\(output.suffix(2000))\n--- stderr\n\(errors.suffix(2000))" }
  }

  /// The child's process ID.
  let processID: pid_t
  /// Everything the child wrote to standard output so far, as of the last read.
  private(set) var outputBytes: [UInt8] = []
  /// Everything the child wrote to standard error so far, as of the last read.
  private(set) var errorBytes: [UInt8] = []

  private var input: Int32
  private var output: Int32
  private var error: Int32
  private var pendingInput: [UInt8] = []
  private var pendingOffset = 0
  /// How many bytes have gone to the child or come from it so far: a wait counts its
  /// time from the last change, so one starved by other tests' work (its child blocked
  /// on a full pipe meanwhile) is not taken for a hang.
  private var bytesMoved = 0
  private var closeInputWhenWritten = false
  private var exitStatus: PseudoTerminal.ExitStatus?

  /// Writing to a pipe whose reader has gone must fail with `EPIPE`, not kill the tests.
  private static let brokenPipeIgnored: Void = { _ = Glibc.signal(SIGPIPE, SIG_IGN) }()

  /// Starts `executable` (a path, not searched for) with `arguments` and exactly
  /// `environment`, in `directory` when given (else the test's own working directory).
  init(
    executable: String,
    arguments: [String] = [],
    environment: [String: String],
    directory: String? = nil
  ) throws {
    _ = Self.brokenPipeIgnored
    let stdinPipe = try Self.makePipe()
    let stdoutPipe: (read: Int32, write: Int32)
    let stderrPipe: (read: Int32, write: Int32)
    do {
      stdoutPipe = try Self.makePipe()
    } catch {
      Self.close(stdinPipe)
      throw error
    }
    do {
      stderrPipe = try Self.makePipe()
    } catch {
      Self.close(stdinPipe)
      Self.close(stdoutPipe)
      throw error
    }
    defer {
      Glibc.close(stdinPipe.read)
      Glibc.close(stdoutPipe.write)
      Glibc.close(stderrPipe.write)
    }
    do {
      processID = try Self.spawn(
        executable, arguments: arguments, environment: environment, directory: directory,
        descriptors: (stdinPipe.read, stdoutPipe.write, stderrPipe.write))
    } catch {
      Glibc.close(stdinPipe.write)
      Glibc.close(stdoutPipe.read)
      Glibc.close(stderrPipe.read)
      throw error
    }
    input = stdinPipe.write
    output = stdoutPipe.read
    error = stderrPipe.read
    for descriptor in [input, output, error] {
      _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
    }
  }

  deinit {
    if exitStatus == nil {
      kill(processID, SIGKILL)
      var status: Int32 = 0
      while waitpid(processID, &status, 0) < 0 && errno == EINTR {}
    }
    for descriptor in [input, output, error] where descriptor >= 0 { Glibc.close(descriptor) }
  }

  /// Runs a program to the end: gives it `input` then end of input, and returns how it
  /// ended and what it wrote.
  static func run(
    _ executable: String,
    _ arguments: [String] = [],
    input: [UInt8] = [],
    environment: [String: String],
    directory: String? = nil,
    timeout: Duration = hangTimeout
  ) async throws -> Result {
    let child = try ChildProcess(executable: executable, arguments: arguments, environment: environment, directory: directory)
    child.write(input)
    child.closeInput()
    return try await child.waitForExit(timeout: timeout)
  }

  /// ``run(_:_:input:environment:directory:timeout:)`` with text as input.
  static func run(
    _ executable: String,
    _ arguments: [String] = [],
    input: String,
    environment: [String: String],
    directory: String? = nil,
    timeout: Duration = hangTimeout
  ) async throws -> Result {
    try await run(
      executable, arguments, input: Array(input.utf8), environment: environment, directory: directory, timeout: timeout)
  }

  // MARK: Input

  /// Queues `bytes` for the child's standard input; they are written as it reads.
  func write(_ bytes: [UInt8]) {
    guard input >= 0, !closeInputWhenWritten else { return }
    pendingInput += bytes
    pump()
  }

  /// Queues the UTF-8 bytes of `text` for the child's standard input.
  func write(_ text: String) {
    write(Array(text.utf8))
  }

  /// Ends the child's input once everything queued has been written.
  func closeInput() {
    closeInputWhenWritten = true
    pump()
  }

  /// Sends `signal` (for example `SIGTERM`) to the child, if it is still running.
  func signal(_ signal: Int32) {
    if exitStatus == nil { kill(processID, signal) }
  }

  // MARK: Waiting

  /// Waits until `condition` holds, writing input and reading output meanwhile; `what`
  /// describes the condition in failures.
  ///
  /// - Throws: ``Failure`` when `timeout` passes with no byte written or read, or the
  ///   child exits before it holds.
  func waitUntil(
    _ what: String,
    timeout: Duration = hangTimeout,
    condition: () -> Bool
  ) async throws {
    var deadline = ContinuousClock.now.advanced(by: timeout)
    var moved = bytesMoved
    while true {
      pump()
      if bytesMoved != moved {
        moved = bytesMoved
        deadline = ContinuousClock.now.advanced(by: timeout)
      }
      if condition() { return }
      if let status = reapIfExited() {
        drainOutput()
        if condition() { return }
        throw failure("Waited for \(what), but the program \(status).")
      }
      if ContinuousClock.now >= deadline { throw failure("Waited \(timeout) for \(what).") }
      try await Task.sleep(for: .milliseconds(5))
    }
  }

  /// Waits until standard output contains `text`.
  func waitFor(outputContaining text: String, timeout: Duration = hangTimeout) async throws {
    try await waitUntil("standard output to contain \(String(reflecting: text))", timeout: timeout) {
      String(decoding: outputBytes, as: UTF8.self).contains(text)
    }
  }

  /// Waits for the child to end, writing input and reading output meanwhile.
  ///
  /// - Throws: ``Failure`` when `timeout` passes with no byte written or read (the child
  ///   is then killed).
  @discardableResult
  func waitForExit(timeout: Duration = hangTimeout) async throws -> Result {
    var deadline = ContinuousClock.now.advanced(by: timeout)
    var moved = bytesMoved
    while true {
      pump()
      if bytesMoved != moved {
        moved = bytesMoved
        deadline = ContinuousClock.now.advanced(by: timeout)
      }
      if let status = reapIfExited() {
        drainOutput()
        return Result(status: status, outputBytes: outputBytes, errorBytes: errorBytes)
      }
      if ContinuousClock.now >= deadline {
        let failure = failure("Waited \(timeout) for the program to exit.")
        kill(processID, SIGKILL)
        throw failure
      }
      try await Task.sleep(for: .milliseconds(5))
    }
  }

  // MARK: Internals

  private func failure(_ message: String) -> Failure {
    Failure(
      message: message, output: String(decoding: outputBytes, as: UTF8.self),
      errors: String(decoding: errorBytes, as: UTF8.self))
  }

  /// Writes what input the pipe takes now, and reads what output is waiting; never blocks.
  private func pump() {
    writePendingInput()
    readAvailable(from: &output, into: &outputBytes)
    readAvailable(from: &error, into: &errorBytes)
  }

  private func writePendingInput() {
    guard input >= 0 else { return }
    while pendingOffset < pendingInput.count {
      let written = pendingInput[pendingOffset...].withUnsafeBytes { Glibc.write(input, $0.baseAddress, $0.count) }
      if written > 0 {
        pendingOffset += written
        bytesMoved += written
      } else if written < 0 && errno == EINTR {
        continue
      } else if written < 0 && errno == EAGAIN {
        return
      } else {
        // EPIPE: the child stopped reading; the rest of the input is dropped.
        pendingInput = []
        pendingOffset = 0
        Glibc.close(input)
        input = -1
        return
      }
    }
    pendingInput = []
    pendingOffset = 0
    if closeInputWhenWritten {
      Glibc.close(input)
      input = -1
    }
  }

  private func readAvailable(from descriptor: inout Int32, into bytes: inout [UInt8]) {
    guard descriptor >= 0 else { return }
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        bytes += chunk[..<count]
        bytesMoved += count
      } else if count < 0 && errno == EINTR {
        continue
      } else {
        if count == 0 {
          Glibc.close(descriptor)
          descriptor = -1
        }
        return
      }
    }
  }

  /// Reads the output left in the pipes after the child has exited.
  private func drainOutput() {
    readAvailable(from: &output, into: &outputBytes)
    readAvailable(from: &error, into: &errorBytes)
  }

  private func reapIfExited() -> PseudoTerminal.ExitStatus? {
    guard exitStatus == nil else { return exitStatus }
    var status: Int32 = 0
    guard waitpid(processID, &status, WNOHANG) == processID else { return nil }
    let signal = status & 0x7F
    exitStatus = signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
    return exitStatus
  }

  private static func makePipe() throws -> (read: Int32, write: Int32) {
    var descriptors: [Int32] = [-1, -1]
    guard pipe(&descriptors) == 0 else { throw SystemError(operation: "pipe") }
    for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
    return (descriptors[0], descriptors[1])
  }

  private static func close(_ pipe: (read: Int32, write: Int32)) {
    Glibc.close(pipe.read)
    Glibc.close(pipe.write)
  }

  /// Starts the child with `posix_spawn`: its own process group, default signal handling,
  /// nothing blocked, the pipes as descriptors 0, 1 and 2, every other descriptor closed.
  private static func spawn(
    _ executable: String, arguments: [String], environment: [String: String], directory: String?,
    descriptors: (input: Int32, output: Int32, error: Int32)
  ) throws -> pid_t {
    try spawnProgram(executable, arguments: arguments, environment: environment, flags: Int32(POSIX_SPAWN_SETPGROUP)) {
      attributes, actions in
      posix_spawnattr_setpgroup(&attributes, 0)
      posix_spawn_file_actions_adddup2(&actions, descriptors.input, 0)
      posix_spawn_file_actions_adddup2(&actions, descriptors.output, 1)
      posix_spawn_file_actions_adddup2(&actions, descriptors.error, 2)
      if let directory {
        guard let changeDirectory = ChildProcessLibC.addChangeDirectory else {
          throw SystemError(operation: "posix_spawn_file_actions_addchdir_np", code: ENOSYS)
        }
        let result = changeDirectory(&actions, directory)
        guard result == 0 else { throw SystemError(operation: "posix_spawn_file_actions_addchdir_np", code: result) }
      }
    }
  }
}

/// `posix_spawn_file_actions_addchdir_np(3)` (glibc 2.29 and later), which Swift's
/// `Glibc` module does not import, looked up by name.
enum ChildProcessLibC {
  typealias ChangeDirectoryFunction = @convention(c) (
    UnsafeMutablePointer<posix_spawn_file_actions_t>?, UnsafePointer<CChar>?
  ) -> Int32

  /// The function, or nil on a C library without it.
  static let addChangeDirectory: ChangeDirectoryFunction? = dlsym(
    UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addchdir_np"
  ).map { unsafeBitCast($0, to: ChangeDirectoryFunction.self) }
}
