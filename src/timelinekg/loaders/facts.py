"""Curated fact files (YAML or JSON), written by hand: sources, actors, places and events.

The format is documented in ``docs/fact-files.md``.  A file is one batch: any
error rejects the whole file, names the file and line, and loading goes on
with the next file.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from timelinekg.errors import ValidationError
from timelinekg.loaders import LoadOptions, LoadResult, read_text
from timelinekg.schema import identity
from timelinekg.schema.dates import parse_bounds
from timelinekg.schema.event_types import event_type
from timelinekg.schema.model import (
    ACTOR_KINDS,
    PLACE_KINDS,
    ROLES,
    Actor,
    Event,
    Facts,
    Mention,
    Participation,
    Place,
    Source,
)

LINE = "__line__"


class _LineLoader(yaml.SafeLoader):
    """Records each mapping's line so that errors can point at it."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = {str(key): value for key, value in loader.construct_mapping(node, deep=True).items()}
    mapping[LINE] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)
# Dates stay text: YAML's own timestamp parsing raises a bare ValueError on 2024-02-30,
# and we want that reported at its line like every other bad date.
_LineLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def parse_document(text: str, path: str) -> Any:
    try:
        return yaml.load(text, Loader=_LineLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        line = mark.line + 1 if mark is not None else None
        if path.endswith(".json"):
            # JSON that YAML 1.1 rejects (tabs, some escapes) is still JSON.
            try:
                return json.loads(text)
            except json.JSONDecodeError as json_error:
                raise ValidationError(
                    f"JSON syntax error: {json_error.msg}", path=path, line=json_error.lineno
                ) from None
        raise ValidationError(f"syntax error: {error.problem}", path=path, line=line) from None
    except yaml.YAMLError as error:
        raise ValidationError(f"syntax error: {error}", path=path) from None


class _Reader:
    """Turns one parsed document into facts, with errors located at the offending entry."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.facts = Facts()
        self.sources: dict[str, Source] = {}
        self.source_texts: dict[str, str] = {}
        self.actors: dict[str, Actor] = {}
        self.places: dict[str, Place] = {}
        self.declared_places: dict[str, dict[str, Any]] = {}
        self.events: dict[str, tuple[Event, Any]] = {}

    def fail(self, message: str, entry: Any) -> ValidationError:
        line = entry.get(LINE) if isinstance(entry, dict) else None
        return ValidationError(message, path=str(self.path), line=line)

    def field(
        self, entry: dict[str, Any], name: str, kind: type | tuple[type, ...] = str, required: bool = False
    ) -> Any:
        value = entry.get(name)
        if value is None:
            if required:
                raise self.fail(f"missing {name!r}", entry)
            return None
        if not isinstance(value, kind):
            raise self.fail(f"{name!r} should be {getattr(kind, '__name__', 'a value')}, got {value!r}", entry)
        return value

    # -- sources, actors, places --------------------------------------------------------------------------
    def read_source(self, entry: Any) -> Source:
        if not isinstance(entry, dict):
            raise self.fail(f"a source should be a mapping, got {entry!r}", entry)
        title = str(self.field(entry, "title", (str, int)) or "")
        url = self.field(entry, "url") or ""
        published = None
        if entry.get("published") is not None:
            published = self.day(entry["published"], entry, "published")
        source = Source(
            id=str(entry.get("id") or identity.source_id(url, title, published)),
            title=title,
            url=url,
            publisher=self.field(entry, "publisher") or "",
            published=published,
        )
        text_file = self.field(entry, "text")
        if text_file:
            from timelinekg.loaders import read_text as read_article

            self.source_texts[source.id] = read_article(self.path.parent / text_file)
        self.sources[source.id] = source
        return source

    def read_actor(self, entry: Any) -> Actor:
        if isinstance(entry, str):
            entry = {"name": entry}
        if not isinstance(entry, dict):
            raise self.fail(f"an actor should be a name or a mapping, got {entry!r}", entry)
        if "name" not in entry and entry.get("id") in self.actors:
            return self.actors[entry["id"]]
        name = self.field(entry, "name", required=True)
        kind = self.field(entry, "kind") or "other"
        if kind not in ACTOR_KINDS:
            raise self.fail(f"unknown actor kind {kind!r} (known: {', '.join(ACTOR_KINDS)})", entry)
        external = tuple((scheme, str(entry[scheme])) for scheme in ("wikidata", "geonames") if entry.get(scheme))
        attributes = tuple((k, entry[k]) for k in ("title", "country") if entry.get(k))
        actor_id = str(entry.get("id") or identity.actor_id(name))
        aliases = tuple(str(a) for a in entry.get("aliases") or ())
        declared = self.actors.get(actor_id)
        if declared is not None and not entry.keys() - {"id", "name", "role", LINE}:
            return declared
        actor = Actor(actor_id, name, kind, aliases, external, attributes)
        self.actors[actor_id] = actor
        return actor

    def read_place(self, entry: Any) -> Place:
        if isinstance(entry, str):
            entry = {"name": entry}
        if not isinstance(entry, dict):
            raise self.fail(f"a place should be a name or a mapping, got {entry!r}", entry)
        if "name" not in entry and entry.get("id") in self.places:
            return self.places[entry["id"]]
        if "name" not in entry and entry.get("id") in self.declared_places:
            # A reference to a place declared further down (exports list places by id, not parent first).
            return self.read_place(self.declared_places.pop(entry["id"]))
        name = self.field(entry, "name", required=True)
        place_id = str(entry.get("id") or identity.place_id(name))
        declared = self.places.get(place_id)
        if declared is not None and not entry.keys() - {"id", "name", LINE}:
            return declared
        kind = self.field(entry, "kind") or "other"
        if kind not in PLACE_KINDS:
            raise self.fail(f"unknown place kind {kind!r} (known: {', '.join(PLACE_KINDS)})", entry)
        parent = self.field(entry, "parent", (str, dict))
        parent_id = self.read_place(parent).id if parent else None
        lat, lon = entry.get("lat"), entry.get("lon")
        for value, label, limit in ((lat, "lat", 90), (lon, "lon", 180)):
            if value is not None and (not isinstance(value, int | float) or abs(value) > limit):
                raise self.fail(f"{label} must be a number within ±{limit}, got {value!r}", entry)
        external = tuple(
            (scheme, str(entry[scheme])) for scheme in ("geonames", "iso3166", "wikidata") if entry.get(scheme)
        )
        place = Place(
            place_id,
            name,
            kind,
            float(lat) if lat is not None else None,
            float(lon) if lon is not None else None,
            parent_id,
            external,
            tuple(str(a) for a in entry.get("aliases") or ()),
        )
        self.places[place_id] = place
        return place

    # -- dates --------------------------------------------------------------------------------------------
    def day(self, value: Any, entry: Any, name: str) -> dt.date:
        bounds = self.bounds(value, entry, name)
        if bounds[0] != bounds[1]:
            raise self.fail(f"{name!r} must be a full date YYYY-MM-DD, got {value!r}", entry)
        return bounds[0]

    def bounds(self, value: Any, entry: Any, name: str) -> tuple[dt.date, dt.date, str]:
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return value, value, "day"
        try:
            return parse_bounds(str(value))
        except ValidationError as error:
            raise self.fail(f"{name!r}: {error.message}", entry) from None

    def event_dates(self, entry: dict[str, Any]) -> tuple[dt.date | None, dt.date | None, str]:
        if entry.get("date") is not None:
            return self.bounds(entry["date"], entry, "date")
        return self.interval(entry, "earliest", "latest", "precision", required=True)

    def interval(
        self, entry: dict[str, Any], low_key: str, high_key: str, precision_key: str, required: bool
    ) -> tuple[dt.date | None, dt.date | None, str]:
        """Explicit bounds; a key present with null is an honestly open bound, an absent pair is missing."""
        low_value, high_value = entry.get(low_key), entry.get(high_key)
        if low_value is None and high_value is None:
            if required:
                raise self.fail(
                    f"missing date: give 'date' (YYYY, YYYY-MM, YYYY-MM-DD) or '{low_key}' and '{high_key}'", entry
                )
            return None, None, "unknown"
        if (low_value is None and low_key not in entry) or (high_value is None and high_key not in entry):
            raise self.fail(f"give both '{low_key}' and '{high_key}' (null for an open bound)", entry)
        low = self.bounds(low_value, entry, low_key) if low_value is not None else None
        high = self.bounds(high_value, entry, high_key) if high_value is not None else None
        if low and high and high[1] < low[0]:
            raise self.fail(f"'{high_key}' {high_value} is before '{low_key}' {low_value}", entry)
        finest = "day" if low and high and low[2] == high[2] == "day" else (low or high or (None, None, "unknown"))[2]
        precision = entry.get(precision_key) or finest
        return (low[0] if low else None), (high[1] if high else None), str(precision)

    # -- events -------------------------------------------------------------------------------------------
    def read_mention(self, entry: Any, event_entry: Any, claim: tuple[dt.date | None, dt.date | None, str]) -> Mention:
        if isinstance(entry, str):
            entry = {"quote": entry}
        if not isinstance(entry, dict):
            raise self.fail(f"evidence should be a quote or a mapping, got {entry!r}", event_entry)
        source_key = entry.get("source")
        if source_key is None:
            if len(self.sources) != 1:
                raise self.fail("evidence must name its 'source' when the file has several sources", entry)
            source_key = next(iter(self.sources))
        if source_key not in self.sources:
            raise self.fail(f"evidence names unknown source {source_key!r}", entry)
        quote = str(entry.get("quote") or "")
        start, end = entry.get("start"), entry.get("end")
        text = self.source_texts.get(source_key)
        if text is not None and quote and start is None:
            found = text.find(quote)
            if found < 0:
                raise self.fail(f"quote not found in the source text: {quote[:60]!r}", entry)
            start, end = found, found + len(quote)
        own_claim = self.interval(entry, "claimed_earliest", "claimed_latest", "claimed_precision", required=False)
        if own_claim[0] is not None or own_claim[1] is not None:
            claim = own_claim
        return Mention(source_key, quote, start, end, claim[0], claim[1], claim[2])

    def read_event(self, entry: Any) -> None:
        if not isinstance(entry, dict):
            raise self.fail(f"an event should be a mapping, got {entry!r}", entry)
        type_code = self.field(entry, "type", required=True)
        try:
            event_type(type_code)
        except ValidationError as error:
            raise self.fail(error.message, entry) from None
        label = self.field(entry, "label", required=True)
        earliest, latest, precision = self.event_dates(entry)
        participants = []
        for actor_entry in entry.get("actors") or ():
            actor = self.read_actor(actor_entry)
            role = actor_entry.get("role", "participant") if isinstance(actor_entry, dict) else "participant"
            if role not in ROLES:
                raise self.fail(f"unknown role {role!r} (known: {', '.join(ROLES)})", actor_entry)
            participants.append(Participation(actor.id, role))
        place_ids = tuple(self.read_place(p).id for p in entry.get("places") or ())
        claim = (earliest, latest, precision)
        mentions = tuple(self.read_mention(m, entry, claim) for m in entry.get("evidence") or ())
        start = self.day(entry["start"], entry, "start") if entry.get("start") else None
        end = self.day(entry["end"], entry, "end") if entry.get("end") else None
        event_id = str(
            entry.get("id")
            or identity.event_id(type_code, earliest, latest, (p.actor_id for p in participants), place_ids)
        )
        attributes = entry.get("attributes") or {}
        if not isinstance(attributes, dict):
            raise self.fail("'attributes' should be a mapping", entry)
        attributes.pop(LINE, None)
        event = Event(
            id=event_id,
            type=type_code,
            label=label,
            earliest=earliest,
            latest=latest,
            precision=precision,
            participants=tuple(participants),
            place_ids=place_ids,
            mentions=mentions,
            start=start,
            end=end,
            attributes=tuple(sorted(attributes.items())),
        )
        previous = self.events.get(event_id)
        if previous is not None and previous[0] != event:
            raise self.fail(
                f"duplicate event id {event_id!r} with different content (first at line {previous[1]})", entry
            )
        self.events[event_id] = (event, entry.get(LINE))

    def read(self, document: Any) -> Facts:
        if not isinstance(document, dict):
            raise ValidationError("a fact file is a mapping with 'sources' and 'events'", path=str(self.path))
        unknown = document.keys() - {"sources", "actors", "places", "events", LINE}
        if unknown:
            raise self.fail(f"unknown top-level keys: {', '.join(sorted(unknown))}", document)
        self.declared_places = {
            str(p["id"]): p
            for p in document.get("places") or []
            if isinstance(p, dict) and p.get("id") and p.get("name")
        }
        for section, reader in (
            ("sources", self.read_source),
            ("actors", self.read_actor),
            ("places", self.read_place),
        ):
            entries = document.get(section) or []
            if not isinstance(entries, list):
                raise self.fail(f"{section!r} should be a list", document)
            for item in entries:
                reader(item)
        events = document.get("events") or []
        if not isinstance(events, list):
            raise self.fail("'events' should be a list", document)
        for item in events:
            self.read_event(item)
        return Facts(
            sources=list(self.sources.values()),
            actors=list(self.actors.values()),
            places=list(self.places.values()),
            events=[event for event, _ in self.events.values()],
        )


def read_fact_file(path: Path) -> Facts:
    document = parse_document(read_text(path), str(path))
    return _Reader(path).read(document)


def load_fact_file(path: Path, options: LoadOptions) -> Iterator[LoadResult]:
    try:
        yield read_fact_file(path)
    except ValidationError as error:
        yield error if error.path else error.at(path=str(path))
