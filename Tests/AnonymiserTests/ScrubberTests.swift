import PolicyEngine
import Testing
import Anonymiser

@Suite struct ScrubberTests {
  let scrubber = Scrubber()

  @Test func redactsNHSNumbersInAnySpacing() {
    for number in ["943 476 5919", "9434765919", "943-476-5919", "943.476.5919", "94 34 76 59 19", "943  476  5919", "401 023 2138"] {
      #expect(scrubber.scrub("NHS \(number) seen") == "NHS [NHS-NUMBER] seen", "\(number)")
    }
  }

  @Test func redactsAnyTenDigitRunAsAnNHSNumberWhateverItsCheckDigit() {
    #expect(scrubber.scrub("ref 4010232130.") == "ref [RECORD-NUMBER].")
    #expect(scrubber.scrub("number 4010232130, thanks") == "number [NHS-NUMBER], thanks")
  }

  @Test func redactsUKPhoneNumbersInCommonForms() {
    for phone in [
      "07700 900461", "07700-900-461", "+44 7700 900461", "0044 7700 900461", "(020) 7946 0018",
      "+44 (0)20 7946 0018", "020.7946.0018", "0121 496 0732", "020 7946 0018 ext 2231",
    ] {
      #expect(scrubber.scrub("call \(phone) today") == "call [PHONE] today", "\(phone)")
    }
  }

  @Test func redactsWrittenAndSpelledOutEmailAddresses() {
    #expect(scrubber.scrub("email j.bloggs@nhs.net.") == "email [EMAIL].")
    #expect(scrubber.scrub("email k dot patel at gmail dot com please") == "email [EMAIL] please")
    #expect(scrubber.scrub("jbloggs (at) hotmail [dot] co [dot] uk") == "[EMAIL]")
    #expect(scrubber.scrub("seen at Oxford. NHS leaflet sent") == "seen at Oxford. NHS leaflet sent")
  }

  @Test func redactsPostcodesWithOrWithoutTheSpaceInAnyCase() {
    for code in ["SW1A 1AA", "sw1a1aa", "N1 9GU", "m1 1ae", "B338TH"] {
      #expect(scrubber.scrub("lives in \(code) now") == "lives in [POSTCODE] now", "\(code)")
    }
  }

  @Test func redactsDatesInCommonForms() {
    for date in [
      "12/03/1961", "12.3.61", "12-03-1961", "1961-03-12", "12 March 1961", "12th Mar 61", "March 12",
      "3rd of March", "March 12, 2024", "12-Mar-1961",
    ] {
      #expect(scrubber.scrub("DOB \(date) noted") == "DOB [DATE] noted", "\(date)")
    }
    #expect(scrubber.scrub("DOB 120361") == "DOB [DATE]")
    #expect(scrubber.scrub("born 1961") == "born [DATE]")
  }

  @Test func keepsWeekdaysMonthsDurationsAndDosesOnTheirOwn() {
    let note = "MDT on Monday, in March she starts 50 mg for 2 weeks, then 3 months, 10 days, 2019-2021"
    #expect(scrubber.scrub(note) == note)
  }

  @Test func redactsStreetAddressesAndFlats() {
    #expect(scrubber.scrub("lives at 12 Acacia Road, Sutton") == "lives at [ADDRESS], Sutton")
    #expect(scrubber.scrub("Flat 3, 27b kings road") == "[ADDRESS], [ADDRESS]")
    #expect(scrubber.scrub("lives on Mill Lane") == "lives on [ADDRESS]")
  }

  @Test func redactsHospitalAndRecordNumbers() {
    #expect(scrubber.scrub("MRN 00456123") == "MRN [RECORD-NUMBER]")
    #expect(scrubber.scrub("hosp no RM123456") == "hosp no [RECORD-NUMBER]")
    #expect(scrubber.scrub("Hosp no 12345") == "Hosp no [RECORD-NUMBER]")
    #expect(scrubber.scrub("id A1234567") == "id [RECORD-NUMBER]")
  }

  @Test func redactsNamesAfterTitlesAndCues() {
    #expect(scrubber.scrub("Dr Rahman at UCLH") == "Dr [NAME] at UCLH")
    #expect(scrubber.scrub("Mr. J. Patel rang") == "Mr. [NAME] rang")
    #expect(scrubber.scrub("spoke to dr evans") == "spoke to dr [NAME]")
    #expect(scrubber.scrub("my name is Kwabena") == "my name is [NAME]")
    #expect(scrubber.scrub("caller named Grace asked") == "caller named [NAME] asked")
    #expect(scrubber.scrub("Sister Hope said") == "Sister [NAME] said")
  }

