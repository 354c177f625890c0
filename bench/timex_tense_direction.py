"""Which way an underspecified date goes: the tagger's rules against the tense of its governing verb in a parse.

    python bench/timex_tense_direction.py [--shared ../shared] [--show]       # the tbaq dev part and the own sets

For every bare weekday ("Friday", "on Tuesday morning") and every month or day of a month written without a year
("in March", "June 6") that the tagger emits over a gold TIMEX3 whose value can be placed before, on or after the
DCT, it prints the gold direction, the tagger's, and the one a dependency parse gives (spaCy's small English model):
the verb governing the expression (its head, climbing through prepositions, nouns and infinitives), that verb's
tense and aspect (a past form or a perfect: back; "will", a modal, "going to", a present progressive or a simple
present: ahead), and whether the clause is reported speech (the verb is the complement of a verb of saying).
The table counts agreement with gold per parse class, so that a rule is chosen by what the parse can tell, and
only the dev part's documents (never the held-back part's) and the own annotated sets are read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timelinekg.nlp.extract.nlp import MODEL_NAMES
from timelinekg.nlp.timex import tag
from timex_split import SHARED, is_held, load_scorer

WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
MONTH = (
    r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|march|mar\.|april|apr\.|may|june|july|aug(?:ust|\.)?|"
    r"sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
)
BARE_WEEKDAY = re.compile(rf"^{WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?$", re.IGNORECASE)
BARE_MONTH = re.compile(rf"^(?:early\s+|late\s+|mid-?)?{MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?$", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<![A-Z])[.!?][\"']?\s+(?=[A-Z\"])|\n\s*\n")
SAYING = {"say", "tell", "announce", "report", "state", "add", "declare", "confirm", "predict", "warn", "insist"}
OWN_SETS = ("timex_news", "timex_news2", "timex_news3", "timex_news4", "timex_news5")


def direction(value: str, dct: str) -> str | None:
    """before / same / after the DCT at the value's own granularity, None for values not on the calendar."""
    found = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?", value)
    if not found:
        return None
    width = 10 if found[3] else 7
    here, there = value[:width], dct[:width]
    return "same" if here == there else ("after" if here > there else "before")


def governing_verb(token: Any) -> Any | None:
    """The verb the expression hangs from: up through prepositions, nouns and infinitive markers."""
    node = token
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "aux":
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def tense_class(verb: Any) -> str:
    """past / perfect / future / modal / progressive / present / infinitive / participle / other."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in aux}
    tags = {a.tag_ for a in aux}
    if words & {"will", "'ll", "shall", "wo"}:
        return "future"
    if "MD" in tags:
        return "modal"
    if words & {"have", "has", "had", "'ve"}:
        return "perfect"
    if verb.tag_ == "VBD" or "VBD" in tags:
        return "past"
    if verb.tag_ == "VBG" and words & {"is", "are", "am", "'s", "'re"}:
        return "progressive"
    if verb.tag_ in ("VBZ", "VBP") or tags & {"VBZ", "VBP"}:
        return "present"
    if verb.tag_ == "VB":
        return "infinitive"
    if verb.tag_ in ("VBN", "VBG"):
        return "participle"
    return "other"


def resolved_tense(verb: Any) -> tuple[str, bool]:
    """The tense that places the clause, and whether it is reported speech.  An infinitive or participle takes the
    tense of the verb it depends on ("plans to meet Friday" is a present plan, "agreed to meet Friday" a past one):
    that is kept apart as "to+TENSE"."""
    cls = tense_class(verb)
    node = verb
    hops = 0
    while cls in ("infinitive", "participle") and node.head.i != node.i and hops < 4:
        node = node.head
        while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
            node = node.head
        hops += 1
        if node.pos_ not in ("VERB", "AUX"):
            break
        cls = tense_class(node)
    cls = ("to+" if hops and cls != tense_class(verb) else "") + cls
    reported = node.dep_ in ("ccomp", "conj") and node.head.lemma_ in SAYING and node.head.i != node.i
    return cls, reported


def docs_of(scorer: Any, shared: Path) -> list[tuple[str, Any]]:
    """The dev part's documents and the own annotated sets' (never the held-back part's)."""
    out = [("tbaq-dev", d) for d in scorer.read_corpus(shared / "data" / "dev" / "tbaq") if not is_held(d.name)]
    root = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
    for name in OWN_SETS:
        out += [(name, d) for d in scorer.read_corpus(root / name)]
    return [(c, d) for c, d in out if d.dct]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--show", action="store_true", help="print every case")
    args = parser.parse_args()
    import spacy

    nlp = spacy.load(next(n for n in MODEL_NAMES if spacy.util.is_package(n)))  # with its lemmatizer
    scorer = load_scorer(args.shared)
    docs = docs_of(scorer, args.shared)
    table: Counter[tuple[str, str, str, str]] = Counter()
    for corpus, doc in docs:
        dct = doc.dct[:10]
        timexes = tag(doc.text, dt.date.fromisoformat(dct))
        pred = [scorer.Timex(t.start, t.end, t.type, t.value, t.text) for t in timexes]
        _, relaxed = scorer.match(doc.gold, scorer._strip_spans(pred, doc.text))
        for gold, got in relaxed:
            kind = "weekday" if BARE_WEEKDAY.match(got.text) else "month" if BARE_MONTH.match(got.text) else None
            gold_dir, got_dir = direction(gold.value, dct), direction(got.value, dct)
            if kind is None or gold_dir is None or got_dir is None:
                continue
            # the sentence around it: from the last full stop or line break up to 400 characters before it
            start = max(0, got.start - 400)
            starts = list(SENTENCE_END.finditer(doc.text, start, got.start))
            start = starts[-1].end() if starts else start
            after = SENTENCE_END.search(doc.text, got.end, got.end + 300)
            paragraph = nlp(doc.text[start : after.start() + 1 if after else got.end + 300])
            span = paragraph.char_span(got.start - start, got.end - start, alignment_mode="expand")
            sentence = span.sent if span is not None else paragraph
            verb = governing_verb(span.root) if span is not None else None
            cls, reported = resolved_tense(verb) if verb is not None else ("none", False)
            parse_class = ("reported " if reported else "") + cls
            part = "own" if corpus != "tbaq-dev" else "dev"
            table[(part, kind, parse_class, f"gold {gold_dir} / tagger {got_dir}")] += 1
            if args.show:
                line = sentence.text.replace("\n", " ")
                print(
                    f"{part} {kind} {parse_class:22} gold {gold_dir:6} tagger {got_dir:6} {got.text!r} | {line[:160]}"
                )
    print(f"{'part':4} {'kind':8} {'parse class':24} {'gold / tagger':28} n")
    for (part, kind, parse_class, outcome), n in sorted(table.items()):
        print(f"{part:4} {kind:8} {parse_class:24} {outcome:28} {n}")


if __name__ == "__main__":
    main()
