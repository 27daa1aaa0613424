import Guidance
import PolicyEngine

/// A caller's situation told as a short story in plain English, with the facts it tells.
///
/// Every fact the policy needs can be read from the sentences; `facts` says which answer
/// each of them stands for, so that a trainee's answers can be marked against it.
struct Story: Sendable, Hashable {
  /// One sentence of a story, with the questions whose answers it tells.
  struct Sentence: Sendable, Hashable {
    public var text: String
    /// The ids of the questions this sentence answers; empty for colour.
    var questions: [String]

    init(text: String, questions: [String] = []) {
      self.text = text
      self.questions = questions
    }
  }

  var sentences: [Sentence]
  /// Every fact the story tells, in the policy's question order: those the policy asks
  /// on this caller's path, and any told only for realism.
  var facts: [GivenAnswer]
  /// Whether the whole story is in the caller's own words, shown inside quotation marks.
  var isInCallersWords: Bool

  init(sentences: [Sentence], facts: [GivenAnswer], isInCallersWords: Bool = false) {
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
  func answer(to question: String) -> String? {
    facts.first { $0.question == question }?.answer
  }

  /// The sentence that tells the answer to a question, or nil when none does.
  func sentence(telling question: String) -> String? {
    sentences.first { $0.questions.contains(question) }?.text
  }

  /// The story wrapped to a width, each line indented.
  public func lines(width: Int, indent: String = "  ") -> [String] {
    wrapped(text, width: width, firstIndent: indent, indent: indent)
  }
}
