import Anonymiser
import PolicyEngine
import Transcripts

/// The guided session as a pure function of what staff type: each line in, a reply out.
///
/// The shell reads lines, prints the reply's text, keeps or clears the line-editing
/// history as the reply says, and saves the call's transcript when it changes. Nothing
/// here touches a terminal or a file.
public struct Conversation: LineSession, Sendable {
  /// The facts a transcript header needs that the conversation cannot know itself.
  public struct Recording: Sendable {
    var policyHash: String
    /// Today, YYYY-MM-DD, asked afresh as each call starts: a session can stay open past midnight.
    var today: @Sendable () -> String
    /// Makes a fresh random session id for each call.
    var makeSessionID: @Sendable () -> String

    public init(policyHash: String, today: @Sendable @escaping () -> String, makeSessionID: @Sendable @escaping () -> String) {
      self.policyHash = policyHash
      self.today = today
      self.makeSessionID = makeSessionID
    }

    /// Every call recorded under one day.
    public init(policyHash: String, date: String, makeSessionID: @Sendable @escaping () -> String) {
      self.init(policyHash: policyHash, today: { date }, makeSessionID: makeSessionID)
    }
  }

  let machine: StateMachine
  public var presentation: Presentation
  private let recording: Recording
  /// Made at the first note: building its word table would slow down start-up.
  private var scrubber: Scrubber?
  /// The current call.
  private(set) var call: SessionRecording
  /// The random id of the current call's transcript.
  private(set) var sessionID: String
  /// The day the current call started, YYYY-MM-DD: the one time its transcript holds.
  private(set) var callDate: String

  public init(machine: StateMachine, presentation: Presentation, recording: Recording, scrubber: Scrubber? = nil) {
    self.machine = machine
    self.presentation = presentation
    self.recording = recording
    self.scrubber = scrubber
    call = SessionRecording(machine: machine)
    sessionID = recording.makeSessionID()
    callDate = recording.today()
  }

  // MARK: What the shell asks

  /// The prompt for the next line: the current question's id, or `next caller` on the
  /// outcome screen.
  public var prompt: String {
    if let question = call.session.currentQuestion { return "\(question.id)> " }
    return "next caller> "
  }

  /// Words Tab completes at the prompt: the current question's answer ids and aliases,
  /// and the commands.
  public var completionWords: [String] {
    var words = ConversationCommand.allCases.map(\.typed)
    if let question = call.session.currentQuestion {
      words += question.answers.flatMap { [$0.id] + $0.aliases.filter { !$0.contains(" ") } }
    }
    return words
  }

  /// The current call's transcript as it stands, to save after every change. A call
  /// still in progress is marked unfinished, so a copy left by a crash says so.
  public var transcript: Transcript {
    call.transcript(policyHash: recording.policyHash, date: callDate, sessionID: sessionID, endingOtherwise: .unfinished)
  }

  /// The current call's final transcript when the program ends for `reason`.
  public func finalTranscript(endingFor reason: Transcript.Ending) -> Transcript {
    call.transcript(policyHash: recording.policyHash, date: callDate, sessionID: sessionID, endingOtherwise: reason)
  }

  // MARK: Lines in, replies out

  /// The opening screen: what the tool is, how to answer, and the first question.
  public func start(recordingTo destination: String?) -> Reply {
    let style = presentation.style
    let identity = machine.policy.identity
    var lines = wrapped(
      style.bold("second-opinion") + " \u{2014} \(identity.title) (\(identity.id) \(identity.version))", width: presentation.width,
      indent: "  ")
    lines += wrapped(
      "Type an answer's number or name; commands start with a colon (:help lists them). "
        + "The Support Line guides callers; it never gives second opinions or refers patients.",
      width: presentation.width)
    if let destination {
      lines += wrapped("Anonymised transcripts are saved in \(destination).", width: presentation.width).map(style.dim)
    } else {
      lines += wrapped("Practice: nothing is recorded.", width: presentation.width).map(style.dim)
    }
    lines.append("")
    lines += currentScreen()
    return Reply(lines: lines)
  }

