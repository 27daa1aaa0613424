#!/usr/bin/env python3
"""Writes a seeded, realistic year of call transcripts for the demand report's benchmark.

    generate_calls.py BINARY FOLDER COUNT [--seed N] [--year YYYY] [--staff N]

Every call is a random walk through the policy's state machine, as `BINARY paths`
lists it: at each question an answer is drawn with weights that look like a Support
Line's calls (most callers are patients or family; "not sure" is common for the
questions only a clinician can answer), and the walk follows the machine to its
outcome. Some calls take an answer back and give another, some restart, some are
abandoned part way (with the reasons the tool records), some carry a short note.
Dates are spread over the twelve months of the year, busier in autumn and winter.
Calls are shared among staff members' folders, and a few are copied into a second
folder, as when folders overlap, so the report's merging is exercised too.

Only Python's standard library is used; the transcripts are written in the format
`second-opinion` writes, with the policy's own prompts and clauses (taken from
`BINARY paths --write`).
"""
import json
import os
import random
import re
import subprocess
import sys
import tempfile

# Weights for the shipped policy's answers; any other question's answers are equally likely.
ANSWER_WEIGHTS = {
    "asker": {"patient": 42, "family": 36, "treating-clinician": 5, "other-clinician": 9, "someone-else": 3, "unsure": 5},
    "treating-centre": {"royal-marsden": 27, "uclh": 20, "rnoh": 12, "elsewhere-uk": 29, "no-specialist-yet": 6, "unsure": 6},
    "wanted-at": {"royal-marsden": 30, "london-sarcoma-service": 30, "elsewhere": 20, "undecided": 20},
    "sarcoma": {"soft-tissue": 55, "gist": 12, "bone": 20, "unsure": 13},
    "standard-management": {"yes": 60, "no": 20, "unsure": 20},
    "treatment-only-there": {"yes": 10, "no": 65, "unsure": 25},
    "mdt-review": {"yes": 15, "no": 55, "unsure": 30},
    "expertise-only-there": {"yes": 10, "no": 60, "unsure": 30},
    "named-clinician": {"yes": 8, "no": 60, "unsure": 32},
}
# Calls per month, January to December: busier in autumn and winter.
MONTH_WEIGHTS = [10, 9, 9, 8, 8, 7, 6, 6, 8, 9, 10, 10]
ABANDON_REASONS = {"next-caller": 40, "quit": 20, "end-of-input": 10, "hangup": 15, "terminated": 5, "unfinished": 10}
NOTES = [
    "Caller will look for the latest clinic letter and ring back.",
    "Caller asked for the Support Line's information by post.",
    "Patient wants time to think before deciding.",
    "Caller was upset; offered to talk again next week.",
    "Treating team already aware of the request.",
]
P_BACK, P_RESTART, P_ABANDON, P_NOTE, P_COPY = 0.10, 0.03, 0.07, 0.12, 0.005


class Node:
    """A state of the machine: a question with edges (answer ids, next node), or an outcome."""

    def __init__(self):
        self.question = None
        self.edges = []
        self.outcome = None


def build_machine(binary, work):
    """The machine as a tree of nodes from `paths`, with prompts and clauses from `paths --write`."""
    listing = subprocess.run([binary, "paths"], check=True, capture_output=True, text=True).stdout
    folder = os.path.join(work, "paths")
    subprocess.run([binary, "paths", "--write", folder], check=True, capture_output=True)
    prompts, clauses, header = {}, {}, None
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as file:
            lines = file.read().split("\n")
        header = header or lines[1:4]
        for line in lines[8:]:
            if match := re.match(r"ask ([a-z0-9-]+): (.*)$", line):
                prompts[match[1]] = match[2]
            elif match := re.match(r"outcome ([a-z0-9-]+): (.*)$", line):
                clauses[match[1]] = match[2]
    root = Node()
    any_answers = {}
    for line in listing.splitlines():
        match = re.match(r"\s*\d+\. (.*) => ([a-z0-9-]+)$", line)
        if not match:
            continue
        node = root
        prefix = []
        for step in match[1].split(" -> "):
            question, answers = step.split(": ", 1)
            if answers == "any":
                if question not in any_answers:
                    arguments = [a for q, a in prefix for a in ("--answer", f"{q}={a}")]
                    decided = json.loads(subprocess.run([binary, "decide", "--json", *arguments], check=True, capture_output=True, text=True).stdout)
                    any_answers[question] = [answer["id"] for answer in decided["next_question"]["answers"]]
                answer_ids = any_answers[question]
            else:
                answer_ids = answers.split(" | ")
            node.question = question
            child = next((next_node for ids, next_node in node.edges if ids == answer_ids), None)
            if child is None:
                child = Node()
                node.edges.append((answer_ids, child))
            prefix.append((question, answer_ids[0]))
            node = child
        node.outcome = match[2]
    return root, prompts, clauses, header


