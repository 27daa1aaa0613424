import Testing

@testable import Anonymiser

/// Addresses without a house number, with the street and the house's name
/// together, with flats and floors, and in Welsh, Gaelic and other languages.
@Suite struct ScrubAddressTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("Flat 3/2, 40 Byres Road, Glasgow", "[ADDRESS], [ADDRESS], Glasgow"),
    ("Block D, Flat 12, Shore Estate", "[ADDRESS], [ADDRESS], [ADDRESS]"),
    ("No. 7 The Paddocks, Long Lane", "[ADDRESS] [ADDRESS], [ADDRESS]"),
    ("Room 2, 1st floor, 9 Frith Street", "[ADDRESS], [ADDRESS], [ADDRESS]"),
    ("basement flat, 22 Elm Road", "[ADDRESS], [ADDRESS]"),
  ])
  func findsFlatsFloorsAndBlocks(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    ("new address Holly Cottage, Mill Street, Olney", "new address [ADDRESS], [ADDRESS], Olney"),
    ("moved to Flat 2, Kestrel Court, Park Road", "moved to [ADDRESS], [ADDRESS], [ADDRESS]"),
    ("send it to The Old Forge, Church Lane", "send it to [ADDRESS], [ADDRESS]"),
    ("The Willows, 14 Hill Rise, Bude", "[ADDRESS], [ADDRESS], Bude"),
    ("lives Heathcote Walk, Crawley", "lives [ADDRESS], Crawley"),
  ])
  func findsAHousesNameBesideItsStreet(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    ("lives Heol y Felin, Treorchy", "lives [ADDRESS], Treorchy"),
    ("address: 6 Ffordd y Môr, Nefyn", "address: [ADDRESS], Nefyn"),
    ("Stryd y Castell, Conwy", "[ADDRESS], Conwy"),
    ("Rathad na Traighe, Uig", "[ADDRESS], Uig"),
    ("14 Sràid a' Chaisteil, Portree", "[ADDRESS], Portree"),
    ("Bóthar an Chalaidh, Dingle", "[ADDRESS], Dingle"),
    ("Rua do Carmo 21, Lisboa", "[ADDRESS], Lisboa"),
    ("Calle de la Paz 3, Sevilla", "[ADDRESS], Sevilla"),
    ("Taigh na Creige, Skye", "[ADDRESS], Skye"),
    ("Pen y Graig, Llanrug", "[ADDRESS], Llanrug"),
  ])
  func findsStreetsAndHousesInWelshGaelicAndOtherLanguages(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    ("flat 5 rowan court station road sk4 2ab", "[ADDRESS] [ADDRESS] [POSTCODE]"),
    ("letters c/o 3 Mount Ephraim, Tunbridge", "letters [ADDRESS], Tunbridge"),
    ("lives 3 Ty'n y Coed, LL61 5UJ", "lives [ADDRESS], [POSTCODE]"),
    ("deliver to the annexe at Hill Farm, Moor Lane", "deliver to [ADDRESS], [ADDRESS]"),
  ])
  func findsAddressesInLowerCaseAndOnDelivery(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    "seen at the Royal Albert Hall in March",
    "Hosp No. 340 452",
    "on the 3rd floor of the hospital",
    "Tan Wei Ming rang",
    "block 2 of chemotherapy",
  ])
  func leavesWhatIsNoAddress(note: String) {
    #expect(!scrubber.findings(in: note).contains { $0.kind == .address }, "\(scrubber.scrub(note))")
  }
}

/// Addresses that are a post office box, or open with a numbered bed, bay or
/// berth before the place that holds it, or name a house before its town.
@Suite struct ScrubAddressPlaceTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("send to PO Box 4471, Sheffield", "send to [ADDRESS], Sheffield"),
    ("post to P.O. Box 212, Hexham", "post to [ADDRESS], Hexham"),
    ("letters via po box 19 only", "letters via [ADDRESS] only"),
  ])
  func findsAPostOfficeBox(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    ("Bed 6, St Mungo's Hostel, 70 Marlborough Parade", "[ADDRESS], [ADDRESS]"),
    ("Mobile Home 8, Riverside Park, Ferry Lane", "[ADDRESS], [ADDRESS]"),
    ("Lower Ground Floor, 44 Tressillian Road", "[ADDRESS], [ADDRESS]"),
  ])
  func findsANumberedPlaceBeforeItsAddress(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    ("pt now in Oakwood Grange Care Home, 88 Station Road", "pt now in [ADDRESS], [ADDRESS]"),
    ("dad's in Meadowbank Nursing Home, send letters there", "dad's in [ADDRESS], send letters there"),
    ("address: 27, Acre Lane, Brixton", "address: [ADDRESS], Brixton"),
    ("Number 9, The Crescent, Hove BN3 1PQ", "[ADDRESS], Hove [POSTCODE]"),
  ])
  func findsCareHomesAndNumbersBeforeAComma(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test func findsAHousesNameBeforeItsTownAndPostcode() {
    #expect(scrubber.scrub("The Old Vicarage Ipswich OX3 5NH") == "[ADDRESS] Ipswich [POSTCODE]")
  }

  @Test(arguments: ["bed 6 on the ward, bay 4", "in Bay 3, by the window", "a PO box is fine", "Home 2, Away 1"])
  func leavesAWardsBedsAndBaysAlone(note: String) {
    #expect(scrubber.scrub(note) == note)
  }
}

