import ArgumentParser
import Guidance
import LineEditing
import PolicyEngine
import Training
import Transcripts

/// `second-opinion walkthrough TRANSCRIPT`: a recorded call explained step by step, for training.
struct WalkthroughCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "walkthrough",
    abstract: "Step through a recorded call, explaining each question, answer and outcome.",
    discussion: """
      Shows one exchange at a time: why each question was asked, with its clauses; which \
      outcomes each answer ruled out, or back and restart ruled back in; the notes; and the \
      clause that decided the outcome. Questions, answers and outcomes are named by their \
      words, as staff see them; --show-ids adds their ids. Press Enter for the next step; q \
      or Ctrl-D stops. \
      With piped input, each line moves on one step, and at the end of the input the rest \
      is shown without waiting. Exit status: 0 shown, 2 the transcript cannot be read.
      """)

  @Argument(help: ArgumentHelp("A transcript file.", valueName: "transcript"), completion: .file(extensions: ["txt"]))
  var transcript: String

  @OptionGroup var policyOption: PolicyOption

  @Flag(name: .customLong("show-ids"), help: "Show the ids of questions, answers and outcomes beside their words (for policy maintainers).")
  var showIDs = false

  func run() throws {
    let policy = try policyOption.load()
    guard let recorded = Frontend.readTranscript(transcript) else { throw ExitCode(.usage) }
    var presentation = Output.standardOutput.presentation
    presentation.showsIDs = showIDs
    let walkthrough = Walkthrough(
      transcript: recorded, name: transcript, machine: policy.machine, presentation: presentation, policyHash: policy.document.contentHash)
    show(walkthrough.pages[0])
    let reader = makeLineReader()
    var waiting = true
    for page in walkthrough.pages.dropFirst() {
      if waiting {
        switch try waitForNextStep(reader) {
        case .next: break
        case .stop: return
        case .rest: waiting = false
        }
      }
      Output.standardOutput.write("\n")
      show(page)
    }
  }

  /// What the reader asks for after a page.
  private enum Request {
    case next, stop, rest
  }

  /// Waits for Enter (the next step), q (stop), or the end of input: Ctrl-D at a terminal
  /// stops, the end of piped input shows the rest.
  private func waitForNextStep(_ reader: any LineReader) throws -> Request {
    // A prompt only where someone reads it; piped output stays clean pages.
    let prompt = Output.standardOutput.isTerminal ? "Enter for the next step, q to stop> " : ""
    while true {
      switch reader.readLine(prompt: prompt) {
      case .line(let text):
        return ["q", "quit", ":q", ":quit"].contains(text.trimmingWhitespace.lowercased()) ? .stop : .next
      case .truncatedLine: return .next
      // A paste is never taken as a key: it may be anything from the clipboard.
      case .interrupted, .pasted: continue
      case .endOfInput: return Terminal.isInteractive ? .stop : .rest
      case .terminated(let termination): throw ExitCode(termination.conventionalExitStatus)
      }
    }
  }

  private func show(_ lines: [String]) {
    Output.standardOutput.write(lines: lines)
  }
}
