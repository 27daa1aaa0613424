import PolicyEngine
import TestSupport
import Testing
import Transcripts

@testable import Guidance

/// Moving through a call as callers talk: changing any answer, confirmations before
/// answers are thrown away, typos, the answer for a group, call-backs, and endings.
@Suite struct CallFlowTests {
  @Test func goingBackToANamedQuestionKeepsTheLaterAnswersThatStillApply() {
    var conversation = makeConversation()
    conversation.type("family", "rmh", "lss", "soft", "yes", "no", "no", "no", "no")
    #expect(conversation.prompt == "next caller> ")
    let reply = conversation.handle(":back standard")
    #expect(reply.lines.prefix(2).joined(separator: " ") == "Back to \u{201C}Standard management now?\u{201D}. The 4 later answers will be given again wherever the policy still asks for them.")
    #expect(conversation.prompt == "Standard management now?> ")
    let outcome = conversation.handle("unsure")
    // The four route answers were kept: the policy still asks them, so they were given again.
    #expect(outcome.lines.joined(separator: " ").contains("Kept from before: Treatment or trial only there? No;"))
    #expect(conversation.prompt == "next caller> ")
    #expect(outcome.lines.contains("Find out first: is standard management under way?"))
    let events = conversation.transcript.events.map(\.line)
    #expect(events.contains("change standard-management"))
    #expect(events.suffix(10).filter { $0.hasPrefix("answer ") } == [
      "answer standard-management: unsure", "answer treatment-only-there: no", "answer mdt-review: no",
      "answer expertise-only-there: no", "answer named-clinician: no",
    ])
  }

  @Test func aChangeAsksOnlyWhatItMakesRelevant() {
    var conversation = makeConversation()
    conversation.type("patient", "uclh", "lss")
    #expect(conversation.transcript.events.last == .decided(outcome: "within-london-sarcoma-service", clauses: Shipped.policy.outcome("within-london-sarcoma-service")!.clauses))
    conversation.type(":back 3", "rmh")
    // Where the second opinion is wanted changed, so the type of sarcoma is asked now.
    #expect(conversation.prompt == "Type of sarcoma?> ")
  }

  @Test func aQuestionCanBeNamedByNumberWordsOrId() {
    var conversation = makeConversation()
    conversation.type("patient", "uclh", "rmh")
    #expect(conversation.handle(":back 2").lines.prefix(2).joined(separator: " ") == "Back to \u{201C}Treated where now?\u{201D}. The later answer will be given again if the policy still asks for it.")
    conversation.type("uclh")
    #expect(conversation.handle(":change treating-centre").lines.first?.hasPrefix("Back to \u{201C}Treated where now?\u{201D}") == true)
    conversation.type("uclh")
    #expect(conversation.handle(":back where").lines.prefix(2).joined(separator: " ").hasPrefix("\u{201C}where\u{201D} could be more than one question. Answered so far: 1 Who is calling? \u{00B7} 2 Treated where now?"))
    #expect(conversation.handle(":back colour").lines.first?.hasPrefix("\u{201C}colour\u{201D} is not a question answered in this call.") == true)
  }

  @Test func restartAndNextDuringACallAskToBeTypedAgain() {
    var conversation = makeConversation()
    conversation.type("family", "uclh")
    let asked = conversation.handle(":restart")
    #expect(asked.lines.joined(separator: " ") == "This call has 2 answers and no outcome yet. Type :restart again to start this call's questions again; anything else carries on.")
    #expect(!asked.transcriptChanged)
    #expect(conversation.call.session.answers.count == 2)
    // Anything else carries on: the confirmation is forgotten.
    conversation.type("lss")
    #expect(conversation.call.session.answers.count == 3)
    conversation.type(":back", ":restart", ":restart")
    #expect(conversation.call.session.answers.isEmpty)
    conversation.type("patient")
    #expect(conversation.handle(":next").finishedCall == nil)
    let next = conversation.handle(":next")
    #expect(next.finishedCall?.header.ending == .nextCaller)
  }

  @Test func restartAndNextNeedNoConfirmingWhenNothingWouldBeLost() {
    var conversation = makeConversation()
    #expect(conversation.handle(":next").finishedCall != nil)
    conversation.type("patient", "elsewhere-uk", "lss")
    #expect(conversation.handle(":next").finishedCall?.header.ending == .outcome)
  }

  @Test func ctrlDDuringACallWarnsOnceAndPipedInputEndsAtOnce() {
    var conversation = makeConversation()
    #expect(conversation.endOfInput(isFinal: false) == nil)
    conversation.type("family", "uclh")
    #expect(conversation.endOfInput(isFinal: true) == nil)
    let warning = conversation.endOfInput(isFinal: false)
    #expect(warning?.lines.joined(separator: " ") == "This call is not finished. Press Ctrl-D again to end the program and save the call as abandoned (2 answers), or carry on answering.")
    #expect(conversation.endOfInput(isFinal: false) == nil)
    // A line in between forgets the warning.
    _ = conversation.endOfInput(isFinal: false)
    conversation.type(":summary")
    #expect(conversation.endOfInput(isFinal: false) != nil)
  }

  @Test func aMistypedAnswerIsOfferedAndTakenOnlyWithAYes() {
    var conversation = makeConversation()
    conversation.type("patient")
    let offer = conversation.handle("stanmoor")
    #expect(offer.lines.joined(separator: " ") == "\u{201C}stanmoor\u{201D} is not one of the answers. Did you mean RNOH, Stanmore (part of the London Sarcoma Service)? Type y to choose it; anything else carries on.")
    let accepted = conversation.handle("y")
    #expect(accepted.lines.first == "\u{2713} RNOH, Stanmore (part of the London Sarcoma Service)")
    #expect(conversation.call.session.answers.last?.answer == "rnoh")

    var declining = makeConversation()
    declining.type("patient", "marsdon")
    #expect(declining.handle("n").lines.first == "Not chosen.")
    #expect(declining.call.session.answers.count == 1)
    declining.type("marsdon", "uclh")
    #expect(declining.call.session.answers.last?.answer == "uclh")
  }

  @Test func anAmbiguousCommandListsItsChoices() {
    var conversation = makeConversation()
    #expect(conversation.handle(":n").lines.first == "\u{201C}:n\u{201D} could be :next or :note; type more of it.")
    #expect(conversation.handle(":re").lines.first == "\u{201C}:re\u{201D} could be :restart or :resume; type more of it.")
  }

  @Test func aSubtypeWhoseKindIsNotClearIsNotSureWithTheReason() {
    var conversation = makeConversation()
    conversation.type("patient", "elsewhere-uk", "rmh")
    let reply = conversation.handle("spindle cell sarcoma")
    #expect(reply.lines.joined(separator: " ").split(separator: " ").joined(separator: " ").hasPrefix("\u{2713} Not sure (spindle cell sarcoma: it describes how the cells look, and can be soft tissue or bone)"))
    #expect(conversation.call.session.answers.last?.answer == "unsure")
  }

  @Test func theDaughtersCallTakesSixPromptsWithTheGroupAnswer() {
    var conversation = makeConversation()
    let prompts = ["family", "rmh", "lss", "soft", "yes"].map { typed -> String in
      let prompt = conversation.prompt
      conversation.type(typed)
      return prompt
    }
    #expect(conversation.handle("").lines.contains("  4  None of these is known (Not sure to this and the next 3 questions like it)"))
    let sixth = conversation.prompt
    let reply = conversation.handle("none")
    #expect((prompts + [sixth]).count == 6)
    #expect(conversation.prompt == "next caller> ")
    #expect(reply.lines.first == "\u{2713} None of these is known: Not sure to 4 questions")
    let answers = conversation.transcript.events.compactMap { event -> String? in
      if case .answered(let question, let answer) = event { return "\(question)=\(answer)" }
      return nil
    }
    #expect(answers.suffix(4) == ["treatment-only-there=unsure", "mdt-review=unsure", "expertise-only-there=unsure", "named-clinician=unsure"])
  }

  @Test func theGroupAnswerIsOfferedOnlyWhileTwoOfItsQuestionsRemain() {
    var conversation = makeConversation()
    conversation.type("family", "rmh", "lss", "soft", "yes", "no", "no")
    #expect(conversation.prompt == "Expertise only there?> ")
    #expect(conversation.handle("4").lines.first == "\u{2713} None of these is known: Not sure to 2 questions")
    var last = makeConversation()
    last.type("family", "rmh", "lss", "soft", "yes", "no", "no", "no")
    #expect(!last.handle("").lines.contains { $0.contains("None of these is known") })
  }

  @Test func aFindOutFirstOutcomeGivesACallBackReferenceWhenCallsAreSaved() {
    var saving = makeConversation(saved: [])
    let screen = saving.type("family", "rmh", "lss", "soft", "yes", "none").lines
    let reference = CallBackReference(sessionID: saving.sessionID)
    #expect(screen.contains("  Call-back reference for the caller: \(reference)"))
    var practising = makeConversation()
    #expect(!practising.type("family", "rmh", "lss", "soft", "yes", "none").lines.contains { $0.contains("Call-back reference") })
  }

  @Test func aCallBackPicksUpTheEarlierCallByItsReference() {
    var first = makeConversation(saved: [])
    first.type("family", "rmh", "lss", "soft", "yes", "none")
    let earlier = first.finalTranscript(endingFor: .outcome)
    let reference = CallBackReference(sessionID: earlier.header.sessionID)

    var callBack = makeConversation(saved: [earlier], today: "2026-11-30")
    let reply = callBack.handle(":resume \(reference.characters.lowercased())")
    #expect(reply.lines.first == "Picked up call \(reference) of 2026-11-25: 9 answers given again.")
    #expect(reply.lines.joined(separator: " ").contains("type :back and the question, such as :back Treatment."))
    // The new call names the one it continues, right after the first question was shown.
    #expect(callBack.transcript.events.prefix(2).last == .resumed(session: earlier.header.sessionID))
    #expect(callBack.transcript.header.date == "2026-11-30")
    callBack.type(":back mdt", "yes")
    #expect(callBack.transcript.events.last?.line.hasPrefix("outcome exception-mdt-review") == true)
  }

  @Test func aReferenceThatMatchesNothingOrTwoCallsSaysSo() {
    var first = makeConversation(saved: [])
    first.type("family")
    let earlier = first.finalTranscript(endingFor: .quit)
    var header = earlier.header
    header.date = "2026-10-01"
    let twin = Transcript(header: header, events: earlier.events)
    let reference = CallBackReference(sessionID: earlier.header.sessionID)

    var none = makeConversation(saved: [])
    #expect(none.handle(":resume AAA-AAA").lines.first?.hasPrefix("No saved call has the reference AAA-AAA.") == true)
    var two = makeConversation(saved: [earlier, twin])
    #expect(two.handle(":resume \(reference)").lines.joined(separator: " ").hasPrefix(
      "2 saved calls have the reference \(reference), on 2026-10-01, 2026-11-25. Ask the caller the date of their first call, and type :resume \(reference) DATE."))
    #expect(two.handle(":resume \(reference) 2026-10-01").lines.first?.hasPrefix("Picked up call \(reference) of 2026-10-01") == true)
    var practising = makeConversation()
    #expect(practising.handle(":resume \(reference)").lines.first == "Practice: no calls are saved, so none can be picked up.")
    var started = makeConversation(saved: [earlier])
    started.type("family")
    #expect(started.handle(":resume \(reference)").lines.first == "Pick up a call before answering anything: type :next to start a new call first.")
  }

  @Test func everyEndingSaysWhatWasSaved() {
    var conversation = makeConversation(saved: [])
    #expect(conversation.endingLines(conversation.finalTranscript(endingFor: .quit), saved: true) == ["Nothing was saved: no answer was given."])
    conversation.type("family", "uclh", ":note rang back", "rmh")
    let abandoned = conversation.finalTranscript(endingFor: .quit)
    #expect(conversation.endingLines(abandoned, saved: true) == [
      "Saved as abandoned: 3 answers, 1 note. Call-back reference: \(CallBackReference(sessionID: abandoned.header.sessionID)).",
    ])
    #expect(conversation.endingLines(abandoned, saved: false) == ["Practice: nothing was saved."])
    conversation.type("soft", "yes", "no", "no", "no", "no")
    #expect(conversation.endingLines(conversation.finalTranscript(endingFor: .quit), saved: true) == ["Saved: the call reached its outcome (9 answers, 1 note)."])
  }

  @Test func eachCallIsDatedByTheDayItStarts() {
    let clock = Clock()
    var conversation = Conversation(
      machine: shippedMachine, presentation: Presentation(width: 80, style: .plain),
      recording: Conversation.Recording(policyHash: String(repeating: "a", count: 64), today: { clock.today }, makeSessionID: { "0000000000000001" }))
    conversation.type("family")
    clock.today = "2026-12-01"
    #expect(conversation.transcript.header.date == "2026-11-30")
    conversation.type(":next", ":next", "patient")
    #expect(conversation.transcript.header.date == "2026-12-01")
  }
}

/// A day that a test can move on, past midnight.
final class Clock: @unchecked Sendable {
  var today = "2026-11-30"
}
