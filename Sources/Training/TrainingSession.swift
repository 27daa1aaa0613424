import Guidance
import PolicyEngine

/// A practice course as a pure function of what the trainee types: each line in, a reply out.
///
/// For each exercise the trainee reads a story and conducts the guided session from it,
/// answering as in a call (number, id, alias or an unambiguous beginning). When their
/// answers reach an outcome, they say which outcome they expect; the session then marks
/// the exercise. After the last one it shows the score and asks the shell to stop.
///
/// Nothing here is a call: no transcript is made, and nothing typed is kept beyond the
/// answer and outcome ids the marking needs.
public struct TrainingSession: LineSession, Sendable {
  /// What the session is waiting for.
  enum Phase: Sendable, Hashable {
    /// An answer to the current question.
    case answering
    /// The outcome the trainee expects.
    case predicting
    /// Enter, for the next exercise.
    case marked
    /// Nothing: the course is over.
    case finished
  }

  let machine: StateMachine
  let course: Course
  public var presentation: Presentation
  public let pseudonym: Pseudonym
  private(set) var phase: Phase
  /// The exercises marked so far, in order.
  private(set) var markings: [Marking] = []
  private var position = 0
  private var session: Session

  public init(machine: StateMachine, course: Course, presentation: Presentation, pseudonym: Pseudonym) {
    self.machine = machine
    self.course = course
    self.presentation = presentation
    self.pseudonym = pseudonym
    session = Session(machine: machine)
    phase = course.exercises.isEmpty ? .finished : .answering
  }

  // MARK: What the shell asks

  /// The exercise being worked on, or nil once the course is over.
  var currentExercise: Exercise? {
    phase == .finished || !course.exercises.indices.contains(position) ? nil : course.exercises[position]
  }

  /// The question the trainee is answering, or nil when not answering.
  var currentQuestion: Question? {
    phase == .answering ? session.currentQuestion : nil
  }

  /// The prompt for the next line.
  public var prompt: String {
    switch phase {
    case .answering: return "\(session.currentQuestion?.id ?? "answer")> "
    case .predicting: return "expected outcome> "
    case .marked: return "next> "
    case .finished: return ""
    }
  }

  /// Words Tab completes at the prompt: the commands, and the current question's answers
  /// or the outcome ids.
  public var completionWords: [String] {
    var words = TrainingCommand.allCases.map(\.typed)
    switch phase {
    case .answering:
      if let question = session.currentQuestion {
        words += question.answers.flatMap { [$0.id] + $0.aliases.filter { !$0.contains(" ") } }
      }
    case .predicting: words += machine.policy.outcomes.map(\.id)
    case .marked, .finished: break
    }
    return words
  }

  /// The score so far.
  var score: TrainingScore {
    TrainingScore(policy: machine.policy, plannedCount: course.exercises.count, seed: course.seed, markings: markings)
  }

  /// The results to save, dated with the given day (YYYY-MM-DD).
  public func results(date: String) -> TrainingResults {
    TrainingResults(score: score, pseudonym: pseudonym, date: date)
  }

  // MARK: Lines in, replies out

  /// The opening screen: what training is, how to answer, and the first exercise.
  public func start() -> Reply {
    let style = presentation.style
    let width = presentation.width
    var lines = [style.bold("second-opinion train") + " \u{2014} practice for Support Line staff"]
    lines += wrapped(
      "Each exercise tells a caller's situation as a story. Conduct the guided session from it, as in a call: "
        + "type an answer's number or name; commands start with a colon (:help lists them). When your answers "
        + "reach an outcome, say which outcome you expect before it is shown. The Support Line guides callers; "
        + "it never gives second opinions or refers patients.",
      width: width)
    lines += wrapped(
      "Practice, not a call: nothing is recorded. Practising as \(pseudonym.text); seed \(course.seed) "
        + "(give --seed \(course.seed) to repeat this course).",
      width: width
    ).map(style.dim)
    lines.append("")
    guard !course.exercises.isEmpty else {
      lines += wrapped("There are no exercises to practise: no scenario could be made.", width: width)
      return Reply(lines: lines, quit: true)
    }
    lines += exerciseScreen()
    return Reply(lines: lines)
  }

