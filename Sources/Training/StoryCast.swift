import Guidance
/// How a person in a story is referred to: pronouns and the verb forms that agree with them.
struct PronounForms: Sendable, Hashable {
  var subject: String
  var object: String
  var possessive: String
  var reflexive: String
  /// "is", "am" or "are".
  var be: String
  /// The contracted "is": "'s", "'m" or "'re".
  var beContracted: String
  /// The contracted "has": "'s" or "'ve".
  var haveContracted: String
  /// "has" or "have".
  var have: String
  /// "does" or "do".
  var doForm: String
  /// The ending of a present-tense verb: "s" or nothing.
  var verbEnding: String
  /// "was" or "were".
  var was: String

  static let he = PronounForms(
    subject: "he", object: "him", possessive: "his", reflexive: "himself", be: "is", beContracted: "'s",
    haveContracted: "'s", have: "has", doForm: "does", verbEnding: "s", was: "was")
  static let she = PronounForms(
    subject: "she", object: "her", possessive: "her", reflexive: "herself", be: "is", beContracted: "'s",
    haveContracted: "'s", have: "has", doForm: "does", verbEnding: "s", was: "was")
  static let they = PronounForms(
    subject: "they", object: "them", possessive: "their", reflexive: "themselves", be: "are", beContracted: "'re",
    haveContracted: "'ve", have: "have", doForm: "do", verbEnding: "", was: "were")
  static let speaker = PronounForms(
    subject: "I", object: "me", possessive: "my", reflexive: "myself", be: "am", beContracted: "'m",
    haveContracted: "'ve", have: "have", doForm: "do", verbEnding: "", was: "was")

  /// PronounForms for a noun phrase such as "her consultant", third person singular.
  static func noun(_ phrase: String) -> PronounForms {
    PronounForms(
      subject: phrase, object: phrase, possessive: phrase + "'s", reflexive: phrase, be: "is", beContracted: " is",
      haveContracted: " has", have: "has", doForm: "does", verbEnding: "s", was: "was")
  }

  /// The form a template names after the colon: `{p}`, `{p:o}`, `{p:is}` and so on.
  func form(_ name: String) -> String? {
    switch name {
    case "": return subject
    case "o": return object
    case "p": return possessive
    case "self": return reflexive
    case "is": return be
    case "'s": return beContracted
    case "'ve": return haveContracted
    case "has": return have
    case "does": return doForm
    case "s": return verbEnding
    case "es": return verbEnding.isEmpty ? "" : "es"
    case "was": return was
    default: return nil
    }
  }
}

/// A person's sex as far as the story's pronouns go.
enum StoryGender: Sendable, Hashable {
  case female, male

  var forms: PronounForms { self == .female ? .she : .he }
  var opposite: StoryGender { self == .female ? .male : .female }
  /// "woman" or "man"; "girl" or "boy" for a teenager.
  func noun(decade: Int) -> String {
    switch (self, decade <= 1) {
    case (.female, false): return "woman"
    case (.male, false): return "man"
    case (.female, true): return "girl"
    case (.male, true): return "boy"
    }
  }
}

/// Who rings the line about whom, and the names the story uses for places, chosen once
/// per story so that a place is called the same throughout.
struct StoryCast: Sendable {
  /// How the caller is connected to the patient.
  enum Role: Sendable, Hashable {
    case patient
    /// A family member; the noun is the patient as the caller names them ("mother").
    case relative(narrated: String, spoken: String)
    case carer
    case treatingClinician(kind: String)
    case otherClinician(kind: String, place: String)
    case someoneElse(kind: SomeoneElse)
    case undisclosed
    /// A caller the writer has no words for (an asker answer of another policy).
    case unknown
  }

  /// A caller who is neither family nor a clinician.
  enum SomeoneElse: Sendable, Hashable {
    case neighbour, colleague, volunteer
  }

  var role: Role
  var patientGender: StoryGender
  /// The patient's age in decades: 1 a teenager, 2 in their twenties, and so on.
  var patientDecade: Int
  /// The caller's sex when the caller is someone other than the patient; nil for "they".
  var callerGender: StoryGender?
  /// How a third person names the treating clinician ("consultant", "oncologist").
  var clinicianNoun: String
  /// Words for tokens such as `{centre}` and `{other}`.
  var places: [String: String]

  /// The patient's forms; the speaker's when the patient speaks.
  func patientForms(speaking: Bool) -> PronounForms {
    role == .patient && speaking ? .speaker : patientGender.forms
  }

  /// The caller's forms.
  func callerForms(speaking: Bool) -> PronounForms {
    if speaking { return .speaker }
    if role == .patient { return patientGender.forms }
    return callerGender?.forms ?? .they
  }

  /// The treating clinician's forms: the caller's when the caller is that clinician.
  func clinicianForms(speaking: Bool) -> PronounForms {
    if case .treatingClinician = role { return callerForms(speaking: speaking) }
    return .noun(patientForms(speaking: speaking).possessive + " " + clinicianNoun)
  }

  /// "in her sixties", "in my teens".
  func age(speaking: Bool) -> String {
    let possessive = patientForms(speaking: speaking).possessive
    let decades = ["teens", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
    return "in \(possessive) \(decades[min(max(patientDecade, 1), 9) - 1])"
  }

  /// "a woman in her sixties", "a boy in his teens".
  var patientDescription: String {
    "a \(patientGender.noun(decade: patientDecade)) \(age(speaking: false))"
  }

  /// "a man", "a woman" or "someone", for the caller in the narrator's words.
  var callerDescription: String {
    guard let callerGender else { return "someone" }
    return "a \(callerGender.noun(decade: 2))"
  }

  /// Fills in a template: `{p…}` the patient, `{c…}` the caller, `{t…}` the treating
  /// clinician, with an optional form after a colon; `{age}`, `{patient}`, `{caller}` and
  /// the place names; `literals` give text for other tokens as it is. Substituted text is
  /// not read again for tokens.
  func render(_ template: String, speaking: Bool, literals: [String: String] = [:]) -> String {
    var result = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      result += rest[..<open]
      guard let close = rest[open...].firstIndex(of: "}") else { break }
      let token = rest[rest.index(after: open)..<close]
      result += literals[String(token)] ?? value(of: String(token), speaking: speaking)
      rest = rest[rest.index(after: close)...]
    }
    result += rest
    return result
  }

  private func value(of token: String, speaking: Bool) -> String {
    let parts = token.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
    let name = String(parts[0])
    let form = parts.count > 1 ? String(parts[1]) : ""
    let forms: PronounForms?
    switch name {
    case "p": forms = patientForms(speaking: speaking)
    case "c": forms = callerForms(speaking: speaking)
    case "t": forms = clinicianForms(speaking: speaking)
    default: forms = nil
    }
    if let forms { return forms.form(form) ?? "{\(token)}" }
    switch name {
    case "age": return age(speaking: speaking)
    case "patient": return patientDescription
    case "caller": return callerDescription
    case "gender": return patientGender.noun(decade: patientDecade)
    default: return places[name] ?? "{\(token)}"
    }
  }
}

/// The text with its first letter (after any opening quotation mark) in capitals.
func capitalisingFirstLetter(_ text: String) -> String {
  guard let index = text.firstIndex(where: \.isLetter) else { return text }
  return text[..<index] + text[index].uppercased() + text[text.index(after: index)...]
}
