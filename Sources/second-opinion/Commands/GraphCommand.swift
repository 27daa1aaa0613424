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
    let machine = try policyOption.load().machine
    switch format {
    case .mermaid: Output.standardOutput.write(mermaidGraph(machine) + "\n")
    case .dot: Output.standardOutput.write(dotGraph(machine) + "\n")
    }
  }
}
