/// A random number generator that gives the same numbers for the same seed, on every
/// platform and Swift version (SplitMix64).
///
/// The standard library's `shuffled(using:)` and `randomElement(using:)` may change how
/// they use a generator from one Swift release to the next; the helpers here do not, so
/// a training course given by a seed stays the same course.
public struct SeededRandom: RandomNumberGenerator, Sendable, Hashable {
  /// The generator's whole state.
  public private(set) var state: UInt64

  /// A generator that starts from `seed`.
  public init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }

  /// A whole number from 0 up to, but not including, `bound` (which must be positive),
  /// every value equally likely.
  public mutating func number(below bound: Int) -> Int {
    precondition(bound > 0, "the bound must be positive")
    let limit = UInt64(bound)
    // Reject the top sliver of values that would make some results likelier than others.
    let threshold = (0 &- limit) % limit
    while true {
      let value = next()
      if value >= threshold { return Int(value % limit) }
    }
  }

  /// True `percent` times in a hundred.
  public mutating func chance(percent: Int) -> Bool {
    number(below: 100) < percent
  }

  /// One element of a collection, which must not be empty.
  public mutating func pick<C: Collection>(from elements: C) -> C.Element {
    precondition(!elements.isEmpty, "cannot pick from an empty collection")
    return elements[elements.index(elements.startIndex, offsetBy: number(below: elements.count))]
  }

  /// The elements in a random order (Fisher–Yates).
  public mutating func shuffled<S: Sequence>(_ elements: S) -> [S.Element] {
    var result = Array(elements)
    guard result.count > 1 else { return result }
    for index in stride(from: result.count - 1, to: 0, by: -1) {
      result.swapAt(index, number(below: index + 1))
    }
    return result
  }

  /// A generator for one part of a larger random choice, drawn from this one, so that
  /// what the part consumes does not shift the numbers of the parts after it.
  public mutating func split() -> SeededRandom {
    SeededRandom(seed: next())
  }
}
