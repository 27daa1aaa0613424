@preconcurrency import Glibc

/// Every call into the C library the tool makes outside line editing, in one place.
enum Platform {
  /// Ends the process with a status, flushing standard output first.
  static func exit(_ status: Int32) -> Never {
    fflush(nil)
    Glibc.exit(status)
  }

  /// The text of the current `errno`, such as "No such file or directory".
  static func errorText(_ code: Int32 = errno) -> String {
    String(cString: strerror(code))
  }

  /// An environment variable, or nil when unset.
  static func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }

  /// Whether a file descriptor is a terminal.
  static func isTerminal(_ descriptor: Int32) -> Bool {
    isatty(descriptor) == 1
  }

  /// The number of columns of the terminal behind a descriptor, or nil when it is not a
  /// terminal or reports none.
  static func windowColumns(of descriptor: Int32) -> Int? {
    var size = winsize()
    guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }

  /// How a write ended.
  enum WriteResult: Equatable {
    /// Everything was written.
    case written
    /// The write failed with this `errno`: the reader has gone (`EPIPE`, once `SIGPIPE`
    /// is ignored), the disk is full, or the descriptor is closed.
    case failed(Int32)
    /// The output could not take more, and `giveUp` said to stop waiting for it.
    case abandoned
  }

  /// Writes text to a descriptor, after anything stdio has buffered.
  ///
  /// While the descriptor cannot take more (a pipe nobody reads, a terminal stopped
  /// with Ctrl-S), the write waits, asking `giveUp` every 100 ms and after every signal
  /// whether to stop waiting; a signal that ends the program must never be stuck
  /// behind output.
  static func write(_ text: String, to descriptor: Int32, giveUp: () -> Bool = { false }) -> WriteResult {
    // Flushing every stream (nil) rather than naming stdout avoids a reference to a C
    // global that Swift 6 rejects in whole-module (release) builds.
    fflush(nil)
    var text = text
    return text.withUTF8 { buffer in
      var rest = UnsafeRawBufferPointer(buffer)
      while !rest.isEmpty {
        var waiting = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
        let ready = poll(&waiting, 1, 100)
        if ready < 0, errno != EINTR { return .failed(errno) }
        if ready <= 0 {
          if giveUp() { return .abandoned }
          continue
        }
        // No more than a pipe takes at once, so that a write after POLLOUT does not block.
        let count = Glibc.write(descriptor, rest.baseAddress, min(rest.count, Int(PIPE_BUF)))
        if count > 0 {
          rest = UnsafeRawBufferPointer(rebasing: rest[count...])
        } else if count < 0, errno == EINTR || errno == EAGAIN {
          if giveUp() { return .abandoned }
        } else {
          return .failed(count < 0 ? errno : EIO)
        }
      }
      return .written
    }
  }

  /// Prepares the process for any command, before anything else runs.
  ///
  /// - Descriptors 0, 1 and 2 are always open: a closed one is opened on `/dev/null`
  ///   (standard input for reading, so it reads as empty; standard output and error
  ///   read-only, so writes to them fail and are reported), so no file the tool opens
  ///   later, and no signal pipe, can take their numbers.
  /// - No core file is ever written and the process is not dumpable: what was typed at
  ///   the prompts (names, NHS numbers) lives in its memory.
  /// - The crash signals end the process at once, with no interactive crash prompt
  ///   from the Swift runtime's backtracer; `SIGQUIT` (Ctrl-\) ends it like `SIGTERM`
  ///   until a line reader takes it over (see `Signals`).
  /// - Writes to a closed pipe fail with `EPIPE` instead of killing it, and a file-size
  ///   limit (`ulimit -f`) makes writes fail with `EFBIG` (reported like a full disk).
  static func prepareProcess() {
    for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
      let opened = open("/dev/null", O_RDONLY)
      if opened >= 0, opened != descriptor {
        dup2(opened, descriptor)
        close(opened)
      }
    }
    var noCore = rlimit(rlim_cur: 0, rlim_max: 0)
    setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &noCore)
    _ = setProcessControl?(4, 0, 0, 0, 0)  // PR_SET_DUMPABLE, not dumpable
    for crash in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT, SIGSYS] {
      signal(crash, SIG_DFL)
    }
    signal(SIGQUIT, SIG_DFL)
    signal(SIGPIPE, SIG_IGN)
    signal(SIGXFSZ, SIG_IGN)
  }

  /// `prctl(2)`, which Swift cannot call directly because it is variadic; looked up by
  /// name and called with its five arguments, as the C library defines it.
  private static let setProcessControl: (@convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32)? = dlsym(
    UnsafeMutableRawPointer(bitPattern: 0), "prctl"
  ).map { unsafeBitCast($0, to: (@convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32).self) }

  /// A file's bytes, as far as they were read, and its size.
  struct FileContents {
    /// The bytes: all of them, or the first `limit` and one more for a larger file.
    var bytes: [UInt8]
    /// The file's size in bytes, whether or not it was all read.
    var size: Int
  }

  /// Reads a whole regular file, but no more than `limit` bytes plus one, so an
  /// oversized file is recognised without reading it all.
  ///
  /// The file is opened without blocking and refused unless it is a regular file, so a
  /// FIFO or a device (`/dev/zero` behind a link) is reported rather than read for ever.
  static func readFile(_ path: String, limit: Int) throws(FileError) -> FileContents {
    let (descriptor, info) = try openRegularFile(path)
    defer { close(descriptor) }
    // Read straight into an array of the size the file says it has, plus a byte to see
    // an oversized file's excess; the file is read as it was when opened, so reading
    // stops at that size without a last read to find its end. One that gives no size
    // is read on in chunks.
    var failure: Int32 = 0
    let statedSize = Int(info.st_size)
    let expected = statedSize > 0 ? min(statedSize, limit) + 1 : 1 << 16
    var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
      count = 0
      while count < buffer.count, statedSize <= 0 || count < statedSize || statedSize > limit {
        let read = Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
        if read < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        if read == 0 { return }
        count += read
      }
    }
    guard failure == 0 else { throw FileError(path: path, action: "read", reason: errorText(failure)) }
    guard statedSize <= 0, bytes.count == expected else { return FileContents(bytes: bytes, size: max(statedSize, bytes.count)) }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while bytes.count <= limit {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw FileError(path: path, action: "read", reason: errorText())
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
    }
    return FileContents(bytes: bytes, size: max(statedSize, bytes.count))
  }

  /// Opens a regular file for reading, with its status; refuses anything else.
  ///
  /// The file is opened without blocking, so a FIFO is refused rather than waited on;
  /// it is left so, as not blocking has no effect on reading a regular file. The caller
  /// closes the descriptor.
  private static func openRegularFile(_ path: String) throws(FileError) -> (descriptor: Int32, info: stat) {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
    guard descriptor >= 0 else { throw FileError(path: path, action: "read", reason: errorText()) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      let reason = errorText()
      close(descriptor)
      throw FileError(path: path, action: "read", reason: reason)
    }
    if let kind = kindOtherThanRegularFile(info.st_mode) {
      close(descriptor)
      throw FileError(path: path, action: "read", reason: kind == "a folder" ? "it is a folder, not a file" : "it is \(kind), not a regular file")
    }
    return (descriptor, info)
  }

  /// What a file is, as a message names it, when it is not a regular file.
  static func kindOtherThanRegularFile(_ mode: mode_t) -> String? {
    switch mode & S_IFMT {
    case S_IFREG: return nil
    case S_IFDIR: return "a folder"
    case S_IFIFO: return "a FIFO (a named pipe)"
    case S_IFCHR: return "a character device"
    case S_IFBLK: return "a block device"
    case S_IFSOCK: return "a socket"
    default: return "not a file"
    }
  }

  /// Reads a regular file in chunks, calling `body` with each; stops early when it
  /// returns false. Never holds more than one chunk.
  ///
  /// Like `readFile`, the file is opened without blocking and refused unless it is a
  /// regular file, so a FIFO or a device is reported rather than read for ever.
  static func readChunks(ofFile path: String, chunkSize: Int = 1 << 16, _ body: ([UInt8]) -> Bool) throws(FileError) {
    let (descriptor, _) = try openRegularFile(path)
    defer { close(descriptor) }
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw FileError(path: path, action: "read", reason: errorText())
      }
      if count == 0 { return }
      if !body(Array(chunk[0..<count])) { return }
    }
  }

  /// Reads standard input in chunks, calling `body` with each; stops early when it returns false.
  static func readStandardInput(chunkSize: Int = 1 << 16, _ body: ([UInt8]) -> Bool) throws(FileError) {
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw FileError(path: "standard input", action: "read", reason: errorText())
      }
      if count == 0 { return }
      if !body(Array(chunk[0..<count])) { return }
    }
  }
}

