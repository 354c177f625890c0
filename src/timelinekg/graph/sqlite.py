"""The embedded default store: one SQLite file.

Event date bounds are indexed in an R*Tree over day numbers, which answers
interval-overlap questions by descending the tree instead of scanning one of
two B-tree ranges.  Its second dimension is the day the event was first published, so that
"as of" a day is the same range search (see migration 6).  Children (participants, places,
mentions) hang off the event's text id; the R*Tree is keyed by the event's rowid.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from timelinekg.errors import StoreBusy, StoreError
from timelinekg.graph.base import (
    OPEN_HIGH,
    OPEN_LOW,
    EventBuilder,
    EventQuery,
    EventRow,
    SourceRow,
    StoreReader,
    day_span,
    publication_days,
    seconds_setting,
)
from timelinekg.memo import Memo
from timelinekg.schema.identity import name_key
from timelinekg.schema.merge import UNIFIED_IDS
from timelinekg.schema.model import REPORTED, Actor, Event, Facts, Mention, Place, Source, restore
from timelinekg.schema.rules import check_facts

CHUNK = 500
CACHE_KIB = 256 * 1024
WAL_CHECKPOINT_PAGES = 25_000
MMAP_BYTES = 1024 * 1024 * 1024
# How long a writer waits for another process's write transaction to end before it gives up.
LOCK_TIMEOUT_VARIABLE = "TIMELINEKG_LOCK_TIMEOUT"
DEFAULT_LOCK_TIMEOUT = 60.0
# Event bodies are stored compact, with no leading whitespace, which is all raw_decode needs;
# skipping json.loads's wrappers saves a quarter of the cost of reading a body.
_parse_body = json.JSONDecoder().raw_decode

# julianday() of the day before 0001-01-01, whose ordinal is 1: a SQLite date's day number is the difference.
JULIAN_DAY_OF_ORDINAL_0 = 1721424.5


@dataclass(frozen=True)
class DateBounds:
    """Where a query reads events' date bounds: SQL for the lower and upper bound, the values that stand for
    an open one, and how a day of the question's window is written to be compared with them."""

    low: str
    high: str
    open_low: Any
    open_high: Any
    day: Callable[[dt.date], Any]

    def window(self, start: dt.date | None, end: dt.date | None) -> tuple[Any, Any]:
        """A question's date window in these terms, a missing end open like an event's."""
        return (
            self.day(start) if start else self.open_low,
            self.day(end) if end else self.open_high,
        )


# The R*Tree's day numbers (graph.base.day_span).
SPAN_INDEX = DateBounds("s.low", "s.high", OPEN_LOW, OPEN_HIGH, dt.date.toordinal)
# The events' own ISO days: text sorts as the days do, "" before every day and "~" after, as open bounds
# sort in the R*Tree, so each test on these gives what it gives there (tests/test_sqlite_date_bounds.py).
EVENT_DATES = DateBounds("coalesce(e.earliest, '')", "coalesce(e.latest, '~')", "", "~", dt.date.isoformat)

