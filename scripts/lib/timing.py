#!/usr/bin/env python3
"""Runs a command repeatedly and prints its median, minimum and maximum wall time.

    timing.py RUNS [--stdin FILE] -- COMMAND ARGS...

The command's output is discarded; its exit status is reported but not judged, so a
command that exits 1 (a policy with defects) can be timed too.
"""
import statistics
import subprocess
import sys
import time


def main():
    args = sys.argv[1:]
    runs = int(args.pop(0))
    stdin_path = None
    if args[0] == "--stdin":
        stdin_path = args[1]
        args = args[2:]
    assert args.pop(0) == "--"
    times = []
    status = None
    for _ in range(runs):
        stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
        start = time.perf_counter()
        status = subprocess.run(args, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        times.append(time.perf_counter() - start)
        if stdin_path:
            stdin.close()
    print(f"median {statistics.median(times) * 1000:.2f} ms  min {min(times) * 1000:.2f} ms  "
          f"max {max(times) * 1000:.2f} ms  ({runs} runs, exit status {status})")


if __name__ == "__main__":
    main()
