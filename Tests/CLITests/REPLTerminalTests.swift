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
    "  1  The patient (patient)",
    "  2  A family member or carer (family)",
    "  3  The patient's treating sarcoma clinician (treating-clinician)",
    "  4  Another clinician, such as a GP (other-clinician)",
    "  5  Someone else (someone-else)",
    "  6  Not sure, or the caller would rather not say (unsure)",
  ]

  // The prompts on the way to `within-london-sarcoma-service`, and on its outcome screen.
  static let asker = "asker> "
  static let treatingCentre = "treating-centre> "
  static let wantedAt = "wanted-at> "
  static let nextCaller = "next caller> "

  /// Starts the session in an 80x24 terminal and waits for the first prompt.
  private func start(_ arguments: [String], in sandbox: Sandbox) async throws -> PseudoTerminal {
    let terminal = try sandbox.startInTerminal(arguments)
    try await terminal.waitFor(prompt: Self.asker)
    return terminal
  }

  // MARK: Answering

  @Test func answersTypedAtTheTerminalReachTheOutcomeScreen() async throws {
    let sandbox = try Sandbox()
    let terminal = try await start(["--no-record"], in: sandbox)
    #expect(terminal.screen.lines.prefix(2) == [
      "second-opinion \u{2014} Responding to a growing demand for second opinions",
      "  (london-sarcoma-second-opinions 1.0.0)",
    ])
    #expect(terminal.screen.contains("Practice: nothing is recorded."))
    let cursor = terminal.screen.cursorRow
    #expect(Array(terminal.screen.lines[(cursor - 7)..<cursor]) == Self.firstQuestion)

    try await terminal.enter("patient", thenPrompt: Self.treatingCentre)
    #expect(terminal.reply(to: "asker> patient").prefix(3) == [
      "\u{2713} The patient", "", "2. Where is the patient being treated for sarcoma now?",
    ])
    try await terminal.enter("Stanmore", thenPrompt: Self.wantedAt)
    #expect(terminal.reply(to: "treating-centre> Stanmore").first == "\u{2713} RNOH, Stanmore (part of the London Sarcoma Service)")
    try await terminal.enter("lss", thenPrompt: Self.nextCaller)

    // On an 80x24 terminal, everything staff need while the caller waits is on the
    // screen at once, wrapped by the tool (not by the terminal, mid-word), the prompt last.
    #expect(Array(terminal.screen.lines.suffix(21)) == [
      String(repeating: "\u{2500}", count: 60),
      "Between UCLH and RNOH: one service, and the policy is silent",
      "outcome: within-london-sarcoma-service; clauses: services-work-together,",
      "  what-each-treats, support-line-outside-london",
      "",
      "What to tell the caller",
      "  UCLH and RNOH together are the London Sarcoma Service, so this is a request",
      "  inside one service, not between the two London services, and the limit between",
      "  the services does not apply as written. The policy does not cover second",
      "  opinions inside one service. There is no policy answer here, and it is fine to",
      "  say so.",
      "",
      "Next steps",
      "  - Suggest the patient raises it with their treating sarcoma team, who can",
      "    explain how cases are shared between UCLH and RNOH.",
      "  - A second opinion at a specialist centre outside London is open to them, with",
      "    the Support Line's guidance.",
      "",
      "Press Enter to start the next caller, :back to change the last answer, or :quit",
      "to finish.",
      "next caller>",
    ])
    // The clauses behind it come first, and can be scrolled back to.
    let outcome = terminal.reply(to: "wanted-at> lss")
    #expect(outcome.prefix(4) == [
      "\u{2713} The London Sarcoma Service (UCLH or RNOH)", "", "Policy clauses",
      "  services-work-together (Policy, paragraph 1)",
    ])
    for clause in ["what-each-treats (Policy, paragraph 1)", "support-line-outside-london (Policy, paragraph 3)"] {
      #expect(outcome.contains("  " + clause))
    }
    #expect(terminal.screen.scrolledOff.contains("Policy clauses"))
    #expect(terminal.screen.cursorLine == "next caller>")
    terminal.send(.ctrlD)
    #expect(try await terminal.waitForExit() == .exited(0))
  }

  @Test func utf8AnswersAreEditedAndMatchedAsTyped() async throws {
    let sandbox = try Sandbox()
    let terminal = try await start(["--transcripts", sandbox.transcripts], in: sandbox)

    try await terminal.enter("café “au lait”", thenPrompt: Self.asker)
    #expect(terminal.reply(to: "asker> café “au lait”") == [
      "\u{201C}café \u{201C}au lait\u{201D}\u{201D} is not one of the answers. Type a number from 1 to 6, or an",
      "answer such as patient; :help lists the commands.",
    ])
    // A curly apostrophe, as phones and word processors type it, still means "don't know".
    try await terminal.enter("don\u{2019}t know", thenPrompt: Self.treatingCentre)
    #expect(terminal.reply(to: "asker> don\u{2019}t know").first == "\u{2713} Not sure, or the caller would rather not say")

    // Backspace takes off a whole accented character, not one of its bytes.
    try await terminal.type("Stanmoré")
    terminal.send(.backspace)
    try await terminal.waitFor("the é to be rubbed out") { $0.cursorLine == "treating-centre> Stanmor" }
    try await terminal.enter("e", thenPrompt: Self.wantedAt)
    #expect(terminal.reply(to: "treating-centre> Stanmore").first == "\u{2713} RNOH, Stanmore (part of the London Sarcoma Service)")

    terminal.send(.ctrlD)
    #expect(try await terminal.waitForExit() == .exited(0))
    let transcript = try #require(sandbox.onlyTranscript())
    #expect(transcript.answers == ["asker: unsure", "treating-centre: rnoh"])
  }

  @Test func textIsWrappedToTheWidthTheTerminalHasWhenTheLineIsEntered() async throws {
    let sandbox = try Sandbox()
    let terminal = try await start(["--no-record"], in: sandbox)
    // Made narrower while the prompt waits, as when a window is resized mid-call.
    terminal.resize(columns: 60, rows: 24)
    try await terminal.enter(":help", thenPrompt: Self.asker)
    #expect(terminal.reply(to: "asker> :help") == [
      "Answer",
      "  Type the answer's number, its name, an alias such as RMH",
      "  or dunno, or the start of one; Tab completes.",
      "Commands",
      "  :help       show this help",
      "  :back       take back the last answer (undo)",
      "  :restart    start this call's questions again, for the",
      "              same caller",
      "  :next       finish with this caller and start the next",
      "              (clears line history)",
      "  :why        why this question matters: its clauses, and",
      "              where each answer can lead",
      "  :summary    the answers given so far",
      "  :policy     list the policy's clauses",
      "  :note TEXT  add a note to the transcript; anything",
      "              personal is removed first",
      "  :quit       save and end the program",
      "  Ctrl-C clears the line being typed; Ctrl-D on an empty",
      "  line, or :quit, ends the program.",
    ])
  }

  // MARK: Line editing

  @Test func tabListsTheMatchingAnswersThenExtendsAnUnambiguousBeginning() async throws {
    let sandbox = try Sandbox()
    let terminal = try await start(["--no-record"], in: sandbox)
    try await terminal.enter("patient", thenPrompt: Self.treatingCentre)

    try await terminal.type("r")
    terminal.send(.tab, .tab)
    try await terminal.waitFor("the answers starting with r to be listed") { screen in
      screen.lines.contains { $0.split(separator: " ") == ["rmh", "rnoh", "royal-marsden"] }
    }
    terminal.send(.ctrlU)
    try await terminal.waitFor(prompt: Self.treatingCentre)
    try await terminal.type("roy")
    terminal.send(.tab)
    try await terminal.waitFor("roy to be completed") { $0.cursorLine == "treating-centre> royal-marsden" }
    try await terminal.enter("", thenPrompt: Self.wantedAt)
    #expect(terminal.reply(to: "treating-centre> royal-marsden").first == "\u{2713} The Royal Marsden Sarcoma Unit")
  }

  @Test func tabCompletesACommandFromItsBeginning() async throws {
    let sandbox = try Sandbox()
    let terminal = try await start(["--no-record"], in: sandbox)
    try await terminal.enter("patient", thenPrompt: Self.treatingCentre)

    try await terminal.type(":ba")
    terminal.send(.tab)
    try await terminal.waitFor(":ba to be completed") { $0.cursorLine == "treating-centre> :back" }
    try await terminal.enter("", thenPrompt: Self.asker)
    #expect(terminal.reply(to: "treating-centre> :back").prefix(3) == [
      "Took back \u{201C}The patient\u{201D}.", "", "1. Who is asking for the second opinion?",
    ])
  }

  @Test func upAndDownRecallTheLinesTypedForThisCaller() async throws {
    let sandbox = try Sandbox()
    let terminal = try await start(["--no-record"], in: sandbox)
    try await terminal.enter("patient", thenPrompt: Self.treatingCentre)
    try await terminal.enter("uclh", thenPrompt: Self.wantedAt)

    terminal.send(.up)
    try await terminal.waitFor("the last line to be recalled") { $0.cursorLine == "wanted-at> uclh" }
    terminal.send(.up)
    try await terminal.waitFor("the line before it to be recalled") { $0.cursorLine == "wanted-at> patient" }
    terminal.send(.down)
    try await terminal.waitFor("Down to come back to the last line") { $0.cursorLine == "wanted-at> uclh" }
    terminal.send(.ctrlU)
    try await terminal.waitFor(prompt: Self.wantedAt)
  }

  // MARK: Commands

  @Test func backAndRestartAskAgainAndAreRecorded() async throws {
    let sandbox = try Sandbox()
    let terminal = try await start(["--transcripts", sandbox.transcripts], in: sandbox)
    try await terminal.enter("patient", thenPrompt: Self.treatingCentre)
    try await terminal.enter(":back", thenPrompt: Self.asker)
    #expect(terminal.reply(to: "treating-centre> :back") == ["Took back \u{201C}The patient\u{201D}.", ""] + Self.firstQuestion)

    try await terminal.enter("family", thenPrompt: Self.treatingCentre)
    try await terminal.enter("uclh", thenPrompt: Self.wantedAt)
    try await terminal.enter(":restart", thenPrompt: Self.asker)
    #expect(terminal.reply(to: "wanted-at> :restart") == ["Starting this call's questions again.", ""] + Self.firstQuestion)

    try await terminal.enter("patient", thenPrompt: Self.treatingCentre)
    try await terminal.enter("Stanmore", thenPrompt: Self.wantedAt)
    try await terminal.enter("lss", thenPrompt: Self.nextCaller)
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
    let terminal = try await start(["--no-record"], in: sandbox)
    try await terminal.enter("patient", thenPrompt: Self.treatingCentre)

    try await terminal.enter(":why", thenPrompt: Self.treatingCentre)
    let why = terminal.reply(to: "treating-centre> :why")
    #expect(why.prefix(9) == [
      "The limit on second opinions applies only between the two London services;",
      "patients cared for elsewhere are regularly seen by either of them.",
      "  no-routine-cross-opinions (Policy, paragraph 2): For reasons of capacity, a",
      "    patient having standard management in one London service is not routinely",
      "    seen by the other London service for a second opinion.",
      "  patients-from-elsewhere (Policy, paragraph 2): Both London services often give",
      "    second opinions to sarcoma patients whose care is with a team elsewhere in",
      "    the country.",
      "Where each answer can lead",
    ])
    #expect(why.last == "  Not sure: outside-london, check-treating-centre")

    try await terminal.enter(":summary", thenPrompt: Self.treatingCentre)
    #expect(terminal.reply(to: "treating-centre> :summary").prefix(3) == [
      "Answers so far",
      "  1. Who is asking for the second opinion? The patient",
      "Still possible: outside-london, not-yet-under-specialist, check-treating-centre,",
    ])

    try await terminal.enter("Stanmore", thenPrompt: Self.wantedAt)
    try await terminal.enter("lss", thenPrompt: Self.nextCaller)
    try await terminal.enter(":why", thenPrompt: Self.nextCaller)
    let clauses = terminal.reply(to: "next caller> :why")
    #expect(clauses.first == "The outcome within-london-sarcoma-service rests on these clauses:")
    #expect(clauses.filter { !$0.hasPrefix("    ") }.map { $0.prefix { $0 != ":" } } == [
      "The outcome within-london-sarcoma-service rests on these clauses", "  services-work-together",
      "  what-each-treats", "  support-line-outside-london",
    ])
    try await terminal.enter(":summary", thenPrompt: Self.nextCaller)
    #expect(terminal.reply(to: "next caller> :summary") == [
      "Answers so far",
      "  1. Who is asking for the second opinion? The patient",
      "  2. Where is the patient being treated for sarcoma now? RNOH, Stanmore (part of",
      "     the London Sarcoma Service)",
      "  3. Where would they like the second opinion? The London Sarcoma Service (UCLH",
      "     or RNOH)",
    ])
  }

  // MARK: Keys and signals that end or cancel

  @Test func ctrlCCancelsTheLineBeingTypedAndTheSessionGoesOn() async throws {
    let sandbox = try Sandbox()
    let terminal = try await start(["--transcripts", sandbox.transcripts], in: sandbox)
    try await terminal.type("family")
    try await terminal.press(.ctrlC, thenShows: "^C")
    try await terminal.waitFor(prompt: Self.asker)
    #expect(terminal.screen.contains("asker> family^C"))
    #expect(FileSystem.names(in: sandbox.transcripts).isEmpty)

    try await terminal.enter("patient", thenPrompt: Self.treatingCentre)
    // The cancelled line never reached the history either: a second Up finds nothing
    // older than "patient", so the "x" typed after it lands there.
    terminal.send(.up, .up)
    try await terminal.type("x")
    #expect(terminal.screen.cursorLine == "treating-centre> patientx")
    try await terminal.press(.ctrlC, thenShows: "^C")
    try await terminal.waitFor(prompt: Self.treatingCentre)

    terminal.send(.ctrlD)
    #expect(try await terminal.waitForExit() == .exited(0))
    let transcript = try #require(sandbox.onlyTranscript())
    #expect(transcript.answers == ["asker: patient"])
    #expect(!transcript.text.contains("family"))
  }

  @Test func ctrlDOnAnEmptyLineEndsTheProgramAndKeepsTheCallAsAbandoned() async throws {
    let sandbox = try Sandbox()
    let terminal = try await start(["--transcripts", sandbox.transcripts], in: sandbox)
    try await terminal.enter("patient", thenPrompt: Self.treatingCentre)
    terminal.send(.ctrlD)
    #expect(try await terminal.waitForExit() == .exited(0))

    let transcript = try #require(sandbox.onlyTranscript())
    #expect(transcript.header("ended") == "abandoned (end-of-input)")
    #expect(transcript.events == [
      "ask asker: Who is asking for the second opinion?", "answer asker: patient",
      "ask treating-centre: Where is the patient being treated for sarcoma now?",
    ])
  }

  @Test func hangingUpKeepsTheCallAsAbandonedAndExitsWith129() async throws {
    let sandbox = try Sandbox()
    let terminal = try await start(["--transcripts", sandbox.transcripts], in: sandbox)
    try await terminal.enter("patient", thenPrompt: Self.treatingCentre)
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
    let terminal = try await start(["--transcripts", sandbox.transcripts], in: sandbox)
    try await terminal.enter("patient", thenPrompt: Self.treatingCentre)
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
    let terminal = try await start(["--transcripts", sandbox.transcripts], in: sandbox)
    try await terminal.enter("patient", thenPrompt: Self.treatingCentre)
    try await terminal.enter("Stanmore", thenPrompt: Self.wantedAt)
    try await terminal.enter("lss", thenPrompt: Self.nextCaller)
    terminal.send(.up)
    try await terminal.waitFor("this caller's last line to be recalled") { $0.cursorLine == "next caller> lss" }
    terminal.send(.ctrlU)
    try await terminal.waitFor(prompt: Self.nextCaller)

    // Enter on the outcome starts the next caller; Up then has nothing to recall, so the
    // "x" typed after it is all the line holds.
    try await terminal.enter("", thenPrompt: Self.asker)
    #expect(terminal.reply(to: "next caller>").prefix(3) == ["Next caller.", "", "1. Who is asking for the second opinion?"])
    terminal.send(.up)
    try await terminal.type("x")
    #expect(terminal.screen.cursorLine == "asker> x")
    terminal.send(.ctrlU)
    try await terminal.waitFor(prompt: Self.asker)

    // :next clears it too, part-way through a call.
    try await terminal.enter("family", thenPrompt: Self.treatingCentre)
    try await terminal.enter(":next", thenPrompt: Self.asker)
    terminal.send(.up)
    try await terminal.type("y")
    #expect(terminal.screen.cursorLine == "asker> y")
    terminal.send(.ctrlU)
    try await terminal.waitFor(prompt: Self.asker)

    terminal.send(.ctrlD)
    #expect(try await terminal.waitForExit() == .exited(0))
    let endings = sandbox.transcriptFiles().map { $0.header("ended") ?? "" }.sorted()
    #expect(endings == ["abandoned (next-caller)", "outcome"])
  }

  @Test(arguments: [false, true])
  func lineEditingWritesNothingInHome(recording: Bool) async throws {
    let sandbox = try Sandbox()
    let arguments = recording ? ["--transcripts", sandbox.path("calls")] : ["--no-record"]
    let terminal = try await start(arguments, in: sandbox)
    try await terminal.enter("Margaret Thompson 07700 900461", thenPrompt: Self.asker)
    try await terminal.enter("patient", thenPrompt: Self.treatingCentre)
    terminal.send(.up)
    try await terminal.waitFor("a line to be recalled") { $0.cursorLine == "treating-centre> patient" }
    terminal.send(.ctrlU)
    try await terminal.type("Stan")
    terminal.send(.tab)
    try await terminal.waitFor("Stan to be completed") { $0.cursorLine == "treating-centre> stanmore" }
    try await terminal.enter("", thenPrompt: Self.wantedAt)
    try await terminal.enter(":note rang about Margaret", thenPrompt: Self.wantedAt)
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
