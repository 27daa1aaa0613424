import PolicyEngine
import Anonymiser

/// Writes realistic support-line notes, each with its identifiers marked, and
/// notes that hold no personal data but are dense with domain words.
///
/// Its word lists were written apart from the scrubber's: many of its names,
/// streets and towns are not in the scrubber's lists at all.
struct ScrubNoteGenerator {
  var rng: SeededRandom

  init(seed: UInt64) { rng = SeededRandom(seed: seed) }

  // MARK: Vocabulary

  static let firstNames = """
    Oliver Amelia George Isla Harry Ava Noah Mia Jack Ivy Leo Freya Arthur Lily Muhammad Florence Oscar Grace \
    Charlie Sophia Jacob Evie Thomas Poppy Henry Ella Alfie Rosie Margaret Susan Linda Patricia Barbara Jean \
    Christine Janet Carol Brenda Sandra Pauline Maureen Valerie Gillian Wendy Kevin Gary Paul Stephen Andrew Mark \
    Ian Keith Graham Colin Trevor Nigel Derek Clive Priya Anjali Sunil Rakesh Harjit Balvinder Nkechi Chiamaka \
    Oluwaseun Kwabena Efua Yaw Tomasz Katarzyna Bartosz Zofia Dorota Aoife Niamh Ciaran Padraig Siobhan Gethin \
    Rhiannon Bethan Iolo Eilidh Hamish Morag Fraser Lachlan Ruaridh Dev Ishaan Kavya Meera Sanjeev Farhana Nasreen \
    Tariq Imran Bilal Yusuf Ayesha Khadija Maryam Hamza Mustafa Rhys Cerys Owain Tegwen Caitlin Shauna Declan \
    Keira Jordan Tyler Kayden Brooklyn Ellis Ezra Elodie Beatrix Wilfred Reginald Mabel Ethel Dorothy Cyril \
    Hilda Lionel Winston Desmond Delroy Marcia Beverley Precious Blessing Chidera Adaeze Femi Tunde Yemi Bukola \
    Lukas Jonas Andreea Ionut Mihai Giorgos Eleni Stavros Luca Giulia Matteo Sofia Rui Ines Joao Aarav Zain Rosa \
    Will Bill Dawn June April Hope Faith Rose Robin Pat Sue Frank Ray Jay Bob Don Max Summer Holly Amber Ruby
    """.split(separator: " ").map(String.init)

  static let surnames = """
    Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts \
    Green Hall Wood Jackson Clarke Patel Khan Ahmed Hussain Begum Singh Kaur Sharma Chaudhry Iqbal Okafor Adeyemi \
    Okonkwo Mensah Asante Boateng Nwachukwu Ogunbanjo Adebisi Oyelowo Kowalski Nowak Wojcik Lewandowska \
    Zielinska Murphy O'Sullivan O'Neill McCarthy Doyle Kavanagh Nolan MacLeod MacKenzie Fraser Sinclair \
    Mackintosh Cruickshank Llewellyn Pritchard Vaughan Bevan Prosser Gwilliam Whitfield Gibbons Hargreaves \
    Ackroyd Butterworth Greenhalgh Ramsbottom Sowerby Entwistle Pemberton Fairclough Postlethwaite Higginbottom \
    Nguyen Tran Chen Wong Zhang Lim Tan Kim Park Yilmaz Demir Kaya Papadopoulos Georgiou Rossi Bianchi Silva \
    Santos Ferreira Garcia Lopez Popescu Ionescu Hassan Abdi Farah Warsame Mahmood Rashid Siddiqui Chowdhury \
    Rahman Uddin Miah Islam Ali Shah Bhatt Desai Joshi Mehta Pillai Nair Menon Reddy Rao Iyer Cooper Baker \
    Turner Hill Ward Moore King Bell Cook Young Stone Marsh Fox Hunt Lamb Swift Frost Booth Porter Ewing Marsden \
    Sutton Bolton Preston Lincoln Kendal Chester Mbappe-Tshibanda Smith-Jones Al-Sayed Ashworth-Clarke
    """.split(separator: " ").map(String.init)

