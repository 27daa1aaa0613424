/// The columns of the demand report's CSV, in order, as its first line names them.
public let demandCSVColumns = ["month", "dimension", "key", "label", "family", "count", "of", "share"]

/// The demand report as CSV: a heading line, then one row per month and counted thing,
/// month by month, then the same rows for the whole period with `all` as the month.
/// Counts are shown as the text report shows them (`<5` under the threshold); lines end
/// with a line feed.
public func demandReportCSV(_ report: DemandReport) -> String {
  let counts = report.smallCounts
  let rows = report.sections.flatMap(\.rows) + report.versions
  var lines = [demandCSVColumns.joined(separator: ",")]
  func line(month: String, _ row: DemandReport.Row, count: Int, base: Int) -> String {
    [month, row.dimension, row.key, row.label, row.family ?? "", counts.show(count), counts.show(base), counts.share(count, of: base)]
      .map(csvField).joined(separator: ",")
  }
  for (index, month) in report.months.enumerated() {
    for row in rows { lines.append(line(month: month.description, row, count: row.counts[index], base: row.bases[index])) }
  }
  if !report.months.isEmpty {
    for row in rows { lines.append(line(month: "all", row, count: row.total, base: row.base)) }
  }
  return lines.joined(separator: "\n") + "\n"
}

/// A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
public func csvField(_ text: String) -> String {
  guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
  return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}
