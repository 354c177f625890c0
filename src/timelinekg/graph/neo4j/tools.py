"""What the Neo4j CLI commands do, kept out of cli.py: Cypher from the command line, the
Browser style sheet, and copying a store into Neo4j.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from importlib import resources
from typing import Any

import neo4j
from neo4j import exceptions as neo4j_errors
from neo4j.graph import Node, Path, Relationship

from timelinekg.batches import batched
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
_STRINGS_AND_COMMENTS = re.compile(r"'(?:\\.|[^'\\])*'|\"(?:\\.|[^\"\\])*\"|//[^\n]*|/\*.*?\*/", re.DOTALL)

# Without --write a query is run only when it is one of these (an allowlist: the READ session stops
# writes to the graph, but not administration such as TERMINATE TRANSACTIONS or clearing caches).
READ_CLAUSES = frozenset({"MATCH", "OPTIONAL", "WITH", "UNWIND", "RETURN", "CALL", "USE", "EXPLAIN", "PROFILE"})
# SHOW commands that only describe the schema and the server's procedures; SHOW TRANSACTIONS (other
# sessions' queries and parameters), SHOW USERS and the like are not among them.
READ_ONLY_SHOW = re.compile(
    r"SHOW\s+(?:(?:ALL|RANGE|POINT|TEXT|FULLTEXT|LOOKUP|VECTOR|UNIQUE|NODE|RELATIONSHIP|REL|KEY|EXIST|EXISTENCE"
    r"|PROPERTY|TYPE|BUILT\s+IN|USER\s+DEFINED)\s+)*(?:INDEX|INDEXES|CONSTRAINT|CONSTRAINTS|PROCEDURE|PROCEDURES"
    r"|FUNCTION|FUNCTIONS)\b",
    re.IGNORECASE,
)
READ_ONLY_PROCEDURES = frozenset(
    name.lower()
    for name in (
        "db.labels",
        "db.relationshipTypes",
        "db.propertyKeys",
        "db.schema.visualization",
        "db.schema.nodeTypeProperties",
        "db.schema.relTypeProperties",
        "db.index.fulltext.queryNodes",
        "db.index.fulltext.queryRelationships",
        "db.info",
        "db.ping",
        "dbms.components",
    )
)
# Administration that can follow a read (SHOW TRANSACTIONS ... TERMINATE TRANSACTIONS); the others
# (START, STOP, ALTER ...) can only start a query, and the first word is checked against READ_CLAUSES.
ADMINISTRATION = re.compile(
    r"\bTERMINATE\s+TRANSACTIONS?\b"
    r"|(?<![.\w$])SHOW\s+(?!(?:AS|AND|OR|XOR|IS|IN|STARTS|ENDS|CONTAINS)\b)[A-Za-z]",
    re.IGNORECASE,
)
_NAME = r"(?:`[^`]*`|[A-Za-z_][A-Za-z0-9_]*)"
_PROCEDURE_CALL = re.compile(rf"\bCALL\s+({_NAME}(?:\s*\.\s*{_NAME})*)\s*(\(|\b)", re.IGNORECASE)
_FIRST_WORD = re.compile(r"\s*(?:CYPHER(?:\s+[\w.=]+)*?\s+(?=[A-Za-z]))?([A-Za-z]+)")


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


def read_only_refusal(query: str) -> str | None:
    """Why ``query`` may not run without --write, or ``None`` when it is a read timelinekg allows."""
    clause = write_clause(query)
    if clause:
        return f"the query writes ({clause})"
    code = _STRINGS_AND_COMMENTS.sub(" ", query)
    for found in _PROCEDURE_CALL.finditer(code):
        name = "".join(found.group(1).replace("`", "").split())
        if name.lower() not in READ_ONLY_PROCEDURES:
            return f"CALL {name} is not one of the read-only procedures timelinekg allows"
    unquoted = _NOT_CODE.sub(" ", query)
    shows = list(READ_ONLY_SHOW.finditer(unquoted))
    without_allowed_shows = READ_ONLY_SHOW.sub(" ", unquoted)
    administration = ADMINISTRATION.search(without_allowed_shows)
    if administration:
        command = administration.group(0).upper().split()[0]
        if command == "SHOW":
            return "SHOW other than INDEXES, CONSTRAINTS, PROCEDURES or FUNCTIONS is administration"
        return f"{command} is an administration command"
    first = _FIRST_WORD.match(unquoted)
    word = first.group(1).upper() if first else ""
    if word not in READ_CLAUSES and not (word == "SHOW" and shows):
        return f"a query starting with {word or 'nothing'} is not a read query"
    return None


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
    refusal = None if write else read_only_refusal(query)
    if refusal:
        raise StoreError(f"refused: {refusal}; add --write if you mean it")

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


def push(
    source: Store, target: Store, batch_size: int = 5_000, progress: Callable[[int], None] | None = None
) -> dict[str, int]:
    """Copy every source, actor, place and event of ``source`` into ``target``, a batch per transaction.

    Writes replace by id, so pushing again updates instead of duplicating.  Returns ``target.counts()``.
    """
    for sources in batched(source.sources(), batch_size):
        target.write(Facts(sources=sources))
    for actors in batched(source.actors(), batch_size):
        target.write(Facts(actors=actors))
    for places in batched(source.places(), batch_size):
        target.write(Facts(places=places))
    for events in batched(source.events(EventQuery()), batch_size):
        target.write(Facts(events=events))
        if progress is not None:
            progress(len(events))
    return target.counts()
