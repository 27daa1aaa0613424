import Testing

@testable import Anonymiser

/// Dates beyond English numerals and month names, and times told in words.
@Suite struct ScrubDateTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("dob 14 janvier 1950, seen", "dob [DATE], seen"),
    ("born 2 agosto 1971", "born [DATE]"),
    ("dob 30 wrzesnia 1988", "dob [DATE]"),
    ("dob 5 Ebrill 1960", "dob [DATE]"),
    ("dob 11 ott 1949 pt", "dob [DATE] pt"),
    ("dob 7 Gorff 1990", "dob [DATE]"),
  ])
  func readsMonthsOfOtherLanguages(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    "Marco rang from Milan", "Mai called back", "got set up, out by 5", "seen 2 ago",
  ])
  func leavesThoseMonthWordsAloneWithoutADay(note: String) {
    #expect(!scrubber.findings(in: note).contains { $0.kind == .date }, "\(scrubber.scrub(note))")
  }

  @Test(arguments: [
    ("appt Weds 9th Dec at UCLH", "appt [DATE] at UCLH"),
    ("MDT Thursday, 3 March 2027", "MDT [DATE]"),
    ("dob 1998년 4월 2일 per letter", "dob [DATE] per letter"),
    ("dob 1975年6月3日", "dob [DATE]"),
    ("dob ۱۳۶۲/۰۴/۱۱ (Persian calendar)", "dob [DATE] (Persian calendar)"),
    ("born 2530-02-14 (Thai year)", "born [DATE] (Thai year)"),
  ])
  func readsWeekdaysUnitsAndOtherCalendars(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    ("rang at quarter past 2", "rang at [TIME]"),
    ("call back half past four", "call back [TIME]"),
    ("clinic at noon on Friday", "clinic at [TIME] on Friday"),
    ("she rang 10.45 and again", "she rang [TIME] and again"),
    ("MDT 12/03 14.15 at RNOH", "MDT [DATE] [TIME] at RNOH"),
    ("ring after three o'clock", "ring after [TIME]"),
  ])
  func readsTimesInWordsAndAfterADateOrACall(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: ["dose 2.5 mg then 12.50 mg", "half the dose", "quarter of patients", "three of the ten"])
  func leavesNumbersThatAreNoTimes(note: String) {
    #expect(scrubber.scrub(note) == note)
  }
}

/// Days told by their ordinal alone, days and months of one digit each after
/// a word for what happened, and dates said in words with their year.
@Suite struct ScrubDayAloneTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("CT 22/1, MDT 27th", "CT [DATE], MDT [DATE]"),
    ("1st appt was 12th Dec, 2nd was 19th, third pending", "1st appt was [DATE], 2nd was [DATE], third pending"),
    ("covering till 30th", "covering till [DATE]"),
    ("MDT discussed 4/3 - same day", "MDT discussed [DATE] - same day"),
    ("seen on 2/2, offered surgery", "seen on [DATE], offered surgery"),
    ("pt born the 2nd of the 10th 1959", "pt born the [DATE]"),
  ])
  func findsADayAlone(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    "wants a 2nd opinion", "her 2nd.", "on the 3rd cycle", "every 3rd week", "on 1/2 tab", "pain 7/10", "3rd-4th toes",
    "stage 2nd, grade 3",
  ])
  func keepsOrdinalsThatAreNoDay(note: String) {
    #expect(scrubber.scrub(note) == note)
  }

  @Test(arguments: [
    ("born the first of April 1958", "born the [DATE]"),
    ("DOB nineteenth of January nineteen fifty-two", "DOB [DATE]"),
    ("DOB thirteenth of July sixty-seven, recorded", "DOB [DATE], recorded"),
    ("d.o.b. 14th Feb. 1971.", "d.o.b. [DATE]."),
  ])
  func findsADateSaidInWordsWithItsYear(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }
}

