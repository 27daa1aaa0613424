import Anonymiser
import PolicyEngine
import Transcripts

/// The colon commands of the guided session.
extension Conversation {
  mutating func handle(_ typed: TypedCommand) -> Reply {
    guard let command = typed.command(in: ConversationCommand.self) else {
      let candidates = ConversationCommand.allCases.filter { $0.rawValue.hasPrefix(typed.word) }
      if candidates.count > 1, !typed.word.isEmpty {
        let choices = candidates.map(\.typed)
        let list = listed(choices)
        return Reply(lines: wrapped("\u{201C}:\(quotedInput(typed.word))\u{201D} could be \(list); type more of it.", width: presentation.width) + reminder())
      }
      return Reply(lines: unknownCommandLines(typed.word, among: ConversationCommand.self, presentation: presentation) + reminder())
    }
    switch command {
    case .help:
      if !typed.rest.isEmpty, let definition = definition(named: typed.rest) { return Reply(lines: definitionLines([definition]) + reminder()) }
      return Reply(lines: helpLines() + reminder())
    case .back: return typed.rest.isEmpty ? back() : back(to: typed.rest)
    case .restart, .next:
      guard isMidCall else { return carryOut(command) }
      pending = .confirmation(command)
      let what = command == .restart ? "start this call's questions again" : "end this call and start the next caller"
      let answers = counted(call.session.answers.count, "answer")
      return Reply(lines: wrapped(
        "This call has \(answers) and no outcome yet. Type \(command.typed) again to \(what); anything else carries on.",
        width: presentation.width))
    case .why: return Reply(lines: whyLines() + reminder())
    case .find: return Reply(lines: findOutLines() + reminder())
    case .define: return Reply(lines: defineLines(typed.rest) + reminder())
    case .outcome:
      guard case .decided = call.session.step else {
        return Reply(lines: ["There is no outcome yet: the answers so far do not decide one."] + reminder())
      }
      return Reply(lines: currentScreen())
    case .resume: return resume(typed.rest)
    case .summary: return Reply(lines: summaryLines() + reminder())
    case .policy: return Reply(lines: policyLines() + reminder())
    case .note: return note(typed.rest)
    case .quit: return Reply(quit: true)
    }
  }

  /// Carries out a command that was confirmed, or needed no confirming.
  mutating func carryOut(_ command: ConversationCommand) -> Reply {
    switch command {
    case .restart:
      guard call.hasRoomForAStep else { return callIsFull() }
      call.restart()
      return Reply(lines: [presentation.style.dim("Starting this call's questions again."), ""] + currentScreen(), transcriptChanged: true)
    case .next: return nextCaller(after: .nextCaller)
    default: return handle(TypedCommand(command.typed)!)
    }
  }

  mutating func back() -> Reply {
    guard call.hasRoomForAStep else { return callIsFull() }
    guard let undone = call.back() else {
      return Reply(lines: ["There is no answer to take back yet."] + reminder())
    }
    let label = machine.policy.question(undone.question)?.answer(undone.answer)?.label ?? undone.answer
    return Reply(lines: [presentation.style.dim("Took back \u{201C}\(label)\u{201D}."), ""] + currentScreen(), transcriptChanged: true)
  }

  /// Goes back to an earlier question named by its number in this call, words of its
  /// label, or its id; the later answers are kept and given again where they still apply.
  mutating func back(to named: String) -> Reply {
    let answered = call.session.answers.compactMap { machine.policy.question($0.question) }
    let matches = questions(named: named, among: answered)
    guard matches.count == 1 else {
      let list = answered.enumerated().map { "\($0.offset + 1) \($0.element.label)" }.joined(separator: " \u{00B7} ")
      let problem =
        matches.isEmpty
        ? "\u{201C}\(quotedInput(named))\u{201D} is not a question answered in this call."
        : "\u{201C}\(quotedInput(named))\u{201D} could be more than one question."
      return Reply(lines: wrapped("\(problem) Answered so far: \(list.isEmpty ? "none" : list).", width: presentation.width) + reminder())
    }
    let question = matches[0]
    guard call.hasRoomForAStep else { return callIsFull() }
    guard let later = call.returnTo(question.id) else { return Reply(lines: reminder()) }
    var message = "Back to \u{201C}\(question.label)\u{201D}."
    if !later.isEmpty {
      message +=
        later.count == 1
        ? " The later answer will be given again if the policy still asks for it."
        : " The \(later.count) later answers will be given again wherever the policy still asks for them."
    }
    return Reply(lines: wrapped(message, width: presentation.width).map(presentation.style.dim) + [""] + currentScreen(), transcriptChanged: true)
  }

  /// The questions `named` stands for: the one at that number, the one with that id, or
  /// those whose label's words begin with the words typed.
  func questions(named: String, among questions: [Question]) -> [Question] {
    let typed = normalizedForMatching(named)
    if let number = Int(typed), questions.indices.contains(number - 1) { return [questions[number - 1]] }
    if let exact = questions.first(where: { normalizedForMatching($0.id) == typed }) { return [exact] }
    let typedWords = typed.split(separator: " ")
    return questions.filter { question in
      let words = normalizedForMatching(question.label + " " + question.id).split(whereSeparator: { " ?".contains($0) })
      return typedWords.allSatisfy { typedWord in words.contains { $0.hasPrefix(typedWord) } }
    }
  }

  mutating func nextCaller(after ending: Transcript.Ending) -> Reply {
    let finished = finalTranscript(endingFor: ending)
    call = SessionRecording(machine: machine)
    sessionID = recording.makeSessionID()
    callDate = recording.today()
    var lines = endingLines(finished, saved: recording.findCalls != nil)
    lines += [presentation.style.bold("Next caller."), ""]
    lines += currentScreen()
    return Reply(lines: lines, transcriptChanged: true, finishedCall: finished, clearHistory: true)
  }