  @Test func redactsLowerCaseNamesAndPossessives() {
    #expect(scrubber.scrub("spoke to john smith re GIST") == "spoke to [NAME] re GIST")
    #expect(scrubber.scrub("John's scan is due") == "[NAME]'s scan is due")
    #expect(scrubber.scrub("Will's MDT is on Friday") == "[NAME]'s MDT is on Friday")
    #expect(scrubber.scrub("Siobhan O'Neill called") == "[NAME] called")
  }

  @Test func keepsEwingInSarcomaContextButNotAsASurname() {
    #expect(scrubber.scrub("has Ewing sarcoma") == "has Ewing sarcoma")
    #expect(scrubber.scrub("Ewing's sarcoma diagnosed") == "Ewing's sarcoma diagnosed")
    #expect(scrubber.scrub("patient Helen Ewing rang") == "patient [NAME] rang")
  }

  @Test func keepsTheDomainsOwnWords() {
    let notes = [
      "Royal Marsden, Marsden, UCLH, RNOH, Stanmore, GIST, MDT, LSS, NHS, GP, CNS",
      "Sarcoma UK Support Line and the London Sarcoma Service",
      "the EORTC 1809 STRASS 2 trial, ICONIC, rEECur",
      "Ewing, osteosarcoma, leiomyosarcoma, chondrosarcoma",
      "London, Birmingham, Manchester, Oxford, Leeds, Sutton, Chelsea",
      "Called about a second opinion; GP to refer, CNS aware.",
    ]
    for note in notes {
      #expect(scrubber.findings(in: note).isEmpty, "\(note)")
    }
  }

  @Test func findsNothingInThePolicysPromptsLabelsAndAliases() throws {
    let policy = try PolicyDocument.embedded().policy
    for question in policy.questions {
      for text in [question.prompt] + question.answers.flatMap({ [$0.label] + $0.aliases }) {
        #expect(scrubber.findings(in: text).isEmpty, "\(text)")
      }
    }
  }

  @Test func keepsWordsItIsToldToKeep() {
    #expect(Scrubber().scrub("under Okonjo") == "under [NAME]")
    #expect(Scrubber(keeping: ["Okonjo Clinic"]).scrub("under Okonjo") == "under Okonjo")
  }

  @Test func appendsTheSameBytesAsItReturns() {
    let lines = [
      "Caller's husband, John Smith, NHS 943 476 5919, lives at 12 Acacia Road, SW1A 1AA",
      "email j.smith@example.co.uk, hosp no RM123456, tel +44 (0)20 7946 0958 at 10.40 on 3 March 1961",
      "Zoë Nguyễn rang\u{2028}re GIST\u{0085}, mob ０７７００ ９００４６１",
      "",
    ]
    var output: [UInt8] = Array("kept\n".utf8)
    var expected = "kept\n"
    for line in lines {
      scrubber.scrub(line, appendingTo: &output)
      expected += scrubber.scrub(line)
    }
    #expect(output == Array(expected.utf8))
  }

  @Test func leavesPlaceholdersAloneSoScrubbingIsIdempotent() {
    let placeholders = IdentifierKind.allCases.map(\.placeholder).joined(separator: " ")
    #expect(scrubber.findings(in: placeholders).isEmpty)
    let once = scrubber.scrub("Caller's husband, John Smith, NHS 943 476 5919, lives at 12 Acacia Road, SW1A 1AA")
    #expect(once == "Caller's husband, [NAME], NHS [NHS-NUMBER], lives at [ADDRESS], [POSTCODE]")
    #expect(scrubber.scrub(once) == once)
    #expect(scrubber.scrub("Caller asked about [NAME]'s scan.") == "Caller asked about [NAME]'s scan.")
  }

  /// Found by scripts/fuzz: letters run into a long run of digits made the check for a
  /// name glued to a date add up the digits until the sum overflowed.
  @Test func readsLettersRunIntoAnyNumberOfDigitsWithoutOverflowing() {
    for count in [19, 20, 40, 200] {
      let digits = String(repeating: "7", count: count)
      let scrubbed = scrubber.scrub("pt Chidi\(digits)/03/74 rang")
      #expect(!scrubbed.contains(digits), "\(count) digits")
      #expect(scrubbed.hasPrefix("pt "))
    }
  }

