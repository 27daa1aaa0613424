import TestSupport
import Testing

@testable import PolicyEngine

/// The plausibility tables training stories keep to: read from the policy file, checked,
/// and asked whether a situation's answers go together.
@Suite struct PlausibilityTests {
  /// The small fixture with a plausibility table at its end (from line 72), `fits` given
  /// as the lines under it.
  private func smallPolicy(question: String = "who", with paired: String = "asked", fits: [String]) throws -> String {
    let yaml = String(decoding: try fixtureBytes("valid-small.yaml"), as: UTF8.self)
    let table = [
      "plausibility:", "  - id: who-and-asked", "    why: Only a clinician knows whether the clinician asked.",
      "    question: \(question)", "    with: \(paired)", "    fits:",
    ] + fits.map { "      " + $0 }
    return yaml + table.joined(separator: "\n") + "\n"
  }

  /// What loading and checking a policy's text reports, as the CLI prints it.
  private func diagnostics(of yaml: String) throws -> [String] {
    let document = try PolicyDocument(parsing: Array(yaml.utf8), file: "p.yaml")
    return document.diagnostics(for: PolicyCheck(document.policy).defects).map(\.description)
  }

  @Test func readsATableInTheFilesOrder() throws {
    let yaml = try smallPolicy(fits: ["patient: [\"no\"]", "clinician: [\"yes\", \"no\"]"])
    let policy = try PolicyDocument(parsing: Array(yaml.utf8), file: "p.yaml").policy
    #expect(
      policy.plausibility == [
        Plausibility(
          id: "who-and-asked", why: "Only a clinician knows whether the clinician asked.", question: "who", pairedQuestion: "asked",
          fits: [Plausibility.Fit(answer: "patient", fitting: ["no"]), Plausibility.Fit(answer: "clinician", fitting: ["yes", "no"])])
      ])
    #expect(try diagnostics(of: yaml) == [])
  }

  @Test func aSituationIsPlausibleUnlessAListedAnswerMeetsOneNotListedForIt() throws {
    let yaml = try smallPolicy(fits: ["patient: [\"no\"]"])
    let policy = try PolicyDocument(parsing: Array(yaml.utf8), file: "p.yaml").policy
    #expect(policy.implausibilities(in: ["who": "patient", "asked": "yes"]).map(\.id) == ["who-and-asked"])
    #expect(policy.isPlausible(["who": "patient", "asked": "no"]))
    // Not sure, on either side, goes with anything; an answer not listed goes with any.
    #expect(policy.isPlausible(["who": "patient", "asked": "unsure"]))
    #expect(policy.isPlausible(["who": "unsure", "asked": "yes"]))
    #expect(policy.isPlausible(["who": "clinician", "asked": "yes"]))
    // A situation that does not answer both questions breaks nothing.
    #expect(policy.isPlausible(["who": "patient"]))
  }

  @Test func theShippedTableSaysWhichCentresTreatWhichSarcoma() {
    let policy = Shipped.policy
    func fits(_ centre: String, _ sarcoma: String) -> Bool { policy.isPlausible(["treating-centre": centre, "sarcoma": sarcoma]) }
    #expect(fits("royal-marsden", "soft-tissue") && fits("royal-marsden", "gist") && !fits("royal-marsden", "bone"))
    #expect(fits("rnoh", "soft-tissue") && fits("rnoh", "bone") && !fits("rnoh", "gist"))
    #expect(["soft-tissue", "gist", "bone", "unsure"].allSatisfy { fits("uclh", $0) && fits("elsewhere-uk", $0) })
    #expect(fits("no-specialist-yet", "gist") && fits("unsure", "bone") && fits("rnoh", "unsure"))
  }

  @Test func reportsUnknownQuestionsAndAnswersAtTheirPlaceWithTheNearestOne() throws {
    let yaml = try smallPolicy(question: "woh", with: "askd", fits: ["patient: [\"no\"]"])
    #expect(
      try diagnostics(of: yaml) == [
        "p.yaml:75:15: error: unknown question 'woh'; did you mean 'who'?",
        "p.yaml:76:11: error: unknown question 'askd'; did you mean 'asked'?",
      ])
    let answers = try smallPolicy(fits: ["patinet: [\"no\"]", "clinician: [\"yes\", \"maybe\"]"])
    #expect(
      try diagnostics(of: answers) == [
        "p.yaml:78:7: error: question 'who' has no answer 'patinet'; did you mean 'patient'? (its answers: patient, clinician, unsure)",
        "p.yaml:79:26: error: question 'asked' has no answer 'maybe' (its answers: yes, no, unsure)",
      ])
  }

  @Test func reportsAQuestionPairedWithItselfAndAMisspeltKey() throws {
    let yaml = try smallPolicy(with: "who", fits: ["patient: [clinician]"])
    #expect(try diagnostics(of: yaml) == ["p.yaml:76:11: error: plausibility table 'who-and-asked' pairs question 'who' with itself; 'with' names another question"])
    let misspelt = try smallPolicy(fits: ["patient: [\"no\"]"]).replacingOccurrences(of: "    with: asked", with: "    wiht: asked")
    #expect(throws: PolicyLoadError.self) { try PolicyDocument(parsing: Array(misspelt.utf8), file: "p.yaml") }
    do {
      _ = try PolicyDocument(parsing: Array(misspelt.utf8), file: "p.yaml")
    } catch {
      #expect(
        error.diagnostics.map(\.description) == [
          "p.yaml:73:5: error: plausibility[0]: a plausibility table is missing 'with': the id of the question whose answers go with them",
          "p.yaml:76:5: error: plausibility[0]: unknown key 'wiht' in a plausibility table; did you mean 'with'? (expected: id, why, question, with, fits)",
        ])
    }
  }
}
