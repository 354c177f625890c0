"""Neo4j bulk path vs the driver: events/s for ``neo4j-admin database import full`` and for ``store.write``.

    python bench/neo4j_bulk.py --events 1000000 --driver-events 20000

Runs on a Neo4j server of its OWN (scripts/neo4j-dev with a separate run
folder and ports, default /tmp/timelinekg-bench-neo4j, Bolt 7697): the admin
import overwrites that folder's ``neo4j`` database and the driver run resets
it, so the development server's data is never touched.

1. the synthetic events (3 actors, 1 place, 2 sources each, as the Neo4j
   benchmarks use) are written to a temporary SQLite store (not timed);
2. ``timelinekg export --format neo4j-import`` writes the CSV files (``export_s``);
3. the admin tool imports them into the bench server's folder (``import_s``;
   ``admin_events_per_s`` = events / import_s, and ``bulk_events_per_s``
   counts export + import);
4. the bench server is started, the imported events are counted through the
   driver, the folder is reset and the first ``--driver-events`` of the
   same events are written through ``Neo4jStore.write`` into a fresh database
   (``driver_events_per_s``).

The driver load is measured on fewer events by default because at its rate a
million would take long on this machine; the JSON says how many were used.
The last line is JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.measure import log
from bench.neo4j_common import NEO4J_DEV, SHAPE, load, open_store, wipe
from bench.synthetic import synthetic_facts
from timelinekg.exporters.neo4j_import import write_import_files
from timelinekg.graph.ingest import ingest
from timelinekg.graph.sqlite import SQLiteStore


def neo4j_dev(environment: dict[str, str], *arguments: str) -> str:
    finished = subprocess.run(
        ["bash", str(NEO4J_DEV), *arguments], capture_output=True, text=True, env=environment, check=False
    )
    output = finished.stdout + finished.stderr
    if finished.returncode:
        raise SystemExit(f"scripts/neo4j-dev {' '.join(arguments[:3])} failed:\n{output[-3000:]}")
    return output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--driver-events", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch-size", type=int, default=10_000)
    parser.add_argument("--run-dir", type=Path, default=Path(tempfile.gettempdir()) / "timelinekg-bench-neo4j")
    parser.add_argument("--bolt-port", type=int, default=7697)
    parser.add_argument("--http-port", type=int, default=7484)
    parser.add_argument("--keep-server", action="store_true", help="leave the bench server running")
    args = parser.parse_args()

    environment = dict(
        os.environ,
        TIMELINEKG_NEO4J_RUN=str(args.run_dir),
        NEO4J_BOLT_PORT=str(args.bolt_port),
        NEO4J_HTTP_PORT=str(args.http_port),
    )
    uri = f"bolt://127.0.0.1:{args.bolt_port}"
    result: dict[str, object] = {"events": args.events, "shape": SHAPE}
    work = tempfile.TemporaryDirectory(prefix="timelinekg-bulk-")
    store_path = Path(work.name) / "bulk.db"

    log(f"writing {args.events} synthetic events to {store_path}")
    with SQLiteStore(store_path) as store:
        for facts in synthetic_facts(args.events, args.seed, args.batch_size, **SHAPE):
            ingest(store, facts, merge=False)
        before = time.perf_counter()
        files = write_import_files(store, Path(work.name) / "csv")
        result["export_s"] = round(time.perf_counter() - before, 2)
    result["csv_rows"] = files.counts
    log(f"exported CSV in {result['export_s']} s")

    neo4j_dev(environment, "stop")  # the bench server, if an earlier run left it running
    before = time.perf_counter()
    output = neo4j_dev(environment, "admin", "database", "import", "full", *files.arguments())
    import_s = time.perf_counter() - before
    summary = re.search(r"Imported:\s+(\d+) nodes\s+(\d+) relationships\s+(\d+) properties", output)
    result.update(
        import_s=round(import_s, 2),
        admin_events_per_s=round(args.events / import_s),
        bulk_events_per_s=round(args.events / (import_s + float(result["export_s"]))),  # type: ignore[arg-type]
        imported_nodes=int(summary[1]) if summary else None,
        imported_relationships=int(summary[2]) if summary else None,
    )
    log(f"admin import in {import_s:.1f} s")

    neo4j_dev(environment, "start")
    try:
        store = open_store(uri)
        with store.session() as session:
            result["events_counted_after_import"] = session.run("MATCH (e:Event) RETURN count(e) AS n").single()["n"]
        store.close()
        # A fresh database for the driver run: deleting a million imported events through
        # Cypher would take longer than the import did.
        neo4j_dev(environment, "reset")
        neo4j_dev(environment, "start")
        store = open_store(uri)
        wipe(store)
        loaded, write_s, _ = load(store, args.driver_events, args.seed, args.batch_size)
        store.close()
        result.update(
            driver_events=loaded,
            driver_s=round(write_s, 2),
            driver_events_per_s=round(loaded / write_s) if write_s else None,
        )
    finally:
        if not args.keep_server:
            neo4j_dev(environment, "stop")
    work.cleanup()
    result["speedup"] = (
        round(int(result["admin_events_per_s"]) / int(result["driver_events_per_s"]), 1)  # type: ignore[call-overload]
        if result.get("driver_events_per_s")
        else None
    )
    result["load_average"] = round(os.getloadavg()[0], 2)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
