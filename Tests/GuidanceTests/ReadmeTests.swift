import Foundation
import TestSupport
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
    let start = try #require(readme.range(of: "```mermaid\nflowchart TD\n"))
    let end = try #require(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex))
    #expect("flowchart TD\n" + readme[start.upperBound..<end.lowerBound] == mermaidGraph(try #require(shippedMachine.layout(limit: 1000)), policy: shippedMachine.policy))
  }

  @Test func drawsTheModulesAsPackageSwiftDeclaresThem() throws {
    let start = try #require(readme.range(of: "```mermaid\nflowchart BT\n"))
    let end = try #require(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex))
    let drawn = Set(readme[start.upperBound..<end.lowerBound].split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
    let manifest = try String(contentsOfFile: PackagePaths.root + "/Package.swift", encoding: .utf8)
    #expect(drawn == Set(moduleDependencies(inManifest: manifest).map { "\($0.module) --> \($0.uses)" }))
  }

  /// Each non-test target's dependencies in a manifest, by name: targets by their name,
  /// products by theirs.
  func moduleDependencies(inManifest manifest: String) -> [(module: String, uses: String)] {
    var result: [(String, String)] = []
    let declarations = manifest.components(separatedBy: ".target(").dropFirst() + manifest.components(separatedBy: ".executableTarget(").dropFirst()
    for declaration in declarations {
      guard let nameStart = declaration.range(of: "name: \"") else { continue }
      let target = declaration[nameStart.upperBound...]
      let name = String(target.prefix { $0 != "\"" })
      guard name != "TestSupport", let list = target.range(of: "dependencies: [") else { continue }
      let dependencies = target[list.upperBound...].prefix { $0 != "]" }
      for part in dependencies.components(separatedBy: ",") {
        let part = part.trimmingCharacters(in: .whitespacesAndNewlines)
        if part.hasPrefix("\"") {
          result.append((name, part.trimmingCharacters(in: CharacterSet(charactersIn: "\""))))
        } else if let product = part.range(of: ".product(name: \"") {
          result.append((name, String(part[product.upperBound...].prefix { $0 != "\"" })))
        }
      }
    }
    return result
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
