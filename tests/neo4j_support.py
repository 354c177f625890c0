"""Connecting tests to the Neo4j server that scripts/neo4j-dev starts.

``NEO4J_URI`` (default bolt://127.0.0.1:7687), ``NEO4J_USERNAME``, ``NEO4J_PASSWORD``
(default: the dev server's) and ``NEO4J_DATABASE`` choose the server.  Every store
handed out starts from an empty database with the schema applied.
"""

from __future__ import annotations

import os

from timelinekg.graph.neo4j import cypher
from timelinekg.graph.neo4j.store import DEFAULT_URI, Connection, Neo4jStore, build_driver

_schema_applied = False


def neo4j_uri() -> str:
    return os.environ.get("NEO4J_URI") or DEFAULT_URI


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


def wipe(store: Neo4jStore) -> None:
    # IN TRANSACTIONS needs an auto-commit transaction; batches keep big graphs from one huge transaction.
    with store.errors("emptying the test database"), store.session(write=True) as session:
        session.run(cypher.delete_everything_batched()).consume()


def empty_neo4j_store() -> Neo4jStore:
    global _schema_applied
    # The schema survives wiping the data, so it is applied once per test run.
    store = neo4j_store(apply_schema_on_write=False)
    wipe(store)
    if not _schema_applied:
        store.run_schema()
        _schema_applied = True
    return store
