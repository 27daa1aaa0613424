@preconcurrency import Glibc

/// The C library functions the pseudo-terminal harness needs that Swift's `Glibc`
/// module does not import (they sit behind `_XOPEN_SOURCE`/`_GNU_SOURCE`), looked up by
/// name in the running process.
enum PseudoTerminalLibC {
  typealias DescriptorFunction = @convention(c) (Int32) -> Int32
  typealias NameFunction = @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32
  typealias CloseFromFunction = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32

  /// `posix_openpt(3)`.
  static let openMaster: DescriptorFunction = required("posix_openpt")
  /// `grantpt(3)`.
  static let grantAccess: DescriptorFunction = required("grantpt")
  /// `unlockpt(3)`.
  static let unlock: DescriptorFunction = required("unlockpt")
  /// `ptsname_r(3)`, the thread-safe `ptsname`.
  static let slaveName: NameFunction = required("ptsname_r")
  /// `posix_spawn_file_actions_addclosefrom_np(3)` (glibc 2.34 and later), if present.
  static let addCloseFrom: CloseFromFunction? = optional("posix_spawn_file_actions_addclosefrom_np")

  /// `POSIX_SPAWN_SETSID` from `<spawn.h>` (a GNU extension): the child starts a new
  /// session, so the terminal it opens first becomes its controlling terminal.
  static let spawnSetSession: Int32 = 0x80

  private static func optional<Function>(_ name: String) -> Function? {
    dlsym(UnsafeMutableRawPointer(bitPattern: 0), name).map { unsafeBitCast($0, to: Function.self) }
  }

  private static func required<Function>(_ name: String) -> Function {
    guard let function: Function = optional(name) else { fatalError("the C library has no \(name)") }
    return function
  }
}
