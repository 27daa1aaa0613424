import TestSupport
import PolicyEngine
import Testing
import Transcripts

@testable import Guidance

let shippedMachine = Shipped.machine

/// A conversation on the shipped policy, plain text 80 columns wide, with numbered session ids.
func makeConversation() -> Conversation {
  let counter = Counter()
  return Conversation(
    machine: shippedMachine, presentation: Presentation(width: 80, style: .plain),
    recording: Conversation.Recording(policyHash: String(repeating: "a", count: 64), date: "2026-11-25") {
      counter.next()
    })
}

final class Counter: @unchecked Sendable {
  private var value = 0
  func next() -> String {
    value += 1
    return String(repeating: "0", count: 15) + String(value)
  }
}

extension Conversation {
  /// Handles each line in turn, returning the last reply.
  @discardableResult
  mutating func type(_ lines: String...) -> Reply {
    var reply = Reply()
    for line in lines { reply = handle(line) }
    return reply
  }
}

@Suite struct ConversationTests {
  @Test func opensWithTheCommandConventionAndTheFirstQuestion() {
    let lines = makeConversation().start(recordingTo: "/tmp/calls").lines
    #expect(lines.contains { $0.contains("commands start with a colon (:help lists them)") })
    #expect(lines.allSatisfy { displayWidth($0) <= 80 })
    #expect(lines.joined(separator: " ").contains("never gives second opinions or refers patients"))
    #expect(lines.contains("Anonymised transcripts are saved in /tmp/calls."))
    #expect(lines.contains("1. Who is asking for the second opinion?"))
    #expect(lines.contains("  1  The patient (patient)"))
  }

  @Test func saysWhenNothingIsRecorded() {
    #expect(makeConversation().start(recordingTo: nil).lines.contains("Practice: nothing is recorded."))
  }

  @Test func acceptsNumbersIdsAliasesAndBeginnings() {
    var conversation = makeConversation()
    conversation.type("3", "Stanmore", "rmh", "soft")
    #expect(conversation.call.session.answers.map(\.answer) == ["treating-clinician", "rnoh", "royal-marsden", "soft-tissue"])
    #expect(conversation.prompt == "standard-management> ")
  }

