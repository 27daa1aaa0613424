/// Whether a year, month and day name a day of the (proleptic Gregorian) calendar.
public func isCalendarDate(year: Int, month: Int, day: Int) -> Bool {
  guard (1...12).contains(month) else { return false }
  let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  return (1...lengths[month - 1]).contains(day)
}

/// Whether text is a day of the calendar written `YYYY-MM-DD`, as policies and
/// transcripts date themselves.
public func isCalendarDate(_ text: some StringProtocol) -> Bool {
  let parts = text.split(separator: "-", omittingEmptySubsequences: false)
  guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
    parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
    let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
  else { return false }
  return isCalendarDate(year: year, month: month, day: day)
}
