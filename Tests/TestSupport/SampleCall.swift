import PolicyEngine
import Transcripts

/// A hand-designed call: what staff did, step by step, and how the call ended.
struct SampleCall {
  enum Step {
    case answer(String, String)
    case back
    case restart
    case note(String)
  }

  /// What happens in the call, as a file name part.
  var name: String
  var ending: Transcript.Ending
  var steps: [Step]

  /// The calls, written for the shipped policy. Notes are already anonymised: they hold
  /// placeholders such as [NAME] and [PHONE], and no names, numbers or dates.
  static let all: [SampleCall] = [
    SampleCall(
      name: "unsure-treating-centre", ending: .outcome,
      steps: [
        .answer("asker", "family"),
        .answer("treating-centre", "unsure"),
        .note("Caller is not sure which hospital leads the care; the letters come from more than one."),
        .answer("wanted-at", "royal-marsden"),
        .note("Caller will look for the latest clinic letter and ring back."),
      ]),
    SampleCall(
      name: "back-after-finding-the-sarcoma-type", ending: .outcome,
      steps: [
        .answer("asker", "patient"),
        .answer("treating-centre", "elsewhere-uk"),
        .answer("wanted-at", "royal-marsden"),
        .answer("sarcoma", "unsure"),
        .note("Caller found the clinic letter while we talked: it names a bone sarcoma."),
        .back,
        .answer("sarcoma", "bone"),
      ]),
    SampleCall(
      name: "restart-for-the-right-caller", ending: .outcome,
      steps: [
        .answer("asker", "patient"),
        .answer("treating-centre", "uclh"),
        .note("Caller is the patient's partner, not the patient; started again."),
        .restart,
        .answer("asker", "family"),
        .answer("treating-centre", "uclh"),
        .answer("wanted-at", "royal-marsden"),
        .answer("sarcoma", "soft-tissue"),
        .answer("standard-management", "yes"),
        .answer("treatment-only-there", "no"),
        .answer("mdt-review", "no"),
        .answer("expertise-only-there", "no"),
        .answer("named-clinician", "no"),
        .note("Caller asked about [NAME]'s scan results; explained that the Support Line cannot see records."),
      ]),
    SampleCall(
      name: "hangup-before-the-sarcoma-type", ending: .hangup,
      steps: [
        .answer("asker", "other-clinician"),
        .note("GP calling on behalf of a patient."),
        .answer("treating-centre", "elsewhere-uk"),
        .answer("wanted-at", "royal-marsden"),
      ]),
    SampleCall(
      name: "clinician-asked-for-mdt-review", ending: .outcome,
      steps: [
        .answer("asker", "treating-clinician"),
        .answer("treating-centre", "royal-marsden"),
        .answer("wanted-at", "london-sarcoma-service"),
        .answer("sarcoma", "gist"),
        .answer("standard-management", "yes"),
        .answer("treatment-only-there", "unsure"),
        .answer("mdt-review", "yes"),
      ]),
    SampleCall(
      name: "unsure-throughout-next-caller", ending: .nextCaller,
      steps: [
        .answer("asker", "unsure"),
        .answer("treating-centre", "rnoh"),
        .answer("wanted-at", "royal-marsden"),
        .answer("sarcoma", "unsure"),
        .answer("standard-management", "unsure"),
        .answer("treatment-only-there", "unsure"),
        .note("Caller would rather ask the treating team before going on; offered to talk again."),
      ]),
    SampleCall(
      name: "exceptions-still-to-check", ending: .outcome,
      steps: [
        .answer("asker", "family"),
        .answer("treating-centre", "royal-marsden"),
        .answer("wanted-at", "london-sarcoma-service"),
        .answer("sarcoma", "soft-tissue"),
        .answer("standard-management", "yes"),
        .answer("treatment-only-there", "no"),
        .answer("mdt-review", "no"),
        .answer("expertise-only-there", "unsure"),
        .answer("named-clinician", "unsure"),
        .note("Caller asked for a call back on [PHONE] once they have spoken to the team."),
      ]),
  ]
}

extension TranscriptCorpus {
  /// Hand-designed calls of the kind the line takes, using back, restart, notes and
  /// "unsure" answers, named `call-01-<what happens>.txt`. Their notes hold placeholders
  /// only, never personal details.
  ///
  /// The calls are written for the shipped policy; a call whose answers the given policy
  /// cannot follow is left out.
  public static func sampleCalls(for machine: StateMachine, policyHash: String, date: String) -> [CorpusFile] {
    SampleCall.all.enumerated().compactMap { position, call in
      var recorder = SessionRecording(machine: machine)
      for step in call.steps {
        switch step {
        case .answer(let question, let answer):
          guard recorder.session.currentQuestion?.id == question, (try? recorder.answer(answer)) != nil else { return nil }
        case .back: guard recorder.back() != nil else { return nil }
        case .restart: recorder.restart()
        case .note(let text): recorder.note(scrubbed: text)
        }
      }
      guard recorder.session.isDecided == (call.ending == .outcome) else { return nil }
      let number = position + 1 < 10 ? "0\(position + 1)" : String(position + 1)
      let name = "call-\(number)-\(call.name)"
      let header = Transcript.Header(
        policy: machine.policy.identity, policyHash: policyHash, date: date,
        sessionID: TranscriptCorpus.sessionID(for: name, policyHash: policyHash), ending: call.ending)
      return CorpusFile(name: name + ".txt", transcript: Transcript(header: header, events: recorder.events))
    }
  }

}