/// Homes that are a boat or a prison, and the surgery before a practice's address.
@Suite struct ScrubUnusualHomeTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("lives on a narrowboat: nb \"Kingfisher\", Mooring 14, Paddington Basin - post c/o sister", "lives on a narrowboat: [ADDRESS] - post c/o sister"),
    ("NB Kingfisher, visitor mooring 14, Cowley Lock towpath, Uxbridge", "[ADDRESS], Uxbridge"),
    ("HMP Wandsworth? - no, released", "[ADDRESS]? - no, released"),
    ("GP at Elmwood Surgery, 2 High Street, Pinner", "GP at [ADDRESS], Pinner"),
  ])
  func findsABoatAPrisonOrASurgery(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    ("postcode SW3 4PQ, house number 22", "postcode [POSTCODE], [ADDRESS]"),
    ("pt's house no. 42", "pt's [ADDRESS]"),
    ("34 Pen y Bryn, Wrexham", "[ADDRESS], Wrexham"),
  ])
  func findsAHouseByItsNumberOrName(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: ["NB the MDT is Tues", "the boat was late", "the GP Surgery, on the high street", "house number unknown"])
  func leavesNotesThatOnlyMentionThem(note: String) {
    #expect(scrubber.scrub(note) == note)
  }
}

/// Streets named after a dwelling's word, and a Glasgow flat's side.
@Suite struct ScrubStreetWordTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("Hillview, 2 Croft Road, Gairloch IV21 2BZ", "[ADDRESS], [ADDRESS], Gairloch [POSTCODE]"),
    ("Flat 2/L, 144 Dumbarton Road, Partick", "[ADDRESS], [ADDRESS], Partick"),
    ("Lincoln (1st name) from Lincoln", "[NAME] (1st name) from Lincoln"),
    ("pt's wife Chioma", "pt's wife [NAME]"),
  ])
  func findsThem(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }
}

/// A house named only by itself opening a note that gives a postcode.
@Suite struct ScrubHouseNameAloneTests {
  let scrubber = Scrubber()

  @Test func findsTheHouse() {
    #expect(scrubber.scrub("The Willows, no street, village CB22 5NJ") == "[ADDRESS], no street, village [POSTCODE]")
  }

  @Test(arguments: [("The Christie, then RNOH, SW3 6JJ", "The Christie, then RNOH, [POSTCODE]"), ("The MDT, on Tues", "The MDT, on Tues")])
  func leavesInstitutionsAndNotesWithNoPostcode(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }
}

/// What opens an address and says little alone: a floor, a dwelling's word,
/// a number in words, "No. 3,", a house's name.
@Suite struct ScrubAddressOpeningTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("Lower Ground Flat, 3 Elgin Crescent", "[ADDRESS], [ADDRESS]"),
    ("Cottage 2, Home Farm Estate, TN27 0ZY", "[ADDRESS], [POSTCODE]"),
    ("lives on a boat - berth 22, Limehouse Basin, E14 8EG", "lives on a boat - [ADDRESS], [POSTCODE]"),
    ("her address is eleven Priory Gardens, Reading RG1 7ZQ", "her address is [ADDRESS], Reading [POSTCODE]"),
    ("No. 3, The Crescent, Bath BA1 2ZX", "[ADDRESS], Bath [POSTCODE]"),
    ("Willow Bank, 118 London Road, St Albans AL1 1NG", "[ADDRESS], St Albans [POSTCODE]"),
  ])
  func takesItIn(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [("Royal Free, 12 High St", "Royal Free, [ADDRESS]"), ("seen in 2 weeks, 12 High St", "seen in 2 weeks, [ADDRESS]")])
  func leavesInstitutionsAndWhatIsNoHouse(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }
}

