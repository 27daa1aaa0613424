import Foundation
import PolicyEngine

/// The bytes of a policy fixture in `Fixtures/`.
func fixtureBytes(_ name: String) throws -> [UInt8] {
  let url = Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(name)
  return Array(try Data(contentsOf: url))
}

/// A policy fixture parsed, reported under its bare name.
func fixtureDocument(_ name: String) throws -> PolicyDocument {
  try PolicyDocument(parsing: fixtureBytes(name), file: name)
}

/// The diagnostics a fixture gives when loaded or checked, as the CLI prints them.
func diagnostics(ofFixture name: String) throws -> [String] {
  do {
    let document = try fixtureDocument(name)
    return document.diagnostics(for: PolicyCheck(document.policy).defects).map(\.description)
  } catch let error as PolicyLoadError {
    return error.diagnostics.map(\.description)
  }
}

/// The shipped policy and its machine.
let shipped: (document: PolicyDocument, machine: StateMachine) = {
  let document = try! PolicyDocument.embedded()
  return (document, try! StateMachine(checking: document.policy))
}()

/// A fixed-seed random number generator, so randomised tests repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
