"""What the Neo4j benchmarks share: opening the dev server's store, emptying it, loading synthetic events.

The benchmarks use the database the URL points at (``--uri``, else ``NEO4J_URI``,
else the dev server) and EMPTY it first: Neo4j Community has one user database,
so do not point them at data you want to keep.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.measure import Stopwatch, log, timed_items
from bench.synthetic import synthetic_facts
from timelinekg.graph import cypher
from timelinekg.graph.neo4j_store import Connection, Neo4jStore, build_driver

# The shape the issue asks for: 3 actors, 1 place and 2 sources per event.
SHAPE = {"actors_per_event": 3, "places_per_event": 1, "sources_per_event": 2}


def open_store(uri: str | None) -> Neo4jStore:
    connection = Connection.from_url(uri)
    store = Neo4jStore(build_driver(connection), connection.database, uri=connection.uri, secret=connection.password)
    store.check()
    return store


def dev_server_pid() -> int | None:
    """The pid of the server ``scripts/neo4j-dev`` started, when there is one (its pid file)."""
    cache = Path(os.environ.get("TIMELINEKG_NEO4J_HOME") or Path.home() / ".cache" / "timelinekg" / "neo4j")
    run = Path(os.environ.get("TIMELINEKG_NEO4J_RUN") or cache / "run")
    try:
        return int((run / "neo4j.pid").read_text().strip())
    except (OSError, ValueError):
        return None


def wipe(store: Neo4jStore) -> None:
    with store.session(write=True) as session:
        session.run(cypher.delete_everything_batched()).consume()


def load(store: Neo4jStore, n_events: int, seed: int, batch_size: int) -> tuple[int, float, float]:
    """Write ``n_events`` synthetic events through ``store.write``; (events, write seconds, generate seconds)."""
    loaded = 0
    write_s = 0.0
    generation = Stopwatch()
    for facts in timed_items(synthetic_facts(n_events, seed, batch_size, **SHAPE), generation):
        before = time.perf_counter()
        store.write(facts)
        write_s += time.perf_counter() - before
        loaded += len(facts.events)
        if loaded % max(batch_size * 10, 100_000) == 0:
            log(f"{loaded} events: {loaded / write_s:,.0f} events/s through the store")
    return loaded, write_s, generation.seconds