/// A file that could not be read or written, with why.
struct FileError: Error, CustomStringConvertible {
  var path: String
  var action: String
  var reason: String

  var description: String { "cannot \(action) \(path): \(reason)" }
}


extension Platform {
  /// How many processors are online; at least 1.
  static var processorCount: Int { max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

  /// Runs `work(0)`, ..., `work(count - 1)`, each on a thread of its own (the first on
  /// the calling thread), and returns once all have finished. Work that cannot get a
  /// thread runs on the calling thread instead.
  static func inParallel(_ count: Int, _ work: @escaping @Sendable (Int) -> Void) {
    var threads: [pthread_t] = []
    for index in 1..<max(count, 1) {
      let context = Unmanaged.passRetained(ThreadJob { work(index) }).toOpaque()
      var thread = pthread_t()
      let created = pthread_create(&thread, nil, { context in
        Unmanaged<ThreadJob>.fromOpaque(context!).takeRetainedValue().run()
        return nil
      }, context)
      if created == 0 {
        threads.append(thread)
      } else {
        Unmanaged<ThreadJob>.fromOpaque(context).release()
        work(index)
      }
    }
    if count > 0 { work(0) }
    for thread in threads { pthread_join(thread, nil) }
  }
}

/// Work for a thread of `Platform.inParallel`.
private final class ThreadJob: Sendable {
  let run: @Sendable () -> Void
  init(_ run: @escaping @Sendable () -> Void) { self.run = run }
}
