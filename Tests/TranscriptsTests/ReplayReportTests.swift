import TestSupport
import PolicyEngine
import Testing

@testable import Transcripts

@Suite struct ReplayReportTests {
  let everything = pathCorpus + sampleCalls

  func report(_ files: [CorpusFile], against current: CurrentPolicy, unreadable: [String] = [], since: (String, PolicyDiff)? = nil)
    -> ReplayReport
  {
    ReplayReport(files.map { current.replay($0.transcript, file: $0.name) }, unreadable: unreadable, against: current, since: since)
  }

  func names(endingIn outcome: String) -> [String] {
    pathCorpus.map(\.name).filter { $0.hasSuffix("-\(outcome).txt") }
  }

  var hash: String { String(shipped.document.contentHash.prefix(12)) }

  @Test func groupsCallsThatEndDifferentlyByTheirOldAndNewOutcomeWithOneExample() {
    let report = report(everything, against: swappedExceptions)
    #expect(report.changes.map(\.title) == ["exception-mdt-review -> exception-treatment", "exception-treatment -> exception-mdt-review"])
    #expect(report.changes[0].files == ["call-05-clinician-asked-for-mdt-review.txt"] + names(endingIn: "exception-mdt-review"))
    #expect(report.changes[1].files == names(endingIn: "exception-treatment"))
    #expect(
      report.lines == [
        "Replayed 76 transcripts against london-sarcoma-second-opinions \(editedVersion) (sha256 eeeeeeeeeeee): 61 passed, 15 failed",
        "76 transcripts recorded under another version or file: london-sarcoma-second-opinions \(shippedVersion) (sha256 \(hash))",
        "",
        "Calls that end differently (15 transcripts):",
        "  exception-mdt-review -> exception-treatment: 9 transcripts, such as call-05-clinician-asked-for-mdt-review.txt:23",
        "  exception-treatment -> exception-mdt-review: 6 transcripts, such as path-003-exception-treatment.txt:21",
        "",
        "Every outcome and clause is reached by at least one transcript.",
      ])
  }

  @Test func fitsAPromptOnlyEditInFewLinesWithoutAnUnchangedPair() {
    let lines = report(everything, against: rewordedWantedAt, since: ("policy.yaml (1.0.0)", PolicyDiff(old: shipped.machine.policy, new: rewordedWantedAt.machine.policy))).lines
    #expect(
      lines == [
        "Replayed 76 transcripts against london-sarcoma-second-opinions \(editedVersion) (sha256 eeeeeeeeeeee): 76 passed, 0 failed; 75 with reworded questions",
        "76 transcripts recorded under another version or file: london-sarcoma-second-opinions \(shippedVersion) (sha256 \(hash))",
        "",
        "No call ends differently.",
        "Reworded questions: wanted-at (75 transcripts).",
        "",
        "Since policy.yaml (1.0.0): no decision changed.",
        "",
        "Every outcome and clause is reached by at least one transcript.",
      ])
    #expect(lines.count <= 10)
  }

  @Test func putsCallsThatEndTheSameWayByOtherQuestionsApartWithTheirFirstDifference() {
    let report = report(everything, against: sarcomaAskedFirst)
    let ends = report.changes.map(\.changesTheEnd)
    #expect(ends.contains(true) && ends.contains(false))
    #expect(ends == ends.sorted { $0 && !$1 })
    #expect(report.changes.first?.title == "outside-london -> stops at sarcoma")
    let lines = report.lines
    let section = lines.firstIndex { $0.hasPrefix("Calls that end the same way by other questions") }!
    #expect(
      lines[section + 1]
        == "  exception-named-clinician: 12 transcripts, such as path-006-exception-named-clinician.txt:13: expected ask wanted-at, but the policy now asks sarcoma")
  }

  @Test func listsAtMostFiveGroupsOfAKind() {
    let lines = report(everything, against: sarcomaAskedFirst).lines
    let section = lines.firstIndex { $0.hasPrefix("Calls that end the same way by other questions") }!
    #expect(lines[section + 6] == "  and 12 more changes")
  }

  @Test func namesTheQuestionsRewordedAndTheOutcomesNowOnOtherClausesWithoutFailing() {
    let report = report(everything, against: fewerNotRoutineClauses)
    #expect(report.changes.isEmpty)
    #expect(report.reclausedOutcomes.map(\.outcome) == ["not-routine"])
    #expect(report.lines.contains("Outcomes resting on other clauses: not-routine (\(names(endingIn: "not-routine").count + 1) transcripts)."))
  }

  @Test func listsTheChangedSituationsThatNoTranscriptCovers() {
    let edit = edited { policy in
      let rule = policy.rules.firstIndex { $0.outcome == "bone-sarcoma-lss-to-marsden" }!
      policy.rules[rule].conditions[2].answers.append("unsure")
    }
    let diff = PolicyDiff(old: shipped.machine.policy, new: edit.machine.policy)
    // One transcript per path answers each step with its first answer: soft tissue, never "not sure".
    let uncovered = report(pathCorpus, against: edit, since: ("policy.yaml (1.0.0)", diff))
    #expect(uncovered.changes.isEmpty)
    #expect(uncovered.lines.suffix(4) == [
      "Since policy.yaml (1.0.0): 1 situation decides differently, and no transcript covers it:",
      "  treating-centre: uclh | rnoh, wanted-at: royal-marsden, sarcoma: unsure (2916 combinations): exception-treatment -> bone-sarcoma-lss-to-marsden, exception-mdt-review -> bone-sarcoma-lss-to-marsden and 6 more",
      "",
      "Every outcome and clause is reached by at least one transcript.",
    ])
    // The sample call that is not sure of anything is in it.
    let covered = report(everything, against: edit, since: ("policy.yaml (1.0.0)", diff))
    #expect(covered.since?.situations.first?.files == ["call-06-unsure-throughout-next-caller.txt"])
    #expect(covered.lines.contains("Since policy.yaml (1.0.0): 1 situation decides differently, and transcripts cover it."))
  }

  @Test func listsUnreadableFilesOnOneLine() {
    let lines = report(sampleCalls, against: shipped.current, unreadable: ["d.txt", "b.txt", "a.txt", "c.txt"]).lines
    #expect(lines[1] == "Unreadable: a.txt, b.txt, c.txt and 1 more")
  }

  @Test func namesTheOutcomesAndClausesNoTranscriptReaches() {
    let report = report(sampleCalls, against: shipped.current)
    let reached: Set = ["check-treating-centre", "bone-sarcoma-royal-marsden", "not-routine", "exception-mdt-review", "check-exceptions"]
    #expect(report.unreachedOutcomes == shipped.machine.policy.outcomes.map(\.id).filter { !reached.contains($0) })
    #expect(
      report.lines.last
        == "Not reached by any transcript: outcomes (15 of 20) outside-london, not-yet-under-specialist, check-bone-sarcoma-centre, undecided-under-london, undecided-from-elsewhere, within-royal-marsden, within-london-sarcoma-service, seen-from-elsewhere, check-sarcoma-type, bone-sarcoma-lss-to-marsden, exception-treatment, exception-expertise, exception-named-clinician, not-under-standard-management, check-standard-management; clauses (3 of 13) second-opinions-are-reasonable, services-work-together, support-line-limits."
    )
  }

  @Test func saysWhenNothingChangedAndEverythingIsReached() {
    let report = report(everything, against: shipped.current)
    #expect(
      report.lines == [
        "Replayed 76 transcripts against london-sarcoma-second-opinions \(shippedVersion) (sha256 \(hash)): 76 passed, 0 failed",
        "",
        "No call ends differently.",
        "",
        "Every outcome and clause is reached by at least one transcript.",
      ])
    #expect(report.text == report.lines.map { $0 + "\n" }.joined())
  }

  @Test func groupsAFailedTranscriptByWhereItsFinalAnswersNowEnd() throws {
    let edited = try replay("path-007-not-routine.txt", replacing: [27: outcome("check-exceptions")])
    let report = ReplayReport([edited], against: shipped.current)
    #expect(report.changes.map(\.title) == ["check-exceptions -> not-routine"])
  }

  @Test func doesNotCountAnAbandonedCallAsReachingAnOutcome() {
    let report = report([corpusFile("call-04-hangup-before-the-sarcoma-type.txt")], against: shipped.current)
    #expect(report.unreachedOutcomes.count == 20)
  }
}
