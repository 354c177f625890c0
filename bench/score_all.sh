#!/usr/bin/env bash
# Every extraction figure the README reports, in one run, from the project root with timelinekg installed:
#   bash bench/score_all.sh OUTDIR [SHARED]
# SHARED is the read-only data folder (default ../shared beside the checkout). Writes one report per set
# into OUTDIR and prints each set's last line (the scorers print their figures last), so two runs on two
# commits compare with `diff OUT1/summary.txt OUT2/summary.txt`. Takes about five minutes on two cores.
set -uo pipefail
OUT=$(mkdir -p "$1" && cd "$1" && pwd)
SHARED=$(cd "${2:-../shared}" && pwd)
EVAL=$SHARED/eval
export REALNEWS_EVAL=$EVAL/realnews_eval.py
: > "$OUT/summary.txt"

record() {  # record NAME FILE: the set's figures line into the summary (of a JSON line, the headline keys)
    printf '%-12s %s\n' "$1" "$(grep -v '^\s*$' "$2" | tail -1 | python3 -c "$COMPACT")" | tee -a "$OUT/summary.txt"
}

# The real-news scorer prints every cluster and the merge scorer some 90 keys; a summary line keeps the
# real-news "all" figures and the merge figures the issue's acceptance names.
COMPACT='
import json, sys
line = sys.stdin.read().strip()
try:
    figures = json.loads(line)
except ValueError:
    print(line)
    raise SystemExit
if isinstance(figures, dict) and "all" in figures:
    figures = figures["all"]
elif isinstance(figures, dict) and "b3_f1" in figures:
    singletons = figures["baselines"]["singletons_matched"]["b3_f1"]
    figures = {k: figures[k] for k in ("b3_f1", "xdoc_pair_p", "xdoc_pair_r")} | {"singletons_b3_f1": singletons}
print(json.dumps(figures, sort_keys=True))
'


timeline_eval() {  # timeline_eval NAME CORPUS: SemEval-2015 Task 4 layout
    python3 "$EVAL/timeline_eval.py" "$2" \
        --load 'timelinekg --store {store} load {jsonl}' \
        --query 'timelinekg --store {store} between 1000 2100 --actor {entity} --format json' > "$OUT/$1.txt" 2>&1
    record "$1" "$OUT/$1.txt"
}

python3 "$EVAL/seed_eval.py" "$SHARED/data/seed/trump-putin-call.gold.json" \
    --load 'timelinekg --store {store} load {path}' \
    --query 'timelinekg --store {store} between 1900 2100 --format json' > "$OUT/seed.txt" 2>&1
record seed "$OUT/seed.txt"
timeline_eval semeval "$SHARED/data/dev/semeval2015-timeline-trial"
timeline_eval entitytl tests/fixtures/entitytl
python3 "$EVAL/merge_eval.py" "$SHARED/data/dev/meantime-apple-crossdoc" \
    --load 'timelinekg --store {store} load {jsonl}' \
    --query 'timelinekg --store {store} between 1000 2100 --include-undated --format json' > "$OUT/merge.txt" 2>&1
record merge "$OUT/merge.txt"

bash "$SHARED/data/dev/realnews/run.sh" "$OUT/realnews" > /dev/null 2>&1
record realnews "$OUT/realnews/score_between.txt"
for set in clusters clusters2 clusters3; do
    bash tests/fixtures/run_realnews_layout.sh "tests/fixtures/$set" "$OUT/$set" > /dev/null 2>&1
    record "$set" "$OUT/$set/score_between.txt"
done

# Own sets in the probe layout (articles/ and gold.json): the sealed probes, selfnews, datehaz, artplace.
for dir in tests/fixtures/probe tests/fixtures/probe[0-9]* tests/fixtures/selfnews* tests/fixtures/datehaz \
    tests/fixtures/artplace; do
    [ -f "$dir/gold.json" ] || continue
    name=$(basename "$dir")
    python3 bench/probe_eval.py --probe "$dir" --details > "$OUT/$name.txt" 2>&1
    record "$name" "$OUT/$name.txt"
done
