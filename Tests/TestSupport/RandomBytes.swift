import PolicyEngine

extension SeededRandom {
  /// `count` bytes, each any value from 0 to 255 except those in `excluding`, for feeding
  /// random input to readers and parsers.
  public mutating func bytes(_ count: Int, excluding: Set<UInt8> = []) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count)
    while bytes.count < count {
      let byte = UInt8.random(in: 0...255, using: &self)
      if !excluding.contains(byte) { bytes.append(byte) }
    }
    return bytes
  }
}
