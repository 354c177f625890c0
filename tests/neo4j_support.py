"""Connecting tests to the Neo4j server that scripts/neo4j-dev starts (filled in by the Neo4j store work)."""

from __future__ import annotations

from timelinekg.graph.store import Store


def empty_neo4j_store() -> Store:
    raise RuntimeError("the Neo4j store is not implemented yet")
