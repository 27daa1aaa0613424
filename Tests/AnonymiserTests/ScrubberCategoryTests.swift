import Testing

@testable import Anonymiser

/// The known weak spots on unseen notes, category by category, with notes written
/// for these tests: extensions in every spelling, dates glued to NHS numbers, days
/// with weekdays, times in words and compact forms, spelled-out emails, labelled
/// record numbers, addresses without numbers or glued to their town, names that
/// are also words, and the domain's words that must stay.
@Suite struct ScrubberCategoryTests {
  let scrubber = Scrubber()

  // MARK: Phone extensions

  @Test(arguments: [
    "ext221", "ext. 221", "extn 221", "ext no. 221", "ext no 221", "x 221", "x. 221", "x221", "#221", "# 221",
    "ex 221", "ex221", "extension 221", "(ext 221)", "(ext.221)", "ext: 221", "EXT221", "x-221", "ext-221",
    "extension no. 221", "estyniad 221", "estyniad221", "ext.#221", "(x221)", "Ext No: 221",
  ])
  func takesEveryExtensionSpellingWithThePhoneNumber(spelling: String) {
    #expect(scrubber.scrub("ring 020 7946 0183 \(spelling) after lunch") == "ring [PHONE] after lunch")
    #expect(scrubber.scrub("ring 020 7946 0183, \(spelling) after lunch") == "ring [PHONE] after lunch")
  }

  @Test(arguments: [
    ("tried 029 2018 0456 x 3 times, no answer", "tried [PHONE] x 3 times, no answer"),
    ("mob 07700 900461 # not working", "mob [PHONE] # not working"),
  ])
  func leavesWhatIsNoExtension(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  // MARK: Dates and NHS numbers

  @Test(arguments: [
    ("ZAID, Omar - 24/11/8447726 61030 - rang", "[NAME] - [DATE][NHS-NUMBER] - rang"),
    ("BELL, Ann 3/4/19614772661030 rang", "[NAME] [DATE][NHS-NUMBER] rang"),
    ("dob 01.02.734772661030 asked", "dob [DATE][NHS-NUMBER] asked"),
  ])
  func splitsADateRunIntoTheNHSNumberAfterIt(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    "47 7266 1030", "4772 661 030", "47726 61030", "477 26 61 030", "47-72-66-10-30", "477.266.1030", "4 7 7 2 6 6 1 0 3 0",
    "477-266-1030", "4772-661030",
  ])
  func readsAnNHSNumberInEveryGrouping(number: String) {
    #expect(scrubber.scrub("nhs no \(number) ok") == "nhs no [NHS-NUMBER] ok")
  }

