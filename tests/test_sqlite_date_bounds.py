"""An actor lookup tests the events' own date columns instead of joining the R*Tree: the same rows, in the same
order, for every date question, on a store of real news (the development set and the cluster fixtures)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SHARED
from timelinekg.graph import sqlite
from timelinekg.graph.base import EventQuery
from timelinekg.graph.ingest import load_paths
from timelinekg.graph.sqlite import SQLiteStore

REPO = Path(__file__).resolve().parents[1]
ARTICLE_FOLDERS = (
    SHARED / "data" / "dev" / "realnews" / "articles",
    *(REPO / "tests" / "fixtures" / name / "articles" for name in ("clusters", "clusters2", "clusters3")),
)


@pytest.fixture(scope="module")
def news_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SQLiteStore]:
    folders = [folder for folder in ARTICLE_FOLDERS if folder.is_dir()]
    if not folders:
        pytest.skip("no article folders")
    articles = sorted(path for folder in folders for path in folder.glob("*.md") if path.name != "README.md")
    store = SQLiteStore(tmp_path_factory.mktemp("news") / "store.db")
    load_paths(store, articles)
    yield store
    store.close()


def _rows(store: SQLiteStore, query: EventQuery) -> list[tuple[object, ...]]:
    return list(store._rows(*store._event_sql(query)))


def _windows(days: list[dt.date]) -> Iterator[tuple[dt.date | None, dt.date | None]]:
    """Every pair of the stored bounds, a day either side of them, and open ends."""
    edges = sorted({d + dt.timedelta(days=shift) for d in days for shift in (-1, 0, 1)})
    # a spread of the edges keeps the question count small while covering each bound's neighbourhood
    sample = [*edges[:: max(1, len(edges) // 12)], edges[-1]]
    for start, end in itertools.product([None, *sample], [None, *sample]):
        if start is None or end is None or start <= end:
            yield start, end


def test_actor_lookups_read_the_same_rows_from_the_events_dates_as_from_the_span_index(
    news_store: SQLiteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    events = list(news_store.events(EventQuery()))
    assert any(e.earliest is None for e in events) and any(e.earliest is not None for e in events)
    days = sorted({d for e in events for d in (e.earliest, e.latest) if d is not None})
    actor_sets = sorted({tuple(sorted(e.actor_ids)) for e in events if e.actor_ids})
    actor_sets += [(actor,) for actor in sorted({a for e in events for a in e.actor_ids})][::3]
    questions = [
        EventQuery(start=start, end=end, within=within, include_open=include_open, actor_ids=actors, limit=limit)
        for start, end in _windows(days)
        for within in (False, True)
        for include_open in (False, True)
        for actors, limit in zip(actor_sets[::7], itertools.cycle((50, None, 3)))
    ]
    by_dates = [_rows(news_store, q) for q in questions]
    monkeypatch.setattr(sqlite, "EVENT_DATES", sqlite.SPAN_INDEX)  # the R*Tree join, as before
    by_span = [_rows(news_store, q) for q in questions]
    assert by_dates == by_span
    assert sum(map(bool, by_dates)) > len(questions) // 10  # the questions find events, not only nothing
