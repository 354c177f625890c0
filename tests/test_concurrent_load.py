"""Concurrent writers lose nothing: loaders started together give the graph a sequential load gives."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from bench.concurrent_load import ntriples, start_loaders, wait_for, write_overlapping_fact_files

from tests.conftest import SEED_DIR
from tests.neo4j_support import neo4j_store, neo4j_uri, wipe
from timelinekg.errors import StoreError
from timelinekg.graph.base import Store
from timelinekg.graph.sqlite import SQLiteStore
from timelinekg.schema.model import Facts, Source


def emptied(store: Store, *, new: bool = False) -> str:
    """The store's location for other processes, emptied; ``store`` is closed.

    A SQLite store is always a new file; ``new`` also drops Neo4j's constraints and indexes, so
    that the loaders race to create them too.
    """
    store.close()
    if isinstance(store, SQLiteStore):
        for suffix in ("", "-wal", "-shm"):
            Path(store.path + suffix).unlink(missing_ok=True)
        return store.path
    with neo4j_store() as fresh:
        wipe(fresh)
        if new:
            with fresh.session(write=True) as session:
                for name in [r["name"] for r in session.run("SHOW CONSTRAINTS YIELD name")]:
                    session.run(f"DROP CONSTRAINT `{name}`").consume()
                for name in [r["name"] for r in session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")]:
                    session.run(f"DROP INDEX `{name}`").consume()
    return neo4j_uri()


@pytest.mark.slow
def test_concurrent_loaders_give_the_graph_of_a_sequential_load(store: Store, tmp_path: Path) -> None:
    paths = write_overlapping_fact_files(tmp_path / "facts", files=8, events=60)
    location = emptied(store)
    assert wait_for(start_loaders(location, paths, 1)) == []
    sequential = ntriples(location)
    assert sum(line.count("/mention/") for line in sequential) >= 8 * 30
    for loaders in (2, 4):
        emptied(SQLiteStore(location) if isinstance(store, SQLiteStore) else neo4j_store(), new=loaders == 4)
        assert wait_for(start_loaders(location, paths, loaders)) == []
        assert ntriples(location) == sequential, f"{loaders} concurrent loaders"


def test_first_opens_of_a_new_file_race_safely(tmp_path: Path) -> None:
    path = tmp_path / "new.db"

    def open_and_count(_: int) -> int:
        with SQLiteStore(path) as opened:
            return opened.counts()["events"]

    with ThreadPoolExecutor(10) as pool:
        assert list(pool.map(open_and_count, range(10))) == [0] * 10


def test_a_blocked_writer_waits_then_fails_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "busy.db"
    SQLiteStore(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with SQLiteStore(path, timeout=0.2) as blocked, pytest.raises(StoreError) as refused:
            blocked.write(Facts(sources=[Source("s", "t", "https://example.org/s")]))
        result = subprocess.run(
            [sys.executable, "-m", "timelinekg", "--store", str(path), "load", str(SEED_DIR)],
            capture_output=True,
            text=True,
            env={**os.environ, "TIMELINEKG_LOCK_TIMEOUT": "0.2"},
            check=False,
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "another process is writing to it and did not finish within 0.2 s" in str(refused.value)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "TIMELINEKG_LOCK_TIMEOUT" in result.stderr
