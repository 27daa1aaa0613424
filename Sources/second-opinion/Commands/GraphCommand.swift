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
    abstract: "Draw the compiled state machine, as Mermaid or Graphviz DOT.",
    discussion: """
      A machine of more than --limit states (500 unless given) is refused, with its size: \
      a drawing that large cannot be read.
      """)

  @Option(help: "The drawing language.")
  var format: Format = .mermaid

  @Option(help: ArgumentHelp("Draw machines of at most N states.", valueName: "n"))
  var limit = 500

  @OptionGroup var policyOption: PolicyOption

  func validate() throws {
    if limit < 1 { throw ValidationError("--limit must be at least 1") }
  }

  func run() throws {
    let compiled = try policyOption.load()
    let (document, machine) = (compiled.document, compiled.machine)
    guard let layout = machine.layout(limit: limit) else {
      let size = machine.size(exploringAtMost: max(limit, StateMachine.countingLimit))
      let states = size.isComplete ? "\(size.states)" : "more than \(size.states)"
      Output.standardError.write(
        "\(document.file): the state machine has \(states) states, too many to draw (at most \(limit)); "
          + "`second-opinion graph --limit N` draws machines of up to N states\n")
      throw ExitCode(.failure)
    }
    switch format {
    case .mermaid: Output.standardOutput.write(mermaidGraph(layout, policy: machine.policy) + "\n")
    case .dot: Output.standardOutput.write(dotGraph(layout, policy: machine.policy) + "\n")
    }
  }
}
