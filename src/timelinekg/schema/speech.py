"""When two statements by one speaker are one: what was said, and the occasion it was said on.

A speaker says many things in a day, and news reports each "X said" as its own sentence, often in
several articles.  Sharing the speaker and the day is no evidence: "Biden said taxes would rise" and
"Biden said the bridge would be rebuilt" are two statements.  Two reports of one speaker on one day are
one statement when

* what they report overlaps: the reported words share at least ``MIN_SHARED_WORDS`` content words
  (names, nouns, verbs, numbers) other than the speaker's own name ("the officers said the election
  results were cancelled and the borders closed" / "officers declared the borders closed and the election
  results cancelled"), or
* both say which occasion they were made on ("in a televised address", "addressing the nation", "in a
  statement", "told reporters at a press conference"): a speaker gives one address a day, and what two
  reports quote from it is one event.  An occasion called another ("in an earlier statement", "in a
  separate post") is not named, so it joins nothing.

The extractor records both per report, as the event attributes ``said`` (a list of word lists, one per
report, so that a node that absorbed many reports does not match anything by its sheer size) and
``occasion``.  Reports of an earlier occasion ("has twice before sued") or of a lasting state ("its
decades-long dispute") carry ``background``: they are not the news of the day and join no other report
(only the same quoted words or the same report do).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import Any

from timelinekg.schema.model import Event

SAID = "said"
OCCASION = "occasion"
BACKGROUND = "background"
MIN_SHARED_WORDS = 2
MIN_SENTENCE_WORDS = 6
# An undated retelling ("Putin stated that ...", days later, in another article) shares more with the dated
# statement it retells than a speaker's other statements on the subject do: this many content words, and
# at least this share of the shorter report's words.
MIN_RETOLD_WORDS = 3
MIN_RETOLD_SHARE = 0.5
# An occasion the text calls another ("in an earlier statement", "in a separate post"): said on it, not on
# the occasion the article names, so it joins nothing by occasion.
ANOTHER = "another occasion"
# A hearing ("told the committee", "told MPs"): the occasion a witness answers on, and the hearing event it is part of.
HEARING = "hearing"
# the words that tell one questioned at a hearing ("was questioned by the committee", "testified", "was grilled")
HEARING_STEMS = ("question", "testif", "grill", "interrogat", "cross-exam")


def is_background(event: Event) -> bool:
    return bool(event.attribute(BACKGROUND))


def reported_words(event: Event) -> list[set[str]]:
    """The content words of what each report of ``event`` says was said."""
    return [set(words) for words in event.attribute(SAID, ()) or () if words]


def most_shared(reports_a: list[set[str]], reports_b: list[set[str]], ignore: Collection[str] = ()) -> set[str]:
    """The most words one report of one side shares with one report of the other, less ``ignore`` (the first
    such pair on a tie)."""
    best: set[str] = set()
    for words_a in reports_a:
        for words_b in reports_b:
            best = max(best, (words_a & words_b).difference(ignore), key=len)
    return best


def shared_words(a: Event, b: Event) -> list[str]:
    """The most content words one report of ``a`` shares with one report of ``b``."""
    return sorted(most_shared(reported_words(a), reported_words(b)))


def occasions(event: Event) -> list[str]:
    return list(event.attribute(OCCASION, ()) or ())


def said_on_one_occasion(a: Event, b: Event) -> str | None:
    """Why two statements of one speaker on one day are one (the caller checks speaker, types and day)."""
    words = shared_words(a, b)
    named_a, named_b = occasions(a), occasions(b)
    named = " / ".join(sorted(set(named_a) | set(named_b)))
    if named_a and named_b and ANOTHER not in named_a and ANOTHER not in named_b:
        return f"said on one occasion that day ({named})"
    if set(a.source_ids) & set(b.source_ids):
        # One article tells what a speaker said sentence after sentence, often on one topic: their words
        # overlap without being one statement.  The article must place them on the occasion it names: what
        # else the speaker said that day, in the article that names the occasion, was said on it.
        if (named_a or named_b) and not (ANOTHER in named_a or ANOTHER in named_b):
            return f"said on the {named} the article names that day"
        return None
    if len(words) >= MIN_SHARED_WORDS:
        return "the same words reported: " + ", ".join(words[:6])
    return None


def said_on_after(a: Event, b: Event) -> str | None:
    """dups23 class 3: "Lind told reporters in Oslo on Monday that ... 'We will not close it,' Lind said. He said
    more guards would be sent": what an article goes on to tell its speaker saying, undated, after it has put the
    speaker on an occasion it names that day, was said on it: one statement, one node for the news conference
    (the caller checks speaker, types, one article and that one of them is undated). The undated words must name
    no occasion of their own ("in an earlier interview")."""
    dated, undated = (b, a) if a.earliest is None else (a, b)
    if dated.earliest is None or dated.earliest != dated.latest or undated.earliest is not None:
        return None
    if undated.latest is not None and undated.latest < dated.earliest:
        return None
    named = [n for n in occasions(dated) if n != ANOTHER]
    if not named or occasions(undated):
        return None
    trigger = undated.attribute("trigger")
    if not isinstance(trigger, str) or trigger.casefold() not in GOING_ON_SAYING:
        return None  # "criticised Lai for describing himself as ...": words of another time, told in another's clause
    if not _told_after(undated, dated):
        return None
    return f"said on the {' / '.join(named)} the article names that day, told after it undated"


# how an article goes on with its speaker's words ("Lind said", "he added", "she told them")
GOING_ON_SAYING = frozenset({"said", "says", "added", "adds", "told", "tells", "continued", "went on"})


def _told_after(later: Event, first: Event) -> bool:
    """Some report of ``later`` stands after one of ``first`` in the same source."""
    return any(
        m.source_id == f.source_id and m.start is not None and f.start is not None and m.start > f.start
        for m in later.mentions
        for f in first.mentions
    )


def retold_undated(a: Event, b: Event) -> str | None:
    """Why an undated statement in one article is a dated one of the same speaker in another (the caller checks
    speaker, types, that one of them is undated and that their bounds overlap): the dated one was made on an
    occasion the text names (an address, a statement, a press conference) and the undated one reports the same
    words.  A speaker says much on one subject, so the words must be many and most of the shorter report."""
    if set(a.source_ids) & set(b.source_ids):
        return None  # one article tells a speaker's sentences one after another, on one topic
    dated = b if a.earliest is None else a
    named = [n for n in occasions(dated) if n != ANOTHER]
    if not named:
        return None  # a claim made over and over ("X claims", "X argued") is retold without an occasion to join
    best: set[str] = set()
    for words_a in reported_words(a):
        for words_b in reported_words(b):
            shared = words_a & words_b
            if len(shared) >= MIN_RETOLD_WORDS and len(shared) >= MIN_RETOLD_SHARE * min(len(words_a), len(words_b)):
                best = max(best, shared, key=len)
    if not best:
        return None
    words = ", ".join(sorted(best)[:6])
    return f"the same words reported undated in another article as on the {' / '.join(named)} that day: {words}"


def same_sentence(a: Event, b: Event) -> str | None:
    """One source's one sentence reported twice: a fact file quoting the article it cites, a clause of it."""
    for mention_a in a.mentions:
        for mention_b in b.mentions:
            if mention_a.source_id != mention_b.source_id:
                continue
            short, long = sorted((_words(mention_a.quote), _words(mention_b.quote)), key=len)
            if len(short.split()) >= MIN_SENTENCE_WORDS and short in long:
                return "the same sentence reported"
    return None


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def combined_attributes(kept: Event, incoming: Event) -> dict[str, Any]:
    """The speech attributes of two merged reports: every report's words, every occasion named."""
    combined: dict[str, Any] = {}
    said = [list(words) for words in _chain(kept.attribute(SAID), incoming.attribute(SAID))]
    if said:
        combined[SAID] = [list(w) for w in dict.fromkeys(tuple(w) for w in said)]
    named = list(dict.fromkeys(_chain(kept.attribute(OCCASION), incoming.attribute(OCCASION))))
    if named:
        combined[OCCASION] = named

    return combined


def _chain(*values: Any) -> Iterable[Any]:
    for value in values:
        yield from value or ()