  /// Handles one line typed at the prompt.
  public mutating func handle(_ line: String) -> Reply {
    if let command = TypedCommand(line) { return handle(command) }
    let typed = line.trimmingWhitespace
    switch phase {
    case .answering: return answer(typed)
    case .predicting: return predict(typed)
    case .marked:
      if typed.isEmpty { return nextExercise() }
      return Reply(lines: wrapped(
        "This exercise is marked. Press Enter for the next one, :story to read the story again, or :quit to stop.",
        width: presentation.width))
    case .finished:
      return Reply(quit: true)
    }
  }

  /// Ends the course early (quit or end of input): the score so far.
  public mutating func stop() -> Reply {
    phase = .finished
    return Reply(lines: score.lines(presentation: presentation), quit: true)
  }

  /// The reply when a line was too long to read and was dropped.
  public func tooLongLine(limit: Int) -> Reply {
    Reply(lines: wrapped("That line was longer than \(limit / 1024) KB, so it was ignored.", width: presentation.width))
  }

  // MARK: Answering and predicting

  private mutating func answer(_ typed: String) -> Reply {
    guard let question = session.currentQuestion else { return Reply(lines: predictionLines()) }
    if typed.isEmpty { return Reply(lines: questionLines(question)) }
    guard case .answer(let answer) = question.match(typed) else {
      return Reply(lines: unmatchedAnswerLines(typed, question: question, presentation: presentation))
    }
    try? session.answer(answer.id)
    let echo = presentation.style.dim("\u{2192} \(answer.label)")
    if session.isDecided {
      phase = .predicting
      return Reply(lines: [echo, ""] + predictionLines())
    }
    return Reply(lines: [echo, ""] + questionLines(session.currentQuestion!))
  }

  private mutating func predict(_ typed: String) -> Reply {
    if typed.isEmpty { return Reply(lines: predictionLines()) }
    let outcomes = machine.policy.outcomes
    switch matchOutcome(typed, in: outcomes) {
    case .some(let matches) where matches.count == 1:
      return mark(prediction: matches[0])
    case .some(let matches) where !matches.isEmpty:
      let lines = ambiguityLines(
        typed, choices: matches.map { ($0.title, $0.id) }, numbers: matches.map { outcomes.firstIndex(of: $0)! + 1 },
        presentation: presentation)
      return Reply(lines: lines)
    default:
      return Reply(lines: wrapped(
        "\u{201C}\(quotedInput(typed))\u{201D} is not one of the outcomes. Type a number from 1 to \(outcomes.count) or an outcome's id, "
          + "such as \(outcomes[0].id).",
        width: presentation.width))
    }
  }

