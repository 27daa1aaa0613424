import PolicyEngine
let document = try PolicyDocument.embedded()
let check = PolicyCheck(document.policy)
for defect in check.defects { for d in document.diagnostics(for: defect) { print(d) } }
let machine = try StateMachine(check)
print(machine.states.count, machine.pathCount)
for p in machine.paths() { print(p.steps.map { "\($0.question)=\($0.answers.joined(separator: "|"))" }.joined(separator: " "), "->", p.outcome) }
