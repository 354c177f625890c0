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
import operator
import os
import shlex
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from functools import partial
from multiprocessing import get_context
from pathlib import Path
from typing import Any, TextIO

from timelinekg.batches import batched
from timelinekg.exporters import ExportOptions, selected_events, selected_query
from timelinekg.graph.base import EventBuilder, RowReader, Store, source_rows
from timelinekg.graph.neo4j import properties
from timelinekg.graph.sqlite import SQLiteStore
from timelinekg.memo import Memo
from timelinekg.schema.dates import day_from_iso
from timelinekg.schema.model import Event

ARRAY = "\x1f"
ARRAY_OPTION = "U+001F"
EVENTS_PER_SOURCE_READ = 500
ROWS_PER_BATCH = 2000  # sources, actors and places are written this many at a time

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
    multiline: frozenset[str] = frozenset()  # the data files (stems) with a line break inside a value
    parts: int = 1  # each file's rows are split over this many data files, one per writing process

    def arguments(self, database: str = "neo4j") -> list[str]:
        """``neo4j-admin database import full`` arguments for these files."""
        arguments = [database]
        for name in NODE_FILES:
            arguments.append(f"--nodes={self._group(name)}")
        for name in RELATIONSHIP_FILES:
            arguments.append(f"--relationships={self._group(name)}")
        arguments += [f"--array-delimiter={ARRAY_OPTION}", *self._multiline(), "--overwrite-destination=true"]
        return arguments

    def _multiline(self) -> list[str]:
        """Only the files that hold a line break in a value are read as multiline: the importer reads
        those in one thread, the others split across all of them."""
        if not self.multiline:
            return ["--multiline-fields=false"]
        named = ",".join(str(self.directory / f"{stem}.csv") for stem in sorted(self.multiline))
        return ["--multiline-fields-format=v2", f"--multiline-fields={named}"]

    def _group(self, name: str) -> str:
        """The header file, then every data file of ``name`` (the importer reads them as one)."""
        files = [f"{name}-header.csv", *(f"{data_stem(name, part)}.csv" for part in range(self.parts))]
        return ",".join(str(self.directory / file) for file in files)


def data_stem(name: str, part: int) -> str:
    """The data file of one writing process: ``events`` for the first, ``events-part2`` for the second..."""
    return name if part == 0 else f"{name}-part{part + 1}"


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


# While a batch of rows is one string: a cell that is unset, the end of a cell, the end of a row.
# Quoting then works on the whole batch at once; a batch whose values hold any of these is written
# row by row instead (``_Table.text`` checks).
UNSET, END_CELL, END_ROW = "\x00", "\x01", "\x02"
_UNSET_FOR_NONE: dict[Any, str] = {None: UNSET}
MEMO_TYPES = frozenset({"date", "datetime", "boolean", "int", "double"})  # values that repeat, and never hold text


def _column_converter(prop_type: str) -> Callable[[list[Any]], list[str]]:
    """A whole column's values to cells (``UNSET`` for an unset value), with the cell converter of its type."""
    if not prop_type:
        # a string is its own cell: dict.get(value, value) swaps None for UNSET with no Python call per cell
        return lambda values: list(map(_UNSET_FOR_NONE.get, values, values))
    convert = _CONVERTERS.get(prop_type, str)
    if prop_type in MEMO_TYPES:
        memo: Memo[Any, str] = Memo(lambda value: UNSET if value is None else str(convert(value)), size=8192)
        return lambda values: list(map(memo.__getitem__, values))

    def cell(value: Any) -> str:
        converted = None if value is None else convert(value)
        return UNSET if converted is None else converted

    return lambda values: list(map(cell, values))


def _unset_count(prop_type: str, values: list[Any]) -> int:
    """How many of a column's cells are unset: None, and for arrays an empty one (``_string_list``)."""
    return sum(1 for v in values if not v) if prop_type == "string[]" else values.count(None)


