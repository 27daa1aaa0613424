import Transcripts
import TestSupport
@preconcurrency import Glibc
import Testing

/// Text pasted into the guided session in a real pseudo-terminal: never taken as an
/// answer without asking, kept whole in a note, and the terminal's paste mode put back
/// however the program ends. The pastes are sent as a terminal in bracketed paste mode
/// sends them, between `ESC [200~` and `ESC [201~`.
@Suite struct PasteTests {

  /// A caller's email as staff would paste it: a name, an NHS number, a line that is
  /// only "2", and a phone number.
  static let email = "Hi, this is Sarah Jones, my dad is Peter Jones\r\nhe is at UCLH, NHS 943 476 5919\r\n2\r\nthanks, call me on 07700 900461\r\n"

  /// What a terminal in bracketed paste mode sends for a paste of `text`.
  static func pasted(_ text: String) -> String { "\u{1B}[200~" + text + "\u{1B}[201~" }

  /// Starts a recorded session in an 80x24 terminal and answers who is calling.
  private func startAtTheTreatingCentre(in sandbox: Sandbox) async throws -> PseudoTerminal {
    let terminal = try await sandbox.startSession(["--transcripts", sandbox.transcripts])
    #expect(terminal.screen.marksPastes)
    try await terminal.enter("patient", thenPrompt: Prompt.treatingCentre)
    return terminal
  }

  /// Sends a paste and waits for the reply, ending with `prompt` afresh.
  @discardableResult
  private func paste(_ text: String, into terminal: PseudoTerminal, thenPrompt prompt: String) async throws -> String {
    terminal.readAvailableOutput()
    let mark = terminal.output.count
    terminal.send(Self.pasted(text))
    try await terminal.waitFor("the reply to the paste, then the prompt \(String(reflecting: prompt))") { screen in
      screen.cursorLine == prompt.droppingTrailingSpaces && terminal.outputText(since: mark).contains(prompt) && terminal.isInRawMode
    }
    return terminal.outputText(since: mark)
  }

  @Test func aPastedEmailAtAQuestionIsNeverAnAnswer() async throws {
    let sandbox = try Sandbox()
    let terminal = try await startAtTheTreatingCentre(in: sandbox)
    let reply = try await paste(Self.email, into: terminal, thenPrompt: Prompt.treatingCentre)
    #expect(reply.contains("That was pasted (4 lines), and pasted text is never taken as an answer."))
    #expect(!reply.contains("\u{2713}"))
    terminal.send(":quit\r")
    #expect(try await terminal.waitForExit() == .exited(0))
    #expect(try #require(sandbox.onlyTranscript()).answers == ["asker: patient"])
  }

