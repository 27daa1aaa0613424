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

  func run() throws {
    Terminal.ignoreBrokenPipe()
    Platform.ignoreFileSizeLimitSignal()
    let (document, machine) = try policyOption.load()
    var store = try openStore()
    let reader = makeLineReader()
    var conversation = Conversation(
      machine: machine,
      presentation: Presentation(width: Terminal.columns, style: TextStyle(usesColor: Terminal.usesColour)),
      recording: Conversation.Recording(policyHash: document.contentHash, date: Platform.today()) {
        var generator = SystemRandomNumberGenerator()
        return Transcript.Header.randomSessionID(using: &generator)
      })
    show(conversation.start(recordingTo: store?.directory))

    var saver = Saver()
    while true {
      reader.completionWords = conversation.completionWords
      let input = reader.readLine(prompt: conversation.prompt)
      // Read after the line, not before: the window may be resized while the prompt waits.
      conversation.presentation.width = Terminal.columns
      let reply: Reply
      switch input {
      case .line(let text): reply = conversation.handle(text)
      case .truncatedLine: reply = conversation.tooLongLine(limit: reader.maximumLineBytes)
      case .interrupted: continue
      case .endOfInput:
        // The readers end the prompt's line themselves when output is a terminal.
        if !Terminal.outputIsTerminal { Terminal.write("\n") }
        try saver.finish(conversation.finalTranscript(endingFor: .endOfInput), in: &store)
        return
      case .terminated(let termination):
        if !Terminal.outputIsTerminal { Terminal.write("\n") }
        let ending: Transcript.Ending = termination == .hangup ? .hangup : .terminated
        try saver.finish(conversation.finalTranscript(endingFor: ending), in: &store)
        throw ExitCode(termination.conventionalExitStatus)
      }
      show(reply)
      if reply.clearHistory { reader.clearHistory() }
      if let finished = reply.finishedCall { saver.save(finished, in: &store) }
      if reply.quit {
        // A typed line ends with Enter on a terminal; after piped input, end the prompt's line.
        if !Terminal.isInteractive { Terminal.write("\n") }
        try saver.finish(conversation.finalTranscript(endingFor: .quit), in: &store)
        return
      }
      if reply.transcriptChanged { saver.save(conversation.transcript, in: &store) }
    }
  }

  /// The transcripts folder, ready to write; nil with --no-record. Exits with status 2,
  /// before any call begins, when the folder cannot be used.
  private func openStore() throws -> TranscriptStore? {
    if noRecord { return nil }
    guard let directory = TranscriptStore.defaultDirectory(option: transcriptsFolder) else {
      Terminal.writeError("error: there is nowhere to save transcripts: HOME is not set. Give --transcripts FOLDER, or --no-record to practise.\n")
      throw ExitCode(ExitStatus.usage)
    }
    do {
      let store = try TranscriptStore(directory: directory)
      if let warning = store.permissionWarning { Terminal.writeError("warning: \(warning)\n") }
      return store
    } catch {
      Terminal.writeError("error: transcripts cannot be saved: \(error). Give --transcripts FOLDER for a folder you can write, or --no-record to practise.\n")
      throw ExitCode(ExitStatus.usage)
    }
  }

  private func show(_ reply: Reply) {
    guard !reply.lines.isEmpty else { return }
    Terminal.write(reply.lines.joined(separator: "\n") + "\n")
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
        Terminal.writeError("The transcript is being saved again.\n")
        lastProblem = nil
      }
    } catch {
      if lastProblem != error.description {
        Terminal.writeError("warning: \(error). The call goes on; saving is tried again after each answer.\n")
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
      Terminal.writeError("error: the transcript of this call could not be saved: \(error).\n")
      throw ExitCode(ExitStatus.failure)
    }
  }
}
