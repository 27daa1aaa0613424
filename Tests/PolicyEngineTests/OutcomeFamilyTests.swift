import Testing

@testable import PolicyEngine

/// Outcome families: declared in the policy file, named by every outcome, and checked.
@Suite struct OutcomeFamilyTests {
  /// The small fixture with two families declared before its outcomes, and each outcome
  /// given the family in `families`, by outcome id; an outcome left out names none.
  private func smallPolicy(families: [String: String]) throws -> String {
    var yaml = String(decoding: try fixtureBytes("valid-small.yaml"), as: UTF8.self)
    yaml = yaml.replacingOccurrences(
      of: "outcomes:\n",
      with: "families:\n  - id: route-open\n    title: A route open\n  - id: find-out-first\n    title: Find out first\noutcomes:\n")
    for (outcome, family) in families {
      yaml = yaml.replacingOccurrences(of: "  - id: \(outcome)\n", with: "  - id: \(outcome)\n    family: \(family)\n")
    }
    return yaml
  }

  /// What loading and checking a policy's text reports, as the CLI prints it.
  private func diagnostics(of yaml: String) throws -> [String] {
    let document = try PolicyDocument(parsing: Array(yaml.utf8), file: "p.yaml")
    return document.diagnostics(for: PolicyCheck(document.policy).defects).map(\.description)
  }

  @Test func readsTheFamiliesAndEachOutcomesFamily() throws {
    let yaml = try smallPolicy(families: ["move": "route-open", "stay": "route-open", "find-out": "find-out-first"])
    let policy = try PolicyDocument(parsing: Array(yaml.utf8), file: "p.yaml").policy
    #expect(policy.families == [OutcomeFamily(id: "route-open", title: "A route open"), OutcomeFamily(id: "find-out-first", title: "Find out first")])
    #expect(policy.outcomes.map(\.family) == ["route-open", "route-open", "find-out-first"])
    #expect(try diagnostics(of: yaml) == [])
  }

  @Test func aPolicyWithoutFamiliesNeedsNone() throws {
    let policy = try fixtureDocument("valid-small.yaml").policy
    #expect(policy.families == [])
    #expect(policy.outcomes.map(\.family) == [nil, nil, nil])
    #expect(PolicyCheck(policy).defects.isEmpty)
  }

  @Test func reportsAnOutcomeWithoutAFamilyAtItsId() throws {
    let yaml = try smallPolicy(families: ["move": "route-open", "find-out": "find-out-first"])
    #expect(
      try diagnostics(of: yaml) == [
        "p.yaml:55:9: error: outcome 'stay' names no family; once a policy declares families, every outcome names one (the families are route-open, find-out-first)"
      ])
  }

  @Test func reportsAnUnknownFamilyAtTheOutcomesFamilyWithTheNearestOne() throws {
    let yaml = try smallPolicy(families: ["move": "route-opne", "stay": "route-open", "find-out": "find-out-first"])
    #expect(
      try diagnostics(of: yaml) == [
        "p.yaml:51:13: error: unknown family 'route-opne'; did you mean 'route-open'? (the families are route-open, find-out-first)"
      ])
  }

  @Test func reportsAFamilyNamedWhenNoneAreDeclared() throws {
    var yaml = String(decoding: try fixtureBytes("valid-small.yaml"), as: UTF8.self)
    yaml = yaml.replacingOccurrences(of: "  - id: move\n", with: "  - id: move\n    family: route-open\n")
    #expect(try diagnostics(of: yaml) == ["p.yaml:46:13: error: unknown family 'route-open' (the policy declares no families)"])
  }

  @Test func warnsAboutAFamilyNoOutcomeNames() throws {
    let yaml = try smallPolicy(families: ["move": "route-open", "stay": "route-open", "find-out": "route-open"])
    #expect(try diagnostics(of: yaml) == ["p.yaml:47:9: warning: family 'find-out-first' is named by no outcome"])
  }

  @Test func reportsADuplicateFamilyAndAMisspeltKey() throws {
    var yaml = try smallPolicy(families: ["move": "route-open", "stay": "route-open", "find-out": "find-out-first"])
    yaml = yaml.replacingOccurrences(of: "  - id: find-out-first\n", with: "  - id: route-open\n")
    #expect(
      try diagnostics(of: yaml).prefix(2) == [
        "p.yaml:47:9: error: duplicate family id 'route-open'",
        "p.yaml:45:9: note: 'route-open' is first used here",
      ])
    yaml = try smallPolicy(families: ["move": "route-open"]).replacingOccurrences(of: "    family: route-open\n", with: "    famly: route-open\n")
    #expect(throws: PolicyLoadError.self) { try PolicyDocument(parsing: Array(yaml.utf8), file: "p.yaml") }
  }

  @Test func givesEveryShippedOutcomeOneOfTheSixFamilies() {
    let policy = shipped.document.policy
    #expect(
      policy.families.map(\.id) == ["routine-elsewhere", "not-routine", "route-open", "find-out-first", "outside-london", "policy-silent"])
    let members = Dictionary(grouping: policy.outcomes, by: { $0.family ?? "" }).mapValues { $0.map(\.id) }
    #expect(members["route-open"] == ["exception-treatment", "exception-mdt-review", "exception-expertise", "exception-named-clinician"])
    #expect(members["not-routine"] == ["not-routine"])
    #expect(members["outside-london"] == ["outside-london"])
    #expect(members["routine-elsewhere"] == ["undecided-from-elsewhere", "seen-from-elsewhere"])
    #expect(
      members["find-out-first"] == [
        "check-treating-centre", "check-bone-sarcoma-centre", "undecided-under-london", "check-sarcoma-type", "check-exceptions",
        "check-standard-management",
      ])
    #expect(
      members["policy-silent"] == [
        "not-yet-under-specialist", "within-royal-marsden", "within-london-sarcoma-service", "bone-sarcoma-royal-marsden",
        "bone-sarcoma-lss-to-marsden", "not-under-standard-management",
      ])
  }
}
