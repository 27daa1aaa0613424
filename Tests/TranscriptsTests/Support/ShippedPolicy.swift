import TestSupport
import PolicyEngine
import Testing

@testable import Transcripts

/// The shipped policy, its machine, and the policy transcripts are replayed against.
let shipped = (
  document: Shipped.document, machine: Shipped.machine,
  current: CurrentPolicy(machine: Shipped.machine, hash: Shipped.document.contentHash)
)

/// The version of the shipped policy.
let shippedVersion = Shipped.policy.identity.version

/// The one-per-path corpus of the shipped policy.
let pathCorpus = TranscriptCorpus.onePerPath(of: shipped.machine, policyHash: shipped.document.contentHash, date: "2026-11-25")

/// The hand-designed calls on the shipped policy.
let sampleCalls = TranscriptCorpus.sampleCalls(for: shipped.machine, policyHash: shipped.document.contentHash, date: "2026-11-25")

/// The generated file with this name.
func corpusFile(_ name: String) -> CorpusFile {
  (pathCorpus + sampleCalls).first { $0.name == name }!
}

/// The `ask` line of a question of the shipped policy.
func ask(_ question: String) -> String {
  "ask \(question): \(shipped.machine.policy.question(question)!.prompt)"
}

/// The `outcome` line of an outcome of a policy.
func outcome(_ id: String, in policy: Policy = shipped.machine.policy) -> String {
  "outcome \(id): \(policy.outcome(id)!.clauses.joined(separator: ", "))"
}

/// The header lines of a transcript of the shipped policy, and the blank line after them.
func headerLines(ended: String = "outcome", version: String = shippedVersion, hash: String = shipped.document.contentHash) -> [String] {
  [
    "second-opinion transcript 1",
    "policy: london-sarcoma-second-opinions",
    "policy-version: \(version)",
    "policy-sha256: \(hash)",
    "date: 2026-11-25",
    "session: 9f2c4e1a7b3d6e08",
    "ended: \(ended)",
    "",
  ]
}

/// Lines joined into a file's text, each ending with a line feed.
func file(_ lines: [String]) -> String {
  lines.map { $0 + "\n" }.joined()
}

/// Parses a text that must be a valid transcript, failing the test otherwise.
func parsed(_ text: String, file: String = "call.txt") throws -> Transcript {
  do {
    return try Transcript(parsing: text, file: file)
  } catch {
    Issue.record("unexpected parse errors: \(error.diagnostics.map(\.description))")
    throw error
  }
}

/// The diagnostics of a text that must not parse, as the CLI prints them.
func parseErrors(_ text: String, file: String = "call.txt") -> [String] {
  do {
    _ = try Transcript(parsing: text, file: file)
    return []
  } catch {
    return error.diagnostics.map(\.description)
  }
}
