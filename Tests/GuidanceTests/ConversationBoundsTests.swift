import TestSupport
import PolicyEngine
import Testing
import Transcripts

@testable import Guidance

/// What the conversation says when a call reaches the bounds of a transcript, and the day
/// each call is recorded under.
@Suite struct ConversationBoundsTests {
  @Test func aNoteLongerThanTheMostIsRefusedWithAMessageAndNotRecorded() {
    var conversation = makeConversation()
    let before = conversation.call.events
    let reply = conversation.handle(":note " + String(repeating: "x", count: 1_500))
    #expect(reply.lines.prefix(2) == [
      "That note is 1500 characters long; a note holds at most 1000. Nothing was noted:",
      "split it into shorter notes.",
    ])
    #expect(!reply.transcriptChanged)
    #expect(conversation.call.events == before)
    #expect(conversation.handle(":note " + String(repeating: "x", count: 1_000)).transcriptChanged)
  }

  @Test func notesPastTheMostACallKeepsAreRefused() {
    var conversation = makeConversation()
    for _ in 0..<SessionRecording.maximumNotes { #expect(conversation.handle(":note rang back").transcriptChanged) }
    let reply = conversation.handle(":note rang back")
    #expect(reply.lines.prefix(2) == ["This call already holds the most notes a call keeps (50), so this one was not", "noted."])
    #expect(!reply.transcriptChanged)
  }

  @Test func aFullCallRecordsNothingMoreAndSaysWhatToDo() {
    var conversation = makeConversation()
    var steps = 0
    while conversation.call.hasRoomForAStep {
      conversation.type("patient", ":back")
      steps += 1
    }
    let events = conversation.call.events
    for line in ["uclh", ":back", ":restart", ":restart"] {
      let reply = conversation.handle(line)
      // A full call has one answer and no outcome, so :restart asks to be typed again first.
      if line == ":restart", reply.lines.first?.hasPrefix("This call has 1 answer") == true { continue }
      #expect(reply.lines == [
        "This call's transcript holds the most a transcript keeps (500 events), so",
        "nothing more can be recorded for it. It is saved as it is: type :next for the",
        "next caller, or :quit.",
      ])
      #expect(!reply.transcriptChanged)
    }
    #expect(conversation.call.events == events)
    // The next caller starts afresh (after :next is typed again, as the call is under way).
    _ = conversation.handle(":next")
    let next = conversation.handle(":next")
    #expect(next.finishedCall?.events == events)
    #expect(conversation.handle("patient").transcriptChanged)
  }

  @Test func eachCallIsRecordedUnderTheDayItStarted() {
    let days = Days(["2026-11-25", "2026-11-26", "2026-11-27"])
    let counter = Counter()
    var conversation = Conversation(
      machine: shippedMachine, presentation: Presentation(width: 80, style: .plain),
      recording: Conversation.Recording(policyHash: String(repeating: "a", count: 64), today: { days.next() }) { counter.next() })
    conversation.type("patient")
    // The call goes on past midnight: it keeps the day it started.
    #expect(conversation.transcript.header.date == "2026-11-25")
    let first = conversation.handle(":next").finishedCall ?? conversation.handle(":next").finishedCall
    #expect(first?.header.date == "2026-11-25")
    conversation.type("family")
    #expect(conversation.finalTranscript(endingFor: .quit).header.date == "2026-11-26")
  }
}

/// Days handed out one at a time, the last one for ever after.
final class Days: @unchecked Sendable {
  private var days: [String]
  init(_ days: [String]) { self.days = days }
  func next() -> String { days.count > 1 ? days.removeFirst() : days[0] }
}

/// On a live call, one or two letters are too short to take as an answer.
@Suite struct ShortAnswerTests {
  @Test func aTwoLetterBeginningIsAskedAboutAndNotTaken() {
    var conversation = makeConversation()
    conversation.type("patient")
    let reply = conversation.handle("st")
    #expect(reply.lines == [
      "\u{201C}st\u{201D} is too short to be sure of; type more of it, or the answer's number:",
      "  3  RNOH, Stanmore (part of the London Sarcoma Service)",
      "  4  Another sarcoma centre or hospital elsewhere in the UK",
    ])
    #expect(!reply.transcriptChanged)
    #expect(conversation.handle("sta").transcriptChanged)
  }
}
