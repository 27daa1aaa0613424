/// How the demand report shows counts so that a small one cannot single out a caller:
/// every count under the threshold, zero included, is shown as `<threshold`, and so is
/// every share that rests on such a count.
public struct SmallCounts: Sendable, Hashable {
  /// The smallest count shown as it is; 5 unless a manager chooses otherwise.
  public var threshold: Int

  public static let defaultThreshold = 5

  public init(threshold: Int = SmallCounts.defaultThreshold) {
    self.threshold = max(1, threshold)
  }

  /// What a small count is shown as: `<5`.
  public var hidden: String { "<\(threshold)" }

  /// Whether a count is shown as `<threshold` rather than as itself.
  public func hides(_ count: Int) -> Bool { count < threshold }

  /// A count as the report shows it: `42`, or `<5`.
  public func show(_ count: Int) -> String {
    hides(count) ? hidden : String(count)
  }

  /// A count as a share of another, in whole percent: `42%`; `<5` when either count is hidden.
  public func share(_ count: Int, of base: Int) -> String {
    guard let percent = percent(count, of: base) else { return hidden }
    return "\(percent)%"
  }

  /// A count as a share of another, in whole percent; nil when either count is hidden.
  public func percent(_ count: Int, of base: Int) -> Int? {
    guard !hides(count), !hides(base), base > 0 else { return nil }
    return Int((Double(count) * 100 / Double(base)).rounded())
  }
}
