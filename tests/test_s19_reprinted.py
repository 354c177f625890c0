"""A wire story reprinted word for word by several outlets gives each event once, with every outlet as a source
(own articles; the undated reports are the ones the merge rule is most careful with)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from timelinekg.graph.ingest import load_paths
from timelinekg.graph.sqlite import open_sqlite_store
from timelinekg.loaders import LoadOptions
from timelinekg.queries import resolve

WIRE_STORY = """Miners' union threatens national strike

The country's largest miners' union has threatened to call a national strike over unpaid wages, its leader
Tomas Vrana told reporters in Ostrava on Thursday.

Speaking outside the union's headquarters, Vrana accused the state mining company of withholding three months of
pay from more than four thousand workers at pits across the region.

Vrana has previously warned that the union would take its members out of every pit in the country if the company
failed to settle its debts before the end of the year.

The company said on Thursday it would meet union representatives next week.
"""


def test_a_story_reprinted_by_three_outlets_gives_each_event_once(tmp_path: Path) -> None:
    rows = [
        {"text": WIRE_STORY, "published": "2026-03-06", "url": f"https://outlet{n}.example.test/miners", "title": "x"}
        for n in range(3)
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    single = tmp_path / "single.jsonl"
    single.write_text(json.dumps(rows[0]) + "\n", encoding="utf-8")

    def stored(path: Path, name: str) -> list[dict[str, Any]]:
        store = open_sqlite_store(str(tmp_path / name))
        try:
            report = load_paths(store, [path], LoadOptions())
            assert not report.errors
            from timelinekg.graph.base import EventQuery

            return [view.as_json() for view in resolve(store, list(store.events(EventQuery(include_open=True))))]
        finally:
            store.close()

    once, thrice = stored(single, "one.db"), stored(feed, "three.db")
    assert len(thrice) == len(once), sorted(e["label"] for e in thrice)
    assert all(len({s["url"] for s in event["sources"]}) == 3 for event in thrice)
