"""Curated fact files (YAML or JSON), written by hand: sources, actors, places and events.

The format is declared once, as pydantic models in
:mod:`timelinekg.schema.fact_file` (published as JSON Schema, documented in
``docs/input.md``).  A file is read in three steps, each of which can only
reject it, never half-store it:

1. parse: ``.json`` with a JSON parser, everything else as YAML with the safe
   loader, both within the limits of :mod:`timelinekg.loaders.safe`, keeping
   the line of every value;
2. validate against the schema: every problem is one line naming
   ``file:line`` and the key path (``events[3].actors[0].name``);
3. build the facts: references between entries (an evidence's source, a place
   by id, a quote in the source's text) are resolved and checked.

A file is one batch: any error rejects the whole file, and loading goes on
with the next file.
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pydantic

from timelinekg.errors import ValidationError
from timelinekg.loaders import LoadOptions, LoadResult, read_text
from timelinekg.loaders.safe import Limits, Location, check_text, json_tree, key_path, line_for, yaml_tree
from timelinekg.schema import identity
from timelinekg.schema.dates import parse_bounds
from timelinekg.schema.fact_file import (
    ACTOR_SCHEMES,
    AS_MAPPING,
    AS_TEXT,
    PLACE_SCHEMES,
    ActorEntry,
    EventActorEntry,
    EventEntry,
    EvidenceEntry,
    FactFile,
    PlaceEntry,
    SourceEntry,
)
from timelinekg.schema.model import Actor, Event, Facts, Mention, Participation, Place, Source

# At most this many schema problems are listed for one file; the rest are counted.
MAX_PROBLEMS = 20


def parse_document(text: str, path: str, limits: Limits | None = None) -> tuple[Any, dict[Location, int]]:
    """The parsed document and the line of each value, keyed by its path."""
    limits = limits or Limits()
    if path.lower().endswith(".json"):
        document, lines = json_tree(text, path, limits)
    else:
        document, lines = yaml_tree(text, path, limits)
    check_text(document, path, lines)
    return document, lines


# -- schema errors as lines ------------------------------------------------------------------------------------
_UNION_TAGS = {"str", "int", "float", "bool", AS_TEXT, AS_MAPPING}
_EXPECTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "float_type": "a number",
    "bool_type": "true or false",
    "list_type": "a list",
    "dict_type": "a mapping",
    "model_type": "a mapping",
    "model_attributes_type": "a mapping",
    "none_required": "null",
}
_KNOWN_KEYS = sorted(
    {
        field.alias or name
        for model in (FactFile, SourceEntry, EventActorEntry, PlaceEntry, EvidenceEntry, EventEntry)
        for name, field in model.model_fields.items()
    }
)


def describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"text {shown!r}"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return repr(value)


def schema_problems(error: pydantic.ValidationError, path: str, lines: dict[Location, int]) -> list[ValidationError]:
    """pydantic's errors as one located line each; the alternatives of one union become one line."""
    grouped: dict[Location, list[Any]] = {}
    for detail in error.errors():
        location = tuple(part for part in detail["loc"] if part not in _UNION_TAGS)
        grouped.setdefault(location, []).append(detail)
    problems = []
    for location, details in grouped.items():
        text_allowed = any(d["loc"] and d["loc"][-1] == AS_MAPPING for d in details)
        type_errors = [d for d in details if d["type"] in _EXPECTED]
        others = [d for d in details if d["type"] not in _EXPECTED]
        where = location
        if others:
            message, where = _message(others[0], location)
        else:
            expected = list(dict.fromkeys(_EXPECTED[d["type"]] for d in type_errors))
            if text_allowed and "text" not in expected:
                expected.insert(0, "text")
            if "a number" in expected and "a whole number" in expected:
                expected.remove("a whole number")
            message = f"should be {' or '.join(expected)}, got {describe(type_errors[0]['input'])}"
        label = key_path(where)
        problems.append(
            ValidationError(f"{label}: {message}" if label else message, path=path, line=line_for(lines, where))
        )
    return problems


