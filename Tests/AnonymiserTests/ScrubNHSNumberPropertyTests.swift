import PolicyEngine
import Testing

@testable import Anonymiser

/// A property of the scrubber: whatever an NHS number looks like and whatever
/// stands before it, at most three of its digits survive a scrub, and the
/// auditor flags it in a note that was never scrubbed.
@Suite struct ScrubNHSNumberPropertyTests {
  let scrubber = Scrubber()
  let audit = PersonalDataAudit()

  /// Digits of the scripts and forms notes are typed and pasted in.
  static let digitForms: [(name: String, zero: UInt32)] = [
    ("ASCII", 0x30), ("full width", 0xFF10), ("Arabic-Indic", 0x0660), ("Persian", 0x06F0), ("Devanagari", 0x0966),
    ("mathematical bold", 0x1D7CE), ("double-struck", 0x1D7D8),
  ]

  /// What separates the groups of a number.
  static let separators = [" ", "-", ".", "/", "  ", "\u{A0}", "\u{202F}", "\u{200B}", "\u{AD}", "\u{2013}", "\u{2014}", ""]

  /// Dates as notes write them, just before an NHS number.
  static let dates = [
    "12/03/1961", "12.3.61", "12-03-1961", "1961-03-12", "12 March 1961", "12th Mar 61", "March 12, 2024", "3rd of March",
    "12-Mar-1961", "12/03", "12 03 1961", "Tues 8th Dec", "8 mai 1951", "1 Jan 1949", "22-Nov-1964", "2nd August 1953",
    "１２／０３／１９６１", "١٢/٠٣/١٩٦١", "𝟎𝟕.𝟎𝟏.𝟏𝟗𝟖𝟒", "1961",
  ]

  /// What stands between a date and the number.
  static let joins = [" ", " - ", ", ", " / ", " \u{007C} ", "\u{2013}", " \u{2014} ", "  "]

  /// The ten digits of a random NHS number, with a valid check digit or not.
  static func nhsDigits(valid: Bool, using random: inout SeededRandom) -> [Int] {
    while true {
      let nine = (0..<9).map { _ in Int.random(in: 0...9, using: &random) }
      let check = NHSNumber.checkDigit(nine)
      if valid {
        if let check { return nine + [check] }
      } else {
        let wrong = (0...9).filter { $0 != check }
        return nine + [wrong[Int.random(in: 0..<wrong.count, using: &random)]]
      }
    }
  }

  /// Sizes of groups adding up to ten: a common grouping, or any at random.
  static func grouping(using random: inout SeededRandom) -> [Int] {
    let common: [[Int]] = [[10], [3, 3, 4], [3, 4, 3], [4, 3, 3], [2, 2, 2, 2, 2], [5, 5], [4, 4, 2]]
    if Bool.random(using: &random) { return common[Int.random(in: 0..<common.count, using: &random)] }
    var sizes: [Int] = []
    var left = 10
    while left > 0 {
      let size = Int.random(in: 1...min(left, 5), using: &random)
      sizes.append(size)
      left -= size
    }
    return sizes
  }

  /// The number written with `digits` in a form, grouped and separated.
  static func written(_ digits: [Int], zero: UInt32, sizes: [Int], separator: String) -> String {
    var parts: [String] = []
    var k = 0
    for size in sizes {
      parts.append(String(String.UnicodeScalarView(digits[k..<(k + size)].map { Unicode.Scalar(zero + UInt32($0))! })))
      k += size
    }
    return parts.joined(separator: separator)
  }

