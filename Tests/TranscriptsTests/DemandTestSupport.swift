import PolicyEngine
import Testing

@testable import Transcripts

/// A call on the shipped policy, as its transcript: each answer (`question=answer`) is
/// asked and given in turn; the call then ends with the outcome the policy decides, or,
/// when abandoned, with the next question shown and not answered.
func shippedCall(
  _ answers: String..., session: Int, date: String = "2026-03-14", ending: Transcript.Ending = .outcome, version: String = "1.0.0"
) -> Transcript {
  shippedCall(answers, session: session, date: date, ending: ending, version: version)
}

/// `shippedCall` with its answers given as an array.
func shippedCall(
  _ answers: [String], session: Int, date: String = "2026-03-14", ending: Transcript.Ending = .outcome, version: String = "1.0.0"
) -> Transcript {
  let machine = shipped.machine
  var events: [Transcript.Event] = []
  var given: [GivenAnswer] = []
  for pair in answers {
    let parts = pair.split(separator: "=").map(String.init)
    events.append(.asked(question: parts[0], prompt: machine.policy.question(parts[0])!.prompt))
    events.append(.answered(question: parts[0], answer: parts[1]))
    given.append(GivenAnswer(question: parts[0], answer: parts[1]))
  }
  switch try! machine.step(after: given).get() {
  case .decided(let decision):
    precondition(ending == .outcome, "the answers \(answers) decide the call, so it cannot be abandoned")
    events.append(.decided(outcome: decision.outcome.id, clauses: decision.outcome.clauses))
  case .ask(let question):
    precondition(ending != .outcome, "the answers \(answers) do not decide the call")
    events.append(.asked(question: question.id, prompt: question.prompt))
  }
  return Transcript(
    header: Transcript.Header(
      policyID: "london-sarcoma-second-opinions", policyVersion: version, policyHash: shipped.document.contentHash, date: date,
      sessionID: sessionID(session), ending: ending),
    events: events)
}

/// A session id made from a number: 16 lower-case hex digits.
func sessionID(_ number: Int) -> String {
  let digits = String(number, radix: 16)
  return String(repeating: "0", count: 16 - digits.count) + digits
}

/// The same call `count` times, each its own session, numbered from `first`.
func shippedCalls(_ count: Int, from first: Int, _ answers: String..., date: String = "2026-03-14") -> [Transcript] {
  (first..<(first + count)).map { shippedCall(answers, session: $0, date: date) }
}

/// The calls of some transcripts, one per session.
func demandCalls(_ transcripts: [Transcript]) -> DemandCalls {
  DemandCalls(transcripts.map { DemandCall($0)! })
}

/// The report of some transcripts under the shipped policy.
func demandReport(_ transcripts: [Transcript], options: DemandReport.Options = DemandReport.Options(), skipped: Int = 0) -> DemandReport {
  let calls = demandCalls(transcripts)
  return DemandReport(
    calls: calls, naming: shipped.machine, reading: DemandReport.Reading(files: transcripts.count + skipped, skipped: skipped, duplicates: calls.duplicates),
    options: options)
}

/// The row of a report's section with the given key: an outcome's row rather than a
/// family's of the same id (`not-routine`, `outside-london`).
func row(_ report: DemandReport, _ section: String, _ key: String) -> DemandReport.Row? {
  let rows = report.sections.first { $0.id == section }?.rows.filter { $0.key == key } ?? []
  return rows.first { $0.isPart } ?? rows.first
}

/// Every whole number in a rendering that is neither a month (`2026-03`), a version
/// (`1.0.0`), a share (`42%`) nor the small-count marker's own number (`<5`): the counts
/// it shows. HTML is read as its text: tags, attributes and the style sheet are dropped.
func countsShown(in text: String, isHTML: Bool = false) -> [Int] {
  var text = text
  if isHTML {
    if let start = text.range(of: "<style>"), let end = text.range(of: "</style>") { text.removeSubrange(start.lowerBound..<end.upperBound) }
    var visible = ""
    var inTag = false
    for character in text {
      if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { visible.append(character) }
    }
    text = visible.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
  }
  var counts: [Int] = []
  let characters = Array(text)
  var index = 0
  while index < characters.count {
    guard characters[index].isASCII, characters[index].isNumber else {
      index += 1
      continue
    }
    var end = index
    while end < characters.count, characters[end].isASCII, characters[end].isNumber || characters[end] == "." || characters[end] == "-" || characters[end] == "%" {
      end += 1
    }
    var token = String(characters[index..<end])
    while token.last == "." || token.last == "-" { token.removeLast() }
    let isMarker = index > 0 && characters[index - 1] == "<"
    let isMonth = token.count == 7 && token.split(separator: "-").map(\.count) == [4, 2]
    if !isMarker, !isMonth, !token.contains("."), !token.hasSuffix("%"), let value = Int(token) { counts.append(value) }
    index = end
  }
  return counts
}
