#!/usr/bin/env bash
# Every tagger figure the README reports, in one run, from the project root with timelinekg installed:
#   bash bench/score_timex.sh OUTDIR [SHARED]
# Uses bench/timex_split.py, which calls the shared scorer's own functions in one process (the same
# figures as ../shared/eval/timex_eval.py with one CLI start per document, in a minute instead of ten).
# OUTDIR/summary.txt gets one value-F1 line per corpus; the reports (with --errors where allowed) sit beside it.
set -uo pipefail
OUT=$(mkdir -p "$1" && cd "$1" && pwd)
SHARED=$(cd "${2:-../shared}" && pwd)
: > "$OUT/summary.txt"

score() {  # score NAME ARGS...: one timex_split run, its value-F1 and relaxed-F1 lines into the summary
    local name=$1
    shift
    python3 bench/timex_split.py --shared "$SHARED" "$@" > "$OUT/$name.txt" 2>&1
    printf '%-12s %s | %s\n' "$name" "$(grep '^value F1' "$OUT/$name.txt")" \
        "$(grep '^relaxed F1' "$OUT/$name.txt")" | tee -a "$OUT/summary.txt"
}

score tbaq all
score tbaq-dev dev --errors
score tbaq-held held
score meantime all --errors --corpus "$SHARED/data/dev/meantime-apple"
score wikiwars all --errors --mode narrative --corpus "$SHARED/data/dev/wikiwars-timeml"
for set in tests/fixtures/timex_news tests/fixtures/timex_news2 tests/fixtures/timex_news3 \
    tests/fixtures/timex_news4 tests/fixtures/timex_news5 tests/fixtures/timex_news6; do
    score "$(basename "$set")" all --errors --corpus "$set"
done
