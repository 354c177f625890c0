"""Graph questions about actors, written once against the store protocol (so both stores answer them).

* :func:`related`: who shares events with an actor, weighted by the number of shared events;
* :func:`chains`: an actor's events in time order, with the gap between consecutive ones.

They stream events from the store and count; the networkx graph for GraphML and GEXF is an export
(:mod:`timelinekg.exporters.networkx`).
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from timelinekg.errors import NotFound
from timelinekg.graph.base import EventQuery, Store
from timelinekg.queries.claims import EVERYTHING, TimeView, viewed_events
from timelinekg.schema.dates import EVERY_DAY, DateRange, iso
from timelinekg.schema.identity import name_key
from timelinekg.schema.model import Actor, Event

# The model has no relation that orders two events ("A happened before B"), so contradictory
# orders cannot be detected yet; chains says so instead of answering silently with nothing.
ORDER_RELATIONS_NOTE = (
    "order relations: the event model records no before/after relations between events yet, "
    "so events reported in a contradictory order cannot be listed; events whose sources claim "
    "disjoint dates are marked date_conflict instead"
)


def actor_events(store: Store, actor: str, window: DateRange = EVERY_DAY) -> Iterator[tuple[Event, set[str]]]:
    """The events of the actor(s) ``actor`` names (canonical name, alias or id), in date order,
    each with the ids of its participants that are that actor."""
    first, last = window.start, window.end
    events = store.events(EventQuery(actor=actor, start=first, end=last))
    head = next(events, None)
    if head is None:
        known = list(store.actors([actor]))  # perhaps an id rather than a name
        if not known:
            raise NotFound(f"no events with an actor named {actor!r}" + (" in that range" if window.bounded else ""))
        ids = {known[0].id}
        for event in store.events(EventQuery(actor_ids=ids, start=first, end=last)):
            yield event, ids
        return
    wanted = name_key(actor)
    is_named: dict[str, bool] = {}
    chunk = [head]
    for event in events:
        chunk.append(event)
        if len(chunk) == 2000:
            yield from _mark(store, chunk, wanted, is_named)
            chunk = []
    yield from _mark(store, chunk, wanted, is_named)


def _mark(
    store: Store, events: list[Event], wanted: str, is_named: dict[str, bool]
) -> Iterator[tuple[Event, set[str]]]:
    unknown = {a for e in events for a in e.actor_ids if a not in is_named}
    if unknown:
        for found in store.actors(unknown):
            is_named[found.id] = _named(found, wanted)
        for missing in unknown - is_named.keys():
            is_named[missing] = False
    for event in events:
        yield event, {a for a in event.actor_ids if is_named[a]}


def _named(actor: Actor, wanted: str) -> bool:
    return wanted in {name_key(n) for n in (actor.name, *actor.aliases)}


@dataclass
class RelatedActor:
    actor: Actor
    shared_events: int = 0
    dates: list[str] = field(default_factory=list)  # the shared events' dates, in date order
    event_ids: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.actor.id,
            "name": self.actor.name,
            "kind": self.actor.kind,
            "shared_events": self.shared_events,
            "dates": self.dates,
            "event_ids": self.event_ids,
        }


def _date_text(event: Event) -> str:
    if event.earliest == event.latest:
        return iso(event.earliest) or "?"
    return f"{iso(event.earliest) or '?'}..{iso(event.latest) or '?'}"


def related(store: Store, actor: str, window: DateRange = EVERY_DAY, top: int | None = 20) -> list[RelatedActor]:
    """Actors who take part in events with ``actor``, most shared events first."""
    counts: Counter[str] = Counter()
    dates: dict[str, dict[str, tuple[dt.date, dt.date]]] = {}
    shared: dict[str, list[str]] = {}
    for event, selves in in_known_bound_order(actor_events(store, actor, window)):
        for other in set(event.actor_ids) - selves:
            counts[other] += 1
            dates.setdefault(other, {}).setdefault(_date_text(event), _date_key(event))
            shared.setdefault(other, []).append(event.id)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    if top is not None:
        ranked = ranked[:top]
    actors = {a.id: a for a in store.actors([actor_id for actor_id, _ in ranked])}
    return [
        RelatedActor(
            actors.get(actor_id) or Actor(actor_id, actor_id),
            count,
            sorted(dates[actor_id], key=lambda text: dates[actor_id][text]),  # each date once, in date order
            shared[actor_id],
        )
        for actor_id, count in ranked
    ]


def _date_key(event: Event) -> tuple[dt.date, dt.date]:
    """Where an event sorts: by its known bounds, an open one taking the other's place."""
    known = event.earliest or event.latest or dt.date.max
    return known, event.latest or known


def in_known_bound_order(pairs: Iterable[tuple[Event, set[str]]]) -> Iterator[tuple[Event, set[str]]]:
    """Events in the order of their known bounds.

    Stores put events whose lower bound is open first (sorted by their upper bound); an event known
    only to have happened "before 2024-11-10" belongs beside 2024-11-10, not before 2018.  They are
    few and come first, so they are held back and merged into the stream as it goes by.
    """
    held: list[tuple[Event, set[str]]] = []
    rest = iter(pairs)
    for pair in rest:
        if pair[0].earliest is not None:
            yield from heapq.merge(held, itertools.chain([pair], rest), key=lambda p: _date_key(p[0]))
            return
        held.append(pair)
    yield from held


@dataclass
class ChainLink:
    event: Event
    gap_days: int | None  # days from the previous event's latest bound to this one's earliest; None first

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.event.id,
            "type": self.event.type,
            "label": self.event.label,
            "earliest": iso(self.event.earliest),
            "latest": iso(self.event.latest),
            "precision": self.event.precision,
            "gap_days": self.gap_days,
            "date_conflict": self.event.date_conflict,
        }


def chains(store: Store, actor: str, window: DateRange = EVERY_DAY, view: TimeView = EVERYTHING) -> Iterator[ChainLink]:
    """The actor's events in time order, each with the gap since the previous one.

    Events sort by their known bounds (an open one takes the other's place).  The gap runs from the
    previous event's latest bound to this one's earliest; a negative gap means the two events' date
    bounds overlap (the earlier one may still be going on); ``None`` means a bound it needs is open.
    ``view`` gives the chain as the reports published by a day described it.
    """
    pairs: Iterable[tuple[Event, set[str]]] = actor_events(store, actor, window)
    if view.restricted:
        found = list(pairs)
        known = {e.id: e for e in viewed_events(store, [event for event, _ in found], view)}
        # bounds settled from fewer claims can move an event: order the (few) known events again
        pairs = sorted(((known[e.id], selves) for e, selves in found if e.id in known), key=lambda p: _date_key(p[0]))
    previous: Event | None = None
    for event, _selves in in_known_bound_order(pairs):
        gap = None
        if previous is not None and previous.latest is not None and event.earliest is not None:
            gap = (event.earliest - previous.latest).days
        yield ChainLink(event, gap)
        previous = event
