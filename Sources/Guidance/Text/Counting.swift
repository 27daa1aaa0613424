/// "1 rule", "3 rules".
public func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
  "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
}

/// "a", "a or b", "a, b or c": items as a sentence lists them.
public func listed(_ items: [String], joinedBy conjunction: String = "or") -> String {
  guard let last = items.last else { return "" }
  guard items.count > 1 else { return last }
  return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
}
