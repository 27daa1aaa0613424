import Transcripts
import TestSupport
@preconcurrency import Glibc
import Testing

/// The guided session in a real pseudo-terminal, so libedit does the line editing: what
/// a staff member sees and what happens when they type, press keys, or close the window.
///
/// Every test runs in an 80x24 terminal with its own empty `HOME`, and waits for each
/// step to show on the screen before the next; none depends on timing.
@Suite struct REPLTerminalTests {
  /// The first question as it appears on an 80-column screen.
  static let firstQuestion = [
    "1. Who is asking for the second opinion?",
    "  1  The patient",
    "  2  A family member or carer",
    "  3  The patient's treating sarcoma clinician",
    "  4  Another clinician, such as a GP",
    "  5  Someone else",
    "  6  Not sure, or the caller would rather not say",
  ]

  // MARK: Answering

  @Test func answersTypedAtTheTerminalReachTheOutcomeScreen() async throws {
    let sandbox = try Sandbox()
    let terminal = try await sandbox.startSession(["--no-record"])
    #expect(terminal.screen.lines.first == "Responding to a growing demand for second opinions (version \(Shipped.policy.identity.version))")
    #expect(terminal.screen.contains("Practice: nothing is recorded."))
    let cursor = terminal.screen.cursorRow
    #expect(Array(terminal.screen.lines[(cursor - 7)..<cursor]) == Self.firstQuestion)

    try await terminal.enter("patient", thenPrompt: Prompt.treatingCentre)
    #expect(terminal.reply(to: Prompt.asker + "patient").prefix(3) == [
      "\u{2713} The patient", "", "2. Where is the patient being treated for sarcoma now?",
    ])
    try await terminal.enter("Stanmore", thenPrompt: Prompt.wantedAt)
    #expect(terminal.reply(to: Prompt.treatingCentre + "Stanmore").first == "\u{2713} RNOH, Stanmore (part of the London Sarcoma Service)")
    try await terminal.enter("lss", thenPrompt: Prompt.nextCaller)

    // On an 80x24 terminal, the whole outcome is on the screen at once, wrapped by the
    // tool (not by the terminal, mid-word), with the words to say, the prompt last.
    #expect(Array(terminal.screen.lines.suffix(19)) == [
      Prompt.wantedAt + "lss",
      "\u{2713} The London Sarcoma Service (UCLH or RNOH)",
      "",
      "Between UCLH and RNOH: one service, and the policy is silent",
      "",
      "Say to the caller:",
      "  UCLH and RNOH together make up the London Sarcoma Service, so a second opinion",
      "  between them is within one service rather than between the two London",
      "  services. The agreement doesn't cover that, so there is no policy answer I can",
      "  give you. Your sarcoma team can explain how cases are shared between UCLH and",
      "  RNOH. A second opinion at a specialist centre outside London is also open to",
      "  you.",
      "",
      "Then:",
      "  - Offer the Support Line's guidance on a second opinion outside London, if the",
      "    caller wants it.",
      "",
      "Enter: next caller \u{00B7} :why the policy behind this \u{00B7} :back to change an answer",
      "next caller>",
    ])
    #expect(terminal.screen.cursorLine == "next caller>")
    terminal.send(.ctrlD)
    #expect(try await terminal.waitForExit() == .exited(0))
  }

  @Test func utf8AnswersAreEditedAndMatchedAsTyped() async throws {
    let sandbox = try Sandbox()
    let terminal = try await sandbox.startSession(["--transcripts", sandbox.transcripts])

    try await terminal.enter("café “au lait”", thenPrompt: Prompt.asker)
    #expect(terminal.reply(to: Prompt.asker + "café “au lait”") == [
      "\u{201C}café \u{201C}au lait\u{201D}\u{201D} is not one of the answers. Type a number from 1 to 6, or the",
      "start of an answer; :help lists the commands.",
    ])
    // A curly apostrophe, as phones and word processors type it, still means "don't know".
    try await terminal.enter("don\u{2019}t know", thenPrompt: Prompt.treatingCentre)
    #expect(terminal.reply(to: Prompt.asker + "don\u{2019}t know").first == "\u{2713} Not sure, or the caller would rather not say")

    // Backspace takes off a whole accented character, not one of its bytes.
    try await terminal.type("Stanmoré")
    terminal.send(.backspace)
    try await terminal.waitFor("the é to be rubbed out") { $0.cursorLine == Prompt.treatingCentre + "Stanmor" }
    try await terminal.enter("e", thenPrompt: Prompt.wantedAt)
    #expect(terminal.reply(to: Prompt.treatingCentre + "Stanmore").first == "\u{2713} RNOH, Stanmore (part of the London Sarcoma Service)")

    try await terminal.press(.ctrlD, thenShows: "Press Ctrl-D again")
    terminal.send(.ctrlD)
    #expect(try await terminal.waitForExit() == .exited(0))
    let transcript = try #require(sandbox.onlyTranscript())
    #expect(transcript.answers == ["asker: unsure", "treating-centre: rnoh"])
  }

  @Test func textIsWrappedToTheWidthTheTerminalHasWhenTheLineIsEntered() async throws {
    let sandbox = try Sandbox()
    let terminal = try await sandbox.startSession(["--no-record"])
    // Made narrower while the prompt waits, as when a window is resized mid-call.
    terminal.resize(columns: 60, rows: 24)
    try await terminal.enter(":help", thenPrompt: Prompt.asker)
    #expect(terminal.reply(to: Prompt.asker + ":help") == [
      "Answer",
      "  Type the answer's number, the start of its words, or a",
      "  word such as RMH or dunno; Tab completes.",
      "Commands",
      "  :help             show this help",
      "  :back [QUESTION]  take back the last answer; with a",
      "                    question (its number or words), go back",
      "                    to it and keep the later answers",
      "  :restart          start this call's questions again, for",
      "                    the same caller (asks first)",
      "  :next             finish with this caller and start the",
      "                    next (asks first during a call)",
      "  :why              why this question matters and how to",
      "                    find it out; on the outcome, the policy",
      "                    clauses behind it",
      "  :find             how to find out what the caller does not",
      "                    know yet",
      "  :define [TERM]    what a term such as standard management",
      "                    means, with examples",
      "  :outcome          show the outcome again",
      "  :resume REF       pick up a call the caller rings back",
      "                    about, by the reference they were given",
      "  :summary          the answers given so far",
      "  :policy           list the policy's clauses",
      "  :note TEXT        add a note to the transcript; anything",
      "                    personal is removed first",
      "  :quit             save and end the program",
      "  Ctrl-C clears the line being typed; Ctrl-D on an empty",
      "  line, or :quit, ends the program (during a call, Ctrl-D",
      "  asks first).",
      "",
      "Who is calling? 1 The patient \u{00B7} 2 A family member or carer \u{00B7}",
      "  3 The patient's treating sarcoma clinician \u{00B7} 4 Another",
      "  clinician, such as a GP \u{00B7} 5 Someone else \u{00B7} 6 Not sure, or",
      "  the caller would rather not say",
    ])
  }

  // MARK: Line editing

  @Test func tabListsTheMatchingAnswersThenExtendsAnUnambiguousBeginning() async throws {
    let sandbox = try Sandbox()
    let terminal = try await sandbox.startSession(["--no-record"])
    try await terminal.enter("patient", thenPrompt: Prompt.treatingCentre)

    try await terminal.type("u")
    terminal.send(.tab, .tab)
    try await terminal.waitFor("the answers starting with u to be listed") { screen in
      let listed = screen.lines.joined(separator: " ")
      return ["ucl", "uk", "university college hospital", "UCLH (part of the London Sarcoma Service)"].allSatisfy(listed.contains)
    }
    terminal.send(.ctrlU)
    try await terminal.waitFor(prompt: Prompt.treatingCentre)
    try await terminal.type("mars")
    terminal.send(.tab)
    try await terminal.waitFor("mars to be completed") { $0.cursorLine == Prompt.treatingCentre + "marsden" }
    try await terminal.enter("", thenPrompt: Prompt.wantedAt)
    #expect(terminal.reply(to: Prompt.treatingCentre + "marsden").first == "\u{2713} The Royal Marsden Sarcoma Unit")
  }

  @Test func tabCompletesACommandFromItsBeginning() async throws {
    let sandbox = try Sandbox()
    let terminal = try await sandbox.startSession(["--no-record"])
    try await terminal.enter("patient", thenPrompt: Prompt.treatingCentre)

    try await terminal.type(":ba")
    terminal.send(.tab)
    try await terminal.waitFor(":ba to be completed") { $0.cursorLine == Prompt.treatingCentre + ":back" }
    try await terminal.enter("", thenPrompt: Prompt.asker)
    #expect(terminal.reply(to: Prompt.treatingCentre + ":back").prefix(3) == [
      "Took back \u{201C}The patient\u{201D}.", "", "1. Who is asking for the second opinion?",
    ])
  }

  @Test func upAndDownRecallTheLinesTypedForThisCaller() async throws {
    let sandbox = try Sandbox()
    let terminal = try await sandbox.startSession(["--no-record"])
    try await terminal.enter("patient", thenPrompt: Prompt.treatingCentre)
    try await terminal.enter("uclh", thenPrompt: Prompt.wantedAt)

    terminal.send(.up)
    try await terminal.waitFor("the last line to be recalled") { $0.cursorLine == Prompt.wantedAt + "uclh" }
    terminal.send(.up)
    try await terminal.waitFor("the line before it to be recalled") { $0.cursorLine == Prompt.wantedAt + "patient" }
    terminal.send(.down)
    try await terminal.waitFor("Down to come back to the last line") { $0.cursorLine == Prompt.wantedAt + "uclh" }
    terminal.send(.ctrlU)
    try await terminal.waitFor(prompt: Prompt.wantedAt)
  }

  // MARK: Commands

  @Test func backAndRestartAskAgainAndAreRecorded() async throws {
    let sandbox = try Sandbox()
    let terminal = try await sandbox.startSession(["--transcripts", sandbox.transcripts])
    try await terminal.enter("patient", thenPrompt: Prompt.treatingCentre)
    try await terminal.enter(":back", thenPrompt: Prompt.asker)
    #expect(terminal.reply(to: Prompt.treatingCentre + ":back") == ["Took back \u{201C}The patient\u{201D}.", ""] + Self.firstQuestion)

    try await terminal.enter("family", thenPrompt: Prompt.treatingCentre)
    try await terminal.enter("uclh", thenPrompt: Prompt.wantedAt)
    try await terminal.enter(":restart", thenPrompt: Prompt.wantedAt)
    #expect(terminal.reply(to: Prompt.wantedAt + ":restart").first == "This call has 2 answers and no outcome yet. Type :restart again to start this")
    try await terminal.enter(":restart", thenPrompt: Prompt.asker)
    #expect(terminal.reply(to: Prompt.wantedAt + ":restart") == ["Starting this call's questions again.", ""] + Self.firstQuestion)

    try await terminal.enter("patient", thenPrompt: Prompt.treatingCentre)
    try await terminal.enter("Stanmore", thenPrompt: Prompt.wantedAt)
    try await terminal.enter("lss", thenPrompt: Prompt.nextCaller)
    terminal.send(":quit\r")
    #expect(try await terminal.waitForExit() == .exited(0))

    let transcript = try #require(sandbox.onlyTranscript())
    #expect(transcript.header("ended") == "outcome")
    let askAsker = "ask asker: Who is asking for the second opinion?"
    let askCentre = "ask treating-centre: Where is the patient being treated for sarcoma now?"
    let askWanted = "ask wanted-at: Where would they like the second opinion?"
    #expect(transcript.events == [
      askAsker, "answer asker: patient", askCentre,
      "back asker", askAsker, "answer asker: family", askCentre, "answer treating-centre: uclh", askWanted,
      "restart", askAsker, "answer asker: patient", askCentre, "answer treating-centre: rnoh", askWanted,
      "answer wanted-at: london-sarcoma-service",
      "outcome within-london-sarcoma-service: services-work-together, what-each-treats, support-line-outside-london",
    ])
  }

  @Test func whyAndSummaryExplainTheQuestionTheAnswersAndTheOutcome() async throws {
    let sandbox = try Sandbox()
    let terminal = try await sandbox.startSession(["--no-record"])
    try await terminal.enter("patient", thenPrompt: Prompt.treatingCentre)

    try await terminal.enter(":why", thenPrompt: Prompt.treatingCentre)
    let why = terminal.reply(to: Prompt.treatingCentre + ":why")
    #expect(why.prefix(5) == [
      "Why ask \u{201C}Treated where now?\u{201D}",
      "  The limit on second opinions applies only between the two London services;",
      "  patients cared for elsewhere are regularly seen by either of them.",
      "  Policy, paragraph 2",
      "    For reasons of capacity, a patient having standard management in one London",
    ])
    #expect(why.contains("If the caller does not know: A recent clinic letter names the hospital in charge"))
    #expect(why.last == "  sarcoma specialist centre \u{00B7} 6 Not sure")

    try await terminal.enter(":summary", thenPrompt: Prompt.treatingCentre)
    #expect(terminal.reply(to: Prompt.treatingCentre + ":summary").prefix(3) == [
      "Answers so far",
      "  1. Who is calling? The patient",
      "Still possible: 20 outcomes.",
    ])

    try await terminal.enter("Stanmore", thenPrompt: Prompt.wantedAt)
    try await terminal.enter("lss", thenPrompt: Prompt.nextCaller)
    try await terminal.enter(":why", thenPrompt: Prompt.nextCaller)
    let clauses = terminal.reply(to: "next caller> :why")
    #expect(clauses.prefix(3) == [
      "The policy behind \u{201C}Between UCLH and RNOH: one service, and the policy is",
      "silent\u{201D}:",
      "  Policy, paragraph 1",
    ])
    #expect(clauses.filter { $0.hasPrefix("  Policy, paragraph") }.count == 3)
    #expect(clauses.suffix(2) == ["Outcome: Between UCLH and RNOH: one service, and the policy is silent (:outcome", "shows it again)"])
    try await terminal.enter(":summary", thenPrompt: Prompt.nextCaller)
    #expect(terminal.reply(to: "next caller> :summary").prefix(4) == [
      "Answers so far",
      "  1. Who is calling? The patient",
      "  2. Treated where now? RNOH, Stanmore (part of the London Sarcoma Service)",
      "  3. Second opinion where? The London Sarcoma Service (UCLH or RNOH)",
    ])
  }

  // MARK: Keys and signals that end or cancel

  @Test func ctrlCCancelsTheLineBeingTypedAndTheSessionGoesOn() async throws {
    let sandbox = try Sandbox()
    let terminal = try await sandbox.startSession(["--transcripts", sandbox.transcripts])
    try await terminal.type("family")
    try await terminal.press(.ctrlC, thenShows: "^C")
    try await terminal.waitFor(prompt: Prompt.asker)
    #expect(terminal.screen.contains(Prompt.asker + "family^C"))
    #expect(FileSystem.names(in: sandbox.transcripts).isEmpty)

    try await terminal.enter("patient", thenPrompt: Prompt.treatingCentre)
    // The cancelled line never reached the history either: a second Up finds nothing
    // older than "patient", so the "x" typed after it lands there.
    terminal.send(.up, .up)
    try await terminal.type("x")
    #expect(terminal.screen.cursorLine == Prompt.treatingCentre + "patientx")
    try await terminal.press(.ctrlC, thenShows: "^C")
    try await terminal.waitFor(prompt: Prompt.treatingCentre)

    try await terminal.press(.ctrlD, thenShows: "Press Ctrl-D again")
    terminal.send(.ctrlD)
    #expect(try await terminal.waitForExit() == .exited(0))
    let transcript = try #require(sandbox.onlyTranscript())
    #expect(transcript.answers == ["asker: patient"])
    #expect(!transcript.text.contains("family"))
  }

  @Test func ctrlDDuringACallAsksFirstThenEndsAndKeepsTheCallAsAbandoned() async throws {
    let sandbox = try Sandbox()
    let terminal = try await sandbox.startSession(["--transcripts", sandbox.transcripts])
    try await terminal.enter("patient", thenPrompt: Prompt.treatingCentre)
    try await terminal.press(.ctrlD, thenShows: "Press Ctrl-D again")
    try await terminal.waitFor(prompt: Prompt.treatingCentre)
    #expect(terminal.screen.contains("This call is not finished. Press Ctrl-D again to end the program and save the"))
    terminal.send(.ctrlD)
    #expect(try await terminal.waitForExit() == .exited(0))
    let reference = CallBackReference(sessionID: try #require(sandbox.onlyTranscript()?.header("session")))
    #expect(terminal.screen.contains("Saved as abandoned: 1 answer. Call-back reference: \(reference)."))

    let transcript = try #require(sandbox.onlyTranscript())
    #expect(transcript.header("ended") == "abandoned (end-of-input)")
    #expect(transcript.events == [
      "ask asker: Who is asking for the second opinion?", "answer asker: patient",
      "ask treating-centre: Where is the patient being treated for sarcoma now?",
    ])
  }

  @Test func hangingUpKeepsTheCallAsAbandonedAndExitsWith129() async throws {
    let sandbox = try Sandbox()
    let terminal = try await sandbox.startSession(["--transcripts", sandbox.transcripts])
    try await terminal.enter("patient", thenPrompt: Prompt.treatingCentre)
    try await terminal.type("uc")
    terminal.hangUp()
    #expect(try await terminal.waitForExit() == .exited(129))

    let transcript = try #require(sandbox.onlyTranscript())
    #expect(transcript.header("ended") == "abandoned (hangup)")
    #expect(transcript.answers == ["asker: patient"])
    #expect(FileSystem.names(in: sandbox.transcripts) == [transcript.name])
  }

  @Test func sigtermKeepsTheCallAsAbandonedAndExitsWith143() async throws {
    let sandbox = try Sandbox()
    let terminal = try await sandbox.startSession(["--transcripts", sandbox.transcripts])
    try await terminal.enter("patient", thenPrompt: Prompt.treatingCentre)
    try await terminal.type("uc")
    terminal.signal(SIGTERM)
    #expect(try await terminal.waitForExit() == .exited(143))

    let transcript = try #require(sandbox.onlyTranscript())
    #expect(transcript.header("ended") == "abandoned (terminated)")
    #expect(transcript.answers == ["asker: patient"])
    #expect(FileSystem.names(in: sandbox.transcripts) == [transcript.name])
  }

  // MARK: Privacy

  @Test func theNextCallerStartsWithAnEmptyHistory() async throws {
    let sandbox = try Sandbox()
    let terminal = try await sandbox.startSession(["--transcripts", sandbox.transcripts])
    try await terminal.enter("patient", thenPrompt: Prompt.treatingCentre)
    try await terminal.enter("Stanmore", thenPrompt: Prompt.wantedAt)
    try await terminal.enter("lss", thenPrompt: Prompt.nextCaller)
    terminal.send(.up)
    try await terminal.waitFor("this caller's last line to be recalled") { $0.cursorLine == "next caller> lss" }
    terminal.send(.ctrlU)
    try await terminal.waitFor(prompt: Prompt.nextCaller)

    // Enter on the outcome starts the next caller; Up then has nothing to recall, so the
    // "x" typed after it is all the line holds.
    try await terminal.enter("", thenPrompt: Prompt.asker)
    #expect(terminal.reply(to: "next caller>").prefix(4) == [
      "Saved: the call reached its outcome (3 answers).", "Next caller.", "", "1. Who is asking for the second opinion?",
    ])
    terminal.send(.up)
    try await terminal.type("x")
    #expect(terminal.screen.cursorLine == Prompt.asker + "x")
    terminal.send(.ctrlU)
    try await terminal.waitFor(prompt: Prompt.asker)

    // :next clears it too, part-way through a call.
    try await terminal.enter("family", thenPrompt: Prompt.treatingCentre)
    try await terminal.enter(":next", thenPrompt: Prompt.treatingCentre)
    try await terminal.enter(":next", thenPrompt: Prompt.asker)
    terminal.send(.up)
    try await terminal.type("y")
    #expect(terminal.screen.cursorLine == Prompt.asker + "y")
    terminal.send(.ctrlU)
    try await terminal.waitFor(prompt: Prompt.asker)

    terminal.send(.ctrlD)
    #expect(try await terminal.waitForExit() == .exited(0))
    let endings = sandbox.transcriptFiles().map { $0.header("ended") ?? "" }.sorted()
    #expect(endings == ["abandoned (next-caller)", "outcome"])
  }

  @Test(arguments: [false, true])
  func lineEditingWritesNothingInHome(recording: Bool) async throws {
    let sandbox = try Sandbox()
    let arguments = recording ? ["--transcripts", sandbox.path("calls")] : ["--no-record"]
    let terminal = try await sandbox.startSession(arguments)
    try await terminal.enter("Margaret Thompson 07700 900461", thenPrompt: Prompt.asker)
    try await terminal.enter("patient", thenPrompt: Prompt.treatingCentre)
    terminal.send(.up)
    try await terminal.waitFor("a line to be recalled") { $0.cursorLine == Prompt.treatingCentre + "patient" }
    terminal.send(.ctrlU)
    try await terminal.type("Stan")
    terminal.send(.tab)
    try await terminal.waitFor("Stan to be completed") { $0.cursorLine == Prompt.treatingCentre + "stanmore" }
    try await terminal.enter("", thenPrompt: Prompt.wantedAt)
    try await terminal.enter(":note rang about Margaret", thenPrompt: Prompt.wantedAt)
    terminal.send(":quit\r")
    #expect(try await terminal.waitForExit() == .exited(0))

    #expect(sandbox.home.contents() == [])
    #expect(!FileSystem.exists(sandbox.dataHome))
    #expect(!FileSystem.exists(sandbox.transcripts))
    let transcripts = sandbox.transcriptFiles(in: sandbox.path("calls"))
    #expect(transcripts.count == (recording ? 1 : 0))
    for transcript in transcripts {
      #expect(transcript.answers == ["asker: patient", "treating-centre: rnoh"])
      #expect(!transcript.text.contains("Margaret") && !transcript.text.contains("07700"))
    }
  }
}