/// Addresses told by a house number alone, a month's street, "The" and a name,
/// a caravan site, and a practice named after its street.
@Suite struct ScrubMoreAddressTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("pt lives at no 6, next to the post office, IP13 0JX", "pt lives at [ADDRESS], next to the post office, [POSTCODE]"),
    ("no. 8, postcode CV4 7AL", "[ADDRESS], postcode [POSTCODE]"),
    ("basement flat 4 Tavistock Place, WC1H", "[ADDRESS] [ADDRESS], [POSTCODE]"),
    ("addr: number 6, Priory Walk, AL1 9WX", "addr: [ADDRESS], [POSTCODE]"),
    ("4 May Terrace, Plymouth PL4 9WU", "[ADDRESS], Plymouth [POSTCODE]"),
    ("now Flat 1, 6 The Ridgeway, Enfield EN2 8PD", "now [ADDRESS], [ADDRESS], Enfield [POSTCODE]"),
    ("Caravan 7, Meadow View Site, Ash Road, CT13 9QW", "[ADDRESS], [ADDRESS], [ADDRESS], [POSTCODE]"),
    ("re Park Lane Surgery, 3 Park Lane, Leeds LS1 1AA", "re [ADDRESS], Leeds [POSTCODE]"),
  ])
  func findsTheAddress(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: ["no 6, 8 and 9 all ok", "seen 4 May in clinic", "at the Sutton Site today"])
  func leavesWhatIsNoAddress(note: String) {
    #expect(!scrubber.findings(in: note).contains { $0.kind == .address }, "\(scrubber.scrub(note))")
  }
}

/// Postcodes typed with a dash or a full stop; saints' nursing homes.
@Suite struct ScrubPostcodeAndHomeTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("CR0-4TB (dash, as on her form)", "[POSTCODE] (dash, as on her form)"),
    ("KT12.5QF", "[POSTCODE]"),
    ("pt now at St Joseph's Nursing Home, Penzance TR18 4NQ", "pt now at [ADDRESS], Penzance [POSTCODE]"),
  ])
  func findsIt(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: ["C3-4th cycles", "St Christopher's Hospice rang"])
  func leavesWhatIsNeither(note: String) {
    #expect(scrubber.scrub(note) == note)
  }
}

/// House numbers said in words, "no." in lower case, short street and flat
/// words, houses named for what they were, a day centre before its address.
@Suite struct ScrubAddressInWordsTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("twenty-seven Holly Avenue, spelled out", "[ADDRESS], spelled out"),
    ("address \"number twelve, Sycamore Drive\" - SN3 4WW", "address \"[ADDRESS]\" - [POSTCODE]"),
    ("no. 8, Lime Walk, OX3 7AD", "[ADDRESS], [POSTCODE]"),
    ("5 Orchard Rw (abbreviated)", "[ADDRESS] (abbreviated)"),
    ("lives in The Old School House, Ashwell", "lives in [ADDRESS], Ashwell"),
    ("address: The Haven Centre, 2 Dock St, HU1 3AA", "address: [ADDRESS], [POSTCODE]"),
  ])
  func findsTheAddress(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: ["The old days", "one in three of them"])
  func leavesWhatIsNoAddress(note: String) {
    #expect(scrubber.scrub(note) == note)
  }
}

/// A care home named in lower case, the forces' post office, and addresses
/// typed in lower case before a postcode.
@Suite struct ScrubCareHomeAndForcesPostTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("she's in Laurel Lodge nursing home in Bexhill", "she's in [ADDRESS] in Bexhill"),
    ("post via BFPO 25, not medical", "post via [ADDRESS], not medical"),
    // Typed in lower case, before places and a postcode.
    ("11 heol isaf, radyr cf15 8dy.", "[ADDRESS], radyr [POSTCODE]."),
    ("bex: no. 3 heol llanishen fach, rhiwbina, cardiff cf14 6lr", "[NAME]: [ADDRESS], rhiwbina, cardiff [POSTCODE]"),
    ("the old rectory, church lane, little snoring, norfolk nr21 0hx", "[ADDRESS], [ADDRESS], little snoring, norfolk [POSTCODE]"),
    // An outward code alone after an address; a postcode typed with a space between its parts.
    ("Flat B, 9 Ravenscourt Gardens, W6 - pt", "[ADDRESS], [ADDRESS], [POSTCODE] - pt"),
    ("B 15 2 TT spaced oddly on form", "[POSTCODE] spaced oddly on form"),
  ])
  func findsTheAddress(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    "Peggy Ward's care home changed", "Local care home rang", "mum in a nursing home now", "seen 3 times, ok, leeds LS1 4AB",
    "has 2 kids, lives in leeds LS1 4AB",
  ])
  func leavesIt(note: String) {
    #expect(!scrubber.findings(in: note).contains { $0.kind == .address }, "\(scrubber.scrub(note))")
  }

  @Test(arguments: ["cycle B 12 3 IV", "plan A 2 3 OK", "room 4, B2 ward"])
  func findsNoPostcodeIn(note: String) {
    #expect(!scrubber.findings(in: note).contains { $0.kind == .postcode }, "\(scrubber.scrub(note))")
  }
}

