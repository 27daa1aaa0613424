import Testing
import LineEditing

/// Choosing what Tab completes to.
@Suite struct CompletionTests {
  private let words = ["royal-marsden", "royal-free", ":back", ":help", "Christie", "not sure", "no"]

  @Test func candidatesStartWithTheTypedTextIgnoringCase() {
    #expect(Completion.candidates(for: "ROY", among: words) == ["royal-marsden", "royal-free"])
    #expect(Completion.candidates(for: "chr", among: words) == ["Christie"])
    #expect(Completion.candidates(for: ":", among: words) == [":back", ":help"])
  }

  @Test func theWholeLineIncludingSpacesIsMatched() {
    #expect(Completion.candidates(for: "not s", among: words) == ["not sure"])
    #expect(Completion.candidates(for: "no", among: words) == ["not sure", "no"])
    #expect(Completion.candidates(for: "royal marsden", among: words).isEmpty)
  }

  @Test func emptyTextMatchesEveryWord() {
    #expect(Completion.candidates(for: "", among: words) == words)
  }

  @Test func duplicatesAndEmptyWordsAreLeftOut() {
    #expect(Completion.candidates(for: "a", among: ["abc", "", "abc", "ABC"]) == ["abc", "ABC"])
  }

  @Test func nothingMatchingGivesNoCompletion() {
    #expect(Completion.completion(for: "xyz", among: words) == nil)
    #expect(Completion.completion(for: "a", among: []) == nil)
  }

  @Test func singleCandidateReplacesTheTypedTextWithItsSpelling() throws {
    let completion = try #require(Completion.completion(for: "CHRIS", among: words))
    #expect(completion.replacement == "Christie")
    #expect(completion.candidates == ["Christie"])
  }

  @Test func severalCandidatesCompleteToTheirCommonPrefix() throws {
    let completion = try #require(Completion.completion(for: "r", among: words))
    #expect(completion.replacement == "royal-")
    #expect(completion.candidates == ["royal-marsden", "royal-free"])
  }

  @Test func commonPrefixIgnoresCaseAndTakesTheFirstCandidatesSpelling() {
    #expect(Completion.commonPrefix(of: ["Christie", "christmas"]) == "Christ")
    #expect(Completion.commonPrefix(of: [":back", ":help"]) == ":")
    #expect(Completion.commonPrefix(of: ["only"]) == "only")
    #expect(Completion.commonPrefix(of: []) == "")
  }

  @Test func nonASCIIWordsCompareByCharacter() {
    #expect(Completion.candidates(for: "HÉ", among: ["héllo", "hello"]) == ["héllo"])
    #expect(Completion.commonPrefix(of: ["Zürich-a", "zÜrich-b"]) == "Zürich-")
  }
}
