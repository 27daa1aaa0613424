import Testing

@testable import Anonymiser

/// Runs of digits read as a whole: dates, NHS numbers by their grouping and
/// check digit, phone numbers with their extensions, record numbers.
@Suite struct ScrubNumberTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    // A year before an NHS number never takes its first digits.
    ("KAY, Ann - 9 Oct 1961 - 401 023 2137 rang", "[NAME] - [DATE] - [NHS-NUMBER] rang"),
    ("LOW, Tim 3rd May 1950 943 476 5919 asked", "[NAME] [DATE] [NHS-NUMBER] asked"),
    ("dob 2 Mar 1977 / 401 023 2137", "dob [DATE] / [NHS-NUMBER]"),
    ("Ms Ode, 14/02/1958 - 943 476 5919", "Ms [NAME], [DATE] - [NHS-NUMBER]"),
    ("1961-03-12 943-476-5919", "[DATE] [NHS-NUMBER]"),
    ("12 03 1961 9434765919", "[DATE] [NHS-NUMBER]"),
  ])
  func readsADateAndAnNHSNumberSideBySide(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test func prefersTheReadingWithAValidCheckDigit() {
    // 1961 943 476 would be ten digits too, but 943 476 5919 is grouped 3-3-4
    // and its check digit is right.
    #expect(scrubber.findings(in: "born 1961 943 476 5919").map(\.text) == ["1961", "943 476 5919"])
  }

  @Test func knowsTheNHSCheckDigit() {
    func digits(_ text: String) -> [Int] { text.map { Int(String($0))! } }
    #expect(NHSNumber.hasValidCheckDigit(digits("9434765919")))
    #expect(NHSNumber.hasValidCheckDigit(digits("4010232137")))
    #expect(!NHSNumber.hasValidCheckDigit(digits("4010232138")))
    #expect(!NHSNumber.hasValidCheckDigit(digits("9434765918")))
    #expect(NHSNumber.checkDigit(digits("943476591")) == 9)
    // A remainder that asks for a check digit of 10 makes no NHS number.
    #expect(NHSNumber.checkDigit(digits("100000001")) == nil)
    #expect((0...9).allSatisfy { !NHSNumber.hasValidCheckDigit(digits("100000001") + [$0]) })
    #expect(!NHSNumber.hasValidCheckDigit(digits("943476591")))
  }

  @Test(arguments: [
    ("ring 020 7946 0183 (ext 221) before 4", "ring [PHONE] before [TIME]"),
    ("on 020 7946 0398, ext 2214 (work)", "on [PHONE] (work)"),
    ("at 0121 496 0366, ext.309", "at [PHONE]"),
    ("office 0161 496 0012 (x 301) not home", "office [PHONE] not home"),
    ("GP 01632 960411 option 2 ext 19 fax", "GP [PHONE] fax"),
    ("sec 020 7946 0550 x4432, ref", "sec [PHONE], ref"),
    ("call 0121 496 0823 extension 5", "call [PHONE]"),
    ("tel 0113\u{A0}496\u{A0}0919\u{A0}ext\u{A0}45 ok", "tel [PHONE] ok"),
  ])
  func takesTheWholeExtensionWithAPhoneNumber(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test func readsTheLetterOTypedForZero() {
    #expect(scrubber.scrub("mob 07700 9OO 442?? letter O") == "mob [PHONE]?? letter O")
  }

  @Test(arguments: [
    ("MRN ROH-772140 at ROH", "MRN [RECORD-NUMBER] at ROH"),
    ("letter RNOH/2026/11873 - ok", "letter [RECORD-NUMBER] - ok"),
    ("ref GG-4471032, leiomyosarcoma", "ref [RECORD-NUMBER], leiomyosarcoma"),
  ])
  func takesTheLettersOfARecordNumberWithIt(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }
}

/// Bleeps and extensions without their switchboard, a phone number's other
/// ending, and email addresses and postcodes written oddly.
@Suite struct ScrubContactOddityTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("ask for ext 5521", "ask for [PHONE]"),
    ("ext 1830 is the ward", "[PHONE] is the ward"),
    ("bleep #6621 - on-call reg", "[PHONE] - on-call reg"),
    ("bleep 2284 via switch", "[PHONE] via switch"),
    ("mob 07700 900 590 or 591 - unsure", "mob [PHONE] - unsure"),
    ("email marjorie.h[at]example.org please", "email [EMAIL] please"),
    ("reply-to tony_b(at)example.net", "reply-to [EMAIL]"),
    ("contact: ann (dot) baxter (at) example (dot) net", "contact: [EMAIL]"),
    ("postcode CR0 2 AB? spacing wrong", "postcode [POSTCODE]? spacing wrong"),
  ])
  func findsContactDetailsWrittenOddly(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    ("ext rotation 30 degrees", "ext rotation 30 degrees"),
    ("bleep test 2 mins", "bleep test 2 mins"),
    ("T2 3 cm lesion", "T2 3 cm lesion"),
    ("mob 07700 900 590 or 3 mg", "mob [PHONE] or 3 mg"),
  ])
  func keepsWhatOnlyLooksLikeThem(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }
}

