/// A version of the policy file, such as `1.10.2`: numbers separated by dots, compared
/// number by number (a missing number counts as 0).
public struct PolicyVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
  public let numbers: [Int]

  /// The version a text writes, or nil when it is not numbers separated by dots.
  public init?(_ text: String) {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    var numbers: [Int] = []
    for part in parts {
      guard !part.isEmpty, part.count <= 9, part.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(part) else { return nil }
      numbers.append(number)
    }
    self.numbers = numbers
  }

  public var description: String { numbers.map(String.init).joined(separator: ".") }

  public static func < (a: PolicyVersion, b: PolicyVersion) -> Bool {
    for index in 0..<max(a.numbers.count, b.numbers.count) {
      let x = index < a.numbers.count ? a.numbers[index] : 0
      let y = index < b.numbers.count ? b.numbers[index] : 0
      if x != y { return x < y }
    }
    return false
  }

  public static func == (a: PolicyVersion, b: PolicyVersion) -> Bool { !(a < b) && !(b < a) }

  public func hash(into hasher: inout Hasher) {
    var trimmed = numbers
    while trimmed.last == 0 { trimmed.removeLast() }
    hasher.combine(trimmed)
  }
}
