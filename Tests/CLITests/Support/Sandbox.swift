@preconcurrency import Glibc
import Testing

/// One test's own folders and environment for running `second-opinion`: an empty `HOME`,
/// and a separate work folder holding `XDG_DATA_HOME` and the transcripts folder, so
/// nothing a run does reaches the real home, and `HOME` can be checked to stay empty.
///
/// `HOME`, `XDG_DATA_HOME` and `SECOND_OPINION_TRANSCRIPTS` are always set explicitly;
/// both folders are removed with everything in them when the sandbox goes away.
final class Sandbox {
  /// The empty folder given as `HOME`.
  let home: TemporaryDirectory
  /// Everything else: `data/` (`XDG_DATA_HOME`), `transcripts/`, and whatever a test adds.
  let work: TemporaryDirectory

  init() throws {
    home = try TemporaryDirectory()
    work = try TemporaryDirectory()
  }

  /// The built tool.
  static func tool() throws -> String {
    try BuiltProducts.path(of: "second-opinion")
  }

  /// `XDG_DATA_HOME` (not created).
  var dataHome: String { work.path + "/data" }

  /// `SECOND_OPINION_TRANSCRIPTS` (not created: the tool creates it).
  var transcripts: String { work.path + "/transcripts" }

  /// The environment for a run through pipes: the three locations, `LANG=C.UTF-8`, a
  /// short `PATH`, and nothing else (no `TERM`, no `COLUMNS`).
  var environment: [String: String] {
    [
      "HOME": home.path,
      "XDG_DATA_HOME": dataHome,
      "SECOND_OPINION_TRANSCRIPTS": transcripts,
      "LANG": "C.UTF-8",
      "PATH": "/usr/local/bin:/usr/bin:/bin",
    ]
  }

  /// ``environment`` plus `TERM=xterm`, for a run in a pseudo-terminal.
  var terminalEnvironment: [String: String] {
    environment.merging(["TERM": "xterm"]) { $1 }
  }

  /// A path in the work folder.
  func path(_ name: String) -> String { work.path + "/" + name }

  // MARK: Running

  /// Runs the tool through pipes with this sandbox's environment (changed by `changes`,
  /// where a nil value removes a variable), giving it `input` then end of input.
  func run(
    _ arguments: [String],
    input: String = "",
    directory: String? = nil,
    environment changes: [String: String?] = [:],
    timeout: Duration = hangTimeout
  ) async throws -> ChildProcess.Result {
    try await ChildProcess.run(
      Self.tool(), arguments, input: input, environment: environment(with: changes), directory: directory, timeout: timeout)
  }

  /// Starts the tool through pipes, input left open, for tests that feed it as they go.
  func start(_ arguments: [String], environment changes: [String: String?] = [:]) throws -> ChildProcess {
    try ChildProcess(executable: Self.tool(), arguments: arguments, environment: environment(with: changes))
  }

  /// Starts the tool in a pseudo-terminal of `columns` x `rows` (80x24 unless told).
  func startInTerminal(
    _ arguments: [String], columns: Int = 80, rows: Int = 24, environment changes: [String: String?] = [:]
  ) throws -> PseudoTerminal {
    var environment = terminalEnvironment
    for (name, value) in changes { environment[name] = value }
    return try PseudoTerminal(executable: Self.tool(), arguments: arguments, environment: environment, columns: columns, rows: rows)
  }

  /// ``environment`` with `changes` applied.
  func environment(with changes: [String: String?]) -> [String: String] {
    var environment = self.environment
    for (name, value) in changes { environment[name] = value }
    return environment
  }

  // MARK: Transcripts

  /// The transcripts in `folder` (the sandbox's transcripts folder unless told), by name.
  func transcriptFiles(in folder: String? = nil) -> [TranscriptFile] {
    let folder = folder ?? transcripts
    return FileSystem.names(in: folder).filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }.compactMap {
      TranscriptFile(path: folder + "/" + $0)
    }
  }

  /// The only transcript in `folder`; records an issue and returns nil unless there is
  /// exactly one.
  func onlyTranscript(in folder: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) -> TranscriptFile? {
    let files = transcriptFiles(in: folder)
    guard files.count == 1 else {
      Issue.record("expected one transcript in \(folder ?? transcripts), found \(files.map(\.name))", sourceLocation: sourceLocation)
      return nil
    }
    return files[0]
  }
}

/// A transcript file as written by the tool, split into its parts for assertions.
struct TranscriptFile {
  /// Its path.
  let path: String
  /// Its file name.
  var name: String { String(path.split(separator: "/").last ?? "") }
  /// Its whole text.
  let text: String

  /// Reads the file; nil when it cannot be read.
  init?(path: String) {
    guard let text = FileSystem.readText(path) else { return nil }
    self.path = path
    self.text = text
  }

  /// The lines, without the empty piece after the final newline.
  var lines: [String] { ChildProcess.Result.lines(text) }

  /// The value of a header field (lines 2 to 7, `name: value`).
  func header(_ field: String) -> String? {
    for line in lines.dropFirst().prefix(6) where line.hasPrefix(field + ": ") {
      return String(line.dropFirst(field.count + 2))
    }
    return nil
  }

  /// The event lines, from line 9 on.
  var events: [String] { Array(lines.dropFirst(8)) }

  /// The `answer` events, as `question: answer`.
  var answers: [String] {
    events.filter { $0.hasPrefix("answer ") }.map { String($0.dropFirst("answer ".count)) }
  }
}