  static let streets = """
    Acacia Station High Church Mill Victoria Albert Queens Kings Park Manor Grange Orchard Willow Beech Elm Oak \
    Chestnut Hawthorn Meadow Springfield Highfield Windsor Cavendish Grosvenor Belvedere Ashdown Coldharbour \
    Lavender Primrose Bluebell Foxglove Heathfield Woodland Riverside Canal Harbour Cliff Bridge Chapel Abbey \
    Priory Rectory Vicarage School Market Castle Tower Green London Fulham Euston Kingsway Marlborough Wellington \
    Nelson Trafalgar Balmoral Sandringham Clarence York Cambridge Gloucester Hereford Jubilee Coronation Ferndale \
    Glenfield Brookside Hillside Lakeside Parkside Westfield Northfield Southfield Eastfield Cheviot Pennine
    """.split(separator: " ").map(String.init)

  static let suffixes = [
    "Road", "Street", "Avenue", "Lane", "Drive", "Close", "Crescent", "Grove", "Gardens", "Terrace", "Way",
    "Mews", "Place", "Court", "Rise", "View", "Walk", "Rd", "St", "Ave",
  ]

  static let towns = """
    London Birmingham Manchester Leeds Sheffield Bristol Liverpool Newcastle Nottingham Leicester Oxford \
    Cambridge Southampton Plymouth Norwich Brighton Reading Luton Watford Croydon Bromley Harrow Ealing Stanmore \
    Sutton Chelsea Cardiff Swansea Glasgow Edinburgh Aberdeen Belfast Exeter York Hull Derby Coventry Ipswich \
    Kent Essex Surrey Devon Cornwall Yorkshire Lancashire Wales Scotland
    """.split(separator: " ").map(String.init)

  static let postcodeAreas = [
    "SW", "SE", "NW", "N", "E", "W", "EC", "WC", "B", "M", "LS", "S", "BS", "L", "NE", "NG", "LE", "OX", "CB",
    "SO", "PL", "NR", "BN", "RG", "LU", "WD", "CR", "BR", "HA", "UB", "SM", "CF", "SA", "G", "EH", "AB", "BT",
    "EX", "YO", "HU", "DE", "CV", "IP", "KT", "TW", "EN", "IG", "RM", "DA", "ME", "TN", "GU", "PO", "SN", "BA",
  ]

  static let relations = [
    "husband", "wife", "son", "daughter", "mum", "dad", "partner", "brother", "sister", "friend", "carer",
    "niece", "nephew", "mother", "father", "aunt", "uncle", "granddaughter", "grandson", "neighbour",
  ]

  static let clinicians = ["consultant", "CNS", "GP", "oncologist", "surgeon", "registrar", "nurse", "secretary"]

  static let centres = [
    "the Royal Marsden", "the Marsden", "UCLH", "RNOH", "RNOH Stanmore", "the London Sarcoma Service", "LSS",
    "the RMH", "UCLH and RNOH", "Stanmore", "the Christie", "Birmingham", "Oxford", "Leeds", "Manchester",
    "a centre in Bristol", "Newcastle", "Glasgow", "the Royal Marsden in Sutton", "the Marsden in Chelsea",
  ]

  static let conditions = [
    "GIST", "soft tissue sarcoma", "bone sarcoma", "Ewing sarcoma", "Ewing's sarcoma", "osteosarcoma",
    "leiomyosarcoma", "liposarcoma", "chondrosarcoma", "synovial sarcoma", "rhabdomyosarcoma", "angiosarcoma",
    "myxofibrosarcoma", "a desmoid tumour", "retroperitoneal sarcoma", "STS", "a sarcoma of the thigh",
    "metastatic GIST", "dedifferentiated liposarcoma", "Ewing",
  ]

