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
      left by interrupted saves, which are reported without being read; every other file \
      is read to its end. Exit status: 0 nothing found, 1 something found (or a file is not \
      UTF-8 text, or has a line longer than 1 MB, which is not audited), 2 a path cannot be read.
      """)

  @Argument(help: ArgumentHelp("Transcript files or folders.", valueName: "path"), completion: .file())
  var paths: [String]

  func validate() throws {
    if paths.isEmpty { throw ValidationError("give at least one transcript file or folder") }
  }

  /// The longest line audited; a longer one is reported as not audited, and the
  /// file as flagged, never as clean.
  static let maximumLineBytes = 1 << 20

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
      // A line at a time, so a file of any size is read to its end in bounded memory.
      var splitter = LineSplitter(maximumLineBytes: Self.maximumLineBytes)
      var isFlagged = false
      var reportedEncoding = false
      func examine(_ piece: LineSplitter.Piece) {
        var diagnostics: [Diagnostic] = []
        switch piece {
        case .line(let number, let bytes):
          if !reportedEncoding, String(validating: bytes, as: UTF8.self) == nil {
            reportedEncoding = true
            diagnostics.append(Diagnostic(.error, "the file is not UTF-8 text", at: SourceLocation(file: file, line: number, column: 1)))
          }
          for finding in audit.findings(inLine: String(decoding: bytes, as: UTF8.self), number: number) {
            diagnostics.append(Diagnostic(.error, finding.message, at: SourceLocation(file: file, line: finding.line, column: finding.column)))
          }
        case .overlong(let number):
          diagnostics.append(
            Diagnostic(
              .error, "the line is longer than \(Self.maximumLineBytes >> 20) MB; it was not audited",
              at: SourceLocation(file: file, line: number, column: 1)))
        }
        if !diagnostics.isEmpty {
          isFlagged = true
          Frontend.report(diagnostics)
        }
      }
      try Frontend.readChunks(ofFile: file) { chunk in
        splitter.feed(chunk, examine)
        return true
      }
      splitter.finish(examine)
      if isFlagged { flagged += 1 }
    }
    var summary = "\(counted(files.count, "file")) audited, \(flagged) with something that looks personal"
    if !listing.temporaryFiles.isEmpty { summary += ", \(counted(listing.temporaryFiles.count, "temporary file")) left by interrupted saves" }
    Output.standardOutput.write(summary + "\n")
    if flagged > 0 || !listing.temporaryFiles.isEmpty { throw ExitCode(.failure) }
  }
}
