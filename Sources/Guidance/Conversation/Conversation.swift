import Anonymiser
import PolicyEngine
import Transcripts

/// The guided session as a pure function of what staff type: each line in, a reply out.
///
/// The shell reads lines, prints the reply's text, keeps or clears the line-editing
/// history as the reply says, and saves the call's transcript when it changes. Nothing
/// here touches a terminal or a file: what it needs from outside (the date, random ids,
/// earlier calls to pick up) comes through ``Recording``.
public struct Conversation: LineSession, Sendable {
  /// What the conversation needs from outside to record calls.
  public struct Recording: Sendable {
    var policyHash: String
    /// Today, YYYY-MM-DD, asked when each call starts, so that a session open past
    /// midnight dates each call by its own day.
    var today: @Sendable () -> String
    /// Makes a fresh random session id for each call.
    var makeSessionID: @Sendable () -> String
    /// The saved calls with a call-back reference, with their dates; nil when calls are
    /// not saved (practice), so that none can be picked up.
    var findCalls: (@Sendable (CallBackReference) -> [SavedCall])?

    public init(
      policyHash: String, today: @Sendable @escaping () -> String, makeSessionID: @Sendable @escaping () -> String,
      findCalls: (@Sendable (CallBackReference) -> [SavedCall])? = nil
    ) {
      self.policyHash = policyHash
      self.today = today
      self.makeSessionID = makeSessionID
      self.findCalls = findCalls
    }

    /// Every call recorded under one day.
    public init(policyHash: String, date: String, makeSessionID: @Sendable @escaping () -> String) {
      self.init(policyHash: policyHash, today: { date }, makeSessionID: makeSessionID)
    }
  }

  /// A call saved earlier, found by its call-back reference.
  public struct SavedCall: Sendable {
    public var transcript: Transcript

    public init(transcript: Transcript) {
      self.transcript = transcript
    }
  }

  /// Something the conversation asked and is waiting to hear about.
  enum Pending: Sendable {
    /// "Did you mean ...?": `y` chooses this answer.
    case suggestion(Answer)
    /// A command that throws answers away, typed once: typing it again carries it out.
    case confirmation(ConversationCommand)
    /// Ctrl-D was pressed during a call: pressing it again ends the program.
    case endOfInput
  }

  let machine: StateMachine
  public var presentation: Presentation
  let recording: Recording
  /// Made at the first note: building its word table would slow down start-up.
  var scrubber: Scrubber?
  /// The current call.
  var call: SessionRecording
  /// The random id of the current call's transcript.
  var sessionID: String
  /// The day the current call started.
  var callDate: String
  /// What the last reply asked, if anything.
  var pending: Pending?

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

  /// The prompt for the next line: the current question's short label, or `next caller`
  /// on the outcome screen.
  public var prompt: String {
    if let question = call.session.currentQuestion { return "\(question.label)> " }
    return "next caller> "
  }

