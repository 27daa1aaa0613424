@preconcurrency import Glibc
import PolicyEngine
import Transcripts

/// The transcripts folder: where every call is saved, atomically, owner-only.
struct TranscriptStore {
  /// The environment variable that names the folder when `--transcripts` is not given.
  static let environmentVariable = "SECOND_OPINION_TRANSCRIPTS"

  let directory: String
  /// The folder, open: every file is written within it, never through a link.
  private let folder: Folder
  /// Whether the team shares the folder on purpose (`--shared-folder`).
  private let isShared: Bool
  /// The calls already saved once, whose file may now be replaced by a newer copy.
  private var saved: Set<String> = []

  /// Opens the folder, creating it (0700) if missing, and proves that files can be
  /// written there, so that a problem is found before a call begins, not at its end.
  ///
  /// A folder that other users can write in, or that belongs to another user, is refused
  /// unless `shared`: someone else could plant links or files in it. Temporary files left
  /// by this user's earlier runs that were killed mid-save are removed.
  init(directory: String, shared: Bool = false) throws(FileError) {
    self.directory = directory
    self.isShared = shared
    try Platform.createDirectory(directory, mode: 0o700)
    folder = try Folder(opening: directory)
    if !shared, let status = folder.status {
      if status.owner != geteuid() {
        throw FileError(
          path: directory, action: "use",
          reason: "it belongs to another user, who could plant links or files in it; give --shared-folder if your team shares it on purpose")
      }
      if status.mode & 0o022 != 0 {
        throw FileError(
          path: directory, action: "use",
          reason: "other users can write in it (mode \(String(status.mode, radix: 8))), so they could plant links or files in it; run chmod 700 on it, or give --shared-folder if your team shares it on purpose")
      }
    }
    try folder.checkWritable()
    folder.removeStaleTemporaryFiles()
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

  /// A warning when others can read a folder of this user's own, or nil; a shared folder
  /// is open to the team on purpose.
  var permissionWarning: String? {
    guard !isShared, let mode = folder.status?.mode, mode & 0o077 != 0 else { return nil }
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
    let name = String(path.split(separator: "/").last ?? "")
    try folder.writeAtomically(Array(transcript.text.utf8), named: name, mode: 0o600, replacing: saved.contains(path), reportedAs: path)
    saved.insert(path)
  }

  /// Saves a transcript, leaving any problem for the next save to report.
  mutating func saveQuietly(_ transcript: Transcript) {
    try? save(transcript)
  }
}
