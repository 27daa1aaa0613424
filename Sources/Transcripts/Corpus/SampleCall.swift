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
