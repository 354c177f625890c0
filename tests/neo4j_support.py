"""Connecting tests to a Neo4j server made for them, and never to any other.

``NEO4J_URI`` names the server: ``bash scripts/test`` starts the tests' own one and exports it.  There
is no default: without it, a test that needs Neo4j fails with one line saying how to get a server.
``NEO4J_USERNAME``, ``NEO4J_PASSWORD`` (default: the dev server's) and ``NEO4J_DATABASE`` as for the
store.  Every store handed out starts from an empty database with the schema applied, and the database
is emptied only when it holds the marker node that a test server's set-up creates
(``python -m tests.neo4j_support mark``, run by scripts/test.d/10-neo4j.sh on an empty database):
a developer's database never has it, so pointing NEO4J_URI at one is refused, not wiped.

Tests that need a server of their own (killing it, bulk import) start one with :class:`DedicatedServer`.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from timelinekg.graph.neo4j import cypher
from timelinekg.graph.neo4j.store import DEV_PASSWORD, Connection, Neo4jStore, build_driver

NEO4J_DEV = Path(__file__).resolve().parents[1] / "scripts" / "neo4j-dev"
TEST_MARKER_LABEL = "TimelineKGTestDatabase"
NO_SERVER = (
    "Neo4j tests need NEO4J_URI: run `bash scripts/test`, which starts a test server of its own; or start one "
    "(TIMELINEKG_NEO4J_RUN=<folder> NEO4J_BOLT_PORT=<port> NEO4J_HTTP_PORT=<port> scripts/neo4j-dev start), "
    "mark it with `python -m tests.neo4j_support mark` and export NEO4J_URI; or deselect them: -m 'not neo4j'"
)
# Test-only Cypher (the product's is in graph/neo4j/cypher.py): the marker, and emptying all but it.
COUNT_MARKERS = f"MATCH (m:{TEST_MARKER_LABEL}) RETURN count(m) AS markers"
# The store's own bookkeeping nodes (the writers' lock) are nobody's data.
COUNT_NODES = "MATCH (n) WHERE none(label IN labels(n) WHERE label IN $internal) RETURN count(n) AS nodes"
CREATE_MARKER = f"CREATE (:{TEST_MARKER_LABEL} {{created_by: 'tests/neo4j_support.py mark'}})"
DELETE_ALL_BUT_THE_MARKER = (
    f"MATCH (n) WHERE NOT n:{TEST_MARKER_LABEL} CALL (n) {{ DETACH DELETE n }} IN TRANSACTIONS OF 10000 ROWS"
)

_schema_applied = False


class NoTestServer(Exception):
    """No Neo4j was named for the tests."""


class NotATestDatabase(Exception):
    """The named database lacks the test marker, so the tests will not empty it."""


def neo4j_uri() -> str:
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        raise NoTestServer(NO_SERVER)
    return uri


def neo4j_store(*, apply_schema_on_write: bool = True) -> Neo4jStore:
    """A store on the test server, contents as they are."""
    connection = Connection.from_url(neo4j_uri())
    store = Neo4jStore(
        build_driver(connection),
        connection.database,
        uri=connection.uri,
        apply_schema_on_write=apply_schema_on_write,
    )
    try:
        store.check()
    except Exception:
        store.close()
        raise
    return store


def is_test_database(store: Neo4jStore) -> bool:
    return int(store.read(COUNT_MARKERS)[0]["markers"]) > 0


def wipe(store: Neo4jStore) -> None:
    """Empty the database, keeping its marker; refused when the marker is missing."""
    if not is_test_database(store):
        raise NotATestDatabase(
            f"refusing to empty the Neo4j database at {store.uri}: it has no :{TEST_MARKER_LABEL} marker node, "
            "so it is not a test server's (scripts/test starts and marks one)"
        )
    # IN TRANSACTIONS needs an auto-commit transaction; batches keep big graphs from one huge transaction.
    with store.errors("emptying the test database"), store.session(write=True) as session:
        session.run(DELETE_ALL_BUT_THE_MARKER).consume()


def empty_neo4j_store() -> Neo4jStore:
    global _schema_applied
    # The schema survives wiping the data, so it is applied once per test run.
    store = neo4j_store(apply_schema_on_write=False)
    try:
        wipe(store)
    except Exception:
        store.close()
        raise
    if not _schema_applied:
        store.run_schema()
        _schema_applied = True
    return store


def mark() -> str:
    """Mark the NEO4J_URI database as the tests' own: only an empty (or already marked) one."""
    store = neo4j_store(apply_schema_on_write=False)
    try:
        if is_test_database(store):
            return f"{store.uri} is already marked as a test database"
        nodes = int(store.read(COUNT_NODES, {"internal": sorted(cypher.INTERNAL_LABELS)})[0]["nodes"])
        if nodes:
            raise NotATestDatabase(
                f"not marking {store.uri} as a test database: it holds {nodes} nodes and no marker, so it may be "
                "someone's data; give the tests a server of their own (or, if it is the tests' old server, "
                "empty it with `scripts/neo4j-dev reset` under the same TIMELINEKG_NEO4J_RUN)"
            )
        with store.session(write=True) as session:
            session.run(CREATE_MARKER).consume()
        return f"marked {store.uri} as a test database"
    finally:
        store.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class DedicatedServer:
    """A Neo4j of a test's own (own ports and data folder), so what it does there disturbs nobody."""

    def __init__(self, run_dir: Path, heap: str = "1g") -> None:
        self.bolt, self.http = free_port(), free_port()
        self.env = {
            **os.environ,
            "TIMELINEKG_NEO4J_RUN": str(run_dir),
            "NEO4J_BOLT_PORT": str(self.bolt),
            "NEO4J_HTTP_PORT": str(self.http),
            "NEO4J_HEAP": heap,
            "NEO4J_HEAP_INITIAL": "512m",
            "NEO4J_PAGECACHE": "256m",
            "NEO4J_PASSWORD": DEV_PASSWORD,
        }
        self.uri = f"bolt://127.0.0.1:{self.bolt}"

    def dev(self, *args: str, timeout: float = 240) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["bash", str(NEO4J_DEV), *args], env=self.env, capture_output=True, text=True, timeout=timeout, check=False
        )

    def store(self) -> Neo4jStore:
        connection = Connection.from_url(self.uri, environ=self.env)
        store = Neo4jStore(build_driver(connection), connection.database, uri=connection.uri)
        store.check()
        return store


if __name__ == "__main__":
    if sys.argv[1:] != ["mark"]:
        sys.exit("usage: python -m tests.neo4j_support mark")
    try:
        print(mark())
    except (NoTestServer, NotATestDatabase) as error:
        sys.exit(f"error: {error}")
