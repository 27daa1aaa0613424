import Anonymiser
import Guidance
import PolicyEngine
import Transcripts

/// A recorded call explained one exchange at a time, for teaching: why each question was
/// asked, which outcomes each answer ruled in or out, what back, restart and notes did,
/// and which clause decided the end.
///
/// The first page introduces the call; each later page explains one event (an answer
/// with the question before it, a back, a restart, a note or the outcome), and a call
/// that ended without an outcome gets a last page saying where it stopped. The
/// explanations use the current policy; where it cannot follow the call (a transcript
/// from another version of the policy), the rest is shown as recorded. Questions, answers
/// and outcomes are named by their words, as staff see them in a call; their ids are shown
/// beside them only when the presentation shows ids, for maintainers.
public struct Walkthrough: Sendable {
  /// The pages, each a list of lines ready to print.
  public let pages: [[String]]

  /// Explains a transcript.
  ///
  /// - Parameters:
  ///   - name: the name the transcript is shown under, such as its file name.
  ///   - policyHash: the current policy file's SHA-256, to say when the call was recorded
  ///     under another file; nil not to compare.
  public init(
    transcript: Transcript, name: String, machine: StateMachine, presentation: Presentation, policyHash: String? = nil,
    scrubber: Scrubber = Scrubber()
  ) {
    var writer = PageWriter(machine: machine, presentation: presentation, scrubber: scrubber)
    pages = writer.pages(for: transcript, name: name, policyHash: policyHash)
  }
}

/// Builds a walkthrough's pages while following the call through a session.
private struct PageWriter {
  let machine: StateMachine
  let presentation: Presentation
  let scrubber: Scrubber
  var session: Session
  /// Whether the current policy can still follow the call.
  var following = true
  /// The question shown and not yet answered, as recorded.
  var pendingAsk: (question: String, prompt: String)?
  var policy: Policy { machine.policy }
  public var style: TextStyle { presentation.style }
  public var width: Int { presentation.width }

  /// " (treating-centre)" after a name, dimmed, when ids are shown; nothing otherwise.
  private func id(_ id: String) -> String {
    presentation.showsIDs ? " " + style.dim("(\(id))") : ""
  }

  /// A question by its label, in quotation marks: “Type of sarcoma?”; its id when the
  /// current policy does not have it.
  private func questionName(_ questionID: String) -> String {
    guard let question = policy.question(questionID) else { return questionID }
    return "\u{201C}\(question.label)\u{201D}" + id(questionID)
  }

  /// An outcome by its title; its id when the current policy does not have it.
  private func outcomeName(_ outcomeID: String) -> String {
    guard let outcome = policy.outcome(outcomeID) else { return outcomeID }
    return outcome.title + id(outcomeID)
  }

  init(machine: StateMachine, presentation: Presentation, scrubber: Scrubber) {
    self.machine = machine
    self.presentation = presentation
    self.scrubber = scrubber
    session = Session(machine: machine)
  }

  public mutating func pages(for transcript: Transcript, name: String, policyHash: String?) -> [[String]] {
    let steps = transcript.events.filter { if case .asked = $0 { return false } else { return true } }.count
    let abandoned = transcript.header.ending.isAbandoned
    let total = steps + (abandoned ? 1 : 0)
    var pages = [introduction(transcript, name: name, policyHash: policyHash, steps: total)]
    var number = 0
    for event in transcript.events {
      if case .asked(let question, let prompt) = event {
        pendingAsk = (question, prompt)
        continue
      }
      number += 1
      var page = [style.bold("Step \(number) of \(total)")]
      switch event {
      case .asked: continue
      case .answered(let question, let answer): page += answered(question, answer)
      case .back(let question): page += back(question)
      case .changed(let question): page += changed(question)
      case .resumed: page += resumed()
      case .restarted: page += restarted()
      case .note(let text): page += note(text)
      case .decided(let outcome, let clauses): page += decided(outcome, recordedClauses: clauses)
      }
      pages.append(page)
    }
    if abandoned {
      number += 1
      pages.append([style.bold("Step \(number) of \(total)")] + ending(transcript.header.ending))
    }
    pages[pages.count - 1] += ["", style.dim("End of the walkthrough.")]
    return pages
  }

