import Foundation
import Testing

@testable import PolicyEngine

/// The shipped policy speaks in our own words and never puts the Support Line in a role
/// the policy denies it.
@Suite struct PolicyWordingTests {
  let policy = shipped.document.policy

  /// Every text a caller or staff member reads.
  var texts: [String] {
    let questions: [String] = policy.questions.flatMap { [$0.prompt, $0.label, $0.why, $0.findOut] + $0.answers.map(\.label) }
    let outcomes: [String] = policy.outcomes.flatMap { [$0.title] + $0.say.texts + $0.nextSteps }
    let definitions: [String] = policy.definitions.flatMap { [$0.term, $0.meaning] + $0.examples.flatMap { [$0.situation] + ($0.note.map { [$0] } ?? []) } }
    let changes: [String] = policy.changes.flatMap { [$0.reason, $0.sourceDocument] }
    return policy.clauses.map(\.summary) + questions + outcomes + definitions + changes
  }

  /// Words as `scripts/policy-shingles` reads them.
  func words(_ text: String) -> [String] {
    var joined = text.lowercased().replacingOccurrences(of: "\u{2019}", with: "").replacingOccurrences(of: "'", with: "")
      .split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) }).joined(separator: " ")
    for (name, token) in [
      ("royal marsden sarcoma unit", "rmsu"), ("london sarcoma service", "lss"),
      ("responding to a growing demand for second opinions", "title"),
    ] {
      joined = joined.replacingOccurrences(of: name, with: token)
    }
    return joined.split(separator: " ").map(String.init)
  }

  @Test func copiesNoSixWordRunOfThePolicyDocument() throws {
    let hashes = Set(String(decoding: try fixtureBytes("policy-shingles.txt"), as: UTF8.self).split(separator: "\n").map(String.init))
    #expect(hashes.count > 400)
    for text in texts + [policy.identity.title] {
      let run = words(text)
      guard run.count >= 6 else { continue }
      for start in 0...(run.count - 6) {
        let shingle = run[start..<start + 6].joined(separator: " ")
        #expect(!hashes.contains(sha256Hex(Array(shingle.utf8))), "copied from the policy: \(shingle)")
      }
    }
  }

  @Test func neverSaysTheSupportLineGivesOpinionsOrRefers() {
    let forbidden = [
      "support line will refer", "support line refers", "support line can refer", "support line will arrange",
      "support line gives second opinion", "support line can give a second opinion", "support line will give",
      "we will refer", "we can refer", "we refer", "i will refer", "i can refer",
    ]
    for text in texts {
      let lowered = text.lowercased()
      for phrase in forbidden {
        #expect(!lowered.contains(phrase), "\"\(text)\" says '\(phrase)'")
      }
    }
  }

  @Test func everyOutcomeCitesAClauseThatExists() {
    let clauses = Set(policy.clauses.map(\.id))
    for outcome in policy.outcomes {
      #expect(!outcome.clauses.isEmpty)
      #expect(outcome.clauses.allSatisfy(clauses.contains))
    }
  }

  @Test func everyQuestionHasOneUnsureAnswerAndSaysWhatToFindOut() {
    for question in policy.questions {
      #expect(question.answers.filter(\.isUnsure).count == 1, "\(question.id)")
      #expect(question.findOut.count > 20)
    }
  }
}
