import Transcripts
import TestSupport
@preconcurrency import Glibc
import Testing

/// Moving through a call in a real pseudo-terminal, as staff do: a typo's suggestion, a
/// correction by question, one answer for the questions only the clinician knows, and a
/// call-back picked up by its reference.
@Suite struct CallFlowTerminalTests {


  @Test func aTypoIsOfferedItsNearestAnswerAndYTakesIt() async throws {
    let sandbox = try Sandbox()
    let terminal = try await sandbox.startSession(["--transcripts", sandbox.transcripts])
    try await terminal.enter("patient", thenPrompt: Prompt.treatingCentre)
    let offer = try await terminal.enter("marsdn", thenPrompt: Prompt.treatingCentre)
    #expect(offer.contains("Did you mean The Royal Marsden Sarcoma Unit?"))
    let declined = try await terminal.enter("n", thenPrompt: Prompt.treatingCentre)
    #expect(declined.contains("Not chosen."))
    try await terminal.enter("marsdn", thenPrompt: Prompt.treatingCentre)
    try await terminal.enter("y", thenPrompt: Prompt.wantedAt)
    terminal.send(":quit\r")
    #expect(try await terminal.waitForExit() == .exited(0))
    #expect(try #require(sandbox.onlyTranscript()).answers == ["asker: patient", "treating-centre: royal-marsden"])
  }

  @Test func backToANamedQuestionKeepsTheLaterAnswers() async throws {
    let sandbox = try Sandbox()
    let terminal = try await sandbox.startSession(["--transcripts", sandbox.transcripts])
    try await terminal.enter("patient", thenPrompt: Prompt.treatingCentre)
    try await terminal.enter("uclh", thenPrompt: Prompt.wantedAt)
    try await terminal.enter("marsden", thenPrompt: Prompt.sarcoma)
    try await terminal.enter("sts", thenPrompt: Prompt.standardManagement)
    let back = try await terminal.enter(":back treated", thenPrompt: Prompt.treatingCentre)
    #expect(back.contains("Back to \u{201C}Treated where now?\u{201D}. The 2 later answers will be given again"))
    let kept = try await terminal.enter("rnoh", thenPrompt: Prompt.standardManagement)
    #expect(kept.contains("Kept from before: Second opinion where? The Royal Marsden Sarcoma Unit; Type of"))
    terminal.send(":quit\r")
    #expect(try await terminal.waitForExit() == .exited(0))
    let transcript = try #require(sandbox.onlyTranscript())
    #expect(transcript.events.contains("change treating-centre"))
    #expect(transcript.answers.suffix(3) == ["treating-centre: rnoh", "wanted-at: royal-marsden", "sarcoma: soft-tissue"])
  }

