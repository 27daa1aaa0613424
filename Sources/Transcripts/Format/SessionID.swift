extension Transcript.Header {
  /// A new session id: 16 lower-case hex digits from the generator, identifying nobody.
  public static func randomSessionID(using generator: inout some RandomNumberGenerator) -> String {
    let value = generator.next()
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
