import ArgumentParser
import Guidance
import PolicyEngine

/// The `--policy FILE` option shared by the commands that run the policy.
struct PolicyOption: ParsableArguments {
  @Option(
    name: .long, help: ArgumentHelp("A policy file to use instead of the one built in.", valueName: "file"),
    completion: .file(extensions: ["yaml", "yml"]))
  var policy: String?

  /// The policy document and its state machine; prints what is wrong and exits when
  /// the policy cannot be read (status 2) or has defects (status 1).
  func load() throws -> (document: PolicyDocument, machine: StateMachine) {
    let document = try loadDocument(policy)
    let check = PolicyCheck(document.policy)
    guard !check.hasErrors else {
      report(document.diagnostics(for: check.defects))
      Output.standardError.write("\(document.file): the policy has defects; run `second-opinion check \(policy ?? "")` for details\n")
      throw ExitCode(ExitStatus.failure)
    }
    do {
      return (document, try StateMachine(check))
    } catch {
      Output.standardError.write("\(document.file): \(error.reason ?? "the policy cannot be run")\n")
      throw ExitCode(ExitStatus.failure)
    }
  }
}

/// Reads and parses a policy file, or the built-in policy when `path` is nil; prints the
/// diagnostics and exits with status 2 (unreadable) or 1 (not a valid policy) on failure.
func loadDocument(_ path: String?) throws -> PolicyDocument {
  do {
    if let path {
      let bytes = try Platform.readFile(path, limit: PolicyDocument.maximumSize)
      return try PolicyDocument(parsing: bytes, file: path)
    }
    return try PolicyDocument.embedded()
  } catch let error as FileError {
    Output.standardError.write(diagnosticLine(Diagnostic(.error, error.description), style: Output.standardError.textStyle) + "\n")
    throw ExitCode(ExitStatus.usage)
  } catch let error as PolicyLoadError {
    report(error.diagnostics)
    if case .unreadable = error { throw ExitCode(ExitStatus.usage) }
    Output.standardError.write("\(path ?? PolicyDocument.embeddedName): \(diagnosticTally(error.diagnostics))\n")
    throw ExitCode(ExitStatus.failure)
  }
}

/// Prints diagnostics to standard error, in file order.
func report(_ diagnostics: [Diagnostic]) {
  let style = Output.standardError.textStyle
  Output.standardError.write(lines: diagnostics.map { diagnosticLine($0, style: style) })
}

/// The transcript files under the given paths: each file named, and every `.txt` file in
/// each folder named, sorted; prints the problem and exits with status 2 when a path
/// cannot be read.
func transcriptFiles(in paths: [String]) throws -> [String] {
  do {
    var files: [String] = []
    for path in paths { files += try Platform.files(at: path, withExtension: "txt") }
    return files
  } catch {
    report([Diagnostic(.error, error.description)])
    throw ExitCode(ExitStatus.usage)
  }
}
