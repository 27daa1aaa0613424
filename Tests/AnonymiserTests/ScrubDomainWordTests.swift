import Testing

@testable import Anonymiser

/// The domain's own words stay: eponymous conditions, hospitals and
/// charities, trial registry ids and regimens.
@Suite struct ScrubDomainWordTests {
  let scrubber = Scrubber()

  @Test func keepsEveryEponymInTheList() {
    let words = WordLists.eponyms.split(whereSeparator: { $0 == " " || $0 == "\n" })
    #expect(words.count > 50)
    for word in words {
      let note = "asked about \(word.prefix(1).uppercased() + word.dropFirst()) today"
      #expect(scrubber.findings(in: note).isEmpty, "\(note)")
    }
  }

  @Test(arguments: [
    "Ollier disease since childhood", "has Gorlin syndrome", "Paget's disease of bone, now Paget's sarcoma",
    "Li-Fraumeni syndrome (TP53)", "NF1 (von Recklinghausen disease)", "Werner syndrome and Gardner syndrome",
    "Langerhans cell histiocytosis", "Maffucci syndrome - hands", "a Stewart-Treves angiosarcoma",
    "Kaposi sarcoma, Ewing-like sarcoma", "Carney triad and Codman's triangle",
  ])
  func keepsConditionsNamedAfterPeople(note: String) {
    #expect(scrubber.scrub(note) == note)
  }

  @Test(arguments: [
    "treated at Addenbrooke's, then Guy's", "Maggie's centre at the Christie", "Papworth cardiothoracic team",
    "records from MD Anderson", "Institut Curie sent records", "Royal Infirmary of Edinburgh",
    "Centre Léon Bérard in Lyon", "Ocular Oncology Service", "redirected to Histio UK",
    "University Hospital of Wales", "Queen Elizabeth Hospital Birmingham",
  ])
  func keepsHospitalsCentresAndCharities(note: String) {
    #expect(scrubber.scrub(note) == note)
  }

  @Test func aPersonWithAnEponymsNameIsStillAPerson() {
    #expect(scrubber.scrub("Mr Paget has Paget's disease of bone") == "Mr [NAME] has Paget's disease of bone")
    #expect(scrubber.scrub("her father Guy Marchal, at Guy's") == "her father [NAME], at Guy's")
    #expect(scrubber.scrub("Maggie Oduya rang from Maggie's") == "[NAME] rang from Maggie's")
  }

  @Test(arguments: [
    "trial NCT04512375 not recruiting", "ISRCTN36453794 - pt asked", "EudraCT 2019-001234-56 on the form",
    "NCT 01234567 and ISRCTN 12345678", "EudraCT no. 2016-004511-22", "IRAS 123456",
  ])
  func keepsClinicalTrialRegistryIds(note: String) {
    #expect(scrubber.scrub(note) == note)
  }

  @Test func stillRemovesARecordNumberThatIsNoRegistryId() {
    #expect(scrubber.scrub("MRN 04512375, NCT04512375") == "MRN [RECORD-NUMBER], NCT04512375")
  }

  @Test(arguments: ["VIDE", "VAC", "VAI", "IE", "MAP", "AIM", "VDC", "TVI"])
  func readsDrugInitialsAsARegimen(letters: String) {
    #expect(isRegimenAcronym(Array(letters.utf8)))
  }

  @Test(arguments: ["JOHN", "KAREN", "SMITH", "NHS", "A", "VIDEOS"])
  func readsOtherCapitalsAsNoRegimen(letters: String) {
    #expect(!isRegimenAcronym(Array(letters.utf8)))
  }

  @Test(arguments: ["VIDE x6 then VAI", "VDC/IE regimen", "AIM chemo, MAP before", "VIDE VAI VAC IE"])
  func keepsRegimens(note: String) {
    #expect(scrubber.scrub(note) == note)
  }

  @Test(arguments: [
    "Brazilian, speaks Portuguese", "Cypriot, lives in Larnaca", "Somali interpreter booked",
    "Farsi and Tigrinya speakers",
  ])
  func keepsPeoplesAndLanguages(note: String) {
    #expect(scrubber.scrub(note) == note)
  }
}

/// Brands beside their generic names, trials and regimens written with
/// capitals inside them, and institutions named after people.
@Suite struct ScrubBrandAndTrialTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    "asks about nirogacestat / Ogsiveo", "Fyarro (nab-sirolimus) not available UK", "trabectedin or Yondelis",
    "FaR-RMS trial, IVADo arm", "GeDDiS result read online", "Karnofsky 70, ECOG 2",
    "Sue Ryder hospice referral discussed", "private: Sarah Cannon / HCA, Princess Grace, Spire",
    "letter from Gustave Roussy", "now called Ewing sarcoma of chest wall",
  ])
  func keepsBrandsTrialsAndInstitutions(note: String) {
    #expect(scrubber.scrub(note) == note)
  }

  @Test(arguments: [
    ("McAllister-Smith rang", "[NAME] rang"),
    ("Paget, Helen - pt - dx MPNST", "[NAME] - pt - dx MPNST"),
    ("COSTELLO, Bríd ; HEGARTY, Colm", "[NAME] ; [NAME]"),
    ("CNS Chan Jun to cb", "CNS [NAME] to cb"),
  ])
  func stillFindsNamesThatLookLikeThem(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    ("UCLH, Sarah ; RNOH, Tom", "UCLH, [NAME] ; RNOH, [NAME]"),
    ("seen Jun 2024 by Dr Lee", "seen [DATE] by Dr [NAME]"),
  ])
  func keepsAcronymsAndMonthsBesideNames(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }
}

