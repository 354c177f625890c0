"""Temporal tagger throughput: words per second on one core, and against dateparser when installed.

    python bench/timex_speed.py [--words 1000000] [--dateparser-words 20000]

Builds a large text by repeating the dev corpora (WikiWars, MEANTIME Apple,
the seed article) from ../shared, tags it once with ``timelinekg.nlp.timex.tag``
and times it in CPU seconds of this one process (the machine may be shared,
so wall time is printed too but not used).  If ``dateparser`` is importable, ``dateparser.search.search_dates``
runs on the first ``--dateparser-words`` words of the same text (it is far slower,
so a slice keeps the run short) and the ratio of the two rates is printed.
The last line is one JSON object: words_per_s, dateparser_words_per_s, ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from timelinekg.nlp.timex import tag

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPORA = ("data/dev/wikiwars-timeml", "data/dev/meantime-apple", "data/seed")


def corpus_texts(root: Path) -> list[str]:
    texts = []
    for folder in CORPORA:
        for path in sorted((root / folder).glob("*")):
            if path.suffix == ".tml":
                body = ET.parse(path).getroot().find("TEXT")
                texts.append("".join(body.itertext()) if body is not None else "")
            elif path.suffix == ".xml":
                texts.append(" ".join(tok.text or "" for tok in ET.parse(path).getroot().iter("token")))
            elif path.suffix == ".txt":
                texts.append(path.read_text(encoding="utf-8"))
    return [t for t in texts if t.strip()]


def build_text(texts: list[str], words: int) -> str:
    unit = "\n\n".join(texts)
    unit_words = len(unit.split())
    return "\n\n".join([unit] * max(1, round(words / unit_words)))


def first_words(text: str, count: int) -> str:
    ends = [m.end() for _, m in zip(range(count), re.finditer(r"\S+", text), strict=False)]
    return text[: ends[-1]] if ends else text


def rate(words: int, seconds: float) -> float:
    return words / seconds if seconds > 0 else float("inf")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=1_000_000, help="size of the tagged text")
    parser.add_argument("--dateparser-words", type=int, default=20_000, help="size of dateparser's slice")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder")
    args = parser.parse_args()

    texts = corpus_texts(args.shared)
    if not texts:
        sys.exit(f"no dev corpora under {args.shared}")
    text = build_text(texts, args.words)
    words = len(text.split())
    dct = dt.date(2009, 12, 19)

    wall, cpu = time.perf_counter(), time.process_time()
    found = tag(text, dct)
    wall, seconds = time.perf_counter() - wall, time.process_time() - cpu
    ours = rate(words, seconds)
    print(
        f"timelinekg: {words} words, {len(found)} timexes in {seconds:.2f} s CPU ({wall:.2f} s wall) "
        f"= {ours:,.0f} words/s"
    )

    theirs: float | None = None
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser: not installed, skipped")
    else:
        sample = first_words(text, args.dateparser_words)
        sample_words = len(sample.split())
        settings = {"RELATIVE_BASE": dt.datetime(dct.year, dct.month, dct.day)}
        wall, cpu = time.perf_counter(), time.process_time()
        hits = search_dates(sample, languages=["en"], settings=settings) or []
        wall, seconds = time.perf_counter() - wall, time.process_time() - cpu
        theirs = rate(sample_words, seconds)
        print(
            f"dateparser: {sample_words} words, {len(hits)} dates in {seconds:.2f} s CPU ({wall:.2f} s wall) "
            f"= {theirs:,.0f} words/s"
        )
        print(f"ratio: timelinekg is {ours / theirs:,.1f}x faster")

    print(
        json.dumps(
            {
                "words_per_s": round(ours),
                "dateparser_words_per_s": round(theirs) if theirs is not None else None,
                "ratio": round(ours / theirs, 1) if theirs else None,
            }
        )
    )


if __name__ == "__main__":
    main()
