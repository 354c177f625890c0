"""At ingest: link denials, corrections and confirmations to the events they answer, across articles.

The extractor links a statement to an event its own article tells (``nlp/extract/disputes.py``); once
the article's events are merged with the stored ones, that event may carry a stored id, so the link is
found again by where the article tells it (``claim_at``).  A statement whose article does not tell the
event it answers ("the Kremlin denied that Putin had spoken with Trump", a day after the report) is
linked to the stored event it describes.  And a report loaded after a denial of it is linked the other
way: the stored denial that still answers nothing is given it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import MutableMapping

from timelinekg.graph.base import EventQuery, StoreReader
from timelinekg.nlp.extract.disputes import (
    CLAIM_AT,
    CLAIM_TYPE,
    LINK_TYPES,
    RECENT_DAYS,
    answered_event,
    answers,
    with_link,
)
from timelinekg.schema.event_types import compatible
from timelinekg.schema.model import Event

# a statement of one of these types may answer a report ("denied any involvement" stays a rejection)
ANSWERING_TYPES = (*LINK_TYPES, "rejection")
MAX_OPTIONS = 200


def link_claims(store: StoreReader, written: MutableMapping[str, Event]) -> None:
    """Set the links of the statements in ``written`` (the batch about to be stored, by id), and of
    stored statements that answer nothing yet but one of the batch's events, in place."""
    statements = [e for e in written.values() if answers(e) is not None]
    for statement in statements:
        # the article's own report of the event, and the stored event it describes when the two were not
        # merged (a confirmation's "met last week" beside the report of "met on Tuesday")
        targets = [t for t in (_told_in_article(statement, written), _stored_target(store, statement, written)) if t]
        if targets:
            written[statement.id] = with_link(statement, *targets)
    _answer_stored_statements(store, written)


def _told_in_article(statement: Event, written: MutableMapping[str, Event]) -> Event | None:
    at = statement.attribute(CLAIM_AT)
    if at is None:
        return None
    sources = set(statement.source_ids)
    told = [
        e
        for e in written.values()
        if e.id != statement.id
        and answers(e) is None
        and any(m.source_id in sources and m.start == at for m in e.mentions)
    ]
    # a sentence may tell several events ("authorities say the death toll in Friday's attack ..."): the one
    # of the type the statement answers, else one compatible with it (merging may have retyped it)
    kind = statement.attribute(CLAIM_TYPE)
    if kind:
        told.sort(key=lambda e: e.type != kind)
        told = [e for e in told if compatible(str(kind), e.type)] or told[:0]
    return told[0] if told else None


def _stored_target(store: StoreReader, statement: Event, written: MutableMapping[str, Event]) -> Event | None:
    named = sorted({p.actor_id for p in statement.participants if p.role == "subject"})
    if not named:
        return None
    said_on = statement.latest
    query = EventQuery(
        start=said_on - dt.timedelta(days=RECENT_DAYS) if said_on else None,
        end=said_on,
        include_open=True,
        actor_ids=named,
        limit=MAX_OPTIONS,
    )
    options = {e.id: e for e in store.events(query)}
    options.update(written)  # the batch's version of an event wins over the stored one
    sources = set(statement.source_ids)
    # an event only this article tells is found by where it tells it, not by its description
    stored_or_other = [e for e in options.values() if not set(e.source_ids) <= sources]
    return answered_event(statement, stored_or_other, said_on=said_on)


def _answer_stored_statements(store: StoreReader, written: MutableMapping[str, Event]) -> None:
    """A report loaded after a denial of it: the stored denial that answers nothing yet is linked to it."""
    reports = [e for e in written.values() if answers(e) is None and e.type not in LINK_TYPES and e.actor_ids]
    if not reports or not any(e.attribute("trigger") is not None for e in reports):
        return  # only extracted reports: a dataset's rows are not what a news denial answers
    starts = [e.earliest for e in reports if e.earliest is not None]
    query = EventQuery(
        start=min(starts) if starts else None,
        include_open=True,
        actor_ids=sorted({a for e in reports for a in e.actor_ids}),
        types=ANSWERING_TYPES,
        limit=MAX_OPTIONS,
    )
    for stored in store.events(query):
        if stored.id in written or answers(stored) is None or stored.disputes or stored.confirms:
            continue
        target = answered_event(stored, reports, said_on=stored.latest)
        if target is not None:
            written[stored.id] = with_link(stored, target)
