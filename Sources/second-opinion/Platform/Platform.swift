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

  /// Writes text to a descriptor, after anything stdio has buffered.
  ///
  /// Returns false when the text could not all be written: the reader has gone (`EPIPE`,
  /// once `SIGPIPE` is ignored), the disk is full, or the descriptor is closed.
  static func write(_ text: String, to descriptor: Int32) -> Bool {
    // Flushing every stream (nil) rather than naming stdout avoids a reference to a C
    // global that Swift 6 rejects in whole-module (release) builds.
    fflush(nil)
    var text = text
    return text.withUTF8 { buffer in
      var rest = UnsafeRawBufferPointer(buffer)
      while !rest.isEmpty {
        let count = Glibc.write(descriptor, rest.baseAddress, rest.count)
        if count > 0 {
          rest = UnsafeRawBufferPointer(rebasing: rest[count...])
        } else if count < 0, errno == EINTR {
          continue
        } else if count < 0, errno == EAGAIN {
          var waiting = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
          _ = poll(&waiting, 1, 100)
        } else {
          return false
        }
      }
      return true
    }
  }

  /// Prepares the process for any command: writes to a closed pipe fail with `EPIPE`
  /// instead of killing it, and a file-size limit (`ulimit -f`) makes writes fail with
  /// `EFBIG` (reported like a full disk) instead of killing it.
  static func prepareProcess() {
    signal(SIGPIPE, SIG_IGN)
    signal(SIGXFSZ, SIG_IGN)
  }

  /// Reads a whole file, but no more than `limit` bytes plus one, so an oversized file is
  /// recognised without reading it all.
  static func readFile(_ path: String, limit: Int) throws(FileError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw FileError(path: path, action: "read", reason: errorText()) }
    defer { close(descriptor) }
    var info = stat()
    if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      throw FileError(path: path, action: "read", reason: "it is a folder, not a file")
    }
    var bytes: [UInt8] = []
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
    return bytes
  }

  /// Reads a file in chunks, calling `body` with each; stops early when it returns false.
  /// Never holds more than one chunk.
  static func readChunks(ofFile path: String, chunkSize: Int = 1 << 16, _ body: ([UInt8]) -> Bool) throws(FileError) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw FileError(path: path, action: "read", reason: errorText()) }
    defer { close(descriptor) }
    var info = stat()
    if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      throw FileError(path: path, action: "read", reason: "it is a folder, not a file")
    }
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

