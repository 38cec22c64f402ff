#!/usr/bin/env python3
"""Writes a small store for looking at the screens (scripts/screens.sh) into DATA/assessments/:
"Marie Closene" assessed by you and by Marie, weekly, then nothing for 19 months, then weekly
again (36 assessments, two on one day); "Team Atlas" with one assessment from each of two
respondents; "Bob" with one. Scores drift slowly, so lines read. Deterministic.

Usage: gen_store.py DATA"""
import argparse
import os
import random
import sys
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


def write(data, folder, subject, respondent, when, ident, levels, rng):
    path = os.path.join(data, "assessments", folder)
    os.makedirs(path, mode=0o700, exist_ok=True)
    lines = [
        "schema = 1", f'id = "{ident}"', f'subject = "{subject}"',
        f'respondent = "{respondent}"', 'questionnaire = "trust"',
        "questionnaire_version = 1", 'lang = "en"',
        f"started = {when.strftime('%Y-%m-%dT%H:%M:%SZ')}",
        f"completed = {(when + timedelta(minutes=12)).strftime('%Y-%m-%dT%H:%M:%SZ')}",
    ]
    for i, item in enumerate(ITEMS):
        level = levels[i // 3] + rng.choice([-0.4, 0, 0, 0.4])
        value = max(1, min(5, round(level)))
        lines += ["", "[[answers]]", f'item = "{item}"', f"value = {value}"]
    stamp = when.strftime("%Y-%m-%dT%H%M%SZ")
    with open(os.path.join(path, f"{stamp}-{ident}.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def drift(levels, rng, bias):
    return [max(1.0, min(5.0, v + bias + rng.uniform(-0.3, 0.3))) for v in levels]


def output_folder(text):
    """An output folder; one that starts with '-' is a mistyped option, never a folder."""
    if not text or text.startswith("-"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a folder to write into")
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data", type=output_folder, help="the data folder to write (made if missing)")
    data = parser.parse_args().data
    os.makedirs(data, mode=0o700, exist_ok=True)
    rng = random.Random(14)
    start = datetime(2024, 1, 8, 9, 0, tzinfo=timezone.utc)
    mine = [2.6, 3.4, 2.2, 3.8, 3.0, 2.4, 3.2, 2.8]
    hers = [3.6, 2.4, 3.2, 4.0, 2.8, 3.4, 2.6, 3.8]
    weeks = list(range(6)) + [88 + k for k in range(18)]
    n = 0
    for week in weeks:
        when = start + timedelta(weeks=week)
        mine = drift(mine, rng, -0.12 if week < 6 else 0.08)
        write(data, "marie-closene", "Marie Closene", "self", when, f"M{n:03d}", mine, rng)
        n += 1
        if week % 2 == 0:
            hers = drift(hers, rng, 0.05)
            # Marie answers the same day, in the afternoon.
            later = when + timedelta(hours=6)
            write(data, "marie-closene", "Marie Closene", "Marie Closene", later,
                  f"M{n:03d}", hers, rng)
            n += 1
    atlas = datetime(2025, 10, 1, 9, 0, tzinfo=timezone.utc)
    write(data, "team-atlas", "Team Atlas", "self", atlas, "T001", [3.2] * 8, rng)
    write(data, "team-atlas", "Team Atlas", "Team Atlas", atlas + timedelta(days=3), "T002",
          [3.8] * 8, rng)
    write(data, "bob", "Bob", "self", atlas + timedelta(days=20), "B001", [2.6] * 8, rng)


if __name__ == "__main__":
    main()