  mutating func note(_ text: String, pastedLines: Int = 0) -> Reply {
    guard !text.isEmpty else {
      return Reply(
        lines: wrapped("Type the note after the command, such as :note caller will ring back after the MDT.", width: presentation.width)
          + reminder())
    }
    if text.count > SessionRecording.maximumNoteLength {
      return Reply(
        lines: wrapped(
          "That note is \(text.count) characters long; a note holds at most \(SessionRecording.maximumNoteLength). Nothing was noted: split it into shorter notes.",
          width: presentation.width) + reminder())
    }
    guard call.hasRoomForANote else {
      return Reply(
        lines: wrapped(
          "This call already holds the most notes a call keeps (\(SessionRecording.maximumNotes)), so this one was not noted.",
          width: presentation.width) + reminder())
    }
    if scrubber == nil { scrubber = Scrubber() }
    let scrubbed = scrubber!.scrubbed(text)
    call.note(scrubbed: scrubbed.text)
    var lines = wrapped("Noted, as it will be kept: \(scrubbed.text)", width: presentation.width)
    if pastedLines > 1 {
      lines += wrapped("The \(pastedLines) pasted lines are one note, joined by \" / \".", width: presentation.width).map(presentation.style.dim)
    }
    lines += wrapped(Self.whatWasReplaced(scrubbed.replacements), width: presentation.width).map(presentation.style.dim)
    return Reply(lines: lines + reminder(), transcriptChanged: true)
  }

  /// What the scrubber took out of a note, for staff: "Replaced before saving: a name and
  /// 2 phone numbers.", or that nothing was.
  static func whatWasReplaced(_ replacements: [ScrubbedNote.Replacement]) -> String {
    guard !replacements.isEmpty else { return "Nothing in it looked personal, so it is kept as typed." }
    let parts = replacements.map { $0.count == 1 ? $0.kind.description : "\($0.count) \(plural(of: $0.kind))" }
    return "Replaced before saving: \(listed(parts, joinedBy: "and"))."
  }

  private static func plural(of kind: IdentifierKind) -> String {
    switch kind {
    case .nhsNumber: return "NHS numbers"
    case .phone: return "phone numbers"
    case .email: return "email addresses"
    case .postcode: return "postcodes"
    case .date: return "dates"
    case .address: return "street addresses"
    case .recordNumber: return "hospital or record numbers"
    case .name: return "names"
    case .time: return "times of day"
    }
  }

  // MARK: Call-backs

  /// Picks up an earlier call from the reference the caller reads out, and a date when the
  /// reference alone matches more than one call: its answers are given again, in a new
  /// call whose transcript names the one it continues.
  mutating func resume(_ arguments: String) -> Reply {
    let parts = arguments.split(separator: " ").map(String.init)
    let width = presentation.width
    guard let findCalls = recording.findCalls else {
      return Reply(lines: wrapped("Practice: no calls are saved, so none can be picked up.", width: width) + reminder())
    }
    guard !call.holdsAnythingDone else {
      return Reply(lines: wrapped("Pick up a call before answering anything: type :next to start a new call first.", width: width) + reminder())
    }
    let date = parts.last.flatMap { isCalendarDate($0) ? $0 : nil }
    let typedReference = (date == nil ? parts : parts.dropLast()).joined()
    guard let reference = CallBackReference(typed: typedReference) else {
      return Reply(
        lines: wrapped(
          "Type the reference the caller reads out, such as :resume K7D-4RM: six letters and digits from the call-back reference.",
          width: width) + reminder())
    }
    var found = findCalls(reference)
    if let date { found = found.filter { $0.transcript.header.date == date } }
    switch found.count {
    case 0:
      return Reply(
        lines: wrapped(
          "No saved call has the reference \(reference)\(date.map { " on \($0)" } ?? ""). Check it with the caller; calls are found in this computer's transcripts folder.",
          width: width) + reminder())
    case 1:
      return resume(found[0].transcript, reference: reference)
    default:
      let dates = found.map(\.transcript.header.date).sorted().joined(separator: ", ")
      return Reply(
        lines: wrapped(
          "\(found.count) saved calls have the reference \(reference), on \(dates). Ask the caller the date of their first call, and type :resume \(reference) DATE.",
          width: width) + reminder())
    }
  }

  private mutating func resume(_ earlier: Transcript, reference: CallBackReference) -> Reply {
    call.continuing(earlier.header.sessionID)
    var given = 0
    for answer in earlier.standingAnswers {
      guard call.hasRoomForAStep, call.session.currentQuestion?.id == answer.question, (try? call.answer(answer.answer)) != nil
      else { break }
      given += 1
    }
    var message = "Picked up call \(reference) of \(earlier.header.date): \(counted(given, "answer")) given again."
    if given < earlier.standingAnswers.count { message += " The policy asks differently now, so the rest are asked again." }
    var lines = wrapped(message, width: presentation.width).map(presentation.style.dim)
    if case .decided(let decision) = call.session.step, !decision.stillToFindOut.isEmpty {
      let first = decision.stillToFindOut[0]
      lines += wrapped(
        "To enter what the caller has found out, type :back and the question, such as :back \(first.label.split(separator: " ").first ?? "").",
        width: presentation.width)
    }
    return Reply(lines: lines + [""] + currentScreen(), transcriptChanged: true)
  }
}

extension SessionRecording {
  /// Whether anything has been done in this call yet.
  var holdsAnythingDone: Bool {
    transcript(policyHash: "", date: "", sessionID: "", endingOtherwise: .unfinished).holdsAnythingDone
  }
}
