/// The demand report's charts as inline SVG: no script, no font or image from elsewhere.
/// Every number drawn as text goes through the report's small-count rule; a count under
/// the threshold is drawn hatched at the threshold's size, so its size tells no more than
/// its `<5` label.
enum DemandCharts {
  /// Colours for families in the policy's order; grey is kept for abandoned calls.
  static let palette = ["#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#76b7b2", "#b07aa1", "#edc948", "#9c755f", "#ff9da7"]
  static let grey = "#9d9590"
  /// Colours for treating centres, unlike the families' so the two charts are not read as one key.
  static let centrePalette = ["#2f5d7c", "#8c564b", "#6b7f2a", "#a0522d", "#4b6c6b", "#7a4f8a", "#8a7a3a", "#505a68", "#6d6d6d"]

  /// A series of a chart: one value per month (or per item), in one colour.
  struct Series {
    var label: String
    var colour: String
    var counts: [Int]
  }

  // MARK: Calls per month, stacked by family

  /// The series of the stacked bars: each family (and any group of outcomes outside the
  /// families), then abandoned calls.
  static func familySeries(_ report: DemandReport) -> [Series] {
    guard let outcomes = report.sections.first(where: { $0.id == "outcomes" }) else { return [] }
    var series: [Series] = []
    for row in outcomes.rows where !row.isPart && row.key != "all" {
      let colour = row.key == "abandoned" ? grey : palette[series.count % palette.count]
      series.append(Series(label: row.label, colour: colour, counts: row.counts))
    }
    return series
  }

  /// Calls per month as bars stacked by family, each month's total above its bar.
  static func stackedBars(_ report: DemandReport) -> String {
    let counts = report.smallCounts
    let series = familySeries(report)
    let months = report.months
    let (width, height) = (960.0, 380.0)
    let (left, right, top, bottom) = (56.0, 12.0, 24.0, 44.0)
    let plotWidth = width - left - right
    let plotHeight = height - top - bottom
    // A hidden count is drawn at the threshold's height, so its bar tells no more than its label.
    func drawn(_ count: Int) -> Int { count > 0 && counts.hides(count) ? counts.threshold : count }
    let stacks = months.indices.map { month in series.map { drawn($0.counts[month]) }.reduce(0, +) }
    let scale = axisScale(maximum: stacks.max() ?? 0, smallest: counts.threshold)
    let slot = plotWidth / Double(max(months.count, 1))
    let barWidth = min(64, slot * 0.7)
    var svg = svgOpen(width: width, height: height, label: "Calls per month, stacked by outcome family")
    svg += patterns(series)
    svg += axis(scale: scale, left: left, top: top, plotWidth: plotWidth, plotHeight: plotHeight)
    let totals = months.indices.map { month in series.map { $0.counts[month] }.reduce(0, +) }
    for (month, name) in months.enumerated() {
      let x = left + slot * Double(month) + (slot - barWidth) / 2
      var y = top + plotHeight
      for (index, item) in series.enumerated() where item.counts[month] > 0 {
        let count = item.counts[month]
        let h = Double(drawn(count)) / Double(scale.maximum) * plotHeight
        y -= h
        let fill = counts.hides(count) ? "url(#hidden-\(index))" : item.colour
        svg += "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(barWidth))\" height=\"\(f(h))\" fill=\"\(fill)\">"
        svg += "<title>\(escape("\(name), \(item.label): \(counts.show(count))"))</title></rect>\n"
      }
      svg += "<text x=\"\(f(x + barWidth / 2))\" y=\"\(f(y - 6))\" class=\"total\">\(escape(counts.show(totals[month])))</text>\n"
      svg += "<text x=\"\(f(x + barWidth / 2))\" y=\"\(f(top + plotHeight + 18))\" class=\"month\">\(name)</text>\n"
    }
    return svg + "</svg>\n"
  }

  // MARK: Centre-to-centre flows

  /// A node of the flow chart: an answer, with the flows that leave or reach it.
  private struct Node {
    var key: String
    var label: String
    var drawn = 0
    var count = 0
    var y = 0.0
    var next = 0.0
  }