/// A house's name opening the note before a comma, where the note gives a
/// postcode, even when no town and postcode follow straight after it.
@Suite struct ScrubHouseNameOpeningTheNoteTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("Dalmore Croft, by Alness, Ross-shire IV17 0UY", "[ADDRESS], by [NAME], [NAME] [POSTCODE]"),
    ("Keeper's Cottage, Balmoral Estate? near Ballater AB35 5TB", "[ADDRESS], [ADDRESS]? near Ballater [POSTCODE]"),
    ("Fisher's Croft, Eyre Lane, Hathersage S32 1DF", "[ADDRESS], [ADDRESS], Hathersage [POSTCODE]"),
    ("Croft Road, Leeds LS1 1AA", "[ADDRESS], Leeds [POSTCODE]"),
  ])
  func findsTheAddress(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: ["pt lives in a croft, LS1 1AA", "Croft, then MDT. LS1 1AA", "the farm, LS1 1AA"])
  func leavesIt(note: String) {
    #expect(!scrubber.findings(in: note).contains { $0.kind == .address }, "\(scrubber.scrub(note))")
  }
}

/// An address typed in lower case with no comma before the town and postcode.
@Suite struct ScrubLowerCaseAddressTests {
  let scrubber = Scrubber()

  @Test(arguments: [
    ("5 heol y felin cardiff cf14 7tq", "[ADDRESS] cardiff [POSTCODE]"),
    ("88 station rd birmingham b23 7tx", "[ADDRESS] birmingham [POSTCODE]"),
    ("3 mill cottages gu5 0ph", "[ADDRESS] [POSTCODE]"),
    ("rose cottage nr hexham ne46 3qz no house no", "[ADDRESS] nr hexham [POSTCODE] no house no"),
    ("pt lives at 12 acacia avenue leeds ls1 1aa", "pt lives at [ADDRESS] leeds [POSTCODE]"),
    // Fields pasted from a form, the town typed on to the street.
    ("pts daughter at 45b kings roadlondon sw35ug", "pts daughter at [ADDRESS] [POSTCODE]"),
    ("flat 2/1, 19 dumbarton rdglasgow g11 6pa", "[ADDRESS], [ADDRESS] [POSTCODE]"),
    // After the name, a numbered street, a comma, perhaps the town, then the postcode.
    ("carys evans 2 ffordd yr orsaf, caernarfon ll55 2ta", "[NAME] [ADDRESS], caernarfon [POSTCODE]"),
    ("chidi okafor 88 peckham rye, se15 4jr", "[NAME] [ADDRESS], [POSTCODE]"),
    // A flat's or a room's number and a comma before the house's.
    ("wong mei ling flat b, 23 gerrard st, soho, w1d 6jt", "[NAME] [ADDRESS], soho, [POSTCODE]"),
    ("address 7 heol y frenhines, caerfyrddin sa31 1zz", "address [ADDRESS], caerfyrddin [POSTCODE]"),
    ("lowri hughes 11 rhodfa'r môr, aberystwyth sy23 2ax", "[NAME] [ADDRESS], aberystwyth [POSTCODE]"),
    // A Welsh or Gaelic street in lower case after a house's number: one word, more only before a comma.
    ("9 stryd fawr caernarfon ll55 1rn", "[ADDRESS] caernarfon [POSTCODE]"),
    ("isla 7 rathad na h-aibhne, inverness iv2 3pw", "[NAME] [ADDRESS], inverness [POSTCODE]"),
    ("pt address: 11 lon y parc, caernarfon", "pt address: [ADDRESS], caernarfon"),
    // A phone number's last group is no house's number before a place.
    ("menachem 020 7946 0419 stamford hill, not on shabbat", "[NAME] [PHONE] stamford hill, not on shabbat"),
  ])
  func findsTheAddress(note: String, expected: String) {
    #expect(scrubber.scrub(note) == expected)
  }

  @Test(arguments: [
    "seen 3 times in leeds ls1 1aa", "saw 2 doctors at the clinic ls1 4ab", "2 scans booked leeds ls1 4ab",
    "delayed by 2 big roadworks", "3 main roadblocks on the way", "took 2 tablets, leeds ls1 4ab", "in 2 weeks time, leeds ls1 4ab",
    "seen in room 4, 17 of us there", "sent 2 via email", "dob 1/7/1989 via caseworker",
  ])
  func leavesIt(note: String) {
    #expect(!scrubber.findings(in: note).contains { $0.kind == .address }, "\(scrubber.scrub(note))")
  }
}
