/// The guided session's prompts, as the end-to-end tests wait for them: each question's
/// short label, then "> ".
enum Prompt {
  static let asker = "Who is calling?> "
  static let treatingCentre = "Treated where now?> "
  static let wantedAt = "Second opinion where?> "
  static let sarcoma = "Type of sarcoma?> "
  static let standardManagement = "Standard management now?> "
  static let treatmentOnlyThere = "Treatment or trial only there?> "
  static let nextCaller = "next caller> "
}

extension Sandbox {
  /// Starts the guided session with `arguments` in an 80x24 terminal and waits for its
  /// first prompt.
  func startSession(_ arguments: [String]) async throws -> PseudoTerminal {
    let terminal = try startInTerminal(arguments)
    try await terminal.waitFor(prompt: Prompt.asker)
    return terminal
  }
}
