import PolicyEngine

@testable import Transcripts

/// The hash given to every edited policy.
let editedHash = String(repeating: "e", count: 64)

/// The version edited policies are given, unless a test says otherwise.
let editedVersion = "99.0.0"

/// The shipped policy after an edit, at a new version, ready to replay against.
func edited(version: String = editedVersion, _ edit: (inout Policy) -> Void = { _ in }) -> CurrentPolicy {
  var policy = shipped.machine.policy
  if version != policy.identity.version {
    policy.changes.insert(PolicyChange(version: version, date: "2027-01-15", reason: "An edit for the tests.", sourceDocument: "Unchanged."), at: 0)
  }
  policy.identity.version = version
  edit(&policy)
  return CurrentPolicy(machine: try! StateMachine(checking: policy), hash: editedHash)
}

/// The two first exception rules decide each other's outcome.
let swappedExceptions = edited { policy in
  let treatment = policy.rules.firstIndex { $0.outcome == "exception-treatment" }!
  let review = policy.rules.firstIndex { $0.outcome == "exception-mdt-review" }!
  policy.rules[treatment].outcome = "exception-mdt-review"
  policy.rules[review].outcome = "exception-treatment"
}

/// The type of sarcoma is asked before where the second opinion is wanted.
let sarcomaAskedFirst = edited { policy in
  let sarcoma = policy.questions.remove(at: policy.questions.firstIndex { $0.id == "sarcoma" }!)
  policy.questions.insert(sarcoma, at: policy.questions.firstIndex { $0.id == "wanted-at" }!)
}

/// Every patient at UCLH is decided as soon as the treating centre is known.
let uclhDecidedEarly = edited { policy in
  policy.rules.insert(Rule(conditions: [Condition(question: "treating-centre", answers: ["uclh"])], outcome: "within-london-sarcoma-service"), at: 0)
}

/// Patients treated elsewhere are seen from elsewhere only for soft tissue sarcoma or GIST,
/// so the type of sarcoma is now needed after the place.
let sarcomaNeededFromElsewhere = edited { policy in
  let rule = policy.rules.firstIndex { $0.outcome == "seen-from-elsewhere" }!
  policy.rules[rule].conditions.append(Condition(question: "sarcoma", answers: ["soft-tissue", "gist"]))
}

/// The not-routine outcome rests on one clause fewer.
let fewerNotRoutineClauses = edited { policy in
  let outcome = policy.outcomes.firstIndex { $0.id == "not-routine" }!
  policy.outcomes[outcome].clauses.removeAll { $0 == "second-opinions-cost" }
}

/// The wanted-at question is worded differently.
let rewordedWantedAt = edited { policy in
  let question = policy.questions.firstIndex { $0.id == "wanted-at" }!
  policy.questions[question].prompt = "Which centre would they like the second opinion from?"
}

/// A transcript's text with some of its lines, counted from 1, replaced.
func text(of name: String, replacing replacements: [Int: String] = [:], removing removed: Set<Int> = []) -> String {
  var lines = corpusFile(name).transcript.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  lines.removeLast()
  for (line, replacement) in replacements { lines[line - 1] = replacement }
  return file(lines.enumerated().filter { !removed.contains($0.offset + 1) }.map(\.element))
}

/// The replay of a generated transcript, possibly edited, against a policy.
func replay(_ name: String, replacing replacements: [Int: String] = [:], removing removed: Set<Int> = [], against current: CurrentPolicy = shipped.current)
  throws -> TranscriptReplay
{
  try current.replay(parsed(text(of: name, replacing: replacements, removing: removed), file: name), file: name)
}
