import Guidance
import PolicyEngine
/// The words stories are made of, for the questions and answers of the shipped policy.
///
/// Each fact has several phrasings, written as clauses without a final full stop, so
/// that they can stand alone, follow "she explains that", be paired with another, or be
/// put in the caller's mouth. Tokens are filled in by `StoryCast.render(_:speaking:)`: `{p}`
/// is the patient, `{c}` the caller, `{t}` the treating sarcoma clinician (the caller,
/// when that is who rings), each with forms such as `{p:p}` (his, her, my) and `{c:does}`
/// (does, do); `{centre}`, `{wanted}` and `{other}` are the treating centre, the place
/// wanted and the other London service, named once per story.
///
/// People are described only by relationship and age band, places only by city or
/// hospital: a story never holds a name, number, date or address.
enum StoryPhrases {
  /// Phrasings by question id, then answer id.
  static let facts: [String: [String: [String]]] = [
    "treating-centre": [
      "royal-marsden": london,
      "uclh": london,
      "rnoh": london,
      "elsewhere-uk": [
        "{p:p} sarcoma care is with the specialist team in {city}",
        "{p}{p:'s} under the sarcoma unit in {city}",
        "{p} {p:is} treated by the sarcoma centre in {city}, well away from London",
        "the sarcoma team at the hospital in {city} is running {p:p} treatment",
        "{p} {p:has} been looked after by the sarcoma service in {city} since the diagnosis",
      ],
      "no-specialist-yet": [
        "so far {p} {p:has} only seen {p:p} GP and had a scan at the local hospital; no sarcoma specialist team is involved yet",
        "{p} {p:is} not under a specialist sarcoma team yet: the local hospital found the lump and nobody has referred {p:o} on",
        "no sarcoma centre has taken on {p:p} care so far; it has all been the GP and the local hospital",
        "{p} {p:is} still waiting to be referred to a sarcoma specialist team",
      ],
      "unsure": [
        "{c} {c:is} not sure which hospital is in charge of {p:p} sarcoma care; letters have come from more than one",
        "{c} can't say which hospital is actually leading {p:p} treatment",
        "{p:p} appointments have been at two or three hospitals, and {c} {c:does}n't know which of them is in charge",
        "{c} {c:has} lost track of which hospital is running the sarcoma care",
      ],
    ],
    "wanted-at": [
      "royal-marsden": londonWanted,
      "london-sarcoma-service": londonWanted,
      "elsewhere": [
        "{p} would like a second opinion outside London, perhaps at the sarcoma unit in {city2}",
        "{c} {c:is} looking for a second opinion somewhere outside London, maybe {city2}",
        "the hope is for a second opinion at a specialist centre away from London, such as the one in {city2}",
        "{p} would rather be seen somewhere other than London for the second opinion; {city2} has been mentioned",
      ],
      "undecided": [
        "{c} {c:has}n't decided where the second opinion should be",
        "{p} want{p:s} a second opinion but {p:has} no idea where yet",
        "{c} {c:is} not sure where to ask for the second opinion, in London or somewhere else",
        "where the second opinion should be is still open: {c} {c:has}n't settled on anywhere",
      ],
    ],
    "sarcoma": [
      "soft-tissue": [
        "{p} {p:has} a soft tissue sarcoma in {p:p} thigh",
        "the diagnosis is a leiomyosarcoma, a kind of soft tissue sarcoma",
        "it's a soft tissue sarcoma, a liposarcoma at the back of {p:p} knee",
        "the clinic letters call it a soft tissue sarcoma of the arm",
      ],
      "gist": [
        "{p} {p:has} a GIST, a gastrointestinal stromal tumour, in {p:p} stomach",
        "the diagnosis is GIST",
        "it's a gastrointestinal stromal tumour (GIST) in the small bowel",
        "the tumour is a GIST, found after some trouble with {p:p} stomach",
      ],
      "bone": [
        "{p} {p:has} an osteosarcoma, a bone sarcoma, in {p:p} leg",
        "it's a bone sarcoma: a chondrosarcoma of the pelvis",
        "the diagnosis is Ewing's sarcoma of the bone",
        "the tumour is a bone sarcoma in {p:p} upper arm",
      ],
      "unsure": [
        "{c} {c:is} not sure what type of sarcoma it is; the letters just say sarcoma",
        "{c} can't remember whether the doctors called it a soft tissue sarcoma or a bone sarcoma",
        "nobody has told {c:o} exactly which type of sarcoma it is",
        "which kind of sarcoma it is, {c} honestly {c:does}n't know",
      ],
    ],
    "treatment-only-there": [
      "yes": [
        "{p}{p:'ve} read about a clinical trial that is open only at {other}",
        "{t} mentioned a trial that only {other} is running, and that is what the call is about",
        "the treatment {p} {p:is} interested in is only offered at {other}, as part of a trial",
      ],
      "no": [
        "there's no particular trial or treatment behind the request",
        "it isn't about a treatment that only {other} offers; {c} simply want{c:s} another view",
        "no trial or special treatment is involved",
      ],
      "unsure": [
        "{c} heard there might be a trial at {other}, but {c:does}n't know whether it is open anywhere else",
        "{c} {c:is} not sure whether the treatment {c} read about is only available at {other}",
        "there was talk of a trial at {other}; whether it runs anywhere else, {c} can't say",
      ],
    ],
    "expertise-only-there": [
      "yes": [
        "{t} {t:is} clear that only {other} has the expertise {p} need{p:s}",
        "the kind of surgery {p} need{p:s} is done only by the team at {other}",
        "only {other} has the specialist experience {p:p} case needs, according to the sarcoma team",
      ],
      "no": [
        "{p:p} own team has all the expertise {p} need{p:s}",
        "nothing about the case needs expertise that only {other} has",
        "the skills {p} need{p:s} are available in {p:p} own team",
      ],
      "unsure": [
        "{c} {c:does}n't know whether the expertise {p} need{p:s} is found only at {other}",
        "{c} wonder{c:s} whether only {other} has the right experience, but nobody has said",
        "whether {p:p} own team has the expertise, or only {other} does, {c} can't say",
      ],
    ],
  ]

