import Foundation

/// A mistake in a notes file, with where it is, as `file:line:column: message`.
struct NotesFileError: Error, CustomStringConvertible {
  var file: String
  var line: Int
  var column: Int
  var message: String

  var description: String { "\(file):\(line):\(column): \(message)" }
}

/// The held-out notes (`HeldOut/`, `HeldOutSealed/`, `HeldOutFinal/`, `HeldOutFourth/`,
/// `HeldOutFifth/`, `HeldOutSixth/`, `HeldOutSeventh/`, `HeldOutEighth/`, `HeldOutNinth/`, `HeldOutTenth/`, `HeldOutEleventh/` to `HeldOutFortySecond/`): each written by someone who never saw the scrubber's code nor the
/// other sets, frozen, and read here with the errata beside them (`<set>.errata`)
/// applied. Each set was measured once before anyone working on the scrubber read it;
/// those first figures are the honest ones, and the README keeps them.
///
/// A notes file holds one note a line; blank lines and lines starting with `#`
/// are skipped, except `## category: NAME`, which sets the category of the
/// notes after it. See `HeldOut/README.md`.
enum HeldOutSet {
  /// The set the anonymiser was developed against: `HeldOut/`.
  static let development = "HeldOut"
  /// The sealed set, for the final score only, never for tuning: `HeldOutSealed/`.
  static let sealed = "HeldOutSealed"
  /// A third set, written after the sealed one had been read, to measure the work done
  /// after it: `HeldOutFinal/`.
  static let final = "HeldOutFinal"
  /// A fourth set, written after the final set had been read and the scrubber worked on
  /// against it, to measure that work: `HeldOutFourth/`.
  static let fourth = "HeldOutFourth"
  /// A fifth set, written after the fourth had been read and the scrubber worked on
  /// against it, to measure that work: `HeldOutFifth/`.
  static let fifth = "HeldOutFifth"
  /// A sixth set, written after the fifth had been read and the scrubber worked on
  /// against it, to measure that work: `HeldOutSixth/`.
  static let sixth = "HeldOutSixth"
  /// A seventh set, written after the sixth had been read and the scrubber worked on
  /// against it, to measure that work: `HeldOutSeventh/`.
  static let seventh = "HeldOutSeventh"
  /// An eighth set, written while the seventh was being read and worked against, and
  /// kept unread until that work was done, to measure it: `HeldOutEighth/`.
  static let eighth = "HeldOutEighth"
  /// A ninth set, written while the eighth was being read and worked against, and kept
  /// unread until that work was done, to measure it: `HeldOutNinth/`.
  static let ninth = "HeldOutNinth"
  /// A tenth set, written while the ninth was being read and worked against, and kept
  /// unread until that work was done, to measure it: `HeldOutTenth/`.
  static let tenth = "HeldOutTenth"
  /// An eleventh set, written while the tenth was being read and worked against, and
  /// kept unread until that work was done, to measure it: `HeldOutEleventh/`.
  static let eleventh = "HeldOutEleventh"
  /// A twelfth set, written after the eleventh had been measured, and kept unread to
  /// measure the work done after that: `HeldOutTwelfth/`.
  static let twelfth = "HeldOutTwelfth"
  /// A thirteenth set, written while the eleventh and twelfth were being read and
  /// worked against, and kept unread until that work was done: `HeldOutThirteenth/`.
  static let thirteenth = "HeldOutThirteenth"
  /// A fourteenth set, written alongside the thirteenth: `HeldOutFourteenth/`.
  static let fourteenth = "HeldOutFourteenth"
  /// A fifteenth set, written alongside the thirteenth, and kept unread while the
  /// thirteenth and fourteenth were worked against, to measure that work: `HeldOutFifteenth/`.
  static let fifteenth = "HeldOutFifteenth"
  /// A sixteenth set, written while the thirteenth and fourteenth were being read and
  /// worked against: `HeldOutSixteenth/`.
  static let sixteenth = "HeldOutSixteenth"
  /// A seventeenth set, written alongside the sixteenth: `HeldOutSeventeenth/`.
  static let seventeenth = "HeldOutSeventeenth"
  /// An eighteenth set, written while the fifteenth to seventeenth were being read and
  /// worked against: `HeldOutEighteenth/`.
  static let eighteenth = "HeldOutEighteenth"
  /// A nineteenth set, written alongside the eighteenth: `HeldOutNineteenth/`.
  static let nineteenth = "HeldOutNineteenth"
  /// A twentieth set, written while the eighteenth and nineteenth were being read and
  /// worked against: `HeldOutTwentieth/`.
  static let twentieth = "HeldOutTwentieth"
  /// A twenty-first set, written alongside the twentieth: `HeldOutTwentyFirst/`.
  static let twentyFirst = "HeldOutTwentyFirst"
  /// A twenty-second set, written while the twentieth and twenty-first were being read
  /// and worked against, and kept unread to measure that work: `HeldOutTwentySecond/`.
  static let twentySecond = "HeldOutTwentySecond"
  /// A twenty-third set, written alongside the twenty-second: `HeldOutTwentyThird/`.
  static let twentyThird = "HeldOutTwentyThird"
  /// A twenty-fourth set, written while the twenty-second and twenty-third were being
  /// read and worked against, and kept unread to measure that work: `HeldOutTwentyFourth/`.
  static let twentyFourth = "HeldOutTwentyFourth"
  /// A twenty-fifth set, written alongside the twenty-fourth: `HeldOutTwentyFifth/`.
  static let twentyFifth = "HeldOutTwentyFifth"
  /// A twenty-sixth set, written while the twenty-fourth was being read and worked
  /// against, and kept unread to measure that work: `HeldOutTwentySixth/`.
  static let twentySixth = "HeldOutTwentySixth"
  /// A twenty-seventh set, written alongside the twenty-sixth: `HeldOutTwentySeventh/`.
  static let twentySeventh = "HeldOutTwentySeventh"
  /// A twenty-eighth set, written while the twenty-sixth was being read and worked
  /// against, and kept unread to measure that work: `HeldOutTwentyEighth/`.
  static let twentyEighth = "HeldOutTwentyEighth"
  /// A twenty-ninth set, written alongside the twenty-eighth: `HeldOutTwentyNinth/`.
  static let twentyNinth = "HeldOutTwentyNinth"
  /// A thirtieth set, written while the twenty-eighth was being read and worked
  /// against, and kept unread to measure that work: `HeldOutThirtieth/`.
  static let thirtieth = "HeldOutThirtieth"
  /// A thirty-first set, written alongside the thirtieth: `HeldOutThirtyFirst/`.
  static let thirtyFirst = "HeldOutThirtyFirst"
  /// A thirty-second set (an ordinary day shift), written while the thirtieth and
  /// thirty-first were being read and worked against, and kept unread to measure that
  /// work: `HeldOutThirtySecond/`.
  static let thirtySecond = "HeldOutThirtySecond"
  /// A thirty-third set (voicemails and callbacks), written alongside: `HeldOutThirtyThird/`.
  static let thirtyThird = "HeldOutThirtyThird"
  /// A thirty-fourth set (pasted documents), written alongside: `HeldOutThirtyFourth/`.
  static let thirtyFourth = "HeldOutThirtyFourth"
  /// A thirty-fifth set (a signed team log), written alongside: `HeldOutThirtyFifth/`.
  static let thirtyFifth = "HeldOutThirtyFifth"
  /// A thirty-sixth set (new volunteers' notes), written while the thirty-second and
  /// thirty-fifth were being read and worked against, and kept unread to measure that
  /// work: `HeldOutThirtySixth/`.
  static let thirtySixth = "HeldOutThirtySixth"
  /// A thirty-seventh set (a signed evening and weekend log), written alongside: `HeldOutThirtySeventh/`.
  static let thirtySeventh = "HeldOutThirtySeventh"
  /// A thirty-eighth set (calls with professionals), written alongside: `HeldOutThirtyEighth/`.
  static let thirtyEighth = "HeldOutThirtyEighth"
  /// A thirty-ninth set (typed on a phone in a hurry), written alongside: `HeldOutThirtyNinth/`.
  static let thirtyNinth = "HeldOutThirtyNinth"
  /// A fortieth set (a signed team notebook), written while the thirty-ninth was being
  /// read and worked against, and kept unread to measure that work: `HeldOutFortieth/`.
  static let fortieth = "HeldOutFortieth"
  /// A forty-first set (a normal week's mix), written alongside: `HeldOutFortyFirst/`.
  static let fortyFirst = "HeldOutFortyFirst"
  /// A forty-second set (typed in lower case), written alongside: `HeldOutFortySecond/`.
  static let fortySecond = "HeldOutFortySecond"

