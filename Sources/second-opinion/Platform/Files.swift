@preconcurrency import Glibc

extension Platform {
  /// Creates a folder and any missing parents with the given mode; an existing folder is
  /// left as it is. Returns whether the last folder was created now.
  @discardableResult
  static func createDirectory(_ path: String, mode: mode_t) throws(FileError) -> Bool {
    if isDirectory(path) { return false }
    var prefix = path.hasPrefix("/") ? "/" : ""
    var created = false
    for component in path.split(separator: "/") {
      prefix += component
      if !isDirectory(prefix) {
        if mkdir(prefix, mode) != 0, errno != EEXIST {
          throw FileError(path: prefix, action: "create the folder", reason: errorText())
        }
        created = true
      }
      prefix += "/"
    }
    return created
  }

  /// Whether a path names a folder (following links).
  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// The permission bits of a path, or nil when it cannot be examined.
  static func mode(of path: String) -> mode_t? {
    var info = stat()
    return stat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
  }

  /// Proves a folder can take new files by creating and removing an empty one.
  static func checkWritable(_ directory: String) throws(FileError) {
    let probe = "\(directory)/.second-opinion-probe-\(getpid())"
    let descriptor = open(probe, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw FileError(path: directory, action: "write in", reason: errorText()) }
    close(descriptor)
    unlink(probe)
  }

  /// Writes a file so that it is never seen half-written: the bytes go to a temporary
  /// file in the same folder, which is flushed to disk and then renamed into place. The
  /// file's and the folder's times are set to the start of the day, so that neither
  /// tells the time of day a call was saved.
  ///
  /// - Parameter replacing: whether an existing file may be replaced; when false, a file
  ///   already at `path` is an error and is left untouched.
  static func writeAtomically(_ bytes: [UInt8], to path: String, mode: mode_t, replacing: Bool) throws(FileError) {
    let directory = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let temporary = (directory.isEmpty ? "" : directory + "/") + ".\(name).\(getpid()).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
    guard descriptor >= 0 else { throw FileError(path: path, action: "write", reason: errorText()) }
    var offset = 0
    var failure: Int32 = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
      if written < 0 {
        if errno == EINTR { continue }
        failure = errno
        break
      }
      offset += written
    }
    if failure == 0, let midnight = todayAtMidnight() {
      // The file's own times would tell the time of day; they are set to the day alone.
      var times = [timespec(tv_sec: midnight, tv_nsec: 0), timespec(tv_sec: midnight, tv_nsec: 0)]
      futimens(descriptor, &times)
    }
    if failure == 0, fsync(descriptor) != 0 { failure = errno }
    if close(descriptor) != 0, failure == 0 { failure = errno }
    if failure == 0 {
      if replacing {
        if rename(temporary, path) != 0 { failure = errno }
      } else {
        // link() refuses to replace an existing file, where rename() would not.
        if link(temporary, path) != 0 { failure = errno }
      }
    }
    unlink(temporary)
    guard failure == 0 else {
      throw FileError(path: path, action: "write", reason: failure == EEXIST ? "a file of that name already exists" : errorText(failure))
    }
    let folder = open(directory.isEmpty ? "." : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if folder >= 0 {
      if let midnight = todayAtMidnight() {
        var times = [timespec(tv_sec: midnight, tv_nsec: 0), timespec(tv_sec: midnight, tv_nsec: 0)]
        futimens(folder, &times)
      }
      fsync(folder)
      close(folder)
    }
  }

  /// The files under a path: the path itself when it is a file, else every file with the
  /// given extension below it, sorted.
  static func files(at path: String, withExtension fileExtension: String) throws(FileError) -> [String] {
    guard isDirectory(path) else {
      var info = stat()
      guard stat(path, &info) == 0 else { throw FileError(path: path, action: "read", reason: errorText()) }
      return [path]
    }
    var found: [String] = []
    var pending = [path]
    while let folder = pending.popLast() {
      guard let handle = opendir(folder) else { throw FileError(path: folder, action: "read the folder", reason: errorText()) }
      defer { closedir(handle) }
      while let entry = readdir(handle) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        if name == "." || name == ".." || name.hasPrefix(".") { continue }
        let child = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        // The entry's type saves a stat() per file; links and file systems that do not
        // give the type are looked up.
        let type = entry.pointee.d_type
        let isFolder = type == UInt8(DT_DIR) || ((type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK)) && isDirectory(child))
        if isFolder {
          pending.append(child)
        } else if name.hasSuffix("." + fileExtension) {
          found.append(child)
        }
      }
    }
    return found.sorted()
  }

  /// The start of today, local time, in seconds since 1970; nil if the clock cannot say.
  static func todayAtMidnight() -> time_t? {
    var now = time(nil)
    var parts = tm()
    guard localtime_r(&now, &parts) != nil else { return nil }
    parts.tm_hour = 0
    parts.tm_min = 0
    parts.tm_sec = 0
    parts.tm_isdst = -1
    let midnight = mktime(&parts)
    return midnight == -1 ? nil : midnight
  }

  /// Today's local date as YYYY-MM-DD: the only time a transcript holds.
  static func today() -> String {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : String(value) }
    return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
  }
}
