#!/usr/bin/env python3
"""Writes a benchmark store into DATA: SIZE completed assessments (SIZE/100 subjects x 100 weekly
assessments each, about two years of dates per subject; default 10,000) in DATA/assessments/,
as confiance itself files them; with `--group COUNT`, also a subject "Community" with one group
invitation ("Members") answered COUNT times.

The assessments are written directly. The group is made the real way, by the binary
(`--binary`, with CONFIANCE_DATA_DIR=DATA and CONFIANCE_CONFIG_DIR=CONFIG): `invite Community
--group Members --count COUNT -o FORM.html`, then COUNT answer files built from the form's data
block (its invitation id, secret, questionnaire and statements) and `import`ed a few hundred at
a time. Everything is deterministic except the invitation's id and secret, which the binary
draws, and the answers' times (the current time, which must fall within the invitation's
dates). DATA must be missing or empty: a second run would add a second invitation.

    scripts/bench/gen_store.py DATA [--size 10000] [--group 1000 --binary target/release/confiance [--config CONFIG]]
    scripts/bench/gen_store.py DATA SUBJECTS PER_SUBJECT    # the older form: SUBJECTS x PER_SUBJECT
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone

ITEMS = [
    "common-language.terms", "common-language.explain", "common-language.misunderstand",
    "common-vision.goals", "common-vision.priorities", "common-vision.directions",
    "discretion.confidence", "discretion.sensitive", "discretion.leaks",
    "receptivity.listens", "receptivity.considers", "receptivity.dismisses",
    "closeness.frequent", "closeness.personal", "closeness.distant",
    "reciprocity.returned", "reciprocity.balance", "reciprocity.onesided",
    "attribution.credit", "attribution.names", "attribution.claims",
    "feedback.admit", "feedback.learn", "feedback.blame",
]
PER_SUBJECT = 100
GROUP_SUBJECT, GROUP_LABEL = "Community", "Members"
IMPORT_BATCH = 250  # answer files per `confiance import`


def output_folder(text):
    """An output folder; one that starts with '-' is a mistyped option, never a folder."""
    if not text or text.startswith("-"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a folder to write into")
    return text


def write_assessments(data, subjects, per_subject):
    """SUBJECTS x PER_SUBJECT assessment files, written as the store files them."""
    rng = random.Random(7)
    start = datetime(2020, 1, 6, 9, 0, tzinfo=timezone.utc)
    width = max(3, len(str(subjects - 1)))  # "Subject 000" up to 1,000 subjects, then 4 digits
    # Private, as the store makes it (makedirs would give the parents the umask's mode).
    os.makedirs(os.path.join(data, "assessments"), mode=0o700, exist_ok=True)
    for s in range(subjects):
        name = f"Subject {s:0{width}d}"
        folder = os.path.join(data, "assessments", f"subject-{s:0{width}d}")
        os.makedirs(folder, mode=0o700, exist_ok=True)
        for k in range(per_subject):
            when = start + timedelta(days=7 * k, hours=s % 8)
            stamp = when.strftime("%Y-%m-%dT%H%M%SZ")
            ident = f"B{s:0{width}d}{k:03d}"
            respondent = "self" if k % 4 else name
            lines = [
                "schema = 1", f'id = "{ident}"', f'subject = "{name}"',
                f'respondent = "{respondent}"', 'questionnaire = "trust"',
                "questionnaire_version = 1", 'lang = "en"',
                f"started = {when.strftime('%Y-%m-%dT%H:%M:%SZ')}",
                f"completed = {(when + timedelta(minutes=12)).strftime('%Y-%m-%dT%H:%M:%SZ')}",
            ]
            for item in ITEMS:
                lines += ["", "[[answers]]", f'item = "{item}"', f"value = {rng.randint(1, 5)}"]
                if rng.random() < 0.05:
                    lines.append('note = "A short note about this answer, as people write them."')
            path = os.path.join(folder, f"{stamp}-{ident}.toml")
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")


def form_data(page):
    """The JSON data block of an invitation's form."""
    found = re.search(
        r'<script type="application/json" id="confiance-data">(.*?)</script>', page, re.S)
    if not found:
        sys.exit("gen_store: the form has no confiance-data block")
    return json.loads(found.group(1))


def toml_string(text):
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a TOML basic string here


def run(cmd, env):
    done = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        sys.exit(f"gen_store: failed ({done.returncode}): {' '.join(cmd[:6])}"
                 f"{' …' if len(cmd) > 6 else ''}\n{done.stderr.strip()}")
    return done


