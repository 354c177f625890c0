"""What the extractor got wrong on news nobody had tuned it for: every sealed probe's first scored run, side by side.

    python bench/first_contact.py              # one row per probe with a first_run.txt, then the sums
    python bench/first_contact.py --since 16   # sums over probe16 and later only (same 20-event design)

Each ``tests/fixtures/probeN/first_run.txt`` keeps the real-news scorer's figures of the set's first run, made
before anyone looked at its articles; the scorer's output format changed over the sessions (one JSON line with
the figures, a ``between``/``between_all`` line, or one JSON object per cluster with or without an ``all``
entry), and this reads each of them.  The rows are the one honest series of how the extractor does on unseen
news; the open probes' later figures are not, since classes were fixed while looking at them.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
COLUMNS = (
    ("gold", "gold"),
    ("found", "found"),
    ("found_dated_ok", "dated"),
    ("matched_nodes", "matched"),
    ("missing_place", "no_place"),
    ("wrong_place", "wr_place"),
    ("missing_agent", "no_agent"),
    ("unknown_agent", "unk_agent"),
    ("mistyped", "mistyped"),
    ("spurious", "spurious"),
    ("duplicates", "dups"),
    ("wrong_dated", "wr_dated"),
    ("wrong_merges", "wr_merge"),
    ("nodes", "nodes"),
)
_JSON_LINE = re.compile(r"^(?:between(?:_all)?\s+)?(\{.*\})\s*$", re.MULTILINE)


def first_figures(text: str) -> dict[str, Any] | None:
    """The whole set's figures of a first run: the first JSON line that holds them, summing clusters if need be."""
    for match in _JSON_LINE.finditer(text):
        try:
            figures = json.loads(match.group(1))
        except ValueError:
            continue
        if "gold" in figures:
            return dict(figures)
        if isinstance(figures.get("all"), dict):
            return dict(figures["all"])
        if figures and all(isinstance(cluster, dict) for cluster in figures.values()):
            summed: Counter[str] = Counter()
            for cluster in figures.values():
                summed.update({key: cluster[key] for key, _ in COLUMNS if key in cluster})
            return dict(summed)
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--since", type=int, default=0, help="sum only probes with this number or a higher one")
    args = parser.parse_args()
    runs = []
    for path in FIXTURES.glob("probe*/first_run.txt"):
        figures = first_figures(path.read_text(encoding="utf-8"))
        number = re.search(r"\d+", path.parent.name)
        if figures is not None and number is not None:
            runs.append((int(number.group()), figures))
    print("probe    " + " ".join(f"{title:>9}" for _, title in COLUMNS))
    total: Counter[str] = Counter()
    for number, figures in sorted(runs):
        # "-": a figure the scorer of that session did not print yet
        print(f"probe{number:<4}" + " ".join(f"{figures.get(key, '-'):>9}" for key, _ in COLUMNS))
        if number >= args.since:
            total.update({key: figures.get(key) or 0 for key, _ in COLUMNS})
    print(f"{'sum':<9}" + " ".join(f"{total[key]:>9}" for key, _ in COLUMNS))


if __name__ == "__main__":
    main()
