"""Questions asked of the graph, written once against the store protocol."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from timelinekg.errors import NotFound, ValidationError
from timelinekg.graph.base import EventQuery, Store
from timelinekg.queries.claims import EVERYTHING, STATUSES, Standing, TimeView, standing, standings, viewed_events
from timelinekg.schema.dates import DateRange, iso
from timelinekg.schema.event_types import BY_CODE, event_type
from timelinekg.schema.model import REPORTED, Actor, Event, Mention, Place, Source, overlaps


def narrower_types(code: str) -> tuple[str, ...]:
    """A type and every type under it: ``consultation`` also finds ``communication`` and ``meeting``."""
    event_type(code)
    found = [code]
    for candidate in BY_CODE.values():
        if candidate.broader in found and candidate.code not in found:
            found.append(candidate.code)
    return tuple(found)


def between(
    store: Store,
    window: DateRange,
    *,
    within: bool = False,
    actor: str | None = None,
    place: str | None = None,
    type: str | None = None,
    source: str | None = None,
    include_undated: bool = False,
    limit: int | None = None,
    view: TimeView = EVERYTHING,
    status: str | None = None,
    min_publishers: int | None = None,
) -> Iterator[Event]:
    """Events in a date range, sorted by date.

    By default an event is kept when its bounds overlap ``window``; ``within`` keeps only events
    whose bounds lie inside it.  An undated past event bounded by its report
    (precision ``reported``: it happened on or before the day it was first reported)
    is kept when that day falls in the range, marked "reported by DATE"; ``within``
    leaves it out, since its start is unknown.  Other events whose date the sources
    leave open on one side are left out unless ``include_undated`` is set, because
    they cannot honestly be placed in the range; with it an open bound counts as
    unbounded.

    ``view`` answers as of a day (or as the store stood at an instant): see
    :mod:`timelinekg.queries.claims`.  ``status`` and ``min_publishers`` keep the events whose
    derived status is that, reported by at least that many publishers (in the view).  An event
    whose bounds the view settles outside the range is left out; one whose later claims moved it
    out of the range is not found (the store indexes its bounds from every claim).
    """
    if status is not None and status not in STATUSES:
        raise ValidationError(f"unknown status {status!r} (known: {', '.join(STATUSES)})")
    if min_publishers is not None and min_publishers < 1:
        raise ValidationError(f"--min-publishers must be at least 1, got {min_publishers}")
    filtered = view.restricted or status is not None or min_publishers is not None
    query = EventQuery(
        start=window.start,
        end=window.end,
        within=within,
        include_open=include_undated,
        actor=actor,
        place=place,
        types=narrower_types(type) if type else None,
        source=source,
        # the store leaves out what no source had published by then; the view then settles the rest
        published_by=view.as_of,
        limit=limit,
    )
    if not filtered:
        return store.events(query)

    def still_in_range(event: Event) -> bool:
        if within:
            return (
                event.earliest is not None
                and event.latest is not None
                and (window.start is None or event.earliest >= window.start)
                and (window.end is None or event.latest <= window.end)
            )
        return overlaps(event.earliest, event.latest, window.start, window.end)

    def viewed(events: Iterator[Event]) -> Iterator[Event]:
        return viewed_events(
            store,
            events,
            view,
            statuses=None if status is None else (status,),
            min_publishers=min_publishers,
            keep=still_in_range if view.restricted else None,
            limit=query.limit if limit is None else limit,
        )

    if query.limit is None:
        return viewed(store.events(query))
    # A first page: ask the store for a little more than the page (so that it sorts only that much,
    # not the whole range), and four times more each time filtering leaves the page short.  As of a
    # day alone, the store has already left out what was not published yet: only an event whose
    # bounds the view settles outside the range can still drop out.
    drops_few = status is None and min_publishers is None and view.recorded_before is None
    asked = query.limit + 10 if drops_few else 2 * query.limit + 10
    while True:
        read = 0

        def counted(events: Iterator[Event]) -> Iterator[Event]:
            nonlocal read
            for event in events:
                read += 1
                yield event

        page = list(viewed(counted(store.events(replace(query, limit=asked)))))
        if len(page) >= query.limit or read < asked:
            return iter(page)
        asked *= 4


def get_event(store: Store, event_id: str, view: TimeView = EVERYTHING) -> Event:
    found = next(store.events(EventQuery(ids=[event_id])), None)
    if found is None:
        # the id of a node since folded into another one (merge.UNIFIED_IDS): the event it is part of now
        found = next(store.events(EventQuery(unified_from=[event_id])), None)
    if found is None:
        raise NotFound(f"no event with id {event_id!r}")
    if view.restricted:
        viewed = next(viewed_events(store, [found], view), None)
        if viewed is None:
            when = f"published by {iso(view.as_of)}" if view.as_of else f"stored before {view.recorded_before}"
            raise NotFound(f"event {event_id!r} has no report {when}")
        return viewed
    return found


@dataclass(frozen=True)
class EventView:
    """An event with its actors, places and sources resolved, ready to print or serialise."""

    event: Event
    actors: dict[str, Actor]
    places: dict[str, Place]
    sources: dict[str, Source]
    standing: Standing | None = None  # resolve() fills it in; without, it is the event's own reports'

    @property
    def claims(self) -> Standing:
        return self.standing or standing(self.event, (), self.sources)

    def as_json(self) -> dict[str, Any]:
        e = self.event
        claims = self.claims
        return {
            "id": e.id,
            "type": e.type,
            "label": e.label,
            "earliest": iso(e.earliest),
            "latest": iso(e.latest),
            "precision": e.precision,
            # an undated event bounded by its report: say so wherever it is listed
            "reported_by": iso(e.latest) if e.precision == REPORTED else None,
            "start": iso(e.start),
            "end": iso(e.end),
            "date_conflict": e.date_conflict,
            "actors": [
                {
                    "id": p.actor_id,
                    "name": self._actor_name(p.actor_id),
                    "role": p.role,
                    "kind": self.actors[p.actor_id].kind if p.actor_id in self.actors else None,
                }
                for p in e.participants
            ],
            "places": [self._place_json(place_id) for place_id in e.place_ids],
            "sources": [self._mention_json(m) for m in e.mentions],
            "attributes": dict(e.attributes),
            "recorded_at": e.recorded_at.isoformat() if e.recorded_at else None,
            "status": claims.status,
            "publishers": len(claims.publishers),
            "disputes": list(claims.disputes),
            "disputed_by": list(claims.disputed_by),
            "confirmed_by": list(claims.confirmed_by),
        }

    def _actor_name(self, actor_id: str) -> str:
        actor = self.actors.get(actor_id)
        return actor.name if actor else actor_id

    def _place_json(self, place_id: str) -> dict[str, object]:
        place = self.places.get(place_id)
        if place is None:
            return {"id": place_id, "name": place_id}
        return {
            "id": place.id,
            "name": place.name,
            "kind": place.kind,
            "latitude": place.latitude,
            "longitude": place.longitude,
            "parent": self.places[place.parent_id].name if place.parent_id in self.places else place.parent_id,
        }

    def _mention_json(self, mention: Mention) -> dict[str, object]:
        source = self.sources.get(mention.source_id)
        return {
            "id": mention.source_id,
            "title": source.title if source else "",
            "url": source.url if source else "",
            "publisher": source.publisher if source else "",
            "published": iso(source.published) if source else None,
            "quote": mention.quote,
            "start": mention.start,
            "end": mention.end,
            "claimed_earliest": iso(mention.claimed_earliest),
            "claimed_latest": iso(mention.claimed_latest),
        }


def resolve(store: Store, events: list[Event], view: TimeView = EVERYTHING) -> list[EventView]:
    """Attach actors, places (with their parents) and sources to events, fetched once per batch."""
    actors = {a.id: a for a in store.actors({p.actor_id for e in events for p in e.participants})}
    place_ids = {p for e in events for p in e.place_ids}
    places = {p.id: p for p in store.places(place_ids)} if place_ids else {}
    parents = {p.parent_id for p in places.values() if p.parent_id and p.parent_id not in places}
    if parents:
        places.update({p.id: p for p in store.places(parents)})
    found, sources = standings(store, events, view)
    return [EventView(e, actors, places, sources, found.get(e.id)) for e in events]