  /// Phrasings for the questions whose answers a definition explains, by definition id and
  /// then the definition's example id. A story tells one of the examples, and the answer
  /// it stands for is the one the definition gives, so training always agrees with the
  /// definitions staff see during a call.
  static let examples: [String: [String: [String]]] = [
    "standard-management": [
      "in-treatment": [
        "{p}{p:'s} in the middle of chemotherapy planned by {p:p} sarcoma team",
        "{p}{p:'s} on a targeted drug that {p:p} sarcoma team started a few months ago",
        "{p} started radiotherapy with {p:p} team a few weeks ago and {p:is} partway through it",
        "{p} {p:is} having the treatment {p:p} sarcoma team planned, and it is still going on",
      ],
      "after-surgery": [
        "{p} had surgery last month and {p:is} recovering while the team plans what comes next",
        "treatment is under way: {p} had the operation recently and the team is deciding on the next step",
      ],
      "treatment-planned": [
        "the team have agreed a plan, but the treatment hasn't started yet",
        "a course of treatment is booked to start soon; nothing has begun so far",
      ],
      "follow-up-scans": [
        "{p} finished treatment a while ago and {p:is} now only having check-ups",
        "{p} {p:is} not having any treatment at the moment, just follow-up scans",
      ],
      "on-a-trial": [
        "{p} {p:is} being treated within a clinical trial at the moment",
        "{p:p} current treatment is part of a research trial",
      ],
      "discharged": [
        "{p} finished treatment years ago and the sarcoma team has discharged {p:o}",
        "{p:p} sarcoma team signed {p:o} off after treatment some time ago",
      ],
      "not-known": [
        "{c} {c:is} not sure what the team is doing at the moment",
        "there have been lots of appointments, but {c} can't say what stage the treatment is at",
      ],
    ],
    "mdt-review": [
      "asked-by-clinician": [
        "{t} {t:has} already asked for the case to be reviewed at the MDT meeting at {other}",
        "the case is going to the MDT meeting at {other}, because {t} asked for that review",
        "{t} {t:has} put {p:p} case forward for discussion by the multidisciplinary team at {other}",
      ],
      "own-mdt": [
        "the case was talked about at the team's own MDT meeting, but nothing has gone to {other}",
        "{p:p} own team discussed the case at their MDT; there has been no request to {other}",
      ],
      "not-requested": [
        "nobody has asked the MDT at {other} to review the case",
        "there has been no request for the case to go to the MDT meeting at {other}",
      ],
      "patient-asked": [
        "{c} asked for a review at {other}, but {c:does}n't know whether {t} {t:has} requested one",
        "{c} {c:does}n't know whether {t} {t:has} asked for the MDT at {other} to review the case",
        "an MDT review at {other} may or may not have been asked for; {c} {c:is} not sure",
      ],
    ],
    "named-clinician": [
      "clinician-wrote": [
        "{t} {t:has} written directly to a named consultant at {other} asking for a second opinion",
        "{t} {t:has} already contacted a particular consultant at {other}, by name, to ask for their view",
      ],
      "patient-wrote": [
        "{p}{p:'ve} emailed a consultant at {other} without going through {p:p} own team",
        "the family wrote to a consultant at {other} themselves",
      ],
      "gp-referral": [
        "the GP has written to {other}, but {p:p} sarcoma consultant hasn't",
        "a letter went to {other} from the GP surgery, not from the sarcoma team",
      ],
      "not-asked": [
        "{t} {t:has} not asked anyone at {other} directly",
        "no clinician at {other} has been approached by name",
      ],
      "might-ask": [
        "{t} said a letter might go to someone at {other}, but {c} {c:does}n't know whether it did",
        "{c} {c:does}n't know whether {t} {t:has} contacted anyone at {other} directly",
      ],
    ],
  ]

