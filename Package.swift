// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "second-opinion",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "second-opinion", targets: ["second-opinion"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
  ],
  targets: [
    // The policy engine: model, loading, checking, the state machine. Pure.
    .target(
      name: "PolicyEngine",
      dependencies: [.product(name: "Yams", package: "Yams")],
      resources: [.embedInCode("Resources/policy.yaml")]
    ),
    // Transcripts: format, replay, scrubbing, auditing. Pure.
    .target(name: "Transcripts", dependencies: ["PolicyEngine"]),
    // The conversation a staff member has with the tool, as pure functions:
    // reading answers and commands, rendering screens, training exercises.
    .target(name: "Guidance", dependencies: ["PolicyEngine", "Transcripts"]),
    // libedit, and a small Swift wrapper around it.
    .systemLibrary(
      name: "CLibEdit",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    .target(name: "LineEditing", dependencies: ["CLibEdit"]),
    // The command-line tool: wires the modules to files, terminals and signals.
    .executableTarget(
      name: "second-opinion",
      dependencies: [
        "PolicyEngine", "Transcripts", "Guidance", "LineEditing",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "PolicyEngineTests", dependencies: ["PolicyEngine"], resources: [.copy("Fixtures")]),
    .testTarget(name: "TranscriptsTests", dependencies: ["Transcripts"]),
    .testTarget(name: "GuidanceTests", dependencies: ["Guidance"]),
    .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
    .testTarget(name: "CLITests", dependencies: ["second-opinion"]),
  ]
)