  @Test func oneAnswerMarksTheQuestionsOnlyTheClinicianKnowsNotSure() async throws {
    let sandbox = try Sandbox()
    let terminal = try await sandbox.startSession(["--transcripts", sandbox.transcripts])
    try await terminal.enter("family", thenPrompt: Prompt.treatingCentre)
    try await terminal.enter("marsden", thenPrompt: Prompt.wantedAt)
    try await terminal.enter("lss", thenPrompt: Prompt.sarcoma)
    try await terminal.enter("sts", thenPrompt: Prompt.standardManagement)
    let question = try await terminal.enter("yes", thenPrompt: Prompt.treatmentOnlyThere)
    #expect(question.contains("None of these is known (Not sure to this and the next 3 questions like it)"))
    let outcome = try await terminal.enter("4", thenPrompt: Prompt.nextCaller)
    #expect(outcome.contains("None of these is known: Not sure to 4 questions"))
    #expect(terminal.screen.contains("Say to the caller:"))
    terminal.send(":quit\r")
    #expect(try await terminal.waitForExit() == .exited(0))
    #expect(try #require(sandbox.onlyTranscript()).answers.suffix(4) == [
      "treatment-only-there: unsure", "mdt-review: unsure", "expertise-only-there: unsure", "named-clinician: unsure",
    ])
  }

  @Test func aCallBackIsPickedUpByItsReferenceAndAWrongOneIsSaidSo() async throws {
    let sandbox = try Sandbox()
    let first = try await sandbox.startSession(["--transcripts", sandbox.transcripts])
    try await first.enter("patient", thenPrompt: Prompt.treatingCentre)
    try await first.enter("uclh", thenPrompt: Prompt.wantedAt)
    try await first.press(.ctrlD, thenShows: "Press Ctrl-D again")
    first.send(.ctrlD)
    #expect(try await first.waitForExit() == .exited(0))
    let ending = try #require(first.screen.allLines.first { $0.hasPrefix("Saved as abandoned: 2 answers. Call-back reference: ") })
    let reference = String(ending.dropFirst("Saved as abandoned: 2 answers. Call-back reference: ".count).dropLast())
    #expect(reference.wholeMatch(of: /[A-Z0-9]{3}-[A-Z0-9]{3}/) != nil)

    let second = try await sandbox.startSession(["--transcripts", sandbox.transcripts])
    let unknown = try await second.enter(":resume ACD-EFH", thenPrompt: Prompt.asker)
    #expect(unknown.contains("No saved call has the reference ACD-EFH."))
    let picked = try await second.enter(":resume \(reference.lowercased())", thenPrompt: Prompt.wantedAt)
    #expect(picked.contains("Picked up call \(reference) of "))
    #expect(picked.contains(": 2 answers given again."))
    second.send(":quit\r")
    #expect(try await second.waitForExit() == .exited(0))
    let resumed = try #require(sandbox.transcriptFiles().first { $0.events.contains { $0.hasPrefix("resume ") } })
    #expect(resumed.answers == ["asker: patient", "treating-centre: uclh"])
  }

  @Test func aReferenceTwoSavedCallsShareIsAskedAboutThenTakenWithTheDate() async throws {
    let sandbox = try Sandbox()
    let first = try await sandbox.startSession(["--transcripts", sandbox.transcripts])
    try await first.enter("family", thenPrompt: Prompt.treatingCentre)
    try await first.press(.ctrlD, thenShows: "Press Ctrl-D again")
    first.send(.ctrlD)
    #expect(try await first.waitForExit() == .exited(0))
    // Two calls whose session ids give the same reference, FCV-XWA (found by trying
    // session ids in order: a reference has 23^6 values, so two in 15,000 or so collide).
    let saved = try #require(sandbox.onlyTranscript())
    let session = try #require(saved.header("session"))
    let today = try #require(saved.header("date"))
    for (id, date) in [("0000000000000aaa", "2026-01-05"), ("00000000000038df", "2026-02-09")] {
      let text = saved.text.replacingOccurrences(of: "session: \(session)\n", with: "session: \(id)\n")
        .replacingOccurrences(of: "date: \(today)\n", with: "date: \(date)\n")
      try FileSystem.write(text, to: sandbox.transcripts + "/\(date)-\(id).txt", mode: 0o600)
    }

    let second = try await sandbox.startSession(["--transcripts", sandbox.transcripts])
    let asked = try await second.enter(":resume fcv-xwa", thenPrompt: Prompt.asker)
    #expect(asked.contains("2 saved calls have the reference FCV-XWA, on 2026-01-05, 2026-02-09."))
    let picked = try await second.enter(":resume FCV-XWA 2026-02-09", thenPrompt: Prompt.treatingCentre)
    #expect(picked.contains("Picked up call FCV-XWA of 2026-02-09: 1 answer given again."))
    second.send(":quit\r")
    #expect(try await second.waitForExit() == .exited(0))
  }

  @Test func nextMidCallAsksFirstAndAnEmptyCallSavesNothing() async throws {
    let sandbox = try Sandbox()
    let terminal = try await sandbox.startSession(["--transcripts", sandbox.transcripts])
    try await terminal.enter("patient", thenPrompt: Prompt.treatingCentre)
    let asked = try await terminal.enter(":next", thenPrompt: Prompt.treatingCentre)
    #expect(asked.contains("Type :next again"))
    let next = try await terminal.enter(":next", thenPrompt: Prompt.asker)
    #expect(next.contains("Saved as abandoned: 1 answer. Call-back reference: "))
    terminal.send(":quit\r")
    try await terminal.waitFor(screenContaining: "Nothing was saved: no answer was given.")
    #expect(try await terminal.waitForExit() == .exited(0))
    #expect(sandbox.transcriptFiles().count == 1)
  }
}
