import Testing

@testable import PolicyEngine

/// The shipped policy after an edit.
func editedPolicy(_ edit: (inout Policy) -> Void) -> Policy {
  var policy = shipped.document.policy
  edit(&policy)
  return policy
}

/// The edit: UCLH and RNOH patients wanting the Royal Marsden with sarcoma type
/// "not sure" go to the bone sarcoma outcome, and the wanted-at question is reworded.
let uclhNotSureGoesToBoneSarcoma = editedPolicy { policy in
  let rule = policy.rules.firstIndex { $0.outcome == "bone-sarcoma-lss-to-marsden" }!
  policy.rules[rule].conditions[2].answers.append("unsure")
  policy.questions[2].prompt = "Which centre would they like the second opinion from?"
  policy.identity.version = "1.2.0"
}

@Suite struct PolicyDiffTests {
  @Test func reportsExactlyTheSituationAndThePromptAnEditChanges() {
    let diff = PolicyDiff(old: shipped.document.policy, new: uclhNotSureGoesToBoneSarcoma)
    #expect(diff.decisions.count == 1)
    let situation = diff.decisions[0]
    #expect(situation.conditions == [
      Condition(question: "treating-centre", answers: ["uclh", "rnoh"]), Condition(question: "wanted-at", answers: ["royal-marsden"]),
      Condition(question: "sarcoma", answers: ["unsure"]),
    ])
    // 6 askers x 2 centres x 3 answers to standard management x 3^4 to the routes.
    #expect(situation.combinations == 2916)
    #expect(situation.changes.allSatisfy { $0.new == "bone-sarcoma-lss-to-marsden" })
    #expect(situation.changes.reduce(0) { $0 + $1.combinations } == 2916)
    #expect(diff.questions == [
      PolicyDiff.Change(kind: .changed, id: "wanted-at", fields: [
        PolicyDiff.FieldChange(
          field: "ask", old: "Where would they like the second opinion?", new: "Which centre would they like the second opinion from?",
          isShownOnCalls: true)
      ])
    ])
    #expect(diff.answers.isEmpty && diff.outcomes.isEmpty && diff.clauses.isEmpty && diff.questionOrder == nil)
    #expect(diff.changesCalls)
  }

  @Test func writesTheComparisonForAMaintainer() {
    let diff = PolicyDiff(old: shipped.document.policy, new: uclhNotSureGoesToBoneSarcoma)
    #expect(diff.lines(oldName: "policy.yaml", newName: "edited.yaml") == [
      "policy.yaml (london-sarcoma-second-opinions \(shipped.document.policy.identity.version)) -> edited.yaml (london-sarcoma-second-opinions 1.2.0)",
      "",
      "Decisions: 2916 answer combinations end differently, in 1 situation:",
      "  treating-centre: uclh | rnoh, wanted-at: royal-marsden, sarcoma: unsure (2916 combinations)",
      "    exception-treatment -> bone-sarcoma-lss-to-marsden: 972",
      "    exception-mdt-review -> bone-sarcoma-lss-to-marsden: 648",
      "    exception-expertise -> bone-sarcoma-lss-to-marsden: 432",
      "    exception-named-clinician -> bone-sarcoma-lss-to-marsden: 288",
      "    check-standard-management -> bone-sarcoma-lss-to-marsden: 192",
      "    not-under-standard-management -> bone-sarcoma-lss-to-marsden: 192",
      "    check-exceptions -> bone-sarcoma-lss-to-marsden: 180",
      "    not-routine -> bone-sarcoma-lss-to-marsden: 12",
      "",
      "Questions:",
      "  wanted-at: ask: [-Where-]{+Which centre+} would they like the second [-opinion?-]{+opinion from?+}",
      "",
      "Calls change: what staff ask or tell callers is different.",
    ])
  }

  @Test func findsNothingWhenRulesAreReorderedOrSplitWithoutChangingADecision() {
    let reordered = editedPolicy { policy in
      // Rules 9 and 10 (bone, and not sure, for patients from elsewhere wanting the Marsden) never overlap.
      policy.rules.swapAt(8, 9)
      // The UCLH-or-RNOH rule written as two.
      let within = policy.rules.firstIndex { $0.outcome == "within-london-sarcoma-service" }!
      policy.rules[within].conditions[0].answers = ["uclh"]
      policy.rules.insert(
        Rule(conditions: [Condition(question: "treating-centre", answers: ["rnoh"]), Condition(question: "wanted-at", answers: ["london-sarcoma-service"])], outcome: "within-london-sarcoma-service"),
        at: within + 1)
    }
    #expect(PolicyCheck(reordered).defects.isEmpty)
    let diff = PolicyDiff(old: shipped.document.policy, new: reordered)
    #expect(diff.isEmpty)
    #expect(!diff.changesCalls)
    #expect(diff.lines(oldName: "a", newName: "b").suffix(3) == [
      "Decisions: every combination of answers ends as before.", "", "Calls do not change: nothing staff ask or tell callers is different.",
    ])
  }

  @Test func reportsAnAddedAnswerAsNewSituationsAndARemovedOneAsGone() {
    let abroad = editedPolicy { policy in
      policy.questions[1].answers.insert(Answer(id: "abroad", label: "A centre outside the UK"), at: 4)
      policy.rules.insert(Rule(conditions: [Condition(question: "treating-centre", answers: ["abroad"])], outcome: "outside-london"), at: 0)
    }
    #expect(PolicyCheck(abroad).defects.isEmpty)
    let added = PolicyDiff(old: shipped.document.policy, new: abroad)
    // 6 askers x 4 places wanted x 4 sarcoma types x 3 x 3^4 for the rest.
    #expect(added.decisions.map(\.text) == ["treating-centre: abroad"])
    #expect(added.decisions[0].changes == [PolicyDiff.DecisionChange(old: nil, new: "outside-london", combinations: 23328)])
    #expect(added.answers == [PolicyDiff.Change(kind: .added, id: "treating-centre: abroad", fields: [])])
    #expect(added.changesCalls)
    #expect(added.lines(oldName: "a", newName: "b")[2...4] == [
      "Decisions: 23328 answer combinations are new (answers the old policy does not have), in 1 situation:",
      "  treating-centre: abroad (23328 combinations)",
      "    now outside-london: 23328",
    ])

    let removed = PolicyDiff(old: abroad, new: shipped.document.policy)
    #expect(removed.decisions.map(\.text) == ["treating-centre: abroad"])
    #expect(removed.decisions[0].changes == [PolicyDiff.DecisionChange(old: "outside-london", new: nil, combinations: 23328)])
    #expect(removed.answers == [PolicyDiff.Change(kind: .removed, id: "treating-centre: abroad", fields: [])])
  }

  @Test func reportsAnAddedQuestionWithTheSituationsItChangesAndARemovedOneTheOtherWayRound() {
    let trial = editedPolicy { policy in
      policy.questions.insert(
        Question(
          id: "in-a-trial", prompt: "Is the patient in a clinical trial?", why: "A trial team decides.", clauses: ["treatment-referral"],
          findOut: "Ask the treating team.",
          answers: [Answer(id: "yes", label: "Yes"), Answer(id: "no", label: "No"), Answer(id: "unsure", label: "Not sure", isUnsure: true)]),
        at: 2)
      let route = policy.rules.firstIndex { $0.outcome == "exception-treatment" }!
      policy.rules.insert(Rule(conditions: [Condition(question: "in-a-trial", answers: ["yes"])], outcome: "check-exceptions"), at: route)
    }
    #expect(PolicyCheck(trial).defects.isEmpty)
    let added = PolicyDiff(old: shipped.document.policy, new: trial)
    #expect(added.questions == [PolicyDiff.Change(kind: .added, id: "in-a-trial", fields: [])])
    // 6 askers x 2 centres x 3 sarcoma types x 3 x 3^4 = 8748, of which the 6 x 2 x 3 x 15
    // already told to check the exceptions (standard management, no route known to be
    // open, not every route known to be closed) are told the same: the situation gathers them in.
    #expect(added.lines(oldName: "a", newName: "b").filter { $0.hasPrefix("  t") || $0.hasPrefix("Decisions") } == [
      "Decisions: 12312 answer combinations end differently, in 2 situations:",
      "  treating-centre: uclh | rnoh, in-a-trial: yes, wanted-at: royal-marsden, sarcoma: not bone (8208 of 8748 combinations)",
      "  treating-centre: royal-marsden, in-a-trial: yes, wanted-at: london-sarcoma-service, sarcoma: not bone (4104 of 4374 combinations)",
    ])
    #expect(added.decisions.allSatisfy { $0.changes.allSatisfy { $0.new == "check-exceptions" && $0.old != "check-exceptions" } })
    let removed = PolicyDiff(old: trial, new: shipped.document.policy)
    #expect(removed.questions == [PolicyDiff.Change(kind: .removed, id: "in-a-trial", fields: [])])
    #expect(removed.decisions.map(\.combinations) == added.decisions.map(\.combinations))
    #expect(removed.decisions.allSatisfy { $0.changes.allSatisfy { $0.old == "check-exceptions" } })
  }

  @Test func reportsAnAddedOutcomeAndARemovedOne() {
    let review = editedPolicy { policy in
      policy.outcomes.append(Outcome(id: "review-requested", title: "Review requested", say: "A review is under way.", nextSteps: [], clauses: ["mdt-review-referral"], family: "route-open"))
      let rule = policy.rules.firstIndex { $0.outcome == "exception-mdt-review" }!
      policy.rules[rule].outcome = "review-requested"
      policy.outcomes.removeAll { $0.id == "exception-mdt-review" }
    }
    #expect(PolicyCheck(review).defects.isEmpty)
    let diff = PolicyDiff(old: shipped.document.policy, new: review)
    #expect(diff.outcomes == [
      PolicyDiff.Change(kind: .added, id: "review-requested", fields: []), PolicyDiff.Change(kind: .removed, id: "exception-mdt-review", fields: []),
    ])
    #expect(Set(diff.decisions.flatMap(\.changes).map { "\($0.old!) -> \($0.new!)" }) == ["exception-mdt-review -> review-requested"])
  }

  @Test func marksTheWordsThatChangedInAnOutcome() {
    let reworded = editedPolicy { policy in
      let outcome = policy.outcomes.firstIndex { $0.id == "exception-named-clinician" }!
      policy.outcomes[outcome].say = policy.outcomes[outcome].say.map { $0.replacingOccurrences(of: "Your clinician will hear back", with: "Your clinician will be told") }
      policy.outcomes[outcome].nextSteps.append("Keep a note of who the named clinician is.")
    }
    let diff = PolicyDiff(old: shipped.document.policy, new: reworded)
    #expect(diff.decisions.isEmpty)
    #expect(diff.lines(oldName: "a", newName: "b").filter { $0.hasPrefix("  exception-named-clinician") } == [
      "  exception-named-clinician: say patient: ... available. Your clinician will [-hear back,-]{+be told,+} so stay in touch ...",
      "  exception-named-clinician: next-steps 2: added: Keep a note of who the named clinician is.",
    ])
    #expect(diff.changesCalls)
  }

  @Test func countsAnAliasOrASourceAsAChangeNotShownOnCalls() {
    let aliased = editedPolicy { policy in
      policy.questions[1].answers[0].aliases.append("the marsden")
      policy.clauses[0].source = "Background, first paragraph"
    }
    let diff = PolicyDiff(old: shipped.document.policy, new: aliased)
    #expect(!diff.isEmpty && !diff.changesCalls)
    #expect(diff.answers.map(\.id) == ["treating-centre: royal-marsden"])
    #expect(diff.clauses.first?.fields.map(\.isShownOnCalls) == [false])
  }

  @Test func reportsAPlausibilityOrFamilyEditAsNotChangingCalls() {
    let edited = editedPolicy { policy in
      let fit = policy.plausibility[0].fits.firstIndex { $0.answer == "royal-marsden" }!
      policy.plausibility[0].fits[fit].fitting.append("bone")
      policy.families[0].title = "Seen elsewhere, as usual"
    }
    let diff = PolicyDiff(old: shipped.document.policy, new: edited)
    #expect(!diff.isEmpty && !diff.changesCalls)
    let lines = diff.lines(oldName: "a", newName: "b")
    #expect(lines.contains("Plausibility (training stories only):"))
    #expect(lines.contains("  sarcoma-by-treating-centre: fits royal-marsden: soft-tissue, [-gist-]{+gist, bone+}"))
    #expect(lines.contains("Outcome families (demand report):"))
    #expect(lines.last == "Calls do not change: nothing staff ask or tell callers is different.")
  }

  @Test func reportsTheWordsOfAQuestionGroupAsChangingCalls() {
    let edited = editedPolicy { policy in
      policy.groups[0].label = "The caller knows none of these"
    }
    let diff = PolicyDiff(old: shipped.document.policy, new: edited)
    #expect(diff.groups.map(\.id) == ["only-the-clinician-knows"])
    #expect(diff.lines(oldName: "a", newName: "b").contains("  only-the-clinician-knows: label: [-None-]{+The caller knows none+} of these [-is known-]"))
    #expect(diff.changesCalls)
  }

  @Test func reportsQuestionsAskedInAnotherOrder() {
    let swapped = editedPolicy { policy in policy.questions.swapAt(5, 6) }
    let diff = PolicyDiff(old: shipped.document.policy, new: swapped)
    #expect(diff.decisions.isEmpty)
    #expect(diff.questionOrder?.new[5] == "mdt-review")
    #expect(diff.changesCalls)
  }
}