class _Table:
    """One CSV file's columns: the row key each is read from, its type, and how rows become text."""

    def __init__(self, keys: tuple[str, ...], types: tuple[str, ...]) -> None:
        self.keys = keys
        self.types = types
        self.get = operator.itemgetter(*keys)
        self.columns = [_column_converter(t) for t in types]
        self.cells = [(key, _CONVERTERS.get(t, str)) for key, t in zip(keys, types, strict=True)]

    def text(self, rows: list[dict[str, Any]]) -> str:
        """The CSV lines of these rows (as ``_csv_line`` writes each), built as one string."""
        raw = [list(column) for column in zip(*map(self.get, rows), strict=True)]
        converted = [convert(column) for convert, column in zip(self.columns, raw, strict=True)]
        batch = END_ROW.join(map(END_CELL.join, zip(*converted, strict=True)))
        count = len(rows)
        unset = sum(_unset_count(t, column) for t, column in zip(self.types, raw, strict=True))
        if (
            batch.count(END_CELL) != count * (len(self.keys) - 1)
            or batch.count(END_ROW) != count - 1
            or batch.count(UNSET) != unset
        ):
            # a value holds one of the markers: the slow, plain way
            return "".join(_csv_line(_cells(self.cells, row)) for row in rows)
        if '"' in batch:
            batch = batch.replace('"', '""')
        batch = '"' + batch.replace(END_CELL, '","').replace(END_ROW, '"\n"') + '"\n'
        return batch.replace('"' + UNSET + '"', "") if unset else batch


def _node_table(node_label: str) -> _Table:
    declared = properties.NODES[node_label]
    return _Table((*(p.name for p in declared), LABELS_KEY), (*(p.type for p in declared), ""))


def _relationship_table(kind: properties.Relationship) -> _Table:
    keys = (kind.start_key, kind.end_key, *(p.name for p in kind.properties), TYPE_KEY)
    return _Table(keys, ("", "", *(p.type for p in kind.properties), ""))


# The row keys that hold the label and type cells, beside the properties (no property is named so).
LABELS_KEY, TYPE_KEY = ":LABEL", ":TYPE"