/// Supportive-care brands, operations and signs named after people, and wards
/// and funders named after people, kept.
@Suite struct ScrubMoreDomainWordTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    "Denosumab for GCTB, on Xgeva", "Kocher incision? - pt confused", "Pfannenstiel scar, pt worried",
    "Trousseau sign? no - a DVT, on Clexane", "Whipple's op 2019, now liposarcoma", "Wellcome trust-funded study",
    "Toronto protocol discussed", "Lisfranc? no - ankle mass", "on Mary Seacole ward at the Whittington",
  ])
  func keepsThem(note: String) {
    #expect(scrubber.scrub(note) == note)
  }
}

/// Anatomy, devices and gradings named after people, and hospitals named after royals.
@Suite struct ScrubNamedAnatomyTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    "Achilles tendon involvement", "Scarpa's fascia in op note", "Hunter's canal - near femoral vessels", "Tru-Cut biopsy locally",
    "Gamma Knife? for lung mets", "CyberKnife - private offer", "Ehlers-Danlos unrelated", "King Edward VII's Hospital - private",
  ])
  func keepsThem(note: String) {
    #expect(scrubber.scrub(note) == note)
  }
}

/// A EudraCT number by its shape, its label further off; a tumour, a syndrome, a
/// children's hospital and a ward named after people.
@Suite struct ScrubEudraCTAndWardTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    "EudraCT number given as 2019-001234-56 on the sheet", "trial 2019-001234-56", "Wilms and Ewing's mixed up by caller",
    "Paget-Schroetter mentioned by caller", "Evelina children's hospital mentioned", "Wiltshaw ward at the Marsden",
  ])
  func keepsThem(note: String) {
    #expect(scrubber.scrub(note) == note)
  }

  @Test func stillRemovesANumberJoinedToMore() {
    #expect(scrubber.scrub("nhs 2019-001234-56-77") != "nhs 2019-001234-56-77")
  }
}

/// Wards and wings named after people, places and things, and the domain's
/// short forms in capitals, stay; a person called Ward, Wing or Sho is still one.
@Suite struct ScrubWardNameAndShortFormTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    "Wilson ward at the Royal Marsden Sutton", "Stanmore - Jackson Burrows ward at RNOH?", "Bud Flanagan wing? pt asked",
    "pt on Jubilee Ward? caller unsure", "ward Champneys? can u call me", "he's now in the Hunter Wing at St George's",
    "VAI after VIDE, pt confused", "Gardner syndrome (FAP) - desmoid", "70 Gy(RBE) in 35#",
    "managed by HIV/derm teams", "Scans on CD posted", "left msg for SpR", "seen 1710 hrs by SHO", "email the consultant's PA",
    "wants to know about Busulfan-Melphalan HDT", "Huvos grade IV response", "Marjolin's ulcer - query only",
    "VAC then IrTe (irinotecan/temozolomide)", "asked about Mummy's Star", "off-label? IFR",
  ])
  func keepsThem(note: String) {
    #expect(!scrubber.findings(in: note).contains { $0.kind == .name }, "\(scrubber.scrub(note))")
  }

  @Test(arguments: [
    ("Emma Ward rang", "[NAME] rang"),
    ("From: Philippa Ward <philippa.ward@example.org>", "From: [NAME] <[EMAIL]>"),
    ("Mr Wilson ward round today", "Mr [NAME] ward round today"),
    ("Cheung Wing Sze, Lam Kwok Keung", "[NAME], [NAME]"),
    ("HK family: Lam Chi Wing, Ng Wai Kit", "HK family: [NAME], [NAME]"),
    ("Inoue Takeshi, son Sho", "[NAME], son [NAME]"),
  ])
  func stillFindsThePerson(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }
}

@Suite struct ScrubHospitalNamedAfterSomeoneTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    "pt at Gilbert Bain Hospital in Lerwick", "George Eliot Hospital, Nuneaton", "Rosemere Cancer Foundation paid",
    "Musgrave Park Hospital (Belfast)", "Balfour Hospital, Kirkwall", "St Julia's Hospice, Hayle", "Ysbyty Gwynedd, Bangor",
  ])
  func keepsTheHospitalAndItsTown(note: String) {
    #expect(scrubber.scrub(note) == note)
  }

  @Test(arguments: [
    ("Dr Rahman Sarcoma Unit", "Dr [NAME] Sarcoma Unit"),
    ("Royal Marsden Hospital, Sarah rang", "Royal Marsden Hospital, [NAME] rang"),
    ("seen at Guy's Hospital, Kemi (dtr) rang", "seen at Guy's Hospital, [NAME] (dtr) rang"),
  ])
  func stillFindsThePeopleBesideIt(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }
}
