"""CSV files for ``neo4j-admin database import full``: the bulk path into an empty Neo4j database.

``timelinekg export --format neo4j-import -o DIR`` writes, streaming from any store:

* nodes: ``events.csv``, ``actors.csv``, ``places.csv``, ``sources.csv``;
* relationships: ``participated_in.csv``, ``took_place_in.csv``,
  ``reported_by.csv``, ``part_of.csv``, ``disputes.csv``, ``confirms.csv``;
* each with its header in ``<name>-header.csv`` (the admin tool reads a header
  file followed by data files), and ``import.sh`` with the exact command.

The graph is the one :mod:`timelinekg.graph.neo4j.store` writes: both take every
label, relationship type, property name, type and value from
:mod:`timelinekg.graph.neo4j.properties` (dates typed ``date``, ``Event.span``
and, for long and open events, ``Event.long_span`` a cartesian ``point``
``{x: earliest day number, y: latest day number}``, ``Place.location`` a WGS-84
``point``, aliases and ids as ``string[]``).

Ids live in one ID space per label (an actor and a place may both be
``russia``).  Arrays and multiple labels are separated by U+001F (the import
command passes ``--array-delimiter=U+001F``), so a ``;`` in an alias is kept.
Quotes may hold line breaks: the files that do are named to ``--multiline-fields`` (format v2), so the
importer reads only those in one thread.  Every value is quoted and an unset property is an empty field.  After the
import, opening the database with the Neo4j store creates its indexes.
"""

from __future__ import annotations

import datetime as dt
import itertools
import shlex
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from timelinekg.exporters import ExportOptions, selected_events
from timelinekg.graph.base import Store
from timelinekg.graph.neo4j import properties
from timelinekg.schema.model import Event

ARRAY = "\x1f"
ARRAY_OPTION = "U+001F"
EVENTS_PER_SOURCE_READ = 500

# file -> what it holds: a node label's properties, or a relationship type.
NODE_FILES: dict[str, str] = {"events": "Event", "actors": "Actor", "places": "Place", "sources": "Source"}
RELATIONSHIP_FILES: dict[str, properties.Relationship] = {
    "participated_in": properties.PARTICIPATED_IN,
    "took_place_in": properties.TOOK_PLACE_IN,
    "reported_by": properties.REPORTED_BY,
    "part_of": properties.PART_OF,
    "disputes": properties.DISPUTES,
    "confirms": properties.CONFIRMS,
}


def _column(prop: properties.Property) -> str:
    return f"{prop.name}:{prop.type}" if prop.type else prop.name


def _node_header(node_label: str) -> tuple[str, ...]:
    declared = properties.NODES[node_label]
    assert declared[0].name == "id"
    return (f"id:ID({node_label})", *(_column(p) for p in declared[1:]), ":LABEL")


def _relationship_header(kind: properties.Relationship) -> tuple[str, ...]:
    ends = (f":START_ID({kind.start_label})", f":END_ID({kind.end_label})")
    return (*ends, *(_column(p) for p in kind.properties), ":TYPE")


HEADERS: dict[str, tuple[str, ...]] = {
    **{name: _node_header(node_label) for name, node_label in NODE_FILES.items()},
    **{name: _relationship_header(kind) for name, kind in RELATIONSHIP_FILES.items()},
}


@dataclass
class ImportFiles:
    directory: Path
    counts: dict[str, int]
    multiline: frozenset[str] = frozenset()  # the files with a line break inside a value

    def arguments(self, database: str = "neo4j") -> list[str]:
        """``neo4j-admin database import full`` arguments for these files."""
        arguments = [database]
        for name in NODE_FILES:
            arguments.append(f"--nodes={self._pair(name)}")
        for name in RELATIONSHIP_FILES:
            arguments.append(f"--relationships={self._pair(name)}")
        arguments += [f"--array-delimiter={ARRAY_OPTION}", *self._multiline(), "--overwrite-destination=true"]
        return arguments

    def _multiline(self) -> list[str]:
        """Only the files that hold a line break in a value are read as multiline: the importer reads
        those in one thread, the others split across all of them."""
        if not self.multiline:
            return ["--multiline-fields=false"]
        named = ",".join(str(self.directory / f"{name}.csv") for name in sorted(self.multiline))
        return ["--multiline-fields-format=v2", f"--multiline-fields={named}"]

    def _pair(self, name: str) -> str:
        return f"{self.directory / f'{name}-header.csv'},{self.directory / f'{name}.csv'}"


def _string_list(value: Any) -> str | None:
    return ARRAY.join(str(v).replace(ARRAY, " ") for v in value) if value else None


def _cartesian(value: Any) -> str:
    return f"{{x:{value[0]}, y:{value[1]}}}"


def _geographic(value: Any) -> str:
    return f"{{latitude:{value[0]}, longitude:{value[1]}}}"


def _boolean(value: Any) -> str:
    return "true" if value else "false"


def _iso(value: Any) -> str:
    return str(value.isoformat())


