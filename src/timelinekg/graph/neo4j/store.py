"""The Neo4j store: the store protocol over the official ``neo4j`` driver.

The driver is passed in (:class:`Neo4jStore`); :func:`open_neo4j_store` is the
registry factory that builds one from a URL and ``NEO4J_*`` variables.  All
Cypher comes from :mod:`timelinekg.graph.neo4j.cypher`; this module only decides
which statement runs with which rows, and turns driver errors into
:class:`~timelinekg.errors.TimelineKGError` lines that never carry a password.

Semantics mirror the embedded store exactly: replace-by-id writes in one
transaction per ``write``; events sorted by (earliest, latest, id) with open
bounds first; open bounds left out of dated answers unless ``include_open``.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import neo4j
from neo4j import exceptions as neo4j_errors

from timelinekg.errors import StoreError, StoreUnavailable, TimelineKGError
from timelinekg.graph.base import EventBuilder, EventQuery, EventRow
from timelinekg.graph.neo4j import cypher
from timelinekg.graph.neo4j.schema import apply_schema
from timelinekg.graph.sqlite import OPEN_HIGH, OPEN_LOW, day_span
from timelinekg.schema.identity import name_key
from timelinekg.schema.model import REPORTED, Actor, Event, Facts, Place, Source

DEFAULT_URI = "bolt://127.0.0.1:7687"
DEFAULT_USERNAME = "neo4j"
DEV_PASSWORD = "timelinekg-dev"  # the password scripts/neo4j-dev sets; documented, not a secret
DEFAULT_DATABASE = "neo4j"
ROWS_PER_STATEMENT = 10_000
START_HINT = "start the dev server with `scripts/neo4j-dev start`, or point --store/NEO4J_URI at yours"

# The driver logs a failed routing attempt itself; without a handler Python's last-resort handler
# would print it beside our one-line error. Applications that configure logging still see it.
logging.getLogger("neo4j").addHandler(logging.NullHandler())


def redact_uri(uri: str) -> str:
    """The URI without any user:password part, fit for messages."""
    parts = urlsplit(uri)
    if "@" not in parts.netloc:
        return uri
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


@dataclass(frozen=True)
class Connection:
    """Where and as whom to connect; ``password`` is never part of ``str()`` or ``repr()``."""

    uri: str
    username: str
    password: str
    database: str

    def __repr__(self) -> str:
        return f"Connection(uri={redact_uri(self.uri)!r}, username={self.username!r}, database={self.database!r})"

    __str__ = __repr__

    @classmethod
    def from_url(cls, url: str | None = None, environ: Mapping[str, str] | None = None) -> Connection:
        env = os.environ if environ is None else environ
        uri = url or env.get("NEO4J_URI") or DEFAULT_URI
        parts = urlsplit(uri)
        username = env.get("NEO4J_USERNAME") or DEFAULT_USERNAME
        password = env.get("NEO4J_PASSWORD") or DEV_PASSWORD
        if parts.username:  # neo4j://user:pw@host wins over the environment
            username, password = parts.username, parts.password or password
            uri = redact_uri(uri)
        database = env.get("NEO4J_DATABASE") or DEFAULT_DATABASE
        return cls(uri, username, password, database)


def translate(error: Exception, uri: str, action: str, secret: str = "") -> TimelineKGError:
    """One clear line for a driver error; the password, if it shows up anywhere, is masked."""
    where = redact_uri(uri) or "Neo4j"
    if isinstance(error, neo4j_errors.AuthError):
        message = (
            f"Neo4j at {where} rejected the credentials: check NEO4J_USERNAME and NEO4J_PASSWORD "
            "(the dev server's password is set by scripts/neo4j-dev)"
        )
        found: TimelineKGError = StoreError(message)
    elif isinstance(error, neo4j_errors.ServiceUnavailable | neo4j_errors.SessionExpired):
        found = StoreUnavailable(f"cannot reach Neo4j at {where}: {START_HINT}")
    elif isinstance(error, neo4j_errors.Neo4jError):
        text = (error.message or str(error)).strip()
        detail = text.splitlines()[0] if text else ""
        if error.code == "Neo.ClientError.Statement.AccessMode" or "in read access mode" in detail:
            found = StoreError(f"{action} refused: the query writes, and this session is read-only")
        else:
            found = StoreError(f"{action} failed on {where}: {detail} ({error.code})")
    else:
        found = StoreError(f"{action} failed on {where}: {error}")
    if len(secret) >= 3:  # masking a one-letter password would garble the message and hint at it
        found.args = tuple(str(a).replace(secret, "***") for a in found.args)
    return found


def _native(value: Any) -> Any:
    """neo4j.time values to the standard library's."""
    to_native = getattr(value, "to_native", None)
    return to_native() if to_native is not None else value


