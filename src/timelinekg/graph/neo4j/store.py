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
from timelinekg.graph.base import (
    OPEN_HIGH,
    OPEN_LOW,
    EventBuilder,
    EventQuery,
    EventRow,
    StoreReader,
    seconds_setting,
    window_span,
)
from timelinekg.graph.neo4j import cypher, properties
from timelinekg.graph.neo4j.schema import apply_schema
from timelinekg.schema.identity import name_key
from timelinekg.schema.model import REPORTED, Actor, Event, Facts, Place, Source
from timelinekg.schema.rules import check_facts

DEFAULT_URI = "bolt://127.0.0.1:7687"
DEFAULT_USERNAME = "neo4j"
DEV_PASSWORD = "timelinekg-dev"  # the password scripts/neo4j-dev sets; documented, not a secret
DEFAULT_DATABASE = "neo4j"
ROWS_PER_STATEMENT = 10_000
# Seconds to connect and hear the server's handshake: a stopped server or a port that accepts and
# never answers fails in this long instead of the driver's 60 s.
CONNECT_TIMEOUT_VARIABLE = "TIMELINEKG_CONNECT_TIMEOUT"
DEFAULT_CONNECT_TIMEOUT = 5.0
PASSWORD_FILE_VARIABLE = "NEO4J_PASSWORD_FILE"
SCHEMA_ALREADY_THERE = frozenset(
    {
        "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists",
        "Neo.ClientError.Schema.IndexWithNameAlreadyExists",
        "Neo.ClientError.Schema.ConstraintWithNameAlreadyExists",
        "Neo.ClientError.Schema.ConstraintAlreadyExists",
        "Neo.ClientError.Schema.IndexAlreadyExists",
    }
)
START_HINT = "start the dev server with `scripts/neo4j-dev start`, or point --store (or TIMELINEKG_STORE) at yours"

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
        try:
            parts.port  # noqa: B018 -- urllib checks the port only when asked
        except ValueError:
            port = parts.netloc.rsplit("@", 1)[-1].rpartition(":")[2]
            raise StoreError(f"bad Neo4j URL {redact_uri(uri)}: the port {port!r} is not a number 0-65535") from None
        username = env.get("NEO4J_USERNAME") or DEFAULT_USERNAME
        password = env.get("NEO4J_PASSWORD") or _password_from_file(env) or DEV_PASSWORD
        if parts.username:  # neo4j://user:pw@host wins over the environment
            username = parts.username
            if parts.password:
                _warn_password_in_url()
                password = parts.password
            uri = redact_uri(uri)
        database = env.get("NEO4J_DATABASE") or DEFAULT_DATABASE
        return cls(uri, username, password, database)


def _password_from_file(env: Mapping[str, str]) -> str | None:
    """The first line of the file ``NEO4J_PASSWORD_FILE`` names (a secret mounted as a file)."""
    path = env.get(PASSWORD_FILE_VARIABLE)
    if not path:
        return None
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.readline().rstrip("\r\n")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
        raise StoreError(f"cannot read the password file {PASSWORD_FILE_VARIABLE}={path}: {reason}") from None


_warned: set[str] = set()


def _warn_password_in_url() -> None:
    if "url" in _warned:
        return
    _warned.add("url")
    # Without a configured handler, logging prints this one line to stderr (its last-resort handler).
    logging.getLogger("timelinekg").warning(
        "warning: a password in the store URL is visible to every user of this machine (ps, shell history); "
        "set NEO4J_PASSWORD or NEO4J_PASSWORD_FILE instead"
    )


def connect_timeout(environ: Mapping[str, str] | None = None) -> float:
    """Seconds to wait for a Neo4j server's answer when connecting: ``TIMELINEKG_CONNECT_TIMEOUT``, else 5."""
    return seconds_setting(CONNECT_TIMEOUT_VARIABLE, DEFAULT_CONNECT_TIMEOUT, environ)


def _no_answer(error: Exception) -> bool:
    """A connection that opened but heard nothing back (a stopped server, something else on the port)."""
    text = str(error).lower()
    return "handshake" in text or "timed out" in text or "deadline" in text


def translate(error: Exception, uri: str, action: str, timeout: float | None = None) -> TimelineKGError:
    """One clear line for a driver error.  It never carries a credential: no message we write holds
    one, and nothing is masked (masking a password's letters in a message gives them away)."""
    where = redact_uri(uri) or "Neo4j"
    if isinstance(error, neo4j_errors.AuthError):
        message = (
            f"Neo4j at {where} rejected the credentials: check NEO4J_USERNAME and NEO4J_PASSWORD "
            "(the dev server's password is set by scripts/neo4j-dev)"
        )
        found: TimelineKGError = StoreError(message)
    elif isinstance(error, neo4j_errors.ServiceUnavailable | neo4j_errors.SessionExpired) and _no_answer(error):
        waited = f" within {timeout:g} s" if timeout is not None else ""
        found = StoreUnavailable(
            f"no answer from Neo4j at {where}{waited}: is the server stopped, or is something else on that port? "
            f"(set {CONNECT_TIMEOUT_VARIABLE} to wait longer)"
        )
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
    return found


