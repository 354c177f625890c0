"""The import files of ``push --bulk`` from an embedded store, written by SQLite itself.

``export --format neo4j-import`` (:mod:`timelinekg.exporters.neo4j_import`) writes readable CSV from any
store, building every event in Python: about 70 CPU seconds for a million events.  ``push --bulk``
feeds its files straight to ``neo4j-admin`` and throws them away, so from an embedded store it writes
them here instead: one ``SELECT`` per file formats each line in SQLite, Python only writes the lines
(a third of the CPU), and two processes share the files.

The graph is the same (the columns are the property mapping's, ``graph/neo4j/properties.py``; a test
compares both writers' rows), the encoding lighter:

* values are separated by U+001E and quoted, where needed, with U+001D (``--delimiter``, ``--quote``),
  so that a value needs no quoting at all unless it is empty (an empty quoted value is an empty string,
  an empty field an unset property).  Each batch of lines is checked by counting those characters
  and line breaks; a file with a value holding one of them is written again with every text value
  quoted (and named to ``--multiline-fields`` when a value holds a line break);
* labels and relationship types are given per file on the command line, not as a column per line;
* events, and every event's relationships after them, are written in date order (the order of the
  embedded store's span index), so that a week's events and their relationships lie together in the
  imported store (see docs/neo4j.md, "between at 1M events").

Actors and places (thousands, with arrays and labels by kind) are written from Python.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from timelinekg.exporters.neo4j_import import (
    _CONVERTERS as CONVERTERS,
)
from timelinekg.exporters.neo4j_import import (
    ARRAY_OPTION,
    HEADERS,
    LABELS_KEY,
    NODE_FILES,
    RELATIONSHIP_FILES,
)
from timelinekg.graph.base import OPEN_HIGH
from timelinekg.graph.neo4j import properties
from timelinekg.graph.sqlite import JULIAN_DAY_OF_ORDINAL_0, SQLiteStore
from timelinekg.schema.merge import UNIFIED_IDS

DELIMITER, QUOTE = "\x1e", "\x1d"
DELIMITER_OPTION, QUOTE_OPTION = "U+001E", "U+001D"
LINES_PER_BATCH = 20_000
ORDER_FILE = "event-order.db"  # the events in date order, shared by the processes that write files

# What each text value becomes in a line: itself, an empty string quoted (an empty field would be an
# unset property), and a value that is exactly the empty-string mark made to fail the batch check.
_EMPTY = "char(29,29)"


def _text(column: str) -> str:
    return f"ifnull(CASE {column} WHEN '' THEN {_EMPTY} WHEN {_EMPTY} THEN char(13) ELSE {column} END, '')"


def _quoted_text(column: str) -> str:
    """A text value in the careful encoding: always quoted, quotes doubled (unset stays empty)."""
    return f"ifnull(char(29) || replace({column}, char(29), char(29,29)) || char(29), '')"


def _plain(column: str) -> str:
    """A value that never holds text of its own: a number, an ISO date or instant."""
    return f"ifnull({column}, '')"


# The event columns, by property (``properties.EVENT``): ("text", column) or ("plain", expression).
# ``o`` is the date-ordered event row (span and publication days from the span index), ``e`` the event.
_FIRST_DAY = f"CASE WHEN o.first_low < {OPEN_HIGH} THEN date(o.first_low + {JULIAN_DAY_OF_ORDINAL_0}) END"
_SPAN = "'{x:' || o.low || ', y:' || o.high || '}'"
EVENT_COLUMNS: dict[str, tuple[str, str]] = {
    "id": ("text", "e.id"),
    "type": ("text", "e.type"),
    "label": ("text", "e.label"),
    "earliest": ("plain", "e.earliest"),
    "latest": ("plain", "e.latest"),
    "precision": ("text", "e.precision"),
    "start": ("plain", "e.start_date"),
    "end": ("plain", "e.end_date"),
    "date_conflict": ("plain", "iif(e.date_conflict, 'true', 'false')"),
    "attributes": ("text", "e.attributes"),
    # the ids folded into the event (merge.UNIFIED_IDS), one array cell split by the array delimiter U+001F
    "unified_ids": ("text", f"(SELECT group_concat(value, char(31)) FROM json_each(e.attributes, '$.{UNIFIED_IDS}'))"),
    "span": ("plain", _SPAN),
    "long_span": ("plain", f"iif(o.high - o.low > {properties.SHORT_SPAN_DAYS}, {_SPAN}, NULL)"),
    "recorded_at": ("plain", "e.recorded_at"),
    "first_published": ("plain", _FIRST_DAY),
    "last_published": ("plain", "o.last_day"),
}
SOURCE_COLUMNS: dict[str, tuple[str, str]] = {
    "id": ("text", "id"),
    "title": ("text", "title"),
    "url": ("text", "url"),
    "publisher": ("text", "publisher"),
    "published": ("plain", "published"),
    "recorded_at": ("plain", "recorded_at"),
}


@dataclass(frozen=True)
class Query:
    """One file's lines: its columns (kind, SQL) in header order, and the rest of its ``SELECT``."""

    name: str
    columns: tuple[tuple[str, str], ...]
    source: str  # FROM ... (the order events are read in is the order of the lines)

    def select(self, careful: bool) -> str:
        cells = [
            (_quoted_text(sql) if careful else _text(sql)) if kind == "text" else _plain(sql)
            for kind, sql in self.columns
        ]
        return f"SELECT {' || char(30) || '.join(cells)} {self.source}"


