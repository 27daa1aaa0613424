import Testing

@testable import PolicyEngine

@Suite struct AnswerMatchingTests {
  let centre = shipped.machine.policy.question("treating-centre")!
  let management = shipped.machine.policy.question("standard-management")!

  func matched(_ question: Question, _ input: String) -> String {
    switch question.match(input) {
    case .answer(let answer): return answer.id
    case .ambiguous(let answers): return "ambiguous: " + answers.map(\.id).joined(separator: ",")
    case .tooShort(let answers): return "too short: " + answers.map(\.id).joined(separator: ",")
    case .none(let nearest): return nearest.map { "none, nearest \($0.id)" } ?? "none"
    }
  }

  @Test func acceptsTheNumberShown() {
    #expect(matched(centre, "1") == "royal-marsden")
    #expect(matched(centre, " 6 ") == "unsure")
    #expect(matched(centre, "7") == "none")
    #expect(matched(centre, "0") == "none")
    #expect(matched(centre, "99999999999999999999999") == "none")
  }

  @Test func acceptsIdsLabelsAndAliasesInAnyCase() {
    #expect(matched(centre, "RMH") == "royal-marsden")
    #expect(matched(centre, "Marsden") == "royal-marsden")
    #expect(matched(centre, "stanmore") == "rnoh")
    #expect(matched(centre, "ELSEWHERE-UK") == "elsewhere-uk")
    #expect(matched(centre, "elsewhere uk") == "elsewhere-uk")
    #expect(matched(management, "y") == "yes")
    #expect(matched(management, "Dunno") == "unsure")
  }

  @Test func readsCurlyApostrophesAsStraightOnes() {
    #expect(matched(management, "don\u{2019}t know") == "unsure")
    #expect(matched(management, "Don't know.") == "unsure")
  }

  @Test func acceptsAnUnambiguousBeginning() {
    #expect(matched(centre, "stan") == "rnoh")
    #expect(matched(centre, "royal n") == "rnoh")
    #expect(matched(management, "nop") == "no")
  }

  @Test func listsTheCandidatesOfAnAmbiguousBeginning() {
    #expect(matched(centre, "royal") == "ambiguous: royal-marsden,rnoh,elsewhere-uk")
  }

  @Test func takesNoAnswerFromOneOrTwoLettersThatAreNotAWordOfIt() {
    #expect(matched(centre, "u") == "too short: uclh,elsewhere-uk,unsure")
    #expect(matched(centre, "st") == "too short: rnoh,elsewhere-uk")
    #expect(matched(management, "y") == "yes")
    #expect(matched(management, "dk") == "unsure")
  }

  @Test func findsTheNearestAnswerToATypo() {
    #expect(matched(centre, "stanmoor") == "none, nearest rnoh")
    #expect(matched(centre, "marsdon") == "none, nearest royal-marsden")
    #expect(matched(centre, "the moon") == "none")
  }

  @Test func knowsTheSarcomaTypesAndTheUKsCentres() {
    let sarcoma = shipped.machine.policy.question("sarcoma")!
    #expect(matched(sarcoma, "leiomyosarcoma") == "soft-tissue")
    #expect(matched(sarcoma, "synovial") == "soft-tissue")
    #expect(matched(sarcoma, "Ewing's sarcoma") == "bone")
    #expect(matched(sarcoma, "chordoma") == "bone")
    #expect(matched(sarcoma, "spindle cell") == "unsure")
    #expect(sarcoma.unclearTerm("spindle cell")?.why == "it describes how the cells look, and can be soft tissue or bone")
    #expect(matched(centre, "leeds") == "elsewhere-uk")
    #expect(matched(centre, "the Christie") == "elsewhere-uk")
    #expect(matched(shipped.machine.policy.question("wanted-at")!, "Glasgow") == "elsewhere")
  }

  @Test func matchesNothingForUnrelatedTextOrEmptyInput() {
    #expect(matched(centre, "") == "none")
    #expect(matched(centre, "   ") == "none")
    #expect(matched(centre, "the moon") == "none")
    #expect(matched(centre, "\u{FFFD}\u{0007}") == "none")
  }
}
