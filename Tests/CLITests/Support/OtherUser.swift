@preconcurrency import Glibc

/// A second user on this machine, for tests of what another user can do to the staff
/// member's files: `nobody` (65534), reached with `setpriv`, which needs the tests to run
/// as root (as CI does). Elsewhere the tests that need it are skipped, saying why.
enum OtherUser {
  /// The other user's id (and group id).
  static let id: uid_t = 65534

  /// Why a second user cannot be used here, or nil when it can.
  static let unavailableReason: String? = {
    if geteuid() != 0 { return "needs a second user: the tests run as uid \(geteuid()), not root, so setpriv cannot switch to uid \(id)" }
    if access("/usr/bin/setpriv", X_OK) != 0 { return "needs a second user: /usr/bin/setpriv is missing (util-linux)" }
    return nil
  }()

  /// Whether a second user can be used here.
  static var isAvailable: Bool { unavailableReason == nil }

  /// Runs a shell script as the other user and returns how it ended.
  static func run(_ script: String) async throws -> ChildProcess.Result {
    try await ChildProcess.run(
      "/usr/bin/setpriv", ["--reuid=\(id)", "--regid=\(id)", "--clear-groups", "/bin/sh", "-c", script],
      environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"])
  }
}
