import ArgumentParser
import Guidance
import PolicyEngine

/// `second-opinion decide --answer QUESTION=ANSWER ...`: the outcome without a session.
struct DecideCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "decide",
    abstract: "Decide a caller's situation at once, without the guided session.",
    discussion: """
      Prints the outcome (id, title, what to say, next steps, clauses, the questions asked in \
      order) or, when answers are missing, the next question the engine needs with its answer ids. \
      Answers to questions the path never asks are accepted and listed as unused. ANSWER may be an \
      answer id or one of its aliases.
      """)

  @Option(
    name: .customLong("answer"),
    help: ArgumentHelp("An answer, as question=answer (repeatable).", valueName: "question=answer"))
  var answers: [String] = []

  @Flag(help: "Print JSON (its shape is documented in the README).")
  var json = false

  @OptionGroup var policyOption: PolicyOption

  func run() throws {
    let machine = try policyOption.load().machine
    let situation: [String: String]
    switch parseSituation(answers, policy: machine.policy) {
    case .success(let parsed): situation = parsed
    case .failure(let problem):
      Frontend.reportError(problem.message)
      throw ExitCode(.usage)
    }
    let result = machine.decide(situation)
    if json {
      Output.standardOutput.write(situationJSON(result, policy: machine.policy).text + "\n")
    } else {
      let presentation = Output.standardOutput.presentation
      Output.standardOutput.write(lines: situationLines(result, width: presentation.width, style: presentation.style))
    }
  }
}