/// Hours given as a span to call back in, short extensions, and references
/// of several parts.
@Suite struct ScrubCallBackWindowTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("c/b 0117 496 0582 btw 10 and 12 - not fri", "c/b [PHONE] btw [TIME] and [TIME] - not fri"),
    ("GP practice 01632 960 500 opt 4 then ext 34", "GP practice [PHONE] then [PHONE]"),
    ("Our ref: RM/SAR/4471/AB", "Our ref: [RECORD-NUMBER]"),
    ("ref LSS/RNOH/44127 sent", "ref [RECORD-NUMBER] sent"),
  ])
  func findsThem(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }
}

/// Numbers read out with their first digit doubled, call-back lists opening
/// with times, extensions with their word, and an email a zero-width space cuts.
@Suite struct ScrubReadOutTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("pt said \"double seven double oh, nine double oh, four one five, and\"", "pt said \"[PHONE], and\""),
    ("Callback list: 1603 Gemma Dobson; 1250 Harpreet Patel", "Callback list: [TIME] [NAME]; [TIME] [NAME]"),
    ("switch 020 7946 0100, then ext 4150", "switch [PHONE], then [PHONE]"),
    ("email j.o\u{200B}kafor@example.org bounced", "email [EMAIL] bounced"),
    ("email sunflower\u{200B}.shevchenko78@gmail.com", "email [EMAIL]"),
  ])
  func findsThem(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [("ref: 1603 Smith", "ref: [RECORD-NUMBER] [NAME]"), ("email is kafor@example.org", "email is [EMAIL]")])
  func readsTheLabelBeforeIt(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test func leavesADoubleRoom() {
    #expect(scrubber.scrub("the double room") == "the double room")
  }
}

/// A phone's international prefix in a group of its own; the Marsden's letters
/// before its record numbers.
@Suite struct ScrubPrefixTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("00 44 7700 900 015 from abroad", "[PHONE] from abroad"),
    ("her number at the Marsden is RM 0661235, can you", "her number at the Marsden is [RECORD-NUMBER], can you"),
    ("RNOH 0712334, RMH RM 6654021", "RNOH [RECORD-NUMBER], RMH [RECORD-NUMBER]"),
  ])
  func takesThePrefix(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }
}

/// Phone numbers finished in words, and lone bleeps with their word.
@Suite struct ScrubNumberEndingInWordsTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("mob 07700 900 four four two", "mob [PHONE]"),
    ("she said \"07700 nine double oh, seven six five\"", "she said \"[PHONE]\""),
    ("oh seven seven double-oh nine hundred double-oh three? read back", "[PHONE]? read back"),
    ("07700 nine hundred, four one six", "[PHONE]"),
    ("bleep 4471 via switch", "[PHONE] via switch"),
    ("tel (01632 960001)", "tel [PHONE]"),
  ])
  func findsTheNumber(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [("seen 01/02 two weeks", "seen [DATE] two weeks"), ("born 1950 (i.e. 25/12/1950)", "born [DATE] (i.e. [DATE])")])
  func leavesWhatIsNoPhone(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }
}

@Suite struct ScrubPieceOfNHSNumberTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    (
      "NHS number in two halves over two calls: 441 290 ... 8755. Together 441 290 8755",
      "NHS number in two halves over two calls: [RECORD-NUMBER] ... [NHS-NUMBER]. Together [NHS-NUMBER]"
    ),
    ("NHS 943 476 5919 - she repeated the 5919 twice", "NHS [NHS-NUMBER] - she repeated the [NHS-NUMBER] twice"),
    // A full stop against the number and a space end it: the next sentence's time is no part of it.
    ("NHS no was wrong, correct one 123 037 6232. 10.22 note superseded", "NHS no was wrong, correct one [NHS-NUMBER]. 10.22 note superseded"),
    ("DOB 12. 03. 1961", "DOB [DATE]"),
  ])
  func removesThePieceAsTheNumber(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    ("NHS 441 290 8755, took 290 mg", "NHS [NHS-NUMBER], took 290 mg"),
    ("NHS 943 476 5919, 476% rise", "NHS [NHS-NUMBER], 476% rise"),
    ("seen 5919 times, no NHS number given", "seen 5919 times, no NHS number given"),
  ])
  func leavesADoseOrANumberWithNoNHSNumberBesideIt(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }
}

/// The fields a case system puts before the note it exports: its own
/// references, the date and time, the channel and the handler's initials.
@Suite struct ScrubCaseSystemFieldTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    // References: capitals joined to numbers by dashes or slashes, in any number of parts.
    ("Ticket CAS-11902 2024-04-08 10:03 PHN RB: Priya rang", "Ticket [RECORD-NUMBER] [DATE] [TIME] PHN [NAME]: [NAME] rang"),
    ("11/04/2024 12:30 SLC/2024/0431 phone MH - wife of pt", "[DATE] [TIME] [RECORD-NUMBER] phone [NAME] - wife of pt"),
    ("SOL/8905 - trial id read out", "[RECORD-NUMBER] - trial id read out"),
    ("hosp no KCH-5520871", "hosp no [RECORD-NUMBER]"),
    // The time after a date's year, though its minutes follow a full stop.
    ("REF: SOL/7734 10 Apr 24 13.15 EML TW - GP emailed", "REF: [RECORD-NUMBER] [DATE] [TIME] EML [NAME] - GP emailed"),
    ("03.04.24 13.15 phone", "[DATE] [TIME] phone"),
    // A time with a full stop opening a log's entry, or straight after the caller's name that opens it.
    ("2.45 elif şahin rang re husband burak", "[TIME] [NAME] rang re husband [NAME]"),
    ("helena costa 9.30 dtr rang for mum", "[NAME] [TIME] dtr rang for mum"),
    ("4.45 cns lorraine at local", "[TIME] cns [NAME] at local"),
    // The handler's initials after the fields, before a mark or the channel, though they spell a regimen.
    ("SL-24-03817 03/04/2024 09:12 JK phone: caller rang", "[RECORD-NUMBER] [DATE] [TIME] [NAME] phone: caller rang"),
    ("SL0049230 16/04/2024 DP email — CNS asked", "[RECORD-NUMBER] [DATE] [NAME] email — CNS asked"),
  ])
  func findsTheFields(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    // Not a register, a condition, a regimen's cycle; a number too short; shorthand after a date.
    "COVID-19 jab", "EORTC-1809 trial", "EudraCT 2019-001234-56", "NCT-04512375", "on VAC-2 cycle", "03/04/2024 CT - scan",
    "03/04/2024 09:12 GP phone: rang", "12/03 MRI: booked", "2.45 mg twice daily", "12.50 for parking", "dose 2.45 mg daily",
  ])
  func keepsWhatIsNoField(note: String) {
    let kept = ["COVID", "EORTC", "1809", "EudraCT", "NCT", "VAC", "CT", "GP", "MRI", "2.45", "12.50"]
    let scrubbed = scrubber.scrub(note)
    for word in kept where note.contains(word) {
      #expect(scrubbed.contains(word), "\(scrubbed)")
    }
  }
}