  /// A forty-third set (typed in lower case on a late shift), written while the forty-second was being read and
  /// worked against, and kept unread to measure that work: `HeldOutFortyThird/`.
  static let fortyThird = "HeldOutFortyThird"

  /// A forty-fourth set (packs posted, addresses in every form), written while the forty-second was being read and
  /// worked against, and kept unread to measure that work: `HeldOutFortyFourth/`.
  static let fortyFourth = "HeldOutFortyFourth"

  /// A forty-fifth set (an ordinary Monday, five writers), written while the forty-second was being read and
  /// worked against, and kept unread to measure that work: `HeldOutFortyFifth/`.
  static let fortyFifth = "HeldOutFortyFifth"

  /// A forty-sixth set (interpreters and families), written while the forty-second was being read and
  /// worked against, and kept unread to measure that work: `HeldOutFortySixth/`.
  static let fortySixth = "HeldOutFortySixth"

  /// A forty-seventh set (a case system's export), written while the forty-second was being read and
  /// worked against, and kept unread to measure that work: `HeldOutFortySeventh/`.
  static let fortySeventh = "HeldOutFortySeventh"

  /// A forty-eighth set (typed on a tablet without capitals), written while others were
  /// worked against, and kept unread to measure that work: `HeldOutFortyEighth/`.
  static let fortyEighth = "HeldOutFortyEighth"

