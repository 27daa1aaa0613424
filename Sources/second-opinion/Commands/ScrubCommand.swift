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
      This is the same scrubber every note passes through before it reaches a transcript.
      """)

  /// The longest line scrubbed; anything longer is refused rather than passed through raw.
  static let maximumLineBytes = 16 << 20

  func run() throws {
    let scrubber = Scrubber()
    var pending: [UInt8] = []
    var output: [UInt8] = []
    output.reserveCapacity(1 << 17)
    var lineNumber = 0
    var tooLong = false

    func emit(_ line: ArraySlice<UInt8>) {
      lineNumber += 1
      var line = line
      if line.last == UInt8(ascii: "\r") { line.removeLast() }
      output.append(contentsOf: scrubber.scrub(String(decoding: line, as: UTF8.self)).utf8)
      output.append(UInt8(ascii: "\n"))
      if output.count >= 1 << 16 {
        Output.standardOutput.write(bytes: output)
        output.removeAll(keepingCapacity: true)
      }
    }

    do {
      try Platform.readStandardInput { chunk in
        var start = chunk.startIndex
        while let newline = chunk[start...].firstIndex(of: UInt8(ascii: "\n")) {
          if pending.isEmpty {
            emit(chunk[start..<newline])
          } else {
            pending.append(contentsOf: chunk[start..<newline])
            emit(pending[...])
            pending.removeAll(keepingCapacity: true)
          }
          start = newline + 1
        }
        pending.append(contentsOf: chunk[start...])
        // Output that cannot be written ends the filter, as it does `cat`.
        if Output.standardOutput.failure != nil { return false }
        if pending.count > Self.maximumLineBytes {
          tooLong = true
          return false
        }
        return true
      }
    } catch {
      Output.standardOutput.write(bytes: output)
      Frontend.reportError("\(error)")
      throw ExitCode(.usage)
    }
    if tooLong {
      Output.standardOutput.write(bytes: output)
      Frontend.reportError("line \(lineNumber + 1) is longer than \(Self.maximumLineBytes >> 20) MB; it was not scrubbed and nothing after it was written")
      throw ExitCode(.failure)
    }
    if !pending.isEmpty { emit(pending[...]) }
    Output.standardOutput.write(bytes: output)
  }
}
