"""Article text in, facts out: sentences, entities and parse from spaCy, dates from the temporal tagger,
events from the trigger lexicon, actors and places resolved.  Pure: it never touches a store.

    facts = extract_article(Article(text, origin="a.txt", title="...", published=date(2024, 11, 10)))
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from timelinekg.errors import ValidationError
from timelinekg.schema import identity
from timelinekg.schema.model import Actor, Event, Facts, Mention, Participation, Place, Source

# Longer articles are refused with a clear error: spaCy's parser needs memory in proportion to a
# document's length (its own default limit is 1,000,000 characters), and no news article is this long.
MAX_ARTICLE_CHARS = 1_000_000
# Articles per spaCy batch.  The CNN pipeline parses each document alike in any company (checked for batches
# of 1 to 32), and small batches cost nothing per word at news-article length, but they are what a
# parallel load hands out: eight articles keep two workers evenly busy to the end of a short load.
BATCH_SIZE = 8
LANGUAGE_SAMPLE = 3000  # characters
_WORD = re.compile(r"[^\W\d_]+")
ENGLISH_STOP_SHARE = 0.15  # English news runs at 0.35-0.5; French or German through spaCy's English list < 0.1
FOLD_WINDOW = 40  # sentences either side in which an undated report may join a dated event


@dataclass(frozen=True)
class Article:
    text: str
    origin: str  # the file, or file:line, for messages
    title: str = ""
    published: dt.date | None = None
    url: str = ""
    publisher: str = ""
    body_start: int = 0  # offset of the first character after the title line, when the text starts with it

    @property
    def source_id(self) -> str:
        return identity.source_id(self.url, self.title, self.published)


def check(article: Article) -> Article:
    """Refuse what cannot be extracted, naming the article."""
    if not article.text.strip():
        raise ValidationError("empty article: no text", path=article.origin)
    if len(article.text) > MAX_ARTICLE_CHARS:
        raise ValidationError(
            f"article too long: {len(article.text):,} characters (the limit is {MAX_ARTICLE_CHARS:,}; split it)",
            path=article.origin,
        )
    if article.published is None:
        raise ValidationError(
            "no publication date: give one in the front matter (published:), a dateline, or --published",
            path=article.origin,
        )
    if article.published > dt.date.today() + dt.timedelta(days=1):
        raise ValidationError(f"published date {article.published} is in the future", path=article.origin)
    return article


def extract_articles(articles: Iterable[Article | ValidationError]) -> Iterator[Facts | ValidationError]:
    """One Facts batch per article (or the error that stopped it), in input order, parsed in batches."""
    from timelinekg.nlp.extract.nlp import pipeline

    nlp = pipeline()

    def texts() -> Iterator[tuple[str, Article | ValidationError]]:
        for item in articles:
            if isinstance(item, ValidationError):
                yield "", item
                continue
            try:
                yield item.text, check(item)
            except ValidationError as error:
                yield "", error

    for doc, item in nlp.pipe(texts(), as_tuples=True, batch_size=BATCH_SIZE):
        if isinstance(item, ValidationError):
            yield item
            continue
        try:
            yield facts_from_doc(doc, item)
        except ValidationError as error:
            yield error.at(path=item.origin)


def extract_article(article: Article) -> Facts:
    result = next(extract_articles([article]))
    if isinstance(result, ValidationError):
        raise result
    return result


def facts_from_doc(doc: Any, article: Article) -> Facts:
    from timelinekg.nlp.extract.events import EventFinder
    from timelinekg.nlp.extract.lexicon import load_lexicon
    from timelinekg.nlp.extract.places import gazetteer
    from timelinekg.nlp.timex import tag

    assert article.published is not None
    source = Source(article.source_id, article.title, article.url, article.publisher, article.published)
    if not looks_english(article.text[article.body_start :]):
        return Facts(sources=[source])  # an English parse of another language finds only false events
    timexes = tag(article.text, article.published, mode="news")
    finder = EventFinder(doc, article.published, article.body_start, load_lexicon(), gazetteer(), timexes)
    found = finder.find()
    facts = Facts(sources=[source])
    actors: dict[str, Actor] = {}
    for candidate, sentence in found:
        participants = []
        for ref, role in candidate.participants:
            actor_id = identity.actor_id(ref.name)
            attributes = (("title", ref.title),) if ref.title else ()
            external = (("wikidata", ref.wikidata),) if ref.wikidata else ()
            actor = Actor(actor_id, ref.name, ref.kind, tuple(sorted(ref.aliases)), external, attributes)
            previous = actors.get(actor_id)
            if previous is not None:
                aliases = tuple(sorted(set(previous.aliases) | set(actor.aliases)))
                actor = Actor(
                    actor_id,
                    ref.name,
                    ref.kind,
                    aliases,
                    external or previous.external_ids,
                    attributes or previous.attributes,
                )
            actors[actor_id] = actor
            participants.append(Participation(actor_id, role))
        place_ids = tuple(dict.fromkeys(identity.place_id(p.name) for p in candidate.places))
        start, end = _trimmed(article.text, sentence.start_char, sentence.end_char)
        mention = Mention(
            source_id=source.id,
            quote=article.text[start:end],
            start=start,
            end=end,
            claimed_earliest=candidate.earliest,
            claimed_latest=candidate.latest,
            claimed_precision=candidate.precision,
        )
        label = _label(candidate)
        actor_ids = [p.actor_id for p in participants]
        facts.events.append(
            Event(
                id=identity.event_id(candidate.type, candidate.earliest, candidate.latest, actor_ids, place_ids),
                type=candidate.type,
                label=label,
                earliest=candidate.earliest,
                latest=candidate.latest,
                precision=candidate.precision,
                participants=tuple(participants),
                place_ids=place_ids,
                mentions=(mention,),
                attributes=(("date_basis", candidate.basis), ("trigger", candidate.trigger.text))
                + ((("reported_by", candidate.reported_by),) if candidate.reported_by else ())
                + ((("planned", True),) if candidate.earliest and candidate.earliest > article.published else ()),
            )
        )
    facts.events = _fold_undated([c for c, _ in found], facts.events)
    used = {p.actor_id for e in facts.events for p in e.participants}
    facts.actors = [a for a in actors.values() if a.id in used]
    facts.places = [_place(ref) for ref in finder.place_refs.values()]
    return facts


def looks_english(text: str) -> bool:
    """English text is about a third function words ("the", "of", "said" ...); other languages far fewer.
    The first few thousand characters tell (walking spaCy's tokens would cost a fifth of extraction)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = [w for w in _WORD.findall(text[:LANGUAGE_SAMPLE].lower())]
    if len(words) < 20:
        return True  # too short to tell
    stop = sum(1 for w in words if w in STOP_WORDS)
    return stop / len(words) >= ENGLISH_STOP_SHARE


def _fold_undated(candidates: list[Any], events: list[Event]) -> list[Event]:
    """Attach each undated report to the dated event of this article it most likely describes.

    The merge rule alone would do it by order, and an open date overlaps everything: "has spoken with
    Putin" (undated) must join "took the call on November 7", not a 2018 meeting that happens to come
    first.  So within an article an undated event joins, among the events the merge rule allows, its
    first conjunct's event, else the one of the same type sharing the most participants, nearest in the
    text.  Undated events without an agent say too little to keep on their own and are dropped, unless
    they are news without one (a disaster, an attack, an arrest) and the text says where or to whom.
    """
    from timelinekg.nlp.extract.events import UNAGENTIVE_TYPES
    from timelinekg.schema.merge import merge_events, same_event

    result: list[Event] = []
    sentence_of: list[int] = []
    slot: dict[int, int] = {}
    by_sentence: dict[int, list[int]] = {}

    def keep(candidate: Any, event: Event) -> None:
        slot[id(candidate)] = len(result)
        by_sentence.setdefault(candidate.sentence_index, []).append(len(result))
        result.append(event)
        sentence_of.append(candidate.sentence_index)

    for candidate, event in zip(candidates, events, strict=True):
        if candidate.dated:
            keep(candidate, event)
    for candidate, event in zip(candidates, events, strict=True):
        if candidate.dated or candidate.lexeme.state:
            continue
        antecedent = _antecedent(candidate, event, result, sentence_of)
        if (
            antecedent is None
            and not any(p.role == "agent" for p in event.participants)
            and not (candidate.type in UNAGENTIVE_TYPES and (event.place_ids or event.participants))
        ):
            continue  # "it was struck" says too little on its own; "a fire destroyed a warehouse in Leeds" does not
        # nearby events only: a report far away in a long text is not what this sentence refers to
        nearby = [
            i
            for s in range(candidate.sentence_index - FOLD_WINDOW, candidate.sentence_index + FOLD_WINDOW + 1)
            for i in by_sentence.get(s, ())
        ]
        options = [
            i
            for i in sorted(nearby)
            if (same_event(result[i], event) or _same_thing_done(result[i], event)) and _same_objects(result[i], event)
        ]
        target = None
        conjunct = candidate.conjunct_of
        if conjunct is not None and slot.get(id(conjunct)) in options:
            target = slot[id(conjunct)]
        elif options:
            target = max(options, key=lambda i: _closeness(result[i], sentence_of[i], event, candidate))
        if target is None:
            target = antecedent
        if target is not None:
            # one sentence, one quote: the dated event's claim for it stands
            known = {m.key for m in result[target].mentions}
            event = event.with_changes(mentions=tuple(m for m in event.mentions if m.key not in known), attributes=())
            result[target] = merge_events(result[target], event)
            slot[id(candidate)] = target
        else:
            if candidate.fallback is not None:
                day = candidate.fallback
                claims = tuple(
                    replace(m, claimed_earliest=day, claimed_latest=day, claimed_precision="day")
                    for m in event.mentions
                )
                event = event.with_changes(
                    earliest=day,
                    latest=day,
                    precision="day",
                    mentions=claims,
                    attributes=tuple(
                        ("date_basis", "publication") if k == "date_basis" else (k, v) for k, v in event.attributes
                    ),
                )
            keep(candidate, event)
    return result


OTHER_OCCASION = {
    "previous",
    "last",
    "past",
    "earlier",
    "former",
    "first",
    "next",
    "prior",
    "other",
    "another",
    "future",
    "upcoming",
    "second",
    "third",
    "latest",
    "new",
}
DEFINITE = {"the", "this", "that", "these", "those", "its", "their", "his", "her"}


def _antecedent(candidate: Any, event: Event, kept: list[Event], sentence_of: list[int]) -> int | None:
    """ "The coup was the eighth in the region": a definite event noun, undated, is the article's dated event
    of that type told before it (the nearest)."""
    from timelinekg.schema.model import overlaps

    trigger = candidate.trigger
    if not trigger.tag_.startswith("NN") or event.type in ("statement", "other"):
        return None
    if not any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in trigger.children):
        return None
    if any(c.lower_ in OTHER_OCCASION or c.like_num for c in trigger.children):
        return None  # "the previous election", "the 2020 vote", "coups in five other countries": another one
    options = [
        i
        for i, other in enumerate(kept)
        if other.type == event.type
        and other.earliest is not None
        and sentence_of[i] <= candidate.sentence_index
        and overlaps(other.earliest, other.latest, event.earliest, event.latest)
    ]
    return max(options, key=lambda i: sentence_of[i]) if options else None


