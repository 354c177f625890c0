"""ACLED CSV exports (Armed Conflict Location & Event Data), read by their header names.

Columns used, as ACLED's codebook names them (the order does not matter, and
older exports' extra columns such as ``data_id`` or ``iso3`` are ignored):

* ``event_id_cnty`` -> the event id ``acled-<event_id_cnty>``;
* ``event_date`` (``2024-11-10``, ``10-11-2024`` or ``10 November 2024``) with
  ``time_precision``: 1 = that day; 2 = a week, which ACLED codes as the
  middle of the week, so the bounds are the date +/- 3 days; 3 = a month,
  coded as the middle of the month, so the bounds are that calendar month;
* ``event_type`` / ``sub_event_type`` -> a taxonomy type (table below), both
  kept as attributes;
* ``actor1``, ``assoc_actor_1``, ``actor2``, ``assoc_actor_2`` -> actors.
  ACLED says actor 1 and actor 2 imply no direction (attacker or defender),
  so all of them take the role ``participant``; ``inter1``/``inter2`` give the kind;
* ``country``, ``admin1``-``admin3``, ``location``, ``latitude``/``longitude``
  -> a place chain location -> admin3 -> admin2 -> admin1 -> country;
  ``geo_precision`` is kept as an attribute;
* ``source`` (publisher names separated by ``;``) -> one source per publisher,
  each with ``notes`` as the quote;
* ``fatalities``, ``timestamp`` (ACLED's last change, Unix seconds),
  ``disorder_type``, ``civilian_targeting``, ``interaction`` and ``tags`` are kept.

ACLED's terms forbid redistributing its data, so the test fixture under
``tests/fixtures/acled/`` is invented, written from the codebook's columns.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

from timelinekg.errors import ValidationError
from timelinekg.loaders import ROW_TICK, LoadOptions, LoadResult, rows_read
from timelinekg.loaders.gdelt import country_actor, country_by_name
from timelinekg.loaders.tabular import STREAM_ERRORS, DatasetBatch, coordinates, open_text, parse_int, stream_error
from timelinekg.schema.identity import digest, name_key, slug, source_id
from timelinekg.schema.model import Actor, Event, Mention, Participation, Place, Source

# Rows per batch (one transaction each): bigger batches rewrite fewer index pages per event.
BATCH_SIZE = 50_000
REQUIRED = ("event_id_cnty", "event_date", "event_type")

# (event_type, sub_event_type or "") -> our type; the event_type row is the fallback.
TYPES: dict[tuple[str, str], str] = {
    ("battles", ""): "military",
    ("explosions/remote violence", ""): "attack",
    ("violence against civilians", ""): "attack",
    ("violence against civilians", "abduction/forced disappearance"): "coercion",
    ("protests", ""): "protest",
    ("riots", ""): "protest",
    ("strategic developments", ""): "other",
    ("strategic developments", "agreement"): "diplomatic-cooperation",
    ("strategic developments", "arrests"): "coercion",
    ("strategic developments", "looting/property destruction"): "coercion",
    ("strategic developments", "headquarters or base established"): "force-posture",
    ("strategic developments", "non-violent transfer of territory"): "yield",
}
# inter1/inter2 codes -> actor kind (1 state forces ... 8 external/other forces)
INTER_KINDS = {
    "1": "organisation",
    "2": "group",
    "3": "group",
    "4": "group",
    "5": "group",
    "6": "group",
    "7": "group",
    "8": "organisation",
}
MONTHS = {
    name: number
    for number, name in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ),
        start=1,
    )
}
_YEARS_SUFFIX = re.compile(r"\s*\((?:\d{4})?-?(?:\d{4})?\)\s*$")  # "Military Forces of Ukraine (2019-)"


def event_date(text: str) -> dt.date:
    raw = text.strip()
    if not raw:
        raise ValidationError("event_date is empty")
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            return dt.date.fromisoformat(raw)
        numeric = re.fullmatch(r"(\d{1,2})[-/](\d{1,2})[-/](\d{4})", raw)
        if numeric:
            return dt.date(int(numeric[3]), int(numeric[2]), int(numeric[1]))
        named = re.fullmatch(r"(\d{1,2})[\s-]+([A-Za-z]+)[\s-]+(\d{4})", raw)
        if named and named[2].lower() in MONTHS:
            return dt.date(int(named[3]), MONTHS[named[2].lower()], int(named[1]))
    except ValueError as error:
        raise ValidationError(f"event_date {raw!r} is not a real day: {error}") from None
    raise ValidationError(f"event_date {raw!r} is not a date (expected 2024-11-10, 10-11-2024 or 10 November 2024)")


def date_bounds(day: dt.date, precision: str) -> tuple[dt.date, dt.date, str]:
    code = precision.strip() or "1"
    if code == "1":
        return day, day, "day"
    if code == "2":
        return day - dt.timedelta(days=3), day + dt.timedelta(days=3), "week"
    if code == "3":
        first = day.replace(day=1)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        return first, following - dt.timedelta(days=1), "month"
    raise ValidationError(f"time_precision {precision!r} is not 1 (day), 2 (week) or 3 (month)")


def acled_actor(name: str, inter: str = "") -> Actor:
    bare = _YEARS_SUFFIX.sub("", name).strip()
    country = country_by_name().get(name_key(bare))
    if country is not None:
        return country_actor(country, name)
    aliases = (bare,) if bare and bare != name else ()
    return Actor(slug(name), name, INTER_KINDS.get(inter.strip(), "other"), aliases, (("acled", name),))


def acled_places(row: dict[str, str]) -> list[Place]:
    """The row's place chain, country first and the event's own location last."""
    latitude, longitude = coordinates(row.get("latitude", ""), row.get("longitude", ""))
    country_name = row.get("country", "").strip()
    chain: list[Place] = []
    parent_id: str | None = None
    path: list[str] = []
    if country_name:
        country = country_by_name().get(name_key(country_name))
        external = (("iso3166", country.alpha2),) if country else ()
        chain.append(Place(slug(country_name), country_name, "country", external_ids=external))
        parent_id = chain[-1].id
        path.append(country_name)
    for level in ("admin1", "admin2", "admin3"):
        name = row.get(level, "").strip()
        if name:
            path.append(name)
            chain.append(Place(f"acled-{digest(path, 12)}", name, "region", parent_id=parent_id))
            parent_id = chain[-1].id
    location = row.get("location", "").strip()
    if location:
        if chain and chain[-1].name == location and chain[-1].kind == "region" and latitude is not None:
            chain[-1] = Place(chain[-1].id, location, "region", latitude, longitude, chain[-1].parent_id)
        else:
            path.append(location)
            chain.append(
                Place(
                    f"acled-{digest([*path, latitude, longitude], 12)}",
                    location,
                    "other",
                    latitude,
                    longitude,
                    parent_id,
                )
            )
    elif chain and latitude is not None and chain[-1].kind != "country":
        last = chain[-1]
        chain[-1] = Place(last.id, last.name, last.kind, latitude, longitude, last.parent_id)
    return chain


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def acled_row(row: dict[str, str], batch: DatasetBatch) -> None:
    raw_id = row.get("event_id_cnty", "").strip()
    if not raw_id:
        raise ValidationError("event_id_cnty is empty")
    day = event_date(row.get("event_date", ""))
    earliest, latest, precision = date_bounds(day, row.get("time_precision", ""))
    kind, sub_kind = row.get("event_type", "").strip(), row.get("sub_event_type", "").strip()
    if not kind:
        raise ValidationError("event_type is empty")
    type_code = TYPES.get((kind.lower(), sub_kind.lower())) or TYPES.get((kind.lower(), ""), "other")
    places = acled_places(row)
    try:
        fatalities = parse_int(row.get("fatalities", ""))
    except ValueError:
        raise ValidationError(f"fatalities is not a number: {row.get('fatalities')!r}") from None

    participants: list[Participation] = []
    for name_column, associated_column, inter_column in (
        ("actor1", "assoc_actor_1", "inter1"),
        ("actor2", "assoc_actor_2", "inter2"),
    ):
        names = [(row.get(name_column, "").strip(), row.get(inter_column, ""))]
        names += [(name, "") for name in _split(row.get(associated_column, ""))]
        for name, inter in names:
            if not name:
                continue
            actor = acled_actor(name, inter)
            if actor.id not in batch.actors or actor.kind != "other":
                batch.actors[actor.id] = actor
            participation = Participation(actor.id, "participant")
            if participation not in participants:
                participants.append(participation)

    notes = row.get("notes", "").strip()
    mentions: list[Mention] = []
    for publisher in _split(row.get("source", "")):
        source = Source(source_id("", f"acled-source:{publisher}"), title=publisher, publisher=publisher)
        batch.sources[source.id] = source
        mentions.append(
            Mention(source.id, notes, 0 if notes else None, len(notes) if notes else None, earliest, latest, precision)
        )

    attributes: dict[str, object] = {
        "dataset": "acled",
        "acled_id": raw_id,
        "acled_event_type": kind,
        "acled_sub_event_type": sub_kind,
        "time_precision": row.get("time_precision", "").strip() or "1",
    }
    if fatalities is not None:
        attributes["fatalities"] = fatalities
    timestamp = row.get("timestamp", "").strip()
    if timestamp.isdigit():
        attributes["acled_timestamp"] = dt.datetime.fromtimestamp(int(timestamp), dt.UTC).isoformat()
    for column in ("geo_precision", "disorder_type", "civilian_targeting", "interaction", "source_scale", "tags"):
        if row.get(column, "").strip():
            attributes[column] = row[column].strip()
    for place in places:
        if place.id not in batch.places or place.latitude is not None:
            batch.places[place.id] = place
    label = sub_kind or kind
    actor_names = [a for a in (row.get("actor1", "").strip(), row.get("actor2", "").strip()) if a]
    if actor_names:
        label += ": " + " and ".join(actor_names)
    if places:
        label += f", {places[-1].name}"
    batch.events[f"acled-{raw_id}"] = Event(
        id=f"acled-{raw_id}",
        type=type_code,
        label=label,
        earliest=earliest,
        latest=latest,
        precision=precision,
        participants=tuple(participants),
        place_ids=(places[-1].id,) if places else (),
        mentions=tuple(mentions),
        attributes=tuple(sorted(attributes.items())),
    )


def load_acled(path: Path, options: LoadOptions, batch_size: int = BATCH_SIZE) -> Iterator[LoadResult]:
    """Yield ACLED facts in batches, and a located error for each bad row."""
    batch = DatasetBatch()
    where, line, rows = str(path), 0, 0
    try:
        for where, text in open_text(path, options.limits):
            reader = csv.reader(text)
            header = [name.strip().lower() for name in next(reader, [])]
            missing = [c for c in REQUIRED if c not in header]
            if missing:
                rows = -1  # reported as not ACLED, not as empty
                yield ValidationError(
                    f"not an ACLED export: no column {', '.join(missing)} in the header", path=where, line=1
                )
                continue
            line = reader.line_num
            for cells in reader:
                start, line = line + 1, reader.line_num
                if not any(cell.strip() for cell in cells):
                    continue
                rows = max(rows, 0) + 1
                if len(cells) != len(header):
                    yield ValidationError(
                        f"expected {len(header)} columns as in the header, found {len(cells)}", path=where, line=start
                    )
                    continue
                try:
                    acled_row(dict(zip(header, cells, strict=True)), batch)
                except ValidationError as error:
                    yield error.at(path=where, line=start)
                    continue
                rows += 1
                if rows % ROW_TICK == 0:
                    rows_read(ROW_TICK)
                if len(batch.events) >= batch_size:
                    yield batch.facts()
                    batch = DatasetBatch()
    except (*STREAM_ERRORS, csv.Error, ValidationError) as error:
        if batch.events:
            yield batch.facts()
            batch = DatasetBatch()
        if isinstance(error, ValidationError):
            yield error if error.path else error.at(path=where)
            return
        if isinstance(error, csv.Error):
            yield ValidationError(f"not valid CSV: {error}", path=where, line=line + 1)
        else:
            yield stream_error(error, where, line + 1)
        return
    if batch.events:
        yield batch.facts()
    if rows == 0:
        yield ValidationError("empty file: a header but no rows", path=str(path))
