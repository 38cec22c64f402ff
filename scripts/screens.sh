#!/usr/bin/env bash
# Drives the real binary in tmux through every screen (home, the new-assessment form, a
# question, the review, results, trends with one dimension and with all of them, compare,
# help) at 80x24, 120x40 and 200x60, with and without NO_COLOR, on a generated store
# (scripts/screens/gen_store.py: two respondents, 36 assessments, a 19-month gap), and
# writes each capture (`tmux capture-pane -e -p`, ANSI colours kept) to OUT.
#
# Usage: scripts/screens.sh [OUT]            (default: target/screens/)
#   BIN=path/to/confiance   the binary [default: $CARGO_TARGET_DIR/debug/confiance, else
#                           target/debug/confiance]; build it first (cargo build)
#   SHOT=SCRIPT.py          also render each capture as OUT/NAME.png: a Python script that
#                           reads a capture on its input, writes the PNG named as argument
#   SIZES="80x24 120x40"    other sizes;  LANGS="en fr"  also in French
set -euo pipefail

cd "$(dirname "$0")/.."
usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; }
case "${1:-}" in
  -h | --help) usage; exit 0 ;;
  -*) echo "screens.sh: '$1' is not a folder to write into (an output folder never starts with '-')" >&2
      usage >&2; exit 2 ;;
esac
[ $# -le 1 ] || { usage >&2; exit 2; }
OUT=${1:-target/screens}
BIN=${BIN:-${CARGO_TARGET_DIR:-target}/debug/confiance}
SIZES=${SIZES:-"80x24 120x40 200x60"}
LANGS=${LANGS:-en}
[ -x "$BIN" ] || { echo "no binary at $BIN: cargo build first, or set BIN" >&2; exit 2; }
command -v tmux >/dev/null || { echo "tmux is needed" >&2; exit 2; }
mkdir -p "$OUT"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/confiance-screens.XXXXXX")
SESSION="confiance-screens-$$"
trap 'tmux kill-session -t "$SESSION" 2>/dev/null || true; rm -rf "$WORK"' EXIT

# Wait for the screen to settle: two equal captures in a row.
settle() {
  local before="" now
  for _ in $(seq 1 40); do
    sleep 0.15
    now=$(tmux capture-pane -p -t "$SESSION" 2>/dev/null || true)
    [ "$now" = "$before" ] && [ -n "$now" ] && return 0
    before=$now
  done
}

# One key at a time: Esc right before another key would read as Alt and that key.
keys() { for k in "$@"; do tmux send-keys -t "$SESSION" "$k"; settle; done; }

shot() {
  local file="$OUT/$1.txt"
  tmux capture-pane -e -p -t "$SESSION" > "$file"
  if [ -n "${SHOT:-}" ]; then python3 "$SHOT" "$OUT/$1.png" < "$file"; fi
  echo "$file"
}

for lang in $LANGS; do
  for size in $SIZES; do
    for colour in colour mono; do
      w=${size%x*}; h=${size#*x}
      # A fresh store each time: the walk leaves a draft behind.
      rm -rf "$WORK/data" "$WORK/config"
      python3 scripts/screens/gen_store.py "$WORK/data"
      env=(env -u NO_COLOR TZ=UTC CONFIANCE_LANG="$lang" CONFIANCE_NOW=2026-02-01T12:00:00Z
           CONFIANCE_CONFIG_DIR="$WORK/config" CONFIANCE_DATA_DIR="$WORK/data")
      if [ "$colour" = mono ]; then env+=(NO_COLOR=1); fi
      tag="${lang}-${size}-${colour}"
      tmux new-session -d -s "$SESSION" -x "$w" -y "$h" "${env[*]} $BIN"
      settle
      shot "$tag-01-home"
      keys Enter;            shot "$tag-06-results"
      keys t;                shot "$tag-07-trends"
      keys e;                shot "$tag-08-trends-even"
      keys e a;              shot "$tag-09-trends-all"
      keys r;                shot "$tag-10-trends-all-other"
      keys End;              shot "$tag-11-trends-all-end"
      keys c;                shot "$tag-12-compare"
      keys ?;                shot "$tag-13-help"
      keys ? Escape Escape
      keys a;                shot "$tag-02-form"
      keys Enter Enter Enter; shot "$tag-03-question"
      for _ in $(seq 1 24); do tmux send-keys -t "$SESSION" 4; done
      settle;                shot "$tag-04-review"
      keys Escape;           shot "$tag-05-left"
      tmux kill-session -t "$SESSION" 2>/dev/null || true
    done
  done
done