/// Days after "the" closing a clause, after a word of when, and by ordinals.
@Suite struct ScrubDayClosingAClauseTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("went with the 15th", "went with the [DATE]"),
    ("result expected the 17th. pt anxious", "result expected the [DATE]. pt anxious"),
    ("started 2/5, next due 23/5", "started [DATE], next due [DATE]"),
    ("MRI tomorrow 12th, no number", "MRI tomorrow [DATE], no number"),
    ("DOB the 21st of the 3rd 82", "DOB the [DATE]"),
  ])
  func findsTheDay(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: ["this is the 3rd.", "it was the 2nd, sadly", "Hodgkin's, Crohn's and Morton's neuroma", "EURAMOS-1 trial"])
  func keepsWhatIsNoDay(note: String) {
    #expect(scrubber.scrub(note) == note)
  }
}

/// Dates said in words with their year however it is said, a day before the
/// time, and a day and month after any word that is not a fraction's.
@Suite struct ScrubSpokenDateTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("date of birth 1st of February sixty-one", "date of birth [DATE]"),
    ("said \"the twelfth of March, fifty eight\" for DOB", "said \"the [DATE]\" for DOB"),
    ("gave \"Feb the first\"", "gave \"[DATE]\""),
    ("born twenty-ninth of June, nineteen sixty-five, NHS", "born [DATE], NHS"),
    ("appt tomorrow 22nd 11.15", "appt tomorrow [DATE] [TIME]"),
    ("then bloods 4/3", "then bloods [DATE]"),
    ("then corrected to 13th", "then corrected to [DATE]"),
  ])
  func findsTheDate(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: ["1/2 tab; 3/4 of pts; pain 7/10", "between 2 and 4 cm", "ref: 2/52 follow up"])
  func keepsFractionsAndSizes(note: String) {
    #expect(scrubber.scrub(note) == note)
  }
}

/// Days named by a feast, and a day "the 3rd" closing a text or before a time.
@Suite struct ScrubFeastDayTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("born Christmas Day 1950?", "born [DATE]?"),
    ("seen on Christmas Day", "seen on [DATE]"),
    ("born on New Year's Day 1961", "born on [DATE]"),
    ("she has the appt on the 3rd x", "she has the appt on the [DATE] x"),
    ("mum's appt is the 18th at 9.40", "mum's appt is the [DATE] at [TIME]"),
  ])
  func findsTheDay(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: ["christmas day was hard", "this is the 3rd.", "it was the 2nd, sadly"])
  func keepsWhatIsNoDay(note: String) {
    #expect(scrubber.scrub(note) == note)
  }
}

/// Days of the month told by an ordinal alone, in a list or a range, or in words.
@Suite struct ScrubOrdinalDayTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("TCI 13th evening", "TCI [DATE] evening"),
    ("Both units discussed, 19th MDT.", "Both units discussed, [DATE] MDT."),
    ("starts the 2nd for 5/52", "starts the [DATE] for 5/52"),
    ("MDT on the 3rd will discuss", "MDT on the [DATE] will discuss"),
    ("rang 21st, 22nd and 23rd - no reply", "rang [DATE], [DATE] and [DATE] - no reply"),
    ("away 20th-31st Oct;", "away [DATE];"),
    ("surgery 14th (Aug) at Stanmore", "surgery [DATE] at Stanmore"),
    ("op was the 14th of last month", "op was the [DATE]"),
    ("MDT was Tuesday the 9th of July, outcome", "MDT was [DATE], outcome"),
    ("on the twelfth and I don't know", "on [DATE] and I don't know"),
    ("dob sixth of June '66", "dob [DATE]"),
    ("pre-op was 6/8", "pre-op was [DATE]"),
    ("appt moved to 4/3, pt not happy", "appt moved to [DATE], pt not happy"),
    ("US 2/9, wants", "US [DATE], wants"),
    ("dob14/2/1990nhs3513055439", "dob[DATE]nhs[NHS-NUMBER]"),
  ])
  func findsTheDay(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    "on her 18th birthday", "2nd opinion at the 3rd cycle", "12th floor, 21st century", "2nd and 3rd opinions",
    "on the third cycle", "on the second.", "power was 4/5", "reduced to 1/2", "1st appt was Dec, 2nd was fine",
  ])
  func keepsWhatIsNoDay(note: String) {
    #expect(scrubber.scrub(note) == note)
  }
}

