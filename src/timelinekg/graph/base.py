"""The store protocol every backend implements, and the registry that opens one from a location.

Kept small on purpose (httpx's backend style): stores write batches and answer
one kind of event query; merging, filtering by meaning and formatting are
written once above them, in ``graph.ingest`` and ``queries``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol, Self, runtime_checkable

from timelinekg.errors import StoreError, ValidationError
from timelinekg.memo import Memo
from timelinekg.plugin import load_target
from timelinekg.schema.dates import day_from_iso, instant_from_iso, iso
from timelinekg.schema.model import Actor, Event, Facts, Mention, Participation, Place, Source, restore
from timelinekg.schema.rules import check_limit

DEFAULT_STORE = "timelinekg.db"

# Day numbers: every store indexes an event's bounds as the ordinals of its dates (0001-01-01 is 1).
# An open (unknown) bound sits just outside every real day, so it still has a place in the index.
OPEN_LOW = 0
OPEN_HIGH = dt.date.max.toordinal() + 1


@dataclass(frozen=True)
class EventQuery:
    """What to select. ``None`` means no constraint.

    Dates: ``overlap`` (default) keeps events whose bounds intersect
    [start, end]; ``within`` keeps events whose bounds lie inside it.  Events
    with an open (unknown) bound are left out of date-constrained answers
    unless ``include_open`` is set; then an open bound counts as unbounded.
    """

    ids: Collection[str] | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    within: bool = False
    include_open: bool = False
    actor: str | None = None  # canonical name or alias, compared by name_key
    actor_ids: Collection[str] | None = None  # any of these
    place: str | None = None  # place name or alias, compared by name_key
    types: Collection[str] | None = None
    source: str | None = None  # source id or url
    linked_to: Collection[str] | None = None  # events that dispute or confirm any of these
    published_by: dt.date | None = None  # events with a source published on or before this day
    unified_from: Collection[str] | None = None  # events that took in stored nodes of these ids (their aliases)
    limit: int | None = None

    def __post_init__(self) -> None:
        # Decided here for both stores (and every command): a reversed range is a mistake, not an
        # empty answer; a limit is never negative, and a huge one is none.
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValidationError(f"the range ends ({iso(self.end)}) before it starts ({iso(self.start)})")
        object.__setattr__(self, "limit", check_limit(self.limit))


@runtime_checkable
class StoreReader(Protocol):
    """What a store answers; inside :meth:`Store.update` this is the store as the transaction sees it."""

    def events(self, query: EventQuery) -> Iterator[Event]:
        """Matching events, sorted by (earliest, latest, id), open bounds first."""
        ...

    def actors(self, ids: Collection[str] | None = None) -> Iterator[Actor]: ...

    def places(self, ids: Collection[str] | None = None) -> Iterator[Place]: ...


@runtime_checkable
class Store(Protocol):
    """A graph store. ``write`` replaces events by id, in one transaction per batch."""

    def write(self, facts: Facts) -> None: ...

    def update(self, decide: Callable[[StoreReader], Facts]) -> None:
        """Write what ``decide`` returns after reading the store, in one transaction that holds the write lock.

        No other writer commits between ``decide``'s reads and the write, so what it decided from
        is still true when it is applied (concurrent loaders lose nothing).  ``decide`` may be
        called again when a transaction is retried, so it should only compute.
        """
        ...

    def events(self, query: EventQuery) -> Iterator[Event]:
        """Matching events, sorted by (earliest, latest, id), open bounds first."""
        ...

    def actors(self, ids: Collection[str] | None = None) -> Iterator[Actor]: ...

    def places(self, ids: Collection[str] | None = None) -> Iterator[Place]: ...

    def sources(self, ids: Collection[str] | None = None) -> Iterator[Source]: ...

    def delete_events(self, ids: Collection[str]) -> None:
        """Remove these events (and their participations, places, mentions and own links) in one transaction."""
        ...

    def counts(self) -> dict[str, int]:
        """``{"events": n, "actors": n, "places": n, "sources": n, "mentions": n}``."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Self:
        """``with open_store(...) as store:`` closes the store at the end of the block."""
        ...

    def __exit__(self, *exc: object) -> None: ...


