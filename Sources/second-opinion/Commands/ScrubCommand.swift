import ArgumentParser
import Anonymiser

/// `second-opinion scrub`: the anonymiser as a filter.
struct ScrubCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scrub",
    abstract: "Remove personal data from text: standard input to standard output, one line out per line in.",
    discussion: """
      Names, NHS numbers, phone numbers, email addresses, postcodes, dates, street addresses \
      and hospital or record numbers become placeholders such as [NAME] and [NHS-NUMBER]. \
      This is the same scrubber every note passes through before it reaches a transcript. \
      A line longer than 1 MB is refused: what came before it is written, and the exit \
      status is 2.
      """)

  /// The longest line scrubbed. A note is a line typed during a call; a longer
  /// line is refused, with what came before it written, so memory stays bounded
  /// whatever the input.
  static let maximumLineBytes = 1 << 20

  func run() throws {
    // Lines are scrubbed in batches on every core, and written in the order they came.
    let scrubber = ParallelLineScrubber()
    var splitter = LineSplitter(maximumLineBytes: Self.maximumLineBytes)
    var overlongLine: Int? = nil
    let write = { (bytes: [UInt8]) in Output.standardOutput.write(bytes: bytes) }

    func emit(_ piece: LineSplitter.Piece) {
      guard overlongLine == nil else { return }
      switch piece {
      case .line(_, let bytes):
        scrubber.add(bytes, write: write)
      case .overlong(let number):
        overlongLine = number
      }
    }

    do {
      try Platform.readStandardInput { chunk in
        splitter.feed(chunk, emit)
        // Output that cannot be written ends the filter, as it does `cat`.
        if Output.standardOutput.failure != nil { return false }
        return overlongLine == nil
      }
    } catch {
      scrubber.flush(write: write)
      Frontend.reportError("\(error)")
      throw ExitCode(.usage)
    }
    if overlongLine == nil { splitter.finish(emit) }
    scrubber.flush(write: write)
    if let line = overlongLine {
      Frontend.reportError(
        "line \(line) is longer than \(Self.maximumLineBytes >> 20) MB; it was not scrubbed, and nothing from it on was written")
      throw ExitCode(.usage)
    }
  }
}
