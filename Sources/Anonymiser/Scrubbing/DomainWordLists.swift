// The words of the sarcoma world that look like personal data: conditions and
// syndromes named after people, hospitals and charities named after people
// or places, and the registers clinical trials are filed in. Written for this
// project; every list is lower case, with diacritics written plainly ("berard"
// for "Bérard"), as the scrubber reads words.

extension WordLists {
  /// Single words of eponymous conditions, syndromes, hospitals, centres,
  /// charities and tools: never a person's name on their own. Names that are
  /// common surnames too ("anderson", "werner", "gardner") are instead kept by
  /// the noun after them ("syndrome", "disease") or in `protectedPhrases`.
  static let eponyms = """
    paget paget's ollier maffucci li-fraumeni fraumeni recklinghausen gorlin gorlin-goltz langerhans
    kaposi kaposi's askin carney stewart-treves beckwith-wiedemann wiedemann rothmund-thomson costello
    noonan mazabraud mccune-albright gorham gorham-stout klippel-trenaunay trenaunay castleman
    rosai-dorfman erdheim-chester birt-hogg-dube proteus dupuytren dupuytren's ledderhose peyronie
    kasabach-merritt mohs ewing-like codman codman's enneking enneking's kaplan-meier fnclcc
    sarculator recist tnm who-grade karnofsky
    hodgkin's crohn's raynaud's cushing's parkinson's alzheimer's addison's huntington's hashimoto's
    sjogren's tourette's asperger's trendelenburg trendelenburg's port-a-cath euramos hirschsprung's
    hippel-lindau zoladex darier darier-roussy trojani ehlers-danlos tru-cut cyberknife scarpa's achilles lisfranc kocher pfannenstiel whipple whipple's trousseau trousseau's
    wellcome seacole wilms wilms' paget-schroetter huvos marjolin marjolin's irte irtem
    addenbrooke addenbrooke's addenbrookes guy's christie christie's maggie's maggies
    papworth wythenshawe velindre clatterbridge beatson ninewells raigmore derriford treliske musgrove
    southmead frenchay gartnavel aintree broomfield basingstoke harefield brompton homerton lister
    frimley hinchingbrooke stoke-mandeville rizzoli roussy gustave-roussy curie berard leon-berard
    kettering sloan-kettering dana-farber mayo charite karolinska evelina wiltshaw
    histio shine trekstock tenovus brohn penny-brohn candlelighters macarthur
    """

  /// Nouns after which a capitalised word names a condition, not a person:
  /// "Ollier disease", "Werner syndrome", "Paget's sarcoma".
  static let eponymNouns = """
    syndrome syndromes disease diseases sarcoma sarcomas tumour tumours tumor tumors lesion lesions
    disorder anomaly malformation triad nomogram classification staging criteria procedure operation
    technique sign fracture cyst cysts nodule nodules granuloma histiocytosis family-like like type
    lymphoma lymphomas haemangioendothelioma hemangioendothelioma phenomenon score scale
    neuroma rosettes palsy gait
    """

  /// Words that end the name of a hospital, centre, charity or service: the
  /// capitalised words before one name the institution, not a person
  /// ("Ocular Oncology Service", "Belfast City Hospital", "Histio UK").
  static let institutionEnds = """
    hospital hospitals infirmary clinic clinics hospice centre center centres trust foundation charity
    institute unit service services society association network fund university college school
    uk programme alliance partnership
    """

  /// Words that open the name of a hospital or centre, with the capitalised
  /// words after them ("Institut Curie", "Centre Léon Bérard", "Royal Free",
  /// "Hôpital Necker", "Ospedale San Raffaele").
  static let institutionStarts = """
    royal institut institute centre center hopital hospital ospedale clinica clinique istituto
    fondazione fundacion klinik klinikum memorial ysbyty
    """

  /// The drugs' short forms that regimens are named by, run together with
  /// capitals ("GemDoc", "CarboTax", "DoxIfos"): parts of a domain word.
  static let regimenParts = """
    gem doc docet tax carbo cis dox ifos cyclo vin vino eto irino temo topo pac pazo trab
    """

  /// Registers of clinical trials, whose ids ("NCT04512375", "ISRCTN36453794",
  /// "EudraCT 2019-001234-56") say which trial, not who.
  static let registries = """
    nct isrctn actrn eudract euct eu-ct ctis iras cpms jrct chictr drks ntr umin ctri pactr
    """
}

/// Whether the capital letters of an all-caps word read as a chemotherapy
/// regimen made of its drugs' initials ("VIDE", "VAC", "MAP", "AIM", "IE"):
/// two to five letters, each the initial of a sarcoma drug (actinomycin,
/// cyclophosphamide or cisplatin, doxorubicin or docetaxel or dacarbazine,
/// etoposide, gemcitabine, ifosfamide or irinotecan, methotrexate or mesna,
/// cisplatin or paclitaxel, topotecan or temozolomide or trabectedin,
/// vincristine).
func isRegimenAcronym(_ letters: some Collection<UInt8>) -> Bool {
  guard (2...5).contains(letters.count) else { return false }
  return letters.allSatisfy {
    switch $0 & ~0x20 {
    case UInt8(ascii: "A"), UInt8(ascii: "C"), UInt8(ascii: "D"), UInt8(ascii: "E"), UInt8(ascii: "G"), UInt8(ascii: "I"),
      UInt8(ascii: "M"), UInt8(ascii: "P"), UInt8(ascii: "T"), UInt8(ascii: "V"):
      return true
    default:
      return false
    }
  }
}
