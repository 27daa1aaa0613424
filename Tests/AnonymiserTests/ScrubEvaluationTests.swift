import Foundation
import PolicyEngine
import Testing
import Anonymiser

/// Measures the scrubber on generated notes, on clean notes dense with domain
/// words, and on the hand-written held-out notes, and prints the figures.
@Suite struct ScrubEvaluationTests {
  let scrubber = Scrubber()

  static func generatedNotes(count: Int, seed: UInt64) -> [AnnotatedNote] {
    var generator = ScrubNoteGenerator(seed: seed)
    return (0..<count).map { _ in generator.note() }
  }

  static func cleanNotes(count: Int, seed: UInt64) -> [AnnotatedNote] {
    var generator = ScrubNoteGenerator(seed: seed)
    return (0..<count).map { _ in AnnotatedNote(text: generator.cleanNote(), identifiers: []) }
  }

  /// The words of the policy's prompts, labels and aliases, lower case.
  static func policyVocabulary() throws -> Set<String> {
    let policy = try PolicyDocument.embedded().policy
    var texts: [String] = []
    for question in policy.questions {
      texts.append(question.prompt)
      for answer in question.answers { texts += [answer.label] + answer.aliases }
    }
    let joined = Array(texts.joined(separator: " ").utf8)
    return Set(words(in: joined).map { String(decoding: joined[$0].map(lowercased), as: UTF8.self) })
  }

  @Test func removesIdentifiersFromGeneratedNotesAndKeepsDomainWords() throws {
    let notes = Self.generatedNotes(count: 4000, seed: 0x5EED_0001)
    let clean = Self.cleanNotes(count: 2000, seed: 0x5EED_0002)
    let vocabulary = ScrubNoteGenerator.domainVocabulary.union(try Self.policyVocabulary())
    let score = ScrubScore(scrubber: scrubber, notes: notes, domainVocabulary: vocabulary)
    let cleanScore = ScrubScore(scrubber: scrubber, notes: clean, domainVocabulary: vocabulary)
    publish(
      score.report(title: "the generated set (\(notes.count) notes, seed 0x5EED0001)")
        + details(score.misses.prefix(15).map { "missed: \($0)" } + score.overRedactions.prefix(40).map { "lost: \($0)" }))
    publish(
      cleanScore.report(title: "clean generated notes, no personal data (\(clean.count), seed 0x5EED0002)")
        + details(cleanScore.overRedactions.prefix(15).map { "lost: \($0)" }))
    #expect(score.overall.recall >= 0.99)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
    #expect(cleanScore.domainWordLoss < 0.02)
    // No worse than before the held-out set was first measured (10296 of 10347
    // identifiers, 4234 of 4279 names, no clean domain word lost).
    // After the work against the seventh to tenth sets: 10315 and 4249.
    #expect(score.overall.removed >= 10315)
    #expect(score.byKind[.name]!.removed >= 4249)
    #expect(cleanScore.domainWordsLost == 0)
  }

  @Test func removesIdentifiersFromHeldOutNotes() throws {
    let notes = heldOutNotes.map(AnnotatedNote.init(markup:))
    let vocabulary = ScrubNoteGenerator.domainVocabulary.union(try Self.policyVocabulary())
    let score = ScrubScore(scrubber: scrubber, notes: notes, domainVocabulary: vocabulary)
    publish(
      score.report(title: "the 64 old held-out notes (\(notes.count))")
        + details(score.misses.map { "missed: \($0)" } + score.overRedactions.map { "lost: \($0)" }))
    // The held-out set is small and hard: it pins that nothing regresses (93 of
    // 94 when the new set was first measured), and that every NHS number in it goes.
    #expect(score.overall.removed >= 93)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
    #expect(score.domainWordsLost == 0)
  }

