import Testing

@testable import PolicyEngine

/// Every (state, answer) pair of a machine, found by following every answer from the start.
func everyAnswerAtEveryState(_ machine: StateMachine) -> Set<[Int]> {
  var pairs = Set<[Int]>()
  var seen: Set<Int> = []
  var stack = [StateMachine.start]
  while let state = stack.popLast() {
    guard seen.insert(state).inserted, case .asking(let question) = machine[state] else { continue }
    for answer in machine.policy.questions[question].answers.indices {
      pairs.insert([state, answer])
      stack.append(machine.next(from: state, answer: answer))
    }
  }
  return pairs
}

/// The (state, answer) pairs a call takes, and the state it ends in.
func walk(_ call: CoveringCalls.Call, through machine: StateMachine) -> (pairs: [[Int]], end: Int) {
  var state = StateMachine.start
  var pairs: [[Int]] = []
  for given in call.answers {
    guard case .asking(let question) = machine[state], machine.policy.questions[question].id == given.question else {
      Issue.record("\(call) does not follow the machine")
      break
    }
    let answer = machine.policy.questions[question].answers.firstIndex { $0.id == given.answer }!
    pairs.append([state, answer])
    state = machine.next(from: state, answer: answer)
  }
  return (pairs, state)
}

@Suite struct CoveringCallsTests {
  @Test func givesEveryAnswerAtEveryStateAndEveryKindOfCallerToEachOutcome() throws {
    let machine = shipped.machine
    let covering = try #require(CoveringCalls(machine, limit: 1000))
    var taken = Set<[Int]>()
    var callers = Set<[String]>()
    for call in covering.calls {
      let (pairs, end) = walk(call, through: machine)
      taken.formUnion(pairs)
      guard case .decided(let outcome) = machine[end] else {
        Issue.record("\(call) ends at no outcome")
        continue
      }
      #expect(machine.policy.outcomes[outcome].id == call.outcome)
      let kind = try #require(machine.policy.callers?.kind(answering: call.answers[0].answer))
      callers.insert([call.outcome, kind.id])
    }
    #expect(taken == everyAnswerAtEveryState(machine))
    let byCaller = machine.policy.outcomes.filter { !$0.say.byCaller.isEmpty }.map(\.id)
    #expect(byCaller.count == 20)
    let kinds = try #require(machine.policy.callers).kinds.map(\.id)
    #expect(kinds.count == 4)
    for outcome in byCaller {
      for kind in kinds { #expect(callers.contains([outcome, kind]), "\(outcome) \(kind)") }
    }
  }

  @Test func isAsSmallAsTheFlowThatNeedsNoFewer() throws {
    let covering = try #require(CoveringCalls(shipped.machine, limit: 1000))
    // 20 outcomes with words for each of 4 kinds of caller; those 80 calls also give every
    // answer at every state.
    #expect(covering.callerKinds == 80)
    #expect(covering.calls.count == covering.callsForEveryAnswer)
    #expect(covering.calls.count == 80)
    #expect(Set(covering.calls).count == covering.calls.count)
  }

  @Test func coversEveryAnswerOfRandomPolicies() throws {
    var generator = SeededRandom(seed: 31)
    for _ in 0..<60 {
      let machine = try StateMachine(checking: randomPolicy(&generator, questions: Int.random(in: 2...5, using: &generator), rules: 7))
      let covering = try #require(CoveringCalls(machine, limit: 10_000))
      let taken = covering.calls.reduce(into: Set<[Int]>()) { $0.formUnion(walk($1, through: machine).pairs) }
      #expect(taken == everyAnswerAtEveryState(machine))
      #expect(covering.calls.count == covering.callsForEveryAnswer)
      // No call could be left out: each takes some answer at some state no other call takes.
      for (index, call) in covering.calls.enumerated() {
        let others = covering.calls.enumerated().filter { $0.offset != index }.reduce(into: Set<[Int]>()) { $0.formUnion(walk($1.element, through: machine).pairs) }
        #expect(!Set(walk(call, through: machine).pairs).isSubset(of: others))
      }
    }
  }

  @Test func refusesAMachineLargerThanTheLimit() {
    #expect(CoveringCalls(shipped.machine, limit: 10) == nil)
  }
}
