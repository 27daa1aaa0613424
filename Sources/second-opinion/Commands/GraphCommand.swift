import ArgumentParser
import Guidance
import PolicyEngine

/// `second-opinion graph`: draws the compiled state machine.
struct GraphCommand: ParsableCommand {
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case mermaid, dot
  }

  static let configuration = CommandConfiguration(
    commandName: "graph",
    abstract: "Draw the compiled state machine, as Mermaid or Graphviz DOT.")

  @Option(help: "The drawing language.")
  var format: Format = .mermaid

  @OptionGroup var policyOption: PolicyOption

  func run() throws {
    let (_, machine) = try policyOption.load()
    guard let layout = machine.layout(limit: .max) else { return }
    switch format {
    case .mermaid: Output.standardOutput.write(mermaidGraph(layout, policy: machine.policy) + "\n")
    case .dot: Output.standardOutput.write(dotGraph(layout, policy: machine.policy) + "\n")
    }
  }
}
