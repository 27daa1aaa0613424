import PolicyEngine
import Testing

@testable import Transcripts

@Suite struct ReplayTests {
  // path-007-not-routine.txt: lines 9 to 26 ask and answer asker, treating-centre,
  // wanted-at, sarcoma, standard-management, treatment-only-there, mdt-review,
  // expertise-only-there and named-clinician; line 27 is the outcome.

  @Test func passesAnUneditedTranscript() throws {
    let replay = try replay("path-007-not-routine.txt")
    #expect(replay.passed)
    #expect(!replay.hasChanges)
    #expect(replay.lines == [])
    #expect(replay.recordedUnder == nil)
    #expect(replay.currentEnd == .outcome("not-routine", clauses: shipped.machine.policy.outcome("not-routine")!.clauses))
  }

  @Test func failsAtTheOutcomeLineWhenTheTranscriptExpectsAnotherOutcome() throws {
    let replay = try replay("path-007-not-routine.txt", replacing: [27: outcome("check-exceptions")])
    #expect(!replay.passed)
    #expect(
      replay.failure
        == ReplayDifference(
          line: 27, message: "expected outcome check-exceptions, but the policy now decides not-routine", recorded: outcome("check-exceptions"),
          current: outcome("not-routine")))
    #expect(
      replay.lines == [
        "path-007-not-routine.txt:27: expected outcome check-exceptions, but the policy now decides not-routine",
        "  - \(outcome("check-exceptions"))",
        "  + \(outcome("not-routine"))",
      ])
  }

  @Test func failsAtTheAskLineWhenAQuestionIsEdited() throws {
    let replay = try replay("path-007-not-routine.txt", replacing: [13: ask("sarcoma")])
    #expect(
      replay.failure
        == ReplayDifference(line: 13, message: "expected ask sarcoma, but the policy now asks wanted-at", recorded: ask("sarcoma"), current: ask("wanted-at")))
  }

  @Test func failsWhenThePolicyAsksTheQuestionsInAnotherOrder() throws {
    let replay = try replay("path-007-not-routine.txt", against: sarcomaAskedFirst)
    #expect(replay.failure?.line == 13)
    #expect(replay.failure?.message == "expected ask wanted-at, but the policy now asks sarcoma")
    #expect(replay.currentEnd == .outcome("not-routine", clauses: shipped.machine.policy.outcome("not-routine")!.clauses))
  }

  @Test func failsAtAnAnswerToAQuestionThePolicyDoesNotAskThere() throws {
    let replay = try replay("path-007-not-routine.txt", replacing: [14: "answer sarcoma: soft-tissue"])
    #expect(
      replay.failure
        == ReplayDifference(
          line: 14, message: "expected answer sarcoma: soft-tissue, but the policy now asks wanted-at", recorded: "answer sarcoma: soft-tissue",
          current: ask("wanted-at")))
  }

  @Test func failsAtAnAnswerThePolicyNoLongerHas() throws {
    let replay = try replay("path-007-not-routine.txt", replacing: [20: "answer treatment-only-there: maybe"])
    #expect(
      replay.failure
        == ReplayDifference(
          line: 20,
          message: "expected answer treatment-only-there: maybe, but treatment-only-there has no answer 'maybe' now; its answers are yes, no or unsure",
          recorded: "answer treatment-only-there: maybe"))
  }

  @Test func failsAtAnAnswerGivenAfterTheOutcomeIsDecided() throws {
    let replay = try replay(
      "path-059-outside-london.txt", replacing: [7: "ended: abandoned (quit)", 15: outcome("outside-london") + "\nanswer sarcoma: bone"])
    #expect(
      replay.failure
        == ReplayDifference(
          line: 16, message: "expected answer sarcoma: bone, but the policy has already decided outside-london", recorded: "answer sarcoma: bone",
          current: outcome("outside-london")))
  }

  @Test func followsBackToTheQuestionItTookBack() throws {
    // call-02: line 16 answers sarcoma unsure, 17 decides check-sarcoma-type, 19 goes back
    // to sarcoma, 21 answers bone, 22 decides bone-sarcoma-royal-marsden.
    #expect(try replay("call-02-back-after-finding-the-sarcoma-type.txt").passed)
    let unsureAgain = try replay("call-02-back-after-finding-the-sarcoma-type.txt", replacing: [21: "answer sarcoma: unsure"])
    #expect(unsureAgain.failure?.line == 22)
    #expect(unsureAgain.failure?.message == "expected outcome bone-sarcoma-royal-marsden, but the policy now decides check-sarcoma-type")
  }

  @Test func failsABackThatNamesAnotherQuestionThanTheLastAnswer() throws {
    let replay = try replay("call-02-back-after-finding-the-sarcoma-type.txt", replacing: [19: "back wanted-at"])
    #expect(
      replay.failure
        == ReplayDifference(
          line: 19, message: "expected back wanted-at, but the last answer is to sarcoma", recorded: "back wanted-at", current: "back sarcoma"))
  }

  @Test func failsABackWithNothingToTakeBack() throws {
    let replay = try replay("path-007-not-routine.txt", replacing: [10: "back asker"], removing: [])
    #expect(
      replay.failure == ReplayDifference(line: 10, message: "expected back asker, but there is no answer to take back", recorded: "back asker"))
  }

  @Test func followsARestartBackToTheFirstQuestion() throws {
    // call-03: line 15 restarts, line 16 asks asker again.
    #expect(try replay("call-03-restart-for-the-right-caller.txt").passed)
    let withoutRestart = try replay("call-03-restart-for-the-right-caller.txt", removing: [15])
    #expect(withoutRestart.failure?.line == 15)
    #expect(withoutRestart.failure?.message == "expected ask asker, but the policy now asks wanted-at")
  }

  @Test func ignoresNotes() throws {
    let replay = try replay("path-007-not-routine.txt", replacing: [27: "note: Caller rang off politely.\n" + outcome("not-routine")])
    #expect(replay.passed)
  }

  @Test func passesAnAbandonedCallWhoseQuestionsMatchAsFarAsItWent() throws {
    let replay = try replay("call-04-hangup-before-the-sarcoma-type.txt")
    #expect(replay.passed)
    #expect(replay.recordedEnd == .question("sarcoma"))
    #expect(replay.currentEnd == .question("sarcoma"))
  }

  @Test func failsAnAbandonedCallWhoseLastQuestionChanged() throws {
    // call-04 ends on line 16 with the question of the sarcoma type.
    let replay = try replay("call-04-hangup-before-the-sarcoma-type.txt", replacing: [16: ask("standard-management")])
    #expect(replay.failure?.line == 16)
    #expect(replay.failure?.message == "expected ask standard-management, but the policy now asks sarcoma")
  }

  @Test func reportsAClauseChangeWithoutFailing() throws {
    let replay = try replay("path-007-not-routine.txt", against: fewerNotRoutineClauses)
    #expect(replay.passed)
    #expect(
      replay.clauseChanges == [
        ReplayDifference(
          line: 27, message: "outcome not-routine now rests on other clauses", recorded: outcome("not-routine"),
          current: outcome("not-routine", in: fewerNotRoutineClauses.machine.policy))
      ])
  }

  @Test func reportsAPromptChangeWithoutFailing() throws {
    let replay = try replay("path-007-not-routine.txt", against: rewordedWantedAt)
    #expect(replay.passed)
    #expect(
      replay.promptChanges == [
        ReplayDifference(
          line: 13, message: "the prompt of wanted-at has changed", recorded: ask("wanted-at"),
          current: "ask wanted-at: Which centre would they like the second opinion from?")
      ])
  }

  @Test func flagsATranscriptRecordedUnderAnotherVersionAndStillReplaysIt() throws {
    let replay = try replay("path-007-not-routine.txt", against: edited())
    #expect(replay.passed)
    #expect(replay.recordedUnder == RecordedPolicy(id: "london-sarcoma-second-opinions", version: shippedVersion, hash: shipped.document.contentHash))
    #expect(replay.policyDifference?.hasPrefix("recorded under policy version \(shippedVersion)") == true)
    // Counted once in the tally for every such transcript, not flagged file by file.
    #expect(replay.lines.isEmpty)
    #expect(ReplayTally([replay]).description == "1 passed, 0 failed; 1 recorded under another policy version or file")
  }

  @Test func flagsAPolicyFileThatChangedWithoutANewVersion() throws {
    let replay = try replay("path-007-not-routine.txt", against: edited(version: shippedVersion))
    #expect(
      replay.policyDifference
        == "recorded under policy version \(shippedVersion) with another file (sha256 \(shipped.document.contentHash.prefix(12)), now eeeeeeeeeeee); the policy changed without a new version"
    )
  }

  @Test func flagsATranscriptOfAnotherPolicy() throws {
    let replay = try replay("path-007-not-routine.txt", replacing: [2: "policy: another-policy"])
    #expect(replay.passed)
    #expect(
      replay.policyDifference
        == "recorded under another policy, another-policy \(shippedVersion) (sha256 \(shipped.document.contentHash.prefix(12))), replayed against london-sarcoma-second-opinions \(shippedVersion) (sha256 \(shipped.document.contentHash.prefix(12)))"
    )
  }

  @Test func listsEveryChangeOfATranscriptInLineOrder() throws {
    let current = edited { policy in
      let question = policy.questions.firstIndex { $0.id == "wanted-at" }!
      policy.questions[question].prompt = "Which centre?"
      let outcome = policy.outcomes.firstIndex { $0.id == "not-routine" }!
      policy.outcomes[outcome].clauses = ["no-routine-cross-opinions"]
    }
    #expect(
      try replay("path-007-not-routine.txt", against: current).lines == [
        "path-007-not-routine.txt:13: the prompt of wanted-at has changed",
        "  - \(ask("wanted-at"))",
        "  + ask wanted-at: Which centre?",
        "path-007-not-routine.txt:27: outcome not-routine now rests on other clauses",
        "  - \(outcome("not-routine"))",
        "  + outcome not-routine: no-routine-cross-opinions",
      ])
  }

  @Test func talliesPassesFailuresAndChanges() throws {
    let replays = [
      try replay("path-007-not-routine.txt", against: fewerNotRoutineClauses),
      try replay("path-001-within-royal-marsden.txt", against: fewerNotRoutineClauses),
      try replay("path-007-not-routine.txt", replacing: [27: outcome("check-exceptions")]),
    ]
    let tally = ReplayTally(replays, unreadable: 1)
    #expect(tally.description == "2 passed, 1 failed, 1 unreadable; 1 with changed clauses, 2 recorded under another policy version or file")
    #expect(!tally.allPassed)
    #expect(ReplayTally([try replay("path-001-within-royal-marsden.txt")]).description == "1 passed, 0 failed")
  }
}
