@preconcurrency import Glibc

/// The file operations the end-to-end tests need, on plain paths.
enum FileSystem {
  /// A file's bytes, or nil when it cannot be read.
  static func read(_ path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else { return nil }
      if count == 0 { return bytes }
      bytes += chunk[..<count]
    }
  }

  /// A file's text (invalid UTF-8 shown as U+FFFD), or nil when it cannot be read.
  static func readText(_ path: String) -> String? {
    read(path).map { String(decoding: $0, as: UTF8.self) }
  }

  /// Creates or replaces a file with `bytes`.
  static func write(_ bytes: [UInt8], to path: String, mode: mode_t = 0o644) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
    guard descriptor >= 0 else { throw SystemError(operation: "open \(path)") }
    defer { close(descriptor) }
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { throw SystemError(operation: "write \(path)") }
      offset += written
    }
  }

  /// Creates or replaces a file with the UTF-8 bytes of `text`.
  static func write(_ text: String, to path: String, mode: mode_t = 0o644) throws {
    try write(Array(text.utf8), to: path, mode: mode)
  }

  /// Creates a folder (its parent must exist).
  static func makeDirectory(_ path: String, mode: mode_t = 0o755) throws {
    guard mkdir(path, mode) == 0 else { throw SystemError(operation: "mkdir \(path)") }
  }

  /// Whether anything exists at `path` (without following a last symbolic link).
  static func exists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
  }

  /// Whether `path` is a folder.
  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// The permission bits of `path`, or nil when it does not exist.
  static func mode(of path: String) -> mode_t? {
    var info = stat()
    return stat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
  }

  /// The names in a folder, dot files included, sorted; empty when it cannot be read.
  static func names(in folder: String) -> [String] {
    guard let stream = opendir(folder) else { return [] }
    defer { closedir(stream) }
    var names: [String] = []
    while let entry = readdir(stream) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
  }

  /// Copies a folder and everything in it to `destination`, which must not exist yet.
  static func copyTree(_ source: String, to destination: String) throws {
    try makeDirectory(destination)
    for name in names(in: source) {
      let from = source + "/" + name
      let to = destination + "/" + name
      if isDirectory(from) {
        try copyTree(from, to: to)
      } else {
        guard let bytes = read(from) else { throw SystemError(operation: "read \(from)") }
        try write(bytes, to: to)
      }
    }
  }

  /// The paths below `folder` of the regular files whose names end in `suffix`, sorted.
  static func files(under folder: String, endingWith suffix: String) -> [String] {
    var found: [String] = []
    for name in names(in: folder) {
      let path = folder + "/" + name
      if isDirectory(path) {
        found += files(under: path, endingWith: suffix)
      } else if name.hasSuffix(suffix) {
        found.append(path)
      }
    }
    return found.sorted()
  }
}
