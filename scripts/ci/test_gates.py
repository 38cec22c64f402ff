#!/usr/bin/env python3
"""Proves that the CI gates can fail: on a scratch clone of the repository, plants each thing a
gate must refuse (a tracked `-x` file, a 2 MiB file, more than 2,000 tracked files, an orphan
snapshot, a leftover `.snap.new`) and checks that the gate fails on it and passes without it.
Run by .ci/run; needs only git and python3."""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd, cwd):
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)


def git(repo, *args):
    subprocess.run(["git", "-C", repo, *args], check=True, capture_output=True)


def hygiene(repo):
    return run([sys.executable, os.path.join(HERE, "hygiene.py"), "--repo", repo], repo)


def snapshots(repo, references, ran_in):
    return run([sys.executable, os.path.join(HERE, "check_snapshots.py"),
                "--references", references, "--root", repo, "--ran-in", ran_in], repo)


def expect(name, result, fails, failures):
    failed = result.returncode != 0
    if failed != fails:
        failures.append(f"{name}: expected {'a failure' if fails else 'success'}, got exit "
                        f"{result.returncode}\n{result.stdout}{result.stderr}")
    else:
        print(f"ok: {name}")


def planted(repo, files, failures, name):
    """Adds FILES (path -> bytes) to the index, runs the hygiene gate, then takes them out."""
    for path, data in files.items():
        full = os.path.join(repo, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(data)
    git(repo, "add", "--", *files)
    expect(name, hygiene(repo), True, failures)
    git(repo, "rm", "-q", "-r", "--cached", "--", *files)
    for path in files:
        os.remove(os.path.join(repo, path))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repo", default=".", help="the repository to copy [default: .]")
    parser.add_argument("--references", required=True,
                        help="the snapshot references written by the test run "
                             "(INSTA_SNAPSHOT_REFERENCES_FILE)")
    args = parser.parse_args()
    # check_snapshots runs inside the clone: a relative --repo would name the clone there.
    args.repo = os.path.abspath(args.repo)
    failures = []
    with tempfile.TemporaryDirectory(prefix="confiance-gates.") as scratch:
        repo = os.path.join(scratch, "repo")
        subprocess.run(["git", "clone", "-q", "--no-hardlinks", os.path.abspath(args.repo), repo],
                       check=True)
        expect("hygiene passes on the clean clone", hygiene(repo), False, failures)
        planted(repo, {"-x/data.toml": b"x = 1\n"}, failures, "hygiene refuses a path starting with '-'")
        planted(repo, {"big.bin": b"\0" * (2 * 1024 * 1024)}, failures,
                "hygiene refuses a 2 MiB file")
        many = {f"generated/{n:04}.toml": b"" for n in range(2001)}
        planted(repo, many, failures, "hygiene refuses over 2,000 tracked files")
        expect("snapshots pass on the clean clone", snapshots(repo, args.references, args.repo), False,
               failures)
        orphan = os.path.join(repo, "tests", "it", "snapshots", "it__gone__never_referenced.snap")
        os.makedirs(os.path.dirname(orphan), exist_ok=True)
        with open(orphan, "w") as f:
            f.write("---\nsource: tests/it/gone.rs\nexpression: x\n---\nx\n")
        expect("snapshots refuse an orphan snapshot", snapshots(repo, args.references, args.repo), True,
               failures)
        os.remove(orphan)
        pending = os.path.join(repo, "tests", "it", "snapshots", "it__x.snap.new")
        with open(pending, "w") as f:
            f.write("x\n")
        expect("snapshots refuse a leftover .snap.new", snapshots(repo, args.references, args.repo), True,
               failures)
    for failure in failures:
        print(f"FAILED: {failure}", file=sys.stderr)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
