"""Loading synthetic events into Neo4j through the store, against a naive per-event load.

    python bench/neo4j_load.py --events 100000

Empties the target database (see bench/neo4j_common.py), warms the server up
(``--warmup`` events loaded in batches and a tenth as many one per transaction,
then wiped: a fresh JVM writes several times slower until its code is compiled),
then measures:

* ``naive_events_per_s``: a sample (``--naive-sample``) written the naive way:
  one transaction per event, each statement carrying one row;
* ``events_per_s``: ``--events`` events through ``Neo4jStore.write`` in
  batches of ``--batch-size`` (one transaction per batch, ``UNWIND $rows``
  statements); generating the synthetic facts is timed apart.

``server_cpu_s`` is the server process's CPU time during that load (when its
pid is known: ``--server-pid``, else the dev server's pid file), and
``server_cpu_us_per_event`` the same per event: the engine's own cost, which
bounds the rate whatever the client does; ``server_cpu_us_per_event_by_thread``
splits it by the server's thread names (Bolt workers run the queries; GC,
compiler and index threads are housekeeping).

Synthetic events have 3 actors, 1 place and 2 sources each.  The last line is
JSON with ``events_per_s``, ``naive_events_per_s`` and ``ratio``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.measure import log, process_cpu_seconds, thread_cpu_seconds
from bench.neo4j_common import SHAPE, dev_server_pid, load, open_store, wipe
from bench.synthetic import synthetic_facts
from timelinekg.schema.model import Facts


def naive_load(store_uri: str | None, n_events: int, seed: int) -> float:
    """Events/s when every event is its own transaction (the store's statements, one event per batch)."""
    store = open_store(store_uri)
    facts = Facts.of(synthetic_facts(n_events, seed + 1, n_events, **SHAPE))
    actors = {a.id: a for a in facts.actors}
    places = {p.id: p for p in facts.places}
    sources = {s.id: s for s in facts.sources}
    store.run_schema()
    started = time.perf_counter()
    for event in facts.events:
        store.write(
            Facts(
                sources=[sources[m.source_id] for m in event.mentions],
                actors=[actors[p.actor_id] for p in event.participants],
                places=[places[p] for p in event.place_ids],
                events=[event],
            )
        )
    elapsed = time.perf_counter() - started
    store.close()
    return len(facts.events) / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description="Time loading synthetic events into Neo4j.")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch-size", type=int, default=10_000)
    parser.add_argument("--naive-sample", type=int, default=1_000, help="events loaded the naive way")
    parser.add_argument("--warmup", type=int, default=20_000, help="events loaded and wiped before measuring")
    parser.add_argument("--uri", help="Neo4j URL (default NEO4J_URI, else bolt://127.0.0.1:7687)")
    parser.add_argument(
        "--server-pid", type=int, help="the server's pid, to report its CPU time (default: the dev server's)"
    )
    args = parser.parse_args()

    store = open_store(args.uri)
    wipe(store)
    store.run_schema()
    if args.warmup:
        # A freshly started JVM runs its first writes several times slower until they are compiled, and
        # one-event transactions take other code paths than batches: measured cold, the naive sample
        # ran at about half its warm rate and flattered the ratio (63.5x cold against 35.3x warm).
        log(f"warming the server up with {args.warmup} events, and a tenth as many one by one ...")
        load(store, args.warmup, args.seed + 2, args.batch_size)
        naive_load(args.uri, max(1, args.warmup // 10), args.seed + 3)
        wipe(store)
    log(f"naive load of {args.naive_sample} events, one transaction each ...")
    naive = naive_load(args.uri, args.naive_sample, args.seed)
    log(f"naive: {naive:,.0f} events/s")
    wipe(store)

    log(f"loading {args.events} events in batches of {args.batch_size} ...")
    server_pid = args.server_pid or (None if args.uri else dev_server_pid())
    server_cpu_before = process_cpu_seconds(server_pid) if server_pid else None
    threads_before = thread_cpu_seconds(server_pid) if server_pid else {}
    loaded, write_s, generate_s = load(store, args.events, args.seed, args.batch_size)
    server_cpu_after = process_cpu_seconds(server_pid) if server_pid else None
    threads_after = thread_cpu_seconds(server_pid) if server_pid else {}
    by_thread = {name: seconds - threads_before.get(name, 0.0) for name, seconds in threads_after.items()}
    server_cpu_s = (
        server_cpu_after - server_cpu_before if server_cpu_before is not None and server_cpu_after is not None else None
    )
    counts = store.counts()
    store.close()
    events_per_s = loaded / write_s
    result = {
        "events": loaded,
        "batch_size": args.batch_size,
        "write_s": round(write_s, 2),
        "generate_s": round(generate_s, 2),
        "counts": counts,
        "warmup": args.warmup,
        "naive_sample": args.naive_sample,
        "events_per_s": round(events_per_s),
        "naive_events_per_s": round(naive, 1),
        "ratio": round(events_per_s / naive, 1),
        "server_cpu_s": round(server_cpu_s, 1) if server_cpu_s is not None else None,
        "server_cpu_us_per_event": round(server_cpu_s / loaded * 1e6) if server_cpu_s is not None else None,
        # where the server's CPU went: its query threads against garbage collection, compilation, ...
        "server_cpu_us_per_event_by_thread": {
            name: round(seconds / loaded * 1e6)
            for name, seconds in sorted(by_thread.items(), key=lambda item: -item[1])
            if seconds / loaded * 1e6 >= 5
        },
        "load_average": round(os.getloadavg()[0], 2),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
