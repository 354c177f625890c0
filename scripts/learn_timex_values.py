"""Learn value conventions of news annotators from the TIMEX3 values of the tbaq dev part.

    python scripts/learn_timex_values.py > src/timelinekg/nlp/timex/learned_values.tsv

Some TIMEX3 values are a choice the guidelines leave open and news annotators make one way more often than the
other.  This script counts those choices over the *dev part* of TimeBank + AQUAINT (the documents
``bench/timex_split.py`` does not hold back; the held-back part is never read) and writes one row per decision
and key with the counts of each outcome.  The tagger's news mode reads the file (``lexicon.learned_values``) and
follows an outcome when the counts show it clearly more often (``lexicon.clear_majority``: a 95 % Wilson interval
above one half); otherwise it keeps its written rule and the TimeML guideline.

Decisions counted:

* ``day_part``: a named day with a part of the day ("Friday night", "Thursday morning", "the night of Friday,
  Oct. 23"), keyed by the part word.  Outcome ``kept`` when the annotated value of the day carries the part
  (``1998-10-23TNI``), ``plain`` when it is the day alone (``1998-10-23``), whether or not the annotator put the
  part word inside the TIMEX3.
* ``weekday_direction``: a bare weekday ("Tuesday", "on Tuesday", "Tuesday morning"), keyed by the cue class the
  tagger sees before it (``firm``: a firm future cue such as "will" or "scheduled"; ``deferral``: a verb that
  moves a time ahead followed by "until"/"to", as in "postponed until Tuesday"; ``present``: a timetable in the
  simple present, "the leaders meet Monday"; ``reported``: a plan told with "would", "said she would fly home
  Tuesday"; ``none``).  Outcome ``before``, ``same`` or ``after`` the DCT.
* ``quarter_ended_clash``: "the quarter ended Sept. 30" (a quarter followed by "ended/ending" and a month) when the
  quarter annotated last before it in the document has another number (a fiscal
  quarter: "the fiscal first quarter" of a company whose year starts in July), keyed ``fiscal``.  Outcome
  ``calendar`` when the value is the calendar quarter ending then, ``fiscal`` when it repeats the fiscal label,
  ``unnumbered`` when the annotator left the number open (``1989-QX``), ``other`` for anything else.

Re-running the script on the same data gives the same file (``tests/test_timex_values.py`` checks it).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "src")]

from bench.timex_split import SHARED, is_held, load_scorer  # noqa: E402

from timelinekg.nlp.timex.grammar import DAY_PART, WEEKDAY  # noqa: E402
from timelinekg.nlp.timex.resolve import _QUARTER_END_AFTER, Context, _month  # noqa: E402

_MONTH_DAY = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
_NAMED_DAY_PART = re.compile(
    rf"(?P<day>{WEEKDAY})\s+(?P<part>{DAY_PART})\b|\b(?P<part2>{DAY_PART})\s+of\s+(?:(?:{WEEKDAY}),?\s+)?"
    rf"(?:{_MONTH_DAY}|{WEEKDAY})"
)
_BARE_WEEKDAY = re.compile(rf"^(?:on\s+)?(?:{WEEKDAY})(?:\s+(?:{DAY_PART}))?$")
_WEEKDAY_WORD = re.compile(WEEKDAY)
_DAY_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})(T(?:MO|AF|EV|NI|DT|MI))?$")


def day_part_counts(docs: list[object]) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = {}
    for doc in docs:
        for found in _NAMED_DAY_PART.finditer(doc.text):  # type: ignore[attr-defined]
            word = (found["part"] or found["part2"]).lower()
            start, end = found.span()
            for gold in doc.gold:  # type: ignore[attr-defined]
                value = _DAY_VALUE.match(gold.value)
                if value and gold.start < end and start < gold.end:
                    counts.setdefault(word, Counter())["kept" if value[2] else "plain"] += 1
                    break
    return counts


def weekday_direction_counts(docs: list[object]) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = {}
    for doc in docs:
        dct = dt.date.fromisoformat(doc.dct)  # type: ignore[attr-defined]
        context = Context(doc.text, dct, narrative=False)  # type: ignore[attr-defined]
        for gold in doc.gold:  # type: ignore[attr-defined]
            value = _DAY_VALUE.match(gold.value)
            if not value or not _BARE_WEEKDAY.match(gold.text.strip()):
                continue
            start = gold.start + _WEEKDAY_WORD.search(gold.text).start()  # type: ignore[union-attr]
            cue = context.weekday_cue(start, gold.end)
            days = (dt.date.fromisoformat(value[1]) - dct).days
            outcome = "before" if days < 0 else "after" if days > 0 else "same"
            counts.setdefault(cue, Counter())[outcome] += 1
    return counts


_NUMBERED_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_QUARTER_WORD = re.compile(r"^(?:the\s+)?quarter$", re.IGNORECASE)


def quarter_ended_clash_counts(docs: list[object]) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = {}
    for doc in docs:
        named: tuple[str, str] | None = None
        for gold in sorted(doc.gold, key=lambda g: g.start):  # type: ignore[attr-defined]
            ended = _QUARTER_END_AFTER.match(doc.text, gold.end) if _QUARTER_WORD.match(gold.text.strip()) else None  # type: ignore[attr-defined]
            if ended is not None and named is not None:
                year = named[0]
                calendar = str((_month(ended["month"]) - 1) // 3 + 1)
                if named[1] != calendar:
                    value = gold.value
                    outcome = (
                        "calendar"
                        if value == f"{year}-Q{calendar}"
                        else "fiscal"
                        if value == f"{year}-Q{named[1]}"
                        else "unnumbered"
                        if value == f"{year}-QX"
                        else "other"
                    )
                    counts.setdefault("fiscal", Counter())[outcome] += 1
            quarter = _NUMBERED_QUARTER.match(gold.value)
            if quarter:
                named = (quarter[1], quarter[2])
    return counts


def _row(decision: str, key: str, outcomes: Counter[str]) -> str:
    return f"{decision}\t{key}\t" + ",".join(f"{k}:{n}" for k, n in sorted(outcomes.items()))


def main() -> None:
    scorer = load_scorer(SHARED)
    docs = [d for d in scorer.read_corpus(SHARED / "data" / "dev" / "tbaq") if d.dct and not is_held(d.name)]
    print("# decision\tkey\toutcomes (outcome:count)")
    print(f"# tbaq dev part: {len(docs)} documents; scripts/learn_timex_values.py")
    for decision, table in (
        ("day_part", day_part_counts(docs)),
        ("weekday_direction", weekday_direction_counts(docs)),
        ("quarter_ended_clash", quarter_ended_clash_counts(docs)),
    ):
        for key in sorted(table):
            print(_row(decision, key, table[key]))


if __name__ == "__main__":
    main()
