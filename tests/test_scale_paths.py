"""The paths the million-event benchmark exercises, checked for behaviour (the figures come from bench/)."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from bench.synthetic import synthetic_facts

from timelinekg.graph.base import EventQuery
from timelinekg.graph.ingest import ingest
from timelinekg.graph.sqlite import SQLiteStore
from timelinekg.queries import between
from timelinekg.queries.claims import TimeView
from timelinekg.schema.dates import DateRange
from timelinekg.schema.model import Event, Facts, overlaps


def test_synthetic_facts_are_deterministic_and_shaped_as_asked() -> None:
    first = list(synthetic_facts(300, seed=5, batch_size=100))
    again = list(synthetic_facts(300, seed=5, batch_size=100))
    assert [b.events for b in first] == [b.events for b in again]
    assert [len(b.events) for b in first] == [100, 100, 100]
    events = [e for b in first for e in b.events]
    assert all(1 <= len(e.participants) <= 3 and 1 <= len(e.mentions) <= 3 for e in events)
    assert all(e.attribute("dataset") == "synthetic" for e in events)
    # Everything an event names was emitted in its batch or an earlier one.
    seen_actors: set[str] = set()
    seen_places: set[str] = set()
    seen_sources: set[str] = set()
    for batch in first:
        seen_actors |= {a.id for a in batch.actors}
        seen_places |= {p.id for p in batch.places}
        seen_sources |= {s.id for s in batch.sources}
        assert all(p.parent_id is None or p.parent_id in seen_places for p in batch.places)
        for event in batch.events:
            assert set(event.actor_ids) <= seen_actors
            assert set(event.place_ids) <= seen_places
            assert set(event.source_ids) <= seen_sources
    fixed = [e for b in synthetic_facts(50, seed=1, actors_per_event=3, sources_per_event=2) for e in b.events]
    assert all(len(e.participants) == 3 and len(e.mentions) == 2 for e in fixed)


def test_a_first_page_is_the_head_of_the_full_answer(tmp_path: Path) -> None:
    """The limit path finds its page from the R*Tree first; it must return exactly the full answer's head."""
    with SQLiteStore(tmp_path / "page.db") as store:
        for facts in synthetic_facts(3000, seed=2, batch_size=1000, n_actors=200, n_places=100):
            ingest(store, facts, merge=False)
        # Events with an open bound sort first (no earliest) or last among equals (no latest).
        open_events = [
            Event(
                f"open-{n}",
                "statement",
                "undated on one side",
                None if n % 2 else dt.date(2010, 1, n + 1),
                dt.date(2010, 2, n + 1) if n % 2 else None,
                "unknown",
            )
            for n in range(6)
        ]
        ingest(store, Facts(events=open_events), merge=False)
        rng = random.Random(7)
        for _ in range(20):
            start = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randint(0, 9000))
            month = DateRange(start, start + dt.timedelta(days=30))
            full = [e.id for e in between(store, month, include_undated=True)]
            for limit in (1, 3, 20):
                page = between(
                    store, DateRange(start, start + dt.timedelta(days=30)), include_undated=True, limit=limit
                )
                assert [e.id for e in page] == full[:limit]
        for _ in range(40):
            start = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randint(0, 9000))
            end = start + dt.timedelta(days=rng.choice((0, 6, 30, 400)))
            limit = rng.choice((1, 5, 50))
            for within in (False, True):
                everything = [e.id for e in between(store, DateRange(start, end), within=within)]
                first_page = [e.id for e in between(store, DateRange(start, end), within=within, limit=limit)]
                assert first_page == everything[:limit]
        empty = EventQuery(start=dt.date(1990, 1, 1), end=dt.date(1990, 2, 1), limit=5)
        assert list(store.events(empty)) == []
        assert list(store.events(empty)) == []


def test_bulk_writes_replace_by_id_and_keep_counts(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "bulk.db") as store:
        batches = list(synthetic_facts(2000, seed=3, batch_size=500))
        for facts in batches:
            ingest(store, facts, merge=False)
        counts = store.counts()
        for facts in batches:  # the same events again: replaced by id, nothing added
            ingest(store, facts, merge=False)
        assert store.counts() == counts
        sample = batches[1].events[7]
        stored = next(store.events(EventQuery(ids=[sample.id])))
        assert (stored.participants, stored.place_ids, stored.mentions) == (
            sample.participants,
            sample.place_ids,
            sample.mentions,
        )
        days = [e.earliest for e in between(store, DateRange.parse("2010-01-01", "2010-03-31"))]
        assert days and all(d is not None for d in days)


def test_as_of_pages_match_the_view_of_every_event_and_survive_the_schema_migration(tmp_path: Path) -> None:
    """An ``as of`` answer equals the view applied to every event; a store from before the publication
    index (schema 5) gets it when opened, with the same answers."""
    path = tmp_path / "as-of.db"
    with SQLiteStore(path) as store:
        for facts in synthetic_facts(2000, seed=4, batch_size=500, n_actors=200, n_places=100):
            ingest(store, facts, merge=False)
        sources = {s.id: s for s in store.sources()}
        rng = random.Random(11)
        questions = []
        for _ in range(15):
            start = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randint(0, 9000))
            end = start + dt.timedelta(days=rng.choice((6, 30)))
            window = DateRange(start, end)
            view = TimeView(as_of=end - dt.timedelta(days=rng.choice((0, 1, 3))))
            viewed = (view.event(e, sources) for e in between(store, window))
            expected = [v for v in viewed if v is not None and overlaps(v.earliest, v.latest, start, end)]
            assert list(between(store, window, view=view)) == expected
            assert list(between(store, window, view=view, limit=5)) == expected[:5]
            questions.append((window, view, expected))
        # back to schema 5's one-dimensional span index
        store.connection.execute("CREATE VIRTUAL TABLE old_span USING rtree_i32(id, low, high)")
        store.connection.execute("INSERT INTO old_span SELECT id, low, high FROM event_span")
        store.connection.execute("DROP TABLE event_span")
        store.connection.execute("ALTER TABLE old_span RENAME TO event_span")
        store.connection.execute("PRAGMA user_version=5")
    with SQLiteStore(path) as store:
        assert store.schema_version == 6
        for window, view, expected in questions:
            assert list(between(store, window, view=view, limit=5)) == expected[:5]
