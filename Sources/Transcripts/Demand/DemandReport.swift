import PolicyEngine

/// The demand for second opinions that a set of transcripts records, month by month:
/// outcomes grouped by family, who was asking, from which centre to which, the routes
/// open between the London services, the questions callers could not answer, and where
/// abandoned calls stopped. Counts only, from ids, months and outcomes; never a note.
///
/// The text, CSV and HTML renderings show every count through `smallCounts`.
public struct DemandReport: Sendable {
  /// What the report covers and how it shows small counts.
  public struct Options: Sendable, Hashable {
    /// The first month counted, or the first month of any call.
    public var from: CalendarMonth?
    /// The last month counted, or the last month of any call.
    public var to: CalendarMonth?
    public var smallCounts: SmallCounts

    public init(from: CalendarMonth? = nil, to: CalendarMonth? = nil, smallCounts: SmallCounts = SmallCounts()) {
      self.from = from
      self.to = to
      self.smallCounts = smallCounts
    }
  }

  /// How the transcript files were read.
  public struct Reading: Sendable, Hashable {
    /// Transcript files found.
    public var files: Int
    /// Files skipped because they could not be read as transcripts.
    public var skipped: Int
    /// Transcripts that repeated a session already read, counted once.
    public var duplicates: Int

    public init(files: Int, skipped: Int, duplicates: Int) {
      self.files = files
      self.skipped = skipped
      self.duplicates = duplicates
    }
  }

  /// One line of a table: a count for each month of the report, and what each is a share of.
  public struct Row: Sendable, Hashable {
    /// What the row counts, as the CSV's `dimension` column names it: `calls`, `family`,
    /// `outcome`, `asker`, `centres`, `between-london`, `between-london-family`,
    /// `between-london-outcome`, `not-known`, `abandoned-at`, `policy-version`.
    public var dimension: String
    /// The id of what is counted: an outcome, family, answer or question id, or
    /// `TREATING>WANTED` for a pair of centres.
    public var key: String
    public var label: String
    /// For an outcome, the id of its family in the naming policy ("" when it has none).
    public var family: String?
    /// Whether the row is part of the row above it, as an outcome is of its family.
    public var isPart: Bool
    /// The count for each month.
    public var counts: [Int]
    /// For each month, what the count is a share of.
    public var bases: [Int]

    /// The count over the whole period.
    public var total: Int { counts.reduce(0, +) }
    /// What the period's count is a share of.
    public var base: Int { bases.reduce(0, +) }
  }

  /// A table of the report.
  public struct Section: Sendable, Hashable {
    /// How a section is best read.
    public enum Layout: Sendable, Hashable {
      /// A column for each month, and the total.
      case byMonth
      /// For the whole period: the count, what it is a share of, and the share, under these headings.
      case shares(count: String, base: String)
    }

    /// `outcomes`, `askers`, `centres`, `between-london`, `not-known`, `abandoned-at`.
    public var id: String
    public var title: String
    /// What is counted, in a sentence.
    public var explanation: String
    public var layout: Layout
    public var rows: [Row]
  }

  /// The months of the report, in order, with none missing.
  public let months: [CalendarMonth]
  public let sections: [Section]
  /// The calls recorded under each policy version, in the order of the versions; the
  /// CSV's `policy-version` rows.
  public let versions: [Row]
  /// The policy whose titles and families name the outcomes.
  public let policy: PolicyIdentity
  public let smallCounts: SmallCounts
  public let reading: Reading
  /// The calls counted: those in the report's months.
  public let callCount: Int

  /// The questions and family the report's sections are built on, by id.
  static let askerQuestion = "asker"
  static let treatingCentreQuestion = "treating-centre"
  static let wantedAtQuestion = "wanted-at"
  static let routeOpenFamily = "route-open"
  /// Keys of rows that stand for no id of the policy.
  static let notAnswered = "not-answered"
  static let noQuestion = "none"
  static let noFamily = "no-family"
  static let notInPolicy = "not-in-policy"

