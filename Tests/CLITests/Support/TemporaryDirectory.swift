@preconcurrency import Glibc

/// A fresh, empty folder under `/tmp`, removed with everything in it when this object
/// goes away. Pass it as `HOME` to check that a program writes nothing there.
final class TemporaryDirectory {
  /// The folder's absolute path.
  let path: String

  /// Creates the folder, in `parent` (`/tmp` unless told).
  init(under parent: String = "/tmp") throws {
    var template = Array("\(parent)/second-opinion-test-XXXXXX".utf8CString)
    guard let created = mkdtemp(&template) else { throw SystemError(operation: "mkdtemp") }
    path = String(cString: created)
  }

  deinit {
    Self.remove(path)
  }

  /// The paths, relative to the folder, of everything in it (files and folders,
  /// recursively), sorted.
  func contents() -> [String] {
    Self.entries(in: path).map { String($0.dropFirst(path.count + 1)) }.sorted()
  }

  private static func entries(in folder: String) -> [String] {
    guard let stream = opendir(folder) else { return [] }
    defer { closedir(stream) }
    var found: [String] = []
    while let entry = readdir(stream) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      guard name != ".", name != ".." else { continue }
      let path = folder + "/" + name
      found.append(path)
      if entry.pointee.d_type == UInt8(DT_DIR) { found += entries(in: path) }
    }
    return found
  }

  private static func remove(_ path: String) {
    for entry in entries(in: path).reversed() {
      if unlink(entry) != 0 { rmdir(entry) }
    }
    rmdir(path)
  }
}
