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
    let result = try path.map { CompiledPolicy.compile(try readPolicyFile($0), file: $0) } ?? CompiledPolicy.embedded()
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
    let bytes = try path.map { try readPolicyFile($0) } ?? PolicyDocument.embeddedBytes
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
  /// in each folder named, sorted, each once. A link to a folder inside a folder is not
  /// followed, and a note says so. Reports the problem and exits with status 2 when a
  /// path cannot be read.
  static func transcriptFiles(in paths: [String]) throws -> [String] {
    try transcriptListing(in: paths).files
  }

  /// ``transcriptFiles(in:)`` with the temporary files left by interrupted saves.
  static func transcriptListing(in paths: [String]) throws -> Platform.Listing {
    try listing(in: paths, withExtension: "txt")
  }

  /// The files under the given paths: each file named, and every file with the extension
  /// in each folder named, sorted, each once, with the temporary files left by
  /// interrupted saves. A link to a folder inside a folder is not followed, and a note
  /// says so. Reports the problem and exits with status 2 when a path cannot be read.
  static func listing(in paths: [String], withExtension fileExtension: String) throws -> Platform.Listing {
    do {
      let listing = try Platform.files(at: paths, withExtension: fileExtension)
      report(listing.linkedFolders.map { Diagnostic(.note, "\($0) is a link to a folder; links to folders are not followed") })
      return listing
    } catch {
      reportError(error.description)
      throw ExitCode(.usage)
    }
  }

  /// The transcript in a file, or nil when it cannot be read or parsed; then what is
  /// wrong has been reported, by kind and place.
  static func readTranscript(_ file: String) -> Transcript? {
    do {
      let contents = try Platform.readFile(file, limit: Transcript.maximumSize)
      if contents.size > Transcript.maximumSize { throw TranscriptParseError.tooLarge(size: contents.size, file: file) }
      return try Transcript(parsing: contents.bytes, file: file)
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
  static func readFile(_ path: String, limit: Int) throws -> Platform.FileContents {
    do {
      return try Platform.readFile(path, limit: limit)
    } catch {
      reportError(error.description)
      throw ExitCode(.usage)
    }
  }

  /// A policy to compare with another (`diff`, `check --since`), when it reads and
  /// passes its check; otherwise reports why, naming it as `role` ("the policy", "the
  /// earlier release"), and exits with status 2, since status 1 is for what the
  /// comparison finds. With `showingDefects`, its defects are listed too.
  static func loadPolicyToCompare(_ path: String, role: String, showingDefects: Bool) throws -> Policy {
    let document: PolicyDocument
    do {
      document = try loadDocument(path)
    } catch let code as ExitCode where code == ExitCode(.failure) {
      throw ExitCode(.usage)
    }
    let check = PolicyCheck(document.policy)
    guard !check.hasErrors else {
      if showingDefects { report(document.diagnostics(for: check.defects)) }
      Output.standardError.write("\(path): \(role) has defects; run `second-opinion check \(path)` for details\n")
      throw ExitCode(.usage)
    }
    return document.policy
  }

  /// The bytes of a policy file; reports why not and exits with status 2 when it cannot
  /// be read or is too large to be a policy (giving its real size).
  static func readPolicyFile(_ path: String) throws -> [UInt8] {
    let contents = try readFile(path, limit: PolicyDocument.maximumSize)
    if contents.size > PolicyDocument.maximumSize {
      report(PolicyLoadError.tooLarge(size: contents.size, file: path).diagnostics)
      throw ExitCode(.usage)
    }
    return contents.bytes
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
  ///
  /// Control and bidirectional characters in a message or a file name (from a policy's
  /// ids, say) are written escaped, as `\u{1B}`, so that a diagnostic never drives the
  /// terminal or shows text out of order.
  static func report(_ diagnostics: [Diagnostic]) {
    let style = Output.standardError.textStyle
    Output.standardError.write(lines: diagnostics.map { diagnostic in
      var shown = diagnostic
      shown.message = escapingControls(in: diagnostic.message)
      if let location = diagnostic.location { shown.location?.file = escapingControls(in: location.file) }
      return diagnosticLine(shown, style: style)
    })
  }

  /// The text with every control and bidirectional character written as `\u{…}`, but
  /// for a line break followed by a space: a continuation line, such as a table under a
  /// message, which can never pass for a diagnostic of its own.
  static func escapingControls(in text: String) -> String {
    guard text.unicodeScalars.contains(where: isUnsafeForATerminal) else { return text }
    var escaped = ""
    let scalars = Array(text.unicodeScalars)
    for (position, scalar) in scalars.enumerated() {
      let continues = scalar == "\n" && position + 1 < scalars.count && scalars[position + 1] == " "
      if isUnsafeForATerminal(scalar), !continues {
        escaped += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      } else {
        escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }

  private static func isUnsafeForATerminal(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029 || value == 0x061C
      || value == 0x200E || value == 0x200F || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
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
