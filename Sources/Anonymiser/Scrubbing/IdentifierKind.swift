/// A kind of personal identifier the scrubber removes from free-text notes.
///
/// The raw value is the text of the placeholder without its brackets, so
/// `IdentifierKind.nhsNumber.placeholder` is `[NHS-NUMBER]`.
public enum IdentifierKind: String, CaseIterable, Sendable, Hashable {
  /// A 10-digit NHS number (or Scottish CHI number), in any spacing.
  case nhsNumber = "NHS-NUMBER"
  /// A UK telephone number, with any extension.
  case phone = "PHONE"
  /// An email address, written normally or spelled out ("name at domain dot com").
  case email = "EMAIL"
  /// A UK postcode, or the outward half of one.
  case postcode = "POSTCODE"
  /// A calendar date that may be a date of birth.
  case date = "DATE"
  /// A street address or flat number.
  case address = "ADDRESS"
  /// A hospital, record or reference number, or any other long run of digits.
  case recordNumber = "RECORD-NUMBER"
  /// A person's name.
  case name = "NAME"
  /// A time of day: a transcript keeps the day of a call and nothing finer.
  case time = "TIME"

  /// The text that stands in for an identifier of this kind, such as `[NAME]`.
  public var placeholder: String { "[\(rawValue)]" }

  /// The placeholder as static text, for writing it without building a
  /// `String`: the scrubber writes one for every identifier it replaces.
  var placeholderText: StaticString {
    switch self {
    case .nhsNumber: "[NHS-NUMBER]"
    case .phone: "[PHONE]"
    case .email: "[EMAIL]"
    case .postcode: "[POSTCODE]"
    case .date: "[DATE]"
    case .address: "[ADDRESS]"
    case .recordNumber: "[RECORD-NUMBER]"
    case .name: "[NAME]"
    case .time: "[TIME]"
    }
  }

  /// The kind whose placeholder is exactly `text`, if there is one.
  public init?(placeholder text: some StringProtocol) {
    guard text.hasPrefix("["), text.hasSuffix("]"), text.count > 2 else { return nil }
    self.init(rawValue: String(text.dropFirst().dropLast()))
  }
}