  private static let london = [
    "{p}{p:'s} being treated at {centre}",
    "{p:p} sarcoma care is with {centre}",
    "{p} {p:has} been under {centre} since the diagnosis",
    "the team looking after {p:o} is at {centre}",
    "{centre} is running {p:p} treatment",
  ]

  private static let londonWanted = [
    "{p} would like a second opinion from {wanted}",
    "{c}{c:'s} hoping {wanted} will give a second opinion",
    "what {c} want{c:s} is for {wanted} to look at the case",
    "the second opinion {c} {c:has} in mind is at {wanted}",
    "{p} would like {wanted} to see {p:o} for a second opinion",
  ]

  /// How the narrator opens a story, telling who rings: by the caller's role.
  static func openings(for role: StoryCast.Role) -> [String] {
    switch role {
    case .patient:
      return [
        "{patient} rings the line about {p:self}",
        "the caller is {patient} with a sarcoma, ringing for {p:self}",
        "{patient} calls about {p:p} own care",
        "this time the caller is the patient: {patient}",
      ]
    case .relative(let noun, _):
      return [
        "{caller} rings about {c:p} \(noun), who is {age}",
        "the caller is ringing about {c:p} \(noun), {patient}",
        "{caller} calls the line for {c:p} \(noun), who is {age}",
      ]
    case .carer:
      return [
        "{caller} who cares for {patient} rings on {p:p} behalf",
        "the caller is the carer of {patient}, and {c}{c:'s} ringing on {p:p} behalf",
        "{caller} rings about {patient} whom {c} look{c:s} after as {p:p} carer",
      ]
    case .treatingClinician(let kind):
      return [
        "a \(kind) rings about one of {c:p} own patients, {patient}",
        "the caller is the \(kind) in charge of the sarcoma care of {patient}, and {c}{c:'s} ringing about {p:o}",
        "{patient} is the patient, and the caller is {p:p} own \(kind) from the sarcoma team; {c} {c:has} a few questions",
      ]
    case .otherClinician(let kind, let place):
      return [
        "a \(kind)\(place) rings about one of {c:p} patients, {patient}",
        "the caller, a \(kind)\(place), is ringing about {patient} on {c:p} list",
        "{patient} has asked {p:p} \(kind) to find out about a second opinion, and {c} ring{c:s} the line",
      ]
    case .someoneElse(.neighbour):
      return [
        "{caller}, a neighbour of {patient}, rings on {p:p} behalf",
        "the caller is a neighbour of {patient}; {c}{c:'s} ringing on {p:p} behalf",
      ]
    case .someoneElse(.colleague):
      return [
        "{caller} who works with {patient} rings the line for {p:o}",
        "the caller is a colleague of {patient}, and {c}{c:'s} ringing for {p:o}",
      ]
    case .someoneElse(.volunteer):
      return [
        "a volunteer from a local support group rings about {patient} {c} {c:has} been helping",
        "the caller volunteers with a local support group, and {c}{c:'s} ringing about {patient}",
      ]
    case .undisclosed:
      return [
        "a caller rings about {patient}, but would rather not say how they know {p:o}",
        "the caller won't say how they are connected to the patient, {patient}",
        "someone rings about {patient}; asked how they know {p:o}, they would rather not say",
      ]
    case .unknown:
      return ["a caller rings about {patient}"]
    }
  }