  @Test func leavesAtMostThreeDigitsOfAnyNHSNumberAfterAnyDate() {
    var random = SeededRandom(seed: 0x4E48_5331)
    var failures: [String] = []
    var cases = 0
    for form in Self.digitForms {
      for date in Self.dates {
        for _ in 0..<12 {
          let digits = Self.nhsDigits(valid: Bool.random(using: &random), using: &random)
          let separator = Self.separators[Int.random(in: 0..<Self.separators.count, using: &random)]
          let number = Self.written(digits, zero: form.zero, sizes: Self.grouping(using: &random), separator: separator)
          let join = Self.joins[Int.random(in: 0..<Self.joins.count, using: &random)]
          let opening = ["HALE, Ruth - ", "pt ", "NHS ", "", "Mr Obi ", "nhs no "][Int.random(in: 0..<6, using: &random)]
          let before = opening + date + join
          let after = [" rang re 2nd opinion", "", ". Wife called", " - GIST"][Int.random(in: 0..<4, using: &random)]
          let note = before + number + after
          cases += 1
          let left = digitsLeft(in: note, number: before.unicodeScalars.count..<(before + number).unicodeScalars.count)
          if left > 3 { failures.append("\(form.name): \(left) digits left in: \(note)") }
          let flagged = digitsFlagged(in: "note: " + note, number: (6 + before.count)..<(6 + before.count + number.count))
          if flagged < digits.count - 3 { failures.append("\(form.name): audit flags \(flagged) digits of: \(note)") }
        }
      }
    }
    #expect(cases == Self.digitForms.count * Self.dates.count * 12)
    #expect(failures.isEmpty, "\(failures.count) of \(cases) cases failed, first: \(failures.prefix(10).joined(separator: "\n"))")
  }

  @Test func theMeasureCountsEveryDigitLeftBehind() {
    let note = "KAY, Ann - 12 Oct 1966 - 385 084 0077 rang 7 times"
    let start = "KAY, Ann - 12 Oct 1966 - ".unicodeScalars.count
    #expect(digitsLeft(in: note, number: start..<(start + 12)) == 0)
    // Were the NHS number not found, all ten of its digits would count.
    #expect(digitsLeft(in: note, number: start..<(start + 12), ignoring: 1) == 10)
    // A digit outside every finding counts.
    let seven = note.unicodeScalars.count - "7 times".unicodeScalars.count
    #expect(digitsLeft(in: note, number: seven..<(seven + 1)) == 1)
    #expect(digitsFlagged(in: note, number: (start)..<(start + 12)) == 10)
    #expect(digitsFlagged(in: note, number: seven..<(seven + 1)) == 0)
  }

  /// How many digits (of any script) in scalar offsets `number` of `note` are
  /// outside every finding; with `ignoring`, as if the last `ignoring`
  /// findings that cover the number had not been found.
  func digitsLeft(in note: String, number: Range<Int>, ignoring: Int = 0) -> Int {
    let scalars = Array(note.unicodeScalars)
    var covered = [Bool](repeating: false, count: scalars.count)
    var findings = scrubber.findings(in: note)
    if ignoring > 0 {
      let onNumber = findings.indices.filter { k in
        let start = note.unicodeScalars.distance(from: note.startIndex, to: findings[k].range.lowerBound)
        return number.contains(start)
      }
      for k in onNumber.suffix(ignoring).reversed() { findings.remove(at: k) }
    }
    for finding in findings {
      let start = note.unicodeScalars.distance(from: note.startIndex, to: finding.range.lowerBound)
      let end = note.unicodeScalars.distance(from: note.startIndex, to: finding.range.upperBound)
      for k in start..<end { covered[k] = true }
    }
    return number.filter { scalars[$0].properties.numericType != nil && !covered[$0] }.count
  }

  /// How many digits in character columns `number` (from 0) of `line` the
  /// auditor's findings cover.
  func digitsFlagged(in line: String, number: Range<Int>) -> Int {
    let characters = Array(line)
    var covered = [Bool](repeating: false, count: characters.count)
    for finding in audit.findings(in: line) {
      for k in (finding.column - 1)..<min(finding.column - 1 + finding.length, characters.count) { covered[k] = true }
    }
    return number.filter { characters[$0].unicodeScalars.contains { $0.properties.numericType != nil } && covered[$0] }.count
  }
}
