"""Concurrent loaders: fact files that report the same events, loaded by 1, 2 and 4 processes at once.

    python -m bench.concurrent_load --store /tmp/c.db --files 16 --events 200
    NEO4J_PASSWORD=... python -m bench.concurrent_load --store bolt://127.0.0.1:7687

Every file is one source reporting a window of events that overlaps the windows
of the files next to it, so that concurrent loaders merge into the same events
all the time (the worst case for lost updates).  Each run starts from an empty
store, runs ``timelinekg load`` in N processes at once (file i goes to process
i mod N), and checks that the graph equals a sequential load's.  Prints one
JSON line: per loader count, wall seconds, mentions per second and whether
the graph matched.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import yaml

from bench.measure import log

ACTORS = 12
FIRST_DAY = dt.date(2024, 1, 1)


def write_overlapping_fact_files(folder: Path, files: int, events: int, window: int | None = None) -> list[Path]:
    """``files`` fact files; file i reports events i*step .. i*step+window (ids, labels and dates agree).

    Every report agrees on everything but its source and quote, so a merge is commutative and any
    load order must give the same graph: a concurrent load that differs from a sequential one lost
    (or invented) something.
    """
    window = window or max(1, events // 2)
    step = max(1, (events - window) // max(1, files - 1))
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(files):
        first = (number * step) % events
        chosen = [(first + offset) % events for offset in range(min(window, events))]
        document = {
            "sources": [
                {
                    "id": f"src-{number}",
                    "title": f"Report {number}",
                    "url": f"https://example.org/report/{number}",
                    "publisher": f"Publisher {number % 3}",
                    "published": "2024-12-31",
                }
            ],
            "actors": [{"id": f"actor-{a}", "name": f"Actor {a}", "kind": "person"} for a in range(ACTORS)],
            "events": [
                {
                    "id": f"event-{e}",
                    "type": "meeting",
                    "label": f"Actor {e % ACTORS} meets Actor {(e + 1) % ACTORS}",
                    "date": (FIRST_DAY + dt.timedelta(days=e % 300)).isoformat(),
                    "actors": [
                        {"id": f"actor-{e % ACTORS}", "role": "agent"},
                        {"id": f"actor-{(e + 1) % ACTORS}", "role": "participant"},
                    ],
                    "evidence": [f"Report {number} says actor {e % ACTORS} met actor {(e + 1) % ACTORS} (#{e})"],
                }
                for e in chosen
            ],
        }
        path = folder / f"report-{number:03d}.yaml"
        path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
        paths.append(path)
    return paths


def start_loaders(store: str, paths: Sequence[Path], loaders: int) -> list[subprocess.Popen[str]]:
    """``timelinekg load`` in ``loaders`` processes at once, file i in process i mod loaders."""
    shares = [list(paths[i::loaders]) for i in range(loaders)]
    command = [sys.executable, "-m", "timelinekg", "--store", store, "load"]
    return [
        subprocess.Popen([*command, *map(str, share)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for share in shares
        if share
    ]


def wait_for(processes: Sequence[subprocess.Popen[str]]) -> list[str]:
    """Waits for every loader; the stderr of each that failed."""
    failures = []
    for process in processes:
        _, stderr = process.communicate()
        if process.returncode != 0:
            failures.append(stderr.strip())
    return failures


def ntriples(store_location: str) -> list[str]:
    """The store's graph as sorted N-Triples, without the load-time statements (they differ per run)."""
    from timelinekg.exporters import ExportOptions
    from timelinekg.exporters.rdf import export_ntriples
    from timelinekg.graph.base import open_store

    out = io.StringIO()
    store = open_store(store_location)
    try:
        export_ntriples(store, out, ExportOptions())
    finally:
        store.close()
    lines = [line for line in out.getvalue().splitlines() if "/load/" not in line and "generatedAtTime" not in line]
    return sorted(lines)


def empty(store_location: str) -> None:
    if "://" not in store_location:
        for suffix in ("", "-wal", "-shm"):
            Path(store_location + suffix).unlink(missing_ok=True)
        return
    from timelinekg.graph.neo4j import cypher
    from timelinekg.graph.neo4j.store import open_neo4j_store

    store = open_neo4j_store(store_location)
    try:
        with store.errors("emptying the database"), store.session(write=True) as session:
            session.run(cypher.delete_everything_batched()).consume()
        store.run_schema()  # once here, so that the first timed run does not pay for it
    finally:
        store.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", help="a SQLite path or a bolt:// URL (default: a temporary SQLite file)")
    parser.add_argument("--files", type=int, default=16)
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--loaders", default="1,2,4", help="comma-separated loader counts")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        store = args.store or os.path.join(folder, "bench.db")
        paths = write_overlapping_fact_files(Path(folder) / "facts", args.files, args.events)
        mentions = sum(len(yaml.safe_load(p.read_text())["events"]) for p in paths)
        expected: list[str] | None = None
        results = []
        for loaders in [int(n) for n in args.loaders.split(",")]:
            empty(store)
            log(f"{loaders} loader(s) ...")
            started = time.perf_counter()
            failures = wait_for(start_loaders(store, paths, loaders))
            seconds = time.perf_counter() - started
            graph = ntriples(store)
            if expected is None:
                expected = graph if loaders == 1 else None
            results.append(
                {
                    "loaders": loaders,
                    "seconds": round(seconds, 2),
                    "mentions_per_second": round(mentions / seconds, 1),
                    "failed_loaders": len(failures),
                    "same_graph_as_one_loader": graph == expected if expected is not None else None,
                }
            )
            for failure in failures:
                log(failure)
    backend = "neo4j" if args.store and "://" in args.store else "sqlite"
    print(json.dumps({"store": backend, "files": args.files, "mentions": mentions, "runs": results}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
