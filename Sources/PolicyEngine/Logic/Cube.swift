/// A set of answer combinations that is a product: for each question, the answers it
/// allows, one bit per answer. A rule's conditions, the regions a search splits, and the
/// situations `diff` reports are all cubes.
struct Cube: Hashable, Sendable {
  /// For each question by index, bit `i` set when the answer at index `i` is allowed.
  var masks: [UInt64]

  init(masks: [UInt64]) {
    self.masks = masks
  }

  /// Every combination of answers of questions with these numbers of answers.
  init(everyCombinationOf arities: [Int]) {
    masks = arities.map(fullMask)
  }

  /// Whether no combination is in the cube.
  var isEmpty: Bool { masks.contains(0) }

  /// The cube with one question's answers replaced.
  func setting(_ question: Int, to mask: UInt64) -> Cube {
    var copy = self
    copy.masks[question] = mask
    return copy
  }

  /// How many combinations the cube holds, as a floating-point count (policies can have
  /// more combinations than an integer holds); exact below 2^53.
  var combinationCount: Double {
    masks.reduce(1.0) { $0 * Double($1.nonzeroBitCount) }
  }

  /// Whether every combination of `other` is in this cube.
  func contains(_ other: Cube) -> Bool {
    zip(masks, other.masks).allSatisfy { $1 & ~$0 == 0 }
  }
}

/// The mask allowing every one of `arity` answers.
func fullMask(_ arity: Int) -> UInt64 {
  arity >= 64 ? UInt64.max : (1 << UInt64(arity)) - 1
}

/// The indices of the set bits of a mask, lowest first.
func setBits(_ mask: UInt64) -> [Int] {
  var bits: [Int] = []
  var rest = mask
  while rest != 0 {
    bits.append(rest.trailingZeroBitCount)
    rest &= rest - 1
  }
  return bits
}

/// The rules of a policy as cubes, stored flat for the searches: each rule's conditions
/// (a question and the answers it allows, for the questions the rule restricts) and the
/// index of its outcome.
struct RuleTable: Sendable {
  /// The number of answers of each question.
  let arities: [Int]
  /// The mask of every answer, per question.
  let fullMasks: [UInt64]
  private var starts: [Int] = [0]
  private var conditionQuestions: [Int] = []
  private var conditionMasks: [UInt64] = []
  /// Each rule's outcome index; `RuleTable.undecided` for none.
  private(set) var outcomes: [Int] = []

  /// The outcome of a combination no rule decides.
  static let undecided = -1

  init(arities: [Int]) {
    self.arities = arities
    fullMasks = arities.map(fullMask)
  }

  /// The number of rules.
  var count: Int { outcomes.count }

  /// Every combination of answers.
  var everything: Cube { Cube(masks: fullMasks) }

  /// Adds a rule; conditions that allow every answer are left out. Returns its index.
  @discardableResult
  mutating func append(_ cube: Cube, outcome: Int) -> Int {
    for (question, mask) in cube.masks.enumerated() where mask != fullMasks[question] {
      conditionQuestions.append(question)
      conditionMasks.append(mask)
    }
    starts.append(conditionQuestions.count)
    outcomes.append(outcome)
    return outcomes.count - 1
  }

  /// The combinations a rule matches.
  func cube(of rule: Int) -> Cube {
    var masks = fullMasks
    for index in starts[rule]..<starts[rule + 1] { masks[conditionQuestions[index]] = conditionMasks[index] }
    return Cube(masks: masks)
  }

  /// The questions a rule restricts, with the answers it allows.
  func conditions(of rule: Int) -> [(question: Int, mask: UInt64)] {
    (starts[rule]..<starts[rule + 1]).map { (conditionQuestions[$0], conditionMasks[$0]) }
  }

  /// The answers a rule allows for a question.
  func mask(of rule: Int, question: Int) -> UInt64 {
    for index in starts[rule]..<starts[rule + 1] where conditionQuestions[index] == question { return conditionMasks[index] }
    return fullMasks[question]
  }

  /// Whether a rule matches some combination of a region.
  func intersects(_ rule: Int, _ region: Cube) -> Bool {
    region.masks.withUnsafeBufferPointer { masks in
      for index in starts[rule]..<starts[rule + 1] where conditionMasks[index] & masks[conditionQuestions[index]] == 0 {
        return false
      }
      return true
    }
  }

  /// Whether a rule matches every combination of a region.
  func contains(_ rule: Int, _ region: Cube) -> Bool {
    region.masks.withUnsafeBufferPointer { masks in
      for index in starts[rule]..<starts[rule + 1] where masks[conditionQuestions[index]] & ~conditionMasks[index] != 0 {
        return false
      }
      return true
    }
  }

  /// Whether two rules match some combination in common.
  func overlap(_ a: Int, _ b: Int) -> Bool {
    var i = starts[a]
    var j = starts[b]
    while i < starts[a + 1], j < starts[b + 1] {
      let qa = conditionQuestions[i]
      let qb = conditionQuestions[j]
      if qa == qb {
        if conditionMasks[i] & conditionMasks[j] == 0 { return false }
        i += 1
        j += 1
      } else if qa < qb {
        i += 1
      } else {
        j += 1
      }
    }
    return true
  }

  /// Calls `body` with each question a rule restricts within a region (allowing some but
  /// not all of the region's answers to it) and the answers it allows there.
  func forEachRestriction(of rule: Int, within region: Cube, _ body: (_ question: Int, _ allowed: UInt64) -> Void) {
    for index in starts[rule]..<starts[rule + 1] {
      let question = conditionQuestions[index]
      let inside = conditionMasks[index] & region.masks[question]
      if inside != region.masks[question] { body(question, inside) }
    }
  }

  /// Whether a rule allows some but not all of a region's answers to a question.
  func restricts(_ rule: Int, question: Int, within region: Cube) -> Bool {
    let mask = self.mask(of: rule, question: question)
    return mask & region.masks[question] != region.masks[question]
  }

  /// The first rule of `rules` that matches a combination (one answer index per
  /// question), or nil.
  func firstMatch(_ rules: [Int], at combination: [Int]) -> Int? {
    rules.first { rule in
      (starts[rule]..<starts[rule + 1]).allSatisfy { conditionMasks[$0] & (1 << UInt64(combination[conditionQuestions[$0]])) != 0 }
    }
  }
}
