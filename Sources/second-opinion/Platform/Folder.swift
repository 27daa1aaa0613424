@preconcurrency import Glibc

/// An open folder, written to by name only within it, so that its path can no longer
/// be swapped for another folder, and no file in it is ever written through a link.
///
/// Its descriptor is closed when the last copy goes away.
final class Folder {
  /// The path it was opened by, for messages.
  let path: String
  /// The descriptor, opened with `O_DIRECTORY`.
  let descriptor: Int32

  /// Opens a folder, following links in its path.
  ///
  /// - Parameter reportedAs: the path a failure names (a file in the folder, when the
  ///   folder is opened to write that file).
  init(opening path: String, reportedAs: String? = nil) throws(FileError) {
    self.path = path
    descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { throw FileError(path: reportedAs ?? path, action: reportedAs == nil ? "write in" : "write", reason: Platform.errorText()) }
  }

  deinit {
    close(descriptor)
  }

  /// The folder's owner and permission bits, or nil when it cannot be examined.
  var status: (owner: uid_t, mode: mode_t)? {
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return nil }
    return (info.st_uid, info.st_mode & 0o7777)
  }

  /// Proves the folder can take new files by creating and removing an empty one.
  func checkWritable() throws(FileError) {
    let temporary = try TemporaryFile(in: self, mode: 0o600, reportedAs: path, action: "write in")
    temporary.discard()
  }

  /// Writes a file so that it is never seen half-written: the bytes go to a temporary
  /// file in this folder (unnamed where the file system allows, else under an
  /// unpredictable name, created exclusively), which is flushed to disk and then linked or
  /// renamed into place. Neither step follows a link: a link planted under any name is
  /// never written through. The file's and the folder's times are set to the start of
  /// the day, so that neither tells the time of day a call was saved.
  ///
  /// - Parameter replacing: whether an existing file may be replaced; when false, a file
  ///   already named `name` is an error and is left untouched.
  func writeAtomically(_ bytes: [UInt8], named name: String, mode: mode_t, replacing: Bool, reportedAs: String) throws(FileError) {
    let temporary = try TemporaryFile(in: self, mode: mode, reportedAs: reportedAs, action: "write")
    var failure = temporary.write(bytes)
    if failure == 0, let midnight = Platform.todayAtMidnight() {
      // The file's own times would tell the time of day; they are set to the day alone.
      var times = [timespec(tv_sec: midnight, tv_nsec: 0), timespec(tv_sec: midnight, tv_nsec: 0)]
      futimens(temporary.descriptor, &times)
    }
    if failure == 0, fsync(temporary.descriptor) != 0 { failure = errno }
    if failure == 0 { failure = temporary.put(as: name, replacing: replacing) }
    temporary.discard()
    guard failure == 0 else {
      throw FileError(path: reportedAs, action: "write", reason: failure == EEXIST ? "a file of that name already exists" : Platform.errorText(failure))
    }
    if let midnight = Platform.todayAtMidnight() {
      var times = [timespec(tv_sec: midnight, tv_nsec: 0), timespec(tv_sec: midnight, tv_nsec: 0)]
      futimens(descriptor, &times)
    }
    fsync(descriptor)
  }

  /// Removes the temporary files that this user's earlier runs of the tool left behind
  /// when they were killed mid-save: those whose process no longer exists. Returns how
  /// many were removed.
  @discardableResult
  func removeStaleTemporaryFiles() -> Int {
    let copy = dup(descriptor)
    guard copy >= 0, let handle = fdopendir(copy) else {
      if copy >= 0 { close(copy) }
      return 0
    }
    defer { closedir(handle) }
    var stale: [String] = []
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
      guard let owner = Platform.temporaryFileOwner(name), owner != getpid() else { continue }
      var info = stat()
      guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0, (info.st_mode & S_IFMT) == S_IFREG,
        info.st_uid == geteuid()
      else { continue }
      if owner <= 0 || (kill(owner, 0) == -1 && errno == ESRCH) { stale.append(name) }
    }
    return stale.filter { unlinkat(descriptor, $0, 0) == 0 }.count
  }
}

/// A temporary file being written in a folder.
private final class TemporaryFile {
  let folder: Folder
  let descriptor: Int32
  /// Its name, when it has one; an unnamed (`O_TMPFILE`) file has none until linked.
  private(set) var name: String?

  init(in folder: Folder, mode: mode_t, reportedAs: String, action: String) throws(FileError) {
    self.folder = folder
    var opened = openat(folder.descriptor, ".", Self.unnamedFileFlag | O_WRONLY | O_CLOEXEC, mode)
    if opened < 0, [EOPNOTSUPP, EISDIR, EINVAL, ENOENT].contains(errno) {
      // A file system without unnamed files: a name nobody can guess, created afresh.
      let name = Self.unpredictableName()
      opened = openat(folder.descriptor, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
      if opened >= 0 { self.name = name }
    }
    guard opened >= 0 else { throw FileError(path: reportedAs, action: action, reason: Platform.errorText()) }
    descriptor = opened
  }

  deinit {
    close(descriptor)
  }

  /// `O_TMPFILE`, which Swift's `Glibc` module does not import: `__O_TMPFILE | O_DIRECTORY`.
  private static let unnamedFileFlag: Int32 = 0o20000000 | O_DIRECTORY

  /// `.second-opinion-PID-RANDOM.tmp`: the process that writes it, so a later run can
  /// tell a stale one, and 64 random bits.
  static func unpredictableName() -> String {
    var generator = SystemRandomNumberGenerator()
    let random = String(UInt64.random(in: .min ... .max, using: &generator), radix: 16)
    return ".second-opinion-\(getpid())-\(String(repeating: "0", count: 16 - random.count) + random).tmp"
  }

  /// Writes all the bytes; returns 0, or the `errno` of the failure.
  func write(_ bytes: [UInt8]) -> Int32 {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += written
    }
    return 0
  }

  /// Gives the file its final name; returns 0, or the `errno` of the failure
  /// (`EEXIST` when not `replacing` and the name is taken).
  func put(as finalName: String, replacing: Bool) -> Int32 {
    if name == nil {
      let path = "/proc/self/fd/\(descriptor)"
      if !replacing {
        return linkat(AT_FDCWD, path, folder.descriptor, finalName, AT_SYMLINK_FOLLOW) == 0 ? 0 : errno
      }
      // rename() replaces; an unnamed file needs a (private, unpredictable) name first.
      let temporaryName = Self.unpredictableName()
      guard linkat(AT_FDCWD, path, folder.descriptor, temporaryName, AT_SYMLINK_FOLLOW) == 0 else { return errno }
      name = temporaryName
    }
    guard let name else { return EINVAL }
    if replacing {
      guard renameat(folder.descriptor, name, folder.descriptor, finalName) == 0 else { return errno }
      self.name = nil
      return 0
    }
    // link() refuses to replace an existing file, where rename() would not.
    return linkat(folder.descriptor, name, folder.descriptor, finalName, 0) == 0 ? 0 : errno
  }

  /// Removes the temporary name, if it still has one.
  func discard() {
    if let name { unlinkat(folder.descriptor, name, 0) }
    name = nil
  }
}
