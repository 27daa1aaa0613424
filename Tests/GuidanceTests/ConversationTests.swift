import TestSupport
import PolicyEngine
import Testing
import Transcripts

@testable import Guidance

let shippedMachine = Shipped.machine

/// A conversation on the shipped policy, plain text 80 columns wide, with numbered session
/// ids; with `saved`, calls are saved, and these transcripts are the calls it can pick up.
func makeConversation(saved: [Transcript]? = nil, today: String = "2026-11-25") -> Conversation {
  let counter = Counter()
  var findCalls: (@Sendable (CallBackReference) -> [Conversation.SavedCall])?
  if let saved {
    findCalls = { reference in
      saved.filter { CallBackReference(sessionID: $0.header.sessionID) == reference }.map(Conversation.SavedCall.init)
    }
  }
  return Conversation(
    machine: shippedMachine, presentation: Presentation(width: 80, style: .plain),
    recording: Conversation.Recording(
      policyHash: String(repeating: "a", count: 64), today: { today }, makeSessionID: { counter.next() }, findCalls: findCalls))
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
    #expect(lines.joined(separator: " ").contains("commands start with a colon (:help lists them)"))
    #expect(lines.allSatisfy { displayWidth($0) <= 80 })
    #expect(lines.joined(separator: " ").contains("never gives second opinions or refers patients"))
    #expect(lines.contains("Anonymised transcripts are saved in /tmp/calls."))
    #expect(lines.contains("1. Who is asking for the second opinion?"))
    #expect(lines.contains("  1  The patient"))
    #expect(lines.joined(separator: " ").split(separator: " ").joined(separator: " ").contains("(version \(shippedMachine.policy.identity.version))"))
  }

  @Test func saysWhenNothingIsRecorded() {
    #expect(makeConversation().start(recordingTo: nil).lines.contains("Practice: nothing is recorded."))
  }

  @Test func acceptsNumbersIdsAliasesAndBeginnings() {
    var conversation = makeConversation()
    conversation.type("3", "Stanmore", "rmh", "soft")
    #expect(conversation.call.session.answers.map(\.answer) == ["treating-clinician", "rnoh", "royal-marsden", "soft-tissue"])
    #expect(conversation.prompt == "Standard management now?> ")
  }

  @Test func listsTheCandidatesOfAnAmbiguousAnswer() {
    var conversation = makeConversation()
    conversation.type("patient")
    let reply = conversation.handle("royal")
    #expect(reply.lines == [
      "\u{201C}royal\u{201D} could be any of these; type more of it, or its number:",
      "  1  The Royal Marsden Sarcoma Unit",
      "  3  RNOH, Stanmore (part of the London Sarcoma Service)",
      "  4  Another sarcoma centre or hospital elsewhere in the UK",
    ])
    #expect(conversation.call.session.answers.count == 1)
    #expect(!reply.transcriptChanged)
  }

  @Test func reasksWithAHintWhenTheAnswerIsNotRecognised() {
    var conversation = makeConversation()
    let reply = conversation.handle("the moon")
    #expect(reply.lines == [
      "\u{201C}the moon\u{201D} is not one of the answers. Type a number from 1 to 6, or the start of",
      "an answer; :help lists the commands.",
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
    #expect(conversation.prompt == "Treated where now?> ")
    #expect(conversation.transcript.events.suffix(2) == [
      .back(question: "treating-centre"), .asked(question: "treating-centre", prompt: "Where is the patient being treated for sarcoma now?"),
    ])
  }

  @Test func backWithNothingToTakeBackSaysSo() {
    var conversation = makeConversation()
    #expect(conversation.handle(":b").lines.prefix(2) == ["There is no answer to take back yet.", ""])
    #expect(conversation.handle(":b").lines.dropFirst(2).joined(separator: " ").hasPrefix("Who is calling? 1 The patient \u{00B7} 2 A family member"))
  }

  @Test func restartStartsTheSameCallAgain() {
    var conversation = makeConversation()
    conversation.type("family", "uclh")
    let id = conversation.sessionID
    conversation.type(":restart", ":restart")
    #expect(conversation.call.session.answers.isEmpty)
    #expect(conversation.sessionID == id)
    #expect(conversation.transcript.events.contains(.restarted))
  }

  @Test func reachesAnOutcomeAndOffersTheNextCaller() {
    var conversation = makeConversation()
    let reply = conversation.type("family", "elsewhere-uk", "lss")
    #expect(reply.lines.prefix(6) == [
      "\u{2713} The London Sarcoma Service (UCLH or RNOH)", "", "Treated elsewhere, so the London services do see them", "",
      "Say to the caller:", "  The patient is cared for by a team outside the two London services, and both",
    ])
    // The clauses are one command away, not on the screen that must fit above the prompt.
    #expect(!reply.lines.contains { $0.contains("Policy, paragraph") })
    #expect(reply.lines.last == "Enter: next caller \u{00B7} :why the policy behind this \u{00B7} :back to change an answer")
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
    conversation.type("family", ":next")
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
    #expect(reply.lines.dropFirst().first == "Replaced before saving: a phone number and a name.")
    #expect(conversation.transcript.events.last == .note("Spoke to [NAME] on [PHONE] about the MDT"))
    #expect(!conversation.transcript.text.contains("Mary"))
    #expect(!conversation.transcript.text.contains("07700"))
  }

  @Test func theNoteSaysHowManyOfEachKindWereReplacedOrThatNothingWas() {
    var conversation = makeConversation()
    let several = conversation.handle(":note ring Ann Obi on 07700 900461 or 07700 900462, NHS 943 476 5919")
    #expect(several.lines.dropFirst().first == "Replaced before saving: an NHS number, 2 phone numbers and a name.")
    let none = conversation.handle(":note caller will ring back after the MDT")
    #expect(none.lines.prefix(2) == ["Noted, as it will be kept: caller will ring back after the MDT", "Nothing in it looked personal, so it is kept as typed."])
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
    #expect(conversation.handle(":bakc").lines.first == "Unknown command \u{201C}:bakc\u{201D}. Did you mean :back? Type :help for the list.")
    #expect(conversation.handle(":zzz").lines.first == "Unknown command \u{201C}:zzz\u{201D}. Type :help for the list.")
  }

  @Test func explainsWhyTheQuestionMattersAndHowToFindItOut() {
    var conversation = makeConversation()
    conversation.type("patient")
    let lines = conversation.handle(":why").lines
    #expect(lines.first == "Why ask \u{201C}Treated where now?\u{201D}")
    #expect(lines.contains("  Policy, paragraph 2"))
    #expect(lines.joined(separator: " ").contains("If the caller does not know: A recent clinic letter names the hospital in charge"))
    #expect(lines.contains { $0.hasPrefix("Treated where now? 1 The Royal Marsden Sarcoma Unit") })
  }

  @Test func summarisesTheAnswersSoFar() {
    var conversation = makeConversation()
    #expect(conversation.handle(":summary").lines.first == "No answers yet.")
    conversation.type("gp", "uclh")
    let lines = conversation.handle(":summary").lines
    #expect(lines[1] == "  1. Who is calling? Another clinician, such as a GP")
    #expect(lines[2] == "  2. Treated where now? UCLH (part of the London Sarcoma Service)")
    #expect(lines[3] == "Still possible: 12 outcomes.")
  }

  @Test func listsThePolicysClauses() {
    var conversation = makeConversation()
    let lines = conversation.handle(":policy").lines
    let sources = lines.filter { $0.hasPrefix("  ") && !$0.hasPrefix("    ") && ($0.contains("paragraph") || $0.contains("situation")) }
    #expect(sources.count == shippedMachine.policy.clauses.count)
    #expect(!lines.contains { $0.contains("no-routine-cross-opinions") })
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
    #expect(words.contains("The Royal Marsden Sarcoma Unit"))
    #expect(words.contains("rmh"))
    #expect(!words.contains("royal-marsden"))
    #expect(!words.contains("The patient"))
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
    #expect(ConversationCommand(typed: "n") == nil)
    #expect(ConversationCommand(typed: "re") == nil)
    #expect(ConversationCommand(typed: "rest") == .restart)
    #expect(ConversationCommand(typed: "change") == .back)
    #expect(ConversationCommand(typed: "notes") == .note)
    #expect(ConversationCommand(typed: "") == nil)
    #expect(ConversationCommand(typed: "p") == .policy)
  }
}