  /// Counts the calls in the chosen months.
  ///
  /// - Parameters:
  ///   - calls: the calls read, one per session.
  ///   - machine: the policy that names outcomes, answers and questions, and whose paths
  ///     tell which pairs of centres are between the two London services.
  ///   - reading: how the files were read, for the report's opening lines.
  public init(calls: DemandCalls, naming machine: StateMachine, reading: Reading, options: Options = Options()) {
    let policy = machine.policy
    func isCounted(_ call: DemandCall) -> Bool {
      (options.from.map { call.month >= $0 } ?? true) && (options.to.map { call.month <= $0 } ?? true)
    }
    var first = options.from
    var last = options.to
    if first == nil || last == nil {
      var earliest: CalendarMonth?
      var latest: CalendarMonth?
      for call in calls.bySession.values where isCounted(call) {
        if earliest.map({ call.month < $0 }) ?? true { earliest = call.month }
        if latest.map({ call.month > $0 }) ?? true { latest = call.month }
      }
      first = first ?? earliest ?? last
      last = last ?? latest ?? first
    }
    let months = first.flatMap { first in last.map { CalendarMonth.months(from: first, through: $0) } } ?? []

    var tallies = Tallies(months: months, machine: machine, betweenPairs: Self.pairsBetweenLondonServices(in: machine))
    for call in calls.bySession.values where isCounted(call) { tallies.count(call) }

    self.months = months
    self.policy = policy.identity
    self.smallCounts = options.smallCounts
    self.reading = reading
    self.callCount = tallies.calls.reduce(0, +)
    self.versions = tallies.versionRows()
    self.sections = tallies.sections()
  }

  /// The pairs `TREATING>WANTED` of answers under which some path of the policy reaches
  /// an outcome of the route-open family: calls from one London service to the other.
  /// The most paths of the policy looked at for those pairs.
  static let pathLimit = 10_000

  static func pairsBetweenLondonServices(in machine: StateMachine) -> Set<String> {
    let routes = Set(machine.policy.outcomes.filter { $0.family == routeOpenFamily }.map(\.id))
    var pairs = Set<String>()
    for path in machine.paths(limit: pathLimit) where routes.contains(path.outcome) {
      guard let from = path.steps.first(where: { $0.question == treatingCentreQuestion }),
        let to = path.steps.first(where: { $0.question == wantedAtQuestion })
      else { continue }
      for treating in from.answers { for wanted in to.answers { pairs.insert(pairKey(treating, wanted)) } }
    }
    return pairs
  }

  /// `uclh>royal-marsden`.
  static func pairKey(_ treating: String, _ wanted: String) -> String { treating + ">" + wanted }
}

/// The counts of a report, gathered call by call, then laid out as sections.
private struct Tallies {
  typealias Row = DemandReport.Row

  let months: [CalendarMonth]
  let machine: StateMachine
  let betweenPairs: Set<String>
  let unsureAnswers: [String: String]
  var calls: [Int]
  var abandoned: [Int]
  var decided: [Int]
  var between: [Int]
  var outcomes: [String: [Int]] = [:]
  var askers: [String: [Int]] = [:]
  var centres: [String: [Int]] = [:]
  var betweenOutcomes: [String: [Int]] = [:]
  var answered: [String: [Int]] = [:]
  var notKnown: [String: [Int]] = [:]
  var abandonedAt: [String: [Int]] = [:]
  var versions: [PolicyVersion: [Int]] = [:]

  init(months: [CalendarMonth], machine: StateMachine, betweenPairs: Set<String>) {
    self.months = months
    self.machine = machine
    let policy = machine.policy
    self.betweenPairs = betweenPairs
    unsureAnswers = Dictionary(
      policy.questions.compactMap { question in question.answers.first(where: \.isUnsure).map { (question.id, $0.id) } },
      uniquingKeysWith: { first, _ in first })
    calls = months.map { _ in 0 }
    abandoned = calls
    decided = calls
    between = calls
  }

