import Testing
@preconcurrency import Glibc

@testable import LineEditing

@Suite struct SignalAndWriteTests {
  @Test func terminationExitStatusIsOneHundredTwentyEightPlusTheSignal() {
    #expect(Termination.hangup.conventionalExitStatus == 129)
    #expect(Termination.terminate.conventionalExitStatus == 143)
  }

  @Test func writingToAClosedPipeFailsQuietly() throws {
    Platform.ignoreBrokenPipe()
    var ends: [Int32] = [-1, -1]
    try #require(pipe(&ends) == 0)
    close(ends[0])  // nobody reads any more
    defer { close(ends[1]) }
    #expect(Platform.write("anyone there?", to: ends[1]) == false)
  }
}