  /// A forty-ninth set (a shared shift log full of times), written while others were
  /// worked against, and kept unread to measure that work: `HeldOutFortyNinth/`.
  static let fortyNinth = "HeldOutFortyNinth"

  /// A fiftieth set (a week from Cornwall to Shetland, addresses), written while others were
  /// worked against, and kept unread to measure that work: `HeldOutFiftieth/`.
  static let fiftieth = "HeldOutFiftieth"

  /// A fifty-second set (a team's log with initials), written while others were
  /// worked against, and kept unread to measure that work: `HeldOutFiftySecond/`.
  static let fiftySecond = "HeldOutFiftySecond"

  /// A fifty-first set (typed in lower case on a phone at night), written while others were
  /// worked against, and kept unread to measure that work: `HeldOutFiftyFirst/`.
  static let fiftyFirst = "HeldOutFiftyFirst"

  /// A fifty-third set (typed in lower case on a phone by a weekend volunteer), written while others were
  /// worked against, and kept unread to measure that work: `HeldOutFiftyThird/`.
  static let fiftyThird = "HeldOutFiftyThird"

  /// A fifty-fourth set (an ordinary fortnight by three writers), written while others were
  /// worked against, and kept unread to measure that work: `HeldOutFiftyFourth/`.
  static let fiftyFourth = "HeldOutFiftyFourth"

  /// A fifty-fifth set (lines exported from a case system), written while others were
  /// worked against, and kept unread to measure that work: `HeldOutFiftyFifth/`.
  static let fiftyFifth = "HeldOutFiftyFifth"

  /// A fifty-sixth set (a month of packs posted, addresses), written while others were
  /// worked against, and kept unread to measure that work: `HeldOutFiftySixth/`.
  static let fiftySixth = "HeldOutFiftySixth"

  /// The folder of the development set.
  static let folder: String = testsFolder + "/" + development

