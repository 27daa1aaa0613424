import PolicyEngine
import TestSupport
import Testing

/// `check` proves that the words staff read can be said for every caller: kinds of caller,
/// the answers the words name, and the definitions of terms.
@Suite struct WordingCheckTests {
  /// The line, from 1, of the first line of the shipped policy file holding `text` after
  /// the first line holding `anchor`.
  func line(of text: String, after anchor: String) -> Int {
    let lines = String(decoding: PolicyDocument.embeddedBytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let start = lines.firstIndex { $0.contains(anchor) }!
    return lines[start...].firstIndex { $0.contains(text) }! + 1
  }

  /// The diagnostics of the shipped policy file after replacing `old` with `new` in its text.
  func diagnostics(replacing old: String, with new: String) throws -> [String] {
    let text = String(decoding: PolicyDocument.embeddedBytes, as: UTF8.self)
    try #require(text.contains(old), "the shipped policy no longer holds \(old)")
    switch CompiledPolicy.compile(Array(text.replacingOccurrences(of: old, with: new).utf8), file: "p.yaml") {
    case .success(let compiled): return compiled.warnings.map(\.description)
    case .failure(let failure): return failure.diagnostics.map(\.description)
    }
  }

  @Test func wordsThatNameAnAnswerNotEveryCallHasGivenAreADefect() throws {
    // The outcome for a patient with no specialist team is reached before the type of sarcoma is asked.
    let lines = try diagnostics(
      replacing: "so it does not cover you\n        yet.", with: "so it does not cover {sarcoma}\n        yet.")
    #expect(lines.count == 1)
    #expect(lines.first?.hasSuffix(
      "error: the words to say name {sarcoma}, but not every call that reaches 'not-yet-under-specialist' has answered 'sarcoma' with an answer that can be said (one with 'spoken')") == true)
  }

  @Test func wordsThatNameAnAnswerThatCannotBeSaidAreADefect() throws {
    // "Find out first: where is the patient treated?" is reached only when it is not known.
    let lines = try diagnostics(
      replacing: "depends on\n        where you are being treated", with: "depends on\n        {treating-centre}, where you are being treated")
    #expect(lines.first?.contains("the words to say name {treating-centre}, but not every call that reaches 'check-treating-centre'") == true)
  }

  @Test func wordsThatNameAQuestionThatDoesNotExistAreADefect() throws {
    let lines = try diagnostics(replacing: "You're being treated at {treating-centre}, one", with: "You're being treated at {treating-center}, one")
    #expect(lines.contains { $0.hasSuffix("error: the words to say refer to {treating-center}, but there is no question 'treating-center'; did you mean 'treating-centre'?") })
  }

  @Test func everyKindOfCallerNeedsWordsInEveryOutcome() throws {
    let lines = try diagnostics(replacing: "      treating-clinician, other-clinician: >-\n        The agreement between the two London services only concerns", with: "      treating-clinician: >-\n        The agreement between the two London services only concerns")
    #expect(lines == ["p.yaml:\(line(of: "patient: >-", after: "  - id: outside-london")):7: error: outcome 'outside-london' has no words to say to other-clinician callers; give them, or words for 'anyone'"])
  }

  @Test func everyAnswerToTheCallersQuestionNeedsAKind() throws {
    let lines = try diagnostics(replacing: "    family: [family, someone-else, unsure]", with: "    family: [family, unsure]")
    #expect(lines == ["p.yaml:\(line(of: "patient: [patient]", after: "callers:")):5: error: every answer to 'asker' needs a kind of caller, so that staff have words to say to them; missing: someone-else"])
  }

  @Test func aQuestionsDefinitionMustExistAndMatchItsAnswers() throws {
    let unknown = try diagnostics(replacing: "definitions: [named-clinician]", with: "definitions: [named-clinicians]")
    #expect(unknown.contains { $0.hasSuffix("error: unknown definition 'named-clinicians'; did you mean 'named-clinician'?") })
    let wrongAnswer = try diagnostics(replacing: "situation: The GP has written to the other service\n        answer: \"no\"", with: "situation: The GP has written to the other service\n        answer: nope")
    #expect(wrongAnswer.contains { $0.hasSuffix("error: question 'named-clinician', which uses this definition, has no answer 'nope' (its answers: yes, no, unsure)") })
  }
}