  static let topics = [
    "a second opinion", "an MDT review", "the EORTC 1809 STRASS 2 trial", "the ICONIC study", "rEECur",
    "radiotherapy", "proton beam therapy", "chemotherapy", "imatinib", "pazopanib", "trabectedin",
    "doxorubicin and ifosfamide", "surgery", "limb salvage", "a biopsy", "scan results", "an MRI",
    "a CT scan", "a PET-CT", "follow-up", "the clinic letter", "standard management", "a clinical trial",
    "Sarcoma UK leaflets", "the Support Line", "travel costs", "a referral", "the treating team",
    "the clinical nurse specialist", "side effects", "fertility", "the named clinician", "benefits advice",
  ]

  static let durations = [
    "2 weeks", "3 months", "10 days", "6 weeks", "a year", "18 months", "4 cycles", "6 cycles", "50 mg",
    "400 mg", "800 mg daily", "12.5 mg", "60 Gy", "50.4 Gy", "25 fractions", "2-3 weeks", "48 hours",
    "every 3 months", "twice a day", "5 years",
  ]

  static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
  static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]
  static let shortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]

  static let emailDomains = [
    "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "btinternet.com", "icloud.com", "nhs.net",
    "live.co.uk", "sky.com", "example.org", "talktalk.net", "virginmedia.com",
  ]

  // MARK: Choosing

  mutating func pick<T>(_ items: [T]) -> T { items[Int(rng.next() % UInt64(items.count))] }
  mutating func chance(_ p: Double) -> Bool { Double(rng.next() % 10_000) < p * 10_000 }
  mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(rng.next() % UInt64(range.count)) }
  mutating func digits(_ n: Int) -> String { String((0..<n).map { _ in Character(String(int(0...9))) }) }

  /// Changes the case of `text` the way hurried typing does.
  mutating func recase(_ text: String) -> String {
    let r = int(0...19)
    if r < 3 { return text.lowercased() }
    if r == 3 { return text.uppercased() }
    return text
  }

  // MARK: Identifiers

  mutating func nhsNumber() -> String {
    var d = [int(4...7)] + (0..<8).map { _ in int(0...9) }
    let sum = d.enumerated().reduce(0) { $0 + $1.element * (10 - $1.offset) }
    var check = 11 - sum % 11
    if check == 11 { check = 0 }
    if check == 10 || chance(0.3) { check = int(0...9) }
    d.append(check)
    let s = d.map { "\($0)" }.joined()
    let chars = Array(s)
    func grouped(_ sizes: [Int], _ separator: String) -> String {
      var parts: [String] = []
      var k = 0
      for size in sizes {
        parts.append(String(chars[k..<(k + size)]))
        k += size
      }
      return parts.joined(separator: separator)
    }
    switch int(0...9) {
    case 0, 1, 2: return grouped([3, 3, 4], " ")
    case 3: return s
    case 4: return grouped([3, 3, 4], "-")
    case 5: return grouped([3, 3, 4], ".")
    case 6: return grouped([3, 4, 3], " ")
    case 7: return grouped([2, 2, 2, 2, 2], " ")
    case 8: return grouped([3, 3, 4], "  ")
    default: return grouped([5, 5], " ")
    }
  }

  mutating func phone() -> String {
    var number: String
    switch int(0...5) {
    case 0, 1:
      let rest = "7" + digits(3) + " " + digits(6)
      number = pick(["0" + rest, "0" + rest.replacingOccurrences(" ", "-"), "0" + rest.replacingOccurrences(" ", ""),
        "+44 " + rest, "+44 (0)" + rest, "0044 " + rest, "0" + "7" + digits(3) + " " + digits(3) + " " + digits(3)])
    case 2:
      let a = digits(4), b = digits(4)
      number = pick(["020 \(a) \(b)", "(020) \(a) \(b)", "020-\(a)-\(b)", "020\(a)\(b)", "+44 20 \(a) \(b)",
        "+44 (0)20 \(a) \(b)", "020.\(a).\(b)", "0207 \(digits(3)) \(b)"])
    case 3:
      let area = "01" + digits(3)
      number = pick(["\(area) \(digits(6))", "(\(area)) \(digits(6))", "\(area)-\(digits(3))-\(digits(3))",
        "\(area).\(digits(3)).\(digits(3))", "\(area)\(digits(6))"])
    case 4:
      let area = "01" + digits(1) + "1"
      number = pick(["\(area) \(digits(3)) \(digits(4))", "\(area)-\(digits(3))-\(digits(4))", "0800 \(digits(3)) \(digits(4))"])
    default:
      number = pick(["0" + "3" + digits(2) + " " + digits(3) + " " + digits(4), "+44 \(int(1...7))\(digits(3)) \(digits(6))"])
    }
    if chance(0.12) { number += pick([" ext 2231", " ext. 45", " x123", " extension 4410", " ext \(digits(4))"]) }
    return number
  }

  mutating func email(first: String, last: String) -> String {
    let f = first.lowercased().filter { $0.isLetter }
    let l = last.lowercased().filter { $0.isLetter }
    let domain = pick(Self.emailDomains)
    let local = pick(["\(f).\(l)", "\(f)\(l)", "\(f.prefix(1))\(l)", "\(f)_\(l)\(int(1...99))", "\(l)\(digits(2))", "\(f).\(l)\(int(50...99))"])
    if chance(0.25) {
      let spokenLocal = local.replacingOccurrences(".", " dot ")
      let spokenDomain = domain.replacingOccurrences(".", pick([" dot ", " [dot] ", " (dot) "]))
      return "\(spokenLocal) \(pick(["at", "(at)", "[at]", "AT"])) \(spokenDomain)"
    }
    return "\(local)@\(domain)"
  }

  mutating func postcode() -> String {
    let area = pick(Self.postcodeAreas)
    let letters = Array("ABDEFGHJLNPQRSTUWXYZ")
    var outward = area + String(int(1...20))
    if area.count == 1 && chance(0.2) { outward = area + String(int(1...9)) + String(pick(letters)) }
    let inward = String(int(0...9)) + String(pick(letters)) + String(pick(letters))
    let code = chance(0.75) ? "\(outward) \(inward)" : "\(outward)\(inward)"
    return chance(0.2) ? code.lowercased() : code
  }

  mutating func date() -> String {
    let d = int(1...28), m = int(1...12), y = int(1930...2024)
    let dd = d < 10 && chance(0.6) ? "0\(d)" : "\(d)"
    let mm = m < 10 && chance(0.6) ? "0\(m)" : "\(m)"
    let yy = String(y).suffix(2)
    let ordinal = "\(d)" + (d == 1 || d == 21 ? "st" : d == 2 || d == 22 ? "nd" : d == 3 || d == 23 ? "rd" : "th")
    let month = Self.months[m - 1]
    let short = Self.shortMonths[m - 1]
    switch int(0...13) {
    case 0: return "\(dd)/\(mm)/\(y)"
    case 1: return "\(d).\(m).\(yy)"
    case 2: return "\(dd)-\(mm)-\(y)"
    case 3: return "\(y)-\(mm.count == 1 ? "0" + mm : mm)-\(dd.count == 1 ? "0" + dd : dd)"
    case 4: return "\(d) \(month) \(y)"
    case 5: return "\(ordinal) \(short) \(yy)"
    case 6: return "\(month) \(d)"
    case 7: return "\(ordinal) of \(month)"
    case 8: return "\(month) \(ordinal), \(y)"
    case 9: return "\(dd)/\(mm)/\(yy)"
    case 10: return "\(d) \(short.lowercased()) \(y)"
    case 11: return "\(ordinal) \(month)"
    case 12: return "\(dd)/\(mm)"
    default: return "\(d)-\(short)-\(y)"
    }
  }

  mutating func address() -> String {
    let street = pick(Self.streets) + (chance(0.15) ? " " + pick(Self.streets) : "")
    var text = "\(int(1...240))\(chance(0.1) ? pick(["a", "b", "A", "B"]) : "") \(street) \(pick(Self.suffixes))"
    if chance(0.25) { text = text.lowercased() }
    return text
  }

  mutating func record() -> (cue: String, value: String) {
    switch int(0...7) {
    case 0: return ("MRN", digits(8))
    case 1: return ("hosp no", digits(int(6...9)))
    case 2: return ("hospital number", pick(["RM", "K", "A", "U", "RNOH"]) + digits(int(5...8)))
    case 3: return ("ref", pick(["RM", "UC", "X", "H"]) + digits(6))
    case 4: return ("MRN:", "\(pick(["A", "B", "D", "M"]))\(digits(7))")
    case 5: return ("Hosp No.", digits(3) + " " + digits(3))
    case 6: return ("record", digits(7))
    default: return ("case", digits(6))
    }
  }

  // MARK: Notes

  /// One annotated note: a few clauses, each maybe holding identifiers.
  mutating func note() -> AnnotatedNote {
    var parts: [String] = []
    let count = int(1...4)
    for _ in 0..<count { parts.append(clause()) }
    var markup = ""
    for (k, part) in parts.enumerated() {
      if k > 0 { markup += pick([", ", "; ", ". ", " - ", " / ", ". ", ", ", " "]) }
      markup += part
    }
    if chance(0.3) { markup += pick([".", "", "!", " ?", "."]) }
    if chance(0.05) { markup = "  " + markup + "\t" }
    return AnnotatedNote(markup: markup)
  }

  mutating func mark(_ kind: IdentifierKind, _ text: String) -> String { "{\(kind.rawValue)|\(text)}" }

  /// A name, marked, in a random form; titles stay outside the mark.
  mutating func personName() -> String {
    let first = pick(Self.firstNames), last = pick(Self.surnames)
    switch int(0...9) {
    case 0, 1, 2: return mark(.name, recase("\(first) \(last)"))
    case 3: return pick(["Mr", "Mrs", "Ms", "Dr", "Miss", "Prof", "Mr.", "Dr."]) + " " + mark(.name, last)
    case 4: return pick(["Dr", "Mrs", "Mr"]) + " " + mark(.name, "\(first) \(last)")
    case 5: return mark(.name, recase(first))
    case 6: return mark(.name, "\(first.prefix(1)). \(last)")
    case 7: return pick(["dr", "mr", "mrs"]) + " " + mark(.name, last.lowercased())
    case 8: return mark(.name, "\(first) \(last)".uppercased())
    default: return mark(.name, first)
    }
  }

  mutating func clause() -> String {
    let first = pick(Self.firstNames), last = pick(Self.surnames)
    switch int(0...39) {
    case 0: return "\(pick(["Caller's", "caller's", "Pt's", "her", "his"])) \(pick(Self.relations)), \(mark(.name, "\(first) \(last)"))"
    case 1: return "spoke to \(mark(.name, recase("\(first) \(last)")))"
    case 2: return "\(pick(["spoke with", "speaking to", "talked to", "called", "named", "this is", "my name is", "I'm"])) \(mark(.name, recase(first)))"
    case 3: return "\(mark(.name, first))'s \(pick(["scan", "MDT", "biopsy", "appointment", "oncologist", "results", "surgery"])) \(pick(["is on", "was", "due in", "at"])) \(pick(Self.weekdays + Self.durations + Self.centres))"
    case 4: return "\(mark(.name, recase(first).lowercased()))'s \(pick(["wife", "GP", "consultant", "daughter"])) \(pick(["rang", "called", "emailed"]))"
    case 5: return "\(personName()) \(pick(["rang", "called back", "left a VM", "emailed", "phoned"])) re \(pick(Self.topics))"
    case 6: return "NHS \(pick(["", "no ", "no. ", "number ", "No: ", "#"]))\(mark(.nhsNumber, nhsNumber()))"
    case 7: return "\(pick(["nhs", "NHS no", "NHS number:", "NHS num"])) \(mark(.nhsNumber, nhsNumber()))"
    case 8: return "\(pick(["tel", "Tel:", "mob", "mobile", "phone", "landline", "call back on", "ring on", "ph"])) \(mark(.phone, phone()))"
    case 9: return "\(pick(["best number", "contact", "number is", "on"])) \(mark(.phone, phone()))"
    case 10: return "\(pick(["email", "email:", "e-mail", "emailed"])) \(mark(.email, email(first: first, last: last)))"
    case 11: return "\(pick(["postcode", "lives in", "pc", "post code", "address"])) \(mark(.postcode, postcode()))"
    case 12: return "\(pick(["DOB", "dob", "DOB:", "born", "d.o.b.", "date of birth"])) \(mark(.date, date()))"
    case 13: return "\(pick(["seen on", "appt", "appointment on", "MDT on", "scan on", "letter dated", "surgery on"])) \(mark(.date, date()))"
    case 14: return "\(pick(["lives at", "address:", "at", "moved to"])) \(mark(.address, address()))\(chance(0.5) ? ", \(pick(Self.towns))" : "") \(mark(.postcode, postcode()))"
    case 15: return "\(pick(["lives at", "address", ""])) \(mark(.address, "Flat \(int(1...40))\(chance(0.2) ? "B" : "")")), \(mark(.address, address()))"
    case 16:
      let r = record()
      return "\(r.cue) \(mark(.recordNumber, r.value))"
    case 17: return "\(pick(Self.clinicians)) is \(personName()) at \(pick(Self.centres))"
    case 18: return "\(pick(["Mrs", "Mr", "Ms", "Dr", "Sister", "Nurse", "Prof"])) \(mark(.name, last)) \(pick(["said", "advised", "suggested", "will refer to", "wants"])) \(pick(Self.topics))"
    case 19: return "\(pick(Self.relations)) \(mark(.name, first)) \(pick(["has", "was diagnosed with", "is being treated for"])) \(pick(Self.conditions))"
    case 20: return "\(personName()), \(mark(.nhsNumber, nhsNumber())), \(pick(Self.conditions))"
    case 21: return "pt \(mark(.name, "\(first) \(last)".lowercased())) \(pick(["dob", "d.o.b", "DOB"])) \(mark(.date, date()))"
    case 22: return "\(pick(["nhs:", "NHS#", "tel:", "mob:"])) \(mark(chance(0.5) ? .nhsNumber : .nhsNumber, nhsNumber()))"
    case 23: return "(\(mark(.name, first))) \(mark(.phone, phone()))"
    case 24: return "\(pick(["wants", "asking about", "interested in", "query re"])) \(pick(Self.topics)) at \(pick(Self.centres))"
    case 25: return "treated at \(pick(Self.centres)) for \(pick(Self.conditions)), \(pick(Self.durations))"
    case 26: return "\(pick(["MDT", "clinic", "scan"])) on \(pick(Self.weekdays)), \(pick(Self.durations))"
    case 27: return "\(pick(["in", "since", "from", "until"])) \(pick(Self.months)) \(pick(["they", "she", "he"])) \(pick(["had", "started", "finished"])) \(pick(Self.topics))"
    case 28: return "\(pick(Self.clinicians)) at \(pick(Self.centres)) to \(pick(["refer", "write", "call back", "review"]))"
    case 29: return "\(mark(.name, "\(first) \(last)")) from \(pick(Self.towns))"
    case 30: return "\(pick(["DOB", "dob"])) \(mark(.date, String(format2: int(1...28)) + String(format2: int(1...12)) + String(format2: int(0...99))))"
    case 31: return "\(pick(["RM", "K", "UCLH"]))\(mark(.recordNumber, digits(7)))".replacingFirstMark()
    case 32: return "\(pick(["lives on", "off"])) \(mark(.address, "\(pick(Self.streets)) \(pick(["Road", "Street", "Avenue", "Lane", "Drive", "Close", "Gardens"]))"))"
    case 33: return "\(pick(["Sarcoma UK", "the Support Line", "BSG guidance", "Macmillan"])) \(pick(["info sent", "leaflet posted", "details given"]))"
    case 34: return "\(pick(["Sister", "Nurse", "Father", "CNS"])) \(mark(.name, first))"
    case 35: return "\(mark(.name, "\(first) \(last)")) \(mark(.phone, phone()))"
    case 36: return "\(pick(["has", "with"])) \(pick(Self.conditions)), \(pick(["under", "seen at"])) \(pick(Self.centres))"
    case 37: return "\(pick(Self.relations)) \(mark(.name, recase(first))) and \(mark(.name, pick(Self.firstNames)))"
    case 38: return "\(pick(["email", "contact"])) \(mark(.email, email(first: first, last: last))) or \(mark(.phone, phone()))"
    default: return "\(pick(["DOB", "born"])) \(mark(.date, date())), NHS \(mark(.nhsNumber, nhsNumber()))"
    }
  }

  /// A note with no personal data, dense with domain words.
  mutating func cleanNote() -> String {
    var parts: [String] = []
    for _ in 0..<int(1...4) {
      switch int(0...11) {
      case 0: parts.append("\(pick(["wants", "asking about", "query re", "info on"])) \(pick(Self.topics)) at \(pick(Self.centres))")
      case 1: parts.append("treated at \(pick(Self.centres)) for \(pick(Self.conditions))")
      case 2: parts.append("\(pick(["MDT", "clinic", "scan", "review"])) on \(pick(Self.weekdays)) in \(pick(Self.durations))")
      case 3: parts.append("\(pick(["in", "since", "until"])) \(pick(Self.months)) \(pick(["had", "started", "finished"])) \(pick(Self.topics))")
      case 4: parts.append("\(pick(Self.clinicians)) at \(pick(Self.centres)) to \(pick(["refer", "write", "review", "discuss at MDT"]))")
      case 5: parts.append("\(pick(["Sarcoma UK", "the Support Line", "BSG guidance", "the London Sarcoma Service"])) \(pick(["info sent", "leaflet posted", "details given"]))")
      case 6: parts.append("\(pick(Self.conditions)), \(pick(Self.durations)), \(pick(Self.topics))")
      case 7: parts.append("\(pick(["patient", "caller", "pt", "family"])) \(pick(["lives near", "travels from", "was in"])) \(pick(Self.towns))")
      case 8: parts.append("\(pick(Self.topics)) \(pick(["via", "with", "through"])) the \(pick(Self.clinicians))")
      case 9: parts.append(pick(["not sure about standard management", "GP to refer", "CNS aware", "MDT at UCLH", "no specialist yet", "wants LSS view", "RNOH or Marsden", "EORTC 1809 STRASS 2 trial", "ICONIC and rEECur", "2019-2021 treatment"]))
      case 10: parts.append("\(pick(Self.weekdays)) \(pick(["clinic", "MDT", "call"])) about \(pick(Self.conditions))")
      default: parts.append("\(pick(["Caller", "Patient", "Family"])) \(pick(["asked about", "worried about", "wants"])) \(pick(Self.topics))")
      }
    }
    var text = parts.joined(separator: pick([", ", "; ", ". ", " - "]))
    if chance(0.1) { text = text.lowercased() }
    return text
  }

  /// The words of the domain vocabulary used in clean notes, lower case.
  static var domainVocabulary: Set<String> {
    let text = (centres + conditions + topics + durations + weekdays + months + towns + clinicians).joined(separator: " ")
      + " Sarcoma UK Support Line London Sarcoma Service BSG guidance MDT UCLH Marsden RNOH LSS GIST GP CNS NHS"
    return Set(words(in: Array(text.utf8)).map { String(decoding: Array(text.utf8)[$0].map(lowercased), as: UTF8.self) })
  }
}

extension String {
  init(format2 value: Int) { self = value < 10 ? "0\(value)" : "\(value)" }

  func replacingOccurrences(_ target: String, _ replacement: String) -> String {
    split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
  }

  /// Moves a mark's opening brace to the start of the text ("RM{RECORD-NUMBER|123}" becomes "{RECORD-NUMBER|RM123}").
  func replacingFirstMark() -> String {
    guard let open = firstIndex(of: "{"), let bar = firstIndex(of: "|") else { return self }
    let prefix = self[..<open]
    let kind = self[index(after: open)..<bar]
    return "{\(kind)|\(prefix)\(self[index(after: bar)...])"
  }
}
