@preconcurrency import Glibc
import Synchronization

/// Runs blocking work on a POSIX thread of its own and hands back its result.
///
/// Blocking calls (a `read` on a pipe, libedit waiting for keys) must not run on Swift's
/// cooperative pool: it has one thread per core, and two blocked tests could starve the
/// pool and hang the run.
final class BackgroundThread<Result: Sendable>: Sendable {
  private let outcome: Outcome

  /// Starts `work` on a new, detached thread.
  init(_ work: @escaping @Sendable () -> Result) {
    let outcome = Outcome()
    self.outcome = outcome
    startThread(
      Job {
        let result = work()  // never inside the lock: result(timeout:) polls it meanwhile
        outcome.value.withLock { $0 = result }
      })
  }

  /// The result, once the work has finished; `nil` when `timeout` passes first (a guard
  /// against hangs, not a speed requirement). `whileWaiting` runs between polls (to keep
  /// draining output the work may be blocked on).
  ///
  /// The timeout is counted in polls of 5 ms, not on the clock: a waiter starved by other
  /// tests' work (while the work it waits for is blocked on output only the waiter drains)
  /// still polls as often before it gives up.
  func result(timeout: Duration = .seconds(10), whileWaiting: () -> Void = {}) async -> Result? {
    let polls = Int(timeout / .milliseconds(5))
    for _ in 0..<polls {
      if let result = outcome.value.withLock({ $0 }) { return result }
      whileWaiting()
      try? await Task.sleep(for: .milliseconds(5))
    }
    return outcome.value.withLock { $0 }
  }

  private final class Outcome: Sendable {
    let value = Mutex<Result?>(nil)
  }
}

/// Work for a new thread.
private final class Job: Sendable {
  let run: @Sendable () -> Void
  init(_ run: @escaping @Sendable () -> Void) { self.run = run }
}

/// Runs `job` on a new, detached POSIX thread.
private func startThread(_ job: Job) {
  var thread = pthread_t()
  let context = Unmanaged.passRetained(job).toOpaque()
  let created = pthread_create(&thread, nil, { context in
    Unmanaged<Job>.fromOpaque(context!).takeRetainedValue().run()
    return nil
  }, context)
  precondition(created == 0, "pthread_create failed")
  pthread_detach(thread)
}