def _chunks(rows: Sequence[Any], size: int = ROWS_PER_STATEMENT) -> Iterator[Sequence[Any]]:
    for offset in range(0, len(rows), size):
        yield rows[offset : offset + size]


def _external_ids(pairs: Sequence[tuple[str, str]]) -> list[str]:
    # Browser-friendly "scheme:id" strings; a scheme never contains ":".
    return [f"{scheme}:{value}" for scheme, value in pairs]


def _parse_external_ids(values: Sequence[str] | None) -> tuple[tuple[str, str], ...]:
    return tuple((v.split(":", 1)[0], v.split(":", 1)[1]) for v in values or ())


# (statement, rows, parameter name) in the order one write runs them.
WritePlan = list[tuple[str, list[Any], str]]


def write_plan(facts: Facts) -> WritePlan:
    """Every statement and its rows for one ``write``; built once, so a retried transaction reuses it."""
    plan: WritePlan = []
    if facts.sources:
        rows: list[dict[str, Any]] = [
            {
                "id": s.id,
                "title": s.title,
                "url": s.url,
                "publisher": s.publisher,
                "published": s.published,
                "recorded_at": s.recorded_at,
            }
            for s in facts.sources
        ]
        plan.append((cypher.upsert_sources(), rows, "rows"))
    by_kind: dict[str | None, list[dict[str, Any]]] = {}
    for a in facts.actors:
        by_kind.setdefault(cypher.KIND_LABELS.get(a.kind), []).append(
            {
                "id": a.id,
                "name": a.name,
                "kind": a.kind,
                "aliases": list(a.aliases),
                "name_keys": sorted({name_key(n) for n in (a.name, *a.aliases)}),
                "external_ids": _external_ids(a.external_ids),
                "attributes": json.dumps([list(x) for x in a.attributes], default=str),
            }
        )
    for kind_label, rows in by_kind.items():
        plan.append((cypher.upsert_actors(kind_label), rows, "rows"))
    if facts.places:
        rows = [
            {
                "id": p.id,
                "name": p.name,
                "kind": p.kind,
                "latitude": p.latitude,
                "longitude": p.longitude,
                "aliases": list(p.aliases),
                "name_keys": sorted({name_key(n) for n in (p.name, *p.aliases)}),
                "external_ids": _external_ids(p.external_ids),
            }
            for p in facts.places
        ]
        plan.append((cypher.upsert_places(), rows, "rows"))
        plan.append((cypher.delete_place_parents(), [p.id for p in facts.places], "ids"))
        parents = [{"id": p.id, "parent_id": p.parent_id} for p in facts.places if p.parent_id]
        if parents:
            plan.append((cypher.link_place_parents(), parents, "rows"))
    if facts.events:
        events = list({e.id: e for e in facts.events}.values())  # the last report of an id wins, as in SQLite
        plan.append((cypher.delete_event_children(), [e.id for e in events], "ids"))
        plan.append((cypher.upsert_events(), [_event_row(e) for e in events], "rows"))
        participants = [
            {"event_id": e.id, "actor_id": p.actor_id, "role": p.role, "position": i}
            for e in events
            for i, p in enumerate(dict.fromkeys(e.participants))
        ]
        places = [
            {"event_id": e.id, "place_id": place_id, "position": i}
            for e in events
            for i, place_id in enumerate(dict.fromkeys(e.place_ids))
        ]
        mentions = [
            {
                "event_id": e.id,
                "source_id": m.source_id,
                "quote": m.quote,
                "start": m.start,
                "end": m.end,
                "claimed_earliest": m.claimed_earliest,
                "claimed_latest": m.claimed_latest,
                "claimed_precision": m.claimed_precision,
                "position": i,
            }
            for e in events
            for i, m in enumerate(e.mentions)
        ]
        children: list[tuple[str, list[dict[str, Any]]]] = [
            (cypher.link_participants(), participants),
            (cypher.link_places(), places),
            (cypher.link_mentions(), mentions),
        ]
        plan.extend((statement, child_rows, "rows") for statement, child_rows in children if child_rows)
    return plan


def _event_row(e: Event) -> dict[str, Any]:
    low, high = day_span(e)
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
        "low": low,
        "high": high,
        "recorded_at": e.recorded_at,
    }


