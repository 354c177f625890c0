"""The tbaq development split for the temporal tagger, and a fast in-process scorer.

    python bench/timex_split.py dev --errors       # the part rules are written against
    python bench/timex_split.py held               # the held-back part: figures only, never errors
    python bench/timex_split.py all
    python bench/timex_split.py dev --spread 4000  # value F1 of 4000 random draws of the held-back part's size
                                                   # from the dev part: how far a part may sit by chance
    python bench/timex_split.py dev --link DIR     # DIR/dev and DIR/held as symlink folders, for the
                                                   # official scorer (../shared/eval/timex_eval.py DIR/held ...)

The split is fixed by the document's file name: a document is held back when the first byte of
the SHA-1 of its name (e.g. ``APW19980213.1320.tml``) is below 52, about one document in five,
drawn from TimeBank and AQUAINT alike.  The figures come from the shared scorer's own functions
(``read_corpus``, ``match``, ``prf``), called in one process instead of one CLI start-up per
document, so they equal what ``timex_eval.py --cmd 'timelinekg timex ...'`` prints.
``--corpus`` scores another folder (MEANTIME, WikiWars) the same way, without a split.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import importlib.util
import random
import statistics
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from timelinekg.nlp.timex import tag

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
HELD_BELOW = 52  # out of 256: the held-back share of documents


def is_held(name: str) -> bool:
    return hashlib.sha1(name.encode()).digest()[0] < HELD_BELOW


def load_scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("timex_eval", shared / "eval" / "timex_eval.py")
    if spec is None or spec.loader is None:
        sys.exit(f"no scorer under {shared}/eval")
    module = importlib.util.module_from_spec(spec)
    sys.modules["timex_eval"] = module  # its dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def link_split(corpus: Path, target: Path) -> None:
    for part in ("dev", "held"):
        (target / part).mkdir(parents=True, exist_ok=True)
    for path in sorted(corpus.rglob("*.tml")):
        part = "held" if is_held(path.name) else "dev"
        link = target / part / path.name
        if not link.exists():
            link.symlink_to(path.resolve())


def tagged_and_matched(scorer: Any, doc: Any, mode: str) -> tuple[list[Any], list[Any], list[Any]]:
    """The tagger's expressions in ``doc`` as the scorer reads them, and their strict and relaxed matches."""
    timexes = tag(doc.text, dt.date.fromisoformat(doc.dct), mode)
    pred = scorer._strip_spans([scorer.Timex(t.start, t.end, t.type, t.value, t.text) for t in timexes], doc.text)
    if doc.scored_until is not None:
        pred = [p for p in pred if p.start < doc.scored_until]
    strict, relaxed = scorer.match(doc.gold, pred)
    return pred, strict, relaxed


def score(scorer: Any, docs: list[Any], mode: str, errors: bool) -> dict[str, float]:
    n_gold = n_pred = n_strict = n_relaxed = n_type = n_value = 0
    for doc in docs:
        pred, strict, relaxed = tagged_and_matched(scorer, doc, mode)
        n_gold += len(doc.gold)
        n_pred += len(pred)
        n_strict += len(strict)
        n_relaxed += len(relaxed)
        n_type += sum(g.type == p.type for g, p in relaxed)
        n_value += sum(scorer.norm_value(g.value) == scorer.norm_value(p.value) for g, p in relaxed)
        if errors:
            matched_g = {id(g) for g, _ in relaxed}
            matched_p = {id(p) for _, p in relaxed}
            for g in doc.gold:
                if id(g) not in matched_g:
                    print(f"MISS  {doc.name} [{g.start}:{g.end}] {g.text!r} {g.type} {g.value}")
            for p in pred:
                if id(p) not in matched_p:
                    print(f"EXTRA {doc.name} [{p.start}:{p.end}] {p.text!r} {p.type} {p.value}")
            for g, p in relaxed:
                if scorer.norm_value(g.value) != scorer.norm_value(p.value):
                    print(f"VALUE {doc.name} {g.text!r} gold={g.value} got={p.value} (dct {doc.dct}) [{p.text!r}]")
    _, _, strict_f1 = scorer.prf(n_strict, n_pred, n_gold)
    relaxed_p, relaxed_r, relaxed_f1 = scorer.prf(n_relaxed, n_pred, n_gold)
    value_acc = n_value / n_relaxed if n_relaxed else 0.0
    type_acc = n_type / n_relaxed if n_relaxed else 0.0
    print(f"documents {len(docs)}, gold timexes {n_gold}, predicted {n_pred}")
    print(f"strict F1 {100 * strict_f1:5.1f}  relaxed P {100 * relaxed_p:5.1f} R {100 * relaxed_r:5.1f}")
    print(f"relaxed F1 {100 * relaxed_f1:5.1f}  type acc. {100 * type_acc:5.1f}  value acc. {100 * value_acc:5.1f}")
    print(f"value F1 {100 * relaxed_f1 * value_acc:.2f}")
    return {"relaxed_f1": relaxed_f1, "value_f1": relaxed_f1 * value_acc}


