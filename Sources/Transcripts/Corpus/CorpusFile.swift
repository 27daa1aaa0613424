/// A generated transcript, with the name of the file it is written to.
public struct CorpusFile: Sendable, Hashable {
  /// A file name without folders, such as `path-001-within-royal-marsden.txt`.
  public var name: String
  public var transcript: Transcript

  public init(name: String, transcript: Transcript) {
    self.name = name
    self.transcript = transcript
  }
}