  // MARK: Pages

  private func introduction(_ transcript: Transcript, name: String, policyHash: String?, steps: Int) -> [String] {
    let header = transcript.header
    var lines = [style.bold("Walkthrough of \(name)")]
    let ended = header.ending.isAbandoned ? "it was abandoned: \(Self.describe(header.ending))" : "it ended with an outcome"
    lines += wrapped(
      "A call recorded on \(header.date) under \(header.policyID) \(header.policyVersion); \(ended).", width: width)
    let identity = policy.identity
    if header.policyID != identity.id || header.policyVersion != identity.version {
      lines += wrapped(
        "It was recorded under another policy or version; the explanations below use the current one, \(identity.id) \(identity.version).",
        width: width
      ).map(style.yellow)
    } else if let policyHash, header.policyHash != policyHash {
      lines += wrapped(
        "It was recorded under another copy of this policy file; the explanations below use the current one.", width: width
      ).map(style.yellow)
    }
    lines += wrapped("At the start, any of the \(counted(policy.outcomes.count, "outcome")) is possible.", width: width)
    lines += wrapped(
      "\(counted(steps, "step")) follow\(steps == 1 ? "s" : ""): press Enter for each, q to stop.", width: width
    ).map(style.dim)
    return lines
  }

  private mutating func answered(_ questionID: String, _ answerID: String) -> [String] {
    let question = policy.question(questionID)
    let answer = question?.answer(answerID)
    let prompt = question?.prompt ?? pendingAsk?.prompt ?? questionID
    pendingAsk = nil
    var lines = wrapped("Question: \(prompt)" + id(questionID), width: width)
    lines += wrapped("Answer: " + style.bold(answer?.label ?? answerID) + id(answerID), width: width, firstIndent: "  ", indent: "    ")
    if let question {
      lines += wrapped("Why it is asked: \(question.why)", width: width, firstIndent: "  ", indent: "  ")
      for id in question.clauses {
        guard let clause = policy.clause(id) else { continue }
        lines += wrapped("\(style.cyan(clause.id)) (\(clause.source)): \(clause.summary)", width: width, firstIndent: "    ", indent: "      ")
      }
    }
    guard following else { return lines }
    guard session.currentQuestion?.id == questionID, question?.answer(answerID) != nil else {
      return lines + stopFollowing(because: "at this point the current policy \(doing())")
    }
    let before = session.possibleOutcomes
    try? session.answer(answerID)
    let after = session.possibleOutcomes
    lines.append("")
    lines += wrapped(
      "Outcomes possible: \(before.count) before this answer, \(after.count) after it.", width: width)
    let ruledOut = before.filter { !after.contains($0) }
    if ruledOut.isEmpty {
      let reason =
        question?.isAlwaysAsked == true
        ? "it is always asked, because it changes what staff say to this caller, not where the call ends"
        : "the outcomes still open do not depend on it"
      lines += wrapped("It rules no outcome out: \(reason).", width: width, firstIndent: "  ", indent: "    ")
    } else {
      lines += outcomeList("Ruled out", ruledOut)
    }
    if after.count == 1 {
      lines += wrapped("Only \(outcomeName(after[0].id)) is now possible.", width: width, firstIndent: "  ", indent: "    ")
    } else if !ruledOut.isEmpty {
      lines += outcomeList("Still possible", after)
    }
    return lines
  }

