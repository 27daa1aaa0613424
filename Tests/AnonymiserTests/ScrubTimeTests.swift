import Testing

@testable import Anonymiser

/// A transcript keeps the day of a call and nothing finer, so times of day in notes go too.
@Suite struct ScrubTimeTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("call back at 14:30", "call back at [TIME]"),
    ("seen 2026-11-25 10:42", "seen [DATE] [TIME]"),
    ("ring at 2pm or 3 PM", "ring at [TIME] or [TIME]"),
    ("appointment 2.30 pm, then 10.30am", "appointment [TIME], then [TIME]"),
    ("at 10.30 in clinic", "at [TIME] in clinic"),
    ("seen at 9.15 a.m. by the CNS", "seen at [TIME] by the CNS"),
    ("rang 08:05:59", "rang [TIME]"),
  ])
  func replacesTimesOfDay(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    ("called from work 12.05 about results", "called from work [TIME] about results"),
    ("will cb both 1520.", "will cb both [TIME]."),
    ("c/b 14 : 00 please", "c/b [TIME] please"),
  ])
  func replacesATimeAFewWordsAfterACall(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    "dose 2.5 mg, 10.30 cm lesion", "2 weeks, 50 mg, 3 months", "room 4:2", "scored 7.25 overall",
    "rang about the 12.50 mg dose", "called re 1520 ml drain output", "ratio 3 : 1",
  ])
  func keepsNumbersThatAreNotTimes(note: String) {
    #expect(scrubber.scrub(note) == note)
  }

  @Test func reportsATimeToTheAuditor() {
    #expect(scrubber.findings(in: "back at 16:45").map(\.kind) == [.time])
  }
}

/// Times in a list, before a weekday, after what a letter says, and after "c/b".
@Suite struct ScrubTimeInContextTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("rang 10.02, 10.15, 10.40 - engaged", "rang [TIME], [TIME], [TIME] - engaged"),
    ("appt letter says 11.40", "appt letter says [TIME]"),
    ("c/b from dtr, 10.30 Sat", "c/b from dtr, [TIME] Sat"),
    ("re x c/b 1630", "re x c/b [TIME]"),
  ])
  func findsTheTime(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }
}

/// Times opening a sentence after a heading, alone in brackets, before a slot.
@Suite struct ScrubTimeOpeningTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("Glasgow wk. 10.40 Morag rang again", "Glasgow wk. [TIME] [NAME] rang again"),
    ("NEWCASTLE. 0915 Lindsay re her mam", "NEWCASTLE. [TIME] [NAME] re her mam"),
    ("11.05 call: GP re pt", "[TIME] call: GP re pt"),
    ("rang at dawn practically (7.10), left msg", "rang at dawn practically ([TIME]), left msg"),
    ("there for the 7.30 slot", "there for the [TIME] slot"),
    ("c/b btwn 10 and 12 tmrw", "c/b btwn [TIME] and [TIME] tmrw"),
  ])
  func findsTheTime(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: ["Tumour was 12.5 cm. Then scan", "dose (2.5) mg"])
  func keepsMeasurements(note: String) {
    #expect(scrubber.scrub(note) == note)
  }
}

/// Numbers read with letters O among their digits are never taken apart as clock
/// digits (found by the fuzzer: "o-Oo9" trapped on a byte below "0").
@Suite struct ScrubLetterODigitsTests {
  let scrubber = Scrubber()

  @Test(arguments: ["o-Oo9", "O-OO9 rang", "9h-1", "1Oish", "c/b o-Oo9"])
  func scrubsWithoutTrapping(note: String) {
    let scrubbed = scrubber.scrub(note)
    #expect(!scrubbed.isEmpty)
    #expect(scrubber.scrub(scrubbed) == scrubbed)
  }
}