MIGRATIONS: tuple[str, ...] = (
    # 1: the first schema.
    """
    CREATE TABLE sources (
        id TEXT PRIMARY KEY, title TEXT NOT NULL, url TEXT NOT NULL, publisher TEXT NOT NULL,
        published TEXT, recorded_at TEXT
    );
    CREATE INDEX sources_url ON sources(url);
    CREATE TABLE actors (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, data TEXT NOT NULL);
    CREATE TABLE actor_names (name_key TEXT NOT NULL, actor_id TEXT NOT NULL, PRIMARY KEY (name_key, actor_id));
    CREATE TABLE places (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,
        latitude REAL, longitude REAL, parent_id TEXT, data TEXT NOT NULL
    );
    CREATE TABLE place_names (name_key TEXT NOT NULL, place_id TEXT NOT NULL, PRIMARY KEY (name_key, place_id));
    CREATE TABLE events (
        id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, label TEXT NOT NULL,
        earliest TEXT, latest TEXT, precision TEXT NOT NULL,
        start_date TEXT, end_date TEXT, date_conflict INTEGER NOT NULL DEFAULT 0,
        attributes TEXT NOT NULL, recorded_at TEXT
    );
    CREATE INDEX events_type ON events(type);
    CREATE VIRTUAL TABLE event_span USING rtree_i32(id, low, high);
    CREATE TABLE participations (
        event_id TEXT NOT NULL, actor_id TEXT NOT NULL, role TEXT NOT NULL, position INTEGER NOT NULL,
        PRIMARY KEY (event_id, actor_id, role)
    ) WITHOUT ROWID;
    CREATE INDEX participations_actor ON participations(actor_id);
    CREATE TABLE event_places (
        event_id TEXT NOT NULL, place_id TEXT NOT NULL, position INTEGER NOT NULL,
        PRIMARY KEY (event_id, place_id)
    ) WITHOUT ROWID;
    CREATE INDEX event_places_place ON event_places(place_id);
    CREATE TABLE mentions (
        event_id TEXT NOT NULL, source_id TEXT NOT NULL, quote TEXT NOT NULL,
        start INTEGER, end INTEGER, claimed_earliest TEXT, claimed_latest TEXT, claimed_precision TEXT,
        position INTEGER NOT NULL
    );
    CREATE INDEX mentions_event ON mentions(event_id);
    CREATE INDEX mentions_source ON mentions(source_id);
    """,
    # 2: rewriting an actor's or place's names deletes them by id; without these that scanned the table.
    """
    CREATE INDEX actor_names_actor ON actor_names(actor_id);
    CREATE INDEX place_names_place ON place_names(place_id);
    """,
    # 3: each event's participants, places and mentions also kept with the event, as compact JSON,
    # so that a page of events is one indexed read; the child tables stay for filtering.
    """
    ALTER TABLE events ADD COLUMN body TEXT;
    UPDATE events SET body = json_object(
        'p', (SELECT json_group_array(json_array(actor_id, role))
              FROM (SELECT actor_id, role FROM participations WHERE event_id = events.id ORDER BY position)),
        'l', (SELECT json_group_array(place_id)
              FROM (SELECT place_id FROM event_places WHERE event_id = events.id ORDER BY position)),
        'm', (SELECT json_group_array(json_array(source_id, quote, start, end, claimed_earliest, claimed_latest,
                                                 claimed_precision))
              FROM (SELECT * FROM mentions WHERE event_id = events.id ORDER BY position))
    );
    """,
    # 4: a place filter also finds the places inside the named one, walking parent links downward.
    """
    CREATE INDEX places_parent ON places(parent_id);
    """,
    # 5: an event disputes or confirms other events (kind 'disputes' / 'confirms'); the links are
    # the disputing event's, kept in its body too, and indexed by target to find who disputes an event.
    """
    CREATE TABLE event_links (
        event_id TEXT NOT NULL, kind TEXT NOT NULL, target_id TEXT NOT NULL, position INTEGER NOT NULL,
        PRIMARY KEY (event_id, kind, target_id)
    ) WITHOUT ROWID;
    CREATE INDEX event_links_target ON event_links(target_id, kind);
    """,
    # 6: the span index gains a second dimension, the first day a source published a claim of the event
    # (graph.base.publication_days; OPEN_HIGH when none is dated), and keeps the last such day beside it:
    # an "as of" page is then one R*Tree range search, and only events whose last day is after the view
    # need their sources read.  An R*Tree cannot gain a column, so it is built again.
    f"""
    CREATE VIRTUAL TABLE event_span_6 USING rtree_i32(id, low, high, first_low, first_high, +last_day);
    INSERT INTO event_span_6(id, low, high, first_low, first_high, last_day)
    SELECT s.id, s.low, s.high, coalesce(pub.first, {OPEN_HIGH}), coalesce(pub.first, {OPEN_HIGH}), pub.last
    FROM event_span s LEFT JOIN (
        SELECT e.rowid AS id, CAST(julianday(min(src.published)) - {JULIAN_DAY_OF_ORDINAL_0} AS INTEGER) AS first,
               CASE WHEN count(src.published) = count(*) THEN max(src.published) END AS last
        FROM events e JOIN mentions m ON m.event_id = e.id LEFT JOIN sources src ON src.id = m.source_id
        GROUP BY e.rowid
    ) pub ON pub.id = s.id;
    DROP TABLE event_span;
    ALTER TABLE event_span_6 RENAME TO event_span;
    """,
)
LINK_KINDS = ("disputes", "confirms")


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def _publication_cells(first: dt.date | None, last: dt.date | None) -> tuple[int, int, str | None]:
    """An event's publication days as its span row keeps them (migration 6): no first day never matches."""
    first_day = first.toordinal() if first else OPEN_HIGH
    return first_day, first_day, _iso(last)