  /// Handles one line typed at the prompt.
  public mutating func handle(_ line: String) -> Reply {
    if let command = TypedCommand(line) { return handle(command) }
    let typed = line.trimmingWhitespace
    if call.session.isDecided {
      if typed.isEmpty { return nextCaller(after: .outcome) }
      return Reply(lines: wrapped(
        "The outcome is shown. Press Enter for the next caller, type :back to change the last answer, or :quit to finish.",
        width: presentation.width))
    }
    guard let question = call.session.currentQuestion else { return Reply() }
    if typed.isEmpty { return Reply(lines: questionLines(question)) }
    guard case .answer(let answer) = question.match(typed) else {
      return Reply(lines: unmatchedAnswerLines(typed, question: question, presentation: presentation))
    }
    guard call.hasRoomForAStep else { return callIsFull() }
    try? call.answer(answer.id)
    let echo = wrapped("\u{2713} \(answer.label)", width: presentation.width, indent: "  ").map(presentation.style.dim)
    return Reply(lines: echo + [""] + currentScreen(), transcriptChanged: true)
  }

  /// The reply when a line was too long to read and was dropped.
  public func tooLongLine(limit: Int) -> Reply {
    Reply(lines: wrapped("That line was longer than \(limit / 1024) KB, so it was ignored. Nothing was recorded.", width: presentation.width))
  }

  // MARK: Commands

  private mutating func handle(_ typed: TypedCommand) -> Reply {
    guard let command = typed.command(in: ConversationCommand.self) else {
      return Reply(lines: unknownCommandLines(typed.word, among: ConversationCommand.self, presentation: presentation))
    }
    switch command {
    case .help: return Reply(lines: helpLines())
    case .back: return back()
    case .restart:
      guard call.hasRoomForAStep else { return callIsFull() }
      call.restart()
      return Reply(lines: [presentation.style.dim("Starting this call's questions again."), ""] + currentScreen(), transcriptChanged: true)
    case .next: return nextCaller(after: .nextCaller)
    case .why: return Reply(lines: whyLines())
    case .summary: return Reply(lines: summaryLines())
    case .policy: return Reply(lines: policyLines())
    case .note: return note(typed.rest)
    case .quit: return Reply(quit: true)
    }
  }

  private mutating func back() -> Reply {
    guard call.hasRoomForAStep else { return callIsFull() }
    guard let undone = call.back() else {
      return Reply(lines: ["There is no answer to take back yet."])
    }
    let label = machine.policy.question(undone.question)?.answer(undone.answer)?.label ?? undone.answer
    return Reply(lines: [presentation.style.dim("Took back \u{201C}\(label)\u{201D}."), ""] + currentScreen(), transcriptChanged: true)
  }

  private mutating func nextCaller(after ending: Transcript.Ending) -> Reply {
    let finished = finalTranscript(endingFor: ending)
    call = SessionRecording(machine: machine)
    sessionID = recording.makeSessionID()
    callDate = recording.today()
    var lines = [presentation.style.bold("Next caller."), ""]
    lines += currentScreen()
    return Reply(lines: lines, transcriptChanged: true, finishedCall: finished, clearHistory: true)
  }

  private mutating func note(_ text: String) -> Reply {
    guard !text.isEmpty else {
      return Reply(lines: wrapped("Type the note after the command, such as :note caller will ring back after the MDT.", width: presentation.width))
    }
    if text.count > SessionRecording.maximumNoteLength {
      return Reply(lines: wrapped(
        "That note is \(text.count) characters long; a note holds at most \(SessionRecording.maximumNoteLength). Nothing was noted: split it into shorter notes.",
        width: presentation.width))
    }
    guard call.hasRoomForANote else {
      return Reply(lines: wrapped(
        "This call already holds the most notes a call keeps (\(SessionRecording.maximumNotes)), so this one was not noted.",
        width: presentation.width))
    }
    if scrubber == nil { scrubber = Scrubber() }
    let scrubbed = scrubber!.scrub(text)
    call.note(scrubbed: scrubbed)
    var lines = wrapped("Noted, as it will be kept: \(scrubbed)", width: presentation.width)
    if scrubbed != text {
      lines += wrapped("Anything that looked personal was replaced before saving.", width: presentation.width).map(presentation.style.dim)
    }
    return Reply(lines: lines, transcriptChanged: true)
  }

