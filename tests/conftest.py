"""Shared fixtures. ``store`` is parametrised over every store, so one behaviour suite covers them all."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest

from tests.neo4j_support import NotATestDatabase, NoTestServer
from timelinekg.graph.base import Store

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_DIR = REPO / "examples" / "seed"
SEED_FACTS = SEED_DIR / "trump-putin-call.yaml"

# Every store the behaviour suite runs on; -m "not neo4j" leaves the Neo4j cases out.
STORE_KINDS = [pytest.param("sqlite", id="sqlite"), pytest.param("neo4j", id="neo4j", marks=pytest.mark.neo4j)]


def _sqlite_store(tmp_path: Path) -> Store:
    from timelinekg.graph.sqlite import SQLiteStore

    return SQLiteStore(tmp_path / "test.db")


def _neo4j_store(tmp_path: Path) -> Store:
    from tests.neo4j_support import empty_neo4j_store

    return empty_neo4j_store()


def neo4j_required() -> bool:
    """In CI a missing Neo4j is a failure, not a skip."""
    return os.environ.get("CI") == "true" or os.environ.get("TIMELINEKG_REQUIRE_NEO4J") == "1"


def unavailable(reason: str) -> NoReturn:
    if neo4j_required():
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


def neo4j_unavailable(error: Exception) -> NoReturn:
    """No test server named, or one refused, fails in one line; a named server that is down skips locally."""
    if isinstance(error, NoTestServer | NotATestDatabase):
        pytest.fail(str(error), pytrace=False)
    unavailable(f"Neo4j store unavailable: {error}")


@pytest.fixture(params=STORE_KINDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "neo4j":
        try:
            opened = _neo4j_store(tmp_path)
        except Exception as error:
            neo4j_unavailable(error)
    else:
        opened = _sqlite_store(tmp_path)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def sqlite_path(tmp_path: Path) -> Path:
    return tmp_path / "cli.db"
