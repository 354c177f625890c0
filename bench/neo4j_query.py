"""``between`` on Neo4j at scale: one-week windows over N synthetic events.

    python bench/neo4j_query.py --events 1000000            # loads, then measures
    python bench/neo4j_query.py --events 1000000 --reuse    # measures what is loaded

Empties the target database first unless ``--reuse`` finds it already holding
``--events`` events (see bench/neo4j_common.py).  It asks ``--warmup-queries``
other windows first (a long-running server has compiled its query code and
holds its hot pages), then, for random one-week windows over 2000-2024, one
pass per kind of question:

* ``p50_ms`` / ``p95_ms``: ``between(store, DateRange(start, end), limit=50)`` through the
  store, materialised as ``Event`` objects with participants, places and
  mentions: the CLI's first page (the embedded-store benchmark's definition);
* ``full_p50_ms`` / ``full_events``: the whole answer (every overlapping event);
* ``as_of_p50_ms`` / ``as_of_p95_ms``: the same first page ``--as-of`` the window's last day
  (``between(..., view=TimeView(as_of=end))``: claims published later left out, bounds settled
  again), as the embedded-store benchmark asks it;
* ``ids_p50_ms``: the store's date query alone (matching ids in date order) on
  the ``event_span`` point index, and ``range_ids_p50_ms`` the same question
  asked on the two range indexes (``earliest <= end AND latest >= start``);
* ``index_used``: the index the PROFILE plan of the date query seeks on, with
  its operator and db hits; the range variant's are reported alongside.

The last line is JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.measure import log, percentile, timed_ms
from bench.neo4j_common import load, open_store, wipe
from bench.synthetic import FIRST_DAY, LAST_DAY
from timelinekg.graph.base import EventQuery
from timelinekg.graph.neo4j import cypher
from timelinekg.graph.neo4j.store import Neo4jStore, event_parameters
from timelinekg.queries import between
from timelinekg.queries.claims import TimeView
from timelinekg.schema.dates import DateRange

# The overlap question on two range indexes: what the point index is measured against.
RANGE_OVERLAP = (
    "MATCH (e:Event) WHERE e.earliest <= $end AND e.latest >= $start "
    "WITH e ORDER BY e.earliest, e.latest, e.id RETURN collect(e.id) AS ids"
)


def week_windows(count: int, seed: int) -> list[tuple[dt.date, dt.date]]:
    rng = random.Random(f"windows-{seed}")
    return [
        (day, day + dt.timedelta(days=6))
        for day in (dt.date.fromordinal(rng.randint(FIRST_DAY, LAST_DAY - 6)) for _ in range(count))
    ]


def span_ids(store: Neo4jStore, start: dt.date, end: dt.date) -> tuple[str, dict[str, Any]]:
    shape = event_parameters(EventQuery(start=start, end=end))
    assert shape is not None
    wanted, params = shape
    return cypher.select_event_ids(wanted), params


def plan_index(store: Neo4jStore, statement: str, params: dict[str, Any]) -> dict[str, Any]:
    """The index seeks in the PROFILE plan, and the plan's total db hits."""
    with store.session() as session:
        result = session.run("PROFILE " + statement, params)
        list(result)  # the profile is complete only once every row was pulled
        summary = result.consume()
    seeks: list[dict[str, Any]] = []
    hits = 0

    def walk(operator: dict[str, Any]) -> None:
        nonlocal hits
        hits += int(operator.get("dbHits") or 0)
        name = operator["operatorType"].split("@")[0]
        if "Index" in name or "Seek" in name:
            details = operator["args"].get("Details", "")
            seeks.append({"operator": name, "details": details, "rows": operator.get("rows")})
        for child in operator.get("children", []):
            walk(child)

    assert summary.profile is not None
    walk(summary.profile)
    return {"seeks": seeks, "db_hits": hits}


