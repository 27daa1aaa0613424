import PolicyEngine

/// The state machine, laid out, as a Mermaid flowchart: a box per question state, a
/// rounded box per outcome, edges labelled with the answers that take them.
public func mermaidGraph(_ layout: MachineLayout, policy: Policy) -> String {
  var lines = ["flowchart TD"]
  for (id, state) in layout.states.enumerated() {
    switch state {
    case .asking(let question):
      lines.append("  s\(id)[\"\(mermaidText(policy.questions[question].id))\"]")
    case .decided(let outcome):
      let outcome = policy.outcomes[outcome]
      lines.append("  s\(id)([\"\(mermaidText(outcome.id))\"])")
    }
  }
  for id in layout.states.indices {
    for edge in layout.edges(from: id) {
      lines.append("  s\(id) -->|\"\(mermaidText(edgeLabel(layout, policy: policy, state: id, answers: edge.answers)))\"| s\(edge.next)")
    }
  }
  for (id, state) in layout.states.enumerated() {
    if case .decided = state { lines.append("  class s\(id) outcome") }
  }
  lines.append("  classDef outcome fill:#e8f4ea,stroke:#2d7a3e")
  return lines.joined(separator: "\n")
}

/// The state machine, laid out, in Graphviz's DOT language.
public func dotGraph(_ layout: MachineLayout, policy: Policy) -> String {
  var lines = ["digraph policy {", "  rankdir=TB;", "  node [fontname=\"Helvetica\"];"]
  for (id, state) in layout.states.enumerated() {
    switch state {
    case .asking(let question):
      lines.append("  s\(id) [shape=box, label=\(dotText(policy.questions[question].id))];")
    case .decided(let outcome):
      lines.append("  s\(id) [shape=box, style=\"rounded,filled\", fillcolor=\"#e8f4ea\", label=\(dotText(policy.outcomes[outcome].id))];")
    }
  }
  for id in layout.states.indices {
    for edge in layout.edges(from: id) {
      lines.append("  s\(id) -> s\(edge.next) [label=\(dotText(edgeLabel(layout, policy: policy, state: id, answers: edge.answers)))];")
    }
  }
  lines.append("}")
  return lines.joined(separator: "\n")
}

private func edgeLabel(_ layout: MachineLayout, policy: Policy, state: Int, answers: [Int]) -> String {
  guard case .asking(let question) = layout.states[state] else { return "" }
  if answers.count == layout.next[state].count { return "any" }
  let ids = policy.questions[question].answers.map(\.id)
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
