"""Claims, disputes and what was known when: each event's status, derived from its reports.

News is a stream of claims.  Every source that reported an event keeps its own claim
(``Mention``: quote, claimed bounds) and its publication date (``Source.published``);
a denial or correction is an event of its own that disputes another (``Event.disputes``),
a participant's statement one that confirms it (``Event.confirms``).  From these, never typed
by hand, an event's status:

* ``disputed``: a dispute not answered by a confirmation published on or after it;
* ``corroborated``: two or more independent publishers, or a confirmation;
* ``reported``: one publisher.

A :class:`TimeView` asks the same of the past: ``as_of`` a day keeps only the claims published
on or before it (an event first reported later is not there, its bounds are settled again from
the claims known by then, a dispute published later is not shown); ``recorded_before`` an instant
keeps only what the store held then (system time, for audits).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from timelinekg.batches import batched
from timelinekg.graph.base import EventQuery, PublicationReader, Store
from timelinekg.schema.merge import settle_dates
from timelinekg.schema.model import Event, Source

REPORTED, CORROBORATED, DISPUTED = "reported", "corroborated", "disputed"
STATUSES = (REPORTED, CORROBORATED, DISPUTED)
CHUNK = 500


@dataclass(frozen=True)
class TimeView:
    """Which claims count: those published by ``as_of`` and stored before ``recorded_before``."""

    as_of: dt.date | None = None
    recorded_before: dt.datetime | None = None

    @property
    def restricted(self) -> bool:
        return self.as_of is not None or self.recorded_before is not None

    def knows(self, source: Source | None) -> bool:
        """Whether a claim from ``source`` is in this view; an undated source is never in a dated one."""
        if self.as_of is not None and (source is None or source.published is None or source.published > self.as_of):
            return False
        return self.recorded_before is None or (
            source is not None and source.recorded_at is not None and _aware(source.recorded_at) < self.recorded_before
        )

    def event(self, event: Event, sources: dict[str, Source]) -> Event | None:
        """``event`` as the claims in this view describe it, or ``None`` when none of them reported it yet."""
        if not self.restricted:
            return event
        if self.recorded_before is not None and (
            event.recorded_at is None or _aware(event.recorded_at) >= self.recorded_before
        ):
            return None
        known = tuple(m for m in event.mentions if self.knows(sources.get(m.source_id)))
        if not known:
            return None
        if len(known) == len(event.mentions):
            return event
        claims = [
            (m.claimed_earliest, m.claimed_latest, m.claimed_precision or event.precision)
            for m in known
            if m.claimed_earliest is not None or m.claimed_latest is not None
        ]
        if not claims:
            return event.with_changes(mentions=known)
        earliest, latest, precision, conflict = settle_dates(claims)
        return event.with_changes(
            mentions=known, earliest=earliest, latest=latest, precision=precision, date_conflict=conflict
        )


EVERYTHING = TimeView()


def _aware(instant: dt.datetime) -> dt.datetime:
    return instant if instant.tzinfo is not None else instant.replace(tzinfo=dt.UTC)


@dataclass(frozen=True)
class Standing:
    """An event's status and the evidence behind it."""

    status: str
    publishers: tuple[str, ...]  # distinct publishers that reported it, in publication order
    disputes: tuple[str, ...]  # ids of the events it disputes
    disputed_by: tuple[str, ...]  # ids of the events that dispute it, in publication order
    confirmed_by: tuple[str, ...]  # ids of the events that confirm it, in publication order


def publisher_of(source: Source | None, source_id: str) -> str:
    """Who published a source: its publisher, else its web site, else the source itself."""
    if source is None:
        return source_id
    if source.publisher:
        return source.publisher
    host = urlsplit(source.url).hostname if source.url else None
    return host.removeprefix("www.") if host else source.id


def first_reported(event: Event, sources: dict[str, Source]) -> dt.date | None:
    """The day the event was first published, else the day it was stored."""
    days = [s.published for m in event.mentions if (s := sources.get(m.source_id)) and s.published]
    if days:
        return min(days)
    return event.recorded_at.date() if event.recorded_at else None


def _in_publication_order(events: Iterable[Event], sources: dict[str, Source]) -> list[Event]:
    return sorted(events, key=lambda e: (first_reported(e, sources) or dt.date.max, e.id))