  @Test func anEmailPastedAfterNoteIsOneScrubbedNote() async throws {
    let sandbox = try Sandbox()
    let terminal = try await startAtTheTreatingCentre(in: sandbox)
    try await terminal.type(":note ")
    let reply = try await paste(Self.email, into: terminal, thenPrompt: Prompt.treatingCentre)
    #expect(reply.contains("The 4 pasted lines are one note"))
    #expect(reply.contains("Replaced before saving: an NHS number, a phone number and 2 names."))
    terminal.send(.ctrlD)
    try await terminal.waitFor(screenContaining: "Press Ctrl-D again")
    terminal.send(.ctrlD)
    #expect(try await terminal.waitForExit() == .exited(0))
    let transcript = try #require(sandbox.onlyTranscript())
    let notes = transcript.events.filter { $0.hasPrefix("note") }
    #expect(notes == ["note: Hi, this is [NAME], my dad is [NAME] / he is at UCLH, NHS [NHS-NUMBER] / 2 / thanks, call me on [PHONE]"])
    #expect(transcript.answers == ["asker: patient"])
    for personal in ["Sarah", "Jones", "Peter", "5919", "900461"] { #expect(!transcript.text.contains(personal)) }
  }

  @Test func aPasteOverTheLineLimitIsIgnoredWholeAndTheCallGoesOn() async throws {
    let sandbox = try Sandbox()
    let terminal = try await startAtTheTreatingCentre(in: sandbox)
    // 70 KB of a pasted document, with an NHS number at its start: over the 64 KB limit.
    let document = "NHS 943 476 5919 " + String(repeating: "clinic letter text ", count: 70 * 1024 / 19)
    let reply = try await paste(document, into: terminal, thenPrompt: Prompt.treatingCentre)
    #expect(reply.contains("That was over 64 KB (typed or pasted), so it was ignored. Nothing was recorded."))
    try await terminal.enter("uclh", thenPrompt: Prompt.wantedAt)
    terminal.send(":quit\r")
    #expect(try await terminal.waitForExit() == .exited(0))
    let transcript = try #require(sandbox.onlyTranscript())
    #expect(transcript.answers == ["asker: patient", "treating-centre: uclh"])
    #expect(!transcript.text.contains("5919"))
    #expect(!transcript.text.contains("clinic letter"))
  }

  @Test func aOneLinePasteThatMatchesAnAnswerAsksFirst() async throws {
    let sandbox = try Sandbox()
    let terminal = try await startAtTheTreatingCentre(in: sandbox)
    let reply = try await paste("2", into: terminal, thenPrompt: Prompt.treatingCentre)
    #expect(reply.contains("You pasted \u{201C}2\u{201D}, which would answer: UCLH (part of the London Sarcoma Service)."))
    // A second paste of "y" confirms nothing; typing y does.
    let again = try await paste("y", into: terminal, thenPrompt: Prompt.treatingCentre)
    #expect(!again.contains("\u{2713}"))
    _ = try await paste("2", into: terminal, thenPrompt: Prompt.treatingCentre)
    try await terminal.enter("y", thenPrompt: Prompt.wantedAt)
    terminal.send(":quit\r")
    #expect(try await terminal.waitForExit() == .exited(0))
    #expect(try #require(sandbox.onlyTranscript()).answers == ["asker: patient", "treating-centre: uclh"])
  }

  @Test func aPasteOnTheOutcomeScreenNeverStartsTheNextCall() async throws {
    let sandbox = try Sandbox()
    let terminal = try await startAtTheTreatingCentre(in: sandbox)
    try await terminal.enter("rnoh", thenPrompt: Prompt.wantedAt)
    try await terminal.enter("lss", thenPrompt: Prompt.nextCaller)
    let reply = try await paste(Self.email, into: terminal, thenPrompt: Prompt.nextCaller)
    #expect(reply.contains("pasted text is never taken as an answer"))
    let empty = try await paste("\r\n", into: terminal, thenPrompt: Prompt.nextCaller)
    #expect(!empty.contains("Next caller."))
    terminal.send(":quit\r")
    #expect(try await terminal.waitForExit() == .exited(0))
    #expect(try #require(sandbox.onlyTranscript()).header("ended") == "outcome")
  }

  @Test func linesArrivingFasterThanAnyoneTypesAreAPasteToo() async throws {
    let sandbox = try Sandbox()
    let terminal = try await startAtTheTreatingCentre(in: sandbox)
    terminal.readAvailableOutput()
    let mark = terminal.output.count
    // A terminal that does not mark pastes sends the lines as if typed, all at once.
    terminal.send("he is at UCLH\r2\rthanks\r")
    try await terminal.waitFor("the paste refused, then the prompt") { screen in
      terminal.outputText(since: mark).contains("pasted text is never taken as an answer")
        && screen.cursorLine == Prompt.treatingCentre.droppingTrailingSpaces && terminal.isInRawMode
    }
    #expect(terminal.outputText(since: mark).contains("That was pasted (3 lines)"))
    terminal.send(":quit\r")
    #expect(try await terminal.waitForExit() == .exited(0))
    #expect(try #require(sandbox.onlyTranscript()).answers == ["asker: patient"])
  }

  @Test func aDumbTerminalIsNeverAskedToMarkPastes() async throws {
    let sandbox = try Sandbox()
    let terminal = try sandbox.startInTerminal(["--no-record"], environment: ["TERM": "dumb"])
    try await terminal.waitFor(prompt: Prompt.asker)
    #expect(!terminal.outputText(since: 0).contains("\u{1B}[?2004h"))
    terminal.send(":quit\r")
    #expect(try await terminal.waitForExit() == .exited(0))
  }

  // MARK: The terminal's paste mode afterwards

  @Test(arguments: ["quit", "ctrl-d", "sigterm", "sighup", "sigint-then-quit"])
  func pastesAreNoLongerMarkedAfterTheProgramEnds(how: String) async throws {
    let sandbox = try Sandbox()
    let terminal = try sandbox.startInTerminal(["--no-record"])
    try await terminal.waitFor(prompt: Prompt.asker)
    #expect(terminal.screen.marksPastes)
    switch how {
    case "quit":
      terminal.send(":quit\r")
    case "ctrl-d":
      terminal.send(.ctrlD)
    case "sigterm":
      terminal.signal(SIGTERM)
    case "sighup":
      terminal.signal(SIGHUP)
    default:
      try await terminal.press(.ctrlC, thenShows: "^C")
      try await terminal.waitFor(prompt: Prompt.asker)
      #expect(terminal.screen.marksPastes)
      terminal.send(":quit\r")
    }
    _ = try await terminal.waitForExit()
    terminal.readAvailableOutput()
    #expect(!terminal.screen.marksPastes, "\(terminal.screen)")
  }
}
