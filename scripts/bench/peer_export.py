#!/usr/bin/env python3
"""The Python peer: the same CSV export as `confiance export --format csv`, with tomllib and
the same scoring (reverse-keyed items, dimension means), for the benchmark's comparison."""
import argparse
import csv
import os
import sys
import tomllib

REVERSE = {"misunderstand", "directions", "leaks", "dismisses", "distant", "onesided",
           "claims", "blame"}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data", help="the data folder to read")
    root = os.path.join(parser.parse_args().data, "assessments")
    rows = []
    for folder, _, files in os.walk(root):
        for name in files:
            if not name.endswith(".toml"):
                continue
            with open(os.path.join(folder, name), "rb") as f:
                a = tomllib.load(f)
            sums = {}
            for answer in a.get("answers", []):
                if "value" not in answer:
                    continue
                dim, item = answer["item"].split(".", 1)
                v = answer["value"] - 1
                points = (4 - v if item in REVERSE else v) / 4 * 100
                sums.setdefault(dim, []).append(points)
            for dim, points in sums.items():
                rows.append((a["id"], a["subject"], a["respondent"], str(a["completed"]),
                             a["questionnaire"], dim, sum(points) / len(points)))
    rows.sort(key=lambda r: (r[3], r[0], r[5]))
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["id", "subject", "respondent", "completed", "questionnaire", "dimension", "score"])
    out.writerows(rows)


if __name__ == "__main__":
    main()