  private var zeros: [Int] { months.map { _ in 0 } }
  private var policy: Policy { machine.policy }

  /// Counts a call in its month, which must be one of the report's.
  mutating func count(_ call: DemandCall) {
    guard let first = months.first else { return }
    let month = (call.month.year - first.year) * 12 + call.month.month - first.month
    let zeros = self.zeros
    calls[month] += 1
    versions[call.policy, default: zeros][month] += 1
    askers[call.answer(to: DemandReport.askerQuestion) ?? DemandReport.notAnswered, default: zeros][month] += 1
    let treating = call.answer(to: DemandReport.treatingCentreQuestion) ?? DemandReport.notAnswered
    let wanted = call.answer(to: DemandReport.wantedAtQuestion) ?? DemandReport.notAnswered
    let pair = DemandReport.pairKey(treating, wanted)
    centres[pair, default: zeros][month] += 1
    for given in call.answers {
      answered[given.question, default: zeros][month] += 1
      if unsureAnswers[given.question] == given.answer { notKnown[given.question, default: zeros][month] += 1 }
    }
    if let outcome = call.outcome {
      decided[month] += 1
      outcomes[outcome, default: zeros][month] += 1
      if betweenPairs.contains(pair) {
        between[month] += 1
        betweenOutcomes[outcome, default: zeros][month] += 1
      }
    } else {
      abandoned[month] += 1
      abandonedAt[stoppingQuestion(of: call), default: zeros][month] += 1
    }
  }

  /// The question an abandoned call stopped at: the one on the screen, or, when the call
  /// was saved between an answer and the next question, the one the policy asks next.
  private func stoppingQuestion(of call: DemandCall) -> String {
    if let shown = call.unansweredQuestion { return shown }
    if case .success(let state) = machine.state(after: call.answers), case .asking(let question) = machine[state] {
      return policy.questions[question].id
    }
    return DemandReport.noQuestion
  }

  /// A key's count for each month; zeros for a key never counted.
  private func counts(_ table: [String: [Int]], _ key: String) -> [Int] { table[key] ?? zeros }

  /// The counts of some keys added month by month.
  private func sum(_ table: [String: [Int]], _ keys: [String]) -> [Int] {
    var total = zeros
    for key in keys { for (month, count) in counts(table, key).enumerated() { total[month] += count } }
    return total
  }

  /// The keys of a table the policy does not know, sorted.
  private func unknownKeys(_ table: [String: [Int]], known: [String]) -> [String] {
    let known = Set(known)
    return table.keys.filter { !known.contains($0) }.sorted()
  }

  /// The report's tables, in the order they are shown; those the naming policy has no questions for are left out.
  func sections() -> [DemandReport.Section] {
    var sections = [outcomeSection()]
    if let asker = policy.question(DemandReport.askerQuestion) { sections.append(askerSection(asker)) }
    if let treating = policy.question(DemandReport.treatingCentreQuestion), let wanted = policy.question(DemandReport.wantedAtQuestion) {
      sections.append(centreSection(treating, wanted))
      if !betweenPairs.isEmpty { sections.append(betweenSection()) }
    }
    sections.append(notKnownSection())
    sections.append(abandonedSection())
    return sections
  }

  /// The calls recorded under each policy version, month by month.
  func versionRows() -> [Row] {
    versions.keys.sorted().map { version in
      Row(dimension: "policy-version", key: "\(version.id)@\(version.version)", label: version.description, isPart: false, counts: versions[version]!, bases: calls)
    }
  }

  // MARK: Sections

