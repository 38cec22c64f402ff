#!/usr/bin/env python3
"""Writes a store of SUBJECTS x PER_SUBJECT completed assessments (default 100 x 100 = 10,000)
into DATA/assessments/, as confiance itself files them, for the benchmarks. Deterministic."""
import argparse
import os
import random
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


def output_folder(text):
    """An output folder; one that starts with '-' is a mistyped option, never a folder."""
    if not text or text.startswith("-"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a folder to write into")
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data", type=output_folder, help="the data folder to write (made if missing)")
    parser.add_argument("subjects", type=int, nargs="?", default=100)
    parser.add_argument("per_subject", type=int, nargs="?", default=100)
    args = parser.parse_args()
    data, subjects, per_subject = args.data, args.subjects, args.per_subject
    rng = random.Random(7)
    start = datetime(2020, 1, 6, 9, 0, tzinfo=timezone.utc)
    os.makedirs(data, mode=0o700, exist_ok=True)
    for s in range(subjects):
        name = f"Subject {s:03d}"
        folder = os.path.join(data, "assessments", f"subject-{s:03d}")
        os.makedirs(folder, mode=0o700, exist_ok=True)
        for k in range(per_subject):
            when = start + timedelta(days=7 * k, hours=s % 8)
            stamp = when.strftime("%Y-%m-%dT%H%M%SZ")
            ident = f"B{s:03d}{k:03d}"
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
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
            os.chmod(path, 0o600)


if __name__ == "__main__":
    main()
