import TestSupport
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
let shipped = (document: Shipped.document, machine: Shipped.machine)

