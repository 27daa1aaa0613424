/// Folders of this package that tests read: the policy fixtures and the transcripts
/// corpus. Found from this source file's own path, so they work whatever the working
/// directory of the test run.
public enum PackagePaths {
  /// The package's root folder (the one holding `Package.swift`).
  public static let root: String = {
    // This file is <root>/Tests/TestSupport/PackagePaths.swift.
    var components = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    guard components.count > 3 else { return "." }
    components.removeLast(3)
    return components.joined(separator: "/")
  }()

  /// `Tests/PolicyEngineTests/Fixtures`: small policies, valid and broken.
  public static var policyFixtures: String { root + "/Tests/PolicyEngineTests/Fixtures" }

  /// `transcripts`: the corpus of recorded calls the shipped policy must replay.
  public static var corpus: String { root + "/transcripts" }
}
