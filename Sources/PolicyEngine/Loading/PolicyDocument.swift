import Yams

/// A policy read from a YAML file, with where each of its parts sits in that file.
public struct PolicyDocument: Sendable {
  /// The largest policy file read; anything bigger is certainly not a policy.
  public static let maximumSize = 4 << 20
  /// The most YAML values a policy file may hold once anchors are expanded.
  public static let maximumValueCount = 200_000

  /// The name the file is reported under.
  public let file: String
  public let policy: Policy
  /// The SHA-256 of the file's bytes, as `sha256sum` prints it.
  public let contentHash: String
  /// The file's text, kept to find where things are only when a diagnostic needs it.
  private let text: String

  /// Reads a policy from the bytes of a YAML file.
  ///
  /// - Throws: `PolicyLoadError.unreadable` when the bytes are not text at all,
  ///   `PolicyLoadError.invalid` with every problem found when they are text but
  ///   not a well-formed policy.
  public init(parsing bytes: some Collection<UInt8>, file: String) throws(PolicyLoadError) {
    self.file = file
    let bytes = Array(bytes)
    if bytes.count > Self.maximumSize { throw .tooLarge(size: bytes.count, file: file) }
    switch decodeText(bytes) {
    case .success(let decoded): text = decoded
    case .failure(let problem):
      throw .unreadable(Diagnostic(.error, problem.message, at: SourceLocation(file: file, line: problem.line, column: problem.column)))
    }
    contentHash = sha256Hex(bytes)

    let root = try compose(text, file: file)
    var census = NodeCensus()
    census.visit(root)
    if census.isOverBudget {
      // An alias (`*name`) makes a small file large; only then is it worth saying so.
      let hasAliases = text.contains(/(?:^|[\s,\[{])\*[^\s,\]}]/)
      let expanded = hasAliases ? " once its anchors and aliases are expanded" : ""
      throw .invalid([
        Diagnostic(
          .error, "the file holds more than \(Self.maximumValueCount) values\(expanded); a policy is far smaller",
          at: SourceLocation(file: file, line: 1, column: 1))
      ])
    }
    var diagnostics = census.problems.map {
      Diagnostic(.error, $0.message, at: SourceLocation(file: file, line: $0.line, column: $0.column))
    }
    var reader = PolicyReader()
    let policy = reader.readPolicy(root)
    if !reader.problems.isEmpty {
      let table = LocationTable(root: root)
      // A value under an anchor is read once for every alias of it, under another path
      // each time but at the same place: its problem is told once.
      var told = Set<String>()
      for problem in reader.problems {
        let place = table.locate(problem.path, onKey: problem.onKey, file: file)
        guard told.insert("\(place) \(withoutPathPrefix(problem.message))").inserted else { continue }
        diagnostics.append(Diagnostic(.error, problem.message, at: place))
      }
    }
    // A value under an anchor is read once for every alias of it; its problem is told once.
    guard let policy, diagnostics.isEmpty else { throw .invalid(diagnostics.inFileOrder().removingRepeats()) }
    self.policy = policy
  }

  /// Where the value at `path` starts, or its key when `onKey` is set; falls back
  /// to the nearest enclosing value that has a place. Reads the file again, so ask
  /// `diagnostics(for:)` when there are many places to find.
  public func location(of path: PolicyPath, onKey: Bool = false) -> SourceLocation {
    locations().locate(path, onKey: onKey, file: file)
  }

  /// The diagnostics for defects found in this document's policy, in file order, each
  /// followed by its notes.
  public func diagnostics(for defects: [PolicyDefect]) -> [Diagnostic] {
    guard !defects.isEmpty else { return [] }
    let table = locations()
    let groups = defects.map { defect in
      [Diagnostic(defect.severity, defect.message, at: table.locate(defect.path, onKey: defect.pointsAtKey, file: file))]
        + defect.notes.map { Diagnostic(.note, $0.message, at: table.locate($0.path, onKey: false, file: file)) }
    }
    return groups.inFileOrder(by: \.[0].location).removingRepeats().flatMap { $0 }
  }

  /// The diagnostics for a defect found in this document's policy: the defect, then its notes.
  public func diagnostics(for defect: PolicyDefect) -> [Diagnostic] {
    diagnostics(for: [defect])
  }

  private func locations() -> LocationTable {
    // The text parsed once already, so composing it again cannot fail.
    (try? compose(text, file: file)).map(LocationTable.init(root:)) ?? LocationTable()
  }
}

