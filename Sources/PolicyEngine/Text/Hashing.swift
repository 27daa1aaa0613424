import Crypto

/// The SHA-256 digest of bytes as 64 lower-case hex digits, as `sha256sum` prints it.
public func sha256Hex(_ bytes: some Collection<UInt8>) -> String {
  let digits = Array("0123456789abcdef".utf8)
  var text: [UInt8] = []
  text.reserveCapacity(64)
  for byte in SHA256.hash(data: Array(bytes)) {
    text.append(digits[Int(byte >> 4)])
    text.append(digits[Int(byte & 0x0F)])
  }
  return String(decoding: text, as: UTF8.self)
}
