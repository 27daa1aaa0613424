import PolicyEngine

/// A diagnostic as one line, `file:line:column: error: message`, with the severity
/// coloured when the style allows.
public func diagnosticLine(_ diagnostic: Diagnostic, style: TextStyle) -> String {
  let place = diagnostic.location.map { style.bold("\($0):") + " " } ?? ""
  let severity: String
  switch diagnostic.severity {
  case .error: severity = style.red("error:")
  case .warning: severity = style.magenta("warning:")
  case .note: severity = style.cyan("note:")
  }
  return "\(place)\(severity) \(diagnostic.message)"
}

/// "2 errors, 1 warning", or "no problems".
public func diagnosticTally(_ diagnostics: [Diagnostic]) -> String {
  let errors = diagnostics.filter { $0.severity == .error }.count
  let warnings = diagnostics.filter { $0.severity == .warning }.count
  var parts: [String] = []
  if errors > 0 { parts.append(counted(errors, "error")) }
  if warnings > 0 { parts.append(counted(warnings, "warning")) }
  return parts.isEmpty ? "no problems" : parts.joined(separator: ", ")
}
