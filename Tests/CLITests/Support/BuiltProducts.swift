@preconcurrency import Glibc

/// Finds the executables SwiftPM built alongside this test bundle.
///
/// `swift build`/`swift test` put products and the test bundle in the same folder
/// (`.build/<triple>/<configuration>/`), so this looks in the folder of the running test
/// binary (`/proc/self/exe`), whatever the configuration or scratch path.
enum BuiltProducts {
  /// The folder holding the running test binary and the built products.
  static var directory: String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard length > 0 else { return "." }
    let path = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// The path of the built executable `name` (for example `second-opinion`).
  ///
  /// - Throws: ``Missing`` when it is not there or not executable.
  static func path(of name: String) throws -> String {
    let path = directory + "/" + name
    guard access(path, X_OK) == 0 else { throw Missing(name: name, directory: directory) }
    return path
  }

  /// A product that is not among the built ones.
  struct Missing: Error, CustomStringConvertible {
    /// The product looked for.
    let name: String
    /// Where it was looked for.
    let directory: String

    var description: String {
      "no executable \(name) in \(directory); does the test target depend on its target?"
    }
  }
}
