/// The demand report as text for a terminal: a few lines on what was read, then each
/// section as a table that fits `width` columns where the labels allow; months that do
/// not fit side by side go on in a further table with the same rows.
public func demandReportText(_ report: DemandReport, width: Int = 80) -> String {
  var lines = demandReportPreamble(report).flatMap { wrapWords($0, width: width) }
  if report.months.isEmpty {
    lines += ["", "No calls to count."]
    return lines.joined(separator: "\n") + "\n"
  }
  for section in report.sections {
    lines.append("")
    lines += wrapWords(section.title, width: width)
    lines += wrapWords(section.explanation, width: width).map { $0 }
    lines.append("")
    if section.rows.isEmpty {
      lines.append("Nothing to count.")
      continue
    }
    switch section.layout {
    case .byMonth:
      lines += monthTables(section.rows, report: report, width: width)
    case .shares(let count, let base):
      lines += shareTable(section.rows, headings: [count, base, "share"], report: report, width: width)
    }
  }
  return lines.joined(separator: "\n") + "\n"
}

/// The report's opening lines: the period, the calls, what was read, the policy
/// versions, and how notes and small counts are treated. Shared by every rendering.
func demandReportPreamble(_ report: DemandReport) -> [String] {
  let counts = report.smallCounts
  var lines = ["Second-opinion demand report" + (report.months.first.map { ", \($0) to \(report.months.last!)" } ?? "")]
  lines.append("Calls counted: \(counts.show(report.callCount)), each under the outcome it recorded; outcomes named as in \(report.policy.id) \(report.policy.version).")
  let reading = report.reading
  var read = "Transcript files read: \(counts.show(reading.files))"
  read += reading.duplicates == 0 ? "; no session was read twice" : "; sessions read more than once, counted once: \(counts.show(reading.duplicates))"
  read += reading.skipped == 0 ? "; none skipped." : "; skipped as unreadable or malformed: \(reading.skipped) (listed on standard error)."
  lines.append(read)
  if !report.versions.isEmpty {
    lines.append(
      "Policy versions read: " + report.versions.map { "\($0.label) (\(counts.show($0.total)) calls)" }.joined(separator: ", ") + ".")
  }
  lines.append("Notes are never read or shown: the report counts ids, months and outcomes only.")
  lines.append("Counts under \(counts.threshold) are shown as \(counts.hidden), and so is any share resting on one.")
  return lines
}

/// The least room a label column keeps before months move to a further table.
private let minimumLabelWidth = 30

/// A section laid out with a column for each month, then the total; in as many tables as
/// it takes to fit `width`, the columns shared out evenly.
private func monthTables(_ rows: [DemandReport.Row], report: DemandReport, width: Int) -> [String] {
  let counts = report.smallCounts
  var columns: [TextTableColumn] = report.months.enumerated().map { index, month in
    TextTableColumn(heading: month.description, cells: rows.map { counts.show($0.counts[index]) }, gap: 1)
  }
  if report.months.count > 1 { columns.append(TextTableColumn(heading: "total", cells: rows.map { counts.show($0.total) }, gap: 1)) }
  // Every month's column is as wide as the widest, so the tables line up.
  let widest = columns.map(\.width).max()!
  columns = columns.map { TextTableColumn(heading: $0.heading, cells: $0.cells, gap: 1 + widest - $0.width) }
  let perTable = max(1, (width - minimumLabelWidth) / widest)
  let tableCount = (columns.count + perTable - 1) / perTable
  let balanced = (columns.count + tableCount - 1) / tableCount
  var lines: [String] = []
  for start in stride(from: 0, to: columns.count, by: balanced) {
    if start > 0 { lines.append("") }
    lines += table(rows, columns: Array(columns[start..<min(start + balanced, columns.count)]), width: width)
  }
  return lines
}

/// A section laid out as count, base and share over the whole period.
private func shareTable(_ rows: [DemandReport.Row], headings: [String], report: DemandReport, width: Int) -> [String] {
  let counts = report.smallCounts
  let columns = [
    TextTableColumn(heading: headings[0], cells: rows.map { counts.show($0.total) }, gap: 2),
    TextTableColumn(heading: headings[1], cells: rows.map { counts.show($0.base) }, gap: 2),
    TextTableColumn(heading: headings[2], cells: rows.map { counts.share($0.total, of: $0.base) }, gap: 2),
  ]
  return table(rows, columns: columns, width: width)
}

/// Rows of a label column and the columns' cells; a part's label is indented.
private func table(_ rows: [DemandReport.Row], columns: [TextTableColumn], width: Int) -> [String] {
  textTable(labels: rows.map { TextTableLabel(text: $0.label, isIndented: $0.isPart) }, columns: columns, width: width, minimumLabelWidth: minimumLabelWidth / 2)
}

