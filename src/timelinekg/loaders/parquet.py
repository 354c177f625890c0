"""A graph written as Parquet by `timelinekg spark-load`, read back as facts (`timelinekg load PARQUET_DIR`).

The folder holds one Parquet dataset per table (docs/spark.md): ``events``, ``participation`` and
``mentions`` partitioned by the month of the event, ``sources`` by the month of publication, and
``actors`` and ``places``; and a manifest, ``_timelinekg.parquet-graph.json``, by which `load` knows the
folder.  The events were merged already, so they are stored by id, like our own RDF read back.

Read with pyarrow (``pip install 'timelinekg[spark]'``), imported only here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from timelinekg.errors import ValidationError
from timelinekg.loaders import LoadOptions, LoadResult
from timelinekg.schema.model import Actor, Event, Facts, Mention, Participation, Place, Source, restore

MANIFEST = "_timelinekg.parquet-graph.json"
LAYOUT = "timelinekg parquet graph"
LAYOUT_VERSION = 1
MONTH = "month"  # the partition column: YYYY-MM, or UNDATED
UNDATED = "undated"
# table -> its columns (the partition column aside), as `spark-load` writes them
TABLES: dict[str, tuple[str, ...]] = {
    "events": (
        "id",
        "ordinal",
        "type",
        "label",
        "earliest",
        "latest",
        "precision",
        "start",
        "end",
        "date_conflict",
        "place_ids",
        "attributes",
        "recorded_at",
        "disputes",
        "confirms",
    ),
    "participation": ("event_id", "position", "actor_id", "role"),
    "mentions": (
        "event_id",
        "position",
        "source_id",
        "quote",
        "start",
        "end",
        "claimed_earliest",
        "claimed_latest",
        "claimed_precision",
    ),
    "sources": ("id", "title", "url", "publisher", "published", "recorded_at"),
    "actors": ("id", "name", "kind", "aliases", "external_ids", "attributes"),
    "places": ("id", "name", "kind", "latitude", "longitude", "parent_id", "external_ids", "aliases"),
}
PARTITIONED = ("events", "participation", "mentions", "sources")
EVENTS_PER_BATCH = 10_000
INSTALL_HINT = "pip install 'timelinekg[spark]'"


def month_of(day: dt.date | None) -> str:
    return f"{day.year:04d}-{day.month:02d}" if day is not None else UNDATED


def event_month(event: Event) -> str:
    """The month an event is filed under: of its earliest day, else of its latest, else undated."""
    return month_of(event.earliest or event.latest)


def load_parquet_graph(path: Path, options: LoadOptions) -> Iterator[LoadResult]:
    """The graph in the folder of the manifest ``path``: actors, places and sources first, then events in batches."""
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        yield ValidationError(f"not a Parquet graph manifest: {error}", path=str(path))
        return
    if not isinstance(manifest, dict) or manifest.get("layout") != LAYOUT:
        yield ValidationError(f"not a Parquet graph manifest (no layout {LAYOUT!r})", path=str(path))
        return
    if manifest.get("version") != LAYOUT_VERSION:
        yield ValidationError(f"Parquet graph layout version {manifest.get('version')!r} is not {LAYOUT_VERSION}")
        return
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        yield ValidationError(f"reading Parquet needs pyarrow: {INSTALL_HINT}", path=str(path))
        return
    root = path.parent
    tables = {name: _rows(root / name) for name in TABLES}
    yield Facts(
        sources=[_source(row) for row in tables["sources"]],
        actors=[_actor(row) for row in tables["actors"]],
        places=[_place(row) for row in tables["places"]],
    )
    participants: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in tables["participation"]:
        participants[row["event_id"]].append(row)
    mentions: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in tables["mentions"]:
        mentions[row["event_id"]].append(row)
    events = sorted(tables["events"], key=lambda row: int(row["ordinal"]))
    for first in range(0, len(events), EVENTS_PER_BATCH):
        batch = events[first : first + EVENTS_PER_BATCH]
        yield Facts(events=[_event(row, participants[row["id"]], mentions[row["id"]]) for row in batch])


def _rows(folder: Path) -> list[dict[str, Any]]:
    import pyarrow.dataset

    if not folder.is_dir():
        return []
    dataset = pyarrow.dataset.dataset(folder, format="parquet", partitioning="hive")
    rows: list[dict[str, Any]] = dataset.to_table().to_pylist()
    return rows


def _pairs(value: str | None) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted(json.loads(value).items())) if value else ()


def _external(values: list[dict[str, str]] | None) -> tuple[tuple[str, str], ...]:
    return tuple((value["scheme"], value["id"]) for value in values or ())


def _instant(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def _source(row: dict[str, Any]) -> Source:
    return Source(row["id"], row["title"], row["url"], row["publisher"], row["published"], _instant(row["recorded_at"]))


def _actor(row: dict[str, Any]) -> Actor:
    return Actor(
        row["id"],
        row["name"],
        row["kind"],
        tuple(row["aliases"] or ()),
        _external(row["external_ids"]),
        _pairs(row["attributes"]),
    )


def _place(row: dict[str, Any]) -> Place:
    return Place(
        id=row["id"],
        name=row["name"],
        kind=row["kind"],
        latitude=row["latitude"],
        longitude=row["longitude"],
        parent_id=row["parent_id"],
        external_ids=_external(row["external_ids"]),
        aliases=tuple(row["aliases"] or ()),
    )


def _event(row: dict[str, Any], participants: list[dict[str, Any]], mentions: list[dict[str, Any]]) -> Event:
    participants.sort(key=lambda p: int(p["position"]))
    mentions.sort(key=lambda m: int(m["position"]))
    return restore(
        Event,
        {
            "id": row["id"],
            "type": row["type"],
            "label": row["label"],
            "earliest": row["earliest"],
            "latest": row["latest"],
            "precision": row["precision"],
            "participants": tuple(Participation(p["actor_id"], p["role"]) for p in participants),
            "place_ids": tuple(row["place_ids"] or ()),
            "mentions": tuple(
                Mention(
                    m["source_id"],
                    m["quote"],
                    m["start"],
                    m["end"],
                    m["claimed_earliest"],
                    m["claimed_latest"],
                    m["claimed_precision"],
                )
                for m in mentions
            ),
            "start": row["start"],
            "end": row["end"],
            "date_conflict": bool(row["date_conflict"]),
            "attributes": _pairs(row["attributes"]),
            "recorded_at": _instant(row["recorded_at"]),
            "disputes": tuple(row["disputes"] or ()),
            "confirms": tuple(row["confirms"] or ()),
        },
    )
