import Testing

@testable import PolicyEngine

@Suite struct AnswerMatchingTests {
  let centre = shipped.machine.policy.question("treating-centre")!
  let management = shipped.machine.policy.question("standard-management")!

  func matched(_ question: Question, _ input: String) -> String {
    switch question.match(input) {
    case .answer(let answer): return answer.id
    case .ambiguous(let answers): return "ambiguous: " + answers.map(\.id).joined(separator: ",")
    case .none: return "none"
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
    #expect(matched(centre, "royal") == "ambiguous: royal-marsden,rnoh")
    #expect(matched(centre, "u") == "ambiguous: uclh,elsewhere-uk,unsure")
  }

  @Test func matchesNothingForUnrelatedTextOrEmptyInput() {
    #expect(matched(centre, "") == "none")
    #expect(matched(centre, "   ") == "none")
    #expect(matched(centre, "the moon") == "none")
    #expect(matched(centre, "\u{FFFD}\u{0007}") == "none")
  }
}
