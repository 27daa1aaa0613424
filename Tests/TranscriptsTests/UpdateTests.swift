import PolicyEngine
import Testing

@testable import Transcripts

@Suite struct UpdateTests {
  @Test func rewritesTheOutcomeAndThePolicyOfAFailingTranscript() throws {
    // path-003: line 20 answers treatment-only-there yes, line 21 decides exception-treatment.
    let original = try parsed(text(of: "path-003-exception-treatment.txt"))
    #expect(!swappedExceptions.replay(original, file: "x").passed)
    guard case .updated(let updated) = swappedExceptions.update(original) else {
      Issue.record("expected an update")
      return
    }
    #expect(
      updated.text
        == text(
          of: "path-003-exception-treatment.txt",
          replacing: [3: "policy-version: \(editedVersion)", 4: "policy-sha256: \(editedHash)", 21: "outcome exception-mdt-review: mdt-review-referral"]))
  }

  @Test func givesATranscriptThatThenReplaysCleanAndNeedsNoFurtherUpdate() throws {
    let original = try parsed(text(of: "path-003-exception-treatment.txt"))
    guard case .updated(let updated) = swappedExceptions.update(original) else {
      Issue.record("expected an update")
      return
    }
    let replay = swappedExceptions.replay(try parsed(updated.text), file: "x")
    #expect(replay.passed && !replay.hasChanges && replay.recordedUnder == nil)
    #expect(swappedExceptions.update(updated) == .unchanged)
  }

  @Test func keepsEveryAnswerBackRestartAndNote() throws {
    for name in ["call-02-back-after-finding-the-sarcoma-type.txt", "call-03-restart-for-the-right-caller.txt", "call-07-exceptions-still-to-check.txt"] {
      let original = corpusFile(name).transcript
      guard case .updated(let updated) = fewerNotRoutineClauses.update(original) else {
        Issue.record("expected an update of \(name)")
        continue
      }
      func callerSide(_ events: [Transcript.Event]) -> [Transcript.Event] {
        events.filter {
          switch $0 {
          case .asked, .decided: return false
          case .answered, .back, .changed, .resumed, .restarted, .note: return true
          }
        }
      }
      #expect(callerSide(updated.events) == callerSide(original.events))
      #expect(updated.events.count == original.events.count)
      #expect(fewerNotRoutineClauses.replay(updated, file: name).hasChanges == false)
    }
  }

  @Test func rewritesTheClausesOfAnOutcomeThatOnlyChangedItsClauses() throws {
    guard case .updated(let updated) = fewerNotRoutineClauses.update(corpusFile("path-007-not-routine.txt").transcript) else {
      Issue.record("expected an update")
      return
    }
    #expect(updated.events.last == .decided(outcome: "not-routine", clauses: fewerNotRoutineClauses.machine.policy.outcome("not-routine")!.clauses))
  }

  @Test func rewritesTheWordingOfAQuestion() throws {
    guard case .updated(let updated) = rewordedWantedAt.update(corpusFile("path-007-not-routine.txt").transcript) else {
      Issue.record("expected an update")
      return
    }
    #expect(updated.events[4] == .asked(question: "wanted-at", prompt: "Which centre would they like the second opinion from?"))
  }

  @Test func onlyRaisesTheHeaderOfATranscriptThatReplaysTheSame() throws {
    let original = corpusFile("path-007-not-routine.txt").transcript
    guard case .updated(let updated) = edited().update(original) else {
      Issue.record("expected an update")
      return
    }
    #expect(updated.events == original.events)
    #expect(updated.header.policyVersion == editedVersion && updated.header.policyHash == editedHash)
    #expect(updated.header.sessionID == original.header.sessionID && updated.header.date == original.header.date)
  }

  @Test func leavesATranscriptThatAlreadyMatchesUnchanged() {
    #expect(shipped.current.update(corpusFile("call-02-back-after-finding-the-sarcoma-type.txt").transcript) == .unchanged)
  }

  @Test func refusesWhenThePolicyAsksAQuestionTheCallNeverAnswered() throws {
    // path-059: line 12 answers treating-centre uclh, line 14 wanted-at elsewhere; sarcoma is never answered.
    #expect(
      sarcomaAskedFirst.update(try parsed(text(of: "path-059-outside-london.txt")))
        == .notUpdatable(line: 14, reason: "the policy now asks sarcoma here, which the call never answered"))
  }

  @Test func refusesWhenTheCallAnsweredTheQuestionOnlyLater() throws {
    #expect(
      sarcomaAskedFirst.update(try parsed(text(of: "path-007-not-routine.txt")))
        == .notUpdatable(
          line: 14, reason: "the policy now asks sarcoma here, but the call answered it only later, on line 16, and its answers keep their order"))
  }

  @Test func refusesWhenThePolicyNowNeedsAnAnswerAfterTheCallsLastOne() throws {
    // path-064: line 14 answers wanted-at london-sarcoma-service, line 15 decides seen-from-elsewhere.
    let transcript = try parsed(text(of: "path-064-seen-from-elsewhere.txt"))
    #expect(
      sarcomaNeededFromElsewhere.replay(transcript, file: "x").failure?.message == "expected outcome seen-from-elsewhere, but the policy now asks sarcoma")
    #expect(
      sarcomaNeededFromElsewhere.update(transcript)
        == .notUpdatable(line: 15, reason: "the policy now asks sarcoma after the call's last answer, which the call never answered"))
  }

  @Test func refusesWhenThePolicyDecidesBeforeAnAnswerTheCallGave() throws {
    #expect(
      uclhDecidedEarly.update(try parsed(text(of: "path-059-outside-london.txt")))
        == .notUpdatable(
          line: 14, reason: "the policy now decides within-london-sarcoma-service before this answer, so an update would drop the call's answer to wanted-at"))
  }

  @Test func refusesWhenAnAnswerNoLongerExists() throws {
    #expect(
      shipped.current.update(try parsed(text(of: "path-007-not-routine.txt", replacing: [20: "answer treatment-only-there: maybe"])))
        == .notUpdatable(line: 20, reason: "question treatment-only-there has no answer 'maybe' now, and a call's answers are never changed"))
  }

  @Test func refusesABackThatCannotBeFollowed() throws {
    #expect(
      shipped.current.update(
        try parsed(text(of: "call-02-back-after-finding-the-sarcoma-type.txt", replacing: [19: "back wanted-at"])))
        == .notUpdatable(line: 19, reason: "the call goes back to wanted-at, but its last answer is to sarcoma"))
    #expect(
      shipped.current.update(try parsed(text(of: "path-007-not-routine.txt", replacing: [10: "back asker"])))
        == .notUpdatable(line: 10, reason: "the call goes back to asker, but there is no answer to take back"))
  }

  @Test func rewritesTheLastQuestionOfAnAbandonedCallToWhatThePolicyNowShows() throws {
    // call-04 without lines 15 and 16 hangs up on line 14, while wanted-at is asked;
    // under the edit, sarcoma is asked there instead.
    let transcript = try parsed(text(of: "call-04-hangup-before-the-sarcoma-type.txt", removing: [15, 16]))
    #expect(transcript.events.last == .asked(question: "wanted-at", prompt: shipped.machine.policy.question("wanted-at")!.prompt))
    #expect(sarcomaAskedFirst.replay(transcript, file: "x").failure?.line == 14)
    guard case .updated(let updated) = sarcomaAskedFirst.update(transcript) else {
      Issue.record("expected an update")
      return
    }
    #expect(updated.events.dropLast() == transcript.events.dropLast())
    #expect(updated.events.last == .asked(question: "sarcoma", prompt: shipped.machine.policy.question("sarcoma")!.prompt))
    #expect(sarcomaAskedFirst.replay(updated, file: "x").hasChanges == false)
  }
}