@Suite struct PolicyDiffAgainstEveryCombinationTests {
  @Test func countsTheCombinationsThatEndDifferentlyAsTryingEachWouldAndOnlyThose() {
    var generator = SeededRandom(seed: 21)
    var sawChanges = false
    for _ in 0..<150 {
      // Two policies that decide every combination, over the same questions and outcomes.
      let old = randomPolicy(&generator, questions: 4, rules: 6)
      var new = old
      if Bool.random(using: &generator) {
        new.rules = old.rules.dropLast().shuffled(using: &generator) + [old.rules.last!]
      } else {
        new.rules = randomPolicy(&generator, questions: 4, rules: 6, sound: false).rules.filter { rule in
          old.outcome(rule.outcome) != nil
            && rule.conditions.allSatisfy { condition in
              old.question(condition.question).map { question in condition.answers.allSatisfy { question.answer($0) != nil } } ?? false
            }
        } + [Rule(conditions: [], outcome: old.outcomes[0].id)]
      }
      let before = BruteForce(old)
      let after = BruteForce(new)
      func name(_ reference: BruteForce, _ combination: [Int]) -> String? {
        let outcome = reference.outcome(combination)
        return outcome == RuleTable.undecided ? nil : reference.policy.outcomes[outcome].id
      }
      let differing = before.combinations.filter { name(before, $0) != name(after, $0) }
      let diff = PolicyDiff(old: old, new: new)
      #expect(diff.changedCombinations == Double(differing.count))
      // Every situation holds only combinations of its conditions, and its changes add up.
      for situation in diff.decisions {
        #expect(situation.changed <= situation.combinations)
        let inside = before.combinations.filter { combination in
          situation.conditions.allSatisfy { condition in
            let question = old.questions.firstIndex { $0.id == condition.question }!
            return condition.answers.contains(old.questions[question].answers[combination[question]].id)
          }
        }
        #expect(Double(inside.count) == situation.combinations)
        #expect(Double(inside.filter(differing.contains).count) == situation.changed)
      }
      if !differing.isEmpty { sawChanges = true }
    }
    #expect(sawChanges)
  }
}