  /// The frozen set written by someone who never saw the scrubber's code.
  @Test func removesIdentifiersFromTheNewHeldOutSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.development, title: "the new held-out set")
    #expect(notes.count >= 500)
    // The goals of the anonymiser's issues: every kind at least 99%, NHS
    // numbers, dates and phone numbers all; every community at least 97%,
    // names at least 99%; at most 2% of domain terms redacted.
    for (kind, tally) in score.byKind {
      #expect(tally.recall >= 0.99, "\(kind.rawValue): \(percent(tally.recall))")
    }
    for kind in [IdentifierKind.nhsNumber, .date, .phone] {
      #expect(score.byKind[kind]?.recall == 1.0, "\(kind.rawValue)")
    }
    for (community, tally) in score.byCommunity {
      #expect(tally.recall >= 0.97, "\(community): \(percent(tally.recall))")
    }
    #expect(score.byKind[.name]!.recall >= 0.99)
    #expect(score.keeps.rate <= 0.02)
    #expect(score.domainWordLoss <= 0.02)
  }

  /// The sealed set: written by another author who saw neither the scrubber's code nor
  /// the other sets, and kept out of the work on the scrubber, so these are the figures
  /// to quote. Its floors are the figures first measured, so that nothing regresses;
  /// tuning the scrubber to this set would spoil it.
  @Test func removesIdentifiersFromTheSealedSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.sealed, title: "the sealed held-out set")
    #expect(notes.count == 538)
    // First measured on 2026-11-30: 1234 of 1278 identifiers, 715 of 728 names, 88 of
    // 89 NHS numbers, 7 of 378 KEEP spans redacted. Short of the issues' goals (names
    // 99%, every community 97%); see the README.
    // After the work against the seventh to tenth sets: 1276, 726 names, every NHS number, 2 KEEP spans.
    #expect(score.overall.removed >= 1276)
    #expect(score.byKind[.name]!.removed >= 726)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
    #expect(score.keeps.lost <= 1)
  }

  /// The final set: written by a third author who saw no code and no other notes, after
  /// the sealed set's figures had been read and the scrubber worked on again; nobody
  /// working on the scrubber has seen it.
  @Test func removesIdentifiersFromTheFinalSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.final, title: "the final held-out set")
    #expect(notes.count == 570)
    // First measured on 2026-11-30, before any work against it: 1934 of 2047 (94.5%);
    // after the work on the sealed set's categories, still unseen: 1996 (97.5%). Then
    // read and worked against; these floors pin that work: 2029 of 2047, 1326 of 1340
    // names, every NHS number, 8 of 279 KEEP spans redacted. After the work on the
    // fourth set (anon4): 2035, 1330 names, and 7 KEEP spans.
    // After the work against the seventh to tenth sets: 2041, 1336 names, 2 KEEP spans.
    #expect(score.overall.removed >= 2043)
    #expect(score.byKind[.name]!.removed >= 1337)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
    #expect(score.keeps.lost <= 1)
  }

  /// The fourth set: written by a fourth author who saw no code and no other notes,
  /// after the final set had been read and the scrubber worked on against it; nobody
  /// working on the scrubber has seen it.
  @Test func removesIdentifiersFromTheFourthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.fourth, title: "the fourth held-out set")
    #expect(notes.count == 657)
    // First measured on 2026-11-30, before anyone working on the scrubber read it: 2079
    // of 2116 identifiers (98.3%), 1314 of 1326 names (99.1%), all 120 NHS numbers, 2 of
    // 307 KEEP spans redacted. Short of the goals for phones, dates, addresses, times and
    // record numbers, and for West African names (45 of 48); see the README.
    // After the work against it (anon4): 2109 identifiers, 1323 names, no KEEP span lost.
    // After the work against the seventh to tenth sets: 2113 and 1324.
    #expect(score.overall.removed >= 2113)
    #expect(score.byKind[.name]!.removed >= 1324)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
    #expect(score.keeps.lost == 0)
  }

  /// The fifth set: written by a fifth author who saw no code and no other notes, after
  /// the fourth set had been read and the scrubber worked on against it; nobody working
  /// on the scrubber has seen it.
  @Test func removesIdentifiersFromTheFifthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.fifth, title: "the fifth held-out set")
    #expect(notes.count == 647)
    // First measured on 2026-11-30, before anyone working on the scrubber read it: 2226
    // of 2276 identifiers (97.8%), 1367 of 1391 names (98.3%), every NHS number, phone
    // number, email, postcode and record number; 23 of 318 KEEP spans redacted. Short of
    // the goals for dates, times, addresses and names; see the README.
    // After work against it: 2236 (dates 181, times 116, names 1370).
    // After the work against the seventh to tenth sets: 2260, 1384 names, 3 KEEP spans.
    #expect(score.overall.removed >= 2260)
    #expect(score.byKind[.name]!.removed >= 1384)
    for kind in [IdentifierKind.nhsNumber, .phone] {
      #expect(score.byKind[kind]!.recall == 1.0, "\(kind.rawValue)")
    }
    #expect(score.keeps.lost <= 2)
  }

  /// The sixth set: written by a sixth author who saw no code and no other notes, after
  /// the fifth set had been read and the scrubber worked on against it; nobody working
  /// on the scrubber has seen it. Its notes come from the author's own seeded templates,
  /// so a sentence shape the scrubber misses is missed several times.
  @Test func removesIdentifiersFromTheSixthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.sixth, title: "the sixth held-out set")
    #expect(notes.count == 706)
    // First measured on 2026-11-30, before anyone working on the scrubber read it: 2497
    // of 2585 identifiers (96.6%); 2509 (97.1%) once a date's "the" no longer counted
    // as left behind. Names 1277 of 1285 (99.4%), 191 of 192 NHS numbers, 299 of 328
    // phone numbers (most of the rest said in words in voicemails), 14 of 499 KEEP
    // spans redacted; see the README. Then read and worked against: these floors pin
    // that work (2560, every NHS and phone number, 11 KEEP spans).
    // After the work against the seventh to tenth sets: 2575, 1282 names, 6 KEEP spans.
    #expect(score.overall.removed >= 2578)
    #expect(score.byKind[.name]!.removed >= 1282)
    for kind in [IdentifierKind.nhsNumber, .phone] {
      #expect(score.byKind[kind]!.recall == 1.0, "\(kind.rawValue)")
    }
    #expect(score.keeps.lost <= 3)
  }

  /// The seventh set: written by a seventh author who saw no code and no other notes,
  /// after the sixth set had been read and the scrubber worked on against it; nobody
  /// working on the scrubber had seen it when it was first measured.
  @Test func removesIdentifiersFromTheSeventhSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.seventh, title: "the seventh held-out set")
    #expect(notes.count == 843)
    // First measured on 2026-11-30 at 3102ccd, before anyone working on the scrubber
    // read it: 1694 of 1753 identifiers (96.6%), 1142 of 1158 names (98.6%), all 81 NHS
    // numbers, 110 of 116 phone numbers, 11 of 230 KEEP spans redacted; see the README.
    // Then read and worked against: 1736, 1146 names, no KEEP span lost.
    #expect(score.overall.removed >= 1741)
    #expect(score.byKind[.name]!.removed >= 1149)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
    #expect(score.keeps.lost == 0)
  }

  /// The eighth set: written by an eighth author who saw no code and no other notes,
  /// at the same time as the seventh; nobody working on the scrubber read it until the
  /// work against the seventh set was done.
  @Test func removesIdentifiersFromTheEighthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.eighth, title: "the eighth held-out set")
    #expect(notes.count == 1169)
    // First measured on 2026-11-30, before anyone working on the scrubber read it: 2133
    // of 2188 identifiers (97.5%), 1327 of 1359 names (97.6%), all 112 NHS numbers, 144
    // of 145 phone numbers, 14 of 223 KEEP spans redacted (2115, 1323 names and 22 KEEP
    // spans at 3102ccd, before this round). Then read and worked against: these floors.
    #expect(score.overall.removed >= 2174)
    #expect(score.byKind[.name]!.removed >= 1352)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
    #expect(score.keeps.lost <= 0)
  }

  /// The ninth set: written by a ninth author who saw no code and no other notes, while
  /// the eighth was being worked against; nobody working on the scrubber read it until
  /// that work was done.
  @Test func removesIdentifiersFromTheNinthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.ninth, title: "the ninth held-out set")
    #expect(notes.count == 855)
    // First measured on 2026-11-30, before anyone working on the scrubber read it: 1756
    // of 1811 identifiers (97.0%), 1124 of 1150 names (97.7%), all 117 NHS numbers, 106
    // of 108 phone numbers, 1 of 157 KEEP spans redacted (1727, 1120 names and 7 KEEP
    // spans at 3102ccd, before this round). Then read and worked against: these floors.
    #expect(score.overall.removed >= 1791)
    #expect(score.byKind[.name]!.removed >= 1140)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
    #expect(score.keeps.lost <= 0)
  }

  /// The tenth set: written by a tenth author who saw no code and no other notes, while
  /// the ninth was being worked against; nobody working on the scrubber read it until
  /// that work was done.
  @Test func removesIdentifiersFromTheTenthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.tenth, title: "the tenth held-out set")
    #expect(notes.count == 1057)
    // First measured on 2026-11-30, before anyone working on the scrubber read it: 1953
    // of 2016 identifiers (96.9%), 1231 of 1266 names (97.2%), all 115 NHS numbers, 122
    // of 123 phone numbers, 4 of 199 KEEP spans redacted (1929, 1227 names and 12 KEEP
    // spans at 3102ccd, before this round). Then read and worked against: these floors.
    #expect(score.overall.removed >= 1988)
    #expect(score.byKind[.name]!.removed >= 1246)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
    #expect(score.keeps.lost == 0)
  }

  /// The eleventh set: written by an eleventh author who saw no code and no other
  /// notes, while the tenth was being worked against; nobody working on the scrubber
  /// read it until that work was done.
  @Test func removesIdentifiersFromTheEleventhSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.eleventh, title: "the eleventh held-out set")
    #expect(notes.count == 941)
    // First measured on 2026-12-01, before anyone working on the scrubber read it:
    // 1716 of 1743 identifiers (98.5%), 1179 of 1191 names (99.0%), all 73 NHS numbers,
    // 97 of 99 phone numbers, 2 of 177 KEEP spans redacted (1690, 1172 names and 11 KEEP
    // spans at 3102ccd, before that round). Then read and worked against: these floors.
    #expect(score.overall.removed >= 1732)
    #expect(score.byKind[.name]!.removed >= 1184)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
    #expect(score.keeps.lost <= 1)
  }

  /// The twelfth set: written by a twelfth author who saw no code and no other notes,
  /// after the eleventh set had been measured; nobody working on the scrubber read it
  /// until the work it measured was done.
  @Test func removesIdentifiersFromTheTwelfthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.twelfth, title: "the twelfth held-out set")
    #expect(notes.count == 957)
    // First measured on 2026-12-01, before anyone working on the scrubber read it:
    // 1856 of 1907 identifiers (97.3%), 1292 of 1320 names (97.9%), all 83 NHS numbers,
    // 100 of 103 phone numbers, 11 of 157 KEEP spans redacted (1818, 1280 names and 19
    // KEEP spans at 3102ccd, before that round). Then read and worked against: these floors.
    #expect(score.overall.removed >= 1895)
    #expect(score.byKind[.name]!.removed >= 1313)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
    #expect(score.keeps.lost <= 3)
  }

  /// The thirteenth set: written by a thirteenth author who saw no code and no other
  /// notes, while the eleventh and twelfth were being worked against; nobody working on
  /// the scrubber read it until that work was done.
  @Test func removesIdentifiersFromTheThirteenthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.thirteenth, title: "the thirteenth held-out set")
    #expect(notes.count == 1061)
    // First measured on 2026-12-01, before anyone working on the scrubber read it:
    // 2111 of 2152 identifiers (98.1%), 1268 of 1287 names (98.5%), all 128 NHS numbers,
    // 152 of 153 phone numbers, 3 of 211 KEEP spans redacted (2104, 1267 names and 7 KEEP
    // spans at cc7ac16, before this round). The floors keep it there.
    #expect(score.overall.removed >= 2137)
    #expect(score.byKind[.name]!.removed >= 1281)
    #expect(score.keeps.lost <= 1)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The fourteenth set: written by a fourteenth author, alongside the thirteenth.
  @Test func removesIdentifiersFromTheFourteenthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.fourteenth, title: "the fourteenth held-out set")
    #expect(notes.count == 842)
    // First measured on 2026-12-01, before anyone working on the scrubber read it:
    // 1933 of 1988 identifiers (97.2%), 1272 of 1304 names (97.5%), all 95 NHS numbers,
    // 103 of 106 phone numbers, 2 of 120 KEEP spans redacted (1926, 1271 names and 4 KEEP
    // spans at cc7ac16, before this round). The floors keep it there.
    #expect(score.overall.removed >= 1968)
    #expect(score.byKind[.name]!.removed >= 1290)
    #expect(score.keeps.lost <= 0)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The fifteenth set: written by a fifteenth author, alongside the thirteenth; kept
  /// unread to measure the work done against the thirteenth and fourteenth.
  @Test func removesIdentifiersFromTheFifteenthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.fifteenth, title: "the fifteenth held-out set")
    #expect(notes.count == 1073)
    // First measured on 2026-12-01, before anyone working on the scrubber read it:
    // 2137 of 2171 identifiers (98.4%), 1431 of 1444 names (99.1%), all 119 NHS numbers,
    // 138 of 143 phone numbers, 3 of 184 KEEP spans redacted (2134, 1430 names and 3 KEEP
    // spans at cc7ac16, before this round); 2146 (98.8%) and 1435 names, still unread,
    // after the work against the thirteenth and fourteenth. The floors keep it there.
    #expect(score.overall.removed >= 2159)
    #expect(score.byKind[.name]!.removed >= 1441)
    #expect(score.keeps.lost <= 1)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The sixteenth set: written by a sixteenth author who saw no code and no other notes,
  /// while the thirteenth and fourteenth were being worked against.
  @Test func removesIdentifiersFromTheSixteenthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.sixteenth, title: "the sixteenth held-out set")
    #expect(notes.count == 1071)
    // First measured on 2026-12-01, before anyone working on the scrubber read it:
    // 2336 of 2367 identifiers (98.7%), 1478 of 1486 names (99.5%), all 126 NHS numbers,
    // all 144 phone numbers, 2 of 164 KEEP spans redacted (2326, 1475 names and 2 KEEP
    // spans at cc7ac16, before this round). The floors keep it there.
    #expect(score.overall.removed >= 2355)
    #expect(score.byKind[.name]!.removed >= 1482)
    #expect(score.keeps.lost <= 1)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The seventeenth set: written by a seventeenth author, alongside the sixteenth.
  @Test func removesIdentifiersFromTheSeventeenthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.seventeenth, title: "the seventeenth held-out set")
    #expect(notes.count == 1175)
    // First measured on 2026-12-01, before anyone working on the scrubber read it:
    // 2254 of 2309 identifiers (97.6%), 1315 of 1340 names (98.1%), all 129 NHS numbers,
    // 184 of 189 phone numbers, 4 of 217 KEEP spans redacted (2247, 1312 names and 6 KEEP
    // spans at cc7ac16, before this round). The floors keep it there.
    #expect(score.overall.removed >= 2273)
    #expect(score.byKind[.name]!.removed >= 1323)
    #expect(score.keeps.lost <= 2)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The eighteenth set: written by an eighteenth author who saw no code and no other
  /// notes, while the fifteenth to seventeenth were being worked against.
  @Test func removesIdentifiersFromTheEighteenthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.eighteenth, title: "the eighteenth held-out set")
    #expect(notes.count == 1192)
    // First measured on 2026-12-01, before anyone working on the scrubber read it:
    // 2156 of 2194 identifiers (98.3%), 1334 of 1355 names (98.5%), all 138 NHS numbers,
    // 146 of 148 phone numbers, 6 of 222 KEEP spans redacted (2145, 1330 names and 10
    // KEEP spans at cc7ac16, before this round). The floors keep it there.
    #expect(score.overall.removed >= 2175)
    #expect(score.byKind[.name]!.removed >= 1345)
    #expect(score.keeps.lost <= 3)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The nineteenth set: written by a nineteenth author, alongside the eighteenth.
  @Test func removesIdentifiersFromTheNineteenthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.nineteenth, title: "the nineteenth held-out set")
    #expect(notes.count == 1229)
    // First measured on 2026-12-01, before anyone working on the scrubber read it:
    // 1983 of 2017 identifiers (98.3%), 1285 of 1298 names (99.0%), all 112 NHS numbers,
    // 128 of 129 phone numbers, 4 of 189 KEEP spans redacted (1971, 1280 names and 8 KEEP
    // spans at cc7ac16, before this round). The floors keep it there.
    #expect(score.overall.removed >= 1997)
    #expect(score.byKind[.name]!.removed >= 1290)
    #expect(score.keeps.lost <= 0)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The twentieth set: written by a twentieth author who saw no code and no other notes,
  /// while the eighteenth and nineteenth were being worked against.
  @Test func removesIdentifiersFromTheTwentiethSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.twentieth, title: "the twentieth held-out set")
    #expect(notes.count == 1094)
    // First measured on 2026-12-01, before anyone working on the scrubber read it:
    // 2343 of 2372 identifiers (98.8%), 1373 of 1389 names (98.8%), all 118 NHS numbers,
    // 164 of 165 phone numbers, 5 of 158 KEEP spans redacted (2332, 1368 names and 7 KEEP
    // spans at cc7ac16, before this round). The floors keep it there.
    #expect(score.overall.removed >= 2348)
    #expect(score.byKind[.name]!.removed >= 1376)
    #expect(score.keeps.lost <= 0)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The twenty-first set: written by a twenty-first author, alongside the twentieth.
  @Test func removesIdentifiersFromTheTwentyFirstSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.twentyFirst, title: "the twenty-first held-out set")
    #expect(notes.count == 997)
    // First measured on 2026-12-01, before anyone working on the scrubber read it:
    // 2060 of 2095 identifiers (98.3%), 1249 of 1265 names (98.7%), all 105 NHS numbers,
    // all 140 phone numbers, 8 of 210 KEEP spans redacted (2046, 1246 names and 11 KEEP
    // spans at cc7ac16, before this round). The floors keep it there.
    #expect(score.overall.removed >= 2063)
    #expect(score.byKind[.name]!.removed >= 1252)
    #expect(score.keeps.lost <= 1)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The twenty-second set: written by a twenty-second author who saw no code and no
  /// other notes, while the twentieth and twenty-first were being worked against.
  @Test func removesIdentifiersFromTheTwentySecondSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.twentySecond, title: "the twenty-second held-out set")
    #expect(notes.count == 821)
    // First measured on 2026-12-01, before anyone working on the scrubber read it:
    // 1793 of 1817 identifiers (98.7%), 1238 of 1256 names (98.6%), every NHS number,
    // phone number and date, no KEEP span redacted (1776, 1228 names and 2 KEEP spans at
    // cc7ac16). Then read and worked against: 1803 (99.2%), 1246 names (99.2%). The floors
    // keep it there.
    #expect(score.overall.removed >= 1803)
    #expect(score.byKind[.name]!.removed >= 1246)
    #expect(score.keeps.lost == 0)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The twenty-third set: written by a twenty-third author, alongside the twenty-second.
  @Test func removesIdentifiersFromTheTwentyThirdSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.twentyThird, title: "the twenty-third held-out set")
    #expect(notes.count == 888)
    // First measured on 2026-12-01, before anyone working on the scrubber read it:
    // 1923 of 1940 identifiers (99.1%), 1303 of 1312 names (99.3%), all 91 NHS numbers,
    // 107 of 108 phone numbers, 1 of 132 KEEP spans redacted (1914, 1299 names and 1 KEEP
    // span at cc7ac16). Then read and worked against: 1933 (99.6%), 1308 names (99.7%). The
    // floors keep it there.
    #expect(score.overall.removed >= 1933)
    #expect(score.byKind[.name]!.removed >= 1308)
    #expect(score.keeps.lost <= 1)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The twenty-fourth set: written by a twenty-fourth author who saw no code and no
  /// other notes, while the twenty-second and twenty-third were being worked against.
  @Test func removesIdentifiersFromTheTwentyFourthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.twentyFourth, title: "the twenty-fourth held-out set")
    #expect(notes.count == 909)
    // First measured on 2026-12-01 at 33a9411, before anyone working on the scrubber read it:
    // 2390 of 2709 identifiers (88.2%), 1462 of 1756 names (83.3%): its volunteers sign their
    // notes ("bex: ...") and type in lower case. Then read and worked against: 2627 (97.0%),
    // 1692 names (96.4%), every NHS number, 3 of 136 KEEP spans redacted. The floors keep it there.
    #expect(score.overall.removed >= 2632)
    #expect(score.byKind[.name]!.removed >= 1694)
    #expect(score.keeps.lost <= 2)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The twenty-fifth set: written by a twenty-fifth author, alongside the twenty-fourth.
  @Test func removesIdentifiersFromTheTwentyFifthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.twentyFifth, title: "the twenty-fifth held-out set")
    #expect(notes.count == 1074)
    // Not read by anyone working on the scrubber. First measured on 2026-12-01 at 33a9411: 2203
    // of 2263 identifiers (97.3%), 1350 of 1388 names; at the end of that day's work: 2206
    // (97.5%), 1353 names (97.5%), every NHS number and phone number, 7 of 159 KEEP spans
    // redacted. The floors keep it there.
    #expect(score.overall.removed >= 2206)
    #expect(score.byKind[.name]!.removed >= 1353)
    #expect(score.keeps.lost <= 6)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The twenty-sixth set: written by a twenty-sixth author who saw no code and no
  /// other notes, while the twenty-fourth was being worked against.
  @Test func removesIdentifiersFromTheTwentySixthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.twentySixth, title: "the twenty-sixth held-out set")
    #expect(notes.count == 920)
    // 2209 of 2408 identifiers (91.7%) and 1359 of 1526 names at 33a9411; first measured unseen
    // on 2026-12-01 after the work against the twenty-fourth: 2254 (93.6%), 1402 names (91.9%).
    // Then read and worked against (its staff sign with initials): 2350 (97.6%), 1494 names
    // (97.9%), every NHS number, 4 of 139 KEEP spans redacted. The floors keep it there.
    #expect(score.overall.removed >= 2357)
    #expect(score.byKind[.name]!.removed >= 1499)
    #expect(score.keeps.lost <= 3)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The twenty-seventh set: written by a twenty-seventh author, alongside the twenty-sixth.
  @Test func removesIdentifiersFromTheTwentySeventhSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.twentySeventh, title: "the twenty-seventh held-out set")
    #expect(notes.count == 976)
    // Not read by anyone working on the scrubber: 2063 of 2088 identifiers (98.8%) and 1308 of
    // 1314 names at 33a9411; 2065 (98.9%), 1309 names (99.6%), every NHS number and date, 5 of
    // 150 KEEP spans redacted at the end of 2026-12-01's work. The floors keep it there.
    #expect(score.overall.removed >= 2067)
    #expect(score.byKind[.name]!.removed >= 1309)
    #expect(score.keeps.lost <= 5)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The twenty-eighth set: written by a twenty-eighth author who saw no code and no
  /// other notes, while the twenty-sixth was being worked against.
  @Test func removesIdentifiersFromTheTwentyEighthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.twentyEighth, title: "the twenty-eighth held-out set")
    #expect(notes.count == 918)
    // 2649 of 3040 identifiers (87.1%) and 1733 of 2108 names at 33a9411; first measured unseen
    // on 2026-12-01 after the work against the twenty-sixth: 2781 (91.5%), 1865 names (88.5%).
    // Then read and worked against (its 23 staff sign in 23 ways): 2993 (98.5%), 2077 names
    // (98.5%), every NHS number, 3 of 133 KEEP spans redacted. The floors keep it there.
    #expect(score.overall.removed >= 2994)
    #expect(score.byKind[.name]!.removed >= 2078)
    #expect(score.keeps.lost <= 1)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The twenty-ninth set: written by a twenty-ninth author, alongside the twenty-eighth.
  @Test func removesIdentifiersFromTheTwentyNinthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.twentyNinth, title: "the twenty-ninth held-out set")
    #expect(notes.count == 920)
    // Not read by anyone working on the scrubber: 2628 of 2675 identifiers (98.2%) and 1608 of
    // 1624 names at 33a9411; 2628 (98.2%), 1609 names (99.1%), every NHS number, phone number
    // and email, 4 of 166 KEEP spans redacted at the end of 2026-12-01's work.
    #expect(score.overall.removed >= 2630)
    #expect(score.byKind[.name]!.removed >= 1611)
    #expect(score.keeps.lost <= 2)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The thirtieth set: written by a thirtieth author who saw no code and no other
  /// notes, while the twenty-eighth was being worked against.
  @Test func removesIdentifiersFromTheThirtiethSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.thirtieth, title: "the thirtieth held-out set")
    #expect(notes.count == 814)
    // Not read by anyone working on the scrubber: 1864 of 2119 identifiers (88.0%) and 1146 of
    // 1389 names at 33a9411; first measured at the end of 2026-12-01's work: 1986 (93.7%), 1268
    // names (91.3%), every NHS number, phone number and postcode, 4 of 113 KEEP spans redacted.
    #expect(score.overall.removed >= 2061)
    #expect(score.byKind[.name]!.removed >= 1342)
    #expect(score.keeps.lost <= 0)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The thirty-first set: written by a thirty-first author, alongside the thirtieth.
  @Test func removesIdentifiersFromTheThirtyFirstSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.thirtyFirst, title: "the thirty-first held-out set")
    #expect(notes.count == 902)
    // Not read by anyone working on the scrubber: 1811 of 1865 identifiers (97.1%) and 1106 of
    // 1149 names at 33a9411; first measured at the end of 2026-12-01's work: 1814 (97.3%), 1108
    // names (96.4%), every NHS number, date and email, 3 of 80 KEEP spans redacted.
    #expect(score.overall.removed >= 1848)
    #expect(score.byKind[.name]!.removed >= 1141)
    #expect(score.keeps.lost <= 1)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The thirty-second set: written by its own author, who saw no code and no other notes,
  /// while the thirtieth and thirty-first were being worked against.
  @Test func removesIdentifiersFromTheThirtySecondSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.thirtySecond, title: "the thirty-second held-out set")
    #expect(notes.count == 988)
    // Not read by anyone working on the scrubber when first measured: 2307 of 2342 identifiers (98.5%) and
    // 1424 of 1438 names at 1b186be, and the same when first measured at ccac762 (2026-12-01's second
    // session), 3 of 173 KEEP spans redacted (4 at 1b186be).
    #expect(score.overall.removed >= 2317)
    #expect(score.byKind[.name]!.removed >= 1424)
    #expect(score.keeps.lost <= 1)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The thirty-third set: written by its own author, who saw no code and no other notes,
  /// while the thirtieth and thirty-first were being worked against.
  @Test func removesIdentifiersFromTheThirtyThirdSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.thirtyThird, title: "the thirty-third held-out set")
    #expect(notes.count == 1009)
    // Not read by anyone working on the scrubber when first measured: 2234 of 2264 identifiers (98.7%) and
    // 1429 of 1439 names at 1b186be, and the same when first measured at ccac762, 1 of 115 KEEP spans
    // redacted (3 at 1b186be).
    #expect(score.overall.removed >= 2234)
    #expect(score.byKind[.name]!.removed >= 1429)
    #expect(score.keeps.lost <= 1)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The thirty-fourth set: written by its own author, who saw no code and no other notes,
  /// while the thirtieth and thirty-first were being worked against.
  @Test func removesIdentifiersFromTheThirtyFourthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.thirtyFourth, title: "the thirty-fourth held-out set")
    #expect(notes.count == 971)
    // Not read by anyone working on the scrubber when first measured: 2146 of 2166 identifiers (99.1%) and
    // 1273 of 1285 names at 1b186be, and the same when first measured at ccac762, 5 of 114 KEEP spans
    // redacted (6 at 1b186be).
    #expect(score.overall.removed >= 2146)
    #expect(score.byKind[.name]!.removed >= 1273)
    #expect(score.keeps.lost <= 3)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The thirty-fifth set: written by its own author, who saw no code and no other notes,
  /// while the thirtieth and thirty-first were being worked against.
  @Test func removesIdentifiersFromTheThirtyFifthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.thirtyFifth, title: "the thirty-fifth held-out set")
    #expect(notes.count == 891)
    // Not read by anyone working on the scrubber when first measured: 2716 of 2811 identifiers (96.6%) and
    // 1878 of 1966 names at 1b186be; first measured at ccac762: 2721 (96.8%), 1883
    // names (95.8%), 2 of 162 KEEP spans redacted.
    #expect(score.overall.removed >= 2785)
    #expect(score.byKind[.name]!.removed >= 1947)
    #expect(score.keeps.lost <= 1)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The thirty-sixth set: written by its own author, who saw no code and no other notes,
  /// while the thirty-second and thirty-fifth were being worked against.
  @Test func removesIdentifiersFromTheThirtySixthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.thirtySixth, title: "the thirty-sixth held-out set")
    #expect(notes.count == 990)
    // Not read by anyone working on the scrubber when first measured: 2037 of 2051 identifiers (99.3%) and
    // 1243 of 1249 names at 1b186be; first measured at d4aca25: 2039 (99.4%), 1243 names (99.5%), 7 of 175
    // KEEP spans redacted (8 at 1b186be).
    #expect(score.overall.removed >= 2039)
    #expect(score.byKind[.name]!.removed >= 1243)
    #expect(score.keeps.lost <= 7)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The thirty-seventh set: written by its own author, who saw no code and no other notes,
  /// while the thirty-second and thirty-fifth were being worked against.
  @Test func removesIdentifiersFromTheThirtySeventhSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.thirtySeventh, title: "the thirty-seventh held-out set")
    #expect(notes.count == 899)
    // Not read by anyone working on the scrubber when first measured: 2532 of 2631 identifiers (96.2%) and
    // 1669 of 1760 names at 1b186be; first measured at d4aca25: 2583 (98.2%), 1720 names (97.7%), 4 of 148
    // KEEP spans redacted (5 at 1b186be).
    #expect(score.overall.removed >= 2584)
    #expect(score.byKind[.name]!.removed >= 1721)
    #expect(score.keeps.lost <= 4)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The thirty-eighth set: written by its own author, who saw no code and no other notes,
  /// while the thirty-second and thirty-fifth were being worked against.
  @Test func removesIdentifiersFromTheThirtyEighthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.thirtyEighth, title: "the thirty-eighth held-out set")
    #expect(notes.count == 932)
    // Not read by anyone working on the scrubber when first measured: 2184 of 2208 identifiers (98.9%) and
    // 1399 of 1410 names at 1b186be, and the same when first measured at d4aca25, 3 of 166 KEEP spans
    // redacted (4 at 1b186be).
    #expect(score.overall.removed >= 2184)
    #expect(score.byKind[.name]!.removed >= 1399)
    #expect(score.keeps.lost <= 2)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The thirty-ninth set: written by its own author, who saw no code and no other notes,
  /// while the thirty-second and thirty-fifth were being worked against.
  @Test func removesIdentifiersFromTheThirtyNinthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.thirtyNinth, title: "the thirty-ninth held-out set")
    #expect(notes.count == 994)
    // Not read by anyone working on the scrubber when first measured: 1813 of 2041 identifiers (88.8%) and
    // 1073 of 1256 names at 1b186be; first measured at d4aca25: 1814 (88.9%), 1074 names (85.5%), 4 of 99
    // KEEP spans redacted (5 at 1b186be).
    #expect(score.overall.removed >= 1888)
    #expect(score.byKind[.name]!.removed >= 1134)
    #expect(score.keeps.lost <= 4)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The fortieth set: written by its own author, who saw no code and no other notes,
  /// while the thirty-ninth was being worked against.
  @Test func removesIdentifiersFromTheFortiethSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.fortieth, title: "the fortieth held-out set")
    #expect(notes.count == 927)
    // Not read by anyone working on the scrubber when first measured: 2909 of 3017 identifiers (96.4%) and
    // 2080 of 2175 names at 1b186be; first measured at 438c365: 2985 (98.9%), 2156 names (99.1%), 5 of 120
    // KEEP spans redacted (7 at 1b186be).
    #expect(score.overall.removed >= 2985)
    #expect(score.byKind[.name]!.removed >= 2156)
    #expect(score.keeps.lost <= 5)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The forty-first set: written by its own author, who saw no code and no other notes,
  /// while the thirty-ninth was being worked against.
  @Test func removesIdentifiersFromTheFortyFirstSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.fortyFirst, title: "the forty-first held-out set")
    #expect(notes.count == 994)
    // Not read by anyone working on the scrubber when first measured: 2081 of 2098 identifiers (99.2%) and
    // 1289 of 1298 names at 1b186be, and the same when first measured at 438c365, 3 of 149 KEEP spans
    // redacted (3 at 1b186be).
    #expect(score.overall.removed >= 2081)
    #expect(score.byKind[.name]!.removed >= 1289)
    #expect(score.keeps.lost <= 3)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The forty-second set: written by its own author, who saw no code and no other notes,
  /// while the thirty-ninth was being worked against.
  @Test func removesIdentifiersFromTheFortySecondSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.fortySecond, title: "the forty-second held-out set")
    #expect(notes.count == 986)
    // Not read by anyone working on the scrubber when first measured: 1899 of 2136 identifiers (88.9%) and
    // 1152 of 1352 names at 1b186be; first measured at 438c365: 1931 (90.4%), 1184 names (87.6%), 1 of 128
    // KEEP spans redacted.
    #expect(score.overall.removed >= 2007)
    #expect(score.byKind[.name]!.removed >= 1245)
    #expect(score.keeps.lost <= 1)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The forty-third set: written by its own author, who saw no code and no other notes,
  /// while the forty-second was being worked against.
  @Test func removesIdentifiersFromTheFortyThirdSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.fortyThird, title: "the forty-third held-out set")
    #expect(notes.count == 906)
    // Not read by anyone working on the scrubber when first measured: 1786 of 2012 identifiers (88.8%) and
    // 1028 of 1212 names at acbaf1a; first measured at 0b60431: 1789 (88.9%), 1031 names (85.1%), no KEEP span
    // redacted of 261.
    #expect(score.overall.removed >= 1852)
    #expect(score.byKind[.name]!.removed >= 1080)
    #expect(score.keeps.lost <= 0)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The forty-fourth set: written by its own author, who saw no code and no other notes,
  /// while the forty-second was being worked against.
  @Test func removesIdentifiersFromTheFortyFourthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.fortyFourth, title: "the forty-fourth held-out set")
    #expect(notes.count == 990)
    // Not read by anyone working on the scrubber when first measured: 2047 of 2096 identifiers (97.7%) and
    // 1100 of 1108 names at acbaf1a and when first measured at 0b60431, 1 of 180 KEEP spans redacted; 133 of
    // 134 NHS numbers then (a number's last four digits said again alone).
    #expect(score.overall.removed >= 2048)
    #expect(score.byKind[.name]!.removed >= 1100)
    #expect(score.keeps.lost <= 1)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The forty-fifth set: written by its own author, who saw no code and no other notes,
  /// while the forty-second was being worked against.
  @Test func removesIdentifiersFromTheFortyFifthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.fortyFifth, title: "the forty-fifth held-out set")
    #expect(notes.count == 986)
    // Not read by anyone working on the scrubber when first measured: 2217 of 2363 identifiers (93.8%) and
    // 1367 of 1468 names at acbaf1a and when first measured at 0b60431, 4 of 263 KEEP spans redacted.
    #expect(score.overall.removed >= 2310)
    #expect(score.byKind[.name]!.removed >= 1423)
    #expect(score.keeps.lost <= 4)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The forty-sixth set: written by its own author, who saw no code and no other notes,
  /// while the forty-second was being worked against.
  @Test func removesIdentifiersFromTheFortySixthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.fortySixth, title: "the forty-sixth held-out set")
    #expect(notes.count == 878)
    // Not read by anyone working on the scrubber when first measured: 2105 of 2130 identifiers (98.8%) and
    // 1326 of 1347 names at acbaf1a and when first measured at 0b60431, 6 of 150 KEEP spans redacted.
    #expect(score.overall.removed >= 2105)
    #expect(score.byKind[.name]!.removed >= 1326)
    #expect(score.keeps.lost <= 6)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The forty-seventh set: written by its own author, who saw no code and no other notes,
  /// while the forty-second was being worked against.
  @Test func removesIdentifiersFromTheFortySeventhSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.fortySeventh, title: "the forty-seventh held-out set")
    #expect(notes.count == 830)
    // Not read by anyone working on the scrubber when first measured: 4447 of 4538 identifiers (98.0%) and
    // 2115 of 2145 names at acbaf1a and when first measured at 0b60431, 7 of 338 KEEP spans redacted.
    #expect(score.overall.removed >= 4447)
    #expect(score.byKind[.name]!.removed >= 2115)
    #expect(score.keeps.lost <= 7)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The forty-eighth set: written by its own author, who saw no code and no other notes,
  /// while the forty-third and forty-fifth were being worked against.
  @Test func removesIdentifiersFromTheFortyEighthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.fortyEighth, title: "the forty-eighth held-out set")
    #expect(notes.count == 900)
    // Not read by anyone working on the scrubber when first measured: 1664 of 1887 identifiers (88.2%) and 941
    // of 1120 names at acbaf1a; first measured at 3a93327: 1703 (90.2%), 976 names (87.1%), 3 of 223 KEEP
    // spans redacted.
    #expect(score.overall.removed >= 1714)
    #expect(score.byKind[.name]!.removed >= 985)
    #expect(score.keeps.lost <= 3)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The forty-ninth set: written by its own author, who saw no code and no other notes,
  /// while the forty-third and forty-fifth were being worked against.
  @Test func removesIdentifiersFromTheFortyNinthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.fortyNinth, title: "the forty-ninth held-out set")
    #expect(notes.count == 889)
    // Not read by anyone working on the scrubber when first measured: 3019 of 3308 identifiers (91.3%) and
    // 1555 of 1821 names at acbaf1a; first measured at 3a93327: 3022 (91.4%), 1558 names (85.6%), 3 of 182
    // KEEP spans redacted.
    #expect(score.overall.removed >= 3279)
    #expect(score.byKind[.name]!.removed >= 1800)
    #expect(score.keeps.lost <= 3)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The fiftieth set: written by its own author, who saw no code and no other notes,
  /// while the forty-third and forty-fifth were being worked against.
  @Test func removesIdentifiersFromTheFiftiethSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.fiftieth, title: "the fiftieth held-out set")
    #expect(notes.count == 1012)
    // Not read by anyone working on the scrubber when first measured: first measured at 3ab0b28: 2260 of 2283
    // identifiers (99.0%), 1216 of 1227 names (99.1%), 33 of 366 KEEP spans redacted (9.0%).
    #expect(score.overall.removed >= 2260)
    #expect(score.byKind[.name]!.removed >= 1216)
    #expect(score.keeps.lost <= 28)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The fifty-second set: written by its own author, who saw no code and no other notes,
  /// while the forty-eighth and forty-ninth were being worked against.
  @Test func removesIdentifiersFromTheFiftySecondSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.fiftySecond, title: "the fifty-second held-out set")
    #expect(notes.count == 680)
    // Not read by anyone working on the scrubber when first measured: 2635 of 2832 identifiers (93.0%) and
    // 1449 of 1610 names at acbaf1a; first measured at f278f9e: 2672 (94.4%), 1486 names (92.3%), 4 of 138
    // KEEP spans redacted, 87 of 88 NHS numbers (a number before the next sentence's time; that one line was
    // then read).
    #expect(score.overall.removed >= 2673)
    #expect(score.byKind[.name]!.removed >= 1486)
    #expect(score.keeps.lost <= 4)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The fifty-first set: written by its own author, who saw no code and no other notes,
  /// while the forty-eighth and forty-ninth were being worked against.
  @Test func removesIdentifiersFromTheFiftyFirstSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.fiftyFirst, title: "the fifty-first held-out set")
    #expect(notes.count == 727)
    // Not read by anyone working on the scrubber when first measured: 1344 of 1537 identifiers (87.4%) and 738
    // of 912 names at acbaf1a; first measured at 535e6c9: 1382 (89.9%), 772 names (84.6%), 3 of 150 KEEP spans
    // redacted (1 at acbaf1a).
    #expect(score.overall.removed >= 1382)
    #expect(score.byKind[.name]!.removed >= 772)
    #expect(score.keeps.lost <= 3)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The fifty-third set: written by its own author, who saw no code and no other notes,
  /// while the fifty-first and fifty-second were being worked against.
  @Test func removesIdentifiersFromTheFiftyThirdSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.fiftyThird, title: "the fifty-third held-out set")
    #expect(notes.count == 820)
    // Not read by anyone working on the scrubber when first measured: 1261 of 1494 identifiers (84.4%) and
    // 749 of 960 names at a9784b0 (with the two fixes of 025e7b2, without which it stopped on a note of the
    // fifty-third); first measured at fd6461f: 1280 (85.7%), 768 names (80.0%), 1 KEEP span redacted.
    #expect(score.overall.removed >= 1280)
    #expect(score.byKind[.name]!.removed >= 768)
    #expect(score.keeps.lost <= 1)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The fifty-fourth set: written by its own author, who saw no code and no other notes,
  /// while the fifty-first and fifty-second were being worked against.
  @Test func removesIdentifiersFromTheFiftyFourthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.fiftyFourth, title: "the fifty-fourth held-out set")
    #expect(notes.count == 829)
    // Not read by anyone working on the scrubber when first measured: 1522 of 1633 identifiers (93.2%) and
    // 968 of 1077 names at a9784b0 (with the two fixes of 025e7b2, without which it stopped on a note of the
    // fifty-third); first measured at fd6461f: 1523 (93.3%), 968 names (89.9%), 0 KEEP spans redacted.
    #expect(score.overall.removed >= 1523)
    #expect(score.byKind[.name]!.removed >= 968)
    #expect(score.keeps.lost <= 0)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The fifty-fifth set: written by its own author, who saw no code and no other notes,
  /// while the fifty-first and fifty-second were being worked against.
  @Test func removesIdentifiersFromTheFiftyFifthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.fiftyFifth, title: "the fifty-fifth held-out set")
    #expect(notes.count == 800)
    // Not read by anyone working on the scrubber when first measured: 3699 of 4188 identifiers (88.3%) and
    // 1173 of 1547 names at a9784b0 (with the two fixes of 025e7b2, without which it stopped on a note of the
    // fifty-third); first measured at fd6461f: 3699 (88.3%), 1173 names (75.8%), 3 KEEP spans redacted.
    #expect(score.overall.removed >= 3699)
    #expect(score.byKind[.name]!.removed >= 1173)
    #expect(score.keeps.lost <= 3)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  /// The fifty-sixth set: written by its own author, who saw no code and no other notes,
  /// while the fifty-first and fifty-second were being worked against.
  @Test func removesIdentifiersFromTheFiftySixthSet() throws {
    let (notes, score) = try scoreAndReport(HeldOutSet.fiftySixth, title: "the fifty-sixth held-out set")
    #expect(notes.count == 833)
    // Not read by anyone working on the scrubber when first measured: 1537 of 1551 identifiers (99.1%) and
    // 886 of 894 names at a9784b0 (with the two fixes of 025e7b2, without which it stopped on a note of the
    // fifty-third); first measured at fd6461f: 1537 (99.1%), 886 names (99.1%), 2 KEEP spans redacted.
    #expect(score.overall.removed >= 1537)
    #expect(score.byKind[.name]!.removed >= 886)
    #expect(score.keeps.lost <= 2)
    #expect(score.byKind[.nhsNumber]!.recall == 1.0)
  }

  @Test func scrubbingTheNewHeldOutSetTwiceChangesNothing() throws {
    for note in try HeldOutSet.notes() {
      let once = scrubber.scrub(note.text)
      #expect(scrubber.scrub(once) == once, "\(note.source ?? "")")
    }
  }

  /// A held-out set's notes and their score, with the report printed for scrub-report:
  /// the figures, then every identifier missed, KEEP span lost and word lost.
  func scoreAndReport(_ set: String, title: String) throws -> (notes: [AnnotatedNote], score: ScrubScore) {
    let notes = try HeldOutSet.notes(of: set)
    let vocabulary = ScrubNoteGenerator.domainVocabulary.union(try Self.policyVocabulary())
    let score = ScrubScore(scrubber: scrubber, notes: notes, domainVocabulary: vocabulary)
    let categories = Set(notes.compactMap(\.category)).count
    publish(
      score.report(title: "\(title) (\(notes.count) notes, \(categories) categories)")
        + details(score.misses.map { "missed: \($0)" } + score.lostKeeps.map { "lost KEEP: \($0)" }
          + score.overRedactions.map { "lost: \($0)" }))
    return (notes, score)
  }

  /// Shows a set's report: appended to the file named by `SCRUB_REPORT_FILE` when
  /// it is set (as `scripts/scrub-report` does, since a long report printed to a
  /// pipe can lose its start), else printed.
  func publish(_ report: String) {
    guard let path = ProcessInfo.processInfo.environment["SCRUB_REPORT_FILE"], !path.isEmpty else {
      print(report)
      return
    }
    guard let file = FileHandle(forWritingAtPath: path) else {
      Issue.record("SCRUB_REPORT_FILE \(path) cannot be written")
      return
    }
    defer { try? file.close() }
    file.seekToEndOfFile()
    file.write(Data((report + "\n").utf8))
  }

  /// Lines of detail for a report, each indented by four spaces.
  func details(_ lines: [String]) -> String {
    lines.map { "\n    \($0)" }.joined()
  }

  @Test func scrubbingGeneratedNotesTwiceChangesNothing() {
    for note in Self.generatedNotes(count: 3000, seed: 0x5EED_0003) {
      let once = scrubber.scrub(note.text)
      #expect(scrubber.scrub(once) == once, "\(note.text)")
    }
  }

  @Test func scrubReplacesExactlyTheFindings() {
    for note in Self.generatedNotes(count: 1000, seed: 0x5EED_0004) {
      var expected = ""
      var position = note.text.startIndex
      for finding in scrubber.findings(in: note.text) {
        expected += note.text[position..<finding.range.lowerBound]
        expected += finding.kind.placeholder
        position = finding.range.upperBound
      }
      expected += note.text[position...]
      let cleaned = String(expected.map { $0.isASCII && ($0.asciiValue! < 0x20 || $0.asciiValue! == 0x7F) ? " " : $0 })
      #expect(scrubber.scrub(note.text) == cleaned)
    }
  }
}
