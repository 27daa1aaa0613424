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
    let folder = try Folder(opening: directory)
    try folder.checkWritable()
  }

  /// Writes a file so that it is never seen half-written; see
  /// ``Folder/writeAtomically(_:named:mode:replacing:reportedAs:)``. The folder named in
  /// `path` is opened once, following links; the file is never written through a link.
  static func writeAtomically(_ bytes: [UInt8], to path: String, mode: mode_t, replacing: Bool) throws(FileError) {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    let directory = parts.count > 1 ? parts.dropLast().joined(separator: "/") : "."
    let folder = try Folder(opening: directory.isEmpty ? "/" : directory, reportedAs: path)
    try folder.writeAtomically(bytes, named: String(parts.last ?? ""), mode: mode, replacing: replacing, reportedAs: path)
  }

  /// Whether a hidden file's name is one the tool gives its temporary files while it
  /// saves (`.second-opinion-PID-RANDOM.tmp`), or gave them before (`.NAME.PID.tmp`).
  static func isTemporaryFileName(_ name: String) -> Bool {
    temporaryFileOwner(name) != nil
  }

  /// The process that wrote a temporary file, from its name; nil when the name is not
  /// one of the tool's temporary files.
  static func temporaryFileOwner(_ name: String) -> pid_t? {
    guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
    let middle = name.dropFirst().dropLast(4)
    if middle.hasPrefix("second-opinion-") {
      let parts = middle.dropFirst("second-opinion-".count).split(separator: "-")
      guard parts.count == 2, parts[1].allSatisfy(\.isHexDigit) else { return nil }
      return pid_t(parts[0])
    }
    guard let dot = middle.lastIndex(of: "."), middle[..<dot].count > 1 else { return nil }
    return pid_t(middle[middle.index(after: dot)...])
  }

  /// What a walk through folders found.
  struct Listing {
    /// The files found, each once, in the order of the paths given, sorted within each.
    var files: [String] = []
    /// Links to folders met inside a folder: they are not followed, so that a link to a
    /// folder above it can neither loop for ever nor count a file twice.
    var linkedFolders: [String] = []
    /// Hidden files whose names say an interrupted save left them (see
    /// ``isTemporaryFileName(_:)``).
    var temporaryFiles: [String] = []
  }

  /// The files under some paths: each path that is not a folder, and every file with the
  /// given extension in each folder and the folders below it, sorted.
  ///
  /// A path given is followed wherever it leads; inside a folder, links to files are
  /// followed but links to folders are not, and a file reached twice (through a link or
  /// a path given twice) is listed once. Hidden names are left out. What a listed path
  /// is (a FIFO, a device) is for the reader to check.
  static func files(at paths: [String], withExtension fileExtension: String) throws(FileError) -> Listing {
    var listing = Listing()
    var seen = Set<FileIdentity>()
    for path in paths {
      var info = stat()
      guard stat(path, &info) == 0 else { throw FileError(path: path, action: "read", reason: errorText()) }
      guard (info.st_mode & S_IFMT) == S_IFDIR else {
        if seen.insert(FileIdentity(info)).inserted { listing.files.append(path) }
        continue
      }
      var found: [String] = []
      var visitedFolders: Set<FileIdentity> = [FileIdentity(info)]
      var pending = [path]
      while let folder = pending.popLast() {
        guard let handle = opendir(folder) else { throw FileError(path: folder, action: "read the folder", reason: errorText()) }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
          let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
          if name == "." || name == ".." { continue }
          let child = folder.hasSuffix("/") ? folder + name : folder + "/" + name
          if name.hasPrefix(".") {
            if isTemporaryFileName(name) { listing.temporaryFiles.append(child) }
            continue
          }
          // A file of another kind is not looked at; the rest are looked up in their
          // folder, not from the top of the path again.
          if entry.pointee.d_type == UInt8(DT_REG), !name.hasSuffix("." + fileExtension) { continue }
          var entryInfo = stat()
          guard fstatat(dirfd(handle), name, &entryInfo, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
          switch entryInfo.st_mode & S_IFMT {
          case S_IFDIR:
            if visitedFolders.insert(FileIdentity(entryInfo)).inserted { pending.append(child) }
          case S_IFLNK:
            var target = stat()
            if stat(child, &target) == 0, (target.st_mode & S_IFMT) == S_IFDIR {
              listing.linkedFolders.append(child)
            } else if name.hasSuffix("." + fileExtension) {
              // A broken link is listed, so that reading it says what is wrong.
              let identity = stat(child, &target) == 0 ? FileIdentity(target) : nil
              if identity.map({ seen.insert($0).inserted }) ?? true { found.append(child) }
            }
          default:
            if name.hasSuffix("." + fileExtension), seen.insert(FileIdentity(entryInfo)).inserted { found.append(child) }
          }
        }
      }
      listing.files += found.sorted()
    }
    listing.linkedFolders.sort()
    listing.temporaryFiles.sort()
    return listing
  }

  /// A file's device and inode: the same for every path that leads to it.
  private struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    init(_ info: stat) {
      device = UInt64(info.st_dev)
      inode = UInt64(info.st_ino)
    }
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