  /// The outcomes, family by family; outcomes no longer in the policy by their recorded ids.
  private func outcomeSection() -> DemandReport.Section {
    var rows = [Row(dimension: "calls", key: "all", label: "All calls", isPart: false, counts: calls, bases: calls)]
    rows += outcomeRows(outcomes, base: calls, dimensions: ("family", "outcome"), listing: .everyFamily)
    rows.append(Row(dimension: "calls", key: "abandoned", label: "Abandoned before an outcome", isPart: false, counts: abandoned, bases: calls))
    return DemandReport.Section(
      id: "outcomes", title: "Calls by outcome",
      explanation: "Each call once, under the outcome it ended with, by the outcome's family; the policy version it was recorded under does not change where it is counted.",
      layout: .byMonth, rows: rows)
  }

  /// Which families and outcomes a table of outcomes lists when no call reached them.
  private enum Listing {
    /// Every family, with the outcomes some call reached.
    case everyFamily
    /// The families and outcomes some call reached, and the route-open family with every route.
    case everyRoute
  }

  /// Rows for each family with its outcomes under it, then outcomes without a family, then
  /// outcomes the policy does not have, under their recorded ids.
  private func outcomeRows(_ table: [String: [Int]], base: [Int], dimensions: (family: String, outcome: String), listing: Listing) -> [Row] {
    var rows: [Row] = []
    func group(key: String, label: String, members: [(key: String, label: String, family: String)], listsEveryMember: Bool, listsItself: Bool) {
      let total = sum(table, members.map(\.key))
      guard listsItself || total.contains(where: { $0 > 0 }) else { return }
      rows.append(Row(dimension: dimensions.family, key: key, label: label, isPart: false, counts: total, bases: base))
      for member in members {
        let counts = counts(table, member.key)
        guard listsEveryMember || counts.contains(where: { $0 > 0 }) else { continue }
        rows.append(
          Row(dimension: dimensions.outcome, key: member.key, label: member.label, family: member.family, isPart: true, counts: counts, bases: base))
      }
    }
    for family in policy.families {
      let members = policy.outcomes.filter { $0.family == family.id }.map { ($0.id, $0.title, family.id) }
      let isRoutes = listing == .everyRoute && family.id == DemandReport.routeOpenFamily
      group(key: family.id, label: family.title, members: members, listsEveryMember: isRoutes, listsItself: isRoutes || listing == .everyFamily)
    }
    let familyIDs = Set(policy.families.map(\.id))
    let unfamilied = policy.outcomes.filter { $0.family.map { !familyIDs.contains($0) } ?? true }.map { ($0.id, $0.title, "") }
    group(key: DemandReport.noFamily, label: "Outcomes without a family", members: unfamilied, listsEveryMember: false, listsItself: false)
    let unknown = unknownKeys(table, known: policy.outcomes.map(\.id)).map { ($0, $0, "") }
    group(
      key: DemandReport.notInPolicy, label: "Outcomes not in this policy (by recorded id)", members: unknown, listsEveryMember: false, listsItself: false)
    return rows
  }

  /// Who was asking: every answer of the question, then recorded answers it no longer has.
  private func askerSection(_ asker: Question) -> DemandReport.Section {
    var rows = asker.answers.map { answer in
      Row(dimension: "asker", key: answer.id, label: answer.label, isPart: false, counts: counts(askers, answer.id), bases: calls)
    }
    for key in unknownKeys(askers, known: asker.answers.map(\.id) + [DemandReport.notAnswered]) {
      rows.append(Row(dimension: "asker", key: key, label: key, isPart: false, counts: counts(askers, key), bases: calls))
    }
    if askers[DemandReport.notAnswered] != nil {
      rows.append(
        Row(dimension: "asker", key: DemandReport.notAnswered, label: "Not answered", isPart: false, counts: counts(askers, DemandReport.notAnswered), bases: calls))
    }
    return DemandReport.Section(
      id: "askers", title: "Calls by who was asking", explanation: "The answer to '\(asker.prompt)' that each call ended with.", layout: .byMonth,
      rows: rows)
  }

