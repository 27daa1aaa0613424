import PolicyEngine
import Testing

@testable import Transcripts

/// The demand report's CSV and HTML.
@Suite struct DemandOutputTests {
  /// Two months of calls, with a pair of centres whose label holds a comma, a question
  /// no caller could answer, and a count under the threshold.
  private var twoMonths: DemandReport {
    demandReport(
      shippedCalls(6, from: 1, "asker=patient", "treating-centre=elsewhere-uk", "wanted-at=elsewhere", date: "2026-04-02")
        + shippedCalls(5, from: 10, "asker=patient", "treating-centre=elsewhere-uk", "wanted-at=royal-marsden", "sarcoma=unsure", date: "2026-04-09")
        + shippedCalls(5, from: 20, "asker=family", "treating-centre=rnoh", "wanted-at=london-sarcoma-service", date: "2026-05-20")
        + shippedCalls(2, from: 30, "asker=family", "treating-centre=unsure", "wanted-at=elsewhere", date: "2026-05-21"))
  }

  /// A CSV line's fields, reading quoted fields as RFC 4180 writes them.
  private func fields(_ line: Substring) -> [String] {
    var fields: [String] = []
    var field = ""
    var quoted = false
    var characters = line.makeIterator()
    while let character = characters.next() {
      if quoted {
        if character == "\"" {
          quoted = false
        } else {
          field.append(character)
        }
      } else if character == "\"" {
        if !field.isEmpty { field.append("\"") }
        quoted = true
      } else if character == "," {
        fields.append(field)
        field = ""
      } else {
        field.append(character)
      }
    }
    return fields + [field]
  }

  @Test func writesTheDocumentedColumnsOnEveryLine() {
    let lines = demandReportCSV(twoMonths).split(separator: "\n")
    #expect(lines[0] == "month,dimension,key,label,family,count,of,share")
    #expect(demandCSVColumns == ["month", "dimension", "key", "label", "family", "count", "of", "share"])
    for line in lines { #expect(fields(line).count == 8, "\(line)") }
    let months = Set(lines.dropFirst().map { fields($0)[0] })
    #expect(months == ["2026-04", "2026-05", "all"])
    let dimensions = Set(lines.dropFirst().map { fields($0)[1] })
    #expect(
      dimensions == [
        "calls", "family", "outcome", "asker", "centres", "between-london", "between-london-family", "between-london-outcome", "not-known",
        "policy-version",
      ])
  }

  @Test func writesOneRowPerMonthAndCountedThing() {
    let csv = demandReportCSV(twoMonths)
    let rows = [
      "2026-04,calls,all,All calls,,11,11,100%",
      "2026-05,calls,all,All calls,,7,7,100%",
      "all,calls,all,All calls,,18,18,100%",
      "2026-04,family,outside-london,Outside London,,6,11,55%",
      "2026-04,outcome,outside-london,A second opinion outside the London services,outside-london,6,11,55%",
      "2026-05,outcome,outside-london,A second opinion outside the London services,outside-london,<5,7,<5",
      "all,outcome,within-london-sarcoma-service,\"Between UCLH and RNOH: one service, and the policy is silent\",policy-silent,5,18,28%",
      "2026-05,centres,rnoh>london-sarcoma-service,\"RNOH, Stanmore (part of the London Sarcoma Service) → The London Sarcoma Service (UCLH or RNOH)\",,5,7,71%",
      "2026-04,asker,patient,The patient,,11,11,100%",
      "2026-04,not-known,wanted-at,Where would they like the second opinion?,,<5,11,<5",
      "2026-04,not-known,sarcoma,What type of sarcoma is it?,,5,5,100%",
      "all,policy-version,london-sarcoma-second-opinions@1.0.0,london-sarcoma-second-opinions 1.0.0,,18,18,100%",
    ]
    for row in rows { #expect(csv.contains("\n" + row + "\n"), "\(row)") }
  }

  @Test func quotesFieldsThatHoldACommaOrAQuote() {
    #expect(csvField("plain") == "plain")
    #expect(csvField("RNOH, Stanmore") == "\"RNOH, Stanmore\"")
    #expect(csvField("the \"other\" service") == "\"the \"\"other\"\" service\"")
  }

  // MARK: HTML

  @Test func writesOneSelfContainedPageWithThreeCharts() {
    let html = demandReportHTML(twoMonths)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n"))
    #expect(html.hasSuffix("</main>\n</body>\n</html>\n"))
    #expect(html.components(separatedBy: "<svg ").count - 1 == 3)
    #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"))
    // Nothing from elsewhere: no script, no link or source but the empty data icon, no address but SVG's namespace.
    #expect(!html.lowercased().contains("<script"))
    #expect(html.components(separatedBy: "src=").count == 1)
    #expect(html.components(separatedBy: "href=").count == 2 && html.contains("<link rel=\"icon\" href=\"data:,\">"))
    #expect(html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "").range(of: "://") == nil)
    // Every "<5" is written as text, never as a bare "<" that a parser might take for a tag.
    #expect(!html.contains(try! Regex("<[0-9]")))
  }

  @Test func drawsCallsPerMonthStackedByFamilyWithSmallCountsHatched() {
    let html = demandReportHTML(twoMonths)
    #expect(html.contains("aria-label=\"Calls per month, stacked by outcome family\""))
    #expect(html.contains("<title>2026-04, Outside London: 6</title>"))
    #expect(html.contains("fill=\"url(#hidden-"))
    #expect(html.contains("<title>2026-05, Outside London: &lt;5</title>"))
    #expect(html.contains("<li><span class=\"swatch hatched\"></span>&lt;5: drawn hatched, at the size of 5</li>"))
  }

  @Test func drawsTheFlowsBetweenCentresAndTheNotKnownRates() {
    let html = demandReportHTML(twoMonths)
    #expect(html.contains("<title>RNOH, Stanmore (part of the London Sarcoma Service) → The London Sarcoma Service (UCLH or RNOH): 5</title>"))
    #expect(html.contains(">Another sarcoma centre or hospital elsewhere in the UK · 11</text>"))
    #expect(html.contains(">What type of sarcoma is it?</text>"))
    #expect(html.contains(">100% (5 of 5)</text>"))
    #expect(html.contains(">&lt;5 (&lt;5 of 18)</text>"))
  }

  @Test func escapesTextForHTML() {
    #expect(escape("Tom & Jerry's <b>\"x\"</b>") == "Tom &amp; Jerry&#39;s &lt;b&gt;&quot;x&quot;&lt;/b&gt;")
  }

  @Test func labelsTheAxisInStepsNeverUnderTheThreshold() {
    #expect(DemandCharts.axisScale(maximum: 8, smallest: 5).step == 5)
    #expect(DemandCharts.axisScale(maximum: 8, smallest: 5).maximum == 10)
    #expect(DemandCharts.axisScale(maximum: 930, smallest: 5).step == 200)
    #expect(DemandCharts.axisScale(maximum: 930, smallest: 5).maximum == 1000)
    #expect(DemandCharts.axisScale(maximum: 0, smallest: 5).maximum == 5)
  }
}
