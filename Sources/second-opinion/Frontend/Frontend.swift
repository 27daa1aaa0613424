import ArgumentParser
import Guidance
import PolicyEngine
import Transcripts

/// Where the commands meet files and the terminal: reading policy and transcript files,
/// reporting diagnostics in one form (`file:line:column: error: message`), and the exit
/// statuses that follow.
///
/// A problem is reported here and then thrown as an `ExitCode`, so a command reads as
/// the steps it takes: `let policy = try Frontend.loadPolicy(path)`.
enum Frontend {
  // MARK: Policies

  /// The policy file at `path`, or the built-in policy when `path` is nil, checked and
  /// compiled. Reports what is wrong and exits with status 2 when the file cannot be
  /// read, 1 when it is not a sound policy.
  static func loadPolicy(_ path: String?) throws -> CompiledPolicy {
    let result = try path.map { CompiledPolicy.compile(try readFile($0, limit: PolicyDocument.maximumSize), file: $0) } ?? CompiledPolicy.embedded()
    switch result {
    case .success(let compiled):
      return compiled
    case .failure(let failure):
      report(failure.diagnostics)
      let name = path ?? PolicyDocument.embeddedName
      switch failure.stage {
      case .unreadable:
        throw ExitCode(.usage)
      case .invalid:
        Output.standardError.write("\(name): \(diagnosticTally(failure.diagnostics))\n")
      case .defective:
        Output.standardError.write("\(name): the policy has defects; run `second-opinion check \(path ?? "")` for details\n")
      }
      throw ExitCode(.failure)
    }
  }

  /// The policy file at `path`, or the built-in one, read but not yet checked. Reports
  /// what is wrong and exits with status 2 when the file cannot be read, 1 when it is
  /// not a well-formed policy.
  static func loadDocument(_ path: String?) throws -> PolicyDocument {
    let bytes = try path.map { try readFile($0, limit: PolicyDocument.maximumSize) } ?? PolicyDocument.embeddedBytes
    do {
      return try PolicyDocument(parsing: bytes, file: path ?? PolicyDocument.embeddedName)
    } catch {
      report(error.diagnostics)
      if case .unreadable = error { throw ExitCode(.usage) }
      Output.standardError.write("\(path ?? PolicyDocument.embeddedName): \(diagnosticTally(error.diagnostics))\n")
      throw ExitCode(.failure)
    }
  }

  // MARK: Transcripts

  /// The transcript files under the given paths: each file named, and every `.txt` file
  /// in each folder named, sorted. Reports the problem and exits with status 2 when a
  /// path cannot be read.
  static func transcriptFiles(in paths: [String]) throws -> [String] {
    do {
      var files: [String] = []
      for path in paths { files += try Platform.files(at: path, withExtension: "txt") }
      return files
    } catch {
      reportError(error.description)
      throw ExitCode(.usage)
    }
  }

  /// The transcript in a file, or nil when it cannot be read or parsed; then what is
  /// wrong has been reported, by kind and place.
  static func readTranscript(_ file: String) -> Transcript? {
    do {
      return try Transcript(parsing: Platform.readFile(file, limit: Transcript.maximumSize), file: file)
    } catch let error as TranscriptParseError {
      report(error.diagnostics)
    } catch {
      reportError("\(error)")
    }
    return nil
  }

  // MARK: Files

  /// The bytes of a file, at most `limit` and one more; reports why not and exits with
  /// status 2 when it cannot be read.
  static func readFile(_ path: String, limit: Int) throws -> [UInt8] {
    do {
      return try Platform.readFile(path, limit: limit)
    } catch {
      reportError(error.description)
      throw ExitCode(.usage)
    }
  }

  /// Reads a file a chunk at a time, calling `body` with each chunk; stops early when
  /// it returns false. Reports why not and exits with status 2 when the file cannot be
  /// read.
  static func readChunks(ofFile path: String, _ body: ([UInt8]) -> Bool) throws {
    do {
      try Platform.readChunks(ofFile: path, body)
    } catch {
      reportError(error.description)
      throw ExitCode(.usage)
    }
  }

  // MARK: Diagnostics

  /// Prints diagnostics to standard error, one a line, in the order given.
  static func report(_ diagnostics: [Diagnostic]) {
    let style = Output.standardError.textStyle
    Output.standardError.write(lines: diagnostics.map { diagnosticLine($0, style: style) })
  }

  /// Prints `error: message` to standard error.
  static func reportError(_ message: String) {
    report([Diagnostic(.error, message)])
  }

  /// Prints `warning: message` to standard error.
  static func reportWarning(_ message: String) {
    report([Diagnostic(.warning, message)])
  }
}

/// The exit statuses the tool uses, as documented in the README.
enum ExitStatus: Int32 {
  /// A policy with defects, a failed replay or audit, a transcript that could not be saved.
  case failure = 1
  /// Bad usage, or a file that cannot be read.
  case usage = 2
}

extension ExitCode {
  /// The exit code for one of the tool's documented statuses.
  init(_ status: ExitStatus) {
    self.init(status.rawValue)
  }
}
