import PolicyEngine

/// The policy built into the tool, compiled once for every test that needs it.
public enum Shipped {
  /// The shipped policy, read, checked and compiled.
  public static let compiled: CompiledPolicy = {
    switch CompiledPolicy.embedded() {
    case .success(let compiled): return compiled
    case .failure(let failure): fatalError("the shipped policy does not compile: \(failure.diagnostics)")
    }
  }()

  /// The shipped policy's file.
  public static var document: PolicyDocument { compiled.document }
  /// The shipped policy's state machine.
  public static var machine: StateMachine { compiled.machine }
  /// The shipped policy.
  public static var policy: Policy { compiled.policy }
}
