import PolicyEngine

/// The compiled state machine as a Mermaid flowchart: a box per question state, a
/// rounded box per outcome, edges labelled with the answers that take them.
public func mermaidGraph(_ machine: StateMachine) -> String {
  var lines = ["flowchart TD"]
  for (id, state) in machine.states.enumerated() {
    switch state {
    case .asking(let question, _):
      lines.append("  s\(id)[\"\(mermaidText(machine.policy.questions[question].id))\"]")
    case .decided(let outcome):
      let outcome = machine.policy.outcomes[outcome]
      lines.append("  s\(id)([\"\(mermaidText(outcome.id))\"])")
    }
  }
  for id in machine.states.indices {
    for edge in machine.edges(from: id) {
      lines.append("  s\(id) -->|\"\(mermaidText(edgeLabel(machine, state: id, answers: edge.answers)))\"| s\(edge.next)")
    }
  }
  for (id, state) in machine.states.enumerated() {
    if case .decided = state { lines.append("  class s\(id) outcome") }
  }
  lines.append("  classDef outcome fill:#e8f4ea,stroke:#2d7a3e")
  return lines.joined(separator: "\n")
}

/// The compiled state machine in Graphviz's DOT language.
public func dotGraph(_ machine: StateMachine) -> String {
  var lines = ["digraph policy {", "  rankdir=TB;", "  node [fontname=\"Helvetica\"];"]
  for (id, state) in machine.states.enumerated() {
    switch state {
    case .asking(let question, _):
      lines.append("  s\(id) [shape=box, label=\(dotText(machine.policy.questions[question].id))];")
    case .decided(let outcome):
      lines.append("  s\(id) [shape=box, style=\"rounded,filled\", fillcolor=\"#e8f4ea\", label=\(dotText(machine.policy.outcomes[outcome].id))];")
    }
  }
  for id in machine.states.indices {
    for edge in machine.edges(from: id) {
      lines.append("  s\(id) -> s\(edge.next) [label=\(dotText(edgeLabel(machine, state: id, answers: edge.answers)))];")
    }
  }
  lines.append("}")
  return lines.joined(separator: "\n")
}

private func edgeLabel(_ machine: StateMachine, state: Int, answers: [Int]) -> String {
  guard case .asking(let question, let next) = machine.states[state] else { return "" }
  if answers.count == next.count { return "any" }
  let ids = machine.policy.questions[question].answers.map(\.id)
  return answers.map { ids[$0] }.joined(separator: ", ")
}

private func mermaidText(_ text: String) -> String {
  text.replacingAll("\"", with: "#quot;")
}

private func dotText(_ text: String) -> String {
  "\"" + text.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
}

extension String {
  /// The string with every occurrence of `target` replaced.
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var result = ""
    var rest = self[...]
    while let range = rest.range(of: target) {
      result += rest[..<range.lowerBound] + replacement
      rest = rest[range.upperBound...]
    }
    return result + rest
  }
}
