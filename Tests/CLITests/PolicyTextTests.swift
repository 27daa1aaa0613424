import TestSupport
import Testing

/// Text in a policy file reaches the terminal: `check` refuses control characters in it,
/// and no diagnostic ever writes one raw.
@Suite struct PolicyTextTests {
  /// The small test policy with `original` replaced, written into the sandbox.
  func policy(replacing original: String, with replacement: String, in sandbox: Sandbox) throws -> String {
    let text = try #require(FileSystem.readText(PackagePaths.policyFixtures + "/valid-small.yaml"))
    #expect(text.contains(original))
    let path = sandbox.path("policy.yaml")
    try FileSystem.write(text.replacing(original, with: replacement), to: path)
    return path
  }

  @Test func anEscapeSequenceInAPromptFailsCheckAndNeverReachesTheTerminal() async throws {
    let sandbox = try Sandbox()
    let path = try policy(replacing: "ask: Who is calling?", with: #"ask: "Who is \e[2Jcalling?""#, in: sandbox)
    let check = try await sandbox.run(["check", path])
    #expect(check.status == .exited(1))
    #expect(check.errorLines == [
      "\(path):17:10: error: the prompt of question 1 holds a control character, U+001B, at character 8; a policy's text must be plain, printable text on one line, so that it shows as written and a transcript reads it back the same",
      "\(path): 1 error",
    ])
    let guide = try await sandbox.run(["--no-record", "--policy", path], input: "patient\n")
    #expect(guide.status == .exited(1))
    #expect(!guide.outputBytes.contains(0x1B) && !guide.errorBytes.contains(0x1B))
  }

  @Test func controlCharactersInAnIdAreEscapedInDiagnostics() async throws {
    let sandbox = try Sandbox()
    let path = try policy(replacing: "  - id: stay-rule", with: #"  - id: "stay\e[31m-rule\u202E""#, in: sandbox)
    let check = try await sandbox.run(["check", path])
    #expect(check.status == .exited(1))
    #expect(!check.errorBytes.contains(0x1B))
    #expect(check.errorLines.first == "\(path):9:9: error: 'stay\\u{1B}[31m-rule\\u{202E}' is not a usable clause id: use lower-case letters, digits and single hyphens, such as 'treating-centre'")
  }

  @Test func aLineBreakInAnIdCannotStartALineOfItsOwn() async throws {
    let sandbox = try Sandbox()
    let path = try policy(replacing: "  - id: stay-rule", with: #"  - id: "stay\nx.yaml:1:1: error: forged""#, in: sandbox)
    let check = try await sandbox.run(["check", path])
    #expect(check.status == .exited(1))
    #expect(check.errorLines.first?.hasPrefix("\(path):9:9: error: 'stay\\u{A}x.yaml:1:1: error: forged' is not a usable clause id") == true)
    #expect(!check.errorLines.contains { $0.hasPrefix("x.yaml") })
  }
}