@Suite struct PolicyDiffSituationTests {
  @Test func showsARuleThatNowDecidesAnotherOutcomeAsTheOneSituationItCovers() {
    let sendsOnward = editedPolicy { policy in
      let rule = policy.rules.firstIndex { $0.outcome == "check-sarcoma-type" }!
      policy.rules[rule].outcome = "seen-from-elsewhere"
      policy.outcomes.removeAll { $0.id == "check-sarcoma-type" }
    }
    let diff = PolicyDiff(old: shipped.document.policy, new: sendsOnward)
    // 6 askers x 3 x 3^4 for the questions never asked.
    #expect(diff.decisions.map(\.text) == ["treating-centre: elsewhere-uk, wanted-at: royal-marsden, sarcoma: unsure"])
    #expect(diff.decisions[0].changes == [PolicyDiff.DecisionChange(old: "check-sarcoma-type", new: "seen-from-elsewhere", combinations: 1458)])
    #expect(diff.isComplete)
  }

  @Test func stopsAndSaysSoWhenThePoliciesDifferInTooManyPlaces() {
    // Every combination of six questions decided by its own rule, then each outcome moved on by one.
    var generator = SeededRandom(seed: 41)
    let base = randomPolicy(&generator, questions: 2, rules: 1)
    var many = base
    many.questions = (0..<7).map { index in
      Question(
        id: "q\(index)", prompt: "Question \(index)?", why: "Why.", clauses: ["c0"], findOut: "Ask.",
        answers: (0..<3).map { Answer(id: "a\($0)", label: "Answer \($0)") } + [Answer(id: "unsure", label: "Not sure", isUnsure: true)])
    }
    many.outcomes = (0..<4).map { Outcome(id: "o\($0)", title: "Outcome \($0)", say: "Say.", nextSteps: [], clauses: ["c0"]) }
    var rules: [Rule] = []
    var combination = [Int](repeating: 0, count: 7)
    for count in 0..<(1 << 14) {
      for index in 0..<7 { combination[index] = (count >> (2 * index)) & 3 }
      let conditions = combination.enumerated().map { Condition(question: "q\($0.offset)", answers: [$0.element == 3 ? "unsure" : "a\($0.element)"]) }
      rules.append(Rule(conditions: conditions, outcome: "o\(combination.reduce(0, +) % 4)"))
    }
    many.rules = rules
    var shifted = many
    shifted.rules = rules.map { rule in Rule(conditions: rule.conditions, outcome: "o\((Int(rule.outcome.dropFirst())! + 1) % 4)") }
    let diff = PolicyDiff(old: many, new: shifted)
    #expect(!diff.isComplete)
    #expect(diff.lines(oldName: "a", newName: "b").contains(
      "The policies decide differently in too many places to list all: the comparison stopped early, with the situations above found first."))
    #expect(diff.lines(oldName: "a", newName: "b")[2].hasPrefix("Decisions: at least "))
  }
}
