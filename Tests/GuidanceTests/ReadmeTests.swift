import Foundation
import Testing

@testable import Guidance

/// The README shows what the tool really does.
@Suite struct ReadmeTests {
  let readme: String

  init() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
  }

  @Test func embedsTheMermaidDrawingOfTheShippedPolicy() throws {
    let start = try #require(readme.range(of: "```mermaid\n"))
    let end = try #require(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex))
    #expect(String(readme[start.upperBound..<end.lowerBound]) == mermaidGraph(try #require(shippedMachine.layout(limit: 1000)), policy: shippedMachine.policy))
  }

  @Test func opensWithTheTwoCommands() throws {
    let block = try #require(readme.range(of: "```sh\n"))
    let firstLines = readme[block.upperBound...].split(separator: "\n").prefix(2).map { $0.split(separator: " ").first.map(String.init) }
    #expect(firstLines == ["scripts/run", "scripts/test"])
  }

  @Test func statesTheShippedPolicysSize() {
    let paths = shippedMachine.paths()
    #expect(readme.contains("compiles to \(shippedMachine.size().states) states and \(paths.count) distinct paths to \(Set(paths.map(\.outcome)).count) outcomes"))
  }
}
