"""Score the extractor on the unseen-news probe (tests/fixtures/probe/).

    python bench/probe_eval.py [--details] [--probe DIR]

Loads every article of the probe into one temporary store with ``timelinekg load`` (as a user would load
a day of news), asks ``between 1900 2100 --format json`` and checks each gold event of ``gold.json``:

- **found**: one shown event (used once) reported by the gold event's article in the sentence that holds
  the gold evidence, with every required agent
  among its actors (one of each requirement's acceptable names), one of the acceptable places (when gold
  asks for one), and date bounds inside the gold day range (earliest and latest both given).
- For a gold event not found, the shown events of its article whose quote holds the gold evidence (the
  one naming the gold trigger first) are its candidates; the best one says why it failed:
  ``wrong_dated`` (bounds not inside, or open), ``missing_agent``, ``missing_place``; with no candidate
  the event is ``not_detected``.
- ``mistyped``: found events whose type is none of the gold's acceptable types.

The last line is the figures as JSON.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

PROBE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probe"

Event = dict[str, Any]


def normalise(name: str) -> str:
    # "Košice" and "Kosice" are one name: the gazetteer spells places with their diacritics, writers often not
    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    # "Ghana's police" and "Ghana police" are one name, as the shared real-news scorer counts them
    name = re.sub(r"['’]s\b", "", name.lower())
    name = re.sub(r"[^\w\s]", "", name).strip()
    return re.sub(r"^the\s+", "", re.sub(r"\s+", " ", name))


def names_of(items: list[Any] | None) -> set[str]:
    return {normalise(item["name"] if isinstance(item, dict) else str(item)) for item in items or []}


def front_matter_title(path: Path) -> str:
    match = re.search(r'^title:\s*"?(.*?)"?\s*$', path.read_text(encoding="utf-8"), re.MULTILINE)
    return match.group(1) if match else ""


def timelinekg(*args: str) -> str:
    argv = [sys.executable, "-m", "timelinekg", *args]
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=1800, check=False)
    if proc.returncode != 0:
        sys.exit(f"command failed ({proc.returncode}): {' '.join(argv)}\n{proc.stderr[-800:]}")
    return proc.stdout


def agents_ok(event: Event, gold: Event) -> bool:
    actors = names_of(event.get("actors"))
    return all({normalise(name) for name in need} & actors for need in gold["agents"])


# "Shanxi province" and "Shanxi", "Kharkiv oblast" and "Kharkiv": one place, named with or without its kind
REGION_WORD = re.compile(r"\s+(?:province|region|oblast|state|department|prefecture|governorate)$")


def place_names(items: list[Any] | None) -> set[str]:
    return {REGION_WORD.sub("", name) for name in names_of(items)}


def place_ok(event: Event, gold: Event) -> bool:
    return not gold["places"] or bool(place_names(gold["places"]) & place_names(event.get("places")))


def dates_ok(event: Event, gold: Event) -> bool:
    earliest, latest = str(event.get("earliest") or "")[:10], str(event.get("latest") or "")[:10]
    return bool(earliest and latest) and earliest >= gold["earliest"] and latest <= gold["latest"]


def reported_by(event: Event, title: str) -> bool:
    return any(source.get("title") == title for source in event.get("sources", []))


def quotes(event: Event) -> str:
    return " ".join(str(source.get("quote") or "") for source in event.get("sources", []))


def trigger_named(event: Event, gold: Event) -> bool:
    said = str(event.get("attributes", {}).get("trigger") or "") + " " + str(event.get("label") or "")
    return gold["trigger"].lower()[:5] in said.lower()


def score(gold_events: list[Event], shown: list[Event], titles: dict[str, str]) -> tuple[dict[str, Any], list[str]]:
    used: set[int] = set()
    found: dict[str, Event] = {}
    # must-have events choose first so an optional one cannot take their node
    for gold in sorted(gold_events, key=lambda g: not g["must"]):
        title = titles[gold["article"]]
        for index, event in enumerate(shown):
            if index in used or not reported_by(event, title) or gold["evidence"] not in quotes(event):
                continue
            if agents_ok(event, gold) and place_ok(event, gold) and dates_ok(event, gold):
                used.add(index)
                found[gold["id"]] = event
                break
    figures: dict[str, Any] = {
        "articles": len(titles),
        "nodes": len(shown),
        "gold": len(gold_events),
        "found": len(found),
        "must": sum(g["must"] for g in gold_events),
        "found_must": sum(g["must"] and g["id"] in found for g in gold_events),
        "not_detected": 0,
        "wrong_dated": 0,
        "missing_agent": 0,
        "missing_place": 0,
        "mistyped": 0,
    }
    lines: list[str] = []
    for gold in gold_events:
        mark = "MUST " if gold["must"] else "     "
        if gold["id"] in found:
            event = found[gold["id"]]
            typed = event.get("type") in gold["type"]
            figures["mistyped"] += not typed
            note = "" if typed else f"  (type {event.get('type')}, want {'/'.join(gold['type'])})"
            lines.append(f"{mark}found      {gold['id']}: {event.get('label')!r}{note}")
            continue
        title = titles[gold["article"]]
        candidates = [e for e in shown if reported_by(e, title) and gold["evidence"] in quotes(e)]
        if not candidates:
            figures["not_detected"] += 1
            lines.append(f"{mark}NOT FOUND  {gold['id']}: nothing from {gold['evidence']!r}")
            continue
        best = max(
            candidates,
            key=lambda e: (trigger_named(e, gold), agents_ok(e, gold) + place_ok(e, gold) + dates_ok(e, gold)),
        )
        why = []
        for key, ok in (
            ("wrong_dated", dates_ok(best, gold)),
            ("missing_agent", agents_ok(best, gold)),
            ("missing_place", place_ok(best, gold)),
        ):
            if not ok:
                figures[key] += 1
                why.append(key)
        got = {
            "label": best.get("label"),
            "type": best.get("type"),
            "earliest": best.get("earliest"),
            "latest": best.get("latest"),
            "actors": sorted(names_of(best.get("actors"))),
            "places": sorted(place_names(best.get("places"))),
        }
        lines.append(f"{mark}{' '.join(why):10} {gold['id']}: got {json.dumps(got, ensure_ascii=False)}")
    return figures, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--probe", type=Path, default=PROBE, help="folder with gold.json and articles/")
    parser.add_argument("--details", action="store_true", help="one line per gold event before the figures")
    args = parser.parse_args()

    gold_events: list[Event] = json.loads((args.probe / "gold.json").read_text(encoding="utf-8"))["events"]
    if gold_events and "article" not in gold_events[0]:
        # probe16 on are in the real-news layout (gold events told by several articles), which its scorer reads
        parser.error(f"{args.probe} is in the real-news layout: score it with bash {args.probe / 'run.sh'} OUTDIR")
    articles = sorted((args.probe / "articles").glob("*.md"))
    titles = {path.name: front_matter_title(path) for path in articles}
    with tempfile.TemporaryDirectory() as tmp:
        store = str(Path(tmp) / "probe.db")
        timelinekg("--store", store, "load", *map(str, articles))
        shown = json.loads(timelinekg("--store", store, "between", "1900", "2100", "--format", "json"))
    figures, lines = score(gold_events, shown, titles)
    if args.details:
        print("\n".join(lines))
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