/// Composes YAML text into a tree, turning every failure into located diagnostics.
private func compose(_ text: String, file: String) throws(PolicyLoadError) -> Node {
  do {
    // Every value is read as text, so YAML's guesses at numbers, dates and booleans are
    // not needed; skipping them saves most of the parse time at start-up.
    guard let composed = try Yams.compose(yaml: text, .basic) else {
      throw PolicyLoadError.invalid([
        Diagnostic(
          .error, "the file is empty; expected a policy with the keys \(PolicyReader.topLevelKeyList)",
          at: SourceLocation(file: file, line: 1, column: 1))
      ])
    }
    return composed
  } catch let error as PolicyLoadError {
    throw error
  } catch let error as YamlError {
    throw .invalid([describe(error, file: file)])
  } catch {
    throw .invalid([Diagnostic(.error, "the file could not be read as YAML", at: SourceLocation(file: file, line: 1, column: 1))])
  }
}

/// Why a policy file could not be loaded.
public enum PolicyLoadError: Error, Sendable, Equatable {
  /// The bytes are not a text file that could hold a policy at all.
  case unreadable(Diagnostic)
  /// The file is text, but not a well-formed policy; every problem found is listed.
  case invalid([Diagnostic])

  /// A file too large to be a policy, with its real size (which may be more than was read).
  public static func tooLarge(size: Int, file: String) -> PolicyLoadError {
    .unreadable(
      Diagnostic(
        .error, "the file is too large for a policy (\(megabytes(size)); the limit is \(megabytes(PolicyDocument.maximumSize)))",
        at: SourceLocation(file: file, line: 1, column: 1)))
  }

  /// Every diagnostic, in file order.
  public var diagnostics: [Diagnostic] {
    switch self {
    case .unreadable(let diagnostic): return [diagnostic]
    case .invalid(let diagnostics): return diagnostics
    }
  }
}

private func megabytes(_ count: Int) -> String {
  let tenths = (count * 10 + (1 << 19)) >> 20
  return "\(tenths / 10).\(tenths % 10) MB"
}

private func describe(_ error: YamlError, file: String) -> Diagnostic {
  func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
  func text(_ problem: String, _ context: YamlError.Context?) -> String {
    var message = "YAML syntax: \(problem)"
    if let context, !context.text.isEmpty {
      message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
    }
    return message
  }
  switch error {
  case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
    .composer(let context, let problem, let mark, _):
    if problem.hasPrefix("Maximum nesting level reached") {
      return Diagnostic(.error, "YAML: the values here are nested too deeply to read; a policy nests only a few levels", at: at(mark))
    }
    var message = text(problem, context)
    if problem.hasPrefix("mapping values are not allowed") {
      message += "; a colon followed by a space inside text needs the whole text in quotes"
    }
    return Diagnostic(.error, message, at: at(mark))
  case .duplicatedKeysInMapping(let duplicates, let context):
    let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
    let noun = duplicates.count == 1 ? "the key \(keys) appears" : "the keys \(keys) appear"
    return Diagnostic(.error, "\(noun) twice in the mapping that starts here", at: at(context.mark))
  case .reader(let problem, let offset, _, let yaml):
    var place = SourceLocation(file: file, line: 1, column: 1)
    if let offset {
      let position = lineAndColumn(ofByte: offset, in: Array(yaml.utf8))
      place = SourceLocation(file: file, line: position.line, column: position.column)
    }
    return Diagnostic(.error, "YAML: \(problem)", at: place)
  default:
    return Diagnostic(.error, "the file could not be read as YAML", at: SourceLocation(file: file, line: 1, column: 1))
  }
}

/// A count of a YAML tree's values, stopping once there are too many (anchors and
/// aliases can make a small file expand without limit), and the keys that are not text.
private struct NodeCensus {
  struct Problem {
    var message: String
    var line: Int
    var column: Int
  }

  private(set) var visited = 0
  private(set) var problems: [Problem] = []
  var isOverBudget: Bool { visited > PolicyDocument.maximumValueCount }

  mutating func visit(_ node: Node) {
    visited += 1
    if isOverBudget { return }
    switch node {
    case .mapping(let mapping):
      for (key, value) in mapping {
        if case .scalar = key {
          visit(value)
        } else {
          problems.append(Problem(message: "a key must be plain text, not a list or mapping", line: key.mark?.line ?? 1, column: key.mark?.column ?? 1))
        }
        if isOverBudget { return }
      }
    case .sequence(let sequence):
      for element in sequence {
        visit(element)
        if isOverBudget { return }
      }
    case .scalar, .alias:
      break
    }
  }
}

/// A reader's message without the path it starts with (`questions[0].answers[1]: `).
private func withoutPathPrefix(_ message: String) -> Substring {
  guard let colon = message.range(of: ": ") else { return message[...] }
  let prefix = message[..<colon.lowerBound]
  let isPath = !prefix.isEmpty && prefix.allSatisfy { $0.isLetter || $0.isNumber || "-_[].".contains($0) }
  return isPath ? message[colon.upperBound...] : message[...]
}

