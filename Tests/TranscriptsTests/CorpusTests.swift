import Anonymiser
import Foundation
import TestSupport
import PolicyEngine
import Testing

@testable import Transcripts

@Suite struct CorpusTests {
  @Test func writesOneTranscriptPerPathNamedByNumberAndOutcome() {
    let paths = shipped.machine.paths()
    #expect(pathCorpus.count == paths.count)
    #expect(pathCorpus.first?.name == "path-001-within-royal-marsden.txt")
    #expect(pathCorpus.map(\.name) == paths.enumerated().map { "path-\(String(1001 + $0.offset).dropFirst())-\($0.element.outcome).txt" })
  }

  @Test func answersEachStepOfAPathWithItsFirstAnswer() {
    for (file, path) in zip(pathCorpus, shipped.machine.paths()) {
      let answers = file.transcript.events.compactMap { event -> GivenAnswer? in
        if case .answered(let question, let answer) = event { return GivenAnswer(question: question, answer: answer) }
        return nil
      }
      #expect(answers == path.representativeAnswers, "\(file.name)")
      #expect(file.transcript.events.last == .decided(outcome: path.outcome, clauses: shipped.machine.policy.outcome(path.outcome)!.clauses))
    }
  }

  @Test func replaysEveryGeneratedTranscriptClean() {
    for file in pathCorpus + sampleCalls {
      let replay = shipped.current.replay(file.transcript, file: file.name)
      #expect(replay.passed && !replay.hasChanges && replay.recordedUnder == nil, "\(replay.lines)")
    }
  }

  @Test func readsEveryGeneratedTranscriptBackIdentically() throws {
    for file in pathCorpus + sampleCalls {
      let read = try parsed(file.transcript.text, file: file.name)
      #expect(read == file.transcript)
      #expect(read.text == file.transcript.text)
    }
  }

  @Test func reachesEveryOutcomeTogether() {
    let report = ReplayReport(pathCorpus.map { shipped.current.replay($0.transcript, file: $0.name) }, against: shipped.current)
    #expect(report.unreachedOutcomes.isEmpty)
    #expect(Set(pathCorpus.map { $0.transcript.events.last }).count == shipped.machine.policy.outcomes.count)
  }

  @Test func theCommittedCorpusIsWhatPathsWriteWritesToday() throws {
    let expected = try #require(
      TranscriptCorpus.covering(
        of: shipped.machine, policyHash: shipped.document.contentHash, date: shipped.machine.policy.identity.date, limit: 10_000))
    let folder = PackagePaths.corpus + "/covering"
    let committed = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
    #expect(committed == expected.map(\.name), "run scripts/make-corpus after changing the policy")
    for file in expected where committed.contains(file.name) {
      let text = try String(contentsOfFile: folder + "/" + file.name, encoding: .utf8)
      #expect(text == file.transcript.text, "\(file.name) differs from what paths --write writes; run scripts/make-corpus")
    }
  }

  @Test func givesEveryFileItsOwnSessionId() {
    let sessions = (pathCorpus + sampleCalls).map(\.transcript.header.sessionID)
    #expect(Set(sessions).count == sessions.count)
    #expect(sessions.allSatisfy { $0.count == 16 })
  }

  @Test func writesTheHeaderFromThePolicyAndTheGivenFacts() {
    let header = pathCorpus[0].transcript.header
    #expect(header.policyID == "london-sarcoma-second-opinions")
    #expect(header.policyVersion == shipped.machine.policy.identity.version)
    #expect(header.policyHash == shipped.document.contentHash)
    #expect(header.date == "2026-11-25")
    #expect(header.ending == .outcome)
  }

  @Test func stopsAtTheLimit() {
    #expect(TranscriptCorpus.onePerPath(of: shipped.machine, policyHash: "x", date: "2026-11-25", limit: 3).map(\.name).count == 3)
  }

  @Test func writesEveryHandDesignedCallForTheShippedPolicy() {
    #expect(
      sampleCalls.map(\.name) == [
        "call-01-unsure-treating-centre.txt",
        "call-02-back-after-finding-the-sarcoma-type.txt",
        "call-03-restart-for-the-right-caller.txt",
        "call-04-hangup-before-the-sarcoma-type.txt",
        "call-05-clinician-asked-for-mdt-review.txt",
        "call-06-unsure-throughout-next-caller.txt",
        "call-07-exceptions-still-to-check.txt",
      ])
  }

  @Test func usesBackRestartNotesUnsureAnswersAndAbandonedEndings() {
    let events = sampleCalls.flatMap(\.transcript.events)
    #expect(events.contains { if case .back = $0 { return true } else { return false } })
    #expect(events.contains(.restarted))
    #expect(events.contains { if case .note = $0 { return true } else { return false } })
    #expect(events.contains { if case .answered(_, "unsure") = $0 { return true } else { return false } })
    #expect(Set(sampleCalls.map(\.transcript.header.ending)) == [.outcome, .hangup, .nextCaller])
  }

  @Test func keepsNotesFreeOfAnythingPersonal() {
    let notes = sampleCalls.flatMap(\.transcript.events).compactMap { event -> String? in
      if case .note(let text) = event { return text }
      return nil
    }
    #expect(notes.count >= 5)
    for note in notes {
      #expect(!note.contains { $0.isNumber || $0 == "@" }, "\(note)")
      var rest = Substring(note)
      while let open = rest.firstIndex(of: "[") {
        let close = rest[open...].firstIndex(of: "]")!
        #expect(IdentifierKind(placeholder: rest[open...close]) != nil, "\(note)")
        rest = rest[rest.index(after: close)...]
      }
    }
  }

  @Test func leavesOutACallThePolicyCannotFollow() {
    var policy = shipped.machine.policy
    let question = policy.questions.firstIndex { $0.id == "treating-centre" }!
    policy.questions[question].answers.removeAll { $0.id == "rnoh" }
    for rule in policy.rules.indices {
      for condition in policy.rules[rule].conditions.indices { policy.rules[rule].conditions[condition].answers.removeAll { $0 == "rnoh" } }
    }
    for table in policy.plausibility.indices { policy.plausibility[table].fits.removeAll { $0.answer == "rnoh" } }
    let calls = TranscriptCorpus.sampleCalls(for: try! StateMachine(checking: policy), policyHash: "x", date: "2026-11-25")
    #expect(calls.count == sampleCalls.count - 1)
    #expect(!calls.map(\.name).contains("call-06-unsure-throughout-next-caller.txt"))
  }
}
