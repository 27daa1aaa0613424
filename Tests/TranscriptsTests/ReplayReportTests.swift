import TestSupport
import PolicyEngine
import Testing

@testable import Transcripts

@Suite struct ReplayReportTests {
  let everything = pathCorpus + sampleCalls

  func report(_ files: [CorpusFile], against current: CurrentPolicy, unreadable: [String] = []) -> ReplayReport {
    ReplayReport(files.map { current.replay($0.transcript, file: $0.name) }, unreadable: unreadable, against: current)
  }

  func names(endingIn outcome: String) -> [String] {
    pathCorpus.map(\.name).filter { $0.hasSuffix("-\(outcome).txt") }
  }

  @Test func groupsTranscriptsByTheChangeOfOutcome() {
    let report = report(everything, against: swappedExceptions)
    #expect(report.changes.map(\.change) == ["exception-mdt-review -> exception-treatment", "exception-treatment -> exception-mdt-review"])
    #expect(report.changes[0].transcripts.map(\.file) == ["call-05-clinician-asked-for-mdt-review.txt"] + names(endingIn: "exception-mdt-review"))
    #expect(report.changes[1].transcripts.map(\.file) == names(endingIn: "exception-treatment"))
  }

  @Test func showsTheOldAndNewOutcomeAndClausesOfEachGroup() {
    let lines = report(everything, against: swappedExceptions).lines
    let group = lines.firstIndex(of: "  exception-treatment -> exception-mdt-review: 6 transcripts")!
    #expect(
      Array(lines[group...(group + 4)]) == [
        "  exception-treatment -> exception-mdt-review: 6 transcripts",
        "    - \(outcome("exception-treatment"))",
        "    + \(outcome("exception-mdt-review"))",
        "      path-003-exception-treatment.txt",
        "      path-018-exception-treatment.txt",
      ])
  }

  @Test func startsWithTheTally() {
    let lines = report(everything, against: swappedExceptions, unreadable: ["notes.txt"]).lines
    #expect(
      lines[0]
        == "Replayed 76 transcripts against london-sarcoma-second-opinions \(editedVersion) (sha256 eeeeeeeeeeee): 61 passed, 15 failed, 1 unreadable; 76 recorded under another policy version or file"
    )
  }

  @Test func putsCallsThatNowEndElsewhereBeforeCallsThatEndTheSameWayByOtherQuestions() {
    let report = report(everything, against: sarcomaAskedFirst)
    let ends = report.changes.map(\.changesTheEnd)
    #expect(ends.contains(true) && ends.contains(false))
    #expect(ends == ends.sorted { $0 && !$1 })
    #expect(report.changes.first?.change == "outside-london -> stops at sarcoma")
    #expect(report.changes.first?.transcripts.map(\.file) == names(endingIn: "outside-london").filter { $0 != "path-069-outside-london.txt" })
  }

  @Test func namesTheFirstDifferenceOfACallThatEndsTheSameWayByOtherQuestions() {
    let lines = report(everything, against: sarcomaAskedFirst).lines
    let group = lines.firstIndex(of: "  within-royal-marsden -> within-royal-marsden, by other questions: 1 transcript")!
    #expect(lines[group + 1] == "      path-001-within-royal-marsden.txt:13: expected ask wanted-at, but the policy now asks sarcoma")
  }

  @Test func groupsClauseChangesApart() {
    let report = report(everything, against: fewerNotRoutineClauses)
    #expect(report.changes.map(\.change) == ["not-routine -> not-routine, other clauses"])
    #expect(report.changes[0].transcripts.map(\.file) == ["call-03-restart-for-the-right-caller.txt"] + names(endingIn: "not-routine"))
    #expect(report.lines.contains("    + \(outcome("not-routine", in: fewerNotRoutineClauses.machine.policy))"))
  }

  @Test func countsTranscriptsRecordedUnderAnotherPolicyVersion() {
    let report = report(everything, against: edited())
    #expect(report.changes.isEmpty)
    #expect(report.otherPolicies.map(\.policy) == [RecordedPolicy(id: "london-sarcoma-second-opinions", version: shippedVersion, hash: shipped.document.contentHash)])
    #expect(
      report.lines.contains("  london-sarcoma-second-opinions \(shippedVersion) (sha256 \(shipped.document.contentHash.prefix(12))): 76 transcripts"))
  }

  @Test func listsUnreadableFiles() {
    let lines = report(sampleCalls, against: shipped.current, unreadable: ["b.txt", "a.txt"]).lines
    let section = lines.firstIndex(of: "Unreadable (2 files):")!
    #expect(lines[section + 1] == "  a.txt" && lines[section + 2] == "  b.txt")
  }

  @Test func namesWhatTheSampleCallsDoNotReach() {
    let report = report(sampleCalls, against: shipped.current)
    let reached: Set = ["check-treating-centre", "bone-sarcoma-royal-marsden", "not-routine", "exception-mdt-review", "check-exceptions"]
    #expect(report.unreachedOutcomes == shipped.machine.policy.outcomes.map(\.id).filter { !reached.contains($0) })
    #expect(report.unreachedPaths.map(\.number) == Array(1...69).filter { ![10, 14, 36, 62, 68].contains($0) })
    let clausesOfReached = Set(shipped.machine.policy.outcomes.filter { reached.contains($0.id) }.flatMap(\.clauses))
    #expect(report.unreachedClauses == shipped.machine.policy.clauses.map(\.id).filter { !clausesOfReached.contains($0) })
    #expect(!report.unreachedClauses.isEmpty)
  }

  @Test func writesTheUnreachedPartsOfThePolicy() {
    let lines = report(sampleCalls, against: shipped.current).lines
    let section = lines.firstIndex(of: "Not reached by any transcript:")!
    #expect(
      lines[section + 1]
        == "  outcomes (15 of 20): outside-london, not-yet-under-specialist, check-bone-sarcoma-centre, undecided-under-london, undecided-from-elsewhere, within-royal-marsden, within-london-sarcoma-service, seen-from-elsewhere, check-sarcoma-type, bone-sarcoma-lss-to-marsden, exception-treatment, exception-expertise, exception-named-clinician, not-under-standard-management, check-standard-management"
    )
    #expect(lines[section + 2] == "  clauses (3 of 13): second-opinions-are-reasonable, services-work-together, support-line-limits")
    #expect(lines[section + 3] == "  paths (64 of 69):")
    #expect(
      lines[section + 4]
        == "     1. asker: any -> treating-centre: royal-marsden -> wanted-at: royal-marsden -> sarcoma: soft-tissue | gist | unsure => within-royal-marsden"
    )
    #expect(lines.last == "    69. asker: any -> treating-centre: unsure -> wanted-at: elsewhere => outside-london")
  }

  @Test func saysWhenEveryPartOfThePolicyIsReached() {
    let report = report(everything, against: shipped.current)
    #expect(report.unreachedOutcomes.isEmpty && report.unreachedClauses.isEmpty && report.unreachedPaths.isEmpty)
    #expect(
      report.lines == [
        "Replayed 76 transcripts against london-sarcoma-second-opinions \(shippedVersion) (sha256 \(shipped.document.contentHash.prefix(12))): 76 passed, 0 failed",
        "",
        "No transcript changed.",
        "",
        "Every outcome, clause and path is reached by at least one transcript.",
      ])
    #expect(report.text == report.lines.map { $0 + "\n" }.joined())
  }

  @Test func countsAFailedTranscriptAtThePathItsFinalAnswersWalk() throws {
    let edited = try replay("path-007-not-routine.txt", replacing: [27: outcome("check-exceptions")])
    let report = ReplayReport([edited], against: shipped.current)
    #expect(!report.unreachedPaths.map(\.number).contains(7))
    #expect(report.unreachedPaths.count == 68)
    #expect(report.changes.map(\.change) == ["check-exceptions -> not-routine"])
  }

  @Test func doesNotCountAnAbandonedCallAsReachingAPath() {
    let report = report([corpusFile("call-04-hangup-before-the-sarcoma-type.txt")], against: shipped.current)
    #expect(report.unreachedPaths.count == 69)
    #expect(report.unreachedOutcomes.count == 20)
  }
}