extension Array where Element: Hashable {
  /// The elements without those equal to one before them.
  func removingRepeats() -> [Element] {
    var seen = Set<Element>()
    return filter { seen.insert($0).inserted }
  }
}

/// Where each value of a YAML tree starts, and each mapping key, by path.
private struct LocationTable {
  private var values: [PolicyPath: (line: Int, column: Int)] = [:]
  private var keys: [PolicyPath: (line: Int, column: Int)] = [:]

  init() {}

  init(root: Node) {
    var budget = PolicyDocument.maximumValueCount
    visit(root, at: PolicyPath(), budget: &budget)
  }

  private mutating func visit(_ node: Node, at path: PolicyPath, budget: inout Int) {
    budget -= 1
    guard budget >= 0 else { return }
    if let mark = node.mark { values[path] = (mark.line, mark.column) }
    switch node {
    case .mapping(let mapping):
      for (key, value) in mapping {
        guard case .scalar(let scalar) = key else { continue }
        let childPath = path.appending(scalar.string)
        if keys[childPath] == nil, let mark = key.mark { keys[childPath] = (mark.line, mark.column) }
        visit(value, at: childPath, budget: &budget)
      }
    case .sequence(let sequence):
      for (position, element) in sequence.enumerated() { visit(element, at: path.appending(position), budget: &budget) }
    case .scalar, .alias:
      break
    }
  }

  /// The place of the value at `path` (or its key), else of the nearest enclosing value.
  func locate(_ path: PolicyPath, onKey: Bool, file: String) -> SourceLocation {
    if onKey, let place = keys[path] { return SourceLocation(file: file, line: place.line, column: place.column) }
    var current: PolicyPath? = path
    while let candidate = current {
      if let place = values[candidate] { return SourceLocation(file: file, line: place.line, column: place.column) }
      current = candidate.parent
    }
    return SourceLocation(file: file, line: 1, column: 1)
  }
}

struct TextProblem: Error {
  var message: String
  var line: Int
  var column: Int
}

/// The bytes as a String, or where they stop being UTF-8 text.
func decodeText(_ bytes: [UInt8]) -> Result<String, TextProblem> {
  var iterator = bytes.makeIterator()
  var parser = Unicode.UTF8.ForwardParser()
  var offset = 0
  loop: while true {
    switch parser.parseScalar(from: &iterator) {
    case .valid(let encoded):
      if encoded.count == 1, encoded.first == 0 {
        let place = lineAndColumn(ofByte: offset, in: bytes)
        return .failure(TextProblem(message: "this is not a text file (it holds a NUL byte); a policy is a YAML text file", line: place.line, column: place.column))
      }
      offset += encoded.count
    case .error:
      let place = lineAndColumn(ofByte: offset, in: bytes)
      return .failure(
        TextProblem(message: "the file is not UTF-8 text: " + invalidUTF8Description(bytes, at: offset), line: place.line, column: place.column))
    case .emptyInput:
      break loop
    }
  }
  return .success(String(decoding: bytes, as: UTF8.self))
}

/// Why the bytes at `offset` are not UTF-8, blaming the right byte: a byte that can never
/// start a character, or the byte that fails to continue one that started well.
///
/// - Parameter container: what ends when the bytes run out mid-character ("the file").
public func invalidUTF8Description(_ bytes: some Collection<UInt8>, at offset: Int, in container: String = "the file") -> String {
  let rest = Array(bytes.dropFirst(offset).prefix(4))
  func hex(_ byte: UInt8) -> String { (byte < 0x10 ? "0x0" : "0x") + String(byte, radix: 16, uppercase: true) }
  guard let lead = rest.first else { return "\(container) ends inside a character" }
  guard (0xC2...0xF4).contains(lead) else { return "byte \(hex(lead)) cannot start a character" }
  let needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
  let second: ClosedRange<UInt8> =
    switch lead {
    case 0xE0: 0xA0...0xBF
    case 0xED: 0x80...0x9F
    case 0xF0: 0x90...0xBF
    case 0xF4: 0x80...0x8F
    default: 0x80...0xBF
    }
  for index in 1..<needed {
    guard index < rest.count else { return "\(container) ends inside the character that byte \(hex(lead)) starts" }
    if !(index == 1 ? second : 0x80...0xBF).contains(rest[index]) {
      return "byte \(hex(rest[index])) cannot continue the character that byte \(hex(lead)) starts"
    }
  }
  return "byte \(hex(lead)) cannot start a character"
}

/// The 1-based line and column (in Unicode scalars) of a byte offset.
public func lineAndColumn(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
  var line = 1
  var column = 1
  for byte in bytes.prefix(offset) {
    if byte == UInt8(ascii: "\n") {
      line += 1
      column = 1
    } else if byte & 0xC0 != 0x80 {
      column += 1
    }
  }
  return (line, column)
}