def _relationship(name: str, start: str, end: str, props: dict[str, tuple[str, str]], source: str) -> Query:
    kind = RELATIONSHIP_FILES[name]
    assert tuple(props) == tuple(p.name for p in kind.properties), name
    return Query(name, (("text", start), ("text", end), *props.values()), source)


# CROSS JOIN keeps SQLite's join order as written: the date-ordered events drive every file.
ORDERED = "FROM ord.events o CROSS JOIN"
QUERIES: tuple[Query, ...] = (
    _relationship(
        "reported_by",
        "o.id",
        "m.source_id",
        {
            "quote": ("text", "m.quote"),
            "start": ("plain", "m.start"),
            "end": ("plain", "m.end"),
            "claimed_earliest": ("plain", "m.claimed_earliest"),
            "claimed_latest": ("plain", "m.claimed_latest"),
            "claimed_precision": ("text", "m.claimed_precision"),
            "position": ("plain", "m.position"),
        },
        f"{ORDERED} mentions m ON m.event_id = o.id",
    ),
    Query(
        "events",
        tuple(EVENT_COLUMNS[p.name] for p in properties.EVENT),
        f"{ORDERED} events e ON e.rowid = o.event_rowid",
    ),
    _relationship(
        "participated_in",
        "p.actor_id",
        "o.id",
        {"role": ("text", "p.role"), "position": ("plain", "p.position")},
        f"{ORDERED} participations p ON p.event_id = o.id",
    ),
    Query("sources", tuple(SOURCE_COLUMNS[p.name] for p in properties.SOURCE), "FROM sources"),
    _relationship(
        "took_place_in",
        "o.id",
        "p.place_id",
        {"position": ("plain", "p.position")},
        f"{ORDERED} event_places p ON p.event_id = o.id",
    ),
    *(
        _relationship(
            kind,
            "o.id",
            "k.target_id",
            {"position": ("plain", "k.position")},
            f"{ORDERED} event_links k ON k.event_id = o.id AND k.kind = '{kind}'",
        )
        for kind in ("disputes", "confirms")
    ),
)
PYTHON_FILES = ("actors", "places", "part_of")


def header(name: str) -> tuple[str, ...]:
    """The header of ``name``'s file: ``export --format neo4j-import``'s, less the label or type column."""
    return tuple(column for column in HEADERS[name] if column not in (LABELS_KEY, ":TYPE") or name == "actors")


@dataclass
class BulkFiles:
    """The files written, and what ``neo4j-admin database import full`` needs to be told about them."""

    directory: Path
    counts: dict[str, int]
    multiline: frozenset[str] = frozenset()
    careful: frozenset[str] = field(default_factory=frozenset)  # files written again with every text quoted

    def arguments(self, database: str = "neo4j") -> list[str]:
        arguments = [database]
        for name, label in NODE_FILES.items():
            # an actor's labels (Actor and its kind's) are a column of its file
            prefix = "" if name == "actors" else f"{label}="
            arguments.append(f"--nodes={prefix}{self._group(name)}")
        for name, kind in RELATIONSHIP_FILES.items():
            arguments.append(f"--relationships={kind.type}={self._group(name)}")
        arguments += [
            f"--delimiter={DELIMITER_OPTION}",
            f"--quote={QUOTE_OPTION}",
            f"--array-delimiter={ARRAY_OPTION}",
        ]
        if self.multiline:
            named = ",".join(str(self.directory / f"{name}.csv") for name in sorted(self.multiline))
            arguments += ["--multiline-fields-format=v2", f"--multiline-fields={named}"]
        else:
            arguments.append("--multiline-fields=false")
        arguments.append("--overwrite-destination=true")
        return arguments

    def _group(self, name: str) -> str:
        return f"{self.directory / f'{name}-header.csv'},{self.directory / f'{name}.csv'}"


def _connect(store_path: str, directory: Path) -> sqlite3.Connection:
    db = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True, check_same_thread=False)
    db.text_factory = bytes  # lines go to the file as SQLite made them, never decoded
    db.execute(f"PRAGMA mmap_size={1 << 34}")
    db.execute("PRAGMA cache_size=-262144")
    db.execute("ATTACH DATABASE ? AS ord", (str(directory / ORDER_FILE),))
    return db


def _order_events(store_path: str, directory: Path) -> None:
    """Every event's row, span and publication days (kept in the span index), in date order."""
    db = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True)
    try:
        db.execute(f"PRAGMA mmap_size={1 << 34}")
        db.execute("ATTACH DATABASE ? AS ord", (str(directory / ORDER_FILE),))
        db.execute("PRAGMA ord.journal_mode=OFF")
        db.execute("PRAGMA ord.synchronous=OFF")
        # the span index's (low, high) orders events as the embedded store lists them (open starts first)
        db.execute(
            "CREATE TABLE ord.events AS SELECT s.id AS event_rowid, s.low, s.high, s.first_low, s.last_day, e.id "
            "FROM event_span s CROSS JOIN events e ON e.rowid = s.id ORDER BY s.low, s.high, e.id"
        )
        db.commit()
    finally:
        db.close()


