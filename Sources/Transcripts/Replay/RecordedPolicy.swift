/// The policy a transcript was recorded under, as its header names it.
public struct RecordedPolicy: Sendable, Hashable {
  public var id: String
  public var version: String
  /// The SHA-256 of the policy file, as `sha256sum` prints it.
  public var hash: String

  public init(id: String, version: String, hash: String) {
    self.id = id
    self.version = version
    self.hash = hash
  }

  /// The policy of a transcript's header.
  public init(of header: Transcript.Header) {
    self.init(id: header.policyID, version: header.policyVersion, hash: header.policyHash)
  }

  /// `london-sarcoma-second-opinions 1.0.0 (sha256 3f2a9c1d0b7e)`, the hash cut to 12 digits.
  public var description: String {
    "\(id) \(version) (sha256 \(hash.prefix(12)))"
  }

  /// How a transcript recorded under this policy differs from the current one, in words;
  /// nil when they are the same.
  public func difference(from current: RecordedPolicy) -> String? {
    if self == current { return nil }
    if id != current.id {
      return "recorded under another policy, \(description), replayed against \(current.description)"
    }
    if version != current.version {
      return "recorded under policy version \(version) (sha256 \(hash.prefix(12))), replayed against \(current.version) (sha256 \(current.hash.prefix(12)))"
    }
    return
      "recorded under policy version \(version) with another file (sha256 \(hash.prefix(12)), now \(current.hash.prefix(12))); the policy changed without a new version"
  }
}