def _message(detail: Any, location: Location) -> tuple[str, Location]:
    kind, value = detail["type"], detail.get("input")
    if kind == "missing":
        return f"missing required key {location[-1]!r}", location[:-1]
    if kind == "extra_forbidden":
        key = str(location[-1])
        close = difflib.get_close_matches(key, _KNOWN_KEYS, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        return f"unknown key {key!r}{hint}", location
    if isinstance(value, float) and not math.isfinite(value):
        return f"should be a finite number, got {value}", location
    if kind == "value_error":
        return str(detail["ctx"]["error"]), location
    if kind == "string_too_short":
        return "should not be empty", location
    message = detail["msg"]
    message = message[0].lower() + message[1:]
    message = message.replace("input should", "should")
    return f"{message}, got {describe(value)}", location


def validate_document(document: Any, path: str, lines: dict[Location, int]) -> FactFile:
    """The document checked against the fact-file schema; all problems (up to MAX_PROBLEMS) in one error list."""
    if not isinstance(document, dict):
        raise ValidationError(
            f"a fact file is a mapping with 'sources' and 'events', got {describe(document)}", path=path, line=1
        )
    try:
        return FactFile.model_validate(document)
    except pydantic.ValidationError as error:
        raise FactFileProblems(schema_problems(error, path, lines)) from None


class FactFileProblems(ValidationError):
    """Several located problems in one fact file; the first is the error's own message."""

    def __init__(self, problems: list[ValidationError]) -> None:
        first = problems[0]
        super().__init__(first.message, path=first.path, line=first.line)
        self.problems = problems


# -- from validated entries to facts ---------------------------------------------------------------------------
class _Reader:
    """Turns one validated fact file into facts, resolving references between its entries."""

    def __init__(self, path: Path, lines: dict[Location, int], options: LoadOptions) -> None:
        self.path = path
        self.lines = lines
        self.options = options
        self.sources: dict[str, Source] = {}
        self.source_texts: dict[str, str] = {}
        self.actors: dict[str, Actor] = {}
        self.places: dict[str, Place] = {}
        self.declared_places: dict[str, tuple[PlaceEntry, Location]] = {}
        self.events: dict[str, tuple[Event, Location]] = {}

    def fail(self, message: str, location: Location) -> ValidationError:
        label = key_path(location)
        return ValidationError(
            f"{label}: {message}" if label else message, path=str(self.path), line=line_for(self.lines, location)
        )

    # -- sources, actors, places --------------------------------------------------------------------------
    def read_source(self, entry: SourceEntry, location: Location) -> Source:
        title = str(entry.title) if entry.title is not None else ""
        url = entry.url or ""
        published = parse_bounds(str(entry.published))[0] if entry.published is not None else None
        source = Source(
            id=str(entry.id) if entry.id is not None else identity.source_id(url, title, published),
            title=title,
            url=url,
            publisher=entry.publisher or "",
            published=published,
        )
        if entry.text:
            self.source_texts[source.id] = self.read_source_text(entry.text, (*location, "text"))
        self.sources[source.id] = source
        return source

    def read_source_text(self, name: str, location: Location) -> str:
        """A source's ``text:``, relative to the fact file's folder and inside it (or inside --text-root)."""
        folder = self.path.parent
        root = self.options.text_root or folder
        candidate = folder / name
        hint = " (environment variables and ~ are not expanded)" if "$" in name or name.startswith("~") else ""
        try:
            resolved, allowed = candidate.resolve(), root.resolve()
        except (OSError, RuntimeError) as error:
            raise self.fail(f"cannot resolve {name!r}: {error}", location) from None
        if not resolved.is_relative_to(allowed):
            where = "--text-root" if self.options.text_root else "the fact file's folder"
            raise self.fail(f"{name!r} is outside {where} {root}/ (--text-root names another folder)", location)
        if not resolved.exists():
            raise self.fail(f"no such file {name!r} in {folder}/{hint}", location)
        if resolved.is_dir():
            raise self.fail(f"{name!r} is a folder, not a file", location)
        try:
            return read_text(resolved, self.options.limits)
        except ValidationError as error:
            raise self.fail(f"{name!r}: {error.message}", location) from None

    def read_actor(self, entry: str | ActorEntry, location: Location) -> Actor:
        if isinstance(entry, str):
            entry = ActorEntry(name=entry)
        if entry.name is None:
            known = self.actors.get(str(entry.id))
            if known is None:
                raise self.fail(f"no actor with id {str(entry.id)!r} is declared in 'actors' (give a 'name')", location)
            return known
        actor_id = str(entry.id) if entry.id is not None else identity.actor_id(entry.name)
        declared = self.actors.get(actor_id)
        given = entry.model_fields_set - {"id", "name", "role"}
        if declared is not None and not given:
            return declared
        external = tuple(
            (scheme, str(getattr(entry, scheme))) for scheme in ACTOR_SCHEMES if getattr(entry, scheme) is not None
        )
        attributes = tuple((key, getattr(entry, key)) for key in ("title", "country") if getattr(entry, key))
        aliases = tuple(entry.aliases or ())
        actor = Actor(actor_id, entry.name, entry.kind or "other", aliases, external, attributes)
        self.actors[actor_id] = actor
        return actor

    def read_place(self, entry: str | PlaceEntry, location: Location) -> Place:
        if isinstance(entry, str):
            entry = PlaceEntry.model_validate({"name": entry})
        if entry.name is None:
            place_id = str(entry.id)
            if place_id in self.places:
                return self.places[place_id]
            if place_id in self.declared_places:
                # A reference to a place declared further down (exports list places by id, not parent first).
                declared, declared_at = self.declared_places.pop(place_id)
                return self.read_place(declared, declared_at)
            raise self.fail(f"no place with id {place_id!r} is declared in 'places' (give a 'name')", location)
        place_id = str(entry.id) if entry.id is not None else identity.place_id(entry.name)
        declared_place = self.places.get(place_id)
        if declared_place is not None and not entry.model_fields_set - {"id", "name"}:
            return declared_place
        self.declared_places.pop(place_id, None)
        parent_id = self.read_place(entry.parent, (*location, "parent")).id if entry.parent else None
        external = tuple(
            (scheme, str(value))
            for scheme in PLACE_SCHEMES
            if (value := getattr(entry, scheme.replace("-", "_"))) is not None
        )
        place = Place(
            place_id,
            entry.name,
            entry.kind or "other",
            float(entry.lat) if entry.lat is not None else None,
            float(entry.lon) if entry.lon is not None else None,
            parent_id,
            external,
            tuple(entry.aliases or ()),
        )
        self.places[place_id] = place
        return place

    # -- dates --------------------------------------------------------------------------------------------
    @staticmethod
    def interval(
        low_value: str | int | None, high_value: str | int | None, precision: str | None
    ) -> tuple[dt.date | None, dt.date | None, str]:
        """Validated bounds (null is an honestly open bound) and the precision they give."""
        low = parse_bounds(str(low_value)) if low_value is not None else None
        high = parse_bounds(str(high_value)) if high_value is not None else None
        finest = "day" if low and high and low[2] == high[2] == "day" else (low or high or (None, None, "unknown"))[2]
        return (low[0] if low else None), (high[1] if high else None), precision or finest

    def event_dates(self, entry: EventEntry) -> tuple[dt.date | None, dt.date | None, str]:
        if entry.date is not None:
            return parse_bounds(str(entry.date))
        return self.interval(entry.earliest, entry.latest, entry.precision)

    # -- events -------------------------------------------------------------------------------------------
    def read_mention(
        self, entry: str | EvidenceEntry, location: Location, claim: tuple[dt.date | None, dt.date | None, str]
    ) -> Mention:
        if isinstance(entry, str):
            entry = EvidenceEntry(quote=entry)
        source_key = str(entry.source) if entry.source is not None else None
        if source_key is None:
            if len(self.sources) != 1:
                raise self.fail("evidence must name its 'source' when the file has several sources", location)
            source_key = next(iter(self.sources))
        if source_key not in self.sources:
            raise self.fail(f"evidence names unknown source {source_key!r}", location)
        quote = entry.quote or ""
        start, end = entry.start, entry.end
        text = self.source_texts.get(source_key)
        if text is not None and quote and start is None:
            found = text.find(quote)
            if found < 0:
                raise self.fail(f"quote not found in the source text: {quote[:60]!r}", location)
            start, end = found, found + len(quote)
        if entry.claimed_earliest is not None or entry.claimed_latest is not None:
            claim = self.interval(entry.claimed_earliest, entry.claimed_latest, entry.claimed_precision)
        return Mention(source_key, quote, start, end, claim[0], claim[1], claim[2])

    def read_event(self, entry: EventEntry, location: Location) -> None:
        earliest, latest, precision = self.event_dates(entry)
        participants = []
        for index, actor_entry in enumerate(entry.actors or ()):
            actor = self.read_actor(actor_entry, (*location, "actors", index))
            role = actor_entry.role if isinstance(actor_entry, EventActorEntry) else None
            participants.append(Participation(actor.id, role or "participant"))
        place_ids = tuple(
            self.read_place(place, (*location, "places", index)).id for index, place in enumerate(entry.places or ())
        )
        claim = (earliest, latest, precision)
        mentions = tuple(
            self.read_mention(mention, (*location, "evidence", index), claim)
            for index, mention in enumerate(entry.evidence or ())
        )
        start = parse_bounds(str(entry.start))[0] if entry.start is not None else None
        end = parse_bounds(str(entry.end))[0] if entry.end is not None else None
        event_id = (
            str(entry.id)
            if entry.id is not None
            else identity.event_id(entry.type, earliest, latest, (p.actor_id for p in participants), place_ids)
        )
        event = Event(
            id=event_id,
            type=entry.type,
            label=entry.label,
            earliest=earliest,
            latest=latest,
            precision=precision,
            participants=tuple(participants),
            place_ids=place_ids,
            mentions=mentions,
            start=start,
            end=end,
            date_conflict=bool(entry.date_conflict),
            attributes=tuple(sorted((entry.attributes or {}).items())),
            disputes=_event_ids(entry.disputes),
            confirms=_event_ids(entry.confirms),
        )
        if event_id in (*event.disputes, *event.confirms):
            raise self.fail(f"event {event_id!r} cannot dispute or confirm itself", location)
        previous = self.events.get(event_id)
        if previous is not None and previous[0] != event:
            first_line = line_for(self.lines, previous[1])
            raise self.fail(
                f"duplicate event id {event_id!r} with different content (first at {key_path(previous[1])}, "
                f"line {first_line})",
                location,
            )
        self.events[event_id] = (event, location)

    def read(self, document: FactFile) -> Facts:
        self.declared_places = {
            str(place.id): (place, ("places", index))
            for index, place in enumerate(document.places or ())
            if isinstance(place, PlaceEntry) and place.id is not None and place.name is not None
        }
        for index, source in enumerate(document.sources or ()):
            self.read_source(source, ("sources", index))
        for index, actor in enumerate(document.actors or ()):
            self.read_actor(actor, ("actors", index))
        for index, place in enumerate(document.places or ()):
            self.read_place(place, ("places", index))
        for index, event in enumerate(document.events or ()):
            self.read_event(event, ("events", index))
        return Facts(
            sources=list(self.sources.values()),
            actors=list(self.actors.values()),
            places=list(self.places.values()),
            events=[event for event, _ in self.events.values()],
        )


def _event_ids(given: str | int | list[str | int] | None) -> tuple[str, ...]:
    """``disputes:``/``confirms:`` as ids: one id or a list of them."""
    if given is None:
        return ()
    return tuple(dict.fromkeys(str(i) for i in (given if isinstance(given, list) else [given])))


def read_fact_file(path: Path, options: LoadOptions | None = None) -> Facts:
    """The facts in one fact file, or a ValidationError (a :class:`FactFileProblems` lists every schema problem)."""
    options = options or LoadOptions()
    document, lines = parse_document(read_text(path, options.limits), str(path), options.limits)
    validated = validate_document(document, str(path), lines)
    return _Reader(path, lines, options).read(validated)


def load_fact_file(path: Path, options: LoadOptions) -> Iterator[LoadResult]:
    try:
        yield read_fact_file(path, options)
    except FactFileProblems as problems:
        yield from problems.problems[:MAX_PROBLEMS]
        if len(problems.problems) > MAX_PROBLEMS:
            yield ValidationError(f"{len(problems.problems) - MAX_PROBLEMS} more problem(s) not listed", path=str(path))
    except ValidationError as error:
        yield error if error.path else error.at(path=str(path))