def pick(rng, weights):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[key] for key in keys])[0]


def draw_answer(rng, node):
    answers = [answer for ids, _ in node.edges for answer in ids]
    weights = ANSWER_WEIGHTS.get(node.question, {})
    return pick(rng, {answer: weights.get(answer, 1) for answer in answers})


def follow(node, answer):
    return next(child for ids, child in node.edges if answer in ids)


def shown(node, prompts, clauses):
    """The line written when the tool shows a node: its question, or its outcome."""
    if node.outcome:
        return f"outcome {node.outcome}: {clauses[node.outcome]}"
    return f"ask {node.question}: {prompts[node.question]}"


def call_events(rng, root, prompts, clauses):
    """The events of one call, and how it ended."""
    events = []
    if rng.random() < P_RESTART:
        node = root
        for _ in range(rng.randint(1, 3)):
            if node.outcome:
                break
            events.append(shown(node, prompts, clauses))
            answer = draw_answer(rng, node)
            events.append(f"answer {node.question}: {answer}")
            node = follow(node, answer)
        events.append(shown(node, prompts, clauses))
        events.append("restart")
    abandon_at = rng.randint(1, 8) if rng.random() < P_ABANDON else None
    node = root
    asked = 0
    while not node.outcome:
        events.append(shown(node, prompts, clauses))
        asked += 1
        if abandon_at is not None and asked >= abandon_at:
            return events, f"abandoned ({pick(rng, ABANDON_REASONS)})"
        answer = draw_answer(rng, node)
        if rng.random() < P_BACK:
            # A first answer, taken back once the next screen shows it was wrong.
            first = draw_answer(rng, node)
            events.append(f"answer {node.question}: {first}")
            events.append(shown(follow(node, first), prompts, clauses))
            events.append(f"back {node.question}")
            events.append(shown(node, prompts, clauses))
        events.append(f"answer {node.question}: {answer}")
        node = follow(node, answer)
    events.append(shown(node, prompts, clauses))
    if rng.random() < P_NOTE:
        events.append(f"note: {rng.choice(NOTES)}")
    return events, "outcome"


def main():
    args = sys.argv[1:]
    options = {"--seed": "1", "--year": "2026", "--staff": "8"}
    while len(args) > 3:
        flag, value = args.pop(3), args.pop(3)
        options[flag] = value
    binary, folder, count = args[0], args[1], int(args[2])
    rng = random.Random(int(options["--seed"]))
    year, staff = int(options["--year"]), int(options["--staff"])
    with tempfile.TemporaryDirectory() as work:
        root, prompts, clauses, header = build_machine(binary, work)
    folders = [os.path.join(folder, f"staff-{n + 1}") for n in range(staff)]
    for path in folders:
        os.makedirs(path, exist_ok=True)
    lengths = [31, 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    sessions = set()
    copies = 0
    for _ in range(count):
        month = rng.choices(range(12), weights=MONTH_WEIGHTS)[0]
        date = f"{year:04d}-{month + 1:02d}-{rng.randint(1, lengths[month]):02d}"
        session = f"{rng.getrandbits(64):016x}"
        while session in sessions:
            session = f"{rng.getrandbits(64):016x}"
        sessions.add(session)
        events, ended = call_events(rng, root, prompts, clauses)
        text = "\n".join(["second-opinion transcript 1", *header, f"date: {date}", f"session: {session}", f"ended: {ended}", "", *events]) + "\n"
        owner = rng.randrange(staff)
        places = [owner]
        if rng.random() < P_COPY and staff > 1:
            places.append((owner + rng.randrange(1, staff)) % staff)
            copies += 1
        for place in places:
            with open(os.path.join(folders[place], f"{date}-{session}.txt"), "w", encoding="utf-8") as file:
                file.write(text)
    print(f"{count} calls in {year}, in {staff} staff folders under {folder}; {copies} also copied into a second folder")


if __name__ == "__main__":
    main()
