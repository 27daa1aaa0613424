import PolicyEngine

/// Why the demand report skipped a file, by kind and place only: a transcript that
/// cannot be read may hold anything, personal data included, so none of its text is
/// ever repeated.
public enum SkippedTranscript {
  /// The diagnostic for a file the transcript parser rejected: where its first problem
  /// is, and what kind of problem, never what the file says there.
  ///
  /// - Parameters:
  ///   - error: the parser's diagnostics, whose messages may quote the file and are not shown.
  ///   - bytes: the file's bytes, to tell an empty, oversized or binary file.
  public static func diagnostic(for error: TranscriptParseError, bytes: [UInt8], file: String) -> Diagnostic {
    let problems = error.diagnostics.filter { $0.severity == .error }
    let location = problems.first?.location ?? SourceLocation(file: file, line: 1, column: 1)
    let kind: String
    if bytes.isEmpty {
      kind = "the file is empty"
    } else if bytes.count > Transcript.maximumSize {
      kind = "the file is too large for a transcript"
    } else if bytes.contains(0) {
      kind = "the file is not text"
    } else if String(validating: bytes, as: UTF8.self) == nil {
      kind = "the file is not UTF-8 text"
    } else if location.line == 1 {
      kind = "the first line does not name the transcript format"
    } else if location.line < Transcript.firstEventLine {
      kind = "the header is malformed"
    } else {
      kind = "an event is malformed"
    }
    let more = problems.count > 1 ? " (\(problems.count) problems in all)" : ""
    return Diagnostic(.error, "skipped: \(kind)\(more)", at: location)
  }

  /// The diagnostic for a transcript whose date has no month the report can count.
  public static func undated(file: String) -> Diagnostic {
    Diagnostic(.error, "skipped: the date is malformed", at: SourceLocation(file: file, line: 5, column: 7))
  }
}
