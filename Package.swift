// swift-tools-version:6.0
import PackageDescription

// One module per concern; the README's "Design" section draws how they depend on each
// other (a test checks that drawing against this file).
let package = Package(
  name: "second-opinion",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "second-opinion", targets: ["second-opinion"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
  ],
  targets: [
    // The policy engine: the policy as data, loading it with located diagnostics,
    // proving it sound, and the state machine a call walks. Pure.
    .target(
      name: "PolicyEngine",
      dependencies: [
        .product(name: "Yams", package: "Yams"),
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      resources: [.embedInCode("Resources/policy.yaml")]
    ),
    // The anonymiser: removes personal data from notes, and audits text for it. Pure,
    // and independent of everything else.
    .target(name: "Anonymiser"),
    // Transcripts: the file format, recording a call, replaying calls against a policy,
    // and reports over transcripts. Pure.
    .target(name: "Transcripts", dependencies: ["PolicyEngine"]),
    // What staff see during a call, as pure functions: the conversation (a line in, a
    // reply out), its commands and screens, and the text layout they share.
    .target(name: "Guidance", dependencies: ["PolicyEngine", "Transcripts", "Anonymiser"]),
    // Practice for new staff: courses of story exercises, marking, walkthroughs. Pure.
    .target(name: "Training", dependencies: ["PolicyEngine", "Transcripts", "Anonymiser", "Guidance"]),
    // libedit, and reading lines from a terminal or a pipe: input only.
    .systemLibrary(
      name: "CLibEdit",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    .target(name: "LineEditing", dependencies: ["CLibEdit"]),
    // The command-line tool: its frontend (files, output, diagnostics, exit statuses),
    // the commands, and the one loop that runs interactive sessions.
    .executableTarget(
      name: "second-opinion",
      dependencies: [
        "PolicyEngine", "Anonymiser", "Transcripts", "Guidance", "Training", "LineEditing",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // What the test targets share: the shipped policy, seeded generators, sample calls.
    .target(name: "TestSupport", dependencies: ["PolicyEngine", "Transcripts"], path: "Tests/TestSupport"),
    .testTarget(name: "PolicyEngineTests", dependencies: ["PolicyEngine", "TestSupport"], resources: [.copy("Fixtures")]),
    .testTarget(name: "AnonymiserTests", dependencies: ["Anonymiser", "TestSupport"], exclude: ["HeldOut", "HeldOut.errata", "HeldOutSealed", "HeldOutFinal", "HeldOutFourth", "HeldOutFifth", "HeldOutSixth", "HeldOutSeventh", "HeldOutEighth", "HeldOutNinth", "HeldOutTenth", "HeldOutEleventh", "HeldOutTwelfth", "HeldOutThirteenth", "HeldOutFourteenth", "HeldOutFifteenth", "HeldOutSixteenth", "HeldOutSeventeenth", "HeldOutEighteenth", "HeldOutNineteenth", "HeldOutTwentieth", "HeldOutTwentyFirst", "HeldOutTwentySecond", "HeldOutTwentyThird", "HeldOutTwentyFourth", "HeldOutTwentyFifth", "HeldOutTwentySixth", "HeldOutTwentySeventh", "HeldOutTwentyEighth", "HeldOutTwentyNinth", "HeldOutThirtieth", "HeldOutThirtyFirst", "HeldOutThirtySecond", "HeldOutThirtyThird", "HeldOutThirtyFourth", "HeldOutThirtyFifth", "HeldOutThirtySixth", "HeldOutThirtySeventh", "HeldOutThirtyEighth", "HeldOutThirtyNinth", "HeldOutFortieth", "HeldOutFortyFirst", "HeldOutFortySecond", "HeldOutFortySecond.errata", "HeldOutFortyThird", "HeldOutFortyFourth", "HeldOutFortyFifth", "HeldOutFortySixth", "HeldOutFortySeventh", "HeldOutFortyEighth", "HeldOutFortyNinth", "HeldOutFiftieth", "HeldOutFiftySecond", "HeldOutFiftyFirst", "HeldOutFiftyThird", "HeldOutFiftyFourth", "HeldOutFiftyFifth", "HeldOutFiftySixth"]),
    .testTarget(name: "TranscriptsTests", dependencies: ["Transcripts", "Anonymiser", "TestSupport"]),
    .testTarget(name: "GuidanceTests", dependencies: ["Guidance", "TestSupport"]),
    .testTarget(name: "TrainingTests", dependencies: ["Training", "TestSupport"]),
    .testTarget(name: "LineEditingTests", dependencies: ["LineEditing", "TestSupport"]),
    .testTarget(name: "CLITests", dependencies: ["second-opinion", "TestSupport"]),
  ]
)