# How a property's value becomes a cell, by its declared type; a value of None is never converted (unset).
_CONVERTERS: dict[str, Callable[[Any], str | None]] = {
    "string[]": _string_list,
    properties.CARTESIAN_POINT: _cartesian,
    properties.GEOGRAPHIC_POINT: _geographic,
    "boolean": _boolean,
    "date": _iso,
    "datetime": _iso,
}


def _converters(declared: tuple[properties.Property, ...]) -> list[tuple[str, Callable[[Any], str | None]]]:
    """(property, converter) for each column, chosen once per file rather than once per cell."""
    return [(p.name, _CONVERTERS.get(p.type, str)) for p in declared]


def _cells(converters: list[tuple[str, Callable[[Any], str | None]]], values: dict[str, Any]) -> list[str | None]:
    return [None if (value := values[name]) is None else convert(value) for name, convert in converters]


def _csv_line(cells: list[str | None]) -> str:
    """One CSV record in which an unset property is an empty field and a value a quoted one: neo4j-admin
    reads the first as no property and a quoted "" as an empty string (as the transactional writer stores
    it; a source without a URL keeps ``url: ""``).  Quoting every value, wanted or not, costs a few bytes
    and spares a scan of each cell for the characters that need it."""
    return ",".join("" if cell is None else '"' + cell.replace('"', '""') + '"' for cell in cells) + "\n"


_NODE_CONVERTERS = {node_label: _converters(declared) for node_label, declared in properties.NODES.items()}
_RELATIONSHIP_CONVERTERS = {kind.type: _converters(kind.properties) for kind in RELATIONSHIP_FILES.values()}


def _node(node_label: str, values: dict[str, Any], labels: str) -> list[str | None]:
    cells = _cells(_NODE_CONVERTERS[node_label], values)
    cells.append(labels)
    return cells


def _relationship(kind: properties.Relationship, values: dict[str, Any]) -> list[str | None]:
    cells: list[str | None] = [str(values[kind.start_key]), str(values[kind.end_key])]
    cells += _cells(_RELATIONSHIP_CONVERTERS[kind.type], values)
    cells.append(kind.type)
    return cells


def _rows(store: Store, options: ExportOptions) -> Iterator[tuple[str, list[str | None]]]:
    """(file, row) for everything in the store, events last so their children follow them."""
    for source in store.sources():
        yield "sources", _node("Source", properties.source_properties(source), "Source")
    for actor in store.actors():
        kind_label = properties.actor_kind_label(actor)
        labels = ARRAY.join(["Actor", kind_label] if kind_label else ["Actor"])
        yield "actors", _node("Actor", properties.actor_properties(actor), labels)
    for place in store.places():
        yield "places", _node("Place", properties.place_properties(place), "Place")
        if place.parent_id:
            yield "part_of", _relationship(properties.PART_OF, {"id": place.id, "parent_id": place.parent_id})
    events = selected_events(store, options)
    while chunk := list(itertools.islice(events, EVENTS_PER_SOURCE_READ)):
        # each event's publication days, from its sources read once per chunk (memory stays flat)
        published = {s.id: s.published for s in store.sources({m.source_id for e in chunk for m in e.mentions})}
        yield from _event_rows(chunk, published)


def _event_rows(events: list[Event], published: dict[str, dt.date | None]) -> Iterator[tuple[str, list[str | None]]]:
    for event in events:
        yield "events", _node("Event", properties.event_properties(event, published), "Event")
        for row in properties.participations(event):
            yield "participated_in", _relationship(properties.PARTICIPATED_IN, row)
        for row in properties.locations(event):
            yield "took_place_in", _relationship(properties.TOOK_PLACE_IN, row)
        for row in properties.reports(event):
            yield "reported_by", _relationship(properties.REPORTED_BY, row)
        for row in properties.disputes(event):
            yield "disputes", _relationship(properties.DISPUTES, row)
        for row in properties.confirmations(event):
            yield "confirms", _relationship(properties.CONFIRMS, row)


def write_import_files(store: Store, directory: Path, options: ExportOptions | None = None) -> ImportFiles:
    """Write the CSV files and headers into ``directory``; returns their row counts."""
    options = options or ExportOptions()
    directory.mkdir(parents=True, exist_ok=True)
    counts = dict.fromkeys(HEADERS, 0)
    multiline: set[str] = set()
    with ExitStack() as stack:
        outputs: dict[str, TextIO] = {}
        for name, header in HEADERS.items():
            with (directory / f"{name}-header.csv").open("w", encoding="utf-8", newline="") as handle:
                handle.write(",".join(header) + "\n")
            outputs[name] = stack.enter_context((directory / f"{name}.csv").open("w", encoding="utf-8", newline=""))
        for name, row in _rows(store, options):
            line = _csv_line(row)
            outputs[name].write(line)
            counts[name] += 1
            if "\r" in line or line.count("\n") > 1:
                multiline.add(name)
    files = ImportFiles(directory.resolve(), counts, frozenset(multiline))
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
