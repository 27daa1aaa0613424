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
  /// The outcomes offered by number at the prediction step, in the policy's order.
  private(set) var choices: [Outcome] = []
  private var position = 0
  private var session: Session

  /// The most outcomes the prediction step offers by number.
  static let maximumChoices = 6
  /// The most lines the prediction step's reply takes, so that it fits above the prompt
  /// on a terminal of 24 rows.
  static let screenLines = 23

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

  /// The prompt for the next line: the question's label, as in a call.
  public var prompt: String {
    switch phase {
    case .answering: return "\(session.currentQuestion?.label ?? "Answer")> "
    case .predicting: return "Expected outcome?> "
    case .marked: return "Next exercise> "
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

  /// The results to save, dated with the given day (YYYY-MM-DD), with how long the
  /// course took in seconds when the shell measured it.
  public func results(date: String, secondsTaken: Int? = nil) -> TrainingResults {
    TrainingResults(score: score, pseudonym: pseudonym, date: date, secondsTaken: secondsTaken, focus: course.focus)
  }

  // MARK: Lines in, replies out

  /// The opening screen: what training is, how to answer, and the first exercise.
  public func start() -> Reply {
    let style = presentation.style
    let width = presentation.width
    var lines = [style.bold("second-opinion train") + " \u{2014} practice for Support Line staff"]
    lines += wrapped(
      "Each exercise tells a caller's situation as a story. Answer its questions as in a call (:help lists the "
        + "commands), then say which outcome you expect. The Support Line guides callers; it never gives second "
        + "opinions or refers patients.",
      width: width)
    guard !course.exercises.isEmpty else {
      lines.append("")
      let what = course.focus.map { "no scenario practises \($0.name)" } ?? "no scenario could be made"
      lines += wrapped("There are no exercises to practise: \(what).", width: width)
      return Reply(lines: lines, quit: true)
    }
    lines += wrapped(courseSummary(), width: width).map(style.bold)
    if course.isLimited {
      lines += wrapped(
        "This policy has more than \(course.pathLimit) ways through it; the exercises are made from the first "
          + "\(course.pathLimit), so some outcomes may not come up.",
        width: width
      ).map(style.yellow)
    }
    lines += wrapped(
      "Nothing is recorded; practising as \(pseudonym.text). --seed \(course.seed) repeats this course.", width: width
    ).map(style.dim)
    lines.append("")
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
    Reply(lines: wrapped("That was over \(limit / 1024) KB (typed or pasted), so it was ignored.", width: presentation.width))
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
      enterPrediction()
      return Reply(lines: [echo, ""] + predictionLines())
    }
    return Reply(lines: [echo, ""] + questionLines(session.currentQuestion!))
  }

  private mutating func predict(_ typed: String) -> Reply {
    if typed.isEmpty { return Reply(lines: predictionLines()) }
    let text = normalizedForMatching(typed)
    if !text.isEmpty, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) {
      guard text.count <= 4, let number = Int(text), choices.indices.contains(number - 1) else {
        return Reply(lines: wrapped(
          "\u{201C}\(quotedInput(typed))\u{201D} is not one of the numbers. Type a number from 1 to \(choices.count), or the beginning "
            + "of any outcome's title; :outcomes lists them all.",
          width: presentation.width))
      }
      return mark(prediction: choices[number - 1])
    }
    let matches = outcomes(matching: typed, in: machine.policy.outcomes)
    switch matches.count {
    case 1:
      return mark(prediction: matches[0])
    case 0:
      return Reply(lines: wrapped(
        "\u{201C}\(quotedInput(typed))\u{201D} does not begin any outcome's title. Type a number from 1 to \(choices.count), or the "
          + "beginning of a title; :outcomes lists them all.",
        width: presentation.width))
    default:
      var lines = wrapped(
        "\u{201C}\(quotedInput(typed))\u{201D} begins \(matches.count) outcomes' titles; type more of the title:", width: presentation.width)
      for outcome in matches { lines += wrapped(outcome.title, width: presentation.width, firstIndent: "  - ", indent: "    ") }
      return Reply(lines: lines)
    }
  }

  /// Moves to the prediction step, choosing the outcomes offered by number.
  private mutating func enterPrediction() {
    phase = .predicting
    // Below the echo of the last answer and a blank line.
    choices = predictionChoices(below: 2)
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
    choices = []
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
    case .outcomes:
      var lines = [presentation.style.bold("The policy's outcomes")]
      for outcome in machine.policy.outcomes {
        lines += wrapped(outcome.title, width: presentation.width, firstIndent: "  - ", indent: "    ")
      }
      if phase == .predicting {
        lines += wrapped("Type the beginning of a title to choose it.", width: presentation.width).map(presentation.style.dim)
      }
      return Reply(lines: lines)
    case .why: return Reply(lines: whyLines())
    case .back:
      guard phase == .answering || phase == .predicting else { return notNow("take back an answer") }
      guard let undone = session.undo() else { return Reply(lines: ["There is no answer to take back yet."]) }
      phase = .answering
      choices = []
      let label = machine.policy.question(undone.question)?.answer(undone.answer)?.label ?? undone.answer
      return Reply(lines: [presentation.style.dim("Took back \u{201C}\(label)\u{201D}."), ""] + questionLines(session.currentQuestion!))
    case .restart:
      guard phase == .answering || phase == .predicting else { return notNow("start its questions again") }
      session.restart()
      phase = .answering
      choices = []
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

  /// A question as in a call: numbered, its answers numbered, and what the terms it
  /// turns on mean.
  private func questionLines(_ question: Question) -> [String] {
    Guidance.questionLines(
      question, number: session.answers.count + 1, definitions: question.definitions.compactMap(machine.policy.definition),
      presentation: presentation)
  }

  /// What the course is, in a sentence: how long it is and what it covers.
  private func courseSummary() -> String {
    let policy = machine.policy
    let length = "\(counted(course.exercises.count, "exercise")), about \(counted(course.estimatedMinutes, "minute"))"
    if let focus = course.focus { return "This course practises \(focus.name): \(length)." }
    let outcomes = course.outcomesCovered(in: policy)
    let clauses = Set(outcomes.flatMap(\.clauses)).count
    let outcomeCount = policy.outcomes.count
    let coverage =
      outcomes.count == outcomeCount ? "all \(outcomeCount) outcomes" : "\(outcomes.count) of the \(outcomeCount) outcomes"
    let clauseCoverage = clauses == policy.clauses.count ? "all \(clauses) clauses" : "\(clauses) of the \(policy.clauses.count) clauses"
    return "This course: \(length), covering \(coverage) of the policy and \(clauseCoverage)."
  }

  /// The prediction step: the story again and the outcomes offered by number.
  private func predictionLines() -> [String] {
    predictionScreen(choices)
  }

  /// The prediction step with these outcomes offered: the story, the list and how to answer.
  private func predictionScreen(_ offered: [Outcome]) -> [String] {
    let style = presentation.style
    let width = presentation.width
    var lines = [style.bold("The story")] + course.exercises[position].story.lines(width: width)
    lines.append("")
    lines += wrapped("Your answers have reached an outcome. Which do you expect?", width: width).map(style.bold)
    lines += numberedChoices(offered.map { ($0.title, $0.id) }, presentation: presentation)
    lines += wrapped(
      "Type its number, or the start of any outcome's title (:outcomes lists all \(machine.policy.outcomes.count)).", width: width
    ).map(style.dim)
    return lines
  }

  /// The outcomes offered at the prediction step, as many as fit below `below` lines
  /// into `screenLines` (at least two, at most `maximumChoices`), in the policy's order: the right one, the one the trainee's
  /// answers reached, those one changed answer away from the story, others of the same
  /// family, then the rest.
  private func predictionChoices(below: Int) -> [Outcome] {
    let policy = machine.policy
    let exercise = course.exercises[position]
    var reached: Outcome?
    if case .decided(let decision) = session.step { reached = decision.outcome }
    let situation = Dictionary(exercise.story.facts.map { ($0.question, $0.answer) }, uniquingKeysWith: { first, _ in first })
    let near = StoryReasoning(machine: machine, situation: situation).outcomesOneAnswerAway()
    let family = policy.outcomes.filter { $0.family != nil && $0.family == exercise.outcome.family }
    var ranked: [Outcome] = []
    for outcome in [exercise.outcome] + [reached].compactMap({ $0 }) + near + family + policy.outcomes where !ranked.contains(outcome) {
      ranked.append(outcome)
    }
    var offered = Array(ranked.prefix(2))
    for outcome in ranked.dropFirst(2) {
      guard offered.count < Self.maximumChoices else { break }
      let trial = offered + [outcome]
      guard below + predictionScreen(inPolicyOrder(trial)).count <= Self.screenLines else { break }
      offered = trial
    }
    return inPolicyOrder(offered)
  }

  /// The outcomes in the order the policy lists them.
  private func inPolicyOrder(_ outcomes: [Outcome]) -> [Outcome] {
    machine.policy.outcomes.filter(outcomes.contains)
  }

  private func helpLines() -> [String] {
    let style = presentation.style
    var lines = [style.bold("Answer")]
    lines += wrapped(
      "Read the story and answer each question as the caller's situation says: the answer's number, its name, "
        + "an alias such as RMH or dunno, or the start of one. When the caller does not know, the answer is "
        + "the \u{201C}not sure\u{201D} one. At the end, type the number of the outcome you expect, or the beginning of "
        + "its title.",
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