  /// The reply when the call's transcript holds all it can: nothing more is recorded.
  private func callIsFull() -> Reply {
    Reply(lines: wrapped(
      "This call's transcript holds the most a transcript keeps (\(SessionRecording.maximumEvents) events), so nothing more can be recorded for it. It is saved as it is: type :next for the next caller, or :quit.",
      width: presentation.width))
  }

  // MARK: Screens

  private func currentScreen() -> [String] {
    switch call.session.step {
    case .ask(let question): return questionLines(question)
    case .decided(let decision):
      var lines = decisionLines(decision, width: presentation.width, style: presentation.style, clauses: .first)
      lines.append("")
      lines += wrapped(
        "Press Enter to start the next caller, :back to change the last answer, or :quit to finish.",
        width: presentation.width
      ).map(presentation.style.dim)
      return lines
    }
  }

  private func questionLines(_ question: Question) -> [String] {
    Guidance.questionLines(question, number: call.session.answers.count + 1, presentation: presentation)
  }

  private func helpLines() -> [String] {
    var lines = [presentation.style.bold("Answer")]
    lines += wrapped(
      "Type the answer's number, its name, an alias such as RMH or dunno, or the start of one; Tab completes.",
      width: presentation.width, firstIndent: "  ", indent: "  ")
    lines.append(presentation.style.bold("Commands"))
    lines += commandListLines(ConversationCommand.self, presentation: presentation)
    lines += wrapped("Ctrl-C clears the line being typed; Ctrl-D on an empty line, or :quit, ends the program.", width: presentation.width, firstIndent: "  ", indent: "  ")
    return lines
  }

  private func whyLines() -> [String] {
    let style = presentation.style
    guard let question = call.session.currentQuestion else {
      guard case .decided(let decision) = call.session.step else { return [] }
      var lines = wrapped("The outcome \(decision.outcome.id) rests on these clauses:", width: presentation.width)
      for clause in decision.clauses {
        lines += wrapped("\(style.cyan(clause.id)): \(clause.summary)", width: presentation.width, firstIndent: "  ", indent: "    ")
      }
      return lines
    }
    var lines = wrapped(question.why, width: presentation.width)
    for id in question.clauses {
      guard let clause = machine.policy.clause(id) else { continue }
      lines += wrapped("\(style.cyan(clause.id)) (\(clause.source)): \(clause.summary)", width: presentation.width, firstIndent: "  ", indent: "    ")
    }
    lines.append(style.bold("Where each answer can lead"))
    for (answer, outcomes) in call.session.outcomesByAnswer {
      lines += wrapped("\(answer.label): " + outcomes.map(\.id).joined(separator: ", "), width: presentation.width, firstIndent: "  ", indent: "    ")
    }
    return lines
  }

  private func summaryLines() -> [String] {
    let answers = call.session.answers
    guard !answers.isEmpty else { return ["No answers yet."] }
    var lines = [presentation.style.bold("Answers so far")]
    for (index, given) in answers.enumerated() {
      let question = machine.policy.question(given.question)
      let label = question?.answer(given.answer)?.label ?? given.answer
      lines += wrapped("\(index + 1). \(question?.prompt ?? given.question) \(label)", width: presentation.width, firstIndent: "  ", indent: "     ")
    }
    let possible = call.session.possibleOutcomes
    if possible.count > 1 {
      lines += wrapped("Still possible: " + possible.map(\.id).joined(separator: ", "), width: presentation.width).map(presentation.style.dim)
    }
    return lines
  }

  private func policyLines() -> [String] {
    let identity = machine.policy.identity
    var lines = wrapped("\(identity.title), \(identity.issuedBy); this encoding \(identity.version) of \(identity.date).", width: presentation.width).map(presentation.style.bold)
    for clause in machine.policy.clauses {
      lines += wrapped(
        presentation.style.cyan(clause.id) + " " + presentation.style.dim("(\(clause.source))"), width: presentation.width,
        firstIndent: "  ", indent: "    ")
      lines += wrapped(clause.summary, width: presentation.width, firstIndent: "    ", indent: "    ")
    }
    return lines
  }
}
