#!/usr/bin/env python3
"""The repository's hygiene gate, run by .ci/run before anything is built: fails (exit 1, naming
each problem) when a tracked path has a part that starts with '-' (an option taken for a folder),
when a tracked file is over 1 MiB, or when more than 2,000 files are tracked (generated data
committed by mistake). Reads only what git tracks (the index), so it sees what a commit would."""
import argparse
import os
import subprocess
import sys

MAX_FILE_BYTES = 1024 * 1024
MAX_FILES = 2000


def tracked(repo):
    listing = subprocess.run(["git", "-C", repo, "ls-files", "-z"], check=True,
                             capture_output=True).stdout
    return [p for p in listing.decode("utf-8", "surrogateescape").split("\0") if p]


def problems(repo):
    paths = tracked(repo)
    found = []
    for path in paths:
        if any(part.startswith("-") for part in path.split("/")):
            found.append(f"{path}: a tracked path starts with '-' (an option taken for a folder?)")
        full = os.path.join(repo, path)
        if os.path.isfile(full) and not os.path.islink(full):
            size = os.path.getsize(full)
            if size > MAX_FILE_BYTES:
                found.append(f"{path}: {size:,} bytes, over the 1 MiB a tracked file may have")
    if len(paths) > MAX_FILES:
        found.append(f"{len(paths):,} files are tracked, over {MAX_FILES:,}: generated data committed?")
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repo", default=".", help="the repository to check [default: .]")
    args = parser.parse_args()
    found = problems(args.repo)
    for line in found:
        print(f"hygiene: {line}", file=sys.stderr)
    if found:
        sys.exit(1)
    print(f"hygiene: {len(tracked(args.repo))} tracked files, none over 1 MiB, no path starting with '-'")


if __name__ == "__main__":
    main()