  /// The outcomes typed text can stand for: by number, id, title, or a beginning of an id.
  private func matchOutcome(_ typed: String, in outcomes: [Outcome]) -> [Outcome]? {
    let text = normalizedForMatching(typed)
    if text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) {
      guard text.count <= 4, let number = Int(text), outcomes.indices.contains(number - 1) else { return nil }
      return [outcomes[number - 1]]
    }
    if let exact = outcomes.first(where: { normalizedForMatching($0.id) == text || normalizedForMatching($0.title) == text }) {
      return [exact]
    }
    let beginning = outcomes.filter { normalizedForMatching($0.id).hasPrefix(text) }
    return beginning.isEmpty ? nil : beginning
  }

  private mutating func mark(prediction: Outcome) -> Reply {
    let exercise = course.exercises[position]
    let marking = Marking(exercise: exercise, answers: session.answers, prediction: prediction, machine: machine)
    markings.append(marking)
    var lines = [presentation.style.dim("\u{2192} \(prediction.title)"), ""] + marking.lines(presentation: presentation)
    lines.append("")
    if position + 1 == course.exercises.count {
      phase = .finished
      lines += score.lines(presentation: presentation)
      return Reply(lines: lines, quit: true)
    }
    phase = .marked
    lines += wrapped(
      "Press Enter for exercise \(position + 2) of \(course.exercises.count), or type :quit to stop.", width: presentation.width
    ).map(presentation.style.dim)
    return Reply(lines: lines)
  }

  private mutating func nextExercise() -> Reply {
    position += 1
    session = Session(machine: machine)
    phase = .answering
    return Reply(lines: exerciseScreen(), clearHistory: true)
  }

  // MARK: Commands

  private mutating func handle(_ typed: TypedCommand) -> Reply {
    guard let command = typed.command(in: TrainingCommand.self) else {
      return Reply(lines: unknownCommandLines(typed.word, among: TrainingCommand.self, presentation: presentation))
    }
    switch command {
    case .help: return Reply(lines: helpLines())
    case .quit: return stop()
    case .story:
      guard let exercise = currentExercise else { return Reply(lines: ["The course is over."]) }
      return Reply(lines: [presentation.style.bold("The story")] + exercise.story.lines(width: presentation.width))
    case .why: return Reply(lines: whyLines())
    case .back:
      guard phase == .answering || phase == .predicting else { return notNow("take back an answer") }
      guard let undone = session.undo() else { return Reply(lines: ["There is no answer to take back yet."]) }
      phase = .answering
      let label = machine.policy.question(undone.question)?.answer(undone.answer)?.label ?? undone.answer
      return Reply(lines: [presentation.style.dim("Took back \u{201C}\(label)\u{201D}."), ""] + questionLines(session.currentQuestion!))
    case .restart:
      guard phase == .answering || phase == .predicting else { return notNow("start its questions again") }
      session.restart()
      phase = .answering
      return Reply(lines: [presentation.style.dim("Starting this exercise's questions again."), ""] + questionLines(session.currentQuestion!))
    }
  }

  private func notNow(_ what: String) -> Reply {
    Reply(lines: wrapped(
      phase == .finished ? "The course is over." : "This exercise is already marked, so you cannot \(what) now; press Enter for the next one.",
      width: presentation.width))
  }

  // MARK: Screens

  private func exerciseScreen() -> [String] {
    let exercise = course.exercises[position]
    let style = presentation.style
    let kind: String
    switch exercise.source {
    case .path: kind = "a caller made from the policy"
    case .recordedCall: kind = "based on a recorded call"
    }
    var lines = [style.bold("Exercise \(exercise.number) of \(course.exercises.count)") + style.dim(" (\(kind))")]
    lines += exercise.story.lines(width: presentation.width)
    lines.append("")
    lines += questionLines(session.currentQuestion!)
    return lines
  }

  private func questionLines(_ question: Question) -> [String] {
    Guidance.questionLines(question, number: session.answers.count + 1, presentation: presentation)
  }

  private func predictionLines() -> [String] {
    let style = presentation.style
    let outcomes = machine.policy.outcomes
    var lines = wrapped("Your answers have reached an outcome. Which outcome do you expect?", width: presentation.width).map(style.bold)
    lines += numberedChoices(outcomes.map { ($0.title, $0.id) }, presentation: presentation)
    lines += wrapped("Type its number or id; :back changes the last answer.", width: presentation.width).map(style.dim)
    return lines
  }

  private func helpLines() -> [String] {
    let style = presentation.style
    var lines = [style.bold("Answer")]
    lines += wrapped(
      "Read the story and answer each question as the caller's situation says: the answer's number, its name, "
        + "an alias such as RMH or dunno, or the start of one. When the caller does not know, the answer is "
        + "the \u{201C}not sure\u{201D} one. At the end, type the number or id of the outcome you expect.",
      width: presentation.width, firstIndent: "  ", indent: "  ")
    lines.append(style.bold("Commands"))
    lines += commandListLines(TrainingCommand.self, presentation: presentation)
    lines += wrapped(
      "Ctrl-D on an empty line, or :quit, stops the course and shows the score so far.", width: presentation.width,
      firstIndent: "  ", indent: "  ")
    return lines
  }

  private func whyLines() -> [String] {
    guard phase == .answering, let question = session.currentQuestion else {
      return wrapped(
        phase == .predicting
          ? "Your answers have reached an outcome; say which one you expect, or :back to change an answer."
          : "The marking above gives the clause that decides the outcome.",
        width: presentation.width)
    }
    let style = presentation.style
    var lines = wrapped(question.why, width: presentation.width)
    for id in question.clauses {
      guard let clause = machine.policy.clause(id) else { continue }
      lines += wrapped(
        "\(style.cyan(clause.id)) (\(clause.source)): \(clause.summary)", width: presentation.width, firstIndent: "  ",
        indent: "    ")
    }
    return lines
  }
}