  /// Bands from each treating centre on the left to each wanted centre on the right, as
  /// wide as their calls over the period; nil when there are none.
  static func flows(_ report: DemandReport) -> String? {
    guard let section = report.sections.first(where: { $0.id == "centres" }), !section.rows.isEmpty else { return nil }
    let counts = report.smallCounts
    var leftNodes: [Node] = []
    var rightNodes: [Node] = []
    var links: [(from: Int, to: Int, count: Int, drawn: Int)] = []
    func index(of key: String, label: String, in nodes: inout [Node]) -> Int {
      if let found = nodes.firstIndex(where: { $0.key == key }) { return found }
      nodes.append(Node(key: key, label: label))
      return nodes.count - 1
    }
    for row in section.rows where row.total > 0 {
      let keys = row.key.split(separator: ">", maxSplits: 1).map(String.init)
      let labels = row.label.components(separatedBy: " → ")
      guard keys.count == 2, labels.count == 2 else { continue }
      let from = index(of: keys[0], label: labels[0], in: &leftNodes)
      let to = index(of: keys[1], label: labels[1], in: &rightNodes)
      let drawn = counts.hides(row.total) ? counts.threshold : row.total
      links.append((from, to, row.total, drawn))
      leftNodes[from].drawn += drawn
      leftNodes[from].count += row.total
      rightNodes[to].drawn += drawn
      rightNodes[to].count += row.total
    }
    guard !links.isEmpty else { return nil }
    let (width, top, gap, nodeWidth) = (1000.0, 16.0, 14.0, 14.0)
    // Room on the left for the longest treating-centre label at 12 px, and on the right for the wanted centre's.
    let (leftX, rightX) = (420.0, 640.0)
    let plotHeight = 420.0
    let totalDrawn = Double(max(leftNodes.map(\.drawn).reduce(0, +), rightNodes.map(\.drawn).reduce(0, +)))
    let scale = (plotHeight - gap * Double(max(leftNodes.count, rightNodes.count) - 1)) / totalDrawn
    func place(_ nodes: inout [Node]) {
      var y = top
      for index in nodes.indices {
        nodes[index].y = y
        nodes[index].next = y
        y += Double(nodes[index].drawn) * scale + gap
      }
    }
    place(&leftNodes)
    place(&rightNodes)
    let height = top * 2 + plotHeight
    var svg = svgOpen(width: width, height: height, label: "Calls from each treating centre to each wanted centre")
    svg += patterns(leftNodes.indices.map { Series(label: "", colour: centrePalette[$0 % centrePalette.count], counts: []) })
    for link in links {
      let thickness = Double(link.drawn) * scale
      let y0 = leftNodes[link.from].next
      let y1 = rightNodes[link.to].next
      leftNodes[link.from].next += thickness
      rightNodes[link.to].next += thickness
      let (x0, x1) = (leftX + nodeWidth, rightX)
      let middle = (x0 + x1) / 2
      let path =
        "M\(f(x0)),\(f(y0)) C\(f(middle)),\(f(y0)) \(f(middle)),\(f(y1)) \(f(x1)),\(f(y1)) "
        + "L\(f(x1)),\(f(y1 + thickness)) C\(f(middle)),\(f(y1 + thickness)) \(f(middle)),\(f(y0 + thickness)) \(f(x0)),\(f(y0 + thickness)) Z"
      let fill = counts.hides(link.count) ? "url(#hidden-\(link.from))" : centrePalette[link.from % centrePalette.count]
      let title = "\(leftNodes[link.from].label) → \(rightNodes[link.to].label): \(counts.show(link.count))"
      svg += "<path d=\"\(path)\" fill=\"\(fill)\" class=\"flow\"><title>\(escape(title))</title></path>\n"
    }
    for (index, node) in leftNodes.enumerated() {
      let h = Double(node.drawn) * scale
      svg += "<rect x=\"\(f(leftX))\" y=\"\(f(node.y))\" width=\"\(f(nodeWidth))\" height=\"\(f(h))\" fill=\"\(centrePalette[index % centrePalette.count])\"/>\n"
      svg += "<text x=\"\(f(leftX - 8))\" y=\"\(f(node.y + h / 2))\" class=\"from\">\(escape("\(node.label) · \(counts.show(node.count))"))</text>\n"
    }
    for node in rightNodes {
      let h = Double(node.drawn) * scale
      svg += "<rect x=\"\(f(rightX))\" y=\"\(f(node.y))\" width=\"\(f(nodeWidth))\" height=\"\(f(h))\" fill=\"#555\"/>\n"
      svg += "<text x=\"\(f(rightX + nodeWidth + 8))\" y=\"\(f(node.y + h / 2))\" class=\"to\">\(escape("\(node.label) · \(counts.show(node.count))"))</text>\n"
    }
    return svg + "</svg>\n"
  }

  // MARK: "Not known" rates

