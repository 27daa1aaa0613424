import ArgumentParser
import Guidance
import LineEditing
import PolicyEngine
import Transcripts

/// `second-opinion report PATH...`: the demand for second opinions, month by month.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Count what callers asked for, month by month, from transcripts.",
    discussion: """
      Reads transcript files and folders (a session read twice counts once) and counts the \
      calls by outcome and its family, by who was asking, by treating centre and wanted \
      centre, the routes open between the London services, the questions callers could not \
      answer, and where abandoned calls stopped. Notes are never read or shown. Any count \
      under the threshold is shown as <5 (with the default threshold), and so is any share \
      resting on one. A file that cannot be read as a transcript is reported by place and \
      kind, never its text, and skipped. Exit status: 0 every file counted, 1 a file was \
      skipped, 2 bad usage or an unreadable policy.
      """)

  @Argument(help: ArgumentHelp("Transcript files, or folders to search for .txt files.", valueName: "path"), completion: .file())
  var paths: [String]

  @Flag(help: "Print CSV, one row per month and counted thing, instead of the text table.")
  var csv = false

  @Option(help: ArgumentHelp("Also write the report as one self-contained HTML page with charts.", valueName: "file"), completion: .file(extensions: ["html"]))
  var html: String?

  @Option(help: ArgumentHelp("The first month to count, as YYYY-MM.", valueName: "month"))
  var from: String?

  @Option(help: ArgumentHelp("The last month to count, as YYYY-MM.", valueName: "month"))
  var to: String?

  @Option(help: ArgumentHelp("The smallest count shown as it is; smaller ones are shown as <N.", valueName: "n"))
  var threshold = SmallCounts.defaultThreshold

  @OptionGroup var policyOption: PolicyOption

  func validate() throws {
    if paths.isEmpty { throw ValidationError("give at least one transcript file or folder") }
    for (name, value) in [("--from", from), ("--to", to)] {
      if let value, CalendarMonth(value) == nil { throw ValidationError("\(name) takes a month written YYYY-MM, such as 2026-11; found '\(value)'") }
    }
    if let first = from.flatMap({ CalendarMonth($0) }), let last = to.flatMap({ CalendarMonth($0) }), last < first {
      throw ValidationError("--to \(last) comes before --from \(first)")
    }
    if threshold < 1 { throw ValidationError("--threshold must be at least 1") }
  }

  func run() throws {
    let machine = try policyOption.load().machine
    let files = try Frontend.transcriptFiles(in: paths)
    // Reading and parsing is most of the work: a few threads share it, each over a
    // run of files, so the skipped files are still listed in file order.
    let threads = files.count < 1000 ? 1 : min(Platform.processorCount, 8)
    let parts = PartResults(count: threads)
    Platform.inParallel(threads) { part in
      let start = files.count * part / threads
      let end = files.count * (part + 1) / threads
      parts[part] = readCalls(files[start..<end])
    }
    var calls = DemandCalls()
    var skipped: [Diagnostic] = []
    for part in parts.all {
      calls.merge(part.calls)
      skipped += part.skipped
    }
    Frontend.report(skipped)

    let options = DemandReport.Options(
      from: from.flatMap { CalendarMonth($0) }, to: to.flatMap { CalendarMonth($0) }, smallCounts: SmallCounts(threshold: threshold))
    let reading = DemandReport.Reading(files: files.count, skipped: skipped.count, duplicates: calls.duplicates)
    let report = DemandReport(calls: calls, naming: machine, reading: reading, options: options)
    if let html {
      do {
        try Platform.writeAtomically(Array(demandReportHTML(report).utf8), to: html, mode: 0o644, replacing: true)
      } catch {
        Frontend.reportError("\(error)")
        throw ExitCode(.usage)
      }
    }
    Output.standardOutput.write(csv ? demandReportCSV(report) : demandReportText(report))
    // Ends the process here rather than returning: freeing a hundred thousand calls one
    // by one would take longer than the report itself.
    Platform.exit(skipped.isEmpty ? 0 : ExitStatus.failure.rawValue)
  }
}

/// The calls in some transcript files, and why any files were skipped.
private struct PartResult {
  var calls = DemandCalls()
  var skipped: [Diagnostic] = []
}

/// Reads transcript files into calls; a file that cannot be read as a transcript is
/// skipped, with a diagnostic that gives its place and kind of problem, never its text.
private func readCalls(_ files: ArraySlice<String>) -> PartResult {
  var result = PartResult(calls: DemandCalls(reservingCapacity: files.count))
  for file in files {
    let bytes: [UInt8]
    do {
      let contents = try Platform.readFile(file, limit: Transcript.maximumSize)
      if contents.size > Transcript.maximumSize {
        result.skipped += TranscriptParseError.tooLarge(size: contents.size, file: file).diagnostics.map { diagnostic in
          var skipped = diagnostic
          skipped.message += "; skipped"
          return skipped
        }
        continue
      }
      bytes = contents.bytes
    } catch {
      result.skipped.append(Diagnostic(.error, "\(error); skipped"))
      continue
    }
    do {
      let transcript = try Transcript(parsing: bytes, file: file)
      guard let call = DemandCall(transcript) else {
        result.skipped.append(SkippedTranscript.undated(file: file))
        continue
      }
      result.calls.add(call)
    } catch {
      result.skipped.append(SkippedTranscript.diagnostic(for: error, bytes: bytes, file: file))
    }
  }
  return result
}

/// One result per thread, each written by its own thread only.
private final class PartResults: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<PartResult>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: PartResult())
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  subscript(index: Int) -> PartResult {
    get { slots[index] }
    set { slots[index] = newValue }
  }

  var all: [PartResult] { Array(slots) }
}
