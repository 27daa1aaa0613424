@preconcurrency import Glibc

/// Starts a program with `posix_spawn` (never `fork` in this multithreaded test process):
/// default signal handling, nothing blocked, every descriptor from 3 up closed, and the
/// given extra attribute flags and file actions.
///
/// - Parameters:
///   - flags: `POSIX_SPAWN_SETPGROUP`, the session flag, ...; the signal flags are always set.
///   - prepare: adds the file actions that give the child its descriptors 0, 1 and 2.
func spawnProgram(
  _ executable: String, arguments: [String], environment: [String: String], flags: Int32,
  prepare: (inout posix_spawnattr_t, inout posix_spawn_file_actions_t) throws -> Void
) throws -> pid_t {
  var attributes = posix_spawnattr_t()
  posix_spawnattr_init(&attributes)
  defer { posix_spawnattr_destroy(&attributes) }
  var noSignals = sigset_t()
  sigemptyset(&noSignals)
  var allSignals = sigset_t()
  sigfillset(&allSignals)
  posix_spawnattr_setsigmask(&attributes, &noSignals)
  posix_spawnattr_setsigdefault(&attributes, &allSignals)
  posix_spawnattr_setflags(&attributes, Int16(flags | Int32(POSIX_SPAWN_SETSIGMASK) | Int32(POSIX_SPAWN_SETSIGDEF)))

  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  try prepare(&attributes, &actions)
  // Other tests' pipes and terminals must not leak into this child (or a hang-up there
  // would never arrive); close-on-exec covers most, this covers the rest.
  _ = PseudoTerminalLibC.addCloseFrom?(&actions, 3)

  let argv = ([executable] + arguments).map { strdup($0) } + [nil]
  let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
  defer {
    argv.forEach { free($0) }
    envp.forEach { free($0) }
  }
  var processID: pid_t = 0
  let result = posix_spawn(&processID, executable, &actions, &attributes, argv, envp)
  guard result == 0 else { throw SystemError(operation: "posix_spawn \(executable)", code: result) }
  return processID
}
