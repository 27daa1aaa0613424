/// Where in a policy file a value sits, as the keys and list positions leading to it:
/// `rules[3].when.asker`.
public struct PolicyPath: Sendable, Hashable, CustomStringConvertible {
  /// One step of a path: a mapping key or a list position.
  public enum Component: Sendable, Hashable {
    case key(String)
    case index(Int)
  }

  public var components: [Component]

  public init(_ components: [Component] = []) {
    self.components = components
  }

  /// The path one key further down.
  public func appending(_ key: String) -> PolicyPath {
    PolicyPath(components + [.key(key)])
  }

  /// The path one list position further down.
  public func appending(_ index: Int) -> PolicyPath {
    PolicyPath(components + [.index(index)])
  }

  /// The path one step up, or nil at the top.
  public var parent: PolicyPath? {
    components.isEmpty ? nil : PolicyPath(Array(components.dropLast()))
  }

  public var description: String {
    var text = ""
    for component in components {
      switch component {
      case .key(let key): text += text.isEmpty ? key : ".\(key)"
      case .index(let index): text += "[\(index)]"
      }
    }
    return text.isEmpty ? "(top level)" : text
  }
}