  /// The pairs of treating and wanted centre that some call ended with, in the answers' order.
  private func centreSection(_ treating: Question, _ wanted: Question) -> DemandReport.Section {
    func order(_ question: Question, _ answer: String) -> (Int, String) {
      if answer == DemandReport.notAnswered { return (Int.max, answer) }
      return (question.answers.firstIndex { $0.id == answer } ?? question.answers.count, answer)
    }
    func label(_ question: Question, _ answer: String) -> String {
      answer == DemandReport.notAnswered ? "not answered" : question.answer(answer)?.label ?? answer
    }
    let keys = centres.keys.map { key -> (String, String, String) in
      let parts = key.split(separator: ">", maxSplits: 1).map(String.init)
      return (key, parts[0], parts.count > 1 ? parts[1] : "")
    }.sorted { left, right in
      let a = (order(treating, left.1), order(wanted, left.2))
      let b = (order(treating, right.1), order(wanted, right.2))
      return a.0 != b.0 ? a.0 < b.0 : a.1 < b.1
    }
    let rows = keys.map { key, from, to in
      Row(
        dimension: "centres", key: key, label: "\(label(treating, from)) → \(label(wanted, to))", isPart: false, counts: counts(centres, key),
        bases: calls)
    }
    return DemandReport.Section(
      id: "centres", title: "Calls by treating centre → wanted centre",
      explanation: "Where the patient was treated, and where the caller wanted the second opinion, as each call ended.", layout: .byMonth, rows: rows)
  }

  /// Calls from one London service to the other, and the routes they found open.
  private func betweenSection() -> DemandReport.Section {
    var rows = [
      Row(dimension: "between-london", key: "all", label: "Calls between the London services", isPart: false, counts: between, bases: decided)
    ]
    rows += outcomeRows(betweenOutcomes, base: between, dimensions: ("between-london-family", "between-london-outcome"), listing: .everyRoute)
    return DemandReport.Section(
      id: "between-london", title: "Between the two London services",
      explanation:
        "Calls that reached an outcome, from a patient under one London service wanting a second opinion at the other; how many found a route open, and which.",
      layout: .shares(count: "calls", base: "of"), rows: rows)
  }

  /// For every question, the calls that ended with its "not sure" answer, of those that answered it.
  private func notKnownSection() -> DemandReport.Section {
    var rows: [Row] = []
    for question in policy.questions {
      rows.append(
        Row(
          dimension: "not-known", key: question.id, label: question.prompt, isPart: false, counts: counts(notKnown, question.id),
          bases: counts(answered, question.id)))
    }
    return DemandReport.Section(
      id: "not-known", title: "Answers callers did not know",
      explanation: "For each question, the calls that ended with its 'not sure' answer, of the calls that answered it.",
      layout: .shares(count: "not known", base: "answered"), rows: rows)
  }

  /// Abandoned calls by the question they stopped at, in the policy's order.
  private func abandonedSection() -> DemandReport.Section {
    var rows: [Row] = []
    for question in policy.questions where abandonedAt[question.id] != nil {
      rows.append(Row(dimension: "abandoned-at", key: question.id, label: question.prompt, isPart: false, counts: counts(abandonedAt, question.id), bases: abandoned))
    }
    for key in unknownKeys(abandonedAt, known: policy.questions.map(\.id) + [DemandReport.noQuestion]) {
      rows.append(Row(dimension: "abandoned-at", key: key, label: key, isPart: false, counts: counts(abandonedAt, key), bases: abandoned))
    }
    if abandonedAt[DemandReport.noQuestion] != nil {
      rows.append(
        Row(
          dimension: "abandoned-at", key: DemandReport.noQuestion, label: "No question known (before the first, or under another policy)",
          isPart: false, counts: counts(abandonedAt, DemandReport.noQuestion), bases: abandoned))
    }
    return DemandReport.Section(
      id: "abandoned-at", title: "Abandoned calls, by the question they stopped at",
      explanation: "Calls that ended before an outcome, by the question on the screen when they ended.",
      layout: .shares(count: "calls", base: "abandoned"), rows: rows)
  }
}