  /// How the caller opens a story in their own words.
  static func spokenOpenings(for role: StoryCast.Role) -> [String] {
    switch role {
    case .patient:
      return [
        "I'm ringing about myself: I'm {age} and I've got a sarcoma",
        "it's about me, really; I'm a {gender} {age} with a sarcoma",
        "I'm the patient, I'm {age}, and I'd like some advice about a second opinion",
      ]
    case .relative(_, let noun):
      return [
        "I'm ringing about my \(noun), who is {age}",
        "it's about my \(noun); {p}{p:'s} {age}",
        "I'm calling for my \(noun), who is {age}",
      ]
    case .carer:
      return [
        "I'm a carer for {patient}, and I'm ringing on {p:p} behalf",
        "I look after {patient} as {p:p} carer, and I'm calling for {p:o}",
      ]
    case .treatingClinician(let kind):
      return [
        "I'm the \(kind) looking after {patient}, and I'm ringing about {p:o}",
        "I'm a \(kind), and this is about one of my own patients, {patient}",
      ]
    case .otherClinician(let kind, let place):
      return [
        "I'm a \(kind)\(place), calling about one of my patients, {patient}",
        "I'm ringing as the \(kind) of {patient}, who asked me to find out about a second opinion",
      ]
    case .someoneElse(.neighbour):
      return ["I'm ringing for my neighbour, {patient}"]
    case .someoneElse(.colleague):
      return ["I work with {patient}, and I'm calling for {p:o}"]
    case .someoneElse(.volunteer):
      return ["I volunteer with a local support group, and I'm ringing about {patient} I've been helping"]
    case .undisclosed:
      return [
        "I'd rather not say how I know {p:o}, but I'm ringing about {patient}",
        "I'm calling about {patient}; I'd rather not say how we're connected",
      ]
    case .unknown:
      return ["I'm ringing about {patient}"]
    }
  }

  /// Sentences that tell no fact, for the narrator. Filler: a course tells each at most once.
  static let narratedColour = [
    "{c} sound{c:s} worried but clear",
    "{c} {c:has} some notes ready",
    "it is {c:p} first call to the line",
    "{c} speak{c:s} quietly and take{c:s} a moment before going on",
    "{c} apologise{c:s} for the noise in the background",
    "{c} sound{c:s} tired but determined",
    "{c} {c:is} calm and {c:has} clearly thought about what to ask",
    "{c} say{c:s} at the start that {c} only {c:has} a few minutes",
  ]

  /// Sentences that tell no fact, in the caller's words. Filler: a course tells each at
  /// most once.
  static let spokenColour = [
    "sorry, I've written some of this down",
    "I hope I've got the right line",
    "it's all been a bit much, to be honest",
    "bear with me, I want to get this right",
    "I wasn't sure who else to ask",
    "thank you for picking up",
  ]

