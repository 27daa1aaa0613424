import PolicyEngine

/// A policy comparison as JSON, keys always in this order: `old` and `new` (id and
/// version), `changes_calls`, `decisions` (each situation's conditions, its combinations and
/// how many of them change, and the old and new outcomes, null where a policy lacks the answers), `question_order`, then
/// `questions`, `answers`, `outcomes`, `clauses`, `groups`, `families` and `plausibility`, each change with its
/// parts.
public func diffJSON(_ diff: PolicyDiff) -> JSON {
  func identity(_ identity: PolicyIdentity) -> JSON {
    .object([("id", .string(identity.id)), ("version", .string(identity.version))])
  }
  func count(_ value: Double) -> JSON { .number(value < 9e18 ? Int(value) : Int.max) }
  func outcome(_ id: String?) -> JSON { id.map(JSON.string) ?? .null }
  func changes(_ list: [PolicyDiff.Change]) -> JSON {
    .array(list.map { change in
      .object([
        ("id", .string(change.id)),
        ("change", .string(change.kind.rawValue)),
        ("fields", .array(change.fields.map { field in
          .object([
            ("field", .string(field.field)), ("old", .string(field.old)), ("new", .string(field.new)),
            ("shown_on_calls", .bool(field.isShownOnCalls)),
          ])
        })),
      ])
    })
  }
  let decisions = diff.decisions.map { situation -> JSON in
    .object([
      ("when", .object(situation.conditions.map { ($0.question, .array($0.answers.map(JSON.string))) })),
      ("combinations", count(situation.combinations)),
      ("changed", count(situation.changed)),
      ("changes", .array(situation.changes.map { change in
        .object([("old", outcome(change.old)), ("new", outcome(change.new)), ("combinations", count(change.combinations))])
      })),
    ])
  }
  let order: JSON = diff.questionOrder.map { order in
    .object([("old", .array(order.old.map(JSON.string))), ("new", .array(order.new.map(JSON.string)))])
  } ?? .null
  return .object([
    ("old", identity(diff.old)),
    ("new", identity(diff.new)),
    ("changes_calls", .bool(diff.changesCalls)),
    ("decisions", .array(decisions)),
    ("question_order", order),
    ("questions", changes(diff.questions)),
    ("answers", changes(diff.answers)),
    ("outcomes", changes(diff.outcomes)),
    ("clauses", changes(diff.clauses)),
    ("groups", changes(diff.groups)),
    ("families", changes(diff.families)),
    ("plausibility", changes(diff.plausibility)),
  ])
}
