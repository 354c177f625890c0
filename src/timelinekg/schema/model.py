"""The event model: what a timeline knowledge graph is made of.

Three time axes, after Graphiti's bi-temporal model:

* valid time: when the event happened (``Event.earliest``/``latest``/``precision``);
* report time: when a source reported it (``Source.published``), and what each
  source claimed about the valid time (``Mention.claimed_*``);
* system time: when we stored it (``Event.recorded_at``, ``Source.recorded_at``).

Dates are bounds, not points: "in July" is ``earliest=2024-07-01``,
``latest=2024-07-31``, ``precision="month"``.  An event whose lower bound the
text does not support has ``earliest=None`` -- we never invent one.  A past
event the text does not date at all is bounded by its report: ``earliest=None``,
``latest`` = the publication day, ``precision="reported"``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, TypeVar

T = TypeVar("T")

PRECISIONS = (
    "millennium",
    "century",
    "decade",
    "year",
    "season",
    "quarter",
    "month",
    "week",
    "day",
    "hour",
    "minute",
    "second",
    "unknown",
    "reported",  # no date in the text: on or before the day it was reported (latest = the report's date)
)
# An undated past event bounded by its report: earliest open, latest the first report's publication day.
# ``between`` lists it when that day falls in the range, marked "reported by DATE".
REPORTED = "reported"

ACTOR_KINDS = ("person", "organisation", "country", "group", "product", "other")
PLACE_KINDS = ("country", "region", "city", "town", "site", "other")
ROLES = ("agent", "target", "recipient", "participant", "source", "subject")


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: str = "other"
    aliases: tuple[str, ...] = ()
    external_ids: tuple[tuple[str, str], ...] = ()  # (scheme, id), e.g. ("wikidata", "Q22686")
    attributes: tuple[tuple[str, Any], ...] = ()  # e.g. ("title", "U.S. President-elect")


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    kind: str = "other"
    latitude: float | None = None
    longitude: float | None = None
    parent_id: str | None = None
    external_ids: tuple[tuple[str, str], ...] = ()  # ("geonames", "524901"), ("iso3166", "RU")
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Source:
    id: str
    title: str = ""
    url: str = ""
    publisher: str = ""
    published: dt.date | None = None
    recorded_at: dt.datetime | None = None


@dataclass(frozen=True)
class Participation:
    actor_id: str
    role: str = "participant"


@dataclass(frozen=True)
class Mention:
    """One source reporting one event: the quote, where it stands, and the date it claimed."""

    source_id: str
    quote: str = ""
    start: int | None = None
    end: int | None = None
    claimed_earliest: dt.date | None = None
    claimed_latest: dt.date | None = None
    claimed_precision: str | None = None

    @property
    def key(self) -> tuple[str, int | None, int | None, str]:
        return (self.source_id, self.start, self.end, self.quote)


@dataclass(frozen=True)
class Event:
    id: str
    type: str
    label: str
    earliest: dt.date | None
    latest: dt.date | None
    precision: str = "day"
    participants: tuple[Participation, ...] = ()
    place_ids: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    # For events that last a while; earliest/latest still bound the whole event.
    start: dt.date | None = None
    end: dt.date | None = None
    # True when sources claim disjoint dates; the bounds then span all claims.
    date_conflict: bool = False
    attributes: tuple[tuple[str, Any], ...] = ()
    recorded_at: dt.datetime | None = None
    # Links to other events, owned by this one (a denial disputes the report it denies, a
    # participant's statement confirms it); the status they give is derived in ``queries.claims``.
    disputes: tuple[str, ...] = ()
    confirms: tuple[str, ...] = ()

    @property
    def actor_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.actor_id for p in self.participants))

    # An event is immutable, and the merge rule asks each stored event for its sources and attributes again and
    # again while an article is stored (a hundred thousand times for a few hundred articles): worked out once.
    @cached_property
    def source_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.source_id for m in self.mentions))

    @cached_property
    def _attributes_by_name(self) -> dict[str, Any]:
        return dict(self.attributes)  # of two pairs of one name, the last

    def attribute(self, name: str, default: Any = None) -> Any:
        return self._attributes_by_name.get(name, default)

    def with_changes(self, **changes: Any) -> Event:
        return replace(self, **changes)


@dataclass
class Facts:
    """A batch of facts a loader produced; stores write a batch in one transaction."""

    sources: list[Source] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # When this batch is stored, for whatever has no time of its own; one ``load`` gives all its
    # batches the same time, so that it is one load activity (prov:Activity) in the RDF export.
    recorded_at: dt.datetime | None = None
    # Stored events this batch folded into others (the merge found two nodes to be one event): deleted in the
    # same transaction, before the batch's events are written, their ids kept as the survivors' aliases.
    retired_event_ids: list[str] = field(default_factory=list)

    def extend(self, other: Facts) -> None:
        self.sources.extend(other.sources)
        self.actors.extend(other.actors)
        self.places.extend(other.places)
        self.events.extend(other.events)
        self.retired_event_ids.extend(other.retired_event_ids)

    def __len__(self) -> int:
        return len(self.sources) + len(self.actors) + len(self.places) + len(self.events) + len(self.retired_event_ids)

    @classmethod
    def of(cls, parts: Iterable[Facts]) -> Facts:
        whole = cls()
        for part in parts:
            whole.extend(part)
        return whole


def overlaps(a_lo: dt.date | None, a_hi: dt.date | None, b_lo: dt.date | None, b_hi: dt.date | None) -> bool:
    """Interval overlap where ``None`` is an open bound."""
    if a_lo is not None and b_hi is not None and a_lo > b_hi:
        return False
    return not (b_lo is not None and a_hi is not None and b_lo > a_hi)


def restore(cls: type[T], fields: dict[str, Any]) -> T:
    """An instance of a frozen model class, from the fields a store read back, without ``__init__``.

    A frozen dataclass's ``__init__`` sets its fields one ``object.__setattr__`` call at a time;
    reading a store builds an event and its mentions per row, and filling the instance's dict at
    once takes half as long.  ``fields`` must name every field: no defaults are applied.
    """
    instance = object.__new__(cls)
    instance.__dict__.update(fields)
    return instance
