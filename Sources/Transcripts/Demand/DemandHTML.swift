/// The demand report as one self-contained HTML page: the opening lines, three charts
/// (calls per month stacked by outcome family, centre-to-centre flows, "not known" rates
/// per question) and every table of the text report. Inline SVG and CSS only: no script,
/// and a content security policy that lets the page load nothing from anywhere.
public func demandReportHTML(_ report: DemandReport) -> String {
  let preamble = demandReportPreamble(report)
  var html = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <link rel="icon" href="data:,">
    <title>\(escape(preamble[0]))</title>
    <style>\(demandReportStyle)</style>
    </head>
    <body>
    <main>
    <h1>\(escape(preamble[0]))</h1>

    """
  html += "<ul class=\"facts\">\n" + preamble.dropFirst().map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
  guard !report.months.isEmpty else { return html + "<p>No calls to count.</p>\n</main>\n</body>\n</html>\n" }

  html += "<section>\n<h2>Calls per month, by outcome family</h2>\n"
  html += "<figure>\n" + DemandCharts.stackedBars(report) + legend(DemandCharts.familySeries(report), report: report) + "</figure>\n</section>\n"
  if let flows = DemandCharts.flows(report) {
    html += "<section>\n<h2>From treating centre to wanted centre</h2>\n"
    html += "<p class=\"note\">Each band is the calls from the centre on the left to the centre on the right, over the whole period.</p>\n"
    html += "<figure>\n" + flows + "</figure>\n</section>\n"
  }
  if let rates = DemandCharts.notKnownBars(report) {
    html += "<section>\n<h2>How often callers did not know</h2>\n"
    html += "<p class=\"note\">For each question, the share of the calls that answered it and ended with its 'not sure' answer.</p>\n"
    html += "<figure>\n" + rates + "</figure>\n</section>\n"
  }
  for section in report.sections {
    html += "<section>\n<h2>\(escape(section.title))</h2>\n<p class=\"note\">\(escape(section.explanation))</p>\n"
    html += section.rows.isEmpty ? "<p>Nothing to count.</p>\n" : table(section, report: report)
    html += "</section>\n"
  }
  return html + "</main>\n</body>\n</html>\n"
}

/// The key to the stacked bars' colours, and to the hatching of small counts.
private func legend(_ series: [DemandCharts.Series], report: DemandReport) -> String {
  var html = "<figcaption><ul class=\"legend\">\n"
  for item in series {
    html += "<li><span class=\"swatch\" style=\"background:\(item.colour)\"></span>\(escape(item.label))</li>\n"
  }
  let counts = report.smallCounts
  html += "<li><span class=\"swatch hatched\"></span>\(escape("\(counts.hidden): drawn hatched, at the size of \(counts.threshold)"))</li>\n"
  return html + "</ul></figcaption>\n"
}

/// A section as an HTML table, laid out as the text report lays it out.
private func table(_ section: DemandReport.Section, report: DemandReport) -> String {
  let counts = report.smallCounts
  var headings: [String]
  var cells: (DemandReport.Row) -> [String]
  switch section.layout {
  case .byMonth:
    headings = report.months.map(\.description)
    if report.months.count > 1 { headings.append("total") }
    cells = { row in row.counts.map(counts.show) + (report.months.count > 1 ? [counts.show(row.total)] : []) }
  case .shares(let count, let base):
    headings = [count, base, "share"]
    cells = { row in [counts.show(row.total), counts.show(row.base), counts.share(row.total, of: row.base)] }
  }
  var html = "<div class=\"scroll\"><table>\n<thead><tr><th></th>" + headings.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
  for row in section.rows {
    html += "<tr\(row.isPart ? " class=\"part\"" : "")><th>\(escape(row.label))</th>"
    html += cells(row).map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n"
  }
  return html + "</tbody></table></div>\n"
}

/// The page's style sheet: plain, printable, and readable without the charts.
private let demandReportStyle = """

  body { margin: 0; background: #fafafa; color: #222; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  main { max-width: 1180px; margin: 0 auto; padding: 24px; }
  h1 { font-size: 26px; margin: 0 0 8px; }
  h2 { font-size: 19px; margin: 32px 0 4px; border-top: 1px solid #ddd; padding-top: 16px; }
  .facts { padding-left: 20px; color: #444; }
  .note { color: #555; margin: 0 0 8px; }
  figure { margin: 8px 0; }
  svg { width: 100%; height: auto; display: block; background: #fff; border: 1px solid #e4e4e4; }
  svg text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; fill: #333; }
  svg .tick { text-anchor: end; fill: #666; }
  svg .month, svg .total { text-anchor: middle; }
  svg .total { font-weight: 600; }
  svg .grid { stroke: #e6e6e6; }
  svg .base { stroke: #888; }
  svg .from { text-anchor: end; dominant-baseline: middle; }
  svg .to { dominant-baseline: middle; }
  svg .flow { fill-opacity: 0.55; }
  svg .flow:hover { fill-opacity: 0.85; }
  svg .track { fill: #eee; }
  svg .question { font-weight: 600; }
  .legend { list-style: none; padding: 0; margin: 8px 0; display: flex; flex-wrap: wrap; gap: 6px 18px; }
  .swatch { display: inline-block; width: 14px; height: 14px; margin-right: 6px; vertical-align: -2px; border-radius: 2px; }
  .hatched { background: repeating-linear-gradient(45deg, #777 0 3px, #ddd 3px 6px); }
  .scroll { overflow-x: auto; }
  table { border-collapse: collapse; background: #fff; font-size: 14px; font-variant-numeric: tabular-nums; }
  th, td { padding: 3px 7px; border-bottom: 1px solid #eee; }
  thead th { text-align: right; font-weight: 600; background: #f2f2f2; white-space: nowrap; }
  tbody th { text-align: left; font-weight: 600; min-width: 14em; }
  tbody tr.part th { font-weight: normal; padding-left: 26px; }
  td { text-align: right; white-space: nowrap; }

  """
