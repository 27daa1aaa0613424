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
  /// Byte offsets into the line, held in 32 bits to keep tokens small (a line
  /// is far shorter than 2 GB).
  private var startOffset: Int32
  private var endOffset: Int32
  var kind: Kind
  /// For punctuation, the mark folded to ASCII: dashes become "-", curly
  /// quotes become straight ones. For a possessive "'s", an apostrophe.
  var mark: UInt8 = 0
  /// The first letter is upper case.
  var isCapitalised = false
  /// Two or more letters, all upper case.
  var isAllCaps = false
  /// Followed by a possessive "'s" (or a bare apostrophe after an "s").
  var isPossessive = false
  /// Holds an inner hyphen or apostrophe ("Al-Sayed", "O'Brien").
  var isCompound = false
  /// Holds an upper-case letter straight after a lower-case one ("StreetLeeds",
  /// "GemDoc", "McDonald"): words run together, or a name built so.
  var hasInnerCapital = false
  /// Holds a letter outside ASCII ("Zoë", "Nguyễn", "王"): in an English note,
  /// a sign of a name or a foreign word.
  var isForeign = false
  private var letterCount: Int32 = 0
  private var digitCount: Int32 = 0
  var flags: WordFlags = []
  /// A hash of the word's table key (lower case, diacritics off), to tell
  /// two mentions of one name apart from other words; 0 for non-words.
  var keyHash: UInt64 = 0

  init(start: Int, end: Int, kind: Kind, mark: UInt8 = 0) {
    self.startOffset = Int32(truncatingIfNeeded: start)
    self.endOffset = Int32(truncatingIfNeeded: end)
    self.kind = kind
    self.mark = mark
  }

  var start: Int {
    get { Int(startOffset) }
    set { startOffset = Int32(truncatingIfNeeded: newValue) }
  }
  var end: Int {
    get { Int(endOffset) }
    set { endOffset = Int32(truncatingIfNeeded: newValue) }
  }
  /// How many letters: a letter with diacritics counts once.
  var letters: Int {
    get { Int(letterCount) }
    set { letterCount = Int32(truncatingIfNeeded: newValue) }
  }
  var digits: Int {
    get { Int(digitCount) }
    set { digitCount = Int32(truncatingIfNeeded: newValue) }
  }

  var isWord: Bool { kind == .word }
  var isSpace: Bool { kind == .space }
  var length: Int { end - start }
}
