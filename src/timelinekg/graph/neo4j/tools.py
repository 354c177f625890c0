"""What the Neo4j CLI commands do, kept out of cli.py: Cypher from the command line, the
Browser style sheet, and copying a store into Neo4j.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from typing import Any

import neo4j
from neo4j import exceptions as neo4j_errors
from neo4j.graph import Node, Path, Relationship

from timelinekg.errors import StoreError, ValidationError
from timelinekg.graph.base import STORE_FACTORIES, EventQuery, Store
from timelinekg.graph.neo4j.store import Neo4jStore
from timelinekg.schema.model import Facts

NEO4J_SCHEMES = frozenset(scheme for scheme, factory in STORE_FACTORIES.items() if "neo4j_store" in factory)

# Clauses that write.  The READ access mode of the session is the real guard (it also
# stops write procedures); this list only lets us say why before the server does.
WRITE_CLAUSES = re.compile(
    r"\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|FOREACH|LOAD\s+CSV|ALTER|GRANT|DENY|REVOKE)\b", re.IGNORECASE
)
# String literals, quoted names and comments, which may mention those words harmlessly.
_NOT_CODE = re.compile(r"'(?:\\.|[^'\\])*'|\"(?:\\.|[^\"\\])*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.DOTALL)


def is_neo4j_location(location: str) -> bool:
    return "://" in location and location.split("://", 1)[0].lower() in NEO4J_SCHEMES


def require_neo4j(location: str, command: str) -> None:
    if not is_neo4j_location(location):
        raise StoreError(
            f"`timelinekg {command}` needs a Neo4j store, and {location!r} is not one: "
            "pass --store neo4j://HOST:7687 (or set TIMELINEKG_STORE)"
        )


def write_clause(query: str) -> str | None:
    """The first clause in ``query`` that writes, ignoring strings, quoted names and comments."""
    found = WRITE_CLAUSES.search(_NOT_CODE.sub(" ", query))
    return " ".join(found.group(1).upper().split()) if found else None


def parse_parameters(pairs: Iterable[str]) -> dict[str, Any]:
    """``name=value`` pairs; a value that parses as JSON is that JSON (numbers, lists), else a string."""
    parameters: dict[str, Any] = {}
    for pair in pairs:
        name, sep, text = pair.partition("=")
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise ValidationError(f"--param {pair!r}: expected NAME=VALUE with NAME a Cypher parameter name")
        try:
            parameters[name] = json.loads(text)
        except ValueError:
            parameters[name] = text
    return parameters


def plain(value: Any) -> Any:
    """A query result value as JSON-ready data: nodes and relationships become maps of their properties."""
    if isinstance(value, Node):
        return {"_labels": sorted(value.labels), **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"_type": value.type, **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return [plain(n) for n in value.nodes]
    # Points are tuples, so they go before lists.
    if isinstance(value, neo4j.spatial.WGS84Point):
        return {"longitude": value.longitude, "latitude": value.latitude}
    if isinstance(value, neo4j.spatial.Point):
        return {"x": value[0], "y": value[1]}
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if isinstance(value, dt.date | dt.datetime | dt.time | dt.timedelta):
        return str(value)
    return value


def run_cypher(
    store: Neo4jStore, query: str, parameters: dict[str, Any], *, write: bool = False
) -> tuple[list[str], list[dict[str, Any]]]:
    """Run ``query`` in a READ transaction (a WRITE one when ``write``); (columns, rows as plain data)."""
    clause = write_clause(query)
    if clause and not write:
        raise StoreError(f"refused: the query writes ({clause}); add --write if you mean it")

    def work(tx: neo4j.ManagedTransaction) -> tuple[list[str], list[dict[str, Any]]]:
        result = tx.run(query, parameters)
        keys = list(result.keys())
        rows = [dict(zip(keys, map(plain, record.values()), strict=True)) for record in result]
        return keys, rows

    with store.errors("the query"):
        try:
            with store.session(write=write) as session:
                return session.execute_write(work) if write else session.execute_read(work)
        except neo4j_errors.ClientError as error:
            if error.code == "Neo.ClientError.Statement.AccessMode":
                raise StoreError("refused: the query writes (a write procedure?); add --write if you mean it") from None
            raise


def cell(value: Any) -> Any:
    """How a value sits in a table or CSV cell: scalars as they are, structures as JSON."""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, default=str)
    return "" if value is None else value


def grass_stylesheet() -> str:
    """The Neo4j Browser style sheet shipped with the package (``:style``, then drop the file)."""
    return resources.files("timelinekg.graph.neo4j").joinpath("timelinekg.grass").read_text(encoding="utf-8")


def _batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def push(
    source: Store, target: Store, batch_size: int = 5_000, progress: Callable[[int], None] | None = None
) -> dict[str, int]:
    """Copy every source, actor, place and event of ``source`` into ``target``, a batch per transaction.

    Writes replace by id, so pushing again updates instead of duplicating.  Returns ``target.counts()``.
    """
    for sources in _batched(source.sources(), batch_size):
        target.write(Facts(sources=sources))
    for actors in _batched(source.actors(), batch_size):
        target.write(Facts(actors=actors))
    for places in _batched(source.places(), batch_size):
        target.write(Facts(places=places))
    for events in _batched(source.events(EventQuery()), batch_size):
        target.write(Facts(events=events))
        if progress is not None:
            progress(len(events))
    return target.counts()