def _native(value: Any) -> Any:
    """neo4j.time values to the standard library's."""
    to_native = getattr(value, "to_native", None)
    return to_native() if to_native is not None else value


def _chunks(rows: Sequence[Any], size: int = ROWS_PER_STATEMENT) -> Iterator[Sequence[Any]]:
    for offset in range(0, len(rows), size):
        yield rows[offset : offset + size]


def _parse_external_ids(values: Sequence[str] | None) -> tuple[tuple[str, str], ...]:
    return tuple((v.split(":", 1)[0], v.split(":", 1)[1]) for v in values or ())


# (statement, rows, parameter name) in the order one write runs them.
WritePlan = list[tuple[str, list[Any], str]]


@dataclass(frozen=True)
class StoredIds:
    """Which of a write's ids the database already holds, by label (bare nodes count: they are there).
    The others are created outright, with no MERGE lookup and nothing of theirs to find or delete."""

    events: Collection[str] = frozenset()
    sources: Collection[str] = frozenset()
    actors: Collection[str] = frozenset()
    places: Collection[str] = frozenset()


def _last_by_id(things: Sequence[Any]) -> list[Any]:
    """One of each id, the last given (as MERGE then SET row after row would leave it)."""
    return list({x.id: x for x in things}.values())


def write_plan(facts: Facts, stored: StoredIds | None = None) -> WritePlan:
    """Every statement and its rows for one ``write``.  ``stored`` says which ids the database already
    holds (``None``: any may be): only those are rewritten in place, the others are created outright."""

    def split(things: Sequence[Any], held: Collection[str]) -> tuple[list[Any], list[Any]]:
        unique = _last_by_id(things)
        if stored is None:
            return unique, []
        return [x for x in unique if x.id in held], [x for x in unique if x.id not in held]

    plan: WritePlan = []
    if facts.retired_event_ids:
        # folded into other events of this write, which may take over their reports: gone before those are linked
        plan.append((cypher.delete_events(), sorted(set(facts.retired_event_ids)), "ids"))
    stored_sources, new_sources = split(facts.sources, stored.sources if stored else ())
    if stored_sources:
        plan.append((cypher.upsert_sources(), [properties.source_properties(s) for s in stored_sources], "rows"))
        # before this write's events are linked, so that only events stored earlier are found; a new
        # source has no events yet
        plan.append((cypher.settle_publication_days(by_source=True), [s.id for s in stored_sources], "ids"))
    if new_sources:
        plan.append((cypher.upsert_sources(new=True), [properties.source_properties(s) for s in new_sources], "rows"))
    for is_new, some_actors in enumerate(split(facts.actors, stored.actors if stored else ())):
        by_kind: dict[str | None, list[dict[str, Any]]] = {}
        for a in some_actors:
            by_kind.setdefault(properties.actor_kind_label(a), []).append(properties.actor_properties(a))
        for kind_label, rows in by_kind.items():
            plan.append((cypher.upsert_actors(kind_label, new=bool(is_new)), rows, "rows"))
    stored_places, new_places = split(facts.places, stored.places if stored else ())
    if stored_places:
        plan.append((cypher.upsert_places(), [properties.place_properties(p) for p in stored_places], "rows"))
        plan.append((cypher.delete_place_parents(), [p.id for p in stored_places], "ids"))
    if new_places:
        plan.append((cypher.upsert_places(new=True), [properties.place_properties(p) for p in new_places], "rows"))
    parents = [{"id": p.id, "parent_id": p.parent_id} for p in (*stored_places, *new_places) if p.parent_id]
    if parents:
        plan.append((cypher.link_place_parents(), parents, "rows"))
    if facts.events:
        # the last report of an id wins, as in SQLite
        stored_events, new_events = split(facts.events, stored.events if stored else ())
        events = _last_by_id(facts.events)
        # publication days from this write's sources; events citing others are settled in the database below
        published = {s.id: s.published for s in facts.sources}
        if stored_events:
            plan.append((cypher.delete_event_children(), [e.id for e in stored_events], "ids"))
            rows = [properties.event_properties(e, published) for e in stored_events]
            plan.append((cypher.upsert_events(), rows, "rows"))
        if new_events:
            rows = [properties.event_properties(e, published) for e in new_events]
            plan.append((cypher.upsert_events(new=True), rows, "rows"))
        actors, places, sources = ({x.id for x in written} for written in (facts.actors, facts.places, facts.sources))
        participations = _split([row for e in events for row in properties.participations(e)], "actor_id", actors)
        locations = _split([row for e in events for row in properties.locations(e)], "place_id", places)
        mentions = _split([row for e in events for row in properties.reports(e)], "source_id", sources)
        children: list[tuple[str, list[dict[str, Any]]]] = [
            (cypher.link_participants(actors_written=True), participations[0]),
            (cypher.link_participants(), participations[1]),
            (cypher.link_places(places_written=True), locations[0]),
            (cypher.link_places(), locations[1]),
            (cypher.link_mentions(sources_written=True), mentions[0]),
            (cypher.link_mentions(), mentions[1]),
            (cypher.link_events(properties.DISPUTES), [row for e in events for row in properties.disputes(e)]),
            (cypher.link_events(properties.CONFIRMS), [row for e in events for row in properties.confirmations(e)]),
        ]
        plan.extend((statement, child_rows, "rows") for statement, child_rows in children if child_rows)
        unsettled = [e.id for e in events if any(m.source_id not in published for m in e.mentions)]
        if unsettled:
            plan.append((cypher.settle_publication_days(), unsettled, "ids"))
    return plan