class EventRow(NamedTuple):
    """An event as plain values, for readers of every event (exports), with dates and times as ISO text.

    That is nearly how the embedded store keeps an event, so it hands these out without building
    model objects (:class:`RowReader`); build them with ``EventRow._make(values)``, a plain tuple's
    speed, where rows are many.
    """

    id: str
    type: str
    label: str
    earliest: str | None
    latest: str | None
    precision: str
    start: str | None
    end: str | None
    date_conflict: bool
    attributes: tuple[tuple[str, Any], ...]
    recorded_at: str | None
    participants: Sequence[Sequence[str]]  # (actor id, role)
    place_ids: Sequence[str]
    # (source id, quote, start, end, claimed earliest, claimed latest, claimed precision)
    mentions: Sequence[Sequence[Any]]
    disputes: Sequence[str] = ()  # ids of the events this one disputes
    confirms: Sequence[str] = ()  # ids of the events this one confirms


# A source as plain values: Source's fields in order, dates and times as ISO text.
SourceRow = tuple[str, str, str, str, str | None, str | None]


@runtime_checkable
class RowReader(Protocol):
    """What a store may add for readers of everything: its events and sources as rows."""

    def event_rows(self, query: EventQuery) -> Iterator[EventRow]:
        """As :meth:`Store.events`, as rows."""
        ...

    def source_rows(self, ids: Collection[str] | None = None) -> Iterator[SourceRow]:
        """As :meth:`Store.sources`, as rows."""
        ...


def window_span(start: dt.date | None, end: dt.date | None) -> tuple[int, int]:
    """A question's date window as day numbers, a missing end open like an event's."""
    return (start.toordinal() if start else OPEN_LOW, end.toordinal() if end else OPEN_HIGH)


def day_span(event: Event) -> tuple[int, int]:
    """The event's bounds as day numbers, open ends at ``OPEN_LOW`` / ``OPEN_HIGH``: what every store indexes."""
    return (
        event.earliest.toordinal() if event.earliest else OPEN_LOW,
        event.latest.toordinal() if event.latest else OPEN_HIGH,
    )


def publication_days(event: Event, published: Mapping[str, dt.date | None]) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day the event's claims were published, by ``published`` (source id -> day).

    What every store keeps beside an event's span for ``as of`` questions: a view as of a day before
    the first leaves the event out, one on or after the last sees every claim, so only views between
    the two need the sources.  The first is ``None`` when no claim's source is dated; the last is
    ``None`` when some claim's source is undated or unknown, since that claim is in no dated view.
    """
    days = [published.get(m.source_id) for m in event.mentions]
    dated = [day for day in days if day is not None]
    return (min(dated) if dated else None, max(dated) if dated and len(dated) == len(days) else None)


@runtime_checkable
class PublicationReader(Protocol):
    """What a store may add for ``as of`` views: each event's last publication day, kept beside its span."""

    def last_published(self, ids: Collection[str]) -> dict[str, dt.date | None]:
        """Each of these events' last claim's publication day (see :func:`publication_days`); unknown ids left out."""
        ...


def event_row(event: Event) -> EventRow:
    return EventRow(
        event.id,
        event.type,
        event.label,
        iso(event.earliest),
        iso(event.latest),
        event.precision,
        iso(event.start),
        iso(event.end),
        event.date_conflict,
        event.attributes,
        iso(event.recorded_at),
        [(p.actor_id, p.role) for p in event.participants],
        event.place_ids,
        [
            (m.source_id, m.quote, m.start, m.end, iso(m.claimed_earliest), iso(m.claimed_latest), m.claimed_precision)
            for m in event.mentions
        ],
        event.disputes,
        event.confirms,
    )


def source_row(source: Source) -> SourceRow:
    return source.id, source.title, source.url, source.publisher, iso(source.published), iso(source.recorded_at)


def attributes_from_json(text: str) -> tuple[tuple[str, Any], ...]:
    """An event's attributes as stores keep them (a JSON object) to the model's sorted pairs."""
    return tuple(sorted(json.loads(text).items()))


def _participation(pair: tuple[str, str]) -> Participation:
    return Participation(*pair)