  @Test func listsTheCandidatesOfAnAmbiguousAnswer() {
    var conversation = makeConversation()
    conversation.type("patient")
    let reply = conversation.handle("royal")
    #expect(reply.lines == [
      "\u{201C}royal\u{201D} could be any of these; type more of it, or its number:",
      "  1  The Royal Marsden Sarcoma Unit (royal-marsden)",
      "  3  RNOH, Stanmore (part of the London Sarcoma Service) (rnoh)",
    ])
    #expect(conversation.call.session.answers.count == 1)
    #expect(!reply.transcriptChanged)
  }

  @Test func reasksWithAHintWhenTheAnswerIsNotRecognised() {
    var conversation = makeConversation()
    let reply = conversation.handle("the moon")
    #expect(reply.lines == [
      "\u{201C}the moon\u{201D} is not one of the answers. Type a number from 1 to 6, or an answer",
      "such as patient; :help lists the commands.",
    ])
    #expect(conversation.call.session.answers.isEmpty)
  }

  @Test func quotesControlCharactersAndLongInputSafely() {
    var conversation = makeConversation()
    let reply = conversation.handle("\u{1B}[31mred\u{07}" + String(repeating: "x", count: 500))
    #expect(reply.lines.joined().contains("\u{201C} [31mred xxxx"))
    #expect(!reply.lines.joined().contains("\u{1B}"))
    #expect(reply.lines.joined().count < 300)
  }

  @Test func backTakesBackTheLastAnswerAndRecordsIt() {
    var conversation = makeConversation()
    conversation.type("patient", "uclh")
    let reply = conversation.handle(":back")
    #expect(reply.lines.first == "Took back \u{201C}UCLH (part of the London Sarcoma Service)\u{201D}.")
    #expect(reply.transcriptChanged)
    #expect(conversation.prompt == "treating-centre> ")
    #expect(conversation.transcript.events.suffix(2) == [
      .back(question: "treating-centre"), .asked(question: "treating-centre", prompt: "Where is the patient being treated for sarcoma now?"),
    ])
  }

  @Test func backWithNothingToTakeBackSaysSo() {
    var conversation = makeConversation()
    #expect(conversation.handle(":b").lines == ["There is no answer to take back yet."])
  }

  @Test func restartStartsTheSameCallAgain() {
    var conversation = makeConversation()
    conversation.type("family", "uclh")
    let id = conversation.sessionID
    conversation.type(":restart")
    #expect(conversation.call.session.answers.isEmpty)
    #expect(conversation.sessionID == id)
    #expect(conversation.transcript.events.contains(.restarted))
  }

  @Test func reachesAnOutcomeAndOffersTheNextCaller() {
    var conversation = makeConversation()
    let reply = conversation.type("family", "elsewhere-uk", "lss")
    // On a small terminal the last lines, above the prompt, must be what to tell the caller.
    let guidance = reply.lines.firstIndex(of: "What to tell the caller")
    let clauses = reply.lines.firstIndex(of: "Policy clauses")
    #expect(clauses != nil && guidance != nil && clauses! < guidance!)
    #expect(reply.lines.contains("Treated elsewhere, so the London services do see them"))
    #expect(reply.lines.contains("Policy clauses"))
    #expect(reply.lines.contains { $0.hasPrefix("  patients-from-elsewhere") })
    #expect(reply.lines.suffix(2).joined(separator: " ") == "Press Enter to start the next caller, :back to change the last answer, or :quit to finish.")
    #expect(conversation.prompt == "next caller> ")
    #expect(conversation.transcript.header.ending == .outcome)
  }

  @Test func theNextCallerGetsANewTranscriptAndClearsHistory() {
    var conversation = makeConversation()
    conversation.type("family", "elsewhere-uk", "lss")
    let first = conversation.sessionID
    let reply = conversation.handle("")
    #expect(reply.clearHistory)
    #expect(reply.finishedCall?.header.ending == .outcome)
    #expect(reply.finishedCall?.header.sessionID == first)
    #expect(conversation.sessionID != first)
    #expect(conversation.call.session.answers.isEmpty)
  }

  @Test func movingOnBeforeAnOutcomeMarksTheCallAbandoned() {
    var conversation = makeConversation()
    conversation.type("family")
    let reply = conversation.handle(":next")
    #expect(reply.finishedCall?.header.ending == .nextCaller)
    #expect(reply.clearHistory)
  }

  @Test func aCallInProgressIsSavedAsUnfinished() {
    var conversation = makeConversation()
    conversation.type("family")
    #expect(conversation.transcript.header.ending == .unfinished)
    #expect(conversation.finalTranscript(endingFor: .hangup).header.ending == .hangup)
  }

  @Test func notesAreScrubbedBeforeTheyAreKept() {
    var conversation = makeConversation()
    let reply = conversation.handle(":note Spoke to Mary Jones on 07700 900123 about the MDT")
    #expect(reply.lines.first == "Noted, as it will be kept: Spoke to [NAME] on [PHONE] about the MDT")
    #expect(conversation.transcript.events.last == .note("Spoke to [NAME] on [PHONE] about the MDT"))
    #expect(!conversation.transcript.text.contains("Mary"))
    #expect(!conversation.transcript.text.contains("07700"))
  }

  @Test func anEmptyNoteIsNotKept() {
    var conversation = makeConversation()
    let reply = conversation.handle(":note   ")
    #expect(!reply.transcriptChanged)
    #expect(!conversation.transcript.events.contains { if case .note = $0 { return true } else { return false } })
  }

  @Test func neverRecordsTheTextTyped() {
    var conversation = makeConversation()
    conversation.type("Marsden please", "pat", "STANMORE", "the marsden", "Bone!")
    let text = conversation.transcript.text
    for typed in ["Marsden please", "pat\n", "STANMORE", "the marsden", "Bone!"] { #expect(!text.contains(typed)) }
    #expect(text.contains("answer asker: patient"))
    #expect(text.contains("answer treating-centre: rnoh"))
  }

  @Test func suggestsTheNearestCommandForATypo() {
    var conversation = makeConversation()
    #expect(conversation.handle(":bakc").lines == ["Unknown command \u{201C}:bakc\u{201D}. Did you mean :back? Type :help for the list."])
    #expect(conversation.handle(":zzz").lines == ["Unknown command \u{201C}:zzz\u{201D}. Type :help for the list."])
  }

  @Test func explainsWhyTheQuestionMattersAndWhereEachAnswerLeads() {
    var conversation = makeConversation()
    conversation.type("patient")
    let lines = conversation.handle(":why").lines
    #expect(lines.contains { $0.hasPrefix("  no-routine-cross-opinions (Policy, paragraph 2):") })
    #expect(lines.contains("Where each answer can lead"))
    #expect(lines.contains("  Not yet under a sarcoma specialist centre: not-yet-under-specialist"))
  }

  @Test func summarisesTheAnswersSoFar() {
    var conversation = makeConversation()
    #expect(conversation.handle(":summary").lines == ["No answers yet."])
    conversation.type("gp", "uclh")
    let lines = conversation.handle(":summary").lines
    #expect(lines[1] == "  1. Who is asking for the second opinion? Another clinician, such as a GP")
    #expect(lines[2] == "  2. Where is the patient being treated for sarcoma now? UCLH (part of the")
    #expect(lines[3] == "     London Sarcoma Service)")
  }

  @Test func listsThePolicysClauses() {
    var conversation = makeConversation()
    let lines = conversation.handle(":policy").lines
    #expect(lines.filter { $0.hasPrefix("  ") && !$0.hasPrefix("    ") }.count == shippedMachine.policy.clauses.count)
  }

  @Test func quitAsksTheShellToStop() {
    var conversation = makeConversation()
    #expect(conversation.handle(":quit").quit)
    #expect(conversation.handle(":q").quit)
    #expect(conversation.handle(":EXIT").quit)
  }

  @Test func theOutcomeScreenWaitsForEnterOrACommand() {
    var conversation = makeConversation()
    conversation.type("patient", "no-specialist-yet")
    let reply = conversation.handle("yes")
    #expect(reply.lines.joined(separator: " ").hasPrefix("The outcome is shown."))
    #expect(reply.finishedCall == nil)
  }

  @Test func completesTheCurrentAnswersAndTheCommands() {
    var conversation = makeConversation()
    conversation.type("patient")
    let words = conversation.completionWords
    #expect(words.contains(":back"))
    #expect(words.contains("royal-marsden"))
    #expect(words.contains("rmh"))
    #expect(!words.contains("patient"))
  }

  @Test func wrapsToTheWidthGiven() {
    var conversation = makeConversation()
    conversation.presentation.width = 40
    let lines = conversation.type("family", "elsewhere-uk", "lss").lines
    #expect(lines.allSatisfy { displayWidth($0) <= 40 })
  }

  @Test func colourOnlyWhenAsked() {
    var conversation = makeConversation()
    #expect(!conversation.type("family").lines.joined().contains("\u{1B}["))
    conversation.presentation.style = TextStyle(usesColor: true)
    #expect(conversation.type("uclh").lines.joined().contains("\u{1B}[1m"))
  }
}

@Suite struct CommandTests {
  @Test func readsNamesShortFormsAndBeginnings() {
    #expect(ConversationCommand(typed: "help") == .help)
    #expect(ConversationCommand(typed: "?") == .help)
    #expect(ConversationCommand(typed: "UNDO") == .back)
    #expect(ConversationCommand(typed: "sum") == .summary)
    #expect(ConversationCommand(typed: "n") == .next || ConversationCommand(typed: "n") == nil)
    #expect(ConversationCommand(typed: "re") == .restart)
    #expect(ConversationCommand(typed: "") == nil)
    #expect(ConversationCommand(typed: "p") == .policy)
  }
}