  private mutating func back(_ questionID: String) -> [String] {
    pendingAsk = nil
    guard following else {
      return wrapped("Staff took back the answer to \(questionName(questionID)), to ask it again.", width: width)
    }
    let before = session.possibleOutcomes
    guard let undone = session.undo(), undone.question == questionID else {
      return wrapped("Staff took back the answer to \(questionName(questionID)), to ask it again.", width: width)
        + stopFollowing(because: "the last answer it follows is not to \(questionName(questionID))")
    }
    let label = policy.question(undone.question)?.answer(undone.answer)?.label ?? undone.answer
    var lines = wrapped(
      "Staff took back the answer to \(questionName(questionID)) (\u{201C}\(label)\u{201D}), to ask it again: a caller often "
        + "corrects a fact, or finds it out, during the call.",
      width: width)
    let after = session.possibleOutcomes
    let ruledIn = after.filter { !before.contains($0) }
    lines.append("")
    lines += wrapped("Outcomes possible: \(before.count) before, \(after.count) again now.", width: width)
    if !ruledIn.isEmpty { lines += outcomeList("Ruled back in", ruledIn) }
    return lines
  }

  private mutating func changed(_ questionID: String) -> [String] {
    pendingAsk = nil
    let label = policy.question(questionID)?.label ?? questionID
    var lines = wrapped(
      "Staff went back to \u{201C}\(label)\u{201D} to change its answer, as when a caller corrects something said "
        + "earlier. The answers given after it are kept and given again wherever the policy still asks for them.",
      width: width)
    guard following else { return lines }
    let before = session.possibleOutcomes
    guard session.returnTo(questionID) != nil else { return lines + stopFollowing(because: "\(label) was not answered before") }
    let ruledIn = session.possibleOutcomes.filter { !before.contains($0) }
    lines.append("")
    lines += wrapped("Outcomes possible: \(before.count) before, \(session.possibleOutcomes.count) again now.", width: width)
    if !ruledIn.isEmpty { lines += outcomeList("Ruled back in", ruledIn) }
    return lines
  }

  private func resumed() -> [String] {
    wrapped(
      "This call continues an earlier one: the caller rang back with something they had found out, and staff picked "
        + "up the call from its reference, with the answers given before.",
      width: width)
  }

  private mutating func restarted() -> [String] {
    pendingAsk = nil
    var lines = wrapped(
      "Staff started the questions again for the same caller, setting aside the answers so far: for example when it "
        + "turns out the caller is someone other than first thought.",
      width: width)
    guard following else { return lines }
    let before = session.possibleOutcomes
    session.restart()
    let ruledIn = session.possibleOutcomes.filter { !before.contains($0) }
    lines.append("")
    lines += wrapped("Every outcome is possible again.", width: width)
    if !ruledIn.isEmpty { lines += outcomeList("Ruled back in", ruledIn) }
    return lines
  }

  private func note(_ text: String) -> [String] {
    var lines = wrapped("Staff added a note: \u{201C}\(scrubber.scrub(text))\u{201D}", width: width)
    lines += wrapped(
      "Notes are scrubbed of anything personal before they are saved; they never change the outcome.", width: width
    ).map(style.dim)
    return lines
  }