class EventBuilder:
    """Events from :class:`EventRow` values, for every store that reads rows back.

    What repeats from row to row (days, load times, roles, attribute sets) is parsed once; the
    values are immutable, so events can share them.
    """

    def __init__(self) -> None:
        self.days = Memo(day_from_iso, size=16384)  # sources come in id order, so their days come at random
        self.instants = Memo(instant_from_iso)
        self.participations = Memo(_participation)
        self.attributes = Memo(attributes_from_json)

    def __call__(self, row: EventRow) -> Event:
        event_id, type_, label, earliest, latest, precision, start, end, conflict, attributes, recorded = row[:11]
        participants, place_ids, mentions, disputes, confirms = row[11:]
        days, participations = self.days, self.participations
        # Loops rather than comprehensions: an event has a few of each, and a comprehension is a call.
        roles = []
        for actor_id, role in participants:
            roles.append(participations[actor_id, role])
        reports = []
        for source_id, quote, begins, ends, claimed_earliest, claimed_latest, claimed_precision in mentions:
            mention = {
                "source_id": source_id,
                "quote": quote,
                "start": begins,
                "end": ends,
                "claimed_earliest": days[claimed_earliest],
                "claimed_latest": days[claimed_latest],
                "claimed_precision": claimed_precision,
            }
            reports.append(restore(Mention, mention))
        return restore(
            Event,
            {
                "id": event_id,
                "type": type_,
                "label": label,
                "earliest": days[earliest],
                "latest": days[latest],
                "precision": precision,
                "participants": tuple(roles),
                "place_ids": tuple(place_ids),
                "mentions": tuple(reports),
                "start": days[start],
                "end": days[end],
                "date_conflict": conflict,
                "attributes": attributes,
                "recorded_at": self.instants[recorded],
                "disputes": tuple(disputes),
                "confirms": tuple(confirms),
            },
        )


def event_rows(store: Store, query: EventQuery) -> Iterator[EventRow]:
    """The store's matching events as rows: read as rows where it can, else converted from its events."""
    if isinstance(store, RowReader):
        return store.event_rows(query)
    return map(event_row, store.events(query))


def source_rows(store: Store, ids: Collection[str] | None = None) -> Iterator[SourceRow]:
    """The store's sources (all, or these) as rows, like :func:`event_rows`."""
    if isinstance(store, RowReader):
        return store.source_rows(ids)
    return map(source_row, store.sources(ids))


# Scheme -> "module:factory", imported only when used (rdflib's plugin registry style),
# so the embedded store never imports the Neo4j driver.
STORE_FACTORIES: dict[str, str] = {
    "sqlite": "timelinekg.graph.sqlite:open_sqlite_store",
    "neo4j": "timelinekg.graph.neo4j.store:open_neo4j_store",
    "neo4j+s": "timelinekg.graph.neo4j.store:open_neo4j_store",
    "neo4j+ssc": "timelinekg.graph.neo4j.store:open_neo4j_store",
    "bolt": "timelinekg.graph.neo4j.store:open_neo4j_store",
    "bolt+s": "timelinekg.graph.neo4j.store:open_neo4j_store",
    "bolt+ssc": "timelinekg.graph.neo4j.store:open_neo4j_store",
}


def seconds_setting(
    variable: str, default: float, environ: Mapping[str, str] | None = None, *, zero_allowed: bool = False
) -> float:
    """A duration in seconds from the environment variable ``variable``, else ``default``."""
    text = (os.environ if environ is None else environ).get(variable, "").strip()
    if not text:
        return default
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not (seconds >= 0 if zero_allowed else seconds > 0) or seconds == float("inf"):
        raise StoreError(f"{variable} must be a number of seconds {'>=' if zero_allowed else '>'} 0, got {text!r}")
    return seconds


def store_location(explicit: str | None = None) -> str:
    return explicit or os.environ.get("TIMELINEKG_STORE") or DEFAULT_STORE


def open_store(location: str | None = None) -> Store:
    """Open a store: a file path (embedded SQLite) or a ``neo4j://``/``bolt://`` URL."""
    target = store_location(location)
    scheme = target.split("://", 1)[0].lower() if "://" in target else "sqlite"
    if scheme == "file":
        target = target.split("://", 1)[1]
        scheme = "sqlite"
    try:
        target_factory = STORE_FACTORIES[scheme]
    except KeyError:
        known = ", ".join(sorted(STORE_FACTORIES))
        raise StoreError(f"unknown store scheme {scheme!r} in {target!r} (known: a file path, {known})") from None
    factory = load_target(target_factory)
    store: Store = factory(target)
    return store
