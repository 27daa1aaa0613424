/// A problem found in an input file, with where it is.
public struct Diagnostic: Sendable, Hashable, Error, CustomStringConvertible {
  public enum Severity: String, Sendable, Hashable {
    case error, warning, note
  }

  public var severity: Severity
  public var message: String
  public var location: SourceLocation?

  public init(_ severity: Severity, _ message: String, at location: SourceLocation? = nil) {
    self.severity = severity
    self.message = message
    self.location = location
  }

  /// The diagnostic as one line, `file:line:column: error: message`.
  public var description: String {
    let place = location.map { "\($0): " } ?? ""
    return "\(place)\(severity.rawValue): \(message)"
  }
}

extension Sequence {
  /// The elements in the order of their places in the file (those without a place first),
  /// keeping the given order among elements at the same place.
  public func inFileOrder(by place: (Element) -> SourceLocation?) -> [Element] {
    enumerated().sorted { left, right in
      let (a, b) = (place(left.element), place(right.element))
      if a != b {
        guard let a else { return true }
        guard let b else { return false }
        return a < b
      }
      return left.offset < right.offset
    }.map(\.element)
  }
}

extension Sequence<Diagnostic> {
  /// The diagnostics in the order of their places in the file.
  public func inFileOrder() -> [Diagnostic] { inFileOrder(by: \.location) }
}