def event_parameters(query: EventQuery) -> tuple[cypher.EventFilter, dict[str, Any]] | None:
    """The filter shape and parameters for ``query``; ``None`` when nothing can match."""
    params: dict[str, Any] = {}
    dated = query.start is not None or query.end is not None
    if dated:
        low = query.start.toordinal() if query.start else OPEN_LOW
        high = query.end.toordinal() if query.end else OPEN_HIGH
        # span = (x: earliest day, y: latest day); open bounds sit at OPEN_LOW / OPEN_HIGH.
        first, last = (OPEN_LOW, OPEN_HIGH) if query.include_open else (OPEN_LOW + 1, OPEN_HIGH - 1)
        if query.within:
            box = (max(low, first), min(high, last), max(low, first), min(high, last))
        else:
            box = (first, min(high, last), max(low, first), last)
        low_min, low_max, high_min, high_max = box
        if low_min > low_max or high_min > high_max:
            return None
        params.update(low_min=low_min, low_max=low_max, high_min=high_min, high_max=high_max)
        if not query.within:
            # Short events overlapping [low, high] start at most SHORT_SPAN_DAYS before it and end at
            # most that long after it (see graph.cypher).
            short = cypher.SHORT_SPAN_DAYS
            params.update(short_low_min=max(low_min, low - short), short_high_max=min(high_max, high + short))
            if not query.include_open:
                params.update(open_low=OPEN_LOW, reported_min=low, reported_max=min(high, last), reported=REPORTED)
    if query.ids is not None:
        params["ids"] = list(query.ids)
        if not params["ids"]:
            return None
    if query.types is not None:
        params["types"] = list(query.types)
    if query.actor is not None:
        params["actor_key"] = name_key(query.actor)
    if query.actor_ids is not None:
        params["actor_ids"] = list(query.actor_ids)
    if query.place is not None:
        params["place_key"] = name_key(query.place)
    if query.source is not None:
        params["source"] = query.source
    if query.limit is not None:
        params["limit"] = query.limit
    wanted = cypher.EventFilter(
        dated=dated,
        split_by_length=dated and not query.within,
        reported=dated and not query.within and not query.include_open,
        ids=query.ids is not None,
        types=query.types is not None,
        actor_key=query.actor is not None,
        actor_ids=query.actor_ids is not None,
        place_key=query.place is not None,
        source=query.source is not None,
        limit=query.limit is not None,
    )
    return wanted, params


def row_from_columns(
    build: EventBuilder, data: dict[str, Any], participants: list[Any], places: list[str], mentions: list[Any]
) -> EventRow:
    """The :data:`EventRow` of one answer of :data:`cypher.EVENT_PROJECTION` (temporals arrive as ISO strings)."""
    return (
        data["id"],
        data["type"],
        data["label"],
        data["earliest"],
        data["latest"],
        data["precision"],
        data["start"],
        data["end"],
        bool(data["date_conflict"]),
        build.attributes[data["attributes"] or "{}"],
        data["recorded_at"],
        participants,
        places,
        mentions,
    )