  /// Every note of a set (a folder beside this file), file by file in name order, with
  /// the errata in `<set>.errata` applied.
  static func notes(of set: String = development) throws -> [AnnotatedNote] {
    let folder = testsFolder + "/" + set
    let errataName = set + ".errata"
    let errata = try Errata.read(testsFolder + "/" + errataName)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".notes") }.sorted()
    var notes: [AnnotatedNote] = []
    var used = Set<String>()
    for name in names {
      let contents = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
      notes += try parse(contents, file: name) { line, text in
        guard let erratum = errata.entries["\(name):\(line)"] else { return text }
        guard erratum.was == text else {
          throw NotesFileError(
            file: errataName, line: erratum.line, column: 1, message: "its \"was:\" line differs from \(name):\(line)")
        }
        used.insert("\(name):\(line)")
        return erratum.now
      }
    }
    if let unused = errata.entries.values.first(where: { !used.contains($0.place) }) {
      throw NotesFileError(file: errataName, line: unused.line, column: 1, message: "\(unused.place) is no note")
    }
    return notes
  }

  /// The notes in the text of one notes file called `file`; `correct` may
  /// replace a note's markup, given its line number.
  static func parse(
    _ contents: String, file: String, correct: (Int, Substring) throws -> Substring = { $1 }
  ) throws -> [AnnotatedNote] {
    var notes: [AnnotatedNote] = []
    var category: String? = nil
    for (index, raw) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let number = index + 1
      let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
      if line.allSatisfy(\.isWhitespace) { continue }
      if line.hasPrefix("## category:") {
        let name = line.dropFirst("## category:".count).trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
          throw NotesFileError(file: file, line: number, column: 1, message: "a category needs a name of letters, digits and hyphens")
        }
        category = name
        continue
      }
      if line.hasPrefix("#") { continue }
      guard let category else {
        throw NotesFileError(file: file, line: number, column: 1, message: "a note comes before any \"## category:\" line")
      }
      do {
        var note = try NoteMarkup.parse(try correct(number, line), escapes: true)
        note.category = category
        note.source = "\(file):\(number)"
        notes.append(note)
      } catch let error as MarkupError {
        throw NotesFileError(file: file, line: number, column: error.column, message: error.message)
      }
    }
    return notes
  }

  /// `Tests/AnonymiserTests`, found from this source file.
  private static var testsFolder: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().path
  }
}

/// Corrections to mislabelled held-out notes, kept apart from the frozen set.
///
/// Each entry is three lines: `at FILE:LINE`, `was: MARKUP` (the line exactly
/// as it stands in the set) and `now: MARKUP` (the corrected labels), after a
/// `#` comment saying why. A correction may change labels only: the note's
/// text must stay the same.
struct Errata {
  struct Entry {
    var place: String
    var was: Substring
    var now: Substring
    /// The line of the errata file where the entry starts.
    var line: Int
  }

  var entries: [String: Entry] = [:]

  /// The errata in the file at `path`; none when there is no such file.
  static func read(_ path: String) throws -> Errata {
    guard let contents = try? String(contentsOfFile: path, encoding: .utf8) else { return Errata() }
    return try parse(contents, file: String(path.split(separator: "/").last ?? ""))
  }

  /// The errata in the text of an errata file called `file`; a malformed entry
  /// fails with its place.
  static func parse(_ contents: String, file: String) throws -> Errata {
    var errata = Errata()
    let lines = contents.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
    var k = 0
    while k < lines.count {
      let line = lines[k]
      if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") {
        k += 1
        continue
      }
      func fail(_ message: String, at offset: Int = 0) -> NotesFileError {
        NotesFileError(file: file, line: k + 1 + offset, column: 1, message: message)
      }
      guard line.hasPrefix("at "), k + 2 < lines.count, lines[k + 1].hasPrefix("was: "), lines[k + 2].hasPrefix("now: ") else {
        throw fail("an erratum is three lines: \"at FILE:LINE\", \"was: MARKUP\", \"now: MARKUP\"")
      }
      let place = String(line.dropFirst(3))
      let was = lines[k + 1].dropFirst(5)
      let now = lines[k + 2].dropFirst(5)
      do {
        let before = try NoteMarkup.parse(was, escapes: true)
        let after = try NoteMarkup.parse(now, escapes: true)
        guard before.text == after.text else { throw fail("a correction changes the note's text, not only its labels", at: 2) }
      } catch let error as MarkupError {
        throw fail(error.message)
      }
      guard errata.entries[place] == nil else { throw fail("\(place) is corrected twice") }
      errata.entries[place] = Entry(place: place, was: was, now: now, line: k + 1)
      k += 3
    }
    return errata
  }
}
