"""Do the tagger's learned word decisions carry over to documents they were not counted on?

    python bench/timex_learned_cv.py --shared /work/shared          # 5 folds of the tbaq dev part
    python bench/timex_learned_cv.py --shared /work/shared --folds 10

``learned_words.tsv`` is counted on the tbaq dev part (``scripts/learn_timex_words.py``), so the dev figures
flatter it.  This bench splits the dev part into folds by document (a fixed hash of the file name, never the
held-back part), counts the table again on all folds but one, tags the left-out fold with that table, and adds
the left-out scores up: an estimate, from dev documents alone, of what each way of reading the table brings on
unseen text.  The variants differ only in which rows news mode may read:

* ``shipped``: the phrase rows and the position rows ("now | after until", "currently | before ,");
* ``no context rows``: phrases decided by their overall counts only (the bare-unit rows stay);
* ``no table``: the written rules alone (``lexicon.NARRATIVE_ONLY``), no counted row at all;

and, for the shipped rows, the break-even share below which a context is left untagged (``lexicon.BREAK_EVEN``)
and the uses a context needs before it counts (``lexicon.CONTEXT_MIN_SEEN``).  A variant that wins on the
counted folds ("in sample") but not out of them is a fit to the dev texts.  The output is deterministic; the
held-back part is not read.

Session 10 (5 folds): shipped 83.77 out of fold / 84.35 in sample, no context rows 83.89 / 84.33, no table
84.06 / 84.06, break-even 0.5 83.48 / 84.44 (a fit: the held-back part falls from 80.78 to 80.57 with it, while
every other variant leaves the held-back part and MEANTIME Apple as they are).  Rows for the neighbours of a
word (the class of the token after it, an auxiliary before it) added nothing in sample and lost 0.29 out of
fold, so the tagger does not read them.  The word table's decisions are few and near even, so they move the
figures by a handful of values either way.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "src"), str(REPO / "scripts")]

from learn_timex_words import count_words  # noqa: E402

from bench.timex_split import SHARED, is_held, load_scorer  # noqa: E402
from timelinekg.nlp.timex import lexicon as lx  # noqa: E402
from timelinekg.nlp.timex import tag  # noqa: E402

Table = dict[str, lx.LearnedWord]


def _is_word_context_row(row: str) -> bool:
    return " | " in row and not row.startswith(lx.BARE_UNITS_ROW + " |")


VARIANTS: dict[str, Callable[[Table], Table]] = {
    "shipped": lambda table: table,
    "no context rows": lambda table: {row: n for row, n in table.items() if not _is_word_context_row(row)},
    "no table": lambda table: {},
}
BREAK_EVENS = (0.3, 0.4, 0.5)
CONTEXT_MIN_SEENS = (3, 5, 8)


def fold_of(name: str, folds: int) -> int:
    """A document's fold: the second byte of the SHA-1 of its name (the first decides the held-back part)."""
    return hashlib.sha1(name.encode()).digest()[1] % folds


@dataclass(frozen=True)
class Reading:
    """How news mode reads a learned table: which rows it keeps and the two context thresholds."""

    rows: Callable[[Table], Table]
    break_even: float = lx.BREAK_EVEN
    context_min_seen: int = lx.CONTEXT_MIN_SEEN


@contextmanager
def reading(table: Table, how: Reading) -> Iterator[None]:
    """News mode reads ``table`` (after ``how.rows``) with ``how``'s thresholds inside the block."""
    saved = lx.learned_words, lx.BREAK_EVEN, lx.CONTEXT_MIN_SEEN
    kept = how.rows(table)
    lx.learned_words = lambda: kept  # type: ignore[assignment]
    lx.BREAK_EVEN, lx.CONTEXT_MIN_SEEN = how.break_even, how.context_min_seen
    try:
        yield
    finally:
        lx.learned_words, lx.BREAK_EVEN, lx.CONTEXT_MIN_SEEN = saved


class Tally:
    """Gold, predicted and right-valued TIMEX3 counts, added up over documents, as the shared scorer counts them."""

    def __init__(self, scorer: Any) -> None:
        self.scorer = scorer
        self.gold = self.pred = self.right = 0

    def add(self, doc: Any) -> None:
        found = tag(doc.text, dt.date.fromisoformat(doc.dct), "news")
        pred = self.scorer._strip_spans(
            [self.scorer.Timex(t.start, t.end, t.type, t.value, t.text) for t in found], doc.text
        )
        if doc.scored_until is not None:
            pred = [p for p in pred if p.start < doc.scored_until]
        _, relaxed = self.scorer.match(doc.gold, pred)
        self.gold += len(doc.gold)
        self.pred += len(pred)
        norm = self.scorer.norm_value
        self.right += sum(norm(g.value) == norm(p.value) for g, p in relaxed)

    def value_f1(self) -> float:
        return 200 * self.right / (self.gold + self.pred) if self.gold + self.pred else 0.0


def evaluate(scorer: Any, docs: list[Any], folds: int, how: Reading) -> tuple[float, float]:
    """Value F1 out of fold (each fold tagged with the table counted on the others) and in sample (all dev
    documents tagged with the table counted on all of them)."""
    out = Tally(scorer)
    for fold in range(folds):
        with reading(count_words([d for d in docs if fold_of(d.name, folds) != fold]), how):
            for doc in docs:
                if fold_of(doc.name, folds) == fold:
                    out.add(doc)
    inside = Tally(scorer)
    with reading(count_words(docs), how):
        for doc in docs:
            inside.add(doc)
    return out.value_f1(), inside.value_f1()


def readings() -> dict[str, Reading]:
    """The variants compared, by name."""
    found = {name: Reading(rows) for name, rows in VARIANTS.items()}
    shipped = VARIANTS["shipped"]
    for break_even in BREAK_EVENS:
        found[f"shipped, break-even {break_even}"] = Reading(shipped, break_even=break_even)
    for min_seen in CONTEXT_MIN_SEENS:
        found[f"shipped, context seen >= {min_seen}"] = Reading(shipped, context_min_seen=min_seen)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    scorer = load_scorer(args.shared)
    docs = [d for d in scorer.read_corpus(args.shared / "data" / "dev" / "tbaq") if d.dct and not is_held(d.name)]
    print(f"tbaq dev part: {len(docs)} documents in {args.folds} folds; value F1 out of fold / in sample")
    for name, how in readings().items():
        out, inside = evaluate(scorer, docs, args.folds, how)
        print(f"{name:30s} {out:6.2f}  {inside:6.2f}", flush=True)


if __name__ == "__main__":
    main()
