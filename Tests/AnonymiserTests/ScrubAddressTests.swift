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
