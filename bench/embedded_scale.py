"""The embedded store at scale: load N synthetic events, reopen, ask one-week ``between`` questions.

    python bench/embedded_scale.py --events 1000000

Prints progress lines, then as its last line one JSON object:

* ``load_s``: wall time spent in ``ingest(store, facts, merge=False)`` for all
  batches (the dataset bulk path ``timelinekg load --format gdelt`` takes);
  generating the synthetic facts is timed apart, as ``generate_s``;
* ``open_s``: opening the existing store file (schema check included) and
  answering a first ``between`` question;
* ``between_p50_ms`` / ``between_p95_ms``: a random one-week window over
  2000–2024, asked as the CLI's first page: ``between(store, DateRange(start, end),
  limit=50)``, materialised as ``Event`` objects.  The full answer (every event
  overlapping the week, ~800 at 1M events) is measured too and reported as
  ``between_full_p50_ms`` / ``between_full_p95_ms`` with its mean size
  ``between_full_events``; ``between_ids_p50_ms`` is the R*Tree query alone
  (matching ids in date order, no hydration);
* ``between_as_of_p50_ms`` / ``between_as_of_p95_ms``: the same first page asked ``--as-of`` the
  window's last day (``between(..., view=TimeView(as_of=end))``: claims published later left out,
  bounds settled again); ``between_as_of_status_p50_ms`` also derives each event's status
  (``standings``: who disputes or confirms it, by then), which is what the CLI then prints;
* ``peak_rss_mb``: this process's peak resident set size.

With ``--turtle`` it also runs ``timelinekg export --format turtle`` in a
child process (when an exporter of that name is registered) and reports its
time, peak RSS and peak anonymous memory (RSS without the store's memory-mapped file pages), which
shows whether the export streams.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.measure import Stopwatch, cpu_seconds, log, peak_rss_mb, percentile, timed_items, timed_ms
from bench.synthetic import FIRST_DAY, LAST_DAY, synthetic_facts
from timelinekg.graph.ingest import ingest
from timelinekg.graph.sqlite import SQLiteStore
from timelinekg.queries import between
from timelinekg.queries.claims import TimeView, standings
from timelinekg.schema.dates import DateRange
from timelinekg.schema.model import Event


def week_windows(count: int, seed: int) -> list[tuple[dt.date, dt.date]]:
    rng = random.Random(f"windows-{seed}")
    windows = []
    for _ in range(count):
        start = dt.date.fromordinal(rng.randint(FIRST_DAY, LAST_DAY - 6))
        windows.append((start, start + dt.timedelta(days=6)))
    return windows


def main() -> None:
    parser = argparse.ArgumentParser(description="Load N synthetic events into the embedded store and time it.")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch-size", type=int, default=50_000, help="events per transaction, as the loaders")
    parser.add_argument("--queries", type=int, default=500, help="one-week windows to ask")
    parser.add_argument("--limit", type=int, default=50, help="page size of the reported between query")
    parser.add_argument("--store", type=Path, help="store file (default: a temporary file, removed after)")
    parser.add_argument("--reuse", action="store_true", help="skip loading when --store already holds events")
    parser.add_argument("--turtle", action="store_true", help="also time a streaming turtle export")
    args = parser.parse_args()

    workdir = tempfile.TemporaryDirectory(prefix="timelinekg-scale-")
    path = args.store or Path(workdir.name) / "scale.db"
    result: dict[str, object] = {"events": args.events, "batch_size": args.batch_size}

    if not (args.reuse and path.exists()):
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        store = SQLiteStore(path)
        load_s = load_cpu_s = 0.0
        loaded = 0
        started = time.perf_counter()
        generation = Stopwatch()
        for facts in timed_items(synthetic_facts(args.events, args.seed, args.batch_size), generation):
            before, cpu_before = time.perf_counter(), cpu_seconds()
            ingest(store, facts, merge=False)
            load_s += time.perf_counter() - before
            load_cpu_s += cpu_seconds() - cpu_before
            loaded += len(facts.events)
            if loaded % (args.batch_size * 10) == 0:
                generated = generation.seconds
                log(f"{loaded} events: load {load_s:.1f} s, generate {generated:.1f} s, rss {peak_rss_mb()} MB")
        store.close()
        result.update(
            load_s=round(load_s, 2),
            load_cpu_s=round(load_cpu_s, 2),
            generate_s=round(generation.seconds, 2),
            load_events_per_s=round(loaded / load_s) if load_s else None,
            wall_s=round(time.perf_counter() - started, 2),
        )
    result["store_mb"] = round(path.stat().st_size / 1e6, 1)

    windows = week_windows(args.queries, args.seed)
    before = time.perf_counter()
    store = SQLiteStore(path)
    first_start, first_end = windows[0]
    list(between(store, DateRange(first_start, first_end), limit=args.limit))
    result["open_s"] = round(time.perf_counter() - before, 4)
    result["events_in_store"] = store.counts()["events"]

    # Warm the page cache the way a running CLI session would, then measure.
    for start, end in windows[:20]:
        list(between(store, DateRange(start, end), limit=args.limit))
    page_ms, full_ms, ids_ms, sizes, as_of_ms, as_of_status_ms = [], [], [], [], [], []
    for start, end in windows:
        elapsed, _ = timed_ms(lambda s=start, e=end: list(between(store, DateRange(s, e), limit=args.limit)))
        page_ms.append(elapsed)
        elapsed, found = timed_ms(lambda s=start, e=end: list(between(store, DateRange(s, e))))
        full_ms.append(elapsed)
        sizes.append(len(found))  # type: ignore[arg-type]
        elapsed, _ = timed_ms(lambda s=start, e=end: store_ids(store, s, e))
        ids_ms.append(elapsed)
        elapsed, _ = timed_ms(lambda s=start, e=end: as_of_page(store, s, e, args.limit))
        as_of_ms.append(elapsed)
        elapsed, _ = timed_ms(lambda s=start, e=end: standings(store, as_of_page(store, s, e, args.limit), TimeView(e)))
        as_of_status_ms.append(elapsed)
    store.close()
    result.update(
        between_limit=args.limit,
        between_p50_ms=round(statistics.median(page_ms), 3),
        between_p95_ms=round(percentile(page_ms, 0.95), 3),
        between_full_p50_ms=round(statistics.median(full_ms), 3),
        between_full_p95_ms=round(percentile(full_ms, 0.95), 3),
        between_full_events=round(statistics.mean(sizes), 1),
        between_ids_p50_ms=round(statistics.median(ids_ms), 3),
        between_ids_p95_ms=round(percentile(ids_ms, 0.95), 3),
        between_as_of_p50_ms=round(statistics.median(as_of_ms), 3),
        between_as_of_p95_ms=round(percentile(as_of_ms, 0.95), 3),
        between_as_of_status_p50_ms=round(statistics.median(as_of_status_ms), 3),
    )
    if args.turtle:
        result.update(turtle_export(path))
    result["load_average"] = round(os.getloadavg()[0], 2)
    result["cpus"] = os.cpu_count()
    result["peak_rss_mb"] = peak_rss_mb()
    workdir.cleanup()
    print(json.dumps(result))


def as_of_page(store: SQLiteStore, start: dt.date, end: dt.date, limit: int) -> list[Event]:
    """A first page as the reports published by the window's last day describe it."""
    return list(between(store, DateRange(start, end), limit=limit, view=TimeView(as_of=end)))