def main() -> None:
    parser = argparse.ArgumentParser(description="Time one-week between questions on Neo4j.")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch-size", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=200, help="one-week windows to ask")
    parser.add_argument("--warmup-queries", type=int, default=200, help="other windows asked before measuring")
    parser.add_argument("--limit", type=int, default=50, help="page size of the reported between query")
    parser.add_argument("--reuse", action="store_true", help="skip loading when the database holds --events events")
    parser.add_argument("--uri", help="Neo4j URL (default NEO4J_URI, else bolt://127.0.0.1:7687)")
    args = parser.parse_args()

    store = open_store(args.uri)
    result: dict[str, Any] = {"events": args.events}
    if not (args.reuse and store.counts()["events"] == args.events):
        wipe(store)
        store.run_schema()
        log(f"loading {args.events} events ...")
        loaded, write_s, _ = load(store, args.events, args.seed, args.batch_size)
        result.update(load_s=round(write_s, 1), load_events_per_s=round(loaded / write_s))
    store.run_schema()
    result["counts"] = store.counts()

    windows = week_windows(args.queries, args.seed)
    # Other windows than the measured ones: a server that has been up a while has compiled its query
    # code and holds the hot store pages, but the measured windows must not be answered from pages
    # they loaded themselves.
    for start, end in week_windows(args.warmup_queries, args.seed + 1):
        list(between(store, DateRange(start, end), limit=args.limit))
        list(between(store, DateRange(start, end), limit=args.limit, view=TimeView(as_of=end)))
        store.read(*span_ids(store, start, end))
        store.read(RANGE_OVERLAP, {"start": start, "end": end})

    def page(window: tuple[dt.date, dt.date]) -> list[Any]:
        return list(between(store, DateRange(*window), limit=args.limit))

    def as_of_page(window: tuple[dt.date, dt.date]) -> list[Any]:
        return list(between(store, DateRange(*window), limit=args.limit, view=TimeView(as_of=window[1])))

    def whole(window: tuple[dt.date, dt.date]) -> list[Any]:
        return list(between(store, DateRange(*window)))

    def span_matches(query: tuple[str, dict[str, Any]]) -> list[str]:
        return list(store.read(*query)[0]["ids"])

    def range_matches(window: tuple[dt.date, dt.date]) -> list[str]:
        return list(store.read(RANGE_OVERLAP, {"start": window[0], "end": window[1]})[0]["ids"])

    # One pass per kind of question, so that the slow range-index variant (hundreds of thousands of
    # db hits per window) does not evict the caches the page queries run on.
    page_ms = [timed_ms(partial(page, window))[0] for window in windows]
    as_of_ms = [timed_ms(partial(as_of_page, window))[0] for window in windows]
    full = [timed_ms(partial(whole, window)) for window in windows]
    full_ms = [elapsed for elapsed, _ in full]
    sizes = [len(found) for _, found in full]
    ids = [timed_ms(partial(span_matches, span_ids(store, *window))) for window in windows]
    ids_ms = [elapsed for elapsed, _ in ids]
    ranged = [timed_ms(partial(range_matches, window)) for window in windows]
    range_ms = [elapsed for elapsed, _ in ranged]
    for (start, _), (_, span_found), (_, range_found) in zip(windows, ids, ranged, strict=True):
        assert span_found == range_found, (start, len(span_found), len(range_found))

    start, end = windows[0]
    span_plan = plan_index(store, *span_ids(store, start, end))
    range_plan = plan_index(store, RANGE_OVERLAP, {"start": start, "end": end})
    log(f"PROFILE span query: {json.dumps(span_plan)}")
    log(f"PROFILE range query: {json.dumps(range_plan)}")
    store.close()
    used = [s["details"] for s in span_plan["seeks"]]
    result.update(
        queries=len(windows),
        warmup_queries=args.warmup_queries,
        limit=args.limit,
        p50_ms=round(statistics.median(page_ms), 2),
        p95_ms=round(percentile(page_ms, 0.95), 2),
        as_of_p50_ms=round(statistics.median(as_of_ms), 2),
        as_of_p95_ms=round(percentile(as_of_ms, 0.95), 2),
        full_p50_ms=round(statistics.median(full_ms), 2),
        full_p95_ms=round(percentile(full_ms, 0.95), 2),
        full_events=round(statistics.mean(sizes), 1),
        ids_p50_ms=round(statistics.median(ids_ms), 2),
        ids_p95_ms=round(percentile(ids_ms, 0.95), 2),
        ids_db_hits=span_plan["db_hits"],
        range_ids_p50_ms=round(statistics.median(range_ms), 2),
        range_ids_p95_ms=round(percentile(range_ms, 0.95), 2),
        range_db_hits=range_plan["db_hits"],
        range_index_used=[s["details"] for s in range_plan["seeks"]],
        index_used=used[0] if used else False,
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