class Neo4jStore:
    """The store protocol on Neo4j.  ``driver`` is an open ``neo4j.Driver``; the store closes it."""

    def __init__(
        self,
        driver: neo4j.Driver,
        database: str = DEFAULT_DATABASE,
        *,
        uri: str = "",
        secret: str = "",
        apply_schema_on_write: bool = True,
    ) -> None:
        self.driver = driver
        self.database = database
        self.uri = redact_uri(uri)
        self._secret = secret
        self._schema_ready = not apply_schema_on_write
        self._build_event = EventBuilder()

    # -- plumbing -------------------------------------------------------------------------------------------
    @contextmanager
    def errors(self, action: str) -> Iterator[None]:
        """Driver errors raised inside become one-line TimelineKGErrors."""
        try:
            yield
        except TimelineKGError:
            raise
        except (neo4j_errors.Neo4jError, neo4j_errors.DriverError, OSError) as error:
            raise translate(error, self.uri, action, self._secret) from None

    def session(self, write: bool = False) -> neo4j.Session:
        mode = neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS
        return self.driver.session(database=self.database, default_access_mode=mode)

    def check(self) -> None:
        """Fail fast (and clearly) when the server is down or refuses the credentials."""
        with self.errors("connecting"):
            self.driver.verify_connectivity()
            with self.session() as session:
                session.run(cypher.ping()).consume()

    def read(self, statement: str, parameters: dict[str, Any] | None = None) -> list[Any]:
        """All records of a read query, in a managed READ transaction (retried on transient errors)."""

        def work(tx: neo4j.ManagedTransaction) -> list[Any]:
            return list(tx.run(statement, parameters or {}))

        with self.errors("reading from Neo4j"), self.session() as session:
            return session.execute_read(work)

    def stream(self, statement: str, parameters: dict[str, Any] | None = None) -> Iterator[Any]:
        """Records one by one, for answers too big to hold (a READ session, auto-commit)."""
        with self.errors("reading from Neo4j"), self.session() as session:
            yield from session.run(statement, parameters or {})

    def run_schema(self) -> list[str]:
        """Apply constraints and indexes idempotently; returns their names."""

        def run(statement: str, parameters: dict[str, object]) -> None:
            with self.session(write=True) as session:
                session.run(statement, parameters).consume()

        with self.errors("applying the Neo4j schema"):
            names = apply_schema(run)
        self._schema_ready = True
        return names

    # -- writes ---------------------------------------------------------------------------------------------
    def write(self, facts: Facts) -> None:
        if not len(facts):
            return
        if not self._schema_ready:
            self.run_schema()
        plan = write_plan(facts)
        now = dt.datetime.now(dt.UTC)

        def work(tx: neo4j.ManagedTransaction) -> None:
            for statement, rows, name in plan:
                for chunk in _chunks(rows):
                    parameters = {name: list(chunk), "now": now, "short_span_days": cypher.SHORT_SPAN_DAYS}
                    tx.run(statement, parameters).consume()

        with self.errors("write to Neo4j (nothing was stored)"), self.session(write=True) as session:
            session.execute_write(work)

    # -- reads ----------------------------------------------------------------------------------------------
    def events(self, query: EventQuery) -> Iterator[Event]:
        shape = event_parameters(query)
        if shape is None:
            return iter(())
        wanted, params = shape
        build = self._build_event
        if wanted.dated or wanted.ids or wanted.limit:
            [record] = self.read(cypher.select_events(wanted, collected=True), params)
            rows = (row_from_columns(build, *columns) for columns in record["events"])
        else:
            records = self.stream(cypher.select_events(wanted), params)
            rows = (row_from_columns(build, *r.values(*cypher.EVENT_COLUMNS)) for r in records)
        return map(build, rows)

    def _select(self, statement: Callable[[bool], str], ids: Collection[str] | None, key: str) -> list[Any]:
        if ids is not None and not ids:
            return []
        params = {"ids": sorted(set(ids))} if ids is not None else {}
        return [r[key] for r in self.read(statement(ids is not None), params)]

    def actors(self, ids: Collection[str] | None = None) -> Iterator[Actor]:
        for a in self._select(cypher.select_actors, ids, "actor"):
            yield Actor(
                id=a["id"],
                name=a["name"],
                kind=a["kind"],
                aliases=tuple(a.get("aliases") or ()),
                external_ids=_parse_external_ids(a.get("external_ids")),
                attributes=tuple(tuple(x) for x in json.loads(a.get("attributes") or "[]")),
            )

    def places(self, ids: Collection[str] | None = None) -> Iterator[Place]:
        if ids is not None and not ids:
            return
        params = {"ids": sorted(set(ids))} if ids is not None else {}
        for record in self.read(cypher.select_places(ids is not None), params):
            p = record["place"]
            yield Place(
                id=p["id"],
                name=p["name"],
                kind=p["kind"],
                latitude=p.get("latitude"),
                longitude=p.get("longitude"),
                parent_id=record["parent_id"],
                external_ids=_parse_external_ids(p.get("external_ids")),
                aliases=tuple(p.get("aliases") or ()),
            )

    def sources(self, ids: Collection[str] | None = None) -> Iterator[Source]:
        for s in self._select(cypher.select_sources, ids, "source"):
            yield Source(
                s["id"],
                s.get("title") or "",
                s.get("url") or "",
                s.get("publisher") or "",
                _native(s.get("published")),
                _native(s.get("recorded_at")),
            )

    def counts(self) -> dict[str, int]:
        record = self.read(cypher.count_everything())[0]
        return {name: int(record[name]) for name in ("events", "actors", "places", "sources", "mentions")}

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def build_driver(connection: Connection, **config: Any) -> neo4j.Driver:
    # Server notifications (deprecations, hints) would print through logging on every batch.
    settings: dict[str, Any] = {
        "connection_timeout": 5.0,
        "max_transaction_retry_time": 15.0,
        "notifications_min_severity": "OFF",
    }
    settings.update(config)
    try:
        return neo4j.GraphDatabase.driver(connection.uri, auth=(connection.username, connection.password), **settings)
    except (neo4j_errors.DriverError, ValueError) as error:
        raise translate(error, connection.uri, "opening Neo4j", connection.password) from None


def open_neo4j_store(url: str | None = None, *, check: bool = True) -> Neo4jStore:
    """The registry factory: ``neo4j://``, ``bolt://`` (and ``+s``/``+ssc``) URLs, with ``NEO4J_*`` settings."""
    connection = Connection.from_url(url)
    driver = build_driver(connection)
    store = Neo4jStore(driver, connection.database, uri=connection.uri, secret=connection.password)
    if check:
        try:
            store.check()
        except TimelineKGError:
            store.close()
            raise
    return store
