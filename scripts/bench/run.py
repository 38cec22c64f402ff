#!/usr/bin/env python3
"""The speed benchmark of issue 15: on a generated store of 10,000 assessments, times
`confiance export --format csv` and `confiance list` against the I/O floor (every file read
by `find … -exec cat {} +`, warm cache) and the Python peer (`peer_export.py`, tomllib), in
alternation over several rounds; prints medians, ratios and the goals; exits 1 when a goal is
missed.

    scripts/bench/run.py [--binary target/release/confiance] [--rounds 5] [--data /tmp/confiance-bench]
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(cmd, env):
    """Wall time (s) and peak memory (MB) of one run, its output thrown away."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(cmd)}")
    return elapsed, usage.ru_maxrss / 1024


def main():
    args = argparse.ArgumentParser()
    args.add_argument("--binary", default="target/release/confiance")
    args.add_argument("--rounds", type=int, default=5)
    args.add_argument("--data", default="/tmp/confiance-bench")
    opts = args.parse_args()
    if not os.path.isdir(os.path.join(opts.data, "assessments")):
        subprocess.run([sys.executable, os.path.join(HERE, "gen_store.py"), opts.data], check=True)
    env = dict(os.environ, CONFIANCE_DATA_DIR=opts.data,
               CONFIANCE_CONFIG_DIR=opts.data + ".config", LANG="C.UTF-8")
    runs = {
        "floor": ["sh", "-c", f"find '{opts.data}' -name '*.toml' -exec cat {{}} + > /dev/null"],
        "export": [opts.binary, "export", "--format", "csv"],
        "list": [opts.binary, "list"],
        "python": [sys.executable, os.path.join(HERE, "peer_export.py"), opts.data],
    }
    times = {name: [] for name in runs}
    memory = {name: [] for name in runs}
    for name, cmd in runs.items():  # warm the cache once
        timed(cmd, env)
    for _ in range(opts.rounds):
        for name, cmd in runs.items():
            seconds, mb = timed(cmd, env)
            times[name].append(seconds)
            memory[name].append(mb)
    median = {name: statistics.median(t) for name, t in times.items()}
    rows = [
        ("export --format csv vs the I/O floor", median["export"] / median["floor"], "<=", 1.5),
        ("list vs the I/O floor", median["list"] / median["floor"], "<=", 1.0),
        ("Python peer, how much slower than export", median["python"] / median["export"], ">=", 15),
        ("peak memory of export (MB)", max(memory["export"]), "<=", 48),
    ]
    print(f"{opts.rounds} rounds, medians: " + ", ".join(f"{n} {m:.3f} s" for n, m in median.items()))
    print(f"{'measure':<44} {'now':>8}  goal")
    missed = False
    for label, value, op, goal in rows:
        ok = value <= goal if op == "<=" else value >= goal
        missed |= not ok
        print(f"{label:<44} {value:>8.2f}  {op} {goal}  {'ok' if ok else 'MISSED'}")
    sys.exit(1 if missed else 0)


if __name__ == "__main__":
    main()
