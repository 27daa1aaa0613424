/// One piece of a line: a word, a number, a run of white space, a punctuation
/// mark or a placeholder, with what the scrubber knows about it.
struct NoteToken {
  enum Kind: UInt8 {
    /// Letters only (with any inner hyphen or apostrophe).
    case word
    /// Digits only.
    case number
    /// Letters and digits mixed, such as "SW1A", "27b" or "RM123456".
    case alphanumeric
    /// White space, including control characters.
    case space
    /// A punctuation mark; `mark` holds it, folded to ASCII.
    case punctuation
    /// A placeholder the scrubber wrote, such as "[NAME]".
    case placeholder
  }

  /// Byte offsets into the line.
  var start: Int
  var end: Int
  var kind: Kind
  /// For punctuation, the mark folded to ASCII: dashes become "-", curly
  /// quotes become straight ones. For a possessive "'s", an apostrophe.
  var mark: UInt8 = 0
  var flags: WordFlags = []
  var letters = 0
  var digits = 0
  /// The first letter is upper case.
  var isCapitalised = false
  /// Two or more letters, all upper case.
  var isAllCaps = false
  /// Followed by a possessive "'s" (or a bare apostrophe after an "s").
  var isPossessive = false
  /// Holds an inner hyphen or apostrophe ("Al-Sayed", "O'Brien").
  var isCompound = false
  /// Holds a letter outside ASCII ("Zoë", "Nguyễn", "王"): in an English note,
  /// a sign of a name or a foreign word.
  var isForeign = false
  /// A hash of the word's table key (lower case, diacritics off), to tell
  /// two mentions of one name apart from other words; 0 for non-words.
  var keyHash: UInt64 = 0

  var isWord: Bool { kind == .word }
  var isSpace: Bool { kind == .space }
  var length: Int { end - start }
}
