"""CSV files for ``neo4j-admin database import full``: the bulk path into an empty Neo4j database.

``timelinekg export --format neo4j-import -o DIR`` writes, streaming from any store:

* nodes: ``events.csv``, ``actors.csv``, ``places.csv``, ``sources.csv``;
* relationships: ``participated_in.csv``, ``took_place_in.csv``,
  ``reported_by.csv``, ``part_of.csv``;
* each with its header in ``<name>-header.csv`` (the admin tool reads a header
  file followed by data files), and ``import.sh`` with the exact command.

The graph is the one :mod:`timelinekg.graph.neo4j.store` writes (labels
``Event``, ``Actor`` plus its kind label, ``Place``, ``Source``; relationships
``PARTICIPATED_IN {role, position}``, ``TOOK_PLACE_IN {position}``,
``REPORTED_BY {quote, start, end, claimed_*, position}``, ``PART_OF``), with
the same property names and types: dates typed ``date``, ``Event.span`` a
cartesian ``point`` ``{x: earliest day number, y: latest day number}``,
``Place.location`` a WGS-84 ``point``, aliases and ids as ``string[]``.

Ids live in one ID space per label (an actor and a place may both be
``russia``).  Arrays and multiple labels are separated by U+001F (the import
command passes ``--array-delimiter=U+001F``), so a ``;`` in an alias is kept.
Quotes may hold line breaks, hence ``--multiline-fields=true``.  After the
import, opening the database with the Neo4j store creates its indexes.
"""

from __future__ import annotations

import csv
import json
import shlex
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from timelinekg.exporters import ExportOptions, selected_events
from timelinekg.graph.base import Store
from timelinekg.graph.sqlite import day_span
from timelinekg.schema.identity import name_key

ARRAY = "\x1f"
ARRAY_OPTION = "U+001F"
KIND_LABELS = {
    "person": "Person",
    "organisation": "Organisation",
    "country": "Country",
    "group": "Group",
    "product": "Product",
}

HEADERS: dict[str, tuple[str, ...]] = {
    "events": (
        "id:ID(Event)",
        "type",
        "label",
        "earliest:date",
        "latest:date",
        "precision",
        "start:date",
        "end:date",
        "date_conflict:boolean",
        "attributes",
        "span:point",
        "recorded_at:datetime",
        ":LABEL",
    ),
    "actors": (
        "id:ID(Actor)",
        "name",
        "kind",
        "aliases:string[]",
        "name_keys:string[]",
        "external_ids:string[]",
        "attributes",
        ":LABEL",
    ),
    "places": (
        "id:ID(Place)",
        "name",
        "kind",
        "latitude:double",
        "longitude:double",
        "location:point{crs:WGS-84}",
        "aliases:string[]",
        "name_keys:string[]",
        "external_ids:string[]",
        ":LABEL",
    ),
    "sources": (
        "id:ID(Source)",
        "title",
        "url",
        "publisher",
        "published:date",
        "recorded_at:datetime",
        ":LABEL",
    ),
    "participated_in": (":START_ID(Actor)", ":END_ID(Event)", "role", "position:int", ":TYPE"),
    "took_place_in": (":START_ID(Event)", ":END_ID(Place)", "position:int", ":TYPE"),
    "reported_by": (
        ":START_ID(Event)",
        ":END_ID(Source)",
        "quote",
        "start:int",
        "end:int",
        "claimed_earliest:date",
        "claimed_latest:date",
        "claimed_precision",
        "position:int",
        ":TYPE",
    ),
    "part_of": (":START_ID(Place)", ":END_ID(Place)", ":TYPE"),
}
NODE_FILES = ("events", "actors", "places", "sources")
RELATIONSHIP_FILES = ("participated_in", "took_place_in", "reported_by", "part_of")


@dataclass
class ImportFiles:
    directory: Path
    counts: dict[str, int]

    def arguments(self, database: str = "neo4j") -> list[str]:
        """``neo4j-admin database import full`` arguments for these files."""
        arguments = [database]
        for name in NODE_FILES:
            arguments.append(f"--nodes={self._pair(name)}")
        for name in RELATIONSHIP_FILES:
            arguments.append(f"--relationships={self._pair(name)}")
        arguments += [f"--array-delimiter={ARRAY_OPTION}", "--multiline-fields=true", "--overwrite-destination=true"]
        return arguments

    def _pair(self, name: str) -> str:
        return f"{self.directory / f'{name}-header.csv'},{self.directory / f'{name}.csv'}"


