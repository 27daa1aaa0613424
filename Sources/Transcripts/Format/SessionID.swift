import PolicyEngine

extension Transcript.Header {
  /// A new session id: 16 lower-case hex digits from the generator, identifying nobody.
  public static func randomSessionID(using generator: inout some RandomNumberGenerator) -> String {
    let value = generator.next()
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// Whether text has the form of a session id: 8 to 64 lower-case hex digits.
  public static func isSessionID(_ text: some StringProtocol) -> Bool {
    (8...64).contains(text.count) && text.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
  }
}

/// A short reference for a call that a caller can read back over the phone when they ring
/// again: six characters from an alphabet with no look-alikes (no 0 and O, 1 and I and L,
/// 2 and Z, 5 and S, 8 and B, G and 6), shown as two groups of three, `K7D-4RM`.
///
/// It is derived from the call's random session id alone, so it identifies nobody and
/// holds nothing a caller said. Two given calls share one about once in 150 million; in a
/// large folder a reference can still match more than one call, and the date tells them apart.
public struct CallBackReference: Sendable, Hashable, CustomStringConvertible {
  /// The characters a reference is written in.
  public static let alphabet = Array("ACDEFHJKMNPQRTUVWXY3479")

  /// The six characters, without the hyphen.
  public let characters: String

  /// The reference of the call with this session id.
  public init(sessionID: String) {
    var value = UInt64(0)
    for byte in sha256Hex(Array("call-back \(sessionID)".utf8)).utf8.prefix(15) {
      value = value << 4 | UInt64(byte <= UInt8(ascii: "9") ? byte - UInt8(ascii: "0") : byte - UInt8(ascii: "a") + 10)
    }
    var characters = ""
    for _ in 0..<6 {
      characters.append(Self.alphabet[Int(value % UInt64(Self.alphabet.count))])
      value /= UInt64(Self.alphabet.count)
    }
    self.characters = characters
  }

  /// The reference as typed or read back: hyphens, spaces and case do not matter. Nil when
  /// it is not six characters of the alphabet.
  public init?(typed text: String) {
    let characters = String(text.uppercased().filter { !$0.isWhitespace && $0 != "-" })
    guard characters.count == 6, characters.allSatisfy(Self.alphabet.contains) else { return nil }
    self.characters = characters
  }

  /// `K7D-4RM`.
  public var description: String { "\(characters.prefix(3))-\(characters.dropFirst(3))" }
}
