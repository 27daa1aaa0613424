import TestSupport
@preconcurrency import Glibc
import Testing

/// The transcripts the guided session leaves on disk: where, with which permissions and
/// names, what they hold and never hold, and what happens when they cannot be written.
@Suite struct TranscriptFilesTests {
  /// A call that reaches an outcome: `patient`, `Stanmore`, `lss`.
  static let wholeCall = "patient\nStanmore\nlss\n"

  /// Today's local date, `YYYY-MM-DD`, as the tool computes it.
  static func today() -> String {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : String(value) }
    return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
  }

  // MARK: Files and folders

  @Test func theFolderIsCreatedOwnerOnlyAndEachFileIsOwnerOnly() async throws {
    let sandbox = try Sandbox()
    let folder = sandbox.path("nested/calls")
    let result = try await sandbox.run([], input: Self.wholeCall, environment: ["SECOND_OPINION_TRANSCRIPTS": folder])
    #expect(result.status == .exited(0))
    #expect(result.errors == "")
    #expect(FileSystem.mode(of: folder) == 0o700)
    let transcript = try #require(sandbox.onlyTranscript(in: folder))
    #expect(FileSystem.mode(of: transcript.path) == 0o600)
  }

  @Test func aFolderOthersCanOpenIsUsedWithAWarning() async throws {
    let sandbox = try Sandbox()
    try FileSystem.makeDirectory(sandbox.transcripts)
    chmod(sandbox.transcripts, 0o755)
    let result = try await sandbox.run([], input: Self.wholeCall)
    #expect(result.status == .exited(0))
    #expect(result.errorLines == [
      "warning: \(sandbox.transcripts) can be opened by other users (mode 755); run chmod 700 on it. Each transcript is readable by you alone."
    ])
    let transcript = try #require(sandbox.onlyTranscript())
    #expect(FileSystem.mode(of: transcript.path) == 0o600)
  }

  @Test func filesAreNamedByDayAndSessionAndNeverOverwriteEachOther() async throws {
    let sandbox = try Sandbox()
    try FileSystem.makeDirectory(sandbox.transcripts, mode: 0o700)
    let earlier = sandbox.transcripts + "/2026-01-01-0123456789abcdef.txt"
    try FileSystem.write("an earlier file, kept as it is\n", to: earlier, mode: 0o600)

    let before = Self.today()
    // Two sessions into the same folder, the second with two callers.
    #expect(try await sandbox.run([], input: Self.wholeCall).status == .exited(0))
    #expect(try await sandbox.run([], input: Self.wholeCall + "\nfamily\n").status == .exited(0))
    let after = Self.today()

    #expect(FileSystem.readText(earlier) == "an earlier file, kept as it is\n")
    let new = sandbox.transcriptFiles().filter { $0.path != earlier }
    #expect(new.count == 3)
    #expect(Set(new.map(\.name)).count == 3)
    for file in new {
      let name = file.name
      #expect(name.wholeMatch(of: /\d{4}-\d{2}-\d{2}-[0-9a-f]{16}\.txt/) != nil, "\(name)")
      let date = String(name.prefix(10))
      #expect(date == before || date == after, "\(name)")
      #expect(file.header("date") == date)
      #expect(file.header("session") == String(name.dropFirst(11).prefix(16)))
    }
    #expect(new.map { $0.header("ended") ?? "" }.sorted() == ["abandoned (end-of-input)", "outcome", "outcome"])
  }

  // MARK: Contents

  @Test func aTranscriptHoldsIdsAndPlaceholdersNeverWhatWasTyped() async throws {
    let sandbox = try Sandbox()
    let input = """
      Margaret Thompson
      patient
      Stanmore
      :note Spoke to Margaret Thompson on 07700 900461, NHS number 943 476 5919
      lss

      """
    let result = try await sandbox.run([], input: input)
    #expect(result.status == .exited(0))
    #expect(result.output.contains("Second opinion where?> Noted, as it will be kept: Spoke to [NAME] on [PHONE], NHS number [NHS-NUMBER]\n"))

    let transcript = try #require(sandbox.onlyTranscript())
    for typed in ["Margaret", "Thompson", "Stanmore", "07700", "900461", "943 476 5919", "9434765919", "lss"] {
      #expect(!transcript.text.contains(typed), "\(typed) reached the transcript")
    }
    #expect(transcript.answers == ["asker: patient", "treating-centre: rnoh", "wanted-at: london-sarcoma-service"])
    #expect(transcript.events.contains("note: Spoke to [NAME] on [PHONE], NHS number [NHS-NUMBER]"))
  }

  @Test func aTranscriptHoldsTheDayButNoTimeOfDay() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run([], input: Self.wholeCall)
    #expect(result.status == .exited(0))
    let transcript = try #require(sandbox.onlyTranscript())
    #expect(transcript.lines.prefix(8) == [
      "second-opinion transcript 1",
      "policy: london-sarcoma-second-opinions",
      "policy-version: \(Shipped.policy.identity.version)",
      "policy-sha256: \(transcript.header("policy-sha256") ?? "")",
      "date: \(transcript.header("date") ?? "")",
      "session: \(transcript.header("session") ?? "")",
      "ended: outcome",
      "",
    ])
    #expect(transcript.header("date")?.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil)
    #expect(transcript.header("policy-sha256")?.wholeMatch(of: /[0-9a-f]{64}/) != nil)
    #expect(transcript.header("session")?.wholeMatch(of: /[0-9a-f]{16}/) != nil)
    // Nothing like 14:05, 14.05.09, T14 or a time zone anywhere.
    #expect(transcript.text.firstMatch(of: /\d{1,2}[:.]\d{2}/) == nil)
    #expect(transcript.text.firstMatch(of: /\d{4}-\d{2}-\d{2}[T ]\d/) == nil)
    #expect(transcript.text.firstMatch(of: /\b(UTC|GMT|BST)\b|[+-]\d{2}:?\d{2}\b/) == nil)
    #expect(transcript.lines.filter { $0.firstMatch(of: /\d{4}-\d{2}-\d{2}/) != nil } == ["date: \(transcript.header("date") ?? "")"])
  }

  @Test func theFilesTimesTellTheDayButNoTimeOfDay() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run([], input: Self.wholeCall)
    #expect(result.status == .exited(0))
    let transcript = try #require(sandbox.onlyTranscript())
    for path in [transcript.path, sandbox.transcripts] {
      var info = stat()
      #expect(stat(path, &info) == 0)
      var modified = info.st_mtim.tv_sec
      var local = tm()
      localtime_r(&modified, &local)
      #expect((local.tm_hour, local.tm_min, local.tm_sec) == (0, 0, 0), "\(path) was modified at \(local.tm_hour):\(local.tm_min)")
      #expect(info.st_mtim.tv_nsec == 0)
    }
  }

  // MARK: Where transcripts go

  /// Which setting names the folder, and the folder it names, relative to the sandbox.
  struct Location: Sendable, CustomTestStringConvertible {
    let name: String
    let arguments: @Sendable (Sandbox) -> [String]
    let environment: @Sendable (Sandbox) -> [String: String?]
    let folder: @Sendable (Sandbox) -> String

    var testDescription: String { name }
  }

  static let locations: [Location] = [
    Location(
      name: "--transcripts before the environment", arguments: { ["--transcripts", $0.path("option")] },
      environment: { _ in [:] }, folder: { $0.path("option") }),
    Location(
      name: "SECOND_OPINION_TRANSCRIPTS before XDG_DATA_HOME", arguments: { _ in [] },
      environment: { _ in [:] }, folder: { $0.transcripts }),
    Location(
      name: "XDG_DATA_HOME when SECOND_OPINION_TRANSCRIPTS is empty", arguments: { _ in [] },
      environment: { _ in ["SECOND_OPINION_TRANSCRIPTS": ""] }, folder: { $0.dataHome + "/second-opinion/transcripts" }),
    Location(
      name: "HOME when neither is set", arguments: { _ in [] },
      environment: { _ in ["SECOND_OPINION_TRANSCRIPTS": nil, "XDG_DATA_HOME": nil] },
      folder: { $0.home.path + "/.local/share/second-opinion/transcripts" }),
    Location(
      name: "HOME when XDG_DATA_HOME is not absolute", arguments: { _ in [] },
      environment: { _ in ["SECOND_OPINION_TRANSCRIPTS": nil, "XDG_DATA_HOME": "relative/data"] },
      folder: { $0.home.path + "/.local/share/second-opinion/transcripts" }),
  ]

  @Test(arguments: locations)
  func theFolderComesFromTheOptionThenTheEnvironment(_ location: Location) async throws {
    let sandbox = try Sandbox()
    let folder = location.folder(sandbox)
    let result = try await sandbox.run(location.arguments(sandbox), input: Self.wholeCall, environment: location.environment(sandbox))
    #expect(result.status == .exited(0))
    #expect(result.errors == "")
    #expect(result.outputLines.joined(separator: " ").contains("Anonymised transcripts are saved in \(folder)."))
    let transcript = try #require(sandbox.onlyTranscript(in: folder))
    #expect(transcript.header("ended") == "outcome")
    // Only that folder was written.
    let everywhere = [sandbox.transcripts, sandbox.dataHome + "/second-opinion/transcripts", sandbox.path("option"),
      sandbox.home.path + "/.local/share/second-opinion/transcripts"]
    #expect(everywhere.filter { !sandbox.transcriptFiles(in: $0).isEmpty } == [folder])
  }

  @Test func noRecordWritesNothingAnywhere() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(["--no-record"], input: Self.wholeCall + "\n:note a note\nfamily\n")
    #expect(result.status == .exited(0))
    #expect(result.errors == "")
    #expect(result.output.contains("\nPractice: nothing is recorded.\n"))
    #expect(sandbox.home.contents() == [])
    #expect(sandbox.work.contents() == [])
  }

  // MARK: Folders that cannot be used

  @Test(arguments: ["file/transcripts", "/proc/second-opinion-test/transcripts", "/proc"])
  func aFolderThatCannotBeWrittenIsReportedBeforeAnyQuestion(_ folder: String) async throws {
    let sandbox = try Sandbox()
    try FileSystem.write("a regular file\n", to: sandbox.path("file"))
    let path = folder.hasPrefix("/") ? folder : sandbox.path(folder)
    let problem = switch folder {
    case "file/transcripts": "cannot create the folder \(path): Not a directory"
    case "/proc": "cannot write in /proc: No such file or directory"
    default: "cannot create the folder /proc/second-opinion-test: No such file or directory"
    }
    let message =
      "error: transcripts cannot be saved: \(problem). Give --transcripts FOLDER for a folder you can write, or --no-record to practise."

    for (arguments, environment) in [(["--transcripts", path], [:]), ([], ["SECOND_OPINION_TRANSCRIPTS": path])] as [([String], [String: String?])] {
      let result = try await sandbox.run(arguments, input: Self.wholeCall, environment: environment)
      #expect(result.status == .exited(2))
      #expect(result.errorLines == [message])
      #expect(result.output == "", "a question was asked")
    }
  }

  @Test func withNowhereToSaveTheSessionDoesNotStart() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(
      [], input: Self.wholeCall, environment: ["HOME": nil, "XDG_DATA_HOME": nil, "SECOND_OPINION_TRANSCRIPTS": nil])
    #expect(result.status == .exited(2))
    #expect(result.errorLines == [
      "error: there is nowhere to save transcripts: HOME is not set. Give --transcripts FOLDER, or --no-record to practise."
    ])
    #expect(result.output == "")
  }

  @Test func aRelativeHomeIsSaidToBeRelativeNotUnset() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run(
      [], input: Self.wholeCall, environment: ["HOME": "relative/home", "XDG_DATA_HOME": nil, "SECOND_OPINION_TRANSCRIPTS": nil])
    #expect(result.status == .exited(2))
    #expect(result.errorLines == [
      "error: there is nowhere to save transcripts: HOME is not an absolute path. Give --transcripts FOLDER, or --no-record to practise."
    ])
  }

  @Test func aFullDiskIsWarnedAboutOnceTheCallGoesOnAndTheEndFails() async throws {
    let sandbox = try Sandbox()
    // A file-size limit of 0 makes every write of a byte fail with EFBIG, as a full disk
    // would; the tool ignores SIGXFSZ. Standard output and error are pipes, not files.
    let result = try await ChildProcess.run(
      "/bin/sh", ["-c", "ulimit -f 0; exec \"$0\" \"$@\"", Sandbox.tool()], input: Self.wholeCall,
      environment: sandbox.environment)
    #expect(result.status == .exited(1))
    #expect(result.output.contains("\nBetween UCLH and RNOH: one service, and the policy is silent\n"))
    #expect(result.output.hasSuffix("next caller> \n"))

    let lines = result.errorLines
    try #require(lines.count == 2, "\(lines)")
    let prefix = "warning: cannot write \(sandbox.transcripts)/"
    let suffix = ".txt: File too large. The call goes on; saving is tried again after each answer."
    #expect(lines[0].hasPrefix(prefix) && lines[0].hasSuffix(suffix), "\(lines[0])")
    let name = String(lines[0].dropFirst(prefix.count).dropLast(suffix.count - 4))
    #expect(name.wholeMatch(of: /\d{4}-\d{2}-\d{2}-[0-9a-f]{16}\.txt/) != nil, "\(name)")
    #expect(lines[1] == "error: the transcript of this call could not be saved: cannot write \(sandbox.transcripts)/\(name): File too large.")
    // Nothing half-written, and no temporary file, is left behind.
    #expect(FileSystem.names(in: sandbox.transcripts) == [])
  }

  // MARK: Bounds that keep what is written readable

  @Test func longNotesAreRefusedSoTheTranscriptStaysReadable() async throws {
    let sandbox = try Sandbox()
    let longNote = ":note " + String(repeating: "the caller explained at length ", count: 100) + "\n"
    let result = try await sandbox.run([], input: "patient\n" + String(repeating: longNote, count: 20) + ":note rang back\n")
    #expect(result.status == .exited(0))
    let replies = result.outputLines.joined(separator: " ")
    #expect(replies.split(separator: "characters long; a note holds at most 1000. Nothing was noted:").count == 21)
    let transcript = try #require(sandbox.onlyTranscript())
    #expect(transcript.events.filter { $0.hasPrefix("note: ") } == ["note: rang back"])
    let replay = try await sandbox.run(["replay", transcript.path])
    #expect(replay.status == .exited(0))
    #expect(replay.outputLines.last == "1 passed, 0 failed")
  }

  @Test func aTranscriptTooLargeIsReportedWithItsRealSize() async throws {
    let sandbox = try Sandbox()
    let file = sandbox.path("huge.txt")
    try FileSystem.write(String(repeating: "note: x\n", count: 400_000), to: file)
    let replay = try await sandbox.run(["replay", file])
    #expect(replay.status == .exited(1))
    #expect(replay.errorLines == ["\(file):1:1: error: the file is too large for a transcript (3200000 bytes; the limit is 1048576 bytes)"])
  }

  /// Every answer is saved and flushed to disk, hundreds of times here: in memory
  /// (`/dev/shm`) where the machine has it, so that the test measures the tool, not the disk.
  @Test func hundredsOfBackAndForthsStopAtTheMostACallKeeps() async throws {
    let sandbox = try Sandbox()
    let memory = try? TemporaryDirectory(under: "/dev/shm")
    let folder = (memory?.path ?? sandbox.path("calls")) + "/transcripts"
    let result = try await sandbox.run(["--transcripts", folder], input: String(repeating: "patient\n:back\n", count: 600))
    #expect(result.status == .exited(0))
    #expect(result.output.contains("This call's transcript holds the most a transcript keeps (500 events)"))
    let transcript = try #require(sandbox.onlyTranscript(in: folder))
    #expect(transcript.events.count <= 500)
    #expect(transcript.header("ended") == "abandoned (end-of-input)")
  }
}
