import Testing
import Anonymiser

/// Reading the held-out notes format: marks, community tags, escapes,
/// categories, errata, and every malformed line reported at its place.
@Suite struct HeldOutSetTests {
  @Test func readsMarksCommunitiesKeepsAndEscapes() throws {
    let notes = try HeldOutSet.parse(
      """
      # a comment
      ## category: demo

      {NAME@irish|Siobhán} on {PHONE|020\\u{00A0}7946\\u{AD}0183} re {KEEP|GIST} \\u{007C} a\\\\b
      """, file: "demo.notes")
    let note = try #require(notes.first)
    #expect(notes.count == 1)
    #expect(note.text == "Siobhán on 020\u{A0}7946\u{AD}0183 re GIST | a\\b")
    #expect(note.category == "demo")
    #expect(note.source == "demo.notes:4")
    let utf8 = Array(note.text.utf8)
    #expect(note.identifiers.map(\.kind) == [.name, .phone])
    #expect(note.identifiers.map(\.community) == ["irish", nil])
    #expect(note.identifiers.map { String(decoding: utf8[$0.range], as: UTF8.self) } == ["Siobhán", "020\u{A0}7946\u{AD}0183"])
    #expect(note.keeps.map { String(decoding: utf8[$0], as: UTF8.self) } == ["GIST"])
  }

  @Test(arguments: [
    ("{NAME|Ann", 1, "a mark is not closed"),
    ("x {NAME|{DATE|1/2/3}}", 9, "a mark opens inside another mark"),
    ("x {NAME Ann}", 3, "a mark has no \"|\" after its kind"),
    ("x {PERSON|Ann}", 3, "\"PERSON\" is not a kind of identifier or KEEP"),
    ("x {NAME@martian|Ann}", 3, "\"martian\" is not a community tag"),
    ("x {DATE@irish|1/2}", 3, "only a NAME carries a community tag"),
    ("x {NAME|}", 3, "a mark holds no text"),
    ("a } b", 3, "a \"}\" closes no mark"),
    ("a | b", 3, "a \"|\" stands outside a mark's label"),
    ("a \\n b", 3, "a backslash starts neither \\u{XXXX} nor \\\\"),
    ("a \\u{110000} b", 3, "\\u{110000} is not a Unicode scalar"),
    ("a \\u{D800} b", 3, "\\u{D800} is not a Unicode scalar"),
  ])
  func reportsAMalformedNoteAtItsFileLineAndColumn(note: String, column: Int, message: String) {
    let file = "## category: demo\nfine {NAME|Ann}\n\(note)\n"
    #expect {
      try HeldOutSet.parse(file, file: "demo.notes")
    } throws: { error in
      (error as? NotesFileError)?.description == "demo.notes:3:\(column): \(message)"
    }
  }

  @Test func reportsANoteBeforeAnyCategory() {
    #expect {
      try HeldOutSet.parse("# heading\n{NAME|Ann} rang\n", file: "demo.notes")
    } throws: { error in
      (error as? NotesFileError)?.description == "demo.notes:2:1: a note comes before any \"## category:\" line"
    }
  }

  @Test func appliesACorrectionThatChangesLabelsOnly() throws {
    let errata = try Errata.parse(
      """
      # "Will" is a name here
      at demo.notes:2
      was: Will rang
      now: {NAME|Will} rang
      """, file: "demo.errata")
    let erratum = try #require(errata.entries["demo.notes:2"])
    #expect(erratum.now == "{NAME|Will} rang")
    let notes = try HeldOutSet.parse("## category: demo\nWill rang\n", file: "demo.notes") { line, text in
      line == 2 && text == erratum.was ? erratum.now : text
    }
    #expect(notes.first?.identifiers.map(\.kind) == [.name])
  }

  @Test func refusesACorrectionThatChangesTheText() {
    #expect {
      try Errata.parse("at demo.notes:2\nwas: Will rang\nnow: {NAME|Bill} rang\n", file: "demo.errata")
    } throws: { error in
      (error as? NotesFileError)?.description == "demo.errata:3:1: a correction changes the note's text, not only its labels"
    }
  }

  @Test func readsTheWholeFrozenSet() throws {
    let notes = try HeldOutSet.notes()
    #expect(notes.count == 771)
    #expect(Set(notes.compactMap(\.category)).count == 8)
    // Issue 17: names from at least 15 communities, at least 30 names each.
    var names: [String: Int] = [:]
    for note in notes {
      for identifier in note.identifiers { if let community = identifier.community { names[community, default: 0] += 1 } }
    }
    #expect(names.values.filter { $0 >= 30 }.count >= 15)
  }
}
