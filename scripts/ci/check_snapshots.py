#!/usr/bin/env python3
"""Fails (exit 1, naming each file) on orphan insta snapshots, ones no test asserts any more, and
on leftover `.snap.new` / `.pending-snap` files. The list of snapshots the tests used comes from
the test run itself: insta appends each one it reads to the file named by the environment
variable INSTA_SNAPSHOT_REFERENCES_FILE (what `cargo insta test --unreferenced=reject` does,
without installing cargo-insta)."""
import argparse
import os
import sys

FOLDERS = ("tests", "src")


def snapshot_files(root):
    for folder in FOLDERS:
        for parent, dirs, files in os.walk(os.path.join(root, folder)):
            for name in files:
                if name.endswith((".snap", ".snap.new", ".pending-snap")):
                    yield os.path.relpath(os.path.join(parent, name), root)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--references", required=True,
                        help="the file the test run wrote (INSTA_SNAPSHOT_REFERENCES_FILE)")
    parser.add_argument("--root", default=".", help="the repository to check [default: .]")
    parser.add_argument("--ran-in", help="the repository the tests ran in [default: --root]")
    args = parser.parse_args()
    ran_in = os.path.realpath(args.ran_in or args.root)
    try:
        with open(args.references, encoding="utf-8") as f:
            used = {os.path.relpath(os.path.realpath(line.rstrip("\n")), ran_in)
                    for line in f if line.strip()}
    except FileNotFoundError:
        sys.exit(f"check_snapshots: {args.references}: not found (did the tests run with "
                 "INSTA_SNAPSHOT_REFERENCES_FILE set?)")
    if not used:
        sys.exit(f"check_snapshots: {args.references} is empty: no snapshot was asserted")
    problems = []
    found = sorted(snapshot_files(args.root))
    for path in found:
        if not path.endswith(".snap"):
            problems.append(f"{path}: a leftover pending snapshot (review it, then delete it)")
        elif path not in used:
            problems.append(f"{path}: no test uses this snapshot any more")
    for line in problems:
        print(f"check_snapshots: {line}", file=sys.stderr)
    if problems:
        sys.exit(1)
    print(f"check_snapshots: {len(found)} snapshot files, each used by a test")


if __name__ == "__main__":
    main()
