import Foundation
import Testing

@testable import PolicyEngine

/// The small fixture with a change log after its rules.
func smallPolicyWithChanges(_ changes: String, version: String = "1.0.0") throws -> String {
  try String(decoding: fixtureBytes("valid-small.yaml"), as: UTF8.self)
    .replacingOccurrences(of: "version: 1.0.0", with: "version: \(version)") + "changes:\n" + changes
}

/// The diagnostics of a policy's text, loaded and checked, as the CLI prints them.
func diagnostics(ofText text: String, file: String = "small.yaml") -> [String] {
  do {
    let document = try PolicyDocument(parsing: Array(text.utf8), file: file)
    return document.diagnostics(for: PolicyCheck(document.policy).defects).map(\.description)
  } catch {
    return error.diagnostics.map(\.description)
  }
}

@Suite struct ChangeLogTests {
  let two = """
      - version: 1.1.0
        date: 2026-03-01
        reason: Patients are now told who decides.
        source-document: No change; the encoding said it badly.
      - version: 1.0.0
        date: 2026-01-31
        reason: First encoding.
        source-document: The document as circulated, with no version of its own.

    """

  @Test func readsTheChangeLogNewestFirst() throws {
    let text = try smallPolicyWithChanges(two, version: "1.1.0")
    let policy = try PolicyDocument(parsing: Array(text.utf8), file: "small.yaml").policy
    #expect(policy.changes == [
      PolicyChange(version: "1.1.0", date: "2026-03-01", reason: "Patients are now told who decides.", sourceDocument: "No change; the encoding said it badly."),
      PolicyChange(version: "1.0.0", date: "2026-01-31", reason: "First encoding.", sourceDocument: "The document as circulated, with no version of its own."),
    ])
    #expect(diagnostics(ofText: text).isEmpty)
  }

  @Test func reportsAChangeWithoutItsReasonOrWithABadDate() throws {
    let text = try smallPolicyWithChanges("""
        - version: 1.0.0
          date: 2026-02-30
          source-document: None.

      """)
    #expect(diagnostics(ofText: text) == [
      "small.yaml:73:5: error: changes[0]: a change is missing 'reason': why the file changed, in plain words",
      "small.yaml:74:11: error: 'date' must be a date written YYYY-MM-DD, such as 2026-11-25; found '2026-02-30'",
    ])
  }

  @Test func reportsAPolicyVersionWithoutAnEntry() throws {
    let text = try smallPolicyWithChanges(two, version: "1.2.0")
    #expect(diagnostics(ofText: text) == [
      "small.yaml:6:12: error: the policy is version 1.2.0, but the newest entry in changes is 1.1.0; add an entry for 1.2.0 saying why the file changed"
    ])
  }

  @Test func reportsEntriesOutOfOrderTwiceOrNotVersions() throws {
    let text = try smallPolicyWithChanges("""
        - {version: 1.0.0, date: 2026-01-31, reason: First., source-document: None.}
        - {version: 1.1.0, date: 2026-03-01, reason: Second., source-document: None.}
        - {version: 1.0.0, date: 2026-01-31, reason: Again., source-document: None.}
        - {version: one, date: 2026-01-31, reason: Words., source-document: None.}

      """)
    #expect(diagnostics(ofText: text) == [
      "small.yaml:74:15: error: changes are listed newest first, but 1.1.0 comes after 1.0.0",
      "small.yaml:75:15: error: version 1.0.0 has two entries in changes",
      "small.yaml:73:15: note: the first is here",
      "small.yaml:76:15: error: 'one' is not a version: write numbers separated by dots, such as 1.1.0",
    ])
  }

  @Test func comparesVersionsNumberByNumber() {
    #expect(PolicyVersion("1.10.0")! > PolicyVersion("1.9.9")!)
    #expect(PolicyVersion("2")! == PolicyVersion("2.0.0")!)
    #expect(PolicyVersion("1.0.1")! > PolicyVersion("1.0")!)
    #expect(PolicyVersion("1..0") == nil && PolicyVersion("v1") == nil && PolicyVersion("") == nil)
  }
}

@Suite struct ReleaseCheckTests {
  let released = shipped.document.policy

  @Test func passesAnEditShownOnNoCallWhateverTheVersion() {
    var aliased = released
    aliased.questions[0].answers[0].aliases.append("the patient themself")
    #expect(ReleaseCheck(aliased, since: released).defects.isEmpty)
  }

  @Test func failsAChangedDecisionWhoseVersionDidNotRise() {
    var edited = uclhNotSureGoesToBoneSarcoma
    edited.identity.version = released.identity.version
    #expect(ReleaseCheck(edited, since: released).defects.map(\.description) == [
      "policy.version: error: what calls are told changed since version \(released.identity.version) (2916 answer combinations decide differently; questions: wanted-at), but the version is \(released.identity.version); raise it, and add an entry to changes saying why"
    ])
    edited.identity.version = "0.9"
    #expect(ReleaseCheck(edited, since: released).defects.count == 1)
  }

  @Test func failsARaisedVersionWithNoChangeLogAndPassesOneThatSaysWhy() {
    var edited = uclhNotSureGoesToBoneSarcoma
    edited.changes = []
    #expect(ReleaseCheck(edited, since: released).defects.map(\.message) == [
      "what calls are told changed since version \(released.identity.version) (2916 answer combinations decide differently; questions: wanted-at), but no entry in changes explains version 1.2.0; add a changes list with an entry saying why"
    ])
    edited.changes = [PolicyChange(version: "1.2.0", date: "2027-01-15", reason: "Unknown sarcoma types are treated as bone.", sourceDocument: "Unchanged.")] + released.changes
    #expect(ReleaseCheck(edited, since: released).defects.isEmpty)
    #expect(PolicyCheck(edited).defects.isEmpty)
  }

  @Test func theShippedPolicyHasAChangeLogForItsVersion() {
    #expect(released.changes.first?.version == released.identity.version)
  }
}
