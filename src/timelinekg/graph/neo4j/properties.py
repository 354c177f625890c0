"""The Neo4j graph model's properties, written once for both ways into Neo4j.

The transactional writer (:mod:`timelinekg.graph.neo4j.store`, whose ``SET`` clauses
:mod:`timelinekg.graph.neo4j.cypher` builds from the declarations here) and the bulk CSV
writer for ``neo4j-admin database import`` (:mod:`timelinekg.exporters.neo4j_import`, whose
headers come from the same declarations) both take each node's and relationship's values from
the functions below.  A property added here reaches both; when the two were written apart, the
CSV files lost ``Event.long_span`` and ``between`` answered wrongly after a bulk import.

Values are plain Python: dates, numbers, strings, lists of strings, and points as
``(x, y)`` or ``(latitude, longitude)`` pairs; ``None`` leaves a property unset.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from timelinekg.graph.base import day_span, publication_days
from timelinekg.schema.identity import name_key
from timelinekg.schema.merge import UNIFIED_IDS
from timelinekg.schema.model import Actor, Event, Place, Source

# Actor.kind -> the extra label Browser users filter and colour by; "other" gets none.
KIND_LABELS: dict[str, str] = {
    "person": "Person",
    "organisation": "Organisation",
    "country": "Country",
    "group": "Group",
    "product": "Product",
}

# Longer than this (a leap year, and some), an event is "long" and also carries ``long_span``:
# see graph/neo4j/cypher.py for why ``between`` asks long events apart.
SHORT_SPAN_DAYS = 400

# Value types, spelled as neo4j-admin's CSV headers spell them ("" is a string).
CARTESIAN_POINT = "point"
GEOGRAPHIC_POINT = "point{crs:WGS-84}"


@dataclass(frozen=True)
class Property:
    name: str
    type: str = ""
    kept: bool = False  # the first write's value stays (when the thing was first recorded)


SOURCE = (
    Property("id"),
    Property("title"),
    Property("url"),
    Property("publisher"),
    Property("published", "date"),
    Property("recorded_at", "datetime", kept=True),
)
ACTOR = (
    Property("id"),
    Property("name"),
    Property("kind"),
    Property("aliases", "string[]"),
    Property("name_keys", "string[]"),
    Property("external_ids", "string[]"),
    Property("attributes"),
)
PLACE = (
    Property("id"),
    Property("name"),
    Property("kind"),
    Property("latitude", "double"),
    Property("longitude", "double"),
    Property("location", GEOGRAPHIC_POINT),
    Property("aliases", "string[]"),
    Property("name_keys", "string[]"),
    Property("external_ids", "string[]"),
)
EVENT = (
    Property("id"),
    Property("type"),
    Property("label"),
    Property("earliest", "date"),
    Property("latest", "date"),
    Property("precision"),
    Property("start", "date"),
    Property("end", "date"),
    Property("date_conflict", "boolean"),
    Property("attributes"),
    Property("unified_ids", "string[]"),  # merge.UNIFIED_IDS, also in attributes: a folded node's id finds it
    Property("span", CARTESIAN_POINT),
    Property("long_span", CARTESIAN_POINT),
    Property("recorded_at", "datetime", kept=True),
    # graph.base.publication_days: "as of" views filter on the first and read sources only after the last.
    # A write whose events cite sources it does not hold settles them in the database afterwards
    # (cypher.settle_publication_days), as it does for events citing a source it rewrites.
    Property("first_published", "date"),
    Property("last_published", "date"),
)
NODES: dict[str, tuple[Property, ...]] = {"Source": SOURCE, "Actor": ACTOR, "Place": PLACE, "Event": EVENT}


@dataclass(frozen=True)
class Relationship:
    """A relationship type: which row keys hold its end nodes' ids, and its own properties."""

    type: str
    start_label: str
    start_key: str
    end_label: str
    end_key: str
    properties: tuple[Property, ...]