  @Test func replacesControlCharactersWithSpaces() {
    let scrubbed = scrubber.scrub("a\u{0}b\tc\u{1B}[31md\u{7F}e\u{85}f\u{2028}g\u{202E}h\r\n")
    #expect(scrubbed == "a b c [31md e f g h  ")
    #expect(!scrubbed.unicodeScalars.contains { $0.properties.generalCategory == .control })
  }

  @Test func reportsFindingsWithKindTextAndColumn() {
    let line = "Zoë: NHS 943 476 5919, Dr Rahman"
    let findings = scrubber.findings(in: line)
    // "Zoë" is an unknown capitalised word: a name. Its "ë" is two bytes but
    // one column.
    #expect(findings.map(\.kind) == [.name, .nhsNumber, .name])
    #expect(findings.map(\.text) == ["Zoë", "943 476 5919", "Rahman"])
    #expect(findings.map(\.column) == [1, 10, 27])
    #expect(findings.allSatisfy { line[$0.range] == $0.text })
  }

  @Test func flagsTranscriptHeaderValuesThatCallersMustSkip() {
    // The auditor skips these header values; the scrubber on its own flags them.
    #expect(scrubber.findings(in: "date: 2026-11-25").map(\.kind) == [.date])
    #expect(scrubber.findings(in: "session: 9f2c4e1a7b3d6e08").map(\.kind) == [.recordNumber])
    #expect(scrubber.findings(in: "ask treating-centre: Where is the patient being treated for sarcoma now?").isEmpty)
    #expect(scrubber.findings(in: "answer asker: treating-clinician").isEmpty)
  }

  @Test func theAuditSkipsTheSessionAResumeNamesAndNothingElseOnTheLine() {
    let audit = PersonalDataAudit()
    #expect(audit.findings(in: "resume 9f2c4e1a7b3d6e08\nsession: 9f2c4e1a7b3d6e08").isEmpty)
    // Anything but a session id after `resume` is examined like any other text.
    #expect(audit.findings(in: "resume 943 476 5919").map(\.kind) == [.nhsNumber])
    #expect(audit.findings(in: "note resume 9f2c4e1a7b3d6e08").map(\.kind) == [.recordNumber])
  }

  @Test func mapsPlaceholdersBackToTheirKinds() {
    for kind in IdentifierKind.allCases {
      #expect(IdentifierKind(placeholder: kind.placeholder) == kind)
    }
    #expect(IdentifierKind(placeholder: "[SOMETHING]") == nil)
  }
}

/// What a scrub replaced, for telling staff: kinds and counts, or nothing.
@Suite struct ScrubbedNoteTests {
  let scrubber = Scrubber()

  @Test func countsWhatWasReplacedByKindInTheKindsOrder() {
    let note = scrubber.scrubbed("ring Ann Obi on 07700 900461 or 07700 900462, NHS 943 476 5919")
    #expect(note.text == "ring [NAME] on [PHONE] or [PHONE], NHS [NHS-NUMBER]")
    #expect(note.replacements == [
      ScrubbedNote.Replacement(kind: .nhsNumber, count: 1), ScrubbedNote.Replacement(kind: .phone, count: 2),
      ScrubbedNote.Replacement(kind: .name, count: 1),
    ])
    #expect(note.replacedCount == 4)
    #expect(!note.replacedNothing)
  }

  @Test func saysWhenNothingWasReplaced() {
    let note = scrubber.scrubbed("Caller asked about the MDT at RNOH\u{7}")
    #expect(note.text == "Caller asked about the MDT at RNOH ")
    #expect(note.replacements.isEmpty)
    #expect(note.replacedNothing)
    #expect(note.replacedCount == 0)
  }

  @Test func givesTheSameTextAsScrub() {
    for text in ["Dr Rahman at UCLH", "dob 12/03/1961", "", "Flat 3, 27b kings road"] {
      #expect(scrubber.scrubbed(text).text == scrubber.scrub(text))
    }
  }

  @Test func countsNothingInANoteScrubbedBefore() {
    let once = scrubber.scrub("spoke to john smith, mob 07700 900461")
    #expect(scrubber.scrubbed(once).replacedNothing)
  }
}
