@testable import Guidance
import PolicyEngine
import Testing
import Transcripts

@testable import Training

@Suite struct WalkthroughTests {
  func walkthrough(_ transcript: Transcript, name: String = "call.txt") -> Walkthrough {
    Walkthrough(transcript: transcript, name: name, machine: TrainingFixture.machine, presentation: TrainingFixture.plain, policyHash: TrainingFixture.document.contentHash)
  }

  @Test func everyGeneratedTranscriptIsWalkedToTheEnd() {
    #expect(TrainingFixture.corpus.count > TrainingFixture.machine.paths().count)
    for file in TrainingFixture.corpus {
      let pages = walkthrough(file.transcript, name: file.name).pages
      let steps = file.transcript.events.filter { if case .asked = $0 { false } else { true } }.count
      let abandoned = file.transcript.header.ending.isAbandoned
      #expect(pages.count == 1 + steps + (abandoned ? 1 : 0), "\(file.name)")
      #expect(pages.last?.last == "End of the walkthrough.", "\(file.name)")
      let text = pages.joined().joined(separator: "\n")
      #expect(!text.contains("cannot follow"), "\(file.name)")
      #expect(!text.contains("another policy") && !text.contains("another copy"), "\(file.name)")
    }
  }

  @Test func anAnswerSaysWhyItWasAskedAndWhichOutcomesItRuledOut() throws {
    let file = try #require(TrainingFixture.corpus.first { $0.name.contains("within-royal-marsden") })
    let pages = walkthrough(file.transcript).pages
    let centre = pages[2].joined(separator: "\n")
    #expect(pages[2].first == "Step 2 of 5")
    #expect(centre.contains("Question: Where is the patient being treated for sarcoma now?\n"))
    #expect(centre.contains("  Answer: The Royal Marsden Sarcoma Unit\n"))
    #expect(!centre.contains("treating-centre") && !centre.contains("royal-marsden"))
    #expect(centre.contains("Why it is asked: The limit on second opinions"))
    #expect(centre.contains("no-routine-cross-opinions (Policy, paragraph 2)"))
    #expect(centre.contains("Outcomes possible: 20 before this answer,"))
    #expect(centre.contains("  Ruled out (8):\n    - Not yet under a sarcoma specialist centre\n"))
    #expect(centre.hasSuffix("  Still possible: 12 outcomes."))
    let asker = pages[1].joined(separator: "\n")
    #expect(asker.contains("It rules no outcome out: it is always asked"))
  }

  @Test func theOutcomeNamesTheClauseThatDecidedIt() throws {
    let file = try #require(TrainingFixture.corpus.first { $0.name.contains("not-routine") })
    let last = walkthrough(file.transcript).pages.last!.joined(separator: "\n")
    let clause = TrainingFixture.machine.policy.clause("no-routine-cross-opinions")!
    #expect(last.contains("Outcome: Not routinely available between the London services\n"))
    #expect(last.contains("Decided by no-routine-cross-opinions (Policy, paragraph 2): \(clause.summary.prefix(30))"))
    #expect(last.contains("Also rests on: second-opinions-cost"))
  }

  @Test func backRestartAndNotesAreExplained() throws {
    let corrected = try #require(TrainingFixture.corpus.first { $0.name.contains("back-after") })
    let backText = walkthrough(corrected.transcript).pages.joined().joined(separator: "\n")
    #expect(backText.contains("Staff took back the answer to \u{201C}Type of sarcoma?\u{201D} (\u{201C}Not sure\u{201D})"))
    #expect(backText.contains("Ruled back in"))
    #expect(backText.contains("Staff added a note: \u{201C}Caller found the clinic letter"))
    let restarted = try #require(TrainingFixture.corpus.first { $0.name.contains("restart") })
    #expect(walkthrough(restarted.transcript).pages.joined().contains("Every outcome is possible again."))
  }

  @Test func anAbandonedCallEndsWithWhereItStopped() throws {
    let hungUp = try #require(TrainingFixture.corpus.first { $0.transcript.header.ending == .hangup })
    let last = walkthrough(hungUp.transcript).pages.last!.joined(separator: "\n")
    #expect(last.contains("The call ended without an outcome: the terminal went away (hang-up)."))
    #expect(last.contains("The tool was asking: What type of sarcoma is it?"))
    #expect(last.contains("Still possible when it ended"))
  }

  @Test func aCallTheCurrentPolicyCannotFollowIsShownAsRecorded() throws {
    var transcript = try #require(TrainingFixture.corpus.first { $0.name.contains("not-routine") }).transcript
    transcript.header.policyVersion = "0.9.0"
    let answer = try #require(transcript.events.firstIndex { if case .answered("wanted-at", _) = $0 { true } else { false } })
    transcript.events.insert(.answered(question: "interpreter", answer: "yes"), at: answer)
    let pages = walkthrough(transcript).pages
    let text = pages.joined().joined(separator: " ")
    #expect(text.contains("another policy or version"))
    #expect(text.contains("the current policy cannot follow this call (at this point the current policy asks \u{201C}Second opinion where?\u{201D})"))
    #expect(pages.last?.last == "End of the walkthrough.")
    #expect(pages.count == 1 + transcript.events.filter { if case .asked = $0 { false } else { true } }.count)
  }

  @Test func notesAreScrubbedAgainWhenShown() {
    var transcript = TrainingFixture.corpus[0].transcript
    transcript.events.insert(.note("rang back on 07700 900461"), at: 1)
    let text = walkthrough(transcript).pages.joined().joined(separator: "\n")
    #expect(!text.contains("07700"))
    #expect(text.contains("[PHONE]"))
  }

  @Test func idsAreShownOnlyForMaintainers() throws {
    let file = try #require(TrainingFixture.corpus.first { $0.name.contains("within-royal-marsden") })
    let plain = walkthrough(file.transcript).pages.joined().joined(separator: "\n")
    let forMaintainers = Walkthrough(
      transcript: file.transcript, name: "call.txt", machine: TrainingFixture.machine, presentation: Presentation(width: 100, style: .plain, showsIDs: true),
      policyHash: TrainingFixture.document.contentHash
    ).pages.joined().joined(separator: "\n")
    for id in ["(treating-centre)", "(royal-marsden)", "(within-royal-marsden)"] {
      #expect(!plain.contains(id))
      #expect(forMaintainers.contains(id), "\(id)")
    }
  }
}