  @Test(arguments: [
    ("appt Tues 8th at RNOH", "appt [DATE] at RNOH"),
    ("next Thursday 14th is fine", "next [DATE] is fine"),
    ("clinic Fri 13th, then Sat 14th", "clinic [DATE], then [DATE]"),
    ("MDT on Monday the 7th", "MDT on [DATE]"),
    ("dob the 3rd of May 1961", "dob the [DATE]"),
    ("dob 3 Rajab 1400 per letter", "dob [DATE] per letter"),
    ("born 14 Farvardin 1360", "born [DATE]"),
    ("born 12 Tishrei 5730", "born [DATE]"),
    ("dob 2 Baishakh 2030 (Nepali)", "dob [DATE] (Nepali)"),
    ("dob 11 Meskerem 1962", "dob [DATE]"),
    ("dob 3rd Mar '61", "dob [DATE]"),
    ("dob Mar 3rd '61", "dob [DATE]"),
  ])
  func readsDaysWithWeekdaysOrdinalsAndOtherCalendars(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    "pain 7/10 today", "scored 8/10 on the scale", "follow-up 6/52", "20/40 gestation", "scan in 3/12",
    "for 2/7 after surgery", "Ramadan starts soon, fasting",
  ])
  func keepsScoresAndSpansThatAreNoDates(note: String) {
    #expect(scrubber.scrub(note) == note)
  }

  // MARK: Times

  @Test(arguments: [
    ("rang at half ten", "rang at [TIME]"),
    ("call back half 3 tomorrow", "call back [TIME] tomorrow"),
    ("ring at quarter past ten", "ring at [TIME]"),
    ("seen 12.40 by the CNS", "seen [TIME] by the CNS"),
    ("ring 0930 tomorrow", "ring [TIME] tomorrow"),
    ("at 1415 hrs", "at [TIME]"),
    ("arrived 18h30", "arrived [TIME]"),
    ("ring 2.15pm", "ring [TIME]"),
    ("appt 14.30h", "appt [TIME]"),
  ])
  func readsTimesInWordsAndCompactForms(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    "half the dose", "half a tablet", "dose 12.5 mg, lesion 4.5 cm", "until 2027", "by 2030 the trial ends",
    "in 1995 had surgery", "7/10 pain", "half 4mg tablet",
  ])
  func keepsNumbersThatAreNoTimes(note: String) {
    #expect(scrubber.scrub(note) == note)
  }

  // MARK: Emails

  @Test(arguments: [
    ("email is john dot smith at gmail dot com", "email is [EMAIL]"),
    ("email jean dot dupont arobase orange point fr", "email [EMAIL]"),
    ("correo ana punto ruiz arroba gmail punto com", "correo [EMAIL]"),
    ("email is k patel at yahoo dot com", "email is [EMAIL]"),
    ("email: mary ann dot jones at hotmail dot co dot uk ok", "email: [EMAIL] ok"),
    ("e-mail tom hardy99 at outlook dot com", "e-mail [EMAIL]"),
  ])
  func readsSpelledOutEmails(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  // MARK: Record numbers

  @Test(arguments: [
    ("MRN RM 0512 884 at Marsden", "MRN [RECORD-NUMBER] at Marsden"),
    ("Velindre hosp no VCC 0093318 sent", "Velindre hosp no [RECORD-NUMBER] sent"),
    ("RNOH-0451127 letter", "[RECORD-NUMBER] letter"),
    ("our ref SL-26-1183 filed", "our ref [RECORD-NUMBER] filed"),
    ("hosp no: AB 123 4567", "hosp no: [RECORD-NUMBER]"),
    ("case ref QEH 22 31876", "case ref [RECORD-NUMBER]"),
    // A record's letters typed against its digits go with it, unlike a label such as
    // NHS or Tel typed against a number.
    ("Hosp no MRN00417326 on file", "Hosp no [RECORD-NUMBER] on file"),
    ("UCLH MRN03310087.", "UCLH [RECORD-NUMBER]."),
  ])
  func readsLabelledRecordNumbersWithTheirPrefix(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  // MARK: Addresses

  @Test(arguments: [
    ("lives at Old School House, School Lane, Histon", "lives at [ADDRESS], [ADDRESS], Histon"),
    ("address Meadowbank House, 3-5 Orchard Way, Leeds", "address [ADDRESS], [ADDRESS], Leeds"),
    ("Unit 3, The Sidings, Station Yard, Bristol", "[ADDRESS], [ADDRESS], [ADDRESS], Bristol"),
    ("Room 402, Wren College, Mecklenburgh Square", "[ADDRESS], [ADDRESS], [ADDRESS]"),
    ("form says 14 Albion StreetLeedsLS1 6HX", "form says [ADDRESS]Leeds[POSTCODE]"),
    ("address 22 Elm GroveBristol", "address [ADDRESS]Bristol"),
    ("22 Elm GroveBristolBS6 5TT on form", "[ADDRESS]Bristol[POSTCODE] on form"),
    ("lives Parc an Dour, Truro", "lives [ADDRESS], Truro"),
    ("Ceann a' Bhàigh, Isle of Harris", "[ADDRESS], Isle of Harris"),
    ("lives on Clos y Nant, Bangor", "lives on [ADDRESS], Bangor"),
    ("lives 3-5 Orchard Way", "lives [ADDRESS]"),
    ("send to 7-9 Mill Row", "send to [ADDRESS]"),
  ])
  func readsAddressesWithoutNumbersWithHouseNamesAndRunTogether(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: ["met at the McDonaldLane cafe", "uses WhatsApp and FaceTime", "GemDoc then VIDE", "Hb 12.4 today"])
  func splitsNoWordThatIsNoAddress(note: String) {
    let scrubbed = scrubber.scrub(note)
    #expect(!scrubbed.contains("[ADDRESS]") && !scrubbed.contains("[POSTCODE]") && !scrubbed.contains("[TIME]"), "\(scrubbed)")
  }

  // MARK: Names

  @Test(arguments: [
    ("Junior rang about dad", "[NAME] rang about dad"),
    ("Guy said he would ring", "[NAME] said he would ring"),
    ("Grace and Junior rang", "[NAME] and [NAME] rang"),
    ("son Junior rang", "son [NAME] rang"),
    ("spoke with Guy today", "spoke with [NAME] today"),
    ("NURSE, Linda - CNS at Leeds", "[NAME] - CNS at Leeds"),
    ("the Hall family rang", "the [NAME] family rang"),
    ("Cross family rang again", "[NAME] family rang again"),
    ("Mr Cross rang back", "Mr [NAME] rang back"),
    ("her surname is Christie, treated at the Christie", "her surname is [NAME], treated at the Christie"),
    ("emailed song hye-rin about appt", "emailed [NAME] about appt"),
    ("pt is jordi", "pt is [NAME]"),
    ("Jordi i Puig Vilalta rang", "[NAME] rang"),
    ("María José García y López rang", "[NAME] rang"),
    ("João dos Santos da Silva rang", "[NAME] rang"),
    ("Mai Xuan Son rang", "[NAME] rang"),
    ("Hussain, Mohammed I rang", "[NAME], [NAME] rang"),
    ("wife Dawn rang; Dawn says fine", "wife [NAME] rang; [NAME] says fine"),
  ])
  func findsNamesWhereANameStands(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    "Terrence Higgins Trust leaflet", "Willow Foundation referral", "seen at Northwick Park",
    "Great Ormond Street Hospital", "GemDoc then VIDE, VAC", "mifamurtide and trabectedin",
    "embryonal rhabdomyosarcoma", "speaks Kurmanji and Sorani", "keeps Shabbat, Orthodox",
    "le patient, NOK is dtr, PhD, WhatsApp, Insta", "Mr Smith né Jones", "junior doctor rang",
    "the guy at reception", "at dawn", "Ewing sarcoma, Paget's disease, the Christie",
  ])
  func keepsDomainWordsInstitutionsAndOrdinaryWords(note: String) {
    let scrubbed = scrubber.scrub(note)
    for word in ["Terrence", "Willow", "Northwick", "Ormond", "GemDoc", "mifamurtide", "embryonal", "Kurmanji", "Sorani",
      "Shabbat", "Orthodox", "NOK", "dtr", "PhD", "WhatsApp", "Insta", "junior", "guy", "dawn", "Ewing", "Christie"]
    where note.contains(word) {
      #expect(scrubbed.contains(word), "\(scrubbed)")
    }
  }

  // MARK: Unseen-note patterns, third round

  @Test(arguments: [
    "HART, Jo 14.06.1972612 345 6789 rang back",
    "seen w/ Kemi05/08/81523 456 7890 today",
    "PAGE, Tom 02.11.1958NHS4011231234 called",
    "LOWE, Ria 30-04-1990733 412 9087 - query",
  ])
  func splitsADateFromTheWordsAndNumbersRunIntoIt(note: String) {
    let scrubbed = scrubber.scrub(note)
    for piece in ["1972", "612", "6789", "05/08", "81", "523", "7890", "1958", "02.11", "4011231234", "1990", "733", "9087"]
    where note.contains(piece) {
      #expect(!scrubbed.contains(piece), "\(scrubbed)")
    }
    #expect(scrubbed.contains("[NHS-NUMBER]") || scrubbed.contains("[RECORD-NUMBER]"), "\(scrubbed)")
  }

  @Test(arguments: ["poste 14", "interno 22", "ramal 31", "anexo 7", "Durchwahl 205"])
  func takesExtensionWordsOfOtherLanguages(spelling: String) {
    #expect(scrubber.scrub("ring 020 7946 0183 \(spelling) after lunch") == "ring [PHONE] after lunch")
  }

  @Test(arguments: [
    ("appt 14/03/2027 1015 at clinic", "appt [DATE] [TIME] at clinic"),
    ("clinic 3/11 0930, bring list", "clinic [DATE] [TIME], bring list"),
    ("scan Mon 4th 1420 at UCLH", "scan [DATE] [TIME] at UCLH"),
    ("letter says 5th May 09.30 now", "letter says [DATE] [TIME] now"),
    ("will try to ring back 11.35 then", "will try to ring back [TIME] then"),
    ("review next 6/12 14:00 in clinic", "review next [DATE] [TIME] in clinic"),
  ])
  func findsATimeAfterADateOrACall(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: ["Hb 11.40 yesterday", "review in 3/12", "from 1998 to 2004", "moved here 12 May 1995 1996"])
  func leavesNumbersThatAreNoTimes(note: String) {
    #expect(!scrubber.scrub(note).contains("[TIME]"))
  }

  @Test func doesNotReadDateSlashesAsAnNHSNumber() {
    let scrubbed = scrubber.scrub("appt 21/11/2026 1030 confirmed")
    #expect(!scrubbed.contains("NHS-NUMBER"))
    #expect(scrubbed == "appt [DATE] [TIME] confirmed")
  }

  @Test(arguments: [
    ("wound opened on the 14th. dressing daily", "wound opened on the [DATE]. dressing daily"),
    ("home since the 2nd, feels better", "home since the [DATE], feels better"),
    ("appointment on the 21st of June", "appointment on the [DATE]"),
  ])
  func findsADayOfTheMonthToldByItsOrdinal(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: ["started on the 3rd cycle today", "on the 2nd floor of the ward"])
  func leavesOrdinalsThatCountThings(note: String) {
    #expect(scrubber.scrub(note) == note)
  }

  @Test func takesAHospitalsInitialsAfterNoIntoItsRecordNumber() {
    #expect(scrubber.scrub("RBH no RBH 4471120 on file") == "RBH no [RECORD-NUMBER] on file")
  }

  @Test(arguments: [
    ("Email read out: tom dot baxter 42 at hotmail dot com. ok", "Email read out: [EMAIL]. ok"),
    ("(email spelt out as j rowe at example dot org, he says)", "(email spelt out as [EMAIL], he says)"),
  ])
  func findsSpelledOutEmailsWithSpacesInTheLocalPart(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test func leavesAnAtBetweenOrdinaryWordsAndNumbers() {
    #expect(scrubber.scrub("she was 7 at home then") == "she was 7 at home then")
  }

  @Test(arguments: [
    ("postcode N\u{200B}16\u{200B}4QT from the form", "postcode [POSTCODE] from the form"),
    ("lives at SW 1A 1AA now", "lives at [POSTCODE] now"),
  ])
  func findsAPostcodeWhoseOutwardCodeASpaceCuts(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test func leavesLettersAndNumbersThatAreNoSplitPostcode() {
    #expect(scrubber.scrub("grade 2 of 3 in T 12 3AB") == "grade 2 of 3 in T 12 3AB")
  }

  @Test func splitsACapitalisedStreetFromThePostcodeRunIntoIt() {
    let scrubbed = scrubber.scrub("form says 14 HIGH STREETLS2 7QA thanks")
    #expect(scrubbed.contains("[POSTCODE]"), "\(scrubbed)")
    for piece in ["STREET", "LS2", "7QA", "14"] { #expect(!scrubbed.contains(piece), "\(scrubbed)") }
  }

  @Test(arguments: [
    ("now at Caravan 7, Seaview Park, Dune Road, Rhyl LL18 3AB", "now at [ADDRESS], [ADDRESS], [ADDRESS], Rhyl [POSTCODE]"),
    ("moved to Bungalow 3, Oak Court Care Home, Kent", "moved to [ADDRESS], [ADDRESS], Kent"),
    ("c/o Ferry House, Pier Road, Oban PA34 4LW", "[ADDRESS], [ADDRESS], Oban [POSTCODE]"),
    ("The Shieling, Ardtornish Estate, Lochaline PA80 5UZ", "[ADDRESS], [ADDRESS], Lochaline [POSTCODE]"),
    ("7 Bryher Vean, Penzance, Cornwall TR18 2QQ today", "[ADDRESS], Penzance, Cornwall [POSTCODE] today"),
    ("Flat 6, Mercer Tower, 88 Briggate LS1 6HD", "[ADDRESS], [ADDRESS], [ADDRESS] [POSTCODE]"),
    ("at 4 Station Cottages, Hebden", "at [ADDRESS], Hebden"),
    ("Barn Cottage 3, Lower Mill Farm, Ludlow SY8 1AA", "[ADDRESS], [ADDRESS], Ludlow [POSTCODE]"),
  ])
  func findsAddressesOfHomesWithoutAStreetNumber(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: ["took 2 Paracetamol Tablets today", "room for 2 more in the group", "the caravan was cold"])
  func leavesNumbersBeforeOrdinaryWords(note: String) {
    #expect(!scrubber.scrub(note).contains("[ADDRESS]"))
  }

  @Test(arguments: [
    ("Frau von Kessel rang from Bonn", "Frau [NAME] rang from Bonn"),
    ("asked if the di Pietro family can visit", "asked if the [NAME] family can visit"),
    ("Mr Hal Dunmore; spoke to Mrs de la Roche too", "Mr [NAME]; spoke to Mrs [NAME] too"),
  ])
  func takesLowerCaseParticlesBeforeAName(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    ("FENWICK, R. rang re forms", "[NAME]. rang re forms"),
    ("MADGE, Tilda 3 May 1950 asked", "[NAME] [DATE] asked"),
  ])
  func readsASurnameInCapitalsWithAnInitialOrAGivenName(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: ["VAC, then IE next cycle", "on VIDE, Cycle 2", "VIDE, Cycle 2 done"])
  func leavesRegimensAtTheStart(note: String) {
    #expect(scrubber.scrub(note) == note)
  }

  // MARK: Rules from the fourth set's misses (examples written for these tests)

  @Test(arguments: [
    ("GP surgery 0161 496 0321 ext 41 or 42 for the manager", "GP surgery [PHONE] for the manager"),
    ("main desk 0114 496 0777 bleep 5521, ask for onc reg", "main desk [PHONE], ask for onc reg"),
    ("switchboard 020 7946 0555 pager 889 overnight", "switchboard [PHONE] overnight"),
  ])
  func takesSecondExtensionsAndBleepsWithThePhone(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    ("Caller rang back 18:30hrs re scan", "Caller rang back [TIME] re scan"),
    ("c/b 0117 496 0200 10.45.", "c/b [PHONE] [TIME]."),
    ("08.50 Mrs Okafor rang re appt", "[TIME] Mrs [NAME] rang re appt"),
    ("query re wound; 17.05", "query re wound; [TIME]"),
  ])
  func readsATimeStandingAsAClauseOfItsOwn(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: ["lab result 5.25 mg noted", "Hb 11.50 today", "stage T2-N0 noted", "weight 62.40 kg; BMI 22.10 kg/m2"])
  func leavesMeasurementsThatLookLikeTimes(note: String) {
    #expect(scrubber.scrub(note) == note)
  }

  @Test func readsARecordNumberInLetteredParts() {
    #expect(scrubber.scrub("pathology ref LTH/S19-004417 to chase") == "pathology ref [RECORD-NUMBER] to chase")
    #expect(scrubber.scrub("slides B2-330914 sent") == "slides [RECORD-NUMBER] sent")
  }

  @Test(arguments: [
    ("Jo Reed: 2F1, 18 Leith Walk Edinburgh EH6 5AA", "[NAME]: [ADDRESS] Edinburgh [POSTCODE]"),
    ("Sam Todd 1/2, 40 Byres Road Glasgow G12 8AA", "[NAME] [ADDRESS] Glasgow [POSTCODE]"),
    ("Amy Cole 27, Victoria Road Derby DE1 1AA", "[NAME] [ADDRESS] Derby [POSTCODE]"),
    ("Ian Hart Room 2.07, Vine House, Park Street Leeds LS1 1AA", "[NAME] [ADDRESS], [ADDRESS], [ADDRESS] Leeds [POSTCODE]"),
    ("addr mill lane (no number) nr York YO1 1AA", "addr [ADDRESS] (no number) nr York [POSTCODE]"),
    ("Flat 2, Ash House, Royal Hospital Road SW3 4AA", "[ADDRESS], [ADDRESS], [ADDRESS] [POSTCODE]"),
  ])
  func takesWhatStandsBesideAnAddress(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test func takesCaravanParksAndBracketedFloorsIntoAddresses() {
    let park = scrubber.scrub("Ted Lowe Pitch 6, Sea View Caravan Park Filey YO14 9AA")
    #expect(!park.contains("Caravan") && !park.contains("Park") && !park.contains("6"))
    let floor = scrubber.scrub("Rob Kerr Flat 4 (ground floor), 9 Mill Lane Ely CB7 4AA")
    #expect(!floor.contains("ground") && !floor.contains("floor") && !floor.contains("Mill"))
  }

  @Test(arguments: [
    "aged 27, Victoria ward staff kind", "the Royal Hospital in Chelsea", "moved (sister's house) last year",
  ])
  func leavesWhatOnlyLooksLikePartOfAnAddress(note: String) {
    #expect(!scrubber.scrub(note).contains("[ADDRESS]"))
  }

  @Test(arguments: [
    ("R.K. Obi rang re letter", "[NAME] rang re letter"),
    ("Lee Mei, Zhu Wei, He Bing and Tan Li rang", "[NAME], [NAME], [NAME] and [NAME] rang"),
    ("son Bao, cousin Nguyen An", "son [NAME], cousin [NAME]"),
    ("Gale (dtr) rang about results", "[NAME] (dtr) rang about results"),
  ])
  func takesInitialsShortWordsAndRelationsOfNames(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    "He said the scan was fine, and He will call", "ALK-positive and MDM2-amplified tumours discussed",
    "pt 32, SDH-deficient GIST", "Dtr rang about results",
  ])
  func leavesPronounsMarkersAndRelationWords(note: String) {
    #expect(scrubber.scrub(note) == note)
  }

  @Test(arguments: [
    ("clinic letter says mardi 9 avril at 10h", "clinic letter says [DATE] at [TIME]"),
    ("booked for jeudi 3 octobre", "booked for [DATE]"),
    ("Rang earlier at 2pm; he then said 2.45", "Rang earlier at [TIME]; he then said [TIME]"),
    ("sola ade & bimpe okoro rang about the scan", "[NAME] & [NAME] rang about the scan"),
  ])
  func takesForeignWeekdaysLateTimesAndLowerCaseListsOfNames(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    "she goes to St Luke's hospice weekly", "seen at Saint Anne's Hospital last year", "Hb was 11.50",
    "spoke to the team and asked about forms",
  ])
  func keepsSaintsInstitutionsAndMeasurements(note: String) {
    #expect(scrubber.scrub(note) == note)
  }

  @Test(arguments: [
    ("voicemail: my hospital number is K T four four one zero nine two, thanks", "voicemail: my hospital number is [RECORD-NUMBER], thanks"),
    ("voicemail: call me on oh one two one four nine six double oh four two please", "voicemail: call me on [PHONE] please"),
    ("spoke to her at sixteen hundred, that's sixteen hundred hours", "spoke to her at [TIME], that's [TIME] hours"),
    ("date of birth twenty-first of March nineteen sixty one.", "date of birth [DATE]."),
    ("dob third of May two thousand and one", "dob [DATE]"),
  ])
  func readsNumbersTimesAndDatesSaidInWords(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    "raised fourteen hundred pounds for the charity", "one or two questions about the first of the cycles",
    "took one, two, three or four tablets", "the second of May's appointments was moved",
  ])
  func leavesNumberWordsThatAreNoIdentifiers(note: String) {
    #expect(!scrubber.scrub(note).contains("[PHONE]") && !scrubber.scrub(note).contains("[TIME]"))
  }

  @Test(arguments: [
    ("Rosie (7yo, pt's niece) drew a card for him", "[NAME] (7yo, pt's niece) drew a card for him"),
    ("Hope (pts sister) rang, she hopes for news in May", "[NAME] (pts sister) rang, she hopes for news in May"),
    ("Robin (key worker) said the forms are done", "[NAME] (key worker) said the forms are done"),
    ("Joy from the church said they will visit", "[NAME] from the church said they will visit"),
    ("Grace at reception rang to confirm", "[NAME] at reception rang to confirm"),
    ("P. T. Mensah rang; GP letter says P.T. only", "[NAME] rang; GP letter says [NAME]. only"),
  ])
  func findsNamesByTheirBracketsWhereaboutsAndInitials(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: ["Summer at the coast was lovely, pt said", "pt said P.T. sessions go well", "Hope from the trial is low"])
  func leavesWordsThatOnlyStandWhereANameCould(note: String) {
    #expect(scrubber.scrub(note) == note)
  }

  @Test(arguments: [
    ("handover Tue 9/4: Mr Obi to ring", "handover [DATE]: Mr [NAME] to ring"),
    ("she rang 12/11 14:20 about transport", "she rang [DATE] [TIME] about transport"),
    ("c/b Thurs 10.45 re scan", "c/b Thurs [TIME] re scan"),
    ("wants c/b 16.15 if poss", "wants c/b [TIME] if poss"),
    ("seen in sarcoma clinic 10.20 - fine", "seen in sarcoma clinic [TIME] - fine"),
    ("1045 rang ward re bloods", "[TIME] rang ward re bloods"),
  ])
  func findsShortDatesAndTimesByTheirNeighbours(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    "pain 6/10 today, MRI in 3/12", "Thurs 2.5 mg dose halved", "2019 rang the team twice", "review in 2/7 3pm slot",
  ])
  func leavesScoresDosesAndIntervalsBesideDaysAndTimes(note: String) {
    #expect(!scrubber.scrub(note).contains("[DATE]"))
  }

  @Test func findsLowerCaseNamesInAListPartedByASpacedSlash() {
    #expect(scrubber.scrub("ciaran doyle / oksana bilyk / Meera Joshi - group list") == "[NAME] / [NAME] / [NAME] - group list")
    #expect(scrubber.scrub("gem/doc and/or trabectedin, pt and/or wife") == "gem/doc and/or trabectedin, pt and/or wife")
  }

  @Test(arguments: [
    ("asks us to ring à 16h", "asks us to ring à [TIME]"),
    ("asks us to ring um 9h", "asks us to ring um [TIME]"),
    ("trinh van khoa rang re scan", "[NAME] rang re scan"),
  ])
  func findsHoursAfterForeignCuesAndVietnameseFamilyNames(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test func leavesAnHourMarkWithoutACue() {
    #expect(scrubber.scrub("drain out 24h ago, 6h obs") == "drain out 24h ago, 6h obs")
  }

  @Test(arguments: [
    "started cabozantinib (Cabometyx) last week, some diarrhoea",
    "on dalteparin (Fragmin) 5000 units, asks about bruising",
    "trastuzumab (Herceptin) stopped, echo due",
  ])
  func keepsABrandNameInBracketsAfterItsGenericDrug(note: String) {
    #expect(scrubber.scrub(note) == note)
  }

  @Test func stillFindsANameInBracketsAfterAnOrdinaryWord() {
    #expect(scrubber.scrub("spoke to daughter (Yasmin) re transport") == "spoke to daughter ([NAME]) re transport")
  }

  @Test(arguments: [
    "Burkitt lymphoma as a child, now leiomyosarcoma", "Glasgow scale normal on the ward", "Wells score low, no DVT",
  ])
  func keepsEponymousLymphomasScoresAndScales(note: String) {
    #expect(scrubber.scrub(note) == note)
  }

  // MARK: Numbers glued to their labels

  @Test(arguments: [
    ("pt NHS943 476 5919DOB 12/06/1958 rang", "pt NHS[NHS-NUMBER]DOB [DATE] rang"),
    ("callback Tel07700 900583 pls", "callback Tel[PHONE] pls"),
    ("Mob07700900583 after 5", "Mob[PHONE] after [TIME]"),
    ("NHS 943 476 5919DOB12/06/1958 rang", "NHS [NHS-NUMBER]DOB[DATE] rang"),
  ])
  func splitsANumberFromTheLabelTypedAgainstIt(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: ["took B12 and 10mg daily", "has 3D scan", "asked for ref no on letter"])
  func leavesLettersAndDigitsThatAreNoLabelAlone(note: String) {
    #expect(scrubber.scrub(note) == note)
  }

  // MARK: Bleeps after a phone number

  @Test(arguments: [
    ("ring 0161 496 0732 bp 4471 today", "ring [PHONE] today"),
    ("ring 0161 496 0732 blp 4471 today", "ring [PHONE] today"),
    ("ring 0161 496 0732 pgr 4471 today", "ring [PHONE] today"),
  ])
  func takesABleepAfterAPhoneNumber(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: ["BP 140/90 at review", "said her bp stable, pain 3/10", "her bp 132/84 was fine"])
  func keepsBloodPressureAwayFromAPhoneNumber(note: String) {
    #expect(scrubber.scrub(note) == note)
  }

  // MARK: Phone numbers said digit by digit

  @Test(arguments: [
    ("msg: call me on oh one four one, four nine six, oh two two seven thanks", "msg: call me on [PHONE] thanks"),
    ("she said oh seven seven double oh, nine double oh four one two, bye", "she said [PHONE], bye"),
    ("number is zero seven seven zero zero nine zero zero five one two ok", "number is [PHONE] ok"),
    ("ring o one six one, four nine six, o five five five", "ring [PHONE]"),
  ])
  func takesAPhoneNumberSaidInDigitWords(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: ["one or two, three times a day", "seven of nine, one said no"])
  func leavesAFewNumberWordsAlone(note: String) {
    #expect(scrubber.scrub(note) == note)
  }

  // MARK: Clock times without a colon

  @Test(arguments: [
    ("will ring quarter to eleven tmrw", "will ring [TIME] tmrw"),
    ("spoke fifteen hundred re scan", "spoke [TIME] re scan"),
    ("left ward 2145hrs, ok", "left ward [TIME], ok"),
    ("left ward 2145 hrs, ok", "left ward [TIME], ok"),
    ("pls ring her @ 1915 if poss", "pls ring her @ [TIME] if poss"),
    ("cb 1945 or later", "cb [TIME] or later"),
    ("returned 1125 from clinic", "returned [TIME] from clinic"),
    ("free Thurs 0845 only", "free Thurs [TIME] only"),
    ("try at 0930, 1340 or 1655", "try at [TIME], [TIME] or [TIME]"),
    ("seen 03/02/25 1710 hrs by SHO", "seen [DATE] [TIME] by SHO"),
    ("meet at UCLH 1105 re scan", "meet at UCLH [TIME] re scan"),
    ("ring back quarter to two @ RMH", "ring back [TIME] @ RMH"),
  ])
  func takesAClockTimeWithoutAColon(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    "diagnosed in 1996, well since", "seen in room 1204 on level 2", "bp 1830 was a typo",
    "took 1200 mg a day", "raised fourteen hundred pounds", "counted 1415 steps",
  ])
  func leavesFourDigitsThatAreNoTime(note: String) {
    #expect(scrubber.scrub(note) == note)
  }

  // MARK: Other scripts' calendars

  @Test(arguments: [
    ("rang at 11時45分 today", "rang at [TIME] today"),
    ("appt 7時5分 ok", "appt [TIME] ok"),
    ("born 17 ก.ย. 2501 she said", "born [DATE] she said"),
    ("born 4 مهر 1341 she said", "born [DATE] she said"),
    ("born 22 شعبان 1389 she said", "born [DATE] she said"),
  ])
  func takesTimesAndDatesOfOtherCalendars(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: ["has 3 ก.ย. forms", "rested 3時間 after the tablets"])
  func leavesCountsInOtherScriptsAlone(note: String) {
    #expect(scrubber.scrub(note) == note)
  }
}

