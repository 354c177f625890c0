"""Learn which reference and frequency words news annotators mark as TIMEX3, from the tbaq dev part.

    python scripts/learn_timex_words.py > src/timelinekg/nlp/timex/learned_words.tsv
    python scripts/learn_timex_words.py --shared /work/shared > ...   # from a worktree beside the checkout

Words such as "now", "current", "recently", "future", "daily" or "recent years" are temporal expressions
in some uses and not in others, and the corpora disagree (WikiWars marks "former" and "future", news
corpora rarely do).  For every such phrase the tagger knows (the keys of ``lexicon.DEICTIC`` and
``lexicon.SET_WORDS``) this script counts, over the *dev part* of TimeBank + AQUAINT (the documents
``bench/timex_split.py`` does not hold back), how often the phrase occurs in running text where no longer
phrase of the list covers it, how many of those occurrences annotators put inside a TIMEX3, and the
values they gave when the TIMEX3 is the phrase itself.  The news mode of the tagger reads the file
(``lexicon.learned_words``): a phrase seen at least ``lexicon.LEARNED_MIN_SEEN`` times and marked in
fewer than half of its uses is left untagged, and a "recent/coming UNITs" phrase takes the value kind
annotators gave it most (``PAST_REF`` or a duration).  Re-running the script on the same data gives the
same file; the held-back part is never read.

Each phrase is also counted by where it stands, in rows "PHRASE | CONTEXT" (``lexicon.word_context``: after
"until", "for", "in" …, opening a sentence, or inside one): "until now" and "for now" are marked where a
sentence-opening "Now" often is not, and news mode follows a context whose rate is clear.  Plural units
without a count ("for years", "a matter of days") are counted in rows "UNITS | after WORD", by the word
before them, and "later/earlier/late/early in the UNIT" in rows "EARLY/LATE in the UNIT".
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "src")]

from bench.timex_split import SHARED, is_held, load_scorer  # noqa: E402

from timelinekg.nlp.timex import lexicon as lx  # noqa: E402
from timelinekg.nlp.timex import phrases  # noqa: E402
from timelinekg.nlp.timex.grammar import RATE_BEFORE, preceding_word  # noqa: E402

_PLURAL_UNIT = "(?:" + "|".join(sorted(lx.UNIT_PLURALS, key=len, reverse=True)) + ")"
_BARE_PLURAL = re.compile(rf"(?<![\w-]){_PLURAL_UNIT}(?![\w-])", re.IGNORECASE)
_RATE = re.compile(r"(?<![\w-])(?:a\s+(?:day|week|month|year|night)|an\s+hour)(?![\w-])", re.IGNORECASE)


def _class_rows() -> dict[str, re.Pattern[str]]:
    """Rows that count a class of phrases rather than one phrase: "recent UNITS" is "recent" before any plural
    unit ("recent quarters", "recent years")."""
    rows = {
        phrases.reference_row(word): re.compile(
            rf"(?<![\w-])(?:the\s+)?{word}\s+{_PLURAL_UNIT}(?![\w-])", re.IGNORECASE
        )
        for word in phrases.REFERENCE_WORDS
    }
    rows[lx.RATE_ROW] = _RATE
    return rows


_SHIFT_AFTER = re.compile(r"\s+(?:ago|earlier|later|before|after|afterwards?|prior|from\s+now)\b", re.IGNORECASE)


def _counts_as_class(row: str, text: str, start: int, end: int) -> bool:
    # a rate is "a year" after an amount or a count, as the rate rule reads it; "40% a year earlier" is no rate
    if row != lx.RATE_ROW:
        return True
    return RATE_BEFORE.search(text[max(0, start - 24) : start]) is not None and not _SHIFT_AFTER.match(text, end)


def _pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + re.escape(phrase).replace(r"\ ", r"\s+") + r"(?![\w-])", re.IGNORECASE)


def value_kind(value: str) -> str:
    """PAST_REF/PRESENT_REF/FUTURE_REF, or the value with its digits generalised ("P9D", "9999-99-99")."""
    return value if value.endswith("_REF") else re.sub(r"\d", "9", value)


def count_words(docs: list[Any]) -> dict[str, lx.LearnedWord]:
    """The rows of ``learned_words.tsv`` counted over ``docs`` (the scorer's documents with their gold TIMEX3s),
    by phrase; ``bench/timex_learned_cv.py`` calls it on folds of the dev part."""
    words = sorted({*lx.DEICTIC, *lx.SET_WORDS}, key=lambda p: (-len(p), p))
    seen: Counter[str] = Counter()
    marked: Counter[str] = Counter()
    kinds: dict[str, Counter[str]] = {p: Counter() for p in words}
    for doc in docs:
        taken: list[tuple[int, int]] = []  # spans of longer phrases already counted
        for phrase in words:  # longest first
            for found in _pattern(phrase).finditer(doc.text):
                start, end = found.span()
                if any(s <= start and end <= e for s, e in taken):
                    continue
                taken.append((start, end))
                in_contexts = [lx.context_row(phrase, c) for c in lx.word_contexts(doc.text, start, end)]
                seen[phrase] += 1
                seen.update(in_contexts)
                golds = [g for g in doc.gold if g.start < end and start < g.end]
                if golds:
                    marked[phrase] += 1
                    marked.update(in_contexts)
                    exact = [g for g in golds if g.text.lower().split() == found.group().lower().split()]
                    for g in exact:
                        kinds[phrase][value_kind(g.value)] += 1
        for row, pattern in _class_rows().items():
            kinds.setdefault(row, Counter())
            for found in pattern.finditer(doc.text):
                if not _counts_as_class(row, doc.text, found.start(), found.end()):
                    continue
                seen[row] += 1
                golds = [g for g in doc.gold if g.start < found.end() and found.start() < g.end]
                if golds:
                    marked[row] += 1
                    found_words = found.group().lower().split()
                    for g in golds:
                        if g.text.lower().split() in (found_words, found_words[1:]):
                            kinds[row][value_kind(g.value)] += 1
        for found in re.finditer(rf"(?<![\w-]){lx.PART_OF_UNIT.pattern}(?![\w-])", doc.text, re.IGNORECASE):
            row = lx.part_of_unit_row(found["unit"])
            seen[row] += 1
            if any(g.start < found.end() and found.start() < g.end for g in doc.gold):
                marked[row] += 1
        for found in _BARE_PLURAL.finditer(doc.text):
            # a plural unit without a count ("for years", "a matter of days") after a word that takes a length,
            # as the duration rule reads it; counted by that word
            cue = preceding_word(doc.text, found.start())
            if cue not in lx.DURATION_CUES:
                continue
            row = lx.context_row(lx.BARE_UNITS_ROW, f"after {cue}")
            seen[row] += 1
            if any(g.start < found.end() and found.start() < g.end for g in doc.gold):
                marked[row] += 1
    return {phrase: lx.LearnedWord(seen[phrase], marked[phrase], kinds.get(phrase, Counter())) for phrase in seen}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder")
    shared = parser.parse_args().shared
    scorer = load_scorer(shared)
    docs = [d for d in scorer.read_corpus(shared / "data" / "dev" / "tbaq") if d.dct and not is_held(d.name)]
    table = count_words(docs)
    print("# phrase\tseen\tmarked\tvalues (kind:count, for TIMEX3 spans equal to the phrase)")
    print(f"# tbaq dev part: {len(docs)} documents; scripts/learn_timex_words.py")
    for phrase in sorted(table):
        learned = table[phrase]
        values = ",".join(f"{k}:{n}" for k, n in sorted(learned.values.items(), key=lambda kv: (-kv[1], kv[0])))
        print(f"{phrase}\t{learned.seen}\t{learned.marked}\t{values}")


if __name__ == "__main__":
    main()
