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
      output is safe to keep. Folders are searched for .txt files, and every file is read \
      to its end. Exit status: 0 nothing found, 1 something found (or a file is not UTF-8 \
      text, or has a line longer than 1 MB, which is not audited), 2 a path cannot be read.
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
    let files = try Frontend.transcriptFiles(in: paths)
    var flagged = 0
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
    Output.standardOutput.write("\(counted(files.count, "file")) audited, \(flagged) with something that looks personal\n")
    if flagged > 0 { throw ExitCode(.failure) }
  }
}