  /// A bar for each question: the share of the calls that answered it and did not know.
  static func notKnownBars(_ report: DemandReport) -> String? {
    guard let section = report.sections.first(where: { $0.id == "not-known" }), !section.rows.isEmpty else { return nil }
    let counts = report.smallCounts
    let (width, rowHeight, top, barLeft, barWidth) = (960.0, 46.0, 8.0, 0.0, 760.0)
    let height = top * 2 + rowHeight * Double(section.rows.count)
    var svg = svgOpen(width: width, height: height, label: "Share of calls in which the caller did not know the answer, by question")
    for (index, row) in section.rows.enumerated() {
      let y = top + rowHeight * Double(index)
      svg += "<text x=\"\(f(barLeft))\" y=\"\(f(y + 13))\" class=\"question\">\(escape(row.label))</text>\n"
      svg += "<rect x=\"\(f(barLeft))\" y=\"\(f(y + 20))\" width=\"\(f(barWidth))\" height=\"16\" class=\"track\"/>\n"
      let detail = "\(counts.show(row.total)) of \(counts.show(row.base))"
      if let percent = counts.percent(row.total, of: row.base) {
        let length = barWidth * Double(percent) / 100
        svg += "<rect x=\"\(f(barLeft))\" y=\"\(f(y + 20))\" width=\"\(f(length))\" height=\"16\" fill=\"\(palette[3])\">"
        svg += "<title>\(escape("\(row.label) \(percent)% (\(detail))"))</title></rect>\n"
        svg += "<text x=\"\(f(barLeft + barWidth + 10))\" y=\"\(f(y + 33))\" class=\"rate\">\(escape("\(percent)% (\(detail))"))</text>\n"
      } else {
        svg += "<text x=\"\(f(barLeft + barWidth + 10))\" y=\"\(f(y + 33))\" class=\"rate\">\(escape("\(counts.hidden) (\(detail))"))</text>\n"
      }
    }
    return svg + "</svg>\n"
  }

  // MARK: Pieces

  /// The value at the top of an axis and the step between its labelled ticks: a round
  /// step never under the threshold, so no tick is labelled with a small count.
  struct AxisScale {
    var maximum: Int
    var step: Int
  }

  /// The scale for bars up to `maximum`, its step a round number no smaller than `smallest`.
  static func axisScale(maximum: Int, smallest: Int) -> AxisScale {
    let target = max(Double(maximum) / 5, Double(smallest), 1)
    var magnitude = 1.0
    while magnitude * 10 <= target { magnitude *= 10 }
    let step = Int([1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= target } ?? magnitude * 10)
    let top = max(step, Int((Double(maximum) / Double(step)).rounded(.up)) * step)
    return AxisScale(maximum: top, step: step)
  }

  /// Grid lines at each step, labelled but for the baseline.
  private static func axis(scale: AxisScale, left: Double, top: Double, plotWidth: Double, plotHeight: Double) -> String {
    var svg = ""
    for value in stride(from: 0, through: scale.maximum, by: scale.step) {
      let y = top + plotHeight - Double(value) / Double(scale.maximum) * plotHeight
      svg += "<line x1=\"\(f(left))\" x2=\"\(f(left + plotWidth))\" y1=\"\(f(y))\" y2=\"\(f(y))\" class=\"\(value == 0 ? "base" : "grid")\"/>\n"
      // The zero line is the baseline; it needs no label, and a label of 0 would read as a count.
      if value > 0 { svg += "<text x=\"\(f(left - 8))\" y=\"\(f(y + 4))\" class=\"tick\">\(value)</text>\n" }
    }
    return svg
  }

  /// Hatching in each series' colour, for counts under the threshold.
  private static func patterns(_ series: [Series]) -> String {
    var svg = "<defs>\n"
    for (index, item) in series.enumerated() {
      svg += "<pattern id=\"hidden-\(index)\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" patternTransform=\"rotate(45)\">"
      svg += "<rect width=\"6\" height=\"6\" fill=\"\(item.colour)\" fill-opacity=\"0.25\"/>"
      svg += "<rect width=\"3\" height=\"6\" fill=\"\(item.colour)\"/></pattern>\n"
    }
    return svg + "</defs>\n"
  }

  /// The opening tag of a chart that scales to its container.
  private static func svgOpen(width: Double, height: Double, label: String) -> String {
    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(escape(label))\">\n"
  }

  /// A coordinate with at most one decimal.
  static func f(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }
}

/// Text made safe to put in HTML or SVG, in an element or a quoted attribute.
func escape(_ text: String) -> String {
  var result = ""
  result.reserveCapacity(text.utf8.count)
  for character in text {
    switch character {
    case "&": result += "&amp;"
    case "<": result += "&lt;"
    case ">": result += "&gt;"
    case "\"": result += "&quot;"
    case "'": result += "&#39;"
    default: result.append(character)
    }
  }
  return result
}