def _text(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _array(values: Any) -> str:
    return ARRAY.join(str(v).replace(ARRAY, " ") for v in values)


def _rows(store: Store, options: ExportOptions) -> Iterator[tuple[str, list[str]]]:
    """(file, row) for everything in the store, events last so their children follow them."""
    for source in store.sources():
        yield (
            "sources",
            [
                source.id,
                source.title,
                source.url,
                source.publisher,
                _text(source.published),
                _text(source.recorded_at),
                "Source",
            ],
        )
    for actor in store.actors():
        labels = ["Actor"] + ([KIND_LABELS[actor.kind]] if actor.kind in KIND_LABELS else [])
        yield (
            "actors",
            [
                actor.id,
                actor.name,
                actor.kind,
                _array(actor.aliases),
                _array(sorted({name_key(n) for n in (actor.name, *actor.aliases)})),
                _array(f"{scheme}:{value}" for scheme, value in actor.external_ids),
                json.dumps([list(x) for x in actor.attributes], default=str),
                ARRAY.join(labels),
            ],
        )
    for place in store.places():
        located = place.latitude is not None and place.longitude is not None
        yield (
            "places",
            [
                place.id,
                place.name,
                place.kind,
                _text(place.latitude),
                _text(place.longitude),
                f"{{latitude:{place.latitude}, longitude:{place.longitude}}}" if located else "",
                _array(place.aliases),
                _array(sorted({name_key(n) for n in (place.name, *place.aliases)})),
                _array(f"{scheme}:{value}" for scheme, value in place.external_ids),
                "Place",
            ],
        )
        if place.parent_id:
            yield "part_of", [place.id, place.parent_id, "PART_OF"]
    for event in selected_events(store, options):
        low, high = day_span(event)
        yield (
            "events",
            [
                event.id,
                event.type,
                event.label,
                _text(event.earliest),
                _text(event.latest),
                event.precision,
                _text(event.start),
                _text(event.end),
                _text(event.date_conflict),
                json.dumps(dict(event.attributes), default=str),
                f"{{x:{low}, y:{high}}}",
                _text(event.recorded_at),
                "Event",
            ],
        )
        for position, participation in enumerate(dict.fromkeys(event.participants)):
            yield (
                "participated_in",
                [
                    participation.actor_id,
                    event.id,
                    participation.role,
                    str(position),
                    "PARTICIPATED_IN",
                ],
            )
        for position, place_id in enumerate(dict.fromkeys(event.place_ids)):
            yield "took_place_in", [event.id, place_id, str(position), "TOOK_PLACE_IN"]
        for position, mention in enumerate(event.mentions):
            yield (
                "reported_by",
                [
                    event.id,
                    mention.source_id,
                    mention.quote,
                    _text(mention.start),
                    _text(mention.end),
                    _text(mention.claimed_earliest),
                    _text(mention.claimed_latest),
                    mention.claimed_precision or "",
                    str(position),
                    "REPORTED_BY",
                ],
            )


def write_import_files(store: Store, directory: Path, options: ExportOptions | None = None) -> ImportFiles:
    """Write the CSV files and headers into ``directory``; returns their row counts."""
    options = options or ExportOptions()
    directory.mkdir(parents=True, exist_ok=True)
    counts = dict.fromkeys(HEADERS, 0)
    with ExitStack() as stack:
        writers: dict[str, Any] = {}
        for name, header in HEADERS.items():
            with (directory / f"{name}-header.csv").open("w", encoding="utf-8", newline="") as handle:
                csv.writer(handle, lineterminator="\n").writerow(header)
            data = stack.enter_context((directory / f"{name}.csv").open("w", encoding="utf-8", newline=""))
            writers[name] = csv.writer(data, lineterminator="\n")
        for name, row in _rows(store, options):
            writers[name].writerow(row)
            counts[name] += 1
    files = ImportFiles(directory.resolve(), counts)
    script = directory / "import.sh"
    command = ["neo4j-admin", "database", "import", "full", *files.arguments()]
    script.write_text(
        "#!/bin/sh\n# Import into an EMPTY database (Community: with the server stopped); overwrites it.\n"
        + " ".join(shlex.quote(part) for part in command)
        + "\n",
        encoding="utf-8",
    )
    script.chmod(0o755)
    return files


def export_neo4j_import(store: Store, out: TextIO, options: ExportOptions) -> None:
    """The registered exporter: files into ``options.directory``, a summary on ``out``."""
    if not options.directory:
        raise ValueError("neo4j-import writes a folder: give options.directory")
    files = write_import_files(store, Path(options.directory), options)
    nodes = sum(files.counts[n] for n in NODE_FILES)
    relationships = sum(files.counts[r] for r in RELATIONSHIP_FILES)
    out.write(
        f"wrote {nodes} nodes and {relationships} relationships to {files.directory}; "
        f"import with: sh {files.directory / 'import.sh'}\n"
    )
