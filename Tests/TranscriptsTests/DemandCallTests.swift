import PolicyEngine
import Testing

@testable import Transcripts

/// What the demand report takes from a transcript, and how copies of a session merge.
@Suite struct DemandCallTests {
  @Test func keepsTheAnswersStandingAtTheEndAfterBackAndRestart() throws {
    let transcript = try parsed(
      file(
        headerLines() + [
          ask("asker"), "answer asker: patient",
          ask("treating-centre"), "answer treating-centre: uclh",
          ask("wanted-at"), "back treating-centre",
          ask("treating-centre"), "answer treating-centre: rnoh",
          ask("wanted-at"), "note: Caller asked about [NAME]'s scan results.",
          "restart",
          ask("asker"), "answer asker: family",
          ask("treating-centre"), "answer treating-centre: elsewhere-uk",
          ask("wanted-at"), "answer wanted-at: elsewhere",
          outcome("outside-london"),
        ]))
    let call = try #require(DemandCall(transcript))
    #expect(
      call.answers == [
        GivenAnswer(question: "asker", answer: "family"), GivenAnswer(question: "treating-centre", answer: "elsewhere-uk"),
        GivenAnswer(question: "wanted-at", answer: "elsewhere"),
      ])
    #expect(call.outcome == "outside-london")
    #expect(call.month == CalendarMonth("2026-11"))
    #expect(call.policy == PolicyVersion(id: "london-sarcoma-second-opinions", version: shippedVersion))
    #expect(call.session == "9f2c4e1a7b3d6e08")
    #expect(call.unansweredQuestion == nil)
  }

  @Test func countsTheLastOutcomeWhenAnAnswerIsChangedFromTheOutcomeScreen() throws {
    let transcript = try parsed(
      file(
        headerLines() + [
          ask("asker"), "answer asker: patient",
          ask("treating-centre"), "answer treating-centre: elsewhere-uk",
          ask("wanted-at"), "answer wanted-at: london-sarcoma-service",
          outcome("seen-from-elsewhere"), "back wanted-at",
          ask("wanted-at"), "answer wanted-at: undecided",
          outcome("undecided-from-elsewhere"),
        ]))
    let call = try #require(DemandCall(transcript))
    #expect(call.outcome == "undecided-from-elsewhere")
    #expect(call.answer(to: "wanted-at") == "undecided")
  }

  @Test func anAbandonedCallHasNoOutcomeAndStopsAtTheQuestionOnTheScreen() throws {
    let transcript = try parsed(
      file(
        headerLines(ended: "abandoned (hangup)") + [
          ask("asker"), "answer asker: family", ask("treating-centre"), "answer treating-centre: rnoh", ask("wanted-at"),
        ]))
    let call = try #require(DemandCall(transcript))
    #expect(call.outcome == nil)
    #expect(call.ending == .hangup)
    #expect(call.unansweredQuestion == "wanted-at")
  }

  @Test func neverReadsANote() throws {
    func call(noting note: String) throws -> DemandCall? {
      DemandCall(try parsed(file(headerLines() + [ask("asker"), "answer asker: patient", "note: \(note)", ask("treating-centre"), "answer treating-centre: no-specialist-yet", outcome("not-yet-under-specialist")])))
    }
    let first = try call(noting: "Caller will ring back.")
    let second = try call(noting: "Spoke to [NAME] about the clinic letter.")
    #expect(first != nil)
    #expect(first == second)
  }

  @Test func readsMonthsWrittenYYYYMMOnly() {
    #expect(CalendarMonth("2026-11")?.description == "2026-11")
    #expect(CalendarMonth(ofDay: "2026-02-28")?.description == "2026-02")
    for text in ["2026-13", "2026-00", "2026-1", "26-11", "2026/11", "2026-11-01", "", "2O26-11"] {
      #expect(CalendarMonth(text) == nil, "\(text)")
    }
    #expect(CalendarMonth("2026-12")!.next == CalendarMonth("2027-01"))
    #expect(CalendarMonth.months(from: CalendarMonth("2026-11")!, through: CalendarMonth("2027-02")!).map(\.description) == ["2026-11", "2026-12", "2027-01", "2027-02"])
    #expect(CalendarMonth.months(from: CalendarMonth("2026-11")!, through: CalendarMonth("2026-10")!).isEmpty)
  }

  // MARK: Merging

  @Test func mergingFoldersWithADuplicatedTranscriptCountsItOnce() {
    let first = shippedCalls(6, from: 1, "asker=patient", "treating-centre=elsewhere-uk", "wanted-at=elsewhere")
    let second = shippedCalls(5, from: 100, "asker=family", "treating-centre=uclh", "wanted-at=london-sarcoma-service") + [first[2]]
    let calls = demandCalls(first + second)
    #expect(calls.count == 11)
    #expect(calls.duplicates == 1)
    let report = demandReport(first + second)
    #expect(report.callCount == 11)
    #expect(report.reading.duplicates == 1)
    #expect(row(report, "outcomes", "outside-london")?.total == 6)
    #expect(demandReportPreamble(report).contains("Transcript files read: 12; sessions read more than once, counted once: <5; none skipped."))
  }

  @Test func keepsTheFullerCopyOfASessionWhicheverIsReadFirst() {
    let unfinished = shippedCall("asker=patient", "treating-centre=uclh", session: 7, ending: .unfinished)
    let finished = shippedCall("asker=patient", "treating-centre=uclh", "wanted-at=elsewhere", session: 7)
    for order in [[unfinished, finished], [finished, unfinished]] {
      let calls = demandCalls(order)
      #expect(calls.count == 1)
      #expect(calls.bySession[sessionID(7)]?.outcome == "outside-london")
    }
  }

  @Test func mergedPartsCountAsIfReadTogether() {
    let transcripts = shippedCalls(4, from: 1, "asker=patient", "treating-centre=no-specialist-yet")
      + shippedCalls(3, from: 3, "asker=patient", "treating-centre=no-specialist-yet")
    var merged = demandCalls(Array(transcripts[..<4]))
    merged.merge(demandCalls(Array(transcripts[4...])))
    let together = demandCalls(transcripts)
    #expect(merged.bySession == together.bySession)
    #expect(merged.duplicates == 2)
    #expect(together.duplicates == 2)
  }
}