def _closeness(kept: Event, kept_sentence: int, event: Event, candidate: Any) -> tuple[bool, int, int]:
    shared = len({p.actor_id for p in event.participants} & {p.actor_id for p in kept.participants})
    return (kept.type == event.type, shared, -abs(kept_sentence - candidate.sentence_index))


def _same_thing_done(a: Event, b: Event) -> bool:
    """ "Apple introduced the iPhone today" and "Jobs unveiled the device" in one article: the same launch,
    though the agents differ (a company and its chief executive)."""
    from timelinekg.schema.event_types import compatible
    from timelinekg.schema.model import overlaps

    objects_a = {p.actor_id for p in a.participants if p.role in ("subject", "target")}
    objects_b = {p.actor_id for p in b.participants if p.role in ("subject", "target")}
    return (
        a.type == b.type
        and a.type not in ("statement", "other")
        and compatible(a.type, b.type)
        and bool(objects_a & objects_b)
        and overlaps(a.earliest, a.latest, b.earliest, b.latest)
        and not (a.place_ids and b.place_ids and not set(a.place_ids) & set(b.place_ids))
    )


def _same_objects(a: Event, b: Event) -> bool:
    """ "launched the iPhone" and "launched the iPhone 3G" name different events (what a statement is
    about does not: one speaker says several things on one occasion)."""
    if a.type == "statement" and b.type == "statement":
        return True
    objects_a = {p.actor_id for p in a.participants if p.role in ("subject", "target")}
    objects_b = {p.actor_id for p in b.participants if p.role in ("subject", "target")}
    return not (objects_a and objects_b) or bool(objects_a & objects_b)


