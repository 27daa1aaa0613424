// The fuzz targets `scripts/fuzz` builds with libFuzzer: the transcript reader, the
// policy loader and the scrubber, each given arbitrary bytes. A crash, a hang or a broken
// promise (below) is a finding; libFuzzer saves the input that caused it.
@preconcurrency import Glibc
import Anonymiser
import PolicyEngine
import Transcripts

/// Which target runs: `FUZZ_TARGET` = transcript, policy or scrub.
nonisolated(unsafe) let target = getenv("FUZZ_TARGET").map { String(cString: $0) } ?? "transcript"
/// Built once: making the scrubber's word table per input would measure only that.
nonisolated(unsafe) let scrubber = Scrubber()

/// One input. Besides not crashing, each target keeps a promise:
/// - transcript: whatever the reader accepts, the writer writes back byte for byte, and
///   the reader reads that back to the same transcript;
/// - policy: loading and checking end with a policy or with located diagnostics;
/// - scrub: one line in gives one line out.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  switch target {
  case "transcript":
    guard let transcript = try? Transcript(parsing: bytes, file: "fuzz.txt") else { return 0 }
    let text = transcript.text
    guard text.utf8.elementsEqual(bytes) else { fatalError("the writer does not give back the bytes the reader accepted") }
    guard (try? Transcript(parsing: text, file: "fuzz.txt")) == transcript else { fatalError("the text written does not read back") }
  case "policy":
    switch CompiledPolicy.compile(Array(bytes), file: "fuzz.yaml") {
    case .success: break
    case .failure(let failure):
      if failure.diagnostics.isEmpty { fatalError("a policy was refused without a diagnostic") }
    }
  case "scrub":
    let line = String(decoding: bytes, as: UTF8.self)
    guard !line.contains(where: \.isNewline) else { return 0 }
    let scrubbed = scrubber.scrub(line)
    if scrubbed.contains(where: \.isNewline) { fatalError("one line in gave more than one line out") }
  default:
    fatalError("unknown FUZZ_TARGET \(target); expected transcript, policy or scrub")
  }
  return 0
}

@_extern(c, "LLVMFuzzerRunDriver")
func runFuzzer(
  _ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ body: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32
) -> Int32

/// The program's entry point (SwiftPM names it after the module): libFuzzer's driver.
@_cdecl("Fuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  var count = argc
  var arguments = argv
  return runFuzzer(&count, &arguments, fuzzOne)
}
