import PolicyEngine
import Testing
import Transcripts

@testable import Guidance

/// Text pasted into the guided session, as the conversation sees it: never an answer
/// without asking, one note after `:note`.
@Suite struct PastingTests {
  static let email = "Hi, this is Sarah Jones, my dad is Peter Jones\nhe is at UCLH, NHS 943 476 5919\n\n2\nthanks, call me on 07700 900461"

  @Test func severalLinesAtAQuestionAreRefusedAndNothingIsAnswered() {
    var conversation = makeConversation()
    conversation.type("patient")
    let reply = conversation.handle(pasted: Self.email)
    #expect(reply.lines.prefix(2) == [
      "That was pasted (4 lines), and pasted text is never taken as an answer. To keep",
      "it in the call's notes, type :note and paste it again.",
    ])
    #expect(!reply.transcriptChanged)
    #expect(conversation.transcript.standingAnswers.map(\.question) == ["asker"])
  }

  @Test func oneLineMatchingAnAnswerIsOfferedAndTakenOnlyWhenYIsTyped() {
    var conversation = makeConversation()
    conversation.type("patient")
    let offer = conversation.handle(pasted: "2")
    #expect(offer.lines == [
      "You pasted \u{201C}2\u{201D}, which would answer: UCLH (part of the London Sarcoma Service).",
      "Type y to take it; anything else carries on.",
    ])
    #expect(!offer.transcriptChanged)
    // A pasted "y" is a paste like any other: it confirms nothing.
    _ = conversation.handle(pasted: "y")
    #expect(conversation.transcript.standingAnswers.count == 1)
    _ = conversation.handle(pasted: "2")
    let taken = conversation.handle("y")
    #expect(taken.transcriptChanged)
    #expect(conversation.transcript.standingAnswers.last == GivenAnswer(question: "treating-centre", answer: "uclh"))
  }

  @Test func aPasteNeverConfirmsACommandTypedOnce() {
    var conversation = makeConversation()
    conversation.type("patient", "uclh", ":restart")
    _ = conversation.handle(pasted: ":restart")
    #expect(conversation.transcript.standingAnswers.count == 2)
  }

  @Test func aNotePastedOverSeveralLinesIsOneScrubbedNote() {
    var conversation = makeConversation()
    conversation.type("patient")
    let reply = conversation.handle(pasted: ":note " + Self.email)
    #expect(reply.transcriptChanged)
    #expect(conversation.transcript.events.last == .note(
      "Hi, this is [NAME], my dad is [NAME] / he is at UCLH, NHS [NHS-NUMBER] / 2 / thanks, call me on [PHONE]"))
    #expect(reply.lines.contains("The 4 pasted lines are one note, joined by \" / \"."))
    #expect(reply.lines.contains("Replaced before saving: an NHS number, a phone number and 2 names."))
  }

  @Test func aPastedNoteLongerThanANoteHoldsIsRefusedWhole() {
    var conversation = makeConversation()
    conversation.type("patient")
    let long = (1...40).map { "line \($0) of a clinic letter that goes on for a while" }.joined(separator: "\n")
    let reply = conversation.handle(pasted: ":note " + long)
    #expect(!reply.transcriptChanged)
    #expect(reply.lines.joined(separator: " ").contains("a note holds at most \(SessionRecording.maximumNoteLength). Nothing was noted"))
    #expect(!conversation.transcript.events.contains { if case .note = $0 { return true } else { return false } })
  }

  @Test func onTheOutcomeScreenAPasteNeverStartsTheNextCall() {
    var conversation = makeConversation()
    conversation.type("patient", "rnoh", "lss")
    let session = conversation.transcript.header.sessionID
    for paste in ["", "\n\n", "2", Self.email] {
      let reply = conversation.handle(pasted: paste)
      #expect(reply.finishedCall == nil, "\(paste)")
    }
    #expect(conversation.transcript.header.sessionID == session)
  }

  @Test func aCommandPastedOnOneLineIsCarriedOut() {
    var conversation = makeConversation()
    let reply = conversation.handle(pasted: ":help")
    #expect(reply.lines.contains { $0.contains(":quit") })
  }
}
