import PolicyEngine

/// Transcripts generated from a policy rather than recorded: the covering corpus for
/// `second-opinion paths --write`, or one per path.
public enum TranscriptCorpus {
  /// One transcript per distinct path of the policy, in the order of `machine.paths()`,
  /// answering each step with its first answer; named `path-001-<outcome>.txt`.
  ///
  /// The output is the same for the same arguments: session ids are derived from the
  /// path's number and the policy hash.
  /// - Parameters:
  ///   - policyHash: the SHA-256 of the policy file, for the header.
  ///   - date: the day written in the header, YYYY-MM-DD; the policy's own date keeps
  ///     the output stable from day to day.
  ///   - limit: the most paths written.
  public static func onePerPath(
    of machine: StateMachine, policyHash: String, date: String, limit: Int = .max
  ) -> [CorpusFile] {
    let paths = machine.paths(limit: limit)
    return files(named: "path", for: paths.map { ($0.representativeAnswers, $0.outcome) }, of: machine, policyHash: policyHash, date: date)
  }

  /// The covering corpus: the fewest transcripts that, between them, give every answer at
  /// every state of the machine and bring every kind of caller to each outcome whose
  /// words differ by caller (see `CoveringCalls`), named `cover-001-<outcome>.txt` in
  /// the order of their answers; nil when the machine has more than `limit` states.
  ///
  /// The output is the same for the same arguments.
  public static func covering(of machine: StateMachine, policyHash: String, date: String, limit: Int) -> [CorpusFile]? {
    guard let calls = CoveringCalls(machine, limit: limit)?.calls else { return nil }
    return files(named: "cover", for: calls.map { ($0.answers, $0.outcome) }, of: machine, policyHash: policyHash, date: date)
  }

  /// One transcript a call, each call's answers given in turn, named
  /// `<prefix>-001-<outcome>.txt` in the order given.
  private static func files(
    named prefix: String, for calls: [(answers: [GivenAnswer], outcome: String)], of machine: StateMachine, policyHash: String,
    date: String
  ) -> [CorpusFile] {
    let width = max(3, String(calls.count).count)
    return calls.enumerated().map { position, call in
      var recorder = SessionRecording(machine: machine)
      for given in call.answers { try? recorder.answer(given.answer) }
      let number = String(position + 1)
      let name = "\(prefix)-\(String(repeating: "0", count: width - number.count))\(number)-\(call.outcome)"
      let header = Transcript.Header(
        policy: machine.policy.identity, policyHash: policyHash, date: date,
        sessionID: sessionID(for: name, policyHash: policyHash), ending: .outcome)
      return CorpusFile(name: name + ".txt", transcript: Transcript(header: header, events: recorder.events))
    }
  }

  /// Sixteen hex digits that look random but depend only on a file's name and the policy.
  public static func sessionID(for name: String, policyHash: String) -> String {
    String(sha256Hex(Array("\(policyHash) \(name)".utf8)).prefix(16))
  }
}
