"""RDF export speed and memory: our streaming Turtle writer against rdflib's serializer.

    python bench/rdf_export.py                      # 100,000 events, rdflib on a 10,000-event slice

Steps:

1. Build two embedded stores from ``bench.synthetic`` (the same seed): the full
   one (``--events``, default 100,000) and the slice (``--slice``, default
   10,000: the first events of the same stream).
2. Export each store to a Turtle file with ``write_rdf`` (what ``timelinekg
   export --format turtle`` runs), each in a fresh child process, so each
   peak RSS is that export's alone.  ``triples_per_s`` is the full store's
   triples over the export's wall time, reading from the store included
   (end to end); the CPU-time rate is printed too, since other work may share
   the machine.
3. Serialise the slice with rdflib: parse the slice's N-Triples export into an
   ``rdflib.Graph`` (not timed), then time ``graph.serialize(format="turtle")``.
   ``ratio`` is our rate over rdflib's.
4. Memory: the peak RSS of the exports of the slice and the full store.  The
   store's SQLite settings (a 256 MB page-cache ceiling, memory-mapped reads,
   whose pages count as RSS, and an in-memory sorter for reading events in
   date order) make RSS follow the file until their limits, so the two exports
   are also run with SQLite's own defaults (``--bounded-sqlite``: 2 MB cache,
   no mmap, on-disk sorter): what is left is the exporter's own memory, which
   should not grow with N.

The last line is JSON: ``triples_per_s``, ``rdflib_triples_per_s``, ``ratio``,
``peak_rss_mb`` (the full export, store defaults), plus the details.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.measure import cpu_seconds, peak_rss_mb
from bench.synthetic import synthetic_facts
from timelinekg.exporters import ExportOptions
from timelinekg.exporters.rdf import write_rdf
from timelinekg.graph.sqlite import SQLiteStore


def log(message: str) -> None:
    print(message, file=sys.stderr if os.environ.get("BENCH_QUIET") else sys.stdout, flush=True)


def build_store(path: Path, n_events: int, seed: int) -> None:
    """A store holding the first ``n_events`` synthetic events (reused when it already does)."""
    if path.exists():
        with SQLiteStore(path) as existing:
            if existing.counts()["events"] == n_events:
                log(f"reusing {path} ({n_events} events)")
                return
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    with SQLiteStore(path) as store:
        for facts in synthetic_facts(n_events, seed=seed):
            store.write(facts)  # dataset events: identity by id, no merge step needed
    log(f"built {path}: {n_events} events in {time.perf_counter() - started:.1f} s")


def export_child(store_path: str, out_path: str, syntax: str, bounded_sqlite: bool) -> None:
    """Runs in a child process: one export, its numbers as JSON on stdout."""
    store = SQLiteStore(store_path)
    if bounded_sqlite:
        # SQLite's own defaults: a 2 MB page cache, no memory-mapped I/O (mapped pages count as RSS),
        # and a sorter that spills to disk.
        store.connection.execute("PRAGMA cache_size=-2000")
        store.connection.execute("PRAGMA mmap_size=0")
        store.connection.execute("PRAGMA temp_store=FILE")
    started, cpu_started = time.perf_counter(), cpu_seconds()
    with open(out_path, "w", encoding="utf-8", newline="\n") as out:
        triples = write_rdf(store, out, ExportOptions(), syntax)
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu_started
    store.close()
    peak = peak_rss_mb()
    print(
        json.dumps(
            {
                "triples": triples,
                "seconds": seconds,
                "cpu_seconds": cpu,
                "peak_rss_mb": peak,
                "bytes": os.path.getsize(out_path),
            }
        )
    )


def export(
    store_path: Path, out_path: Path, syntax: str = "turtle", *, bounded_sqlite: bool = False
) -> dict[str, float]:
    argv = [sys.executable, __file__, "--child", str(store_path), str(out_path), syntax]
    if bounded_sqlite:
        argv.append("--bounded-sqlite")
    done = subprocess.run(argv, capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def rdflib_rate(ntriples: Path) -> tuple[int, float, float]:
    """rdflib's Turtle serializer on a parsed graph: (triples, wall seconds, CPU seconds)."""
    import rdflib

    graph = rdflib.Graph()
    graph.parse(ntriples, format="nt")
    started, cpu_started = time.perf_counter(), cpu_seconds()
    graph.serialize(format="turtle")
    return len(graph), time.perf_counter() - started, cpu_seconds() - cpu_started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--slice", type=int, default=10_000, help="events in the slice rdflib serialises")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workdir", type=Path, help="keep the stores and exports here (default: a temp dir)")
    parser.add_argument("--child", nargs=3, metavar=("STORE", "OUT", "SYNTAX"), help=argparse.SUPPRESS)
    parser.add_argument("--bounded-sqlite", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        export_child(*args.child, bounded_sqlite=args.bounded_sqlite)
        return

    with tempfile.TemporaryDirectory() as scratch:
        workdir = args.workdir or Path(scratch)
        workdir.mkdir(parents=True, exist_ok=True)
        full, part = workdir / f"rdf-{args.events}.db", workdir / f"rdf-{args.slice}.db"
        build_store(full, args.events, args.seed)
        build_store(part, args.slice, args.seed)

        ours = export(full, workdir / "full.ttl")
        rate = ours["triples"] / ours["seconds"]
        log(
            f"ours: {args.events} events -> {ours['triples']:,} triples ({ours['bytes'] / 1e6:.0f} MB of Turtle) "
            f"in {ours['seconds']:.1f} s wall, {ours['cpu_seconds']:.1f} s CPU: {rate:,.0f} triples/s "
            f"({ours['triples'] / ours['cpu_seconds']:,.0f} per CPU second), peak RSS {ours['peak_rss_mb']:.0f} MB"
        )
        small = export(part, workdir / "slice.ttl")
        log(f"ours: {args.slice} events -> {small['triples']:,} triples, peak RSS {small['peak_rss_mb']:.0f} MB")
        bounded_small = export(part, workdir / "slice-bounded.ttl", bounded_sqlite=True)
        bounded_full = export(full, workdir / "full-bounded.ttl", bounded_sqlite=True)
        log(
            "with SQLite's own defaults (2 MB page cache, no mmap, on-disk sorter): peak RSS "
            f"{bounded_small['peak_rss_mb']:.0f} MB at {args.slice} events, "
            f"{bounded_full['peak_rss_mb']:.0f} MB at {args.events} events"
        )

        export(part, workdir / "slice.nt", "nt")
        rdflib_triples, rdflib_seconds, rdflib_cpu = rdflib_rate(workdir / "slice.nt")
        rdflib_per_s = rdflib_triples / rdflib_seconds
        log(
            f"rdflib: {args.slice} events -> {rdflib_triples:,} triples serialised as Turtle in "
            f"{rdflib_seconds:.1f} s wall, {rdflib_cpu:.1f} s CPU: {rdflib_per_s:,.0f} triples/s "
            f"({rdflib_triples / rdflib_cpu:,.0f} per CPU second)"
        )
        ratio = rate / rdflib_per_s
        cpu_ratio = (ours["triples"] / ours["cpu_seconds"]) / (rdflib_triples / rdflib_cpu)
        log(f"ratio: {ratio:.0f}x rdflib by wall time, {cpu_ratio:.0f}x by CPU time")
        print(
            json.dumps(
                {
                    "triples_per_s": round(rate),
                    "rdflib_triples_per_s": round(rdflib_per_s),
                    "ratio": round(ratio, 1),
                    "peak_rss_mb": round(ours["peak_rss_mb"], 1),
                    "events": args.events,
                    "triples": ours["triples"],
                    "seconds": round(ours["seconds"], 2),
                    "cpu_triples_per_s": round(ours["triples"] / ours["cpu_seconds"]),
                    "rdflib_cpu_triples_per_s": round(rdflib_triples / rdflib_cpu),
                    "cpu_ratio": round(cpu_ratio, 1),
                    "slice_events": args.slice,
                    "slice_peak_rss_mb": round(small["peak_rss_mb"], 1),
                    "bounded_sqlite_peak_rss_mb": {
                        str(args.slice): round(bounded_small["peak_rss_mb"], 1),
                        str(args.events): round(bounded_full["peak_rss_mb"], 1),
                    },
                }
            )
        )


if __name__ == "__main__":
    main()