PARTICIPATED_IN = Relationship(
    "PARTICIPATED_IN", "Actor", "actor_id", "Event", "event_id", (Property("role"), Property("position", "int"))
)
TOOK_PLACE_IN = Relationship("TOOK_PLACE_IN", "Event", "event_id", "Place", "place_id", (Property("position", "int"),))
REPORTED_BY = Relationship(
    "REPORTED_BY",
    "Event",
    "event_id",
    "Source",
    "source_id",
    (
        Property("quote"),
        Property("start", "int"),
        Property("end", "int"),
        Property("claimed_earliest", "date"),
        Property("claimed_latest", "date"),
        Property("claimed_precision"),
        Property("position", "int"),
    ),
)
PART_OF = Relationship("PART_OF", "Place", "id", "Place", "parent_id", ())
# A denial or correction disputes another event; a participant's statement confirms one.
DISPUTES = Relationship("DISPUTES", "Event", "event_id", "Event", "target_id", (Property("position", "int"),))
CONFIRMS = Relationship("CONFIRMS", "Event", "event_id", "Event", "target_id", (Property("position", "int"),))


def _name_keys(name: str, aliases: tuple[str, ...]) -> list[str]:
    return sorted({name_key(n) for n in (name, *aliases)})


def _external_ids(pairs: tuple[tuple[str, str], ...]) -> list[str]:
    # Browser-friendly "scheme:id" strings; a scheme never contains ":".
    return [f"{scheme}:{value}" for scheme, value in pairs]


def source_properties(s: Source) -> dict[str, Any]:
    return {
        "id": s.id,
        "title": s.title,
        "url": s.url,
        "publisher": s.publisher,
        "published": s.published,
        "recorded_at": s.recorded_at,
    }


def actor_kind_label(actor: Actor) -> str | None:
    return KIND_LABELS.get(actor.kind)


def actor_properties(a: Actor) -> dict[str, Any]:
    return {
        "id": a.id,
        "name": a.name,
        "kind": a.kind,
        "aliases": list(a.aliases),
        "name_keys": _name_keys(a.name, a.aliases),
        "external_ids": _external_ids(a.external_ids),
        "attributes": json.dumps([list(x) for x in a.attributes], default=str),
    }


def place_properties(p: Place) -> dict[str, Any]:
    located = p.latitude is not None and p.longitude is not None
    return {
        "id": p.id,
        "name": p.name,
        "kind": p.kind,
        "latitude": p.latitude,
        "longitude": p.longitude,
        "location": (p.latitude, p.longitude) if located else None,
        "aliases": list(p.aliases),
        "name_keys": _name_keys(p.name, p.aliases),
        "external_ids": _external_ids(p.external_ids),
    }


def event_properties(e: Event, published: Mapping[str, dt.date | None] | None = None) -> dict[str, Any]:
    """The event's properties; the publication days from ``published`` (source id -> day) when given."""
    span = day_span(e)
    first, last = publication_days(e, published) if published is not None else (None, None)
    return {
        "id": e.id,
        "type": e.type,
        "label": e.label,
        "earliest": e.earliest,
        "latest": e.latest,
        "precision": e.precision,
        "start": e.start,
        "end": e.end,
        "date_conflict": e.date_conflict,
        "attributes": json.dumps(dict(e.attributes), default=str),
        "unified_ids": list(e.attribute(UNIFIED_IDS, ())) or None,
        "span": span,
        "long_span": span if span[1] - span[0] > SHORT_SPAN_DAYS else None,
        "recorded_at": e.recorded_at,
        "first_published": first,
        "last_published": last,
    }


def participations(e: Event) -> Iterator[dict[str, Any]]:
    for position, p in enumerate(dict.fromkeys(e.participants)):
        yield {"event_id": e.id, "actor_id": p.actor_id, "role": p.role, "position": position}


def locations(e: Event) -> Iterator[dict[str, Any]]:
    for position, place_id in enumerate(dict.fromkeys(e.place_ids)):
        yield {"event_id": e.id, "place_id": place_id, "position": position}


def reports(e: Event) -> Iterator[dict[str, Any]]:
    for position, m in enumerate(e.mentions):
        yield {
            "event_id": e.id,
            "source_id": m.source_id,
            "quote": m.quote,
            "start": m.start,
            "end": m.end,
            "claimed_earliest": m.claimed_earliest,
            "claimed_latest": m.claimed_latest,
            "claimed_precision": m.claimed_precision,
            "position": position,
        }


def _links(e: Event, targets: tuple[str, ...]) -> Iterator[dict[str, Any]]:
    for position, target_id in enumerate(dict.fromkeys(targets)):
        yield {"event_id": e.id, "target_id": target_id, "position": position}


def disputes(e: Event) -> Iterator[dict[str, Any]]:
    return _links(e, e.disputes)


def confirmations(e: Event) -> Iterator[dict[str, Any]]:
    return _links(e, e.confirms)
