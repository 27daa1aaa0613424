/// A month of the calendar, written `YYYY-MM`: the unit the demand report counts calls by.
public struct CalendarMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
  public let year: Int
  /// 1 to 12.
  public let month: Int

  /// A month from its year and its number, 1 to 12; nil for any other number.
  public init?(year: Int, month: Int) {
    guard (1...12).contains(month), year >= 0 else { return nil }
    self.init(checkedYear: year, month: month)
  }

  private init(checkedYear year: Int, month: Int) {
    self.year = year
    self.month = month
  }

  /// A month written `YYYY-MM`, such as `2026-11`; nil for anything else.
  public init?(_ text: some StringProtocol) {
    guard let (year, month) = Self.digits(text.utf8, length: 7) else { return nil }
    self.init(year: year, month: month)
  }

  /// The month of a day written `YYYY-MM-DD`, as a transcript's header gives it; nil for anything else.
  public init?(ofDay day: some StringProtocol) {
    let utf8 = day.utf8
    guard utf8.count == 10, let (year, month) = Self.digits(utf8.prefix(7), length: 7) else { return nil }
    self.init(year: year, month: month)
  }

  /// The year and month of `YYYY-MM`, read from its bytes.
  private static func digits(_ bytes: some Collection<UInt8>, length: Int) -> (Int, Int)? {
    guard bytes.count == length else { return nil }
    var year = 0
    var month = 0
    for (position, byte) in bytes.enumerated() {
      if position == 4 {
        guard byte == UInt8(ascii: "-") else { return nil }
        continue
      }
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      let digit = Int(byte - UInt8(ascii: "0"))
      if position < 4 { year = year * 10 + digit } else { month = month * 10 + digit }
    }
    return (year, month)
  }

  /// The month after this one.
  public var next: CalendarMonth {
    month == 12 ? CalendarMonth(checkedYear: year + 1, month: 1) : CalendarMonth(checkedYear: year, month: month + 1)
  }

  /// `2026-11`.
  public var description: String {
    let yearText = String(year)
    return String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText + (month < 10 ? "-0" : "-") + String(month)
  }

  /// Every month from `first` to `last`, both included; empty when `last` comes before `first`.
  public static func months(from first: CalendarMonth, through last: CalendarMonth) -> [CalendarMonth] {
    var months: [CalendarMonth] = []
    var month = first
    while month <= last {
      months.append(month)
      month = month.next
    }
    return months
  }

  public static func < (left: CalendarMonth, right: CalendarMonth) -> Bool {
    (left.year, left.month) < (right.year, right.month)
  }
}