def _mention_cells(mention: Mention) -> list[Any]:
    """A mention's stored columns, in ``mentions`` table order after ``event_id``."""
    return [
        mention.source_id,
        mention.quote,
        mention.start,
        mention.end,
        _iso(mention.claimed_earliest),
        _iso(mention.claimed_latest),
        mention.claimed_precision,
    ]


def _event_body(event: Event) -> str:
    """The event's children as stored in ``events.body`` (see migration 3)."""
    return json.dumps(
        {
            "p": [[p.actor_id, p.role] for p in dict.fromkeys(event.participants)],
            "l": list(dict.fromkeys(event.place_ids)),
            "m": [_mention_cells(m) for m in event.mentions],
            **({"d": list(event.disputes)} if event.disputes else {}),
            **({"c": list(event.confirms)} if event.confirms else {}),
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def lock_timeout(environ: Mapping[str, str] | None = None) -> float:
    """Seconds a writer waits for the write lock: ``TIMELINEKG_LOCK_TIMEOUT``, else 60."""
    return seconds_setting(LOCK_TIMEOUT_VARIABLE, DEFAULT_LOCK_TIMEOUT, environ, zero_allowed=True)


def _statements(script: str) -> Iterator[str]:
    """A migration script's statements one by one (``executescript`` would commit our transaction)."""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                yield pending
            pending = ""


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for offset in range(0, len(items), size):
        yield items[offset : offset + size]


def _marks(count: int) -> str:
    return ",".join("?" * count)


class SQLiteStore:
    """The embedded store. Open with :func:`open_sqlite_store` or ``SQLiteStore(path)``."""

    def __init__(self, path: str | Path, *, timeout: float | None = None) -> None:
        self.path = str(path)
        self.timeout = lock_timeout() if timeout is None else timeout
        self._build_event = EventBuilder()
        self._events_by_row: Memo[tuple[Any, ...], Event] = Memo(self._event_from_row)
        self._days, self._instants = self._build_event.days, self._build_event.instants
        try:
            # The timeout is SQLite's busy timeout: how long any statement waits for another
            # process's lock (a writer's BEGIN IMMEDIATE, switching a new file to WAL).
            self.connection = sqlite3.connect(
                self.path, timeout=self.timeout, isolation_level=None, check_same_thread=False
            )
            self._prepare_when_free()
        except sqlite3.DatabaseError as error:
            raise self._failure(f"cannot open store {self.path}", error) from None

    def _prepare_when_free(self) -> None:
        # SQLite may answer "locked" at once, without waiting, where waiting could deadlock (several
        # processes opening a new file together, one of them switching it to WAL): try again until
        # the lock timeout has passed, as a waiting statement would.
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                self._prepare()
                return
            except (StoreBusy, sqlite3.OperationalError) as error:
                if "locked" not in str(error) or time.monotonic() >= deadline:
                    raise
                time.sleep(0.05)

    def _prepare(self) -> None:
        self.connection.execute("PRAGMA journal_mode=WAL")
        self.connection.execute("PRAGMA synchronous=NORMAL")
        self.connection.execute("PRAGMA foreign_keys=OFF")
        # A million events need more than SQLite's 2 MB default page cache to insert into
        # their indexes without re-reading pages; this is a ceiling, not an allocation.
        self.connection.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        self.connection.execute("PRAGMA temp_store=MEMORY")
        # Bulk batches dirty tens of thousands of index pages each; checkpointing only every
        # ~100 MB of WAL copies a page rewritten by several batches back once, not once per
        # batch (measured: a third less wall time per 100k events at 1M).  The WAL file is
        # truncated back to 64 MB after each checkpoint.
        self.connection.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES}")
        # Reading through a memory map saves a system call and a copy per page; a one-week
        # `between` at 1M events reads a few thousand scattered pages (measured ~2x faster).
        self.connection.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        self.connection.execute(f"PRAGMA journal_size_limit={64 * 1024 * 1024}")
        self._migrate()

    def _failure(self, what: str, error: sqlite3.Error) -> StoreError:
        """One line for a SQLite error; a lock we waited for in vain says so, and how to wait longer."""
        if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
            return StoreBusy(
                f"{what}: another process is writing to it and did not finish within {self.timeout:g} s "
                f"(set {LOCK_TIMEOUT_VARIABLE} to wait longer)"
            )
        if "not a database" in str(error) or "malformed" in str(error):
            return StoreError(f"{what}: the file is not a timelinekg store or is damaged ({error})")
        return StoreError(f"{what}: {error}")

    @contextmanager
    def _write_lock(self, what: str) -> Iterator[None]:
        """One transaction holding SQLite's write lock from its first read to its commit."""
        db = self.connection
        try:
            db.execute("BEGIN IMMEDIATE")  # the write lock now, so that what we read stays true until COMMIT
        except sqlite3.Error as error:
            raise self._failure(what, error) from None
        try:
            yield
            db.execute("COMMIT")
        except BaseException as error:
            if db.in_transaction:
                db.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise self._failure(what, error) from None
            raise

    # -- schema -------------------------------------------------------------------------------------------
    def _version(self) -> int:
        return int(self.connection.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        if self._version() == len(MIGRATIONS):
            return
        # Under the write lock, and the version read again under it: of several processes opening a
        # new file at once, one creates the schema and the others find it done.
        with self._write_lock(f"cannot open store {self.path}"):
            version = self._version()
            if version > len(MIGRATIONS):
                raise StoreError(f"{self.path} has schema version {version}; this timelinekg knows {len(MIGRATIONS)}")
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                for statement in _statements(script):
                    self.connection.execute(statement)
                self.connection.execute(f"PRAGMA user_version={number}")

    @property
    def schema_version(self) -> int:
        return int(self.connection.execute("PRAGMA user_version").fetchone()[0])

    # -- writes -------------------------------------------------------------------------------------------
    def write(self, facts: Facts) -> None:
        self.update(lambda _: facts)

    def update(self, decide: Callable[[StoreReader], Facts]) -> None:
        with self._write_lock(f"write to {self.path} failed, nothing was stored"):
            facts = decide(self)
            check_facts(facts)
            self._delete_events(facts.retired_event_ids)
            self._write_sources(facts.sources, facts.recorded_at)
            self._write_actors(facts.actors)
            self._write_places(facts.places)
            self._write_events(facts.events, facts.recorded_at, {s.id: s.published for s in facts.sources})

    def delete_events(self, ids: Collection[str]) -> None:
        """Remove these events with their participations, places, mentions and their own links, in one
        transaction; links other events hold to them stay (as links to an event not stored)."""
        if ids:
            self.update(lambda _: Facts(retired_event_ids=list(ids)))

    def _delete_events(self, ids: Collection[str]) -> None:
        db = self.connection
        for chunk in _chunks(sorted(set(ids))):
            marks = _marks(len(chunk))
            db.execute(f"DELETE FROM event_span WHERE id IN (SELECT rowid FROM events WHERE id IN ({marks}))", chunk)
            for table in ("participations", "event_places", "mentions", "event_links"):
                db.execute(f"DELETE FROM {table} WHERE event_id IN ({marks})", chunk)
            db.execute(f"DELETE FROM events WHERE id IN ({marks})", chunk)

    def _write_sources(self, sources: Iterable[Source], recorded_at: dt.datetime | None = None) -> None:
        now = (recorded_at or dt.datetime.now(dt.UTC)).isoformat()  # formatted once: batches hold 100k sources
        self.connection.executemany(
            "INSERT INTO sources(id, title, url, publisher, published, recorded_at) VALUES (?,?,?,?,?,?) "
            "ON CONFLICT(id) DO UPDATE SET title=excluded.title, url=excluded.url, "
            "publisher=excluded.publisher, published=excluded.published",
            [(s.id, s.title, s.url, s.publisher, _iso(s.published), _iso(s.recorded_at) or now) for s in sources],
        )
        # A stored event that cites a source written now may have had its publication days changed.
        cited: list[str] = []
        for chunk in _chunks([s.id for s in sources]):
            cited.extend(
                r[0]
                for r in self.connection.execute(
                    f"SELECT DISTINCT event_id FROM mentions WHERE source_id IN ({_marks(len(chunk))})", chunk
                )
            )
        self._settle_publication(cited)

    def _settle_publication(self, event_ids: Sequence[str]) -> None:
        """Work out these stored events' publication days again from their mentions' sources (migration 6)."""
        db = self.connection
        for chunk in _chunks(sorted(set(event_ids))):
            found = db.execute(
                "SELECT e.rowid, min(src.published), "
                "CASE WHEN count(src.published) = count(*) THEN max(src.published) END FROM events e "
                "JOIN mentions m ON m.event_id = e.id LEFT JOIN sources src ON src.id = m.source_id "
                f"WHERE e.id IN ({_marks(len(chunk))}) GROUP BY e.rowid",
                chunk,
            ).fetchall()
            db.executemany(
                "UPDATE event_span SET first_low=?, first_high=?, last_day=? WHERE id=?",
                [(*_publication_cells(self._days[first], self._days[last]), rowid) for rowid, first, last in found],
            )

    def _write_actors(self, actors: Sequence[Actor]) -> None:
        db = self.connection
        rows = [
            (
                a.id,
                a.name,
                a.kind,
                json.dumps(
                    {"aliases": list(a.aliases), "external_ids": a.external_ids, "attributes": a.attributes},
                    default=str,
                ),
            )
            for a in actors
        ]
        db.executemany(
            "INSERT INTO actors(id, name, kind, data) VALUES (?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
            "name=excluded.name, kind=excluded.kind, data=excluded.data",
            rows,
        )
        db.executemany("DELETE FROM actor_names WHERE actor_id=?", [(a.id,) for a in actors])
        db.executemany(
            "INSERT OR IGNORE INTO actor_names(name_key, actor_id) VALUES (?,?)",
            [(name_key(n), a.id) for a in actors for n in (a.name, *a.aliases)],
        )

    def _write_places(self, places: Sequence[Place]) -> None:
        db = self.connection
        db.executemany(
            "INSERT INTO places(id, name, kind, latitude, longitude, parent_id, data) VALUES (?,?,?,?,?,?,?) "
            "ON CONFLICT(id) DO UPDATE SET name=excluded.name, kind=excluded.kind, latitude=excluded.latitude, "
            "longitude=excluded.longitude, parent_id=excluded.parent_id, data=excluded.data",
            [
                (
                    p.id,
                    p.name,
                    p.kind,
                    p.latitude,
                    p.longitude,
                    p.parent_id,
                    json.dumps({"aliases": list(p.aliases), "external_ids": p.external_ids}),
                )
                for p in places
            ],
        )
        db.executemany("DELETE FROM place_names WHERE place_id=?", [(p.id,) for p in places])
        db.executemany(
            "INSERT OR IGNORE INTO place_names(name_key, place_id) VALUES (?,?)",
            [(name_key(n), p.id) for p in places for n in (p.name, *p.aliases)],
        )

    def _published_days(self, events: Sequence[Event], known: dict[str, dt.date | None]) -> dict[str, dt.date | None]:
        """The publication day of every source these events cite: ``known``'s, else the stored one."""
        found = dict(known)
        wanted = sorted({m.source_id for e in events for m in e.mentions} - found.keys())
        for chunk in _chunks(wanted):
            found.update(
                (source_id, self._days[published])
                for source_id, published in self.connection.execute(
                    f"SELECT id, published FROM sources WHERE id IN ({_marks(len(chunk))})", chunk
                )
            )
        return found

    def _write_events(
        self,
        events: Sequence[Event],
        recorded_at: dt.datetime | None = None,
        published: dict[str, dt.date | None] | None = None,
    ) -> None:
        if not events:
            return
        db = self.connection
        now = (recorded_at or dt.datetime.now(dt.UTC)).isoformat()
        existing: set[str] = set()
        for chunk in _chunks([e.id for e in events]):
            existing.update(
                r[0] for r in db.execute(f"SELECT id FROM events WHERE id IN ({_marks(len(chunk))})", chunk)
            )
        if existing:
            stale = [(event_id,) for event_id in existing]
            for table in ("participations", "event_places", "mentions", "event_links"):
                db.executemany(f"DELETE FROM {table} WHERE event_id=?", stale)
        rows = {
            e.id: (
                e.id,
                e.type,
                e.label,
                _iso(e.earliest),
                _iso(e.latest),
                e.precision,
                _iso(e.start),
                _iso(e.end),
                int(e.date_conflict),
                json.dumps(dict(e.attributes), default=str),
                _event_body(e),
                _iso(e.recorded_at) or now,
            )
            for e in events
        }
        spans = {e.id: day_span(e) for e in events}
        days = self._published_days(events, published or {})
        publication = {e.id: _publication_cells(*publication_days(e, days)) for e in events}
        if existing:
            db.executemany(
                "UPDATE events SET type=?, label=?, earliest=?, latest=?, precision=?, start_date=?, end_date=?, "
                "date_conflict=?, attributes=?, body=? WHERE id=?",
                [(*rows[event_id][1:11], event_id) for event_id in existing],
            )
            db.executemany(
                "INSERT OR REPLACE INTO event_span(id, low, high, first_low, first_high, last_day) "
                "SELECT rowid, ?, ?, ?, ?, ? FROM events WHERE id=?",
                [(*spans[event_id], *publication[event_id], event_id) for event_id in existing],
            )
        # New events get their rowids here, inside the write transaction, so that the R*Tree row
        # is written directly instead of looking each event up again by its text id.
        new_ids = [event_id for event_id in rows if event_id not in existing]
        if new_ids:
            next_rowid = db.execute("SELECT coalesce(max(rowid), 0) + 1 FROM events").fetchone()[0]
            db.executemany(
                "INSERT INTO events(rowid, id, type, label, earliest, latest, precision, start_date, end_date, "
                "date_conflict, attributes, body, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [(next_rowid + i, *rows[event_id]) for i, event_id in enumerate(new_ids)],
            )
            db.executemany(
                "INSERT INTO event_span(id, low, high, first_low, first_high, last_day) VALUES (?,?,?,?,?,?)",
                [(next_rowid + i, *spans[event_id], *publication[event_id]) for i, event_id in enumerate(new_ids)],
            )
        db.executemany(
            "INSERT INTO participations(event_id, actor_id, role, position) VALUES (?,?,?,?)",
            [(e.id, p.actor_id, p.role, i) for e in events for i, p in enumerate(dict.fromkeys(e.participants))],
        )
        db.executemany(
            "INSERT INTO event_places(event_id, place_id, position) VALUES (?,?,?)",
            [(e.id, place, i) for e in events for i, place in enumerate(dict.fromkeys(e.place_ids))],
        )
        db.executemany(
            "INSERT INTO mentions(event_id, source_id, quote, start, end, claimed_earliest, claimed_latest, "
            "claimed_precision, position) VALUES (?,?,?,?,?,?,?,?,?)",
            [(e.id, *_mention_cells(m), i) for e in events for i, m in enumerate(e.mentions)],
        )
        db.executemany(
            "INSERT OR IGNORE INTO event_links(event_id, kind, target_id, position) VALUES (?,?,?,?)",
            [
                (e.id, kind, target, i)
                for e in events
                for kind, targets in zip(LINK_KINDS, (e.disputes, e.confirms), strict=True)
                for i, target in enumerate(targets)
            ],
        )

    # -- reads --------------------------------------------------------------------------------------------
    def events(self, query: EventQuery) -> Iterator[Event]:
        # While articles are stored, each report is compared with its actors' stored events, so the same rows are
        # read query after query: an event is built once per row as read (events are immutable), while remembered.
        return map(self._events_by_row.__getitem__, self._event_table_rows(query))

    def _event_from_row(self, row: tuple[Any, ...]) -> Event:
        return self._build_event(self._event_row(row))

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        """The rows of a read, chunk by chunk as SQLite yields them; SQLite errors as one StoreError line."""
        try:
            cursor = self.connection.execute(sql, params)
            while chunk := cursor.fetchmany(CHUNK):
                yield from chunk
        except sqlite3.Error as error:
            raise self._failure(f"cannot read store {self.path}", error) from None

    def event_rows(self, query: EventQuery) -> Iterator[EventRow]:
        return map(self._event_row, self._event_table_rows(query))

    def _event_table_rows(self, query: EventQuery) -> Iterator[tuple[Any, ...]]:
        """The events' rows as SQLite gives them, chunk by chunk, so that reading every event (an export) holds
        one chunk in memory, not a million rows."""
        if query.ids is not None and len(query.ids) > CHUNK:
            # Stay under SQLite's bound-parameter limit; id lookups need no global order.
            for chunk in _chunks(sorted(set(query.ids))):
                yield from self._event_table_rows(replace(query, ids=chunk))
            return
        yield from self._rows(*self._event_sql(query, self._page_boundary(query)))

    def _event_row(self, row: tuple[Any, ...]) -> EventRow:
        # The columns are an EventRow's first eleven fields (attributes as JSON); the body the rest.
        children = _parse_body(row[11])[0]
        return EventRow._make(
            (
                *row[:8],
                bool(row[8]),
                self._build_event.attributes[row[9]],
                row[10],
                children["p"],
                children["l"],
                children["m"],
                children.get("d", ()),
                children.get("c", ()),
            )
        )

    @staticmethod
    def _span_clauses(
        query: EventQuery, reported: bool = False, bounds: DateBounds = SPAN_INDEX
    ) -> tuple[list[str], list[Any]]:
        """The constraints for the query's date range (none without one), on the R*Tree or on other ``bounds``;
        ``reported`` also keeps undated events whose report bounds them inside the range (this needs
        ``events e`` joined)."""
        if query.start is None and query.end is None:
            return [], []
        low, high = bounds.window(query.start, query.end)
        lower, upper = bounds.low, bounds.high
        params: list[Any]
        if query.within:
            clauses, params = [f"{lower} >= ? AND {upper} <= ?"], [low, high]
        else:
            clauses, params = [f"{lower} <= ? AND {upper} >= ?"], [high, low]
        if not query.include_open:
            if reported and not query.within:
                # "reported by D", D in the range (the overlap test above already has D >= start)
                clauses.append(f"(({lower} > ? AND {upper} < ?) OR ({lower} = ? AND {upper} <= ? AND e.precision = ?))")
                params += [bounds.open_low, bounds.open_high, bounds.open_low, high, REPORTED]
            else:
                clauses.append(f"{lower} > ? AND {upper} < ?")
                params += [bounds.open_low, bounds.open_high]
        return clauses, params

    def _page_boundary(self, query: EventQuery) -> tuple[int, int] | None:
        """For a first page of a date-only question: the (low, high) of its last event.

        Events sort by (earliest, latest, id), which is (low, high, id) in the R*Tree.
        Finding the page's last (low, high) from the R*Tree alone lets the main query
        read and sort only the events up to it, instead of every event in the range.
        """
        filtered = (
            query.ids,
            query.types,
            query.actor,
            query.actor_ids,
            query.place,
            query.source,
            query.linked_to,
        )
        if query.limit is None or query.limit < 1 or any(f is not None for f in filtered):
            return None
        clauses, params = self._span_clauses(query)
        if not clauses:
            return None
        if query.published_by is not None:
            clauses.append("s.first_low <= ?")
            params.append(query.published_by.toordinal())
        row = next(
            self._rows(
                f"SELECT s.low, s.high FROM event_span s WHERE {' AND '.join(clauses)} "
                "ORDER BY s.low, s.high LIMIT 1 OFFSET ?",
                [*params, query.limit - 1],
            ),
            None,
        )
        return (int(row[0]), int(row[1])) if row else None

    def _event_sql(self, query: EventQuery, boundary: tuple[int, int] | None = None) -> tuple[str, list[Any]]:
        # The page boundary counts dated events only; reported ones sort first (open lower bound), so
        # the LIMIT below still cuts the page at the right event.
        # An actor's events are few: SQLite reads them from the participations index and tests their own dates,
        # where a join with the R*Tree would first descend it for every one of them.  A page boundary is
        # found only for date-only questions, so it never meets an actor filter.
        bounds = EVENT_DATES if query.actor_ids is not None and boundary is None else SPAN_INDEX
        clauses, params = self._span_clauses(query, reported=True, bounds=bounds)
        joins = " JOIN event_span s ON s.id = e.rowid" if clauses and bounds is SPAN_INDEX else ""
        if boundary is not None:
            clauses.append("s.low <= ? AND (s.low < ? OR s.high <= ?)")
            params += [boundary[0], boundary[0], boundary[1]]
        if query.ids is not None:
            ids = list(query.ids)
            clauses.append(f"e.id IN ({_marks(len(ids))})")
            params += ids
        if query.unified_from is not None:
            # a lookup by a folded node's old id (a miss by id first), so a scan of the attributes is fine
            aliases = list(query.unified_from)
            clauses.append(
                f"EXISTS (SELECT 1 FROM json_each(e.attributes, '$.{UNIFIED_IDS}') "
                f"WHERE value IN ({_marks(len(aliases))}))"
            )
            params += aliases
        if query.types is not None:
            types = list(query.types)
            clauses.append(f"e.type IN ({_marks(len(types))})")
            params += types
        if query.actor is not None:
            clauses.append(
                "e.id IN (SELECT p.event_id FROM participations p JOIN actor_names n ON n.actor_id = p.actor_id "
                "WHERE n.name_key = ?)"
            )
            params.append(name_key(query.actor))
        if query.actor_ids is not None:
            actor_ids = list(query.actor_ids)
            clauses.append(
                f"e.id IN (SELECT event_id FROM participations WHERE actor_id IN ({_marks(len(actor_ids))}))"
            )
            params += actor_ids
        if query.place is not None:
            # the named place and every place inside it: "Russia" finds events in Moscow
            clauses.append(
                "e.id IN (WITH RECURSIVE inside(id) AS (SELECT place_id FROM place_names WHERE name_key = ? "
                "UNION SELECT p.id FROM places p JOIN inside ON p.parent_id = inside.id) "
                "SELECT ep.event_id FROM event_places ep JOIN inside ON ep.place_id = inside.id)"
            )
            params.append(name_key(query.place))
        if query.source is not None:
            clauses.append(
                "e.id IN (SELECT m.event_id FROM mentions m JOIN sources src ON src.id = m.source_id "
                "WHERE src.id = ? OR src.url = ?)"
            )
            params += [query.source, query.source]
        if query.published_by is not None:
            # the span index's second dimension: one range search with the dates
            joins = " JOIN event_span s ON s.id = e.rowid"
            clauses.append("s.first_low <= ?")
            params.append(query.published_by.toordinal())
        if query.linked_to is not None:
            targets = list(query.linked_to)
            clauses.append(f"e.id IN (SELECT event_id FROM event_links WHERE target_id IN ({_marks(len(targets))}))")
            params += targets
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        # Open lower bounds sort first: they may be older than anything dated.
        sql = (
            "SELECT e.id, e.type, e.label, e.earliest, e.latest, e.precision, e.start_date, e.end_date, "
            f"e.date_conflict, e.attributes, e.recorded_at, e.body FROM events e{joins}{where} "
            "ORDER BY e.earliest IS NOT NULL, e.earliest, e.latest IS NULL, e.latest, e.id"
        )
        if query.limit is not None:
            sql += " LIMIT ?"
            params.append(query.limit)
        return sql, params

    def last_published(self, ids: Collection[str]) -> dict[str, dt.date | None]:
        found: dict[str, dt.date | None] = {}
        for chunk in _chunks(sorted(set(ids))):
            found.update(
                (event_id, self._days[last])
                for event_id, last in self._rows(
                    "SELECT e.id, s.last_day FROM events e JOIN event_span s ON s.id = e.rowid "
                    f"WHERE e.id IN ({_marks(len(chunk))})",
                    list(chunk),
                )
            )
        return found

    def _select(self, table: str, columns: str, ids: Collection[str] | None) -> Iterator[tuple[Any, ...]]:
        if ids is None:
            yield from self._rows(f"SELECT {columns} FROM {table} ORDER BY id")
            return
        for chunk in _chunks(sorted(set(ids))):
            yield from self._rows(
                f"SELECT {columns} FROM {table} WHERE id IN ({_marks(len(chunk))}) ORDER BY id", list(chunk)
            )

    def actors(self, ids: Collection[str] | None = None) -> Iterator[Actor]:
        def build(row: tuple[Any, ...]) -> Actor:
            data = json.loads(row[3])
            return Actor(
                id=row[0],
                name=row[1],
                kind=row[2],
                aliases=tuple(data["aliases"]),
                external_ids=tuple(tuple(x) for x in data["external_ids"]),
                attributes=tuple(tuple(x) for x in data["attributes"]),
            )

        return map(build, self._select("actors", "id, name, kind, data", ids))

    def places(self, ids: Collection[str] | None = None) -> Iterator[Place]:
        def build(row: tuple[Any, ...]) -> Place:
            data = json.loads(row[6])
            return Place(
                id=row[0],
                name=row[1],
                kind=row[2],
                latitude=row[3],
                longitude=row[4],
                parent_id=row[5],
                external_ids=tuple(tuple(x) for x in data["external_ids"]),
                aliases=tuple(data["aliases"]),
            )

        return map(build, self._select("places", "id, name, kind, latitude, longitude, parent_id, data", ids))

    def source_rows(self, ids: Collection[str] | None = None) -> Iterator[SourceRow]:
        return self._select("sources", "id, title, url, publisher, published, recorded_at", ids)

    def sources(self, ids: Collection[str] | None = None) -> Iterator[Source]:
        def build(row: SourceRow) -> Source:
            source_id, title, url, publisher, published, recorded = row
            return restore(
                Source,
                {
                    "id": source_id,
                    "title": title,
                    "url": url,
                    "publisher": publisher,
                    "published": self._days[published],
                    "recorded_at": self._instants[recorded],
                },
            )

        return map(build, self.source_rows(ids))

    def counts(self) -> dict[str, int]:
        tables = {
            "events": "events",
            "actors": "actors",
            "places": "places",
            "sources": "sources",
            "mentions": "mentions",
        }
        return {name: next(self._rows(f"SELECT count(*) FROM {table}"))[0] for name, table in tables.items()}

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_sqlite_store(location: str) -> SQLiteStore:
    return SQLiteStore(location)