  /// Words Tab completes at the prompt: the current question's answers and the words
  /// staff may type for them, and the commands.
  public var completionWords: [String] {
    var words = ConversationCommand.allCases.map(\.typed)
    if let question = call.session.currentQuestion {
      words += question.answers.flatMap { [$0.label] + $0.aliases }
      if let group = openGroup(for: question) { words.append(group.label) }
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

  /// Whether a call is under way: something answered, and no outcome yet.
  var isMidCall: Bool { !call.session.answers.isEmpty && !call.session.isDecided }

  /// The reference a caller gives when they ring back about the current call, when calls
  /// are saved.
  var callBackReference: CallBackReference? {
    recording.findCalls == nil ? nil : CallBackReference(sessionID: sessionID)
  }

  // MARK: Lines in, replies out

  /// The opening screen: what the tool is, how to answer, and the first question.
  public func start(recordingTo destination: String?) -> Reply {
    let style = presentation.style
    let identity = machine.policy.identity
    var lines = wrapped(style.bold(identity.title) + " (version \(identity.version))", width: presentation.width, indent: "  ")
    lines += wrapped(
      "Type an answer's number or the start of its words; commands start with a colon (:help lists them). "
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
    let waiting = pending
    pending = nil
    if case .suggestion(let answer) = waiting, let reply = reply(toSuggestion: answer, line) { return reply }
    if let command = TypedCommand(line) {
      if case .confirmation(let asked) = waiting, command.command(in: ConversationCommand.self) == asked {
        return carryOut(asked)
      }
      return handle(command)
    }
    let typed = line.trimmingWhitespace
    if call.session.isDecided {
      if typed.isEmpty { return nextCaller(after: .outcome) }
      return Reply(lines: wrapped(
        "The outcome is shown. Press Enter for the next caller, :outcome to see it again, :back to change an answer, or :quit to finish.",
        width: presentation.width))
    }
    guard let question = call.session.currentQuestion else { return Reply() }
    if typed.isEmpty { return Reply(lines: questionLines(question)) }
    return answer(typed, to: question)
  }

  /// Handles text pasted at the prompt, with what was typed before it on the line.
  ///
  /// A paste is never taken as an answer without asking: several lines are refused (and
  /// `:note` suggested), one line that matches an answer is offered for `y`, and a paste
  /// never confirms what was asked before it. After `:note`, the whole paste is one note,
  /// its lines joined with " / " and scrubbed together.
  public mutating func handle(pasted text: String) -> Reply {
    pending = nil
    if let typed = TypedCommand(text), typed.command(in: ConversationCommand.self) == .note {
      let lines = typed.rest.split(separator: "\n").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
      return note(lines.joined(separator: " / "), pastedLines: lines.count)
    }
    // Blank lines do not count: a terminal may send an email's line breaks twice over.
    let lineCount = text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.count
    guard lineCount <= 1 else {
      return Reply(
        lines: wrapped(
          "That was pasted (\(lineCount) lines), and pasted text is never taken as an answer. "
            + "To keep it in the call's notes, type :note and paste it again.",
          width: presentation.width) + reminder())
    }
    let typed = text.split(separator: "\n").first { !$0.allSatisfy(\.isWhitespace) }.map { String($0).trimmingWhitespace } ?? ""
    // An empty paste is nothing, never the Enter that moves on to the next caller.
    if typed.isEmpty { return Reply(lines: reminder()) }
    if TypedCommand(typed) != nil || call.session.isDecided { return handle(typed) }
    guard let question = call.session.currentQuestion else { return Reply() }
    guard case .answer(let answer) = question.match(typed) else {
      if let group = openGroup(for: question), matchesGroupAnswer(typed, group: group, question: question) {
        return Reply(lines: wrapped(pastedTextRefusal(typed), width: presentation.width) + reminder())
      }
      return handle(typed)
    }
    pending = .suggestion(answer)
    return Reply(lines: wrapped(
      "You pasted \u{201C}\(quotedInput(typed))\u{201D}, which would answer: \(answer.label). "
        + "Type y to take it; anything else carries on.",
      width: presentation.width))
  }

  /// The reply when a line was too long to read and was dropped.
  public func tooLongLine(limit: Int) -> Reply {
    Reply(lines: wrapped("That was over \(limit / 1024) KB (typed or pasted), so it was ignored. Nothing was recorded.", width: presentation.width))
  }

  /// Ctrl-D at the terminal: during a call, the first press only warns, so that a call is
  /// never ended by a slip of the finger; nil means the program should end.
  public mutating func endOfInput(isFinal: Bool) -> Reply? {
    guard !isFinal, isMidCall else { return nil }
    if case .endOfInput = pending { return nil }
    pending = .endOfInput
    let answers = counted(call.session.answers.count, "answer")
    return Reply(lines: wrapped(
      "This call is not finished. Press Ctrl-D again to end the program and save the call as abandoned (\(answers)), "
        + "or carry on answering.",
      width: presentation.width))
  }

  /// What was kept of a call that has ended, in a line to show staff: saved with an outcome,
  /// saved as abandoned with how much it held and its call-back reference, or nothing.
  public func endingLines(_ transcript: Transcript, saved: Bool) -> [String] {
    let answers = transcript.standingAnswers.count
    let notes = transcript.events.filter { if case .note = $0 { return true } else { return false } }.count
    let text: String
    if !saved {
      text = "Practice: nothing was saved."
    } else if transcript.header.ending == .outcome {
      text = "Saved: the call reached its outcome (\(counted(answers, "answer"))\(notes > 0 ? ", \(counted(notes, "note"))" : ""))."
    } else if !transcript.holdsAnythingDone {
      text = "Nothing was saved: no answer was given."
    } else {
      var held = counted(answers, "answer")
      if notes > 0 { held += ", \(counted(notes, "note"))" }
      text = "Saved as abandoned: \(held). Call-back reference: \(CallBackReference(sessionID: transcript.header.sessionID))."
    }
    return wrapped(text, width: presentation.width).map(presentation.style.dim)
  }

  /// The reply when the call's transcript holds all it can: nothing more is recorded.
  func callIsFull() -> Reply {
    Reply(lines: wrapped(
      "This call's transcript holds the most a transcript keeps (\(SessionRecording.maximumEvents) events), so nothing more can be recorded for it. It is saved as it is: type :next for the next caller, or :quit.",
      width: presentation.width))
  }
}
