extension PolicyDocument {
  /// The name the embedded policy is reported under.
  public static let embeddedName = "<embedded policy.yaml>"

  /// The bytes of the policy shipped inside the binary.
  public static var embeddedBytes: [UInt8] { PackageResources.policy_yaml }

  /// The policy shipped inside the binary.
  public static func embedded() throws(PolicyLoadError) -> PolicyDocument {
    try PolicyDocument(parsing: embeddedBytes, file: embeddedName)
  }
}
