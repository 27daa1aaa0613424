import Testing
@testable import LineEditing
@preconcurrency import Glibc

/// Terminal facts decided from given inputs.
@Suite struct TerminalTests {
  @Test func widthPrefersTheTerminalThenColumnsThenEighty() {
    #expect(Terminal.columns(windowColumns: 132, columnsVariable: "100") == 132)
    #expect(Terminal.columns(windowColumns: nil, columnsVariable: "100") == 100)
    #expect(Terminal.columns(windowColumns: nil, columnsVariable: nil) == 80)
  }

  @Test(arguments: ["", "0", "-5", "wide", "12x"])
  func unusableColumnsValueFallsBackToEighty(value: String) {
    #expect(Terminal.columns(windowColumns: nil, columnsVariable: value) == 80)
  }

  @Test func colourNeedsATerminalNoNoColorAndANonDumbTerm() {
    #expect(Terminal.shouldUseColour(outputIsTerminal: true, noColor: nil, term: "xterm-256color"))
    #expect(Terminal.shouldUseColour(outputIsTerminal: true, noColor: "", term: "xterm"))
    #expect(!Terminal.shouldUseColour(outputIsTerminal: false, noColor: nil, term: "xterm"))
    #expect(!Terminal.shouldUseColour(outputIsTerminal: true, noColor: "1", term: "xterm"))
    #expect(!Terminal.shouldUseColour(outputIsTerminal: true, noColor: nil, term: "dumb"))
  }

  @Test func terminationExitStatusIsOneHundredTwentyEightPlusTheSignal() {
    #expect(Termination.hangup.conventionalExitStatus == 129)
    #expect(Termination.terminate.conventionalExitStatus == 143)
  }

  @Test func writingToAClosedPipeFailsQuietly() throws {
    Terminal.ignoreBrokenPipe()
    var ends: [Int32] = [-1, -1]
    try #require(pipe(&ends) == 0)
    close(ends[0])  // nobody reads any more
    defer { close(ends[1]) }
    #expect(Platform.write("anyone there?", to: ends[1]) == false)
  }
}