  /// How the narrator ends a story. Filler: a course tells each at most once.
  static let narratedClosings = [
    "{c} ask{c:s} what the options are",
    "{c} would like to know what can happen next",
    "{c} want{c:s} to know where to start",
  ]

  /// How the caller ends a story in their own words. Filler: a course tells each at most once.
  static let spokenClosings = [
    "what are the options?",
    "where do we go from here?",
    "what would you suggest I do next?",
    "what happens now?",
  ]

  /// Reporting frames around a clause told by the narrator.
  static let frames = [
    "{c} explain{c:s} that ",
    "{c} tell{c:s} you that ",
    "{c} mention{c:s} that ",
    "{c} say{c:s} ",
  ]

  /// Attributions after a quoted clause, which ends with a comma inside the quotes.
  static let attributions = [
    " {c} say{c:s}",
    " {c} add{c:s}",
    " {c} explain{c:s}",
  ]

  /// Words that open a sentence by linking it to the one before. Filler: a course uses
  /// each at most once.
  static let linkingOpeners = ["also, ", "on top of that, ", "as well as that, "]

  /// Long names of places, and what they shorten to once the story has used them.
  static let shortNames = [
    ("Royal Marsden in Chelsea", "Royal Marsden"),
    ("Royal Marsden in Sutton", "Royal Marsden"),
    ("Royal National Orthopaedic Hospital in Stanmore", "Royal National Orthopaedic Hospital"),
    ("RNOH in Stanmore", "RNOH"),
  ]

  /// Words no phrasing may hold in a story that tells a fact: treatments a type of
  /// sarcoma is not given (a GIST is treated with targeted drugs and surgery, not
  /// chemotherapy or radiotherapy).
  static let unlikelyWords: [GivenAnswer: [String]] = [
    GivenAnswer(question: "sarcoma", answer: "gist"): ["chemotherapy", "radiotherapy"]
  ]

  /// The kinds of treating sarcoma clinician who ring.
  static let treatingClinicians = ["consultant oncologist", "consultant sarcoma surgeon", "sarcoma clinical nurse specialist"]

  /// The kinds of other clinician who ring.
  static let otherClinicians = ["GP", "practice nurse", "district nurse"]

  /// Where another clinician works, said after their kind; an empty one is said not at
  /// all, and is twice as likely. A clinician of a patient treated outside London works in
  /// the story's city instead.
  static let otherClinicianPlaces = ["", "", " in north London", " in Kent", " in Surrey", " in Essex"]

  /// How a third person names the patient's treating clinician.
  static let clinicianNouns = ["consultant", "sarcoma consultant", "oncologist", "surgeon"]

  /// Cities with sarcoma services outside London; places, never addresses.
  static let cities = [
    "Birmingham", "Manchester", "Leeds", "Newcastle", "Bristol", "Oxford", "Nottingham", "Sheffield",
    "Glasgow", "Edinburgh", "Cardiff", "Belfast",
  ]
}

/// A family relationship, as the patient is to the caller.
struct Relation {
  var female: (narrated: [String], spoken: [String])
  var male: (narrated: [String], spoken: [String])
  /// The patient's possible ages, in decades.
  var decades: [Int]

  func narrated(_ gender: StoryGender) -> [String] { gender == .female ? female.narrated : male.narrated }
  func spoken(_ gender: StoryGender) -> [String] { gender == .female ? female.spoken : male.spoken }

  static let all = [
    Relation(female: (["mother"], ["mum", "mother"]), male: (["father"], ["dad", "father"]), decades: Array(5...8)),
    Relation(female: (["daughter"], ["daughter"]), male: (["son"], ["son"]), decades: Array(1...4)),
    Relation(female: (["wife", "partner"], ["wife", "partner"]), male: (["husband", "partner"], ["husband", "partner"]), decades: Array(2...8)),
    Relation(female: (["sister"], ["sister"]), male: (["brother"], ["brother"]), decades: Array(2...7)),
  ]
}