/// What text messages and handover lists hold: a weekday typed against its
/// day, a sign-off, initials without full stops, nicknames in quotes, rough
/// hours, and houses named alone.
@Suite struct ScrubTextMessageTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("appt moved to Weds13/3 per text", "appt moved to [DATE] per text"),
    ("text: \"DOB 2.8.59 thanks Jan\"", "text: \"DOB [DATE] thanks [NAME]\""),
    ("Hebden, P on RM list twice", "[NAME] on RM list twice"),
    ("Cheung Wai-Man, \"Ah Man\" to family", "[NAME], \"[NAME]\" to family"),
    ("running late, try 3ish?", "running late, try [TIME]?"),
    ("The Manse, Kirkwall KW15 1PS", "[ADDRESS], Kirkwall [POSTCODE]"),
    // The room goes with the address after it: with the house's number, it says where the person lives.
    ("Rowan House Care Centre, room 14, 21 Station Road", "[ADDRESS], [ADDRESS]"),
  ])
  func findsThem(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    "Hirschsprung's as child; von Hippel-Lindau; Teenage and Young Adult team", "Oncology, A ward", "thanks, MDT",
    "seen at the Royal Marsden Care Centre",
  ])
  func keepsWhatOnlyLooksLikeThem(note: String) {
    #expect(scrubber.scrub(note) == note)
  }
}