/// A time after a weekday and a comma, the next times of a day's plan, and an
/// hour told alone after a call.
@Suite struct ScrubScheduleTimeTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("c/b arranged Wed, 2.30, on 07700 900 411", "c/b arranged Wed, [TIME], on [PHONE]"),
    ("0930 MDT (RM) - 1100 clinic - 1400 scan.", "[TIME] MDT (RM) - [TIME] clinic - [TIME] scan."),
    // An hour alone after "after", or after "at" or "from" where a call is told.
    ("pls ring 07700 900 219 after 6\"", "pls ring [PHONE] after [TIME]\""),
    ("c/b at 9. ok", "c/b at [TIME]. ok"),
    ("shes free from 10 x", "shes free from [TIME] x"),
    ("c/b at 3 on 07700 900123", "c/b at [TIME] on [PHONE]"),
    ("ring between 9 and 11am, carer there", "ring between [TIME] and [TIME], carer there"),
  ])
  func findsTheTime(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    "dose 2.5, wed, 2.5mg", "0930 MDT - 1100 mg dose", "seen at 3 months", "at 3 she had surgery", "born at 7 months",
    "started at 2 mg",
  ])
  func leavesTheNumber(note: String) {
    #expect(!scrubber.findings(in: note).contains { $0.kind == .time && $0.text != "0930" }, "\(scrubber.scrub(note))")
  }
}

/// An hour told alone before a clause goes on, four digits after "tmrw" or
/// closing the note, and two clock times together.
@Suite struct ScrubHourInAClauseTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("c/b after lunch about 3", "c/b after lunch about [TIME]"),
    ("rang again at 4 to correct dob", "rang again at [TIME] to correct dob"),
    ("will ring back after 4 when he's spoken to his dad", "will ring back after [TIME] when he's spoken to his dad"),
    ("she said after 8 is fine", "she said after [TIME] is fine"),
    ("c/b tmrw 1030", "c/b tmrw [TIME]"),
    ("son also on line. 1410", "son also on line. [TIME]"),
    ("Long call, 10.05 to 10.50. She's 38", "Long call, [TIME] to [TIME]. She's 38"),
    ("rang twice (10.02 and 10.48); first", "rang twice ([TIME] and [TIME]); first"),
    ("rang tony yip back 5.30, his mum is pt", "rang [NAME] back [TIME], his mum is pt"),
    ("rang soraya rahimi 9.45, pt", "rang [NAME] [TIME], pt"),
    // The time of a call opening a log's entry, after the writer's initials, or when something was done.
    ("9.15 / pt gary / dob 03/08/72", "[TIME] / pt [NAME] / dob [DATE]"),
    ("OA 10.02 - GP rang re pt", "[NAME] [TIME] - GP rang re pt"),
    ("Leaflet to the GP. Posted 10.15.", "Leaflet to the GP. Posted [TIME]."),
    ("Voicemail left 10.30. Pt lives by a brook", "Voicemail left [TIME]. Pt lives by a brook"),
    ("not before 11 / re 2nd op RM", "not before [TIME] / re 2nd op RM"),
    // Four digits that could be a year, opening a log's entry before who called and the call.
    ("1905 dtr rang for mum, explained policy", "[TIME] dtr rang for mum, explained policy"),
  ])
  func findsTheTime(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    "dose 1.25 to 2.50 mg", "after 4 cycles", "at 4 to 5 cm", "grew 2.15 to 3.40 cm", "Hb 10.05 to 11.50 g/L", "seen at 4 weeks",
    "ward 1410", "born 1960. 1980", "rose 10.05 to 10.50%", "rang re dose 2.50, fine", "rang pharmacy 2.50 mg",
    "called about cycle 2.25.", "dose 2.50 / daily", "grew 2.15 cm. Sent 2.5 mg.", "took 2 / day",
    "2019 surgery at rnoh, then rang us", "2015 diagnosed, dtr rang",
  ])
  func leavesIt(note: String) {
    #expect(!scrubber.findings(in: note).contains { $0.kind == .time }, "\(scrubber.scrub(note))")
  }
}
