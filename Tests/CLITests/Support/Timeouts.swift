/// How long any wait in the end-to-end tests lasts before it is taken for a hang.
///
/// It only guards against hangs; no test measures time. Swift Testing starts the tests
/// together, so on a busy 2-core machine a single wait can include seconds of other
/// tests' work: this leaves a wide margin over the slowest whole run seen (about 12 s,
/// with three CPU-bound processes competing).
let hangTimeout: Duration = .seconds(30)
