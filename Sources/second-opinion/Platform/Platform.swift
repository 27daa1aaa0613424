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

