/// A policy ready to run: read from its file, proved sound, and compiled into the state
/// machine a call walks. The engine's one entry point for everything that runs a policy.
public struct CompiledPolicy: Sendable {
  /// The file the policy was read from.
  public let document: PolicyDocument
  /// The policy compiled into its state machine.
  public let machine: StateMachine
  /// What the check found that does not stop the policy from running, located and in
  /// file order.
  public let warnings: [Diagnostic]

  /// The policy itself.
  public var policy: Policy { machine.policy }

  /// Reads, checks and compiles the bytes of a policy file.
  ///
  /// On failure, every diagnostic is located and in file order, and says whether the
  /// bytes were not a policy file at all or a policy with defects.
  public static func compile(_ bytes: some Collection<UInt8>, file: String) -> Result<CompiledPolicy, PolicyFailure> {
    let document: PolicyDocument
    do {
      document = try PolicyDocument(parsing: bytes, file: file)
    } catch {
      switch error {
      case .unreadable(let diagnostic): return .failure(PolicyFailure(.unreadable, [diagnostic]))
      case .invalid(let diagnostics): return .failure(PolicyFailure(.invalid, diagnostics))
      }
    }
    return compile(document)
  }

  /// Checks and compiles a policy already read from its file.
  public static func compile(_ document: PolicyDocument) -> Result<CompiledPolicy, PolicyFailure> {
    let check = PolicyCheck(document.policy)
    let diagnostics = document.diagnostics(for: check.defects)
    guard !check.hasErrors else { return .failure(PolicyFailure(.defective, diagnostics)) }
    do {
      let machine = try StateMachine(check)
      let unsayable = machine.unsayableReferences()
      guard unsayable.isEmpty else { return .failure(PolicyFailure(.defective, document.diagnostics(for: check.defects + unsayable))) }
      return .success(CompiledPolicy(document: document, machine: machine, warnings: diagnostics))
    } catch {
      let reason = error.reason ?? "the policy cannot be run"
      return .failure(PolicyFailure(.defective, [Diagnostic(.error, reason, at: SourceLocation(file: document.file, line: 1, column: 1))]))
    }
  }

  /// The policy built into the tool.
  public static func embedded() -> Result<CompiledPolicy, PolicyFailure> {
    compile(PolicyDocument.embeddedBytes, file: PolicyDocument.embeddedName)
  }
}

/// Why a policy file cannot be run, with every diagnostic in file order.
public struct PolicyFailure: Error, Sendable, Equatable {
  /// How far reading the policy got.
  public enum Stage: Sendable, Equatable {
    /// The bytes are not a text file that could hold a policy (too large, not UTF-8, binary).
    case unreadable
    /// The text is not a well-formed policy: YAML or shape errors.
    case invalid
    /// The policy is well-formed but has defects: gaps, shadowed rules, unknown ids.
    case defective
  }

  public var stage: Stage
  public var diagnostics: [Diagnostic]

  public init(_ stage: Stage, _ diagnostics: [Diagnostic]) {
    self.stage = stage
    self.diagnostics = diagnostics
  }
}