def standing(event: Event, linkers: Iterable[Event], sources: dict[str, Source]) -> Standing:
    """``event``'s status from its own reports and the (already viewed) events that dispute or confirm it."""
    ordered = sorted(event.mentions, key=lambda m: (_published(sources.get(m.source_id)), m.source_id))
    publishers = tuple(dict.fromkeys(publisher_of(sources.get(m.source_id), m.source_id) for m in ordered))
    linkers = _in_publication_order(linkers, sources)
    disputers = [e for e in linkers if event.id in e.disputes]
    confirmers = [e for e in linkers if event.id in e.confirms]
    status = CORROBORATED if len(publishers) >= 2 or confirmers else REPORTED
    if disputers:
        last_dispute = max((first_reported(e, sources) or dt.date.max) for e in disputers)
        last_confirmation = max((first_reported(e, sources) or dt.date.min for e in confirmers), default=None)
        if last_confirmation is None or last_confirmation < last_dispute:
            status = DISPUTED
    return Standing(
        status,
        publishers,
        event.disputes,
        tuple(e.id for e in disputers),
        tuple(e.id for e in confirmers),
    )


def _published(source: Source | None) -> dt.date:
    return source.published if source is not None and source.published is not None else dt.date.max


def sources_of(store: Store, events: Iterable[Event], known: dict[str, Source] | None = None) -> dict[str, Source]:
    """The sources of these events' mentions, fetched once (adding to ``known``)."""
    found = dict(known or {})
    wanted = {m.source_id for e in events for m in e.mentions} - found.keys()
    if wanted:
        found.update((s.id, s) for s in store.sources(wanted))
    return found


def standings(
    store: Store, events: list[Event], view: TimeView = EVERYTHING, sources: dict[str, Source] | None = None
) -> tuple[dict[str, Standing], dict[str, Source]]:
    """Each event's :class:`Standing` in ``view`` (the events already viewed), and every source read for it."""
    if not events:
        return {}, dict(sources or {})
    ids = [e.id for e in events]
    raw_linkers = list(store.events(EventQuery(linked_to=ids)))
    sources = sources_of(store, [*events, *raw_linkers], sources)
    linkers = [viewed for e in raw_linkers if (viewed := view.event(e, sources)) is not None]
    by_target: dict[str, list[Event]] = {}
    for linker in linkers:
        for target in dict.fromkeys((*linker.disputes, *linker.confirms)):
            by_target.setdefault(target, []).append(linker)
    return {e.id: standing(e, by_target.get(e.id, ()), sources) for e in events}, sources


def viewed_events(
    store: Store,
    events: Iterable[Event],
    view: TimeView = EVERYTHING,
    *,
    statuses: Collection[str] | None = None,
    min_publishers: int | None = None,
    keep: Callable[[Event], bool] | None = None,
    limit: int | None = None,
) -> Iterator[Event]:
    """``events`` as ``view`` sees them (those not reported yet left out), filtered by status and publishers.

    Reads chunk by chunk, so that a first page stops reading once it is full.  ``keep`` is asked of
    each viewed event (its bounds may have changed: does it still fall in the range?).
    """
    if limit is not None and limit <= 0:
        return
    needs_standing = statuses is not None or min_publishers is not None
    # A first page reads about a page at a time, not a whole chunk, before it can stop.
    size = CHUNK if limit is None else max(1, min(CHUNK, limit))

    def kept(chunk: list[Event]) -> list[Event]:
        settled = _fully_published(store, chunk, view)
        sources = sources_of(store, [e for e in chunk if e.id not in settled])
        viewed = [
            v
            for e in chunk
            if (v := e if e.id in settled else view.event(e, sources)) is not None and (keep is None or keep(v))
        ]
        if not needs_standing:
            return viewed
        found, _ = standings(store, viewed, view, sources)
        return [
            e
            for e in viewed
            if (statuses is None or found[e.id].status in statuses)
            and (min_publishers is None or len(found[e.id].publishers) >= min_publishers)
        ]

    answered = (event for chunk in batched(events, size) for event in kept(chunk))
    yield from answered if limit is None else itertools.islice(answered, limit)


def _fully_published(store: Store, events: list[Event], view: TimeView) -> set[str]:
    """Ids of the events whose every claim was published by ``view.as_of``: the view leaves them as they are.

    Asked of the store's index of publication days where it keeps one, so that only the other
    events' sources are read; in a view by system time too, every event needs its sources.
    """
    if view.as_of is None or view.recorded_before is not None or not isinstance(store, PublicationReader):
        return set()
    as_of = view.as_of
    return {
        event_id
        for event_id, last in store.last_published([e.id for e in events]).items()
        if last is not None and last <= as_of
    }
