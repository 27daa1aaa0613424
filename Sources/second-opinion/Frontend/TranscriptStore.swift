import PolicyEngine
import Transcripts

/// The transcripts folder: where every call is saved, atomically, owner-only.
struct TranscriptStore {
  /// The environment variable that names the folder when `--transcripts` is not given.
  static let environmentVariable = "SECOND_OPINION_TRANSCRIPTS"

  let directory: String
  /// The calls already saved once, whose file may now be replaced by a newer copy.
  private var saved: Set<String> = []

  /// Opens the folder, creating it (0700) if missing, and proves that files can be
  /// written there, so that a problem is found before a call begins, not at its end.
  init(directory: String) throws(FileError) {
    self.directory = directory
    try Platform.createDirectory(directory, mode: 0o700)
    try Platform.checkWritable(directory)
  }

  /// The folder to use: `--transcripts`, else `$SECOND_OPINION_TRANSCRIPTS`, else
  /// `$XDG_DATA_HOME/second-opinion/transcripts`, else `~/.local/share/second-opinion/transcripts`.
  static func defaultDirectory(option: String?) -> String? {
    if let option, !option.isEmpty { return option }
    if let variable = Platform.environment(environmentVariable), !variable.isEmpty { return variable }
    if let data = Platform.environment("XDG_DATA_HOME"), data.hasPrefix("/") { return data + "/second-opinion/transcripts" }
    if let home = Platform.environment("HOME"), home.hasPrefix("/") { return home + "/.local/share/second-opinion/transcripts" }
    return nil
  }

  /// A warning when others can read the folder, or nil.
  var permissionWarning: String? {
    guard let mode = Platform.mode(of: directory), mode & 0o077 != 0 else { return nil }
    return "\(directory) can be opened by other users (mode \(String(mode, radix: 8))); run chmod 700 on it. Each transcript is readable by you alone."
  }

  /// The file a call is saved in: its date and random session id.
  func path(of transcript: Transcript) -> String {
    "\(directory)/\(transcript.header.date)-\(transcript.header.sessionID).txt"
  }

  /// Saves a call's transcript (0600), replacing the call's earlier copy but never
  /// another file. A call in which nothing was answered or noted is not kept.
  mutating func save(_ transcript: Transcript) throws(FileError) {
    guard transcript.holdsAnythingDone else { return }
    let path = path(of: transcript)
    try Platform.writeAtomically(Array(transcript.text.utf8), to: path, mode: 0o600, replacing: saved.contains(path))
    saved.insert(path)
  }

  /// Saves a transcript, leaving any problem for the next save to report.
  mutating func saveQuietly(_ transcript: Transcript) {
    try? save(transcript)
  }
}
