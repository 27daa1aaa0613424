import TestSupport
import PolicyEngine
@preconcurrency import Glibc
import Testing

/// The guided session driven through pipes, one answer per line, as a script drives it:
/// no line editing, prompts and replies on standard output.
@Suite struct PipedSessionTests {
  /// The events of the call `patient`, `Stanmore`, `lss`.
  static let withinLondonSarcomaServiceEvents = [
    "ask asker: Who is asking for the second opinion?",
    "answer asker: patient",
    "ask treating-centre: Where is the patient being treated for sarcoma now?",
    "answer treating-centre: rnoh",
    "ask wanted-at: Where would they like the second opinion?",
    "answer wanted-at: london-sarcoma-service",
    "outcome within-london-sarcoma-service: services-work-together, what-each-treats, support-line-outside-london",
  ]

  @Test func aWholeSessionReachesTheOutcomeAndWritesOneTranscript() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run([], input: "patient\nStanmore\nlss\n")
    #expect(result.status == .exited(0))
    #expect(result.errors == "")
    #expect(result.outputLines[0...3] == [
      "Responding to a growing demand for second opinions (version \(Shipped.policy.identity.version))",
      "Type an answer's number or the start of its words; commands start with a colon",
      "(:help lists them). The Support Line guides callers; it never gives second",
      "opinions or refers patients.",
    ])
    #expect(result.output.contains("Who is calling?> \u{2713} The patient\n"))
    #expect(result.output.contains("Second opinion where?> \u{2713} The London Sarcoma Service (UCLH or RNOH)\n"))
    #expect(result.output.contains("""
      Between UCLH and RNOH: one service, and the policy is silent

      Say to the caller:
        UCLH and RNOH together make up the London Sarcoma Service, so a second opinion

      """))
    #expect(result.output.hasSuffix(":back to change an answer\nnext caller> \nSaved: the call reached its outcome (3 answers).\n"))

    let transcript = try #require(sandbox.onlyTranscript())
    #expect(transcript.header("ended") == "outcome")
    #expect(transcript.events == Self.withinLondonSarcomaServiceEvents)
  }

  @Test func endOfInputPartWayThroughKeepsTheCallAsAbandoned() async throws {
    let sandbox = try Sandbox()
    // The last line needs no line feed to count.
    let result = try await sandbox.run([], input: "patient\nStanmore")
    #expect(result.status == .exited(0))
    #expect(result.errors == "")
    #expect(lastLines(result.output, 2).first == "Second opinion where?> ")
    #expect(lastLines(result.output, 1).first?.hasPrefix("Saved as abandoned: 2 answers. Call-back reference: ") == true)

    let transcript = try #require(sandbox.onlyTranscript())
    #expect(transcript.header("ended") == "abandoned (end-of-input)")
    #expect(transcript.events == Array(Self.withinLondonSarcomaServiceEvents.prefix(5)))
  }

  @Test func emptyInputEndsAtOnceAndKeepsNothing() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run([], input: "")
    #expect(result.status == .exited(0))
    #expect(result.errors == "")
    #expect(result.output.hasSuffix("Who is calling?> \nNothing was saved: no answer was given.\n"))
    #expect(FileSystem.names(in: sandbox.transcripts) == [])
  }

  @Test func unrecognisedLinesAreReportedAndSkipped() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run([], input: "patient\nthe moon\n:frobnicate\n:bakc\nroyal\n\nStanmore\nlss\n")
    #expect(result.status == .exited(0))
    #expect(result.errors == "")
    let compactQuestion = """


      Treated where now? 1 The Royal Marsden Sarcoma Unit \u{00B7} 2 UCLH (part of the London
        Sarcoma Service) \u{00B7} 3 RNOH, Stanmore (part of the London Sarcoma Service) \u{00B7} 4
        Another sarcoma centre or hospital elsewhere in the UK \u{00B7} 5 Not yet under a
        sarcoma specialist centre \u{00B7} 6 Not sure

      """
    #expect(result.output.contains("""
      Treated where now?> \u{201C}the moon\u{201D} is not one of the answers. Type a number from 1 to 6, or the start of
      an answer; :help lists the commands.
      Treated where now?> Unknown command \u{201C}:frobnicate\u{201D}. Type :help for the list.
      """ + compactQuestion + """
      Treated where now?> Unknown command \u{201C}:bakc\u{201D}. Did you mean :back? Type :help for the list.
      """ + compactQuestion + """
      Treated where now?> \u{201C}royal\u{201D} could be any of these; type more of it, or its number:
        1  The Royal Marsden Sarcoma Unit
        3  RNOH, Stanmore (part of the London Sarcoma Service)
        4  Another sarcoma centre or hospital elsewhere in the UK
      Treated where now?> 2. Where is the patient being treated for sarcoma now?
        1  The Royal Marsden Sarcoma Unit

      """))
    let transcript = try #require(sandbox.onlyTranscript())
    #expect(transcript.events == Self.withinLondonSarcomaServiceEvents)
  }

  @Test func anOverlongLineIsIgnoredAndSaidToBe() async throws {
    let sandbox = try Sandbox()
    let longLine = String(repeating: "patient ", count: 128 * 1024)
    let result = try await sandbox.run([], input: longLine + "\npatient\n")
    #expect(result.status == .exited(0))
    #expect(result.output.contains(
      "Who is calling?> That was over 64 KB (typed or pasted), so it was ignored. Nothing was recorded.\nWho is calling?> \u{2713} The patient\n"))
    let transcript = try #require(sandbox.onlyTranscript())
    #expect(transcript.answers == ["asker: patient"])
  }

  @Test func helpListsTheCommandsWithinEightyColumns() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(["--no-record"], input: ":help\n")
    #expect(result.status == .exited(0))
    #expect(result.output.contains("""
      Who is calling?> Answer
        Type the answer's number, the start of its words, or a word such as RMH or
        dunno; Tab completes.
      Commands
        :help             show this help
        :back [QUESTION]  take back the last answer; with a question (its number or
                          words), go back to it and keep the later answers
        :restart          start this call's questions again, for the same caller (asks
                          first)
        :next             finish with this caller and start the next (asks first
                          during a call)
        :why              why this question matters and how to find it out; on the
                          outcome, the policy clauses behind it
        :find             how to find out what the caller does not know yet
        :define [TERM]    what a term such as standard management means, with examples
        :outcome          show the outcome again
        :resume REF       pick up a call the caller rings back about, by the reference
                          they were given
        :summary          the answers given so far
        :policy           list the policy's clauses
        :note TEXT        add a note to the transcript; anything personal is removed
                          first
        :quit             save and end the program
        Ctrl-C clears the line being typed; Ctrl-D on an empty line, or :quit, ends
        the program (during a call, Ctrl-D asks first).

      Who is calling? 1 The patient \u{00B7} 2 A family member or carer \u{00B7} 3 The patient's
        treating sarcoma clinician \u{00B7} 4 Another clinician, such as a GP \u{00B7} 5 Someone
        else \u{00B7} 6 Not sure, or the caller would rather not say
      """ + "\nWho is calling?> "))
  }

  @Test func quitEndsTheProgramAndKeepsTheCallAsAbandoned() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run([], input: "patient\n:quit\nStanmore\n")
    #expect(result.status == .exited(0))
    #expect(lastLines(result.output, 2).first == "Treated where now?> ")
    #expect(lastLines(result.output, 1).first?.hasPrefix("Saved as abandoned: 1 answer. Call-back reference: ") == true)
    let transcript = try #require(sandbox.onlyTranscript())
    #expect(transcript.header("ended") == "abandoned (quit)")
    #expect(transcript.answers == ["asker: patient"])
  }

  @Test(arguments: [(SIGTERM, 143, "terminated"), (SIGHUP, 129, "hangup")])
  func aSignalWhileWaitingForInputKeepsACompleteTranscript(signal: Int32, status: Int32, reason: String) async throws {
    let sandbox = try Sandbox()
    let child = try sandbox.start([])
    child.write("patient\n")
    try await child.waitUntil("the first transcript snapshot to be saved") {
      !sandbox.transcriptFiles().isEmpty
    }
    try await child.waitFor(outputContaining: "Treated where now?> ")
    child.signal(signal)
    let result = try await child.waitForExit()
    #expect(result.status == .exited(status))
    #expect(result.errors == "")
    #expect(lastLines(result.output, 2).first == "Treated where now?> ")
    #expect(lastLines(result.output, 1).first?.hasPrefix("Saved as abandoned: 1 answer. Call-back reference: ") == true)

    let transcript = try #require(sandbox.onlyTranscript())
    #expect(transcript.header("ended") == "abandoned (\(reason))")
    #expect(transcript.events == Array(Self.withinLondonSarcomaServiceEvents.prefix(3)))
    // No temporary file is left beside it.
    #expect(FileSystem.names(in: sandbox.transcripts) == [transcript.name])
  }

  @Test(arguments: ["patient\\n", "patient\\n:quit\\n"])
  func pipedInputShownOnATerminalEndsWithOneLineBreak(_ input: String) async throws {
    let sandbox = try Sandbox()
    // Standard input a pipe, standard output and error the terminal.
    let terminal = try PseudoTerminal(
      executable: "/bin/sh", arguments: ["-c", "printf '\(input)' | exec \"$0\" --no-record", Sandbox.tool()],
      environment: sandbox.terminalEnvironment)
    #expect(try await terminal.waitForExit() == .exited(0))
    let lines = terminal.screen.lines
    let prompt = try #require(lines.lastIndex(of: "Treated where now?>"))
    #expect(lines[prompt + 1] == "Practice: nothing was saved.")
    #expect((terminal.screen.cursorRow, terminal.screen.cursorColumn) == (prompt + 2, 0), "\(terminal.screen)")
  }

  @Test func anotherPolicyFileIsGuidedWhenGiven() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(
      ["--policy", "valid-small.yaml"], input: "1\n1\n", directory: PackagePaths.policyFixtures)
    #expect(result.status == .exited(0))
    #expect(result.errors == "")
    #expect(result.output.contains("\nThey can move\n\nSay to the caller:\n  The clinician's request opens the route.\n"))
    let transcript = try #require(sandbox.onlyTranscript())
    #expect(transcript.header("ended") == "outcome")
    #expect(transcript.header("policy-version") != nil)
  }

  @Test func aPolicyWithDefectsIsReportedBeforeAnyQuestion() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(
      ["--policy", "unreachable-outcome.yaml"], input: "1\n1\n", directory: PackagePaths.policyFixtures)
    #expect(result.status == .exited(1))
    #expect(result.errorLines == [
      "unreachable-outcome.yaml:60:9: error: outcome 'orphan' can never be reached: no rule leads to it",
      "unreachable-outcome.yaml: the policy has defects; run `second-opinion check unreachable-outcome.yaml` for details",
    ])
    #expect(result.output == "")
    #expect(!FileSystem.exists(sandbox.transcripts))
  }

  // MARK: Random input

  /// Lines a fuzz run mixes with random bytes: answers, aliases and commands that move
  /// the session around (but never `:quit`, so the whole input is read).
  static let meaningfulLines = [
    "1", "2", "3", "4", "5", "6", "7", "patient", "family", "Stanmore", "rmh", "lss", "elsewhere", "y", "n", "dunno",
    "don\u{2019}t know", "sts", "bone", ":back", ":restart", ":next", ":why", ":summary", ":policy", ":help",
    ":note rang back", ":note", ":", "::", "", " ", "\t",
  ]

  /// Malformed UTF-8: stray continuation bytes, overlong forms, surrogates, sequences
  /// cut short, and bytes that never appear in UTF-8.
  static let invalidUTF8: [[UInt8]] = [
    [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
    [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0xFE], [0xFF], [0xC3],
  ]

  /// Input for one fuzz run: `count` lines of every kind, one of them a 1 MB line of
  /// random bytes, with and without a final line feed.
  static func randomInput(seed: UInt64, lines count: Int) -> [UInt8] {
    var random = SeededRandom(seed: seed)
    let hugeLine = Int.random(in: 0..<count, using: &random)
    var input: [UInt8] = []
    for index in 0..<count {
      if index == hugeLine {
        input += random.bytes(1 << 20, excluding: [0x0A])
      } else {
        switch Int.random(in: 0..<6, using: &random) {
        case 0, 1:
          input += Array(meaningfulLines.randomElement(using: &random)!.utf8)
        case 2:
          input += random.bytes(Int.random(in: 0...120, using: &random), excluding: [0x0A])
        case 3:
          for _ in 0..<Int.random(in: 1...8, using: &random) {
            input += Array("ab\u{E9} ".utf8) + invalidUTF8.randomElement(using: &random)!
          }
        case 4:
          // A note full of NULs, escapes and other control characters.
          input += Array(":note ".utf8)
          input += (0..<Int.random(in: 1...40, using: &random)).map { _ in
            Bool.random(using: &random) ? UInt8.random(in: 0...0x1F, using: &random) : UInt8.random(in: 0x20...0x7E, using: &random)
          }.filter { $0 != 0x0A }
        default:
          input += Array("\u{1B}[A\u{1B}[B\r\u{8}\u{7F}\u{0}\u{3}\u{4}".utf8)
        }
      }
      if index < count - 1 || Bool.random(using: &random) { input.append(0x0A) }
    }
    return input
  }

  @Test(arguments: [1, 2, 3, 4] as [UInt64])
  func randomInputNeverCrashesOrHangs(seed: UInt64) async throws {
    let sandbox = try Sandbox()
    let input = Self.randomInput(seed: seed, lines: 300)
    let result = try await ChildProcess.run(
      Sandbox.tool(), [], input: input, environment: sandbox.environment, timeout: .seconds(60))
    #expect(result.status == .exited(0), "seed \(seed)")
    // Nothing on standard error at all, so certainly no crash report or backtrace.
    #expect(result.errors == "", "seed \(seed)")

    // Every transcript written is complete and reads back: replay parses each one.
    #expect(FileSystem.names(in: sandbox.transcripts).allSatisfy { !$0.hasPrefix(".") }, "no temporary files")
    let files = sandbox.transcriptFiles()
    #expect(!files.isEmpty, "seed \(seed) recorded no call, so recording was not exercised")
    for file in files {
      #expect(file.text.hasSuffix("\n"), "\(file.name) (seed \(seed))")
      #expect(file.lines.first == "second-opinion transcript 1", "\(file.name) (seed \(seed))")
    }
    let replay = try await sandbox.run(["replay", sandbox.transcripts])
    #expect(replay.errors == "", "seed \(seed)")
    #expect(replay.outputLines.last == "\(files.count) passed, 0 failed", "seed \(seed)")
    #expect(replay.status == .exited(0), "seed \(seed)")
  }

  /// The last `count` lines of output, without the final line break.
  func lastLines(_ output: String, _ count: Int) -> [String] {
    Array(output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().suffix(count).map(String.init))
  }
}
