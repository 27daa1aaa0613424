import PolicyEngine
import Testing

@testable import Transcripts

/// What the demand report counts, section by section.
@Suite struct DemandReportTests {
  @Test func findsThePairsOfCentresBetweenTheTwoLondonServicesFromThePolicysPaths() {
    #expect(
      DemandReport.pairsBetweenLondonServices(in: shipped.machine)
        == ["royal-marsden>london-sarcoma-service", "uclh>royal-marsden", "rnoh>royal-marsden"])
  }

  @Test func countsEachCallUnderItsOutcomeAndFamilyMonthByMonth() throws {
    let transcripts =
      shippedCalls(6, from: 1, "asker=patient", "treating-centre=elsewhere-uk", "wanted-at=elsewhere", date: "2026-01-05")
      + shippedCalls(7, from: 20, "asker=family", "treating-centre=elsewhere-uk", "wanted-at=elsewhere", date: "2026-03-30")
      + [shippedCall("asker=family", "treating-centre=uclh", session: 40, date: "2026-03-02", ending: .nextCaller)]
    let report = demandReport(transcripts)
    #expect(report.months.map(\.description) == ["2026-01", "2026-02", "2026-03"])
    #expect(row(report, "outcomes", "all")?.counts == [6, 0, 8])
    #expect(row(report, "outcomes", "outside-london")?.counts == [6, 0, 7])
    #expect(row(report, "outcomes", "outside-london")?.family == "outside-london")
    #expect(row(report, "outcomes", "abandoned")?.counts == [0, 0, 1])
    #expect(row(report, "askers", "family")?.counts == [0, 0, 8])
    #expect(row(report, "centres", "elsewhere-uk>elsewhere")?.label == "Another sarcoma centre or hospital elsewhere in the UK → A specialist centre elsewhere in the UK")
    #expect(row(report, "centres", "uclh>not-answered")?.counts == [0, 0, 1])
    #expect(row(report, "abandoned-at", "wanted-at")?.total == 1)
    // Every family is listed, counted or not; outcomes only when counted.
    let families = report.sections[0].rows.filter { $0.dimension == "family" }.map(\.key)
    #expect(families == ["routine-elsewhere", "not-routine", "route-open", "find-out-first", "outside-london", "policy-silent"])
    #expect(!report.sections[0].rows.contains { $0.isPart && $0.key == "not-routine" })
  }

  @Test func countsOnlyTheMonthsAskedForAndShowsEveryOneOfThem() {
    let transcripts =
      shippedCalls(5, from: 1, "asker=patient", "treating-centre=no-specialist-yet", date: "2026-01-05")
      + shippedCalls(5, from: 10, "asker=patient", "treating-centre=no-specialist-yet", date: "2026-04-05")
      + shippedCalls(5, from: 20, "asker=patient", "treating-centre=no-specialist-yet", date: "2026-06-05")
    let report = demandReport(transcripts, options: DemandReport.Options(from: CalendarMonth("2026-02"), to: CalendarMonth("2026-05")))
    #expect(report.months.map(\.description) == ["2026-02", "2026-03", "2026-04", "2026-05"])
    #expect(report.callCount == 5)
    #expect(row(report, "outcomes", "all")?.counts == [0, 0, 5, 0])
    let empty = demandReport(transcripts, options: DemandReport.Options(from: CalendarMonth("2027-01")))
    #expect(empty.months.map(\.description) == ["2027-01"])
    #expect(empty.callCount == 0)
  }

  @Test func givesTheShareOfCallsBetweenTheLondonServicesWithARouteOpenByRoute() throws {
    let transcripts =
      shippedCalls(6, from: 1, "asker=patient", "treating-centre=royal-marsden", "wanted-at=london-sarcoma-service", "sarcoma=gist", "standard-management=yes", "treatment-only-there=no", "mdt-review=yes")
      + shippedCalls(5, from: 10, "asker=patient", "treating-centre=rnoh", "wanted-at=royal-marsden", "sarcoma=soft-tissue", "standard-management=no", "treatment-only-there=yes")
      + shippedCalls(9, from: 20, "asker=patient", "treating-centre=uclh", "wanted-at=royal-marsden", "sarcoma=soft-tissue", "standard-management=yes", "treatment-only-there=no", "mdt-review=no", "expertise-only-there=no", "named-clinician=no")
      + shippedCalls(7, from: 30, "asker=patient", "treating-centre=uclh", "wanted-at=london-sarcoma-service")
    let report = demandReport(transcripts)
    #expect(row(report, "between-london", "all").map { ($0.total, $0.base) } ?? (0, 0) == (20, 27))
    #expect(row(report, "between-london", "route-open").map { ($0.total, $0.base) } ?? (0, 0) == (11, 20))
    #expect(row(report, "between-london", "exception-mdt-review")?.total == 6)
    #expect(row(report, "between-london", "exception-treatment")?.total == 5)
    #expect(row(report, "between-london", "exception-expertise")?.total == 0)
    #expect(row(report, "between-london", "not-routine")?.total == 9)
    #expect(row(report, "between-london", "within-london-sarcoma-service") == nil)
    let lines = demandReportText(report).split(separator: "\n", omittingEmptySubsequences: false)
    let start = try #require(lines.firstIndex(of: "Between the two London services"))
    #expect(
      lines[(start + 4)...].prefix(10) == [
        "                                                       calls  of  share",
        "Calls between the London services                         20  27    74%",
        "Not routine between the London services                    9  20    45%",
        "  Not routinely available between the London services      9  20    45%",
        "A route open between the London services                  11  20    55%",
        "  Treatment only available in the other service            5  20    25%",
        "  Review at the other service's MDT meeting                6  20    30%",
        "  Expertise found only in the other service               <5  20     <5",
        "  Direct request to a named clinician                     <5  20     <5",
        "",
      ])
  }

  @Test func givesHowOftenCallersDidNotKnowEachAnswer() {
    let transcripts =
      shippedCalls(6, from: 1, "asker=unsure", "treating-centre=unsure", "wanted-at=elsewhere")
      + shippedCalls(14, from: 10, "asker=patient", "treating-centre=elsewhere-uk", "wanted-at=royal-marsden", "sarcoma=unsure")
    let report = demandReport(transcripts)
    #expect(row(report, "not-known", "asker").map { ($0.total, $0.base) } ?? (0, 0) == (6, 20))
    #expect(row(report, "not-known", "treating-centre").map { ($0.total, $0.base) } ?? (0, 0) == (6, 20))
    #expect(row(report, "not-known", "sarcoma").map { ($0.total, $0.base) } ?? (0, 0) == (14, 14))
    #expect(row(report, "not-known", "standard-management").map { ($0.total, $0.base) } ?? (1, 1) == (0, 0))
    #expect(report.sections.first { $0.id == "not-known" }?.rows.map(\.key) == shipped.machine.policy.questions.map(\.id))
  }

  @Test func placesAnAbandonedCallSavedBetweenQuestionsAtTheQuestionThePolicyAsksNext() throws {
    var between = shippedCall("asker=family", "treating-centre=royal-marsden", session: 1, ending: .unfinished)
    between.events.removeLast()  // saved after the answer, before the next question was shown
    let atTheStart = Transcript(header: between.header, events: [])
    var header = atTheStart.header
    header.sessionID = sessionID(2)
    let report = demandReport([between, Transcript(header: header, events: [.asked(question: "asker", prompt: "Who?")])])
    #expect(row(report, "abandoned-at", "wanted-at")?.total == 1)
    #expect(row(report, "abandoned-at", "asker")?.total == 1)
  }

  // MARK: Mixed policy versions

  /// A call recorded under an older version, whose outcome the current policy no longer has.
  private func oldCall(session: Int, outcome: String) -> Transcript {
    Transcript(
      header: Transcript.Header(
        policyID: "london-sarcoma-second-opinions", policyVersion: "0.9.0", policyHash: String(repeating: "a", count: 64), date: "2026-02-10",
        sessionID: sessionID(session), ending: .outcome),
      events: [
        .asked(question: "asker", prompt: "Who is asking?"), .answered(question: "asker", answer: "patient"),
        .asked(question: "treating-centre", prompt: "Where?"), .answered(question: "treating-centre", answer: "uclh"),
        .asked(question: "wanted-at", prompt: "Where to?"), .answered(question: "wanted-at", answer: "royal-marsden"),
        .decided(outcome: outcome, clauses: ["no-routine-cross-opinions"]),
      ])
  }

  @Test func countsCallsUnderTheOutcomeTheyRecordedWhateverTheirPolicyVersion() throws {
    let transcripts =
      (1...5).map { oldCall(session: $0, outcome: "ask-your-clinician") }
      + (6...11).map { oldCall(session: $0, outcome: "not-routine") }
      + shippedCalls(7, from: 20, "asker=patient", "treating-centre=elsewhere-uk", "wanted-at=elsewhere", date: "2026-02-11")
    let report = demandReport(transcripts)
    // The current policy would need more answers for these calls; they count where they ended.
    #expect(row(report, "outcomes", "not-routine")?.total == 6)
    #expect(row(report, "outcomes", "not-in-policy")?.total == 5)
    let unknown = try #require(row(report, "outcomes", "ask-your-clinician"))
    #expect((unknown.label, unknown.family, unknown.isPart, unknown.total) == ("ask-your-clinician", "", true, 5))
    #expect(report.versions.map(\.label) == ["london-sarcoma-second-opinions 0.9.0", "london-sarcoma-second-opinions 1.0.0"])
    #expect(report.versions.map(\.total) == [11, 7])
    #expect(
      demandReportPreamble(report).contains(
        "Policy versions read: london-sarcoma-second-opinions 0.9.0 (11 calls), london-sarcoma-second-opinions 1.0.0 (7 calls)."))
    let text = demandReportText(report)
    #expect(
      text.contains(
        "\nOutcomes not in this policy (by recorded id)                5\n  ask-your-clinician                                        5\n"))
    #expect(demandReportCSV(report).contains("2026-02,outcome,ask-your-clinician,ask-your-clinician,,5,18,28%\n"))
    #expect(demandReportCSV(report).contains("2026-02,policy-version,london-sarcoma-second-opinions@0.9.0,london-sarcoma-second-opinions 0.9.0,,11,18,61%\n"))
  }

  // MARK: Text

  @Test func writesTheTextReportWithinEightyColumns() {
    let transcripts = (1...12).flatMap { month in
      shippedCalls(5 + month, from: month * 100, "asker=patient", "treating-centre=elsewhere-uk", "wanted-at=elsewhere", date: "2026-\(month < 10 ? "0" : "")\(month)-01")
    }
    let text = demandReportText(demandReport(transcripts))
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
    // Twelve months and the total do not fit side by side: three tables of five, five and three columns.
    #expect(text.contains("\n" + String(repeating: " ", count: 41) + "2026-01 2026-02 2026-03 2026-04 2026-05\nAll calls"))
    #expect(text.contains("\n" + String(repeating: " ", count: 41) + "2026-06 2026-07 2026-08 2026-09 2026-10\nAll calls"))
    #expect(text.contains("\n" + String(repeating: " ", count: 47) + "2026-11 2026-12   total\nAll calls"))
  }

  @Test func saysSoWhenThereIsNothingToCount() {
    #expect(demandReportText(demandReport([])).hasSuffix("\nNo calls to count.\n"))
    #expect(demandReportCSV(demandReport([])) == "month,dimension,key,label,family,count,of,share\n")
  }
}
