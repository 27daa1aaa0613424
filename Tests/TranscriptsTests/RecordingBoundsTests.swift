import TestSupport
import PolicyEngine
import Testing

@testable import Transcripts

/// A call is bounded so that whatever is recorded can be written as a transcript and read
/// back: the writer never writes what the reader refuses.
@Suite struct RecordingBoundsTests {
  /// The header facts of a transcript, the longest they can be.
  func transcript(of recording: SessionRecording) -> Transcript {
    recording.transcript(
      policyHash: String(repeating: "a", count: 64), date: "2026-11-25", sessionID: String(repeating: "b", count: 64),
      endingOtherwise: .endOfInput)
  }

  @Test func aCallOfBackAndForthStopsAtTheMostEventsAndReadsBack() throws {
    var recording = SessionRecording(machine: Shipped.machine)
    var steps = 0
    while recording.hasRoomForAStep && steps < 10_000 {
      if steps.isMultiple(of: 2) { try recording.answer("patient") } else { recording.back() }
      steps += 1
    }
    #expect(steps < 10_000)
    #expect(recording.events.count <= SessionRecording.maximumEvents)
    #expect(recording.events.count > SessionRecording.maximumEvents - 2)
    let text = transcript(of: recording).text
    #expect(try Transcript(parsing: text, file: "call.txt") == transcript(of: recording))
  }

  @Test func theMostNotesOfTheLongestKindStillMakeATranscriptTheReaderReads() throws {
    var recording = SessionRecording(machine: Shipped.machine)
    // Four bytes of UTF-8 each: the largest a note of the most characters can be.
    let longest = String(repeating: "\u{1F600}", count: SessionRecording.maximumNoteLength)
    while recording.hasRoomForANote { recording.note(scrubbed: longest) }
    #expect(recording.noteCount == SessionRecording.maximumNotes)
    while recording.hasRoomForAStep { try recording.answer("patient"); recording.back() }
    let text = transcript(of: recording).text
    #expect(text.utf8.count <= Transcript.maximumSize)
    #expect(try Transcript(parsing: text, file: "call.txt") == transcript(of: recording))
  }

  @Test func aNoteLongerThanTheMostIsCutToIt() {
    var recording = SessionRecording(machine: Shipped.machine)
    recording.note(scrubbed: String(repeating: "é", count: SessionRecording.maximumNoteLength + 5))
    #expect(recording.events.last == .note(String(repeating: "é", count: SessionRecording.maximumNoteLength)))
  }
}