def _place(ref: Any) -> Place:
    external: list[tuple[str, str]] = []
    if ref.geonames:
        external.append(("geonames", ref.geonames))
    if ref.iso:
        external.append(("iso3166", ref.iso))
    return Place(
        id=identity.place_id(ref.name),
        name=ref.name,
        kind=ref.kind,
        latitude=ref.latitude,
        longitude=ref.longitude,
        parent_id=identity.place_id(ref.parent) if ref.parent else None,
        external_ids=tuple(external),
    )


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_CLAUSE_BREAKS = {"ccomp", "advcl", "relcl", "parataxis", "punct", "cc", "conj", "mark"}


def _label(candidate: Any) -> str:
    """The clause that states the event: "Trump took the call in Florida on November 7"."""
    head = candidate.verb
    keep: list[Any] = [head]
    stack = [c for c in head.children if c.dep_ not in _CLAUSE_BREAKS]
    while stack:
        token = stack.pop()
        keep.append(token)
        stack.extend(c for c in token.children if c.dep_ not in ("relcl", "ccomp", "advcl", "parataxis"))
    keep.sort(key=lambda t: t.i)
    parts = []
    for token, following in zip(keep, [*keep[1:], None], strict=True):
        gap = following is not None and following.i > token.i + 1 and not following.is_punct
        parts.append(token.text + (token.whitespace_ or (" " if gap else "")))
    text = " ".join("".join(parts).split())
    if len(text) > 140:
        text = text[:137].rstrip() + "..."
    return text or candidate.trigger.text
