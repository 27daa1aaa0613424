@preconcurrency import Glibc
import Testing

/// Files and folders that are not what they seem: links planted by another user, folders
/// others can write, links that loop, FIFOs and devices, and what a killed save leaves.
@Suite struct FileSafetyTests {
  static let wholeCall = "patient\nStanmore\nlss\n"

  /// A file of the staff member's own that a planted link points at.
  private func victimFile(in sandbox: Sandbox) throws -> String {
    let victim = sandbox.path("own-notes.txt")
    try FileSystem.write("the staff member's own file\n", to: victim, mode: 0o600)
    return victim
  }

  /// Lets other users through the sandbox's work folder (but not read it).
  private func openToOtherUsers(_ sandbox: Sandbox) {
    chmod(sandbox.work.path, 0o711)
  }

  // MARK: Folders others can write to (item 1)

  @Test(.enabled(if: OtherUser.isAvailable, Comment(rawValue: OtherUser.unavailableReason ?? "")))
  func aFolderOthersCanWriteIsRefusedSoAPlantedLinkIsNeverWrittenThrough() async throws {
    let sandbox = try Sandbox()
    openToOtherUsers(sandbox)
    let victim = try victimFile(in: sandbox)
    try FileSystem.makeDirectory(sandbox.transcripts, mode: 0o777)
    chmod(sandbox.transcripts, 0o777)

    let child = try sandbox.start([])
    child.write("patient\n")
    // Refused at the start, the program ends before any save: then there is no wait.
    try? await child.waitUntil("the first save") { !sandbox.transcriptFiles().isEmpty }
    // The other user watches the folder, and plants a link where the next save writes.
    if let saved = sandbox.transcriptFiles().first {
      let planted = "\(sandbox.transcripts)/.\(saved.name).\(child.processID).tmp"
      #expect(try await OtherUser.run("ln -s '\(victim)' '\(planted)'").status == .exited(0))
    }
    child.write("Stanmore\nlss\n")
    child.closeInput()
    let result = try await child.waitForExit()
    #expect(FileSystem.readText(victim) == "the staff member's own file\n")
    #expect(result.status == .exited(2))
    #expect(result.errorLines == [
      "error: transcripts cannot be saved: cannot use \(sandbox.transcripts): other users can write in it (mode 777), so they could plant links or files in it; run chmod 700 on it, or give --shared-folder if your team shares it on purpose. Give --transcripts FOLDER for a folder you can write, or --no-record to practise."
    ])
  }

  @Test(.enabled(if: OtherUser.isAvailable, Comment(rawValue: OtherUser.unavailableReason ?? "")))
  func aFolderOfAnotherUserIsRefusedWithoutAdvisingChmod() async throws {
    let sandbox = try Sandbox()
    try FileSystem.makeDirectory(sandbox.transcripts, mode: 0o700)
    chown(sandbox.transcripts, OtherUser.id, OtherUser.id)
    let result = try await sandbox.run([], input: Self.wholeCall)
    #expect(result.status == .exited(2))
    #expect(result.errorLines == [
      "error: transcripts cannot be saved: cannot use \(sandbox.transcripts): it belongs to another user, who could plant links or files in it; give --shared-folder if your team shares it on purpose. Give --transcripts FOLDER for a folder you can write, or --no-record to practise."
    ])
    #expect(FileSystem.names(in: sandbox.transcripts) == [])
  }

  @Test(.enabled(if: OtherUser.isAvailable, Comment(rawValue: OtherUser.unavailableReason ?? "")))
  func aSharedFolderIsUsedButLinksPlantedInItAreNeverFollowed() async throws {
    let sandbox = try Sandbox()
    openToOtherUsers(sandbox)
    let victim = try victimFile(in: sandbox)
    try FileSystem.makeDirectory(sandbox.transcripts, mode: 0o777)
    chmod(sandbox.transcripts, 0o777)

    let child = try sandbox.start(["--shared-folder"])
    child.write("patient\n")
    try await child.waitUntil("the first save") { sandbox.transcriptFiles().count == 1 }
    let saved = try #require(sandbox.transcriptFiles().first)
    // The other user replaces the saved copy with a link to the staff member's file, and
    // plants links under every name a save used to write to.
    let script = """
      rm -f '\(saved.path)' && ln -s '\(victim)' '\(saved.path)' && \
      ln -s '\(victim)' '\(sandbox.transcripts)/.\(saved.name).\(child.processID).tmp'
      """
    #expect(try await OtherUser.run(script).status == .exited(0))
    child.write("Stanmore\nlss\n")
    child.closeInput()
    let result = try await child.waitForExit()
    #expect(result.status == .exited(0))
    #expect(result.errors == "")
    #expect(FileSystem.readText(victim) == "the staff member's own file\n")
    let transcript = try #require(TranscriptFile(path: saved.path))
    #expect(transcript.header("ended") == "outcome")
    var info = stat()
    #expect(lstat(saved.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG && info.st_uid == geteuid())
  }

  // MARK: What a killed save leaves (item 3)

  @Test func staleTemporaryFilesAreRemovedAtStartAndLiveOnesKept() async throws {
    let sandbox = try Sandbox()
    try FileSystem.makeDirectory(sandbox.transcripts, mode: 0o700)
    // A process id that no process has now.
    var deadProcess: pid_t = 4_000_000
    while kill(deadProcess, 0) == 0 || errno != ESRCH { deadProcess -= 1 }
    let stale = [
      ".2026-01-01-0123456789abcdef.txt.\(deadProcess).tmp", ".second-opinion-\(deadProcess)-00112233aabbccdd.tmp",
    ]
    let live = ".second-opinion-\(getpid())-00112233aabbccdd.tmp"
    for name in stale + [live] { try FileSystem.write("ask asker: Who\n", to: "\(sandbox.transcripts)/\(name)", mode: 0o600) }

    let result = try await sandbox.run([], input: Self.wholeCall)
    #expect(result.status == .exited(0))
    let names = FileSystem.names(in: sandbox.transcripts)
    #expect(names.filter { $0.hasPrefix(".") } == [live])
    #expect(names.filter { !$0.hasPrefix(".") }.count == 1)
  }

  @Test func auditReportsTemporaryFilesWithoutReadingThem() async throws {
    let sandbox = try Sandbox()
    let folder = sandbox.path("calls")
    try FileSystem.makeDirectory(folder)
    try FileSystem.write("call notes of Jane Doe 943 476 5919\n", to: folder + "/.2026-01-01-0123456789abcdef.txt.4242.tmp")
    try FileSystem.write("", to: folder + "/.second-opinion-4242-00112233aabbccdd.tmp")
    try FileSystem.write("an editor's own hidden file\n", to: folder + "/.notes.swp")
    let result = try await sandbox.run(["audit", folder])
    #expect(result.status == .exited(1))
    #expect(result.errorLines == [
      "\(folder)/.2026-01-01-0123456789abcdef.txt.4242.tmp:1:1: error: a temporary file left by a save that was interrupted; it was not read; remove it when no session is running",
      "\(folder)/.second-opinion-4242-00112233aabbccdd.tmp:1:1: error: a temporary file left by a save that was interrupted; it was not read; remove it when no session is running",
    ])
    #expect(result.output == "0 files audited, 0 with something that looks personal, 2 temporary files left by interrupted saves\n")
  }

  @Test func aSavedCallLeavesNoTemporaryFileBehind() async throws {
    let sandbox = try Sandbox()
    let result = try await sandbox.run([], input: Self.wholeCall + "\nfamily\n:next\n:next\nfamily\n")
    #expect(result.status == .exited(0))
    #expect(FileSystem.names(in: sandbox.transcripts).allSatisfy { !$0.hasPrefix(".") })
    #expect(sandbox.transcriptFiles().count == 3)
  }

  // MARK: Links that loop (item 6)

  @Test(arguments: [["audit"], ["replay"], ["train", "--count", "1", "--from"]])
  func linksToFoldersAreNotFollowedAndEachFileCountsOnce(_ command: [String]) async throws {
    let sandbox = try Sandbox()
    let folder = sandbox.path("calls")
    try FileSystem.makeDirectory(folder)
    try FileSystem.makeDirectory(folder + "/older")
    let call = try await sandbox.run(["paths", "--write", folder + "/older"])
    #expect(call.status == .exited(0))
    #expect(symlink("..", folder + "/older/up") == 0)
    #expect(symlink(".", folder + "/self") == 0)
    let names = FileSystem.names(in: folder + "/older").filter { $0.hasSuffix(".txt") }
    #expect(symlink(folder + "/older/" + names[0], folder + "/same-call.txt") == 0)
    let files = names.count

    let result = try await sandbox.run(command + [folder], input: "", timeout: .seconds(10))
    #expect(result.errorLines.filter { $0.hasPrefix("note: ") } == [
      "note: \(folder)/older/up is a link to a folder; links to folders are not followed",
      "note: \(folder)/self is a link to a folder; links to folders are not followed",
    ])
    switch command[0] {
    case "audit": #expect(result.output == "\(files) files audited, 0 with something that looks personal\n")
    case "replay": #expect(result.outputLines.last == "\(files) passed, 0 failed")
    default: #expect(result.status == .exited(0))
    }
  }

  // MARK: FIFOs and devices (item 7)

  @Test func aFIFOGivenAsAPolicyIsRefusedAtOnce() async throws {
    let sandbox = try Sandbox()
    let fifo = sandbox.path("policy.yaml")
    #expect(mkfifo(fifo, 0o600) == 0)
    for arguments in [["check", fifo], ["decide", "--policy", fifo], ["--no-record", "--policy", fifo]] {
      let result = try await sandbox.run(arguments, timeout: .seconds(10))
      #expect(result.status == .exited(2))
      #expect(result.errorLines == ["error: cannot read \(fifo): it is a FIFO (a named pipe), not a regular file"])
    }
  }

  @Test func aFIFOOrDeviceAmongTranscriptsIsReported() async throws {
    let sandbox = try Sandbox()
    let folder = sandbox.path("calls")
    try FileSystem.makeDirectory(folder)
    #expect(mkfifo(folder + "/stuck.txt", 0o600) == 0)
    #expect(symlink("/dev/zero", folder + "/x.txt") == 0)

    let audit = try await sandbox.run(["audit", folder], timeout: .seconds(10))
    #expect(audit.status == .exited(2))
    #expect(audit.errorLines == ["error: cannot read \(folder)/stuck.txt: it is a FIFO (a named pipe), not a regular file"])

    let replay = try await sandbox.run(["replay", folder], timeout: .seconds(10))
    #expect(replay.status == .exited(1))
    #expect(replay.errorLines == [
      "error: cannot read \(folder)/stuck.txt: it is a FIFO (a named pipe), not a regular file",
      "error: cannot read \(folder)/x.txt: it is a character device, not a regular file",
    ])
    let walkthrough = try await sandbox.run(["walkthrough", folder + "/x.txt"], timeout: .seconds(10))
    #expect(walkthrough.status == .exited(2))
    #expect(walkthrough.errorLines == ["error: cannot read \(folder)/x.txt: it is a character device, not a regular file"])
  }
}
