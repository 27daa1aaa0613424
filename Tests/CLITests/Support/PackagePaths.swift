/// Folders of this package that the end-to-end tests read: the policy fixtures and the
/// transcripts corpus. Found from this source file's own path, so they work whatever the
/// working directory of the test run.
enum PackagePaths {
  /// The package's root folder (the one holding `Package.swift`).
  static let root: String = {
    // This file is <root>/Tests/CLITests/Support/PackagePaths.swift.
    var components = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    guard components.count > 4 else { return "." }
    components.removeLast(4)
    return components.joined(separator: "/")
  }()

  /// `Tests/PolicyEngineTests/Fixtures`: small policies, valid and broken.
  static var policyFixtures: String { root + "/Tests/PolicyEngineTests/Fixtures" }

  /// `transcripts`: the corpus of recorded calls the shipped policy must replay.
  static var corpus: String { root + "/transcripts" }
}
