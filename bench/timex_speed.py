"""Temporal tagger throughput: words per second on one core, and against dateparser when installed.

    python bench/timex_speed.py [--words 1000000] [--dateparser-words 20000]

Builds a large text by repeating the dev corpora (WikiWars, MEANTIME Apple,
the seed article) from ../shared, tags it once with ``timelinekg.nlp.timex.tag``
and times it in CPU seconds of this one process (the machine may be shared,
so wall time is printed too but not used).  If ``dateparser`` is importable, ``dateparser.search.search_dates``
runs on the first ``--dateparser-words`` words of the same text (it is far slower,
so a slice keeps the run short) and the ratio of the two rates is printed.

Bad input: a text of about ``--numbers-bytes`` (1 MB) made only of numbers that are not dates (phone
numbers, prices, scores, counts, serial numbers, four-digit counts in the year range) is tagged whole and
at half its size; both rates are printed beside the news figure, so a rate that falls with size (time
growing faster than the text) shows, and the number of "dates" found in it is printed too.
The last line is one JSON object: words_per_s, dateparser_words_per_s, ratio, numbers_words_per_s,
numbers_half_words_per_s, numbers_timexes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
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


def numbers_text(size: int, seed: int = 13) -> str:
    """Sentences of numbers that are not dates, about ``size`` characters, the same for every run."""
    pick = random.Random(seed)
    forms = (
        lambda: (
            f"Call {pick.randint(200, 999)}-{pick.randint(1000, 9999)} or {pick.randint(100, 999)} "
            f"{pick.randint(100, 999)} {pick.randint(1000, 9999)}."
        ),
        lambda: (
            f"It costs ${pick.randint(1, 9)},{pick.randint(100, 999)}.{pick.randint(10, 99)} plus "
            f"{pick.randint(2, 40)} percent."
        ),
        lambda: (
            f"The score was {pick.randint(0, 9)}-{pick.randint(0, 9)} and {pick.randint(60, 130)}-"
            f"{pick.randint(60, 130)}."
        ),
        lambda: (
            f"About {pick.randint(1000, 2199)} troops and {pick.randint(1, 99)},{pick.randint(100, 999)} people left."
        ),
        lambda: (
            f"Serial {pick.randint(1000, 9999)}-{pick.randint(1000, 9999)}-{pick.randint(10, 99)}, "
            f"lot {pick.randint(1, 999)}/{pick.randint(1, 99)}."
        ),
    )
    parts: list[str] = []
    length = 0
    while length < size:
        sentence = pick.choice(forms)()
        parts.append(sentence)
        length += len(sentence) + 1
    return " ".join(parts)


def timed_rate(text: str, dct: dt.date) -> tuple[float, int, float]:
    """Words per CPU second of one ``tag`` call, the number of timexes, and the CPU seconds."""
    cpu = time.process_time()
    found = tag(text, dct)
    seconds = time.process_time() - cpu
    return rate(len(text.split()), seconds), len(found), seconds


def rate(words: int, seconds: float) -> float:
    return words / seconds if seconds > 0 else float("inf")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=1_000_000, help="size of the tagged text")
    parser.add_argument("--dateparser-words", type=int, default=20_000, help="size of dateparser's slice")
    parser.add_argument("--numbers-bytes", type=int, default=1_000_000, help="size of the numbers-only text")
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

    numbers = numbers_text(args.numbers_bytes)
    half_rate, _, _ = timed_rate(numbers[: len(numbers) // 2], dct)
    numbers_rate, numbers_found, numbers_seconds = timed_rate(numbers, dct)
    print(
        f"numbers only: {len(numbers):,} characters, {len(numbers.split())} words, {numbers_found} timexes in "
        f"{numbers_seconds:.2f} s CPU = {numbers_rate:,.0f} words/s (half the text: {half_rate:,.0f} words/s; "
        f"news above: {ours:,.0f} words/s)"
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
                "numbers_words_per_s": round(numbers_rate),
                "numbers_half_words_per_s": round(half_rate),
                "numbers_timexes": numbers_found,
            }
        )
    )


if __name__ == "__main__":
    main()