/// Dates said with ordinals for day and month, days in words before a month,
/// Roman months, and days joined to a date by "not the".
@Suite struct ScrubSpokenOrdinalDateTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("she said \"the twelfth of the second\" for her DOB", "she said \"the [DATE]\" for her DOB"),
    ("dob as the 2nd of the 10th '56 and his NHS", "dob as the [DATE] and his NHS"),
    ("date of birth first of the fourth sixty-nine, ok", "date of birth [DATE], ok"),
    ("DOB Twenty Fourth August Nineteen Fifty Two per wife", "DOB [DATE] per wife"),
    ("seventeenth January he have MRI", "[DATE] he have MRI"),
    ("dob 17.iv.1959 (roman month)", "dob [DATE] (roman month)"),
    ("scan was on the 3rd not the 5th like letter says", "scan was on the [DATE] like letter says"),
    ("seen 6th, 13th and 20th for planning", "seen [DATE], [DATE] and [DATE] for planning"),
  ])
  func findsTheDate(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: ["one in the first of the trials", "2nd and 3rd cycles", "grade ii.3 x", "it is the 2nd not the first time"])
  func keepsWhatIsNoDate(note: String) {
    #expect(scrubber.scrub(note) == note)
  }
}

/// Weekdays glued to a day's ordinal, feast days with a year, days after a
/// scan or a cycle, a diary's days, the month before numbers found already.
@Suite struct ScrubMoreDayTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("appt was Sat14th (typed glued)", "appt was [DATE] (typed glued)"),
    ("born Xmas day 1950", "born [DATE]"),
    ("DOB given as \"Valentine's Day, 74\"", "DOB given as \"[DATE]\""),
    ("dob \"Lady Day 1957\" she said", "dob \"[DATE]\" she said"),
    ("born St Patrick's Day 1961", "born [DATE]"),
    ("Had biopsy 1/4, results due 15/4.", "Had biopsy [DATE], results due [DATE]."),
    ("Yondelis C5 2/4, bloods 1/4 ok.", "Yondelis C5 [DATE], bloods [DATE] ok."),
    ("DOB Aug 19 1969 (US way)", "DOB [DATE] (US way)"),
    ("31st: chemo started. 2nd: neutropenic", "[DATE]: chemo started. [DATE]: neutropenic"),
  ])
  func findsTheDay(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: ["the lady day centre", "xmas day was hard", "1/2 tab; 3/4 of pts"])
  func keepsWhatIsNoDay(note: String) {
    #expect(scrubber.scrub(note) == note)
  }
}

/// Late days after a function word, spaced dates after "dob", days and months
/// in a list, a short month's full stop before "'25", "+ 44".
@Suite struct ScrubListedDayTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("pt only received it 20th", "pt only received it [DATE]"),
    ("will try again 27th", "will try again [DATE]"),
    ("2nd Jan. '25 - first appt", "[DATE] - first appt"),
    ("pt gave dob 12 3 58 (no separators)", "pt gave dob [DATE] (no separators)"),
    ("rang 3/6 & 4/6, no ans", "rang [DATE] & [DATE], no ans"),
    ("chemo: 1/4, 22/4, 13/5 and 3/6", "chemo: [DATE], [DATE], [DATE] and [DATE]"),
    ("+ 44 7700 900 140", "[PHONE]"),
  ])
  func findsIt(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: ["her 18th birthday", "this is the 21st century", "took 2 tabs. 25 mg", "gave 12 3 58 units", "2 + 3 = 5"])
  func keepsWhatIsNoDate(note: String) {
    #expect(!scrubber.findings(in: note).contains { $0.kind == .date || $0.kind == .phone }, "\(scrubber.scrub(note))")
  }
}

/// A late day after "it is the", a day and month after "tmrw" or "wk" before "pm".
@Suite struct ScrubDayAfterCueTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("she thinks it is the 14th", "she thinks it is the [DATE]"),
    ("c/b tmrw 14/5 pm", "c/b tmrw [DATE] pm"),
    ("rota wk 7/4: advisers", "rota wk [DATE]: advisers"),
  ])
  func findsTheDay(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }
}
