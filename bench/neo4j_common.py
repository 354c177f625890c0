"""What the Neo4j benchmarks share: opening the dev server's store, emptying it, loading synthetic events.

The benchmarks use the database the URL points at (``--uri``, else ``NEO4J_URI``,
else the dev server) and EMPTY it first: Neo4j Community has one user database,
so do not point them at data you want to keep.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.measure import Stopwatch, log, timed_items
from bench.synthetic import synthetic_facts
from timelinekg.graph.neo4j import cypher
from timelinekg.graph.neo4j.store import Connection, Neo4jStore, build_driver

NEO4J_DEV = Path(__file__).resolve().parents[1] / "scripts" / "neo4j-dev"

# The shape the issue asks for: 3 actors, 1 place and 2 sources per event.
SHAPE = {"actors_per_event": 3, "places_per_event": 1, "sources_per_event": 2}


def open_store(uri: str | None) -> Neo4jStore:
    connection = Connection.from_url(uri)
    store = Neo4jStore(build_driver(connection), connection.database, uri=connection.uri)
    store.check()
    return store


def dev_server_pid() -> int | None:
    """The pid of the server ``scripts/neo4j-dev`` started, when there is one (its pid file)."""
    # The script owns where its run folder is (defaults and environment), so it is asked rather than mirrored.
    home = subprocess.run(["bash", str(NEO4J_DEV), "home"], capture_output=True, text=True, check=False)
    try:
        return int((Path(home.stdout.strip()) / "neo4j.pid").read_text().strip())
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
