import ArgumentParser
import Guidance
import Anonymiser
import PolicyEngine
import Transcripts

/// `second-opinion audit PATH...`: looks for personal data in transcript files.
struct AuditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract: "Scan transcript files for anything that looks like personal data.",
    discussion: """
      Reports each finding as file:line:column with its kind, never the text itself, so the \
      output is safe to keep. Folders are searched for .txt files, and for temporary files \
      left by interrupted saves, which are reported without being read. Exit status: 0 \
      nothing found, 1 something found (or a file is not UTF-8 text), 2 a path cannot be read.
      """)

  @Argument(help: ArgumentHelp("Transcript files or folders.", valueName: "path"), completion: .file())
  var paths: [String]

  func validate() throws {
    if paths.isEmpty { throw ValidationError("give at least one transcript file or folder") }
  }

  func run() throws {
    let audit = PersonalDataAudit()
    let listing = try Frontend.transcriptListing(in: paths)
    let files = listing.files
    var flagged = 0
    // Never read: a temporary file may hold part of a call, but audit reports only where.
    Frontend.report(listing.temporaryFiles.map {
      Diagnostic(
        .error, "a temporary file left by a save that was interrupted; it was not read; remove it when no session is running",
        at: SourceLocation(file: $0, line: 1, column: 1))
    })
    for file in files {
      let bytes = try Frontend.readFile(file, limit: Transcript.maximumSize * 16).bytes
      var diagnostics = audit.findings(in: String(decoding: bytes, as: UTF8.self)).map { finding in
        Diagnostic(.error, finding.message, at: SourceLocation(file: file, line: finding.line, column: finding.column))
      }
      if String(validating: bytes, as: UTF8.self) == nil {
        diagnostics.insert(Diagnostic(.error, "the file is not UTF-8 text", at: SourceLocation(file: file, line: 1, column: 1)), at: 0)
      }
      if !diagnostics.isEmpty { flagged += 1 }
      Frontend.report(diagnostics)
    }
    var summary = "\(counted(files.count, "file")) audited, \(flagged) with something that looks personal"
    if !listing.temporaryFiles.isEmpty { summary += ", \(counted(listing.temporaryFiles.count, "temporary file")) left by interrupted saves" }
    Output.standardOutput.write(summary + "\n")
    if flagged > 0 || !listing.temporaryFiles.isEmpty { throw ExitCode(.failure) }
  }
}