def store_ids(store: SQLiteStore, start: dt.date, end: dt.date) -> list[str]:
    """The date query alone: ids of events overlapping [start, end] in the store's date order."""
    sql = (
        "SELECT e.id FROM events e JOIN event_span s ON s.id = e.rowid WHERE s.low <= ? AND s.high >= ? "
        "AND s.low > 0 ORDER BY e.earliest, e.latest, e.id"
    )
    return [r[0] for r in store.connection.execute(sql, (end.toordinal(), start.toordinal()))]


def anonymous_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("RssAnon:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def turtle_export(path: Path) -> dict[str, object]:
    from timelinekg.exporters import EXPORTERS

    if "turtle" not in EXPORTERS:
        return {"turtle": "no turtle exporter registered"}
    out = path.with_suffix(".ttl")
    command = [sys.executable, "-m", "timelinekg", "--store", str(path), "export", "--format", "turtle", "-o", str(out)]
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    # The child's RSS includes the store's memory-mapped pages (file-backed, up to the map size);
    # its anonymous memory is what would grow if the export held the graph, so sample that.
    peak_anon_kib = 0
    while child.poll() is None:
        peak_anon_kib = max(peak_anon_kib, anonymous_kib(child.pid))
        time.sleep(0.2)
    _, stderr = child.communicate()
    figures: dict[str, object] = {
        "turtle_s": round(time.perf_counter() - started, 2),
        "turtle_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
        "turtle_anon_peak_mb": round(peak_anon_kib / 1024, 1),
        "turtle_mb": round(out.stat().st_size / 1e6, 1) if out.exists() else None,
    }
    if child.returncode:
        figures["turtle_error"] = stderr.strip().splitlines()[-1:]
    out.unlink(missing_ok=True)
    os.sync()
    return figures


if __name__ == "__main__":
    main()