class _Unsafe(Exception):
    """A value holds the delimiter, the quote or a line break: the file needs the careful encoding."""


def _check(batch: bytes, lines: list[bytes], columns: int) -> None:
    count = len(lines)
    if batch.count(b"\x1e") != count * (columns - 1) or batch.count(b"\n") != count or b"\r" in batch:
        raise _Unsafe
    if b"\x1d" in batch:
        # only as a whole value, the quoted empty string
        for line in lines:
            if b"\x1d" in line and any(b"\x1d" in cell and cell != b"\x1d\x1d" for cell in line.split(b"\x1e")):
                raise _Unsafe


def _write_query(store_path: str, directory: str, name: str) -> tuple[str, int, bool, bool]:
    """Write one SQL file; returns (name, lines, careful, multiline)."""
    query = next(q for q in QUERIES if q.name == name)
    folder = Path(directory)
    db = _connect(store_path, folder)
    try:
        for careful in (False, True):
            written = 0
            multiline = False
            try:
                with (folder / f"{name}.csv").open("wb", buffering=1 << 20) as out:
                    cursor = db.execute(query.select(careful))
                    while rows := cursor.fetchmany(LINES_PER_BATCH):
                        lines = [row[0] for row in rows]
                        batch = b"\n".join(lines) + b"\n"
                        if careful:
                            multiline = multiline or batch.count(b"\n") != len(lines) or b"\r" in batch
                        else:
                            _check(batch, lines, len(query.columns))
                        out.write(batch)
                        written += len(lines)
            except _Unsafe:
                continue
            return name, written, careful, multiline
    finally:
        db.close()
    raise AssertionError("the careful encoding is always accepted")


def _cell(value: Any, prop_type: str) -> str:
    if value is None:
        return ""
    text = CONVERTERS.get(prop_type, str)(value)
    return "" if text is None else QUOTE + text.replace(QUOTE, QUOTE * 2) + QUOTE


def _python_lines(rows: Iterable[dict[str, Any]], keys: list[tuple[str, str]]) -> Iterator[str]:
    for row in rows:
        yield DELIMITER.join(_cell(row[key], prop_type) for key, prop_type in keys) + "\n"


def _write_python_files(store: SQLiteStore, directory: Path) -> tuple[dict[str, int], set[str]]:
    """Actors, places and the places' parents, through the property mapping."""
    actors = []
    for actor in store.actors():
        row = properties.actor_properties(actor)
        kind_label = properties.actor_kind_label(actor)
        row[LABELS_KEY] = ["Actor", kind_label] if kind_label else ["Actor"]
        actors.append(row)
    places = list(store.places())
    tables: dict[str, tuple[list[dict[str, Any]], list[tuple[str, str]]]] = {
        "actors": (actors, [(p.name, p.type) for p in properties.ACTOR] + [(LABELS_KEY, "string[]")]),
        "places": ([properties.place_properties(p) for p in places], [(p.name, p.type) for p in properties.PLACE]),
        "part_of": (
            [{"id": p.id, "parent_id": p.parent_id} for p in places if p.parent_id],
            [("id", ""), ("parent_id", "")],
        ),
    }
    counts: dict[str, int] = {}
    multiline: set[str] = set()
    for name, (rows, keys) in tables.items():
        text = "".join(_python_lines(rows, keys))
        (directory / f"{name}.csv").write_text(text, encoding="utf-8", newline="")
        counts[name] = len(rows)
        if "\r" in text or text.count("\n") != len(rows):
            multiline.add(name)
    return counts, multiline


def write_bulk_files(store: SQLiteStore, directory: Path, processes: int | None = None) -> BulkFiles:
    """Write ``push --bulk``'s files for everything in ``store`` into ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    for name in HEADERS:
        (directory / f"{name}-header.csv").write_text(DELIMITER.join(header(name)) + "\n", encoding="utf-8")
    (directory / ORDER_FILE).unlink(missing_ok=True)
    path = str(store.path)
    _order_events(path, directory)
    processes = processes or min(os.cpu_count() or 1, 2)
    # Spawned, not forked: the caller may run threads (push --bulk stops the server meanwhile).
    with ProcessPoolExecutor(processes, mp_context=get_context("spawn")) as pool:
        written = [pool.submit(_write_query, path, str(directory), query.name) for query in QUERIES]
        counts, multiline = _write_python_files(store, directory)
        careful: set[str] = set()
        for future in written:
            name, lines, was_careful, was_multiline = future.result()
            counts[name] = lines
            if was_careful:
                careful.add(name)
            if was_multiline:
                multiline.add(name)
    (directory / ORDER_FILE).unlink(missing_ok=True)
    return BulkFiles(directory.resolve(), counts, frozenset(multiline), frozenset(careful))
