#!/usr/bin/env python3
"""The speed benchmark of issue 15: on a generated store of 10,000 assessments, times
`confiance export --format csv` and `confiance list` against the I/O floor (every file read
by `find … -exec cat {} +`, warm cache) and the Python peer (`peer_export.py`, tomllib), in
alternation over several rounds; prints medians, ratios and the goals; exits 1 when a goal is
missed. Also the peak memory of the export, and the time to the TUI's first frame with the
subjects drawn (the binary in an 80x24 pseudo-terminal with CONFIANCE_BENCH_FIRST_FRAME set,
which makes it leave right after that frame), and to its very first frame (set to `any`: home
with its progress line while the store is read in the background).

The export and list read the summary cache (DATA/.cache/summary) that the warm-up run writes;
`--no-cache` removes it before every run instead, to time reading every file.

    scripts/bench/run.py [--binary target/release/confiance] [--rounds 5] [--data /tmp/confiance-bench]
"""
import argparse
import fcntl
import os
import select
import struct
import statistics
import subprocess
import sys
import termios
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


def first_frame(binary, env, any_frame=False):
    """Wall time (s) from starting the TUI in an 80x24 pseudo-terminal to its leaving after
    the first frame showing subjects; fails unless it shows them. With `any_frame`, to the
    progress line's reaching the terminal (home's first frame while the store is read; the
    process itself still finishes reading before it leaves)."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = dict(env, CONFIANCE_BENCH_FIRST_FRAME="any" if any_frame else "1", TERM="xterm-256color")
    start = time.perf_counter()
    proc = subprocess.Popen([binary], stdin=slave, stdout=slave, stderr=slave, env=env,
                            start_new_session=True)
    os.close(slave)
    shown = b""
    drawn = None
    while True:  # drained as it comes: a full pseudo-terminal would block the drawing
        ready, _, _ = select.select([master], [], [], 30)
        if not ready:
            proc.kill()
            sys.exit("the TUI did not leave after its first frame")
        try:
            chunk = os.read(master, 1 << 16)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
        if drawn is None and b"Reading the assessments" in shown:
            drawn = time.perf_counter() - start
        # Answer the cursor position query as a terminal does (crossterm waits 2 s otherwise).
        if b"\x1b[6n" in chunk:
            os.write(master, b"\x1b[1;1R")
    proc.wait()
    elapsed = time.perf_counter() - start
    os.close(master)
    if any_frame:
        if proc.returncode != 0 or drawn is None:
            sys.exit("the TUI's first frame did not show its progress line")
        return drawn
    if proc.returncode != 0 or b"Subject 0" not in shown:
        sys.exit("the TUI's first frame did not show the subjects")
    return elapsed


def output_folder(text):
    """A folder to write into; one that starts with '-' is a mistyped option, never a folder."""
    if not text or text.startswith("-"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a folder to write into")
    return text


def main():
    args = argparse.ArgumentParser()
    args.add_argument("--binary", default="target/release/confiance")
    args.add_argument("--rounds", type=int, default=5)
    args.add_argument("--data", default="/tmp/confiance-bench", type=output_folder,
                      help="the generated store (made if missing)")
    args.add_argument("--no-cache", action="store_true",
                      help="remove the summary cache before every run of confiance")
    opts = args.parse_args()
    cache = os.path.join(opts.data, ".cache", "summary")
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
    times = {name: [] for name in list(runs) + ["tui", "drawn"]}
    memory = {name: [] for name in runs}

    def forget_cache():
        if opts.no_cache and os.path.exists(cache):
            os.remove(cache)

    for name, cmd in runs.items():  # warm the page cache (and write the summary cache) once
        forget_cache()
        timed(cmd, env)
    for _ in range(opts.rounds):
        for name, cmd in runs.items():
            forget_cache()
            seconds, mb = timed(cmd, env)
            times[name].append(seconds)
            memory[name].append(mb)
        forget_cache()
        times["tui"].append(first_frame(opts.binary, env))
        forget_cache()
        times["drawn"].append(first_frame(opts.binary, env, any_frame=True))
    median = {name: statistics.median(t) for name, t in times.items()}
    rows = [
        ("export --format csv vs the I/O floor", median["export"] / median["floor"], "<=", 1.5),
        ("list vs the I/O floor", median["list"] / median["floor"], "<=", 1.0),
        ("Python peer, how much slower than export", median["python"] / median["export"], ">=", 15),
        ("peak memory of export (MB)", max(memory["export"]), "<=", 48),
        ("TUI first frame, subjects shown (ms)", median["tui"] * 1000, "<=", 150),
        ("TUI first frame, progress line (ms)", median["drawn"] * 1000, "<=", 150),
    ]
    print(f"{opts.rounds} rounds{' (no summary cache)' if opts.no_cache else ''}, medians: " + ", ".join(f"{n} {m:.3f} s" for n, m in median.items()))
    print(f"{'measure':<44} {'now':>8}  goal")
    missed = False
    for label, value, op, goal in rows:
        ok = value <= goal if op == "<=" else value >= goal
        missed |= not ok
        print(f"{label:<44} {value:>8.2f}  {op} {goal}  {'ok' if ok else 'MISSED'}")
    sys.exit(1 if missed else 0)


if __name__ == "__main__":
    main()
