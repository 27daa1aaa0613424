#!/usr/bin/env python3
"""Writes a large synthetic policy for benchmarking `second-opinion check`.

    generate_policy.py QUESTIONS ANSWERS RULES SEED [tree|exceptions|overlapping] > policy.yaml

The default shape is a decision tree cut into RULES leaves: every combination is
decided by exactly one rule, so the policy passes the check and the check has to
prove it. With `overlapping`, rules are random blocks tried in order with a
catch-all at the end. With `exceptions`, a tenth of the tree's leaves are swapped
for exception rules that cut across the tree, placed before the cases they override
(the shape of the shipped policy); dropping leaves may leave gaps, which the check
then has to find and report.
"""
import random
import sys


def main():
    questions, answers, rule_count, seed = (int(a) for a in sys.argv[1:5])
    mode = sys.argv[5] if len(sys.argv) > 5 else "tree"
    overlapping = mode == "overlapping"
    rng = random.Random(seed)
    outcome_count = 40
    answer_ids = [f"a{i}" for i in range(answers - 1)] + ["unsure"]

    if overlapping:
        rules = []
        for _ in range(rule_count - 1):
            chosen = rng.sample(range(questions), rng.randint(2, 6))
            rules.append({q: rng.sample(answer_ids, rng.randint(1, answers - 1)) for q in chosen})
        rules.append({})
    else:
        # Split leaves until there are enough: each leaf is a rule.
        leaves = [{}]
        while len(leaves) < rule_count:
            leaf = leaves.pop(rng.randrange(len(leaves)))
            free = [q for q in range(questions) if q not in leaf]
            if not free:
                leaves.append(leaf)
                continue
            q = rng.choice(free)
            parts = rng.randint(2, min(answers, rule_count - len(leaves)))
            shuffled = answer_ids[:]
            rng.shuffle(shuffled)
            cuts = sorted(rng.sample(range(1, answers), parts - 1))
            groups = [shuffled[a:b] for a, b in zip([0] + cuts, cuts + [answers])]
            for group in groups:
                leaves.append({**leaf, q: group})
        rules = leaves
        rng.shuffle(rules)
        if mode == "exceptions":
            # One rule in ten becomes an exception that cuts across the tree: it names two
            # or three questions with one answer each, and is placed before the cases it overrides.
            for _ in range(rule_count // 10):
                chosen = rng.sample(range(questions), rng.randint(2, 3))
                rules.insert(rng.randrange(len(rules) // 2), {q: [rng.choice(answer_ids[:-1])] for q in chosen})
                rules.pop()

    out = []
    w = out.append
    w("policy: {id: synthetic, title: Synthetic benchmark policy, issued-by: bench, version: 1.0.0, date: 2026-11-25}")
    w("clauses:")
    w("  - {id: c0, source: synthetic, summary: A synthetic clause.}")
    w("questions:")
    for q in range(questions):
        w(f"  - id: q{q}")
        w(f"    ask: Synthetic question {q}?")
        w("    why: Synthetic.")
        w("    clauses: [c0]")
        w("    find-out: Ask.")
        w("    answers:")
        for a in answer_ids:
            unsure = ", unsure: true" if a == "unsure" else ""
            w(f"      - {{id: {a}, label: Answer {a} to {q}{unsure}}}")
    w("outcomes:")
    for o in range(outcome_count):
        w(f"  - {{id: o{o}, title: Outcome {o}, say: Synthetic outcome., clauses: [c0]}}")
    w("rules:")
    for index, rule in enumerate(rules):
        conditions = ", ".join(f"q{q}: [{', '.join(sorted(a))}]" for q, a in sorted(rule.items()))
        w(f"  - when: {{{conditions}}}")
        w(f"    then: o{index % outcome_count}")
    print("\n".join(out))


if __name__ == "__main__":
    main()
