"""`push --bulk` end to end: a million events from the embedded store into an empty Neo4j, then `between` on both.

    python bench/neo4j_bulk.py --events 1000000

Runs on a Neo4j server of its OWN, started through scripts/neo4j-dev with a separate run folder and
ports (``--run-dir``, ``--bolt-port``, ``--http-port``; heap and page cache from ``NEO4J_HEAP`` and
``NEO4J_PAGECACHE``, or ``--heap`` and ``--pagecache``): its database is RESET first, and the import replaces it.

1. synthetic events (3 actors, 1 place and 2 sources each, as the Neo4j benchmarks use), of which one
   in ``--odd-every`` is long (three years) and as many are open (no earliest, or no latest bound), are
   written to an embedded store (not timed);
2. the bench server is reset and started empty (not timed);
3. ``bulk_push`` — what ``timelinekg push --to bolt://… --bulk`` runs — is timed end to end: it checks
   the target is empty, writes the neo4j-admin CSV files, stops the server, imports, starts it again,
   applies the schema and compares the counts.  ``bulk_events_per_s`` is events / that time; each
   step's seconds are printed beside it (``steps_s``), with the CPU seconds it took (``steps_cpu_s``:
   this process and the processes it waited for, the export's and neo4j-admin's; the server's own
   while it starts and while the schema is applied), since on a shared machine CPU is what can be
   compared.  ``bulk_push`` returns once the uniqueness constraints are online; the other indexes
   may still be filling (answers are right meanwhile, only slower): ``indexes_online_s`` is the time
   from the start until every index is online, and ``indexes_online_events_per_s`` the rate by it;
4. ``between --format json`` is asked of both stores for ``--weeks`` random weeks, each with
   ``--include-undated`` (so open events come in), and the answers are compared byte for byte
   (``between_identical``, ``between_events`` compared in all).

The last line is JSON.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.measure import log
from bench.neo4j_common import NEO4J_DEV, SHAPE, open_store
from bench.synthetic import synthetic_facts
from timelinekg.graph.ingest import ingest
from timelinekg.graph.sqlite import SQLiteStore
from timelinekg.schema.model import Event, Facts

LONG_DAYS = 3 * 365


def with_long_and_open(batches: Iterator[Facts], every: int) -> Iterator[Facts]:
    """The synthetic batches, with one event in ``every`` made long and as many open at either end:
    the three kinds of event ``between`` finds by different index paths."""
    number = 0
    for facts in batches:
        events: list[Event] = []
        for event in facts.events:
            kind = number % every
            if kind == 0 and event.earliest is not None:
                event = dataclasses.replace(event, earliest=event.earliest - dt.timedelta(days=LONG_DAYS))
            elif kind == 1:
                event = dataclasses.replace(event, earliest=None)
            elif kind == 2:
                event = dataclasses.replace(event, latest=None)
            events.append(event)
            number += 1
        yield dataclasses.replace(facts, events=events)


def own_cpu_s() -> float:
    """CPU seconds of this process and of the children it has waited for (exporters, neo4j-admin)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def server_cpu_s(run_dir: Path) -> float | None:
    """CPU seconds the bench server (scripts/neo4j-dev's pid file) has used since it started."""
    try:
        pid = int((run_dir / "neo4j.pid").read_text().strip())
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, ValueError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def random_weeks(count: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    first, last = dt.date(2000, 1, 1).toordinal(), dt.date(2024, 12, 24).toordinal()
    weeks = []
    for _ in range(count):
        start = dt.date.fromordinal(rng.randint(first, last))
        weeks.append((start.isoformat(), (start + dt.timedelta(days=6)).isoformat()))
    return weeks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch-size", type=int, default=50_000, help="events per write to the embedded store")
    parser.add_argument("--odd-every", type=int, default=100, help="one event in this many is long, and so on")
    parser.add_argument("--weeks", type=int, default=30, help="random weeks asked of both stores")
    parser.add_argument("--run-dir", type=Path, default=Path(tempfile.gettempdir()) / "timelinekg-bench-neo4j")
    parser.add_argument("--bolt-port", type=int, default=7697)
    parser.add_argument("--http-port", type=int, default=7484)
    parser.add_argument("--work-dir", type=Path, help="where the store and the CSV files go (default: a temp folder)")
    parser.add_argument("--keep-server", action="store_true", help="leave the bench server running")
    parser.add_argument("--heap", default=os.environ.get("NEO4J_HEAP", "2g"), help="the bench server's heap")
    parser.add_argument(
        "--pagecache",
        default=os.environ.get("NEO4J_PAGECACHE", "3g"),
        help="its page cache: filling the indexes after the import reads every node's properties, 1.7 GB "
        "for a million events, and with a smaller cache it reads them from the disk cache again and again",
    )
    parser.add_argument(
        "--store", type=Path, help="the embedded store: written when missing, reused as it is when present (not timed)"
    )
    args = parser.parse_args()

    from click.testing import CliRunner

    from timelinekg.cli import cli
    from timelinekg.exporters.neo4j_bulk import ServerScript, bulk_push

    # scripts/neo4j-dev and the driver read these; bulk_push runs the script with this environment
    os.environ.update(
        TIMELINEKG_NEO4J_RUN=str(args.run_dir),
        NEO4J_BOLT_PORT=str(args.bolt_port),
        NEO4J_HTTP_PORT=str(args.http_port),
        NEO4J_HEAP=args.heap,
        NEO4J_HEAP_INITIAL=args.heap,
        NEO4J_PAGECACHE=args.pagecache,
    )
    uri = f"bolt://127.0.0.1:{args.bolt_port}"
    script = ServerScript(NEO4J_DEV)
    result: dict[str, object] = {
        "events": args.events,
        "shape": SHAPE,
        "long_and_open_every": args.odd_every,
        "server_memory": {"heap": args.heap, "pagecache": args.pagecache},
    }
    work = tempfile.TemporaryDirectory(prefix="timelinekg-bulk-", dir=args.work_dir)
    store_path = args.store or Path(work.name) / "embedded.db"
    if not store_path.exists():
        log(f"writing {args.events} synthetic events to {store_path}")
        before = time.perf_counter()
        with SQLiteStore(store_path) as store:
            batches = synthetic_facts(args.events, args.seed, args.batch_size, **SHAPE)
            for facts in with_long_and_open(batches, args.odd_every):
                ingest(store, facts, merge=False)
        result["embedded_write_s"] = round(time.perf_counter() - before, 1)
    with SQLiteStore(store_path) as store:
        if store.counts()["events"] != args.events:
            raise SystemExit(f"{store_path} holds {store.counts()['events']} events, not --events {args.events}")

    log("resetting and starting the bench server")
    script.must("reset")
    script.must("start")

    steps: list[tuple[str, float, float, float | None]] = []
    reports: list[str] = []

    def say(line: str) -> None:
        log(line)
        # neo4j-admin's report and the note on indexes still filling come after their step, which they do not end
        if line.startswith(("neo4j-admin:", "the constraints are online")):
            reports.append(line)
        else:
            steps.append((line, time.perf_counter(), own_cpu_s(), server_cpu_s(args.run_dir)))

    log("push --bulk ...")
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    cpu_before = own_cpu_s()
    with SQLiteStore(store_path) as store:
        counts = bulk_push(store, uri, script, Path(work.name), say=say)
    bulk_s = time.perf_counter() - started
    ends = [step[1:] for step in steps[1:]] + [(started + bulk_s, own_cpu_s(), server_cpu_s(args.run_dir))]
    steps_s: dict[str, float] = {}
    steps_cpu: dict[str, float | None] = {}
    for (line, moment, cpu, server), (end, end_cpu, end_server) in zip(steps, ends, strict=True):
        name = line.split(" (")[0]
        steps_s[name] = round(end - moment, 2)
        # the server's CPU counts from its start: the old server's until it stops is not ours to time
        serving = (
            (end_server - (server or 0.0))
            if end_server is not None and name.startswith(("starting", "applying"))
            else 0.0
        )
        steps_cpu[name] = round(end_cpu - cpu + serving, 1)
    bulk_cpu = ends[-1][1] - cpu_before + (ends[-1][2] or 0.0)
    log(f"push --bulk: {bulk_s:.1f} s, {args.events / bulk_s:,.0f} events/s; waiting for every index to be online")
    with open_store(uri) as target:
        target.run_schema(settle=False, await_seconds=3600)
    online_s = time.perf_counter() - started
    result.update(
        bulk_s=round(bulk_s, 2),
        bulk_events_per_s=round(args.events / bulk_s),
        steps_s=steps_s,
        steps_cpu_s=steps_cpu,
        bulk_cpu_s=round(bulk_cpu, 1),
        indexes_online_s=round(online_s, 2),
        indexes_online_cpu_s=round(own_cpu_s() - cpu_before + (server_cpu_s(args.run_dir) or 0.0), 1),
        indexes_online_events_per_s=round(args.events / online_s),
        counts=counts,
        import_report=reports,
        load_average=[round(load_before, 2), round(os.getloadavg()[0], 2)],
    )
    log(f"every index online after {online_s:.1f} s")

    runner = CliRunner()
    identical = 0
    compared = 0
    differing: list[str] = []
    try:
        for start, end in random_weeks(args.weeks, args.seed):
            answers = []
            for where in (str(store_path), uri):
                answer = runner.invoke(
                    cli, ["--store", where, "between", start, end, "--include-undated", "--format", "json"]
                )
                if answer.exit_code != 0:
                    raise SystemExit(f"between {start} {end} on {where} failed: {answer.output[-2000:]}")
                answers.append(answer.output)
            compared += len(json.loads(answers[0]))
            if answers[0] == answers[1]:
                identical += 1
            else:
                differing.append(start)
    finally:
        if not args.keep_server:
            script.run("stop")
    work.cleanup()
    result.update(
        weeks=args.weeks,
        between_identical=identical == args.weeks,
        weeks_identical=identical,
        weeks_differing=differing[:5],
        between_events=compared,
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