  private mutating func decided(_ outcomeID: String, recordedClauses: [String]) -> [String] {
    pendingAsk = nil
    var lines: [String] = []
    if following, case .decided(let decision) = session.step, decision.outcome.id != outcomeID {
      lines += wrapped(
        "The call recorded the outcome \(outcomeName(outcomeID)), but the current policy decides \(outcomeName(decision.outcome.id)) "
          + "here; `second-opinion replay` reports the difference. The explanation below is of the recorded outcome.",
        width: width
      ).map(style.yellow)
    }
    guard let outcome = policy.outcome(outcomeID) else {
      let clauses = recordedClauses.isEmpty ? "" : ", resting on \(recordedClauses.joined(separator: ", "))"
      return lines + wrapped("The call ended with the outcome \(outcomeID)\(clauses), which the current policy does not have.", width: width)
    }
    lines += wrapped("Outcome: " + style.bold(outcome.title) + id(outcome.id), width: width)
    if let first = outcome.clauses.first, let clause = policy.clause(first) {
      lines += wrapped(
        "Decided by \(style.cyan(clause.id)) (\(clause.source)): \(clause.summary)", width: width, firstIndent: "  ", indent: "    ")
    }
    let others = outcome.clauses.dropFirst()
    if !others.isEmpty {
      lines += wrapped("Also rests on: \(others.joined(separator: ", ")).", width: width, firstIndent: "  ", indent: "    ")
    }
    if recordedClauses != outcome.clauses {
      lines += wrapped(
        "When the call was recorded, the outcome rested on other clauses: \(recordedClauses.joined(separator: ", ")).",
        width: width, firstIndent: "  ", indent: "    "
      ).map(style.dim)
    }
    lines.append("")
    lines.append(style.bold("What staff tell the caller"))
    if following, case .decided(let decision) = session.step, decision.outcome.id == outcomeID {
      lines += wrapped(decision.say, width: width, firstIndent: "  ", indent: "  ")
      for question in decision.stillToFindOut {
        lines += wrapped("Still to find out: \(question.label) \(question.findOut)", width: width, firstIndent: "  ", indent: "    ")
      }
    } else {
      lines += wrapped(machine.policy.words(outcome.say, answers: []), width: width, firstIndent: "  ", indent: "  ")
    }
    return lines
  }

  private func ending(_ ending: Transcript.Ending) -> [String] {
    var lines = wrapped("The call ended without an outcome: \(Self.describe(ending)).", width: width)
    if let pendingAsk {
      lines += wrapped(
        "The tool was asking: \(pendingAsk.prompt)" + id(pendingAsk.question), width: width, firstIndent: "  ", indent: "    ")
    }
    if following {
      let possible = session.possibleOutcomes
      if possible.count == policy.outcomes.count {
        lines += wrapped("Every outcome was still possible.", width: width)
      } else {
        lines += outcomeList("Still possible when it ended", possible)
      }
    }
    return lines
  }

  // MARK: Helpers

  private mutating func stopFollowing(because reason: String) -> [String] {
    following = false
    return [""]
      + wrapped(
        "From here the current policy cannot follow this call (\(reason)), so the rest is shown as recorded, without the outcomes still possible.",
        width: width
      ).map(style.yellow)
  }

  /// "asks “Type of sarcoma?”" or "has already decided Not routinely available…".
  private func doing() -> String {
    if let question = session.currentQuestion { return "asks \(questionName(question.id))" }
    if case .decided(let decision) = session.step { return "has already decided \(outcomeName(decision.outcome.id))" }
    return "cannot go on"
  }

  /// The most outcomes listed by title; past that, only how many.
  static let listedOutcomes = 8

  /// Outcomes under a heading, by title when there are few; else how many.
  private func outcomeList(_ heading: String, _ outcomes: [Outcome]) -> [String] {
    guard outcomes.count <= Self.listedOutcomes else {
      return wrapped("\(heading): \(counted(outcomes.count, "outcome")).", width: width, firstIndent: "  ", indent: "    ")
    }
    var lines = wrapped("\(heading) (\(outcomes.count)):", width: width, firstIndent: "  ")
    for outcome in outcomes {
      lines += wrapped(outcomeName(outcome.id), width: width, firstIndent: "    - ", indent: "      ")
    }
    return lines
  }

  static func describe(_ ending: Transcript.Ending) -> String {
    switch ending {
    case .outcome: return "an outcome was shown"
    case .quit: return "staff quit the program"
    case .endOfInput: return "the input ended"
    case .hangup: return "the terminal went away (hang-up)"
    case .terminated: return "the program was stopped"
    case .nextCaller: return "staff moved on to the next caller"
    case .unfinished: return "the session was still going when the file was last written"
    }
  }
}