class _Writer:
    """One process's data files: rows gathered per file and written a batch at a time; counts rows and
    notes the files that hold a line break."""

    def __init__(self, directory: Path, stack: ExitStack, part: int = 0) -> None:
        self.tables = {name: _node_table(label) for name, label in NODE_FILES.items()}
        self.tables.update({name: _relationship_table(kind) for name, kind in RELATIONSHIP_FILES.items()})
        self.stems = {name: data_stem(name, part) for name in HEADERS}
        self.outputs: dict[str, TextIO] = {
            name: stack.enter_context(
                (directory / f"{stem}.csv").open("w", encoding="utf-8", newline="", buffering=1 << 20)
            )
            for name, stem in self.stems.items()
        }
        self.counts = dict.fromkeys(HEADERS, 0)
        self.multiline: set[str] = set()

    def write(self, name: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        text = self.tables[name].text(rows)
        self.outputs[name].write(text)
        self.counts[name] += len(rows)
        if "\r" in text or text.count("\n") > len(rows):
            self.multiline.add(self.stems[name])


def _node_rows(values: Iterable[dict[str, Any]], labels: str) -> list[dict[str, Any]]:
    rows = []
    for row in values:
        row[LABELS_KEY] = labels
        rows.append(row)
    return rows


def _relationship_rows(kind: properties.Relationship, values: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for row in values:
        row[TYPE_KEY] = kind.type
        rows.append(row)
    return rows


def _write_rows(store: Store, options: ExportOptions, out: _Writer, part: int = 0, parts: int = 1) -> None:
    """Everything in the store, events last so their children follow them, a batch at a time.

    With ``parts`` processes, this one is ``part``: the first writes the sources, actors and places
    and one share of the event chunks, every other process two shares (each reads every event row,
    but builds events only for its own chunks).
    """
    if part == 0:
        for sources in batched(store.sources(), ROWS_PER_BATCH):
            out.write("sources", _node_rows(map(properties.source_properties, sources), "Source"))
        _write_actors_and_places(store, out)
    days: Memo[str | None, dt.date | None] = Memo(day_from_iso)
    for number, chunk in enumerate(_event_chunks(store, options)):
        share = number % (2 * parts - 1)
        if (share + 1) // 2 != part:
            continue
        events = chunk()
        # each event's publication days, from its sources read once per chunk (memory stays flat)
        cited = {m.source_id for e in events for m in e.mentions}
        published = {row[0]: days[row[4]] for row in source_rows(store, cited)}
        out.write("events", _node_rows((properties.event_properties(e, published) for e in events), "Event"))
        for name, kind, rows_of in EVENT_CHILDREN:
            out.write(name, _relationship_rows(kind, (row for e in events for row in rows_of(e))))


def _write_actors_and_places(store: Store, out: _Writer) -> None:
    actors = []
    for actor in store.actors():
        kind_label = properties.actor_kind_label(actor)
        row = properties.actor_properties(actor)
        row[LABELS_KEY] = ARRAY.join(["Actor", kind_label] if kind_label else ["Actor"])
        actors.append(row)
    out.write("actors", actors)
    places = list(store.places())
    out.write("places", _node_rows(map(properties.place_properties, places), "Place"))
    parents = ({"id": p.id, "parent_id": p.parent_id} for p in places if p.parent_id)
    out.write("part_of", _relationship_rows(properties.PART_OF, parents))


def _event_chunks(store: Store, options: ExportOptions) -> Iterator[Callable[[], list[Event]]]:
    """The selected events, ``EVENTS_PER_SOURCE_READ`` at a time, each chunk built only when called: a
    store that hands out rows (the embedded one) builds events only for the chunks this process writes."""
    if isinstance(store, RowReader) and not options.view.restricted:
        build = EventBuilder()
        for rows in batched(store.event_rows(selected_query(options)), EVENTS_PER_SOURCE_READ):
            yield partial(list, map(build, rows))
        return
    for events in batched(selected_events(store, options), EVENTS_PER_SOURCE_READ):
        yield partial(list, events)


# An event's relationships: file, type, and the rows of one event (``graph/neo4j/properties.py``).
EVENT_CHILDREN: tuple[tuple[str, properties.Relationship, Callable[[Event], Iterable[dict[str, Any]]]], ...] = (
    ("participated_in", properties.PARTICIPATED_IN, properties.participations),
    ("took_place_in", properties.TOOK_PLACE_IN, properties.locations),
    ("reported_by", properties.REPORTED_BY, properties.reports),
    ("disputes", properties.DISPUTES, properties.disputes),
    ("confirms", properties.CONFIRMS, properties.confirmations),
)


MAX_PARTS = 4
PARALLEL_FROM = 20_000  # events


def _parts(store: Store, options: ExportOptions, asked: int | None) -> int:
    """How many processes write: several only for an embedded store (each opens it by its path) and a
    plain export (an "as of" view reads the store as a whole)."""
    if not isinstance(store, SQLiteStore) or options.view.restricted:
        return 1
    if asked is not None:
        return max(1, asked)
    if store.counts()["events"] < PARALLEL_FROM:
        return 1  # starting a process would take longer than writing
    return min(os.cpu_count() or 1, MAX_PARTS)


def _write_part(
    path: str, directory: str, options: ExportOptions, part: int, parts: int
) -> tuple[dict[str, int], set[str]]:
    """One more process's share of the export (see ``write_import_files``)."""
    with SQLiteStore(path) as store, ExitStack() as files:
        out = _Writer(Path(directory), files, part)
        _write_rows(store, options, out, part, parts)
    return out.counts, out.multiline


def write_import_files(
    store: Store, directory: Path, options: ExportOptions | None = None, parts: int | None = None
) -> ImportFiles:
    """Write the CSV files and headers into ``directory``; returns their row counts.

    An embedded store is read by ``parts`` processes at once (default: one per core, at most
    ``MAX_PARTS``, from ``PARALLEL_FROM`` events), each writing its own data files (``events.csv``,
    ``events-part2.csv``...): the export is Python work on every row, minutes of it for one core and a
    million events.
    """
    options = options or ExportOptions()
    directory.mkdir(parents=True, exist_ok=True)
    for name, header in HEADERS.items():
        with (directory / f"{name}-header.csv").open("w", encoding="utf-8", newline="") as handle:
            handle.write(",".join(header) + "\n")
    parts = _parts(store, options, parts)
    path = store.path if isinstance(store, SQLiteStore) else ""
    # Spawned, not forked: the caller may run threads (push --bulk stops the server meanwhile).
    with ProcessPoolExecutor(max(parts - 1, 1), mp_context=get_context("spawn")) as pool:
        others = [pool.submit(_write_part, path, str(directory), options, part, parts) for part in range(1, parts)]
        with ExitStack() as outputs:
            out = _Writer(directory, outputs)
            _write_rows(store, options, out, 0, parts)
        counts, multiline = out.counts, set(out.multiline)
        for other in others:
            part_counts, part_multiline = other.result()
            counts = {name: counts[name] + part_counts[name] for name in counts}
            multiline |= part_multiline
    files = ImportFiles(directory.resolve(), counts, frozenset(multiline), parts)
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