def write_group(data, config, binary, count):
    """The subject Community with a group invitation answered COUNT times, through the binary."""
    env = dict(os.environ, CONFIANCE_DATA_DIR=data, CONFIANCE_CONFIG_DIR=config, LANG="C.UTF-8")
    env.pop("CONFIANCE_CLIENT", None)
    env.pop("CONFIANCE_NOW", None)
    rng = random.Random(11)
    with tempfile.TemporaryDirectory(prefix="confiance-bench-group-") as work:
        form = os.path.join(work, "form.html")
        run([binary, "--me", "Bench", "invite", GROUP_SUBJECT, "--group", GROUP_LABEL,
             "--count", str(count), "-o", form], env)
        with open(form, encoding="utf-8") as f:
            block = form_data(f.read())
        missing = {"invitation", "secret", "questionnaire", "questionnaire_version", "lang",
                   "items"} - set(block)
        if missing:
            sys.exit(f"gen_store: the form's data block lacks {', '.join(sorted(missing))}")
        items = [item["id"] if isinstance(item, dict) else item for item in block["items"]]
        now = datetime.now(timezone.utc).replace(microsecond=0)
        started = now.strftime("%Y-%m-%dT%H:%M:%SZ")
        completed = started  # not before `started`, and not after the moment it is filed
        head = [
            "confiance_answer = 1",
            f"invitation = {toml_string(block['invitation'])}",
            f"secret = {toml_string(block['secret'])}",
        ]
        tail = [
            f"questionnaire = {toml_string(block['questionnaire'])}",
            f"questionnaire_version = {int(block['questionnaire_version'])}",
            f"lang = {toml_string(block['lang'])}",
        ]
        if block.get("side"):
            tail.append(f"side = {toml_string(block['side'])}")
        tail += [f"started = {started}", f"completed = {completed}"]
        paths = []
        for n in range(count):
            lines = head + [f'answer_id = "bench-answer-{n:05d}"'] + tail
            if n % 10 == 0:
                lines.append('note = "One of the members, in a few words."')
            for item in items:
                lines += ["", "[[answers]]", f"item = {toml_string(item)}",
                          f"value = {rng.randint(1, 5)}"]
            path = os.path.join(work, f"member-{n:05d}.confiance-answer.toml")
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
            paths.append(path)
        for first in range(0, len(paths), IMPORT_BATCH):
            run([binary, "import", *paths[first:first + IMPORT_BATCH]], env)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=output_folder, help="the data folder to write (made if missing)")
    parser.add_argument("subjects", type=int, nargs="?", help=argparse.SUPPRESS)
    parser.add_argument("per_subject", type=int, nargs="?", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, default=None,
                        help=f"how many assessments: SIZE/{PER_SUBJECT} subjects x {PER_SUBJECT} (default 10000)")
    parser.add_argument("--group", type=int, default=0, metavar="COUNT",
                        help=f'add a subject "{GROUP_SUBJECT}" with a group invitation answered COUNT times')
    parser.add_argument("--binary", default="target/release/confiance",
                        help="the confiance that makes the group (with --group)")
    parser.add_argument("--config", type=output_folder, default=None,
                        help="its CONFIANCE_CONFIG_DIR (default: DATA.config)")
    args = parser.parse_args()
    if args.subjects is not None and args.size is not None:
        parser.error("give either --size or SUBJECTS PER_SUBJECT")
    if args.subjects is not None:
        subjects, per_subject = args.subjects, args.per_subject or PER_SUBJECT
    else:
        size = 10_000 if args.size is None else args.size
        if size < PER_SUBJECT or size % PER_SUBJECT:
            parser.error(f"--size must be a multiple of {PER_SUBJECT}")
        subjects, per_subject = size // PER_SUBJECT, PER_SUBJECT
    if os.path.isdir(args.data) and os.listdir(args.data):
        sys.exit(f"gen_store: {args.data} is not empty; remove it first")
    os.makedirs(args.data, mode=0o700, exist_ok=True)
    began = time.perf_counter()
    write_assessments(args.data, subjects, per_subject)
    wrote = time.perf_counter() - began
    print(f"gen_store: {subjects * per_subject} assessments in {wrote:.1f} s", file=sys.stderr)
    if args.group:
        config = args.config or args.data.rstrip("/") + ".config"
        began = time.perf_counter()
        write_group(args.data, config, args.binary, args.group)
        print(f"gen_store: a group of {args.group} answers in {time.perf_counter() - began:.1f} s",
              file=sys.stderr)


if __name__ == "__main__":
    main()
