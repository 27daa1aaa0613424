@testable import Guidance
import Testing

/// Width and colour decided from given facts about an output.
@Suite struct TextLayoutTests {
  @Test func widthPrefersTheTerminalThenColumnsThenEighty() {
    #expect(Presentation.columns(windowColumns: 92, columnsVariable: "100") == 92)
    #expect(Presentation.columns(windowColumns: 200, columnsVariable: nil) == 100)
    #expect(Presentation.columns(windowColumns: nil, columnsVariable: "150") == 100)
    #expect(Presentation.columns(windowColumns: nil, columnsVariable: "100") == 100)
    #expect(Presentation.columns(windowColumns: nil, columnsVariable: nil) == 80)
  }

  @Test(arguments: ["", "0", "-5", "wide", "12x"])
  func unusableColumnsValueFallsBackToEighty(value: String) {
    #expect(Presentation.columns(windowColumns: nil, columnsVariable: value) == 80)
  }

  @Test func colourNeedsATerminalNoNoColorAndANonDumbTerm() {
    #expect(TextStyle(outputIsTerminal: true, noColor: nil, term: "xterm-256color").usesColor)
    #expect(TextStyle(outputIsTerminal: true, noColor: "", term: "xterm").usesColor)
    #expect(!TextStyle(outputIsTerminal: false, noColor: nil, term: "xterm").usesColor)
    #expect(!TextStyle(outputIsTerminal: true, noColor: "1", term: "xterm").usesColor)
    #expect(!TextStyle(outputIsTerminal: true, noColor: nil, term: "dumb").usesColor)
  }
}
