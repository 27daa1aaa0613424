import Guidance
import PolicyEngine

/// A caller's situation told as a short story in plain English, with the facts it tells.
///
/// Every fact the policy needs can be read from the sentences; `facts` says which answer
/// each of them stands for, so that a trainee's answers can be marked against it.
public struct Story: Sendable, Hashable {
  /// One sentence of a story, with the questions whose answers it tells.
  public struct Sentence: Sendable, Hashable {
    public var text: String
    /// The ids of the questions this sentence answers; empty for colour.
    public var questions: [String]

    public init(text: String, questions: [String] = []) {
      self.text = text
      self.questions = questions
    }
  }

  public var sentences: [Sentence]
  /// Every fact the story tells, in the policy's question order: those the policy asks
  /// on this caller's path, and any told only for realism.
  public var facts: [GivenAnswer]
  /// Whether the whole story is in the caller's own words, shown inside quotation marks.
  public var isInCallersWords: Bool

  public init(sentences: [Sentence], facts: [GivenAnswer], isInCallersWords: Bool = false) {
    self.sentences = sentences
    self.facts = facts
    self.isInCallersWords = isInCallersWords
  }

  /// The story as one paragraph.
  public var text: String {
    let joined = sentences.map(\.text).joined(separator: " ")
    return isInCallersWords ? "\u{201C}" + joined + "\u{201D}" : joined
  }

  /// The answer the story gives to a question, or nil when it does not say.
  public func answer(to question: String) -> String? {
    facts.first { $0.question == question }?.answer
  }

  /// The sentence that tells the answer to a question, or nil when none does.
  public func sentence(telling question: String) -> String? {
    sentences.first { $0.questions.contains(question) }?.text
  }

  /// The story wrapped to a width, each line indented.
  public func lines(width: Int, indent: String = "  ") -> [String] {
    wrapped(text, width: width, firstIndent: indent, indent: indent)
  }
}