def document_counts(scorer: Any, docs: list[Any], mode: str) -> list[tuple[int, int, int, int]]:
    """Per document: gold, predicted, relaxed matches, matches with the gold value."""
    counts = []
    for doc in docs:
        pred, _, relaxed = tagged_and_matched(scorer, doc, mode)
        right = sum(scorer.norm_value(g.value) == scorer.norm_value(p.value) for g, p in relaxed)
        counts.append((len(doc.gold), len(pred), len(relaxed), right))
    return counts


def value_f1(counts: list[tuple[int, int, int, int]]) -> float:
    gold, pred, relaxed, right = (sum(document[column] for document in counts) for column in range(4))
    if not relaxed:
        return 0.0
    precision, recall = relaxed / pred, relaxed / gold
    return 100 * 2 * precision * recall / (precision + recall) * right / relaxed


def spread(counts: list[tuple[int, int, int, int]], size: int, draws: int) -> None:
    """Value F1 of ``draws`` random sets of ``size`` documents (without replacement, seed 1)."""
    rng = random.Random(1)
    values = sorted(value_f1(rng.sample(counts, size)) for _ in range(draws))

    def at(share: float) -> float:
        return values[min(len(values) - 1, int(share * len(values)))]

    print(
        f"{draws} draws of {size} of {len(counts)} documents: value F1 mean {statistics.mean(values):.2f}, "
        f"sd {statistics.stdev(values):.2f}, 2.5% {at(0.025):.2f}, 50% {at(0.5):.2f}, 97.5% {at(0.975):.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("part", choices=("dev", "held", "all"))
    parser.add_argument("--errors", action="store_true", help="list every miss (refused for the held part)")
    parser.add_argument("--mode", default="news", choices=("news", "narrative"))
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder")
    parser.add_argument("--corpus", type=Path, help="score this folder instead of tbaq (no split)")
    parser.add_argument("--link", type=Path, help="make DIR/dev and DIR/held symlink folders and stop")
    parser.add_argument(
        "--spread", type=int, metavar="N", help="with dev: value F1 of N random draws of the held-back part's size"
    )
    args = parser.parse_args()

    tbaq = args.shared / "data" / "dev" / "tbaq"
    if args.link:
        link_split(tbaq, args.link)
        print(f"{args.link}/dev and {args.link}/held")
        return
    if args.errors and args.part != "dev" and args.corpus is None:
        sys.exit("the held-back part is scored, never read: --errors only with dev")
    scorer = load_scorer(args.shared)
    if args.corpus is not None:
        docs = scorer.read_corpus(args.corpus)
    else:
        docs = scorer.read_corpus(tbaq)
        if args.part != "all":
            docs = [d for d in docs if is_held(d.name) == (args.part == "held")]
    if args.spread:
        if args.part != "dev" or args.corpus is not None:
            sys.exit("--spread draws from the tbaq dev part only")
        held_size = sum(is_held(d.name) for d in scorer.read_corpus(tbaq) if d.dct)
        spread(document_counts(scorer, [d for d in docs if d.dct], args.mode), held_size, args.spread)
        return
    score(scorer, [d for d in docs if d.dct], args.mode, args.errors)


if __name__ == "__main__":
    main()