def stored_ids(tx: neo4j.ManagedTransaction, facts: Facts) -> StoredIds:
    """Which of ``facts``' events, sources, actors and places the database holds, asked in one statement."""
    ids = {
        "events": sorted({x.id for x in facts.events}),
        "sources": sorted({x.id for x in facts.sources}),
        "actors": sorted({x.id for x in facts.actors}),
        "places": sorted({x.id for x in facts.places}),
    }
    found = tx.run(cypher.select_stored_ids(), ids).single(strict=True)
    return StoredIds(**{name: set(found[name]) for name in ids})


def _split(
    rows: list[dict[str, Any]], key: str, written: set[str]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows whose end node this write creates or updates (found with MATCH), and the others."""
    return [r for r in rows if r[key] in written], [r for r in rows if r[key] not in written]


def event_parameters(query: EventQuery) -> tuple[cypher.EventFilter, dict[str, Any]] | None:
    """The filter shape and parameters for ``query``; ``None`` when nothing can match."""
    params: dict[str, Any] = {}
    dated = query.start is not None or query.end is not None
    if dated:
        low, high = window_span(query.start, query.end)
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
            # most that long after it (see graph/neo4j/cypher.py).
            short = properties.SHORT_SPAN_DAYS
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
    if query.linked_to is not None:
        params["linked_to"] = list(query.linked_to)
    if query.published_by is not None:
        params["published_by"] = query.published_by
    if query.unified_from is not None:
        params["unified_from"] = list(query.unified_from)
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
        linked_to=query.linked_to is not None,
        published_by=query.published_by is not None,
        unified_from=query.unified_from is not None,
        limit=query.limit is not None,
    )
    return wanted, params


def row_from_columns(
    build: EventBuilder,
    data: dict[str, Any],
    participants: list[Any],
    places: list[str],
    mentions: list[Any],
    disputes: list[str],
    confirms: list[str],
) -> EventRow:
    """The :class:`EventRow` of one answer of :data:`cypher.EVENT_PROJECTION` (temporals arrive as ISO strings)."""
    return EventRow(
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
        disputes,
        confirms,
    )


class Neo4jReads:
    """The store protocol's reads, over whatever runs the statements: a session, or one transaction."""

    _build_event: EventBuilder

    def read(self, statement: str, parameters: dict[str, Any] | None = None) -> list[Any]:
        raise NotImplementedError

    def stream(self, statement: str, parameters: dict[str, Any] | None = None) -> Iterator[Any]:
        raise NotImplementedError

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

    def last_published(self, ids: Collection[str]) -> dict[str, dt.date | None]:
        if not ids:
            return {}
        days = self._build_event.days
        return {r["id"]: days[r["last"]] for r in self.read(cypher.select_last_published(), {"ids": list(ids)})}

    def counts(self) -> dict[str, int]:
        record = self.read(cypher.count_everything())[0]
        return {name: int(record[name]) for name in ("events", "actors", "places", "sources", "mentions")}


class TransactionReads(Neo4jReads):
    """The store as one write transaction sees it, for :meth:`Neo4jStore.update`'s ``decide``."""

    def __init__(self, tx: neo4j.ManagedTransaction, build_event: EventBuilder) -> None:
        self.tx = tx
        self._build_event = build_event

    def read(self, statement: str, parameters: dict[str, Any] | None = None) -> list[Any]:
        return list(self.tx.run(statement, parameters or {}))

    def stream(self, statement: str, parameters: dict[str, Any] | None = None) -> Iterator[Any]:
        yield from self.read(statement, parameters)


class Neo4jStore(Neo4jReads):
    """The store protocol on Neo4j.  ``driver`` is an open ``neo4j.Driver``; the store closes it."""

    def __init__(
        self,
        driver: neo4j.Driver,
        database: str = DEFAULT_DATABASE,
        *,
        uri: str = "",
        timeout: float | None = None,
        apply_schema_on_write: bool = True,
    ) -> None:
        self.driver = driver
        self.database = database
        self.uri = redact_uri(uri)
        self.timeout = timeout  # the driver's connection timeout, for messages
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
            raise translate(error, self.uri, action, self.timeout) from None

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

    def run_schema(self, *, settle: bool = True, await_seconds: int = 300, wait: bool = True) -> list[str]:
        """Apply constraints and indexes idempotently; returns their names (see ``schema.apply_schema``)."""

        def work(tx: neo4j.ManagedTransaction, statements: list[tuple[str, dict[str, object]]]) -> None:
            for statement, parameters in statements:
                tx.run(statement, parameters).consume()

        def run(statements: list[tuple[str, dict[str, object]]]) -> None:
            # Managed, so that a deadlock between loaders creating the schema at once is retried.  An
            # index another loader created between our IF NOT EXISTS and our CREATE fails the whole
            # transaction: then each statement runs alone, where that is no error.
            with self.session(write=True) as session:
                try:
                    session.execute_write(work, statements)
                except neo4j_errors.ClientError as error:
                    if error.code not in SCHEMA_ALREADY_THERE:
                        raise
                    if len(statements) > 1:
                        for one in statements:
                            run([one])

        with self.errors("applying the Neo4j schema"):
            names = apply_schema(run, await_seconds=await_seconds, settle=settle, wait=wait)
        self._schema_ready = True
        return names

    # -- writes ---------------------------------------------------------------------------------------------
    def write(self, facts: Facts) -> None:
        if len(facts):
            self.update(lambda _: facts)

    def update(self, decide: Callable[[StoreReader], Facts]) -> None:
        if not self._schema_ready:
            self.run_schema()

        def work(tx: neo4j.ManagedTransaction) -> None:
            # The lock first: every read below then sees what the loader before us committed, and no
            # other loader commits until we do.  A deadlock or lock timeout is a transient error:
            # the driver retries the whole function, decide included.
            tx.run(cypher.take_write_lock(), {"name": "load"}).consume()
            facts = decide(TransactionReads(tx, self._build_event))
            check_facts(facts)
            now = facts.recorded_at or dt.datetime.now(dt.UTC)
            for statement, rows, name in write_plan(facts, stored_ids(tx, facts)):
                for chunk in _chunks(rows):
                    parameters = {name: list(chunk), "now": now}
                    tx.run(statement, parameters).consume()

        with self.errors("write to Neo4j (nothing was stored)"), self.session(write=True) as session:
            session.execute_write(work)

    def delete_events(self, ids: Collection[str]) -> None:
        """Remove these events with every relationship they have, in one transaction."""
        if ids:
            self.update(lambda _: Facts(retired_event_ids=list(ids)))

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def build_driver(connection: Connection, **config: Any) -> neo4j.Driver:
    timeout = connect_timeout()
    # Server notifications (deprecations, hints) would print through logging on every batch.
    settings: dict[str, Any] = {
        "connection_timeout": timeout,
        # The acquisition deadline also bounds the Bolt handshake, which connection_timeout does not.
        "connection_acquisition_timeout": timeout,
        "max_transaction_retry_time": 15.0,
        "notifications_min_severity": "OFF",
    }
    settings.update(config)
    try:
        return neo4j.GraphDatabase.driver(connection.uri, auth=(connection.username, connection.password), **settings)
    except (neo4j_errors.DriverError, ValueError) as error:
        raise translate(error, connection.uri, "opening Neo4j") from None


def open_neo4j_store(url: str | None = None, *, check: bool = True) -> Neo4jStore:
    """The registry factory: ``neo4j://``, ``bolt://`` (and ``+s``/``+ssc``) URLs, with ``NEO4J_*`` settings."""
    connection = Connection.from_url(url)
    driver = build_driver(connection)
    store = Neo4jStore(driver, connection.database, uri=connection.uri, timeout=connect_timeout())
    if check:
        try:
            store.check()
        except TimelineKGError:
            store.close()
            raise
    return store
