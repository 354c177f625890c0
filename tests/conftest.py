"""Shared fixtures. ``store`` is parametrised over every store, so one behaviour suite covers them all."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from timelinekg.graph.base import Store

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_DIR = REPO / "examples" / "seed"
SEED_FACTS = SEED_DIR / "trump-putin-call.yaml"

# name -> factory(tmp_path) returning an empty store; Neo4j joins when its server is configured.
STORE_KINDS = ["sqlite", "neo4j"]


def _sqlite_store(tmp_path: Path) -> Store:
    from timelinekg.graph.sqlite import SQLiteStore

    return SQLiteStore(tmp_path / "test.db")


def _neo4j_store(tmp_path: Path) -> Store:
    from tests.neo4j_support import empty_neo4j_store

    return empty_neo4j_store()


def neo4j_required() -> bool:
    """In CI a missing Neo4j is a failure, not a skip."""
    return os.environ.get("CI") == "true" or os.environ.get("TIMELINEKG_REQUIRE_NEO4J") == "1"


@pytest.fixture(params=STORE_KINDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "neo4j":
        request.applymarker(pytest.mark.neo4j)
        try:
            opened = _neo4j_store(tmp_path)
        except Exception as error:
            if neo4j_required():
                pytest.fail(f"Neo4j store unavailable: {error}")
            pytest.skip(f"Neo4j store unavailable: {error}")
    else:
        opened = _sqlite_store(tmp_path)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def sqlite_path(tmp_path: Path) -> Path:
    return tmp_path / "cli.db"
