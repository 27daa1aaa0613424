import ArgumentParser
import Guidance
import LineEditing
import PolicyEngine
import Transcripts

/// `second-opinion` / `second-opinion guide`: the guided session for calls.
struct GuideCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "guide",
    abstract: "The guided session for calls (what `second-opinion` runs with no subcommand).",
    discussion: """
      Asks the policy's questions one at a time and shows what to tell the caller, with \
      the clauses behind it. On a terminal, lines can be edited, Up recalls earlier lines of \
      this caller, and Tab completes answers and commands; the history is never written to \
      disk. Piped input is read one answer per line. Every call is saved as an anonymised \
      transcript unless --no-record is given.
      """)

  @OptionGroup var policyOption: PolicyOption

  @Option(
    name: .customLong("transcripts"),
    help: ArgumentHelp(
      "The folder for transcripts (default: $\(TranscriptStore.environmentVariable), else $XDG_DATA_HOME/second-opinion/transcripts).",
      valueName: "folder"),
    completion: .directory)
  var transcriptsFolder: String?

  @Flag(name: .customLong("no-record"), help: "Practice: save no transcripts.")
  var noRecord = false

  @Flag(
    name: .customLong("shared-folder"),
    help: "The transcripts folder is shared by the team on purpose: use it even though other users can write in it or own it (files are still never written through a link).")
  var sharedFolder = false

  @Option(
    name: .customLong("resume"),
    help: ArgumentHelp("Pick up a call the caller rings back about, by the call-back reference they were given.", valueName: "reference"))
  var resumeReference: String?

  @Flag(name: .customLong("show-ids"), help: "Show the ids of questions, answers, outcomes and clauses beside their words (for policy maintainers).")
  var showIDs = false

  func validate() throws {
    if resumeReference != nil, noRecord { throw ValidationError("--resume needs saved calls, so it cannot be used with --no-record") }
    if let resumeReference, CallBackReference(typed: resumeReference) == nil {
      throw ValidationError("--resume takes the reference the caller reads out, such as K7D-4RM: six letters and digits")
    }
  }

  func run() throws {
    let policy = try policyOption.load()
    var store = try openStore()
    let reader = makeLineReader()
    var presentation = Output.standardOutput.presentation
    presentation.showsIDs = showIDs
    var findCalls: (@Sendable (CallBackReference) -> [Conversation.SavedCall])?
    if let folder = store?.directory {
      findCalls = { reference in Self.savedCalls(in: folder, reference: reference) }
    }
    let recording = Conversation.Recording(
      policyHash: policy.document.contentHash, today: { Platform.today() },
      makeSessionID: {
        var generator = SystemRandomNumberGenerator()
        return Transcript.Header.randomSessionID(using: &generator)
      },
      findCalls: findCalls)
    var conversation = Conversation(machine: policy.machine, presentation: presentation, recording: recording)
    show(conversation.start(recordingTo: store?.directory))
    if let resumeReference {
      let reply = conversation.handle(":resume \(resumeReference)")
      show(reply)
      if reply.transcriptChanged { store?.saveQuietly(conversation.transcript) }
    }

    var saver = Saver()
    let end = runSession(&conversation, reader: reader) { reply, conversation in
      if let finished = reply.finishedCall { saver.save(finished, in: &store) }
      if reply.transcriptChanged { saver.save(conversation.transcript, in: &store) }
    }
    let ending: Transcript.Ending
    switch end {
    case .quit:
      // A typed line ends with Enter on a terminal; after piped input, end the prompt's line.
      if !Terminal.isInteractive { Output.standardOutput.write("\n") }
      ending = .quit
    case .endOfInput: ending = .endOfInput
    case .terminated(let termination): ending = termination == .hangup ? .hangup : .terminated
    }
    let final = conversation.finalTranscript(endingFor: ending)
    try saver.finish(final, in: &store)
    Output.standardOutput.write(lines: conversation.endingLines(final, saved: store != nil))
    if case .terminated(let termination) = end { throw ExitCode(termination.conventionalExitStatus) }
  }

  /// The calls saved in a folder whose call-back reference is `reference`: found by the
  /// session ids in the files' names, so only the matching files are read.
  static func savedCalls(in folder: String, reference: CallBackReference) -> [Conversation.SavedCall] {
    guard let files = try? Platform.files(at: [folder], withExtension: "txt").files else { return [] }
    return files.compactMap { file -> Conversation.SavedCall? in
      let name = file.split(separator: "/").last.map(String.init) ?? file
      let session = name.dropFirst("YYYY-MM-DD-".count).dropLast(".txt".count)
      guard Transcript.Header.isSessionID(session), CallBackReference(sessionID: String(session)) == reference,
        let transcript = Frontend.readTranscript(file)
      else { return nil }
      return Conversation.SavedCall(transcript: transcript)
    }
  }

  /// The transcripts folder, ready to write; nil with --no-record. Exits with status 2,
  /// before any call begins, when the folder cannot be used.
  private func openStore() throws -> TranscriptStore? {
    if noRecord { return nil }
    guard let directory = TranscriptStore.defaultDirectory(option: transcriptsFolder) else {
      let home = Platform.environment("HOME") ?? ""
      let reason = home.isEmpty ? "HOME is not set" : "HOME is not an absolute path"
      Frontend.reportError("there is nowhere to save transcripts: \(reason). Give --transcripts FOLDER, or --no-record to practise.")
      throw ExitCode(.usage)
    }
    do {
      let store = try TranscriptStore(directory: directory, shared: sharedFolder)
      if let warning = store.permissionWarning { Frontend.reportWarning(warning) }
      return store
    } catch {
      Frontend.reportError("transcripts cannot be saved: \(error). Give --transcripts FOLDER for a folder you can write, or --no-record to practise.")
      throw ExitCode(.usage)
    }
  }
}


/// Saves transcripts as the session goes, warning once per problem and trying again at
/// the next change, so a full or read-only disk never stops a call or loses it silently.
private struct Saver {
  private var lastProblem: String?

  mutating func save(_ transcript: Transcript, in store: inout TranscriptStore?) {
    guard store != nil else { return }
    do {
      try store!.save(transcript)
      if lastProblem != nil {
        Output.standardError.write("The transcript is being saved again.\n")
        lastProblem = nil
      }
    } catch {
      if lastProblem != error.description {
        Frontend.reportWarning("\(error). The call goes on; saving is tried again after each answer.")
        lastProblem = error.description
      }
    }
  }

  /// Saves the final copy; exits with status 1 when it cannot be saved, saying so.
  mutating func finish(_ transcript: Transcript, in store: inout TranscriptStore?) throws {
    guard store != nil else { return }
    do {
      try store!.save(transcript)
    } catch {
      Frontend.reportError("the transcript of this call could not be saved: \(error).")
      throw ExitCode(.failure)
    }
  }
}
