"""Stored nodes a later report shows to be one event, and loading order (issue #12).

Articles of our own wording (tests/unify_support.py): the store must end with the same events whichever order
the reports of one event arrive in."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.unify_support import (
    HOST,
    RIVAL,
    VISITOR,
    harbour_report,
    host_report,
    ministry_report,
    visit_report,
)
from timelinekg.graph.base import EventQuery
from timelinekg.graph.ingest import ingest
from timelinekg.graph.sqlite import SQLiteStore
from timelinekg.schema.model import Facts

D = dt.date
Reports = tuple[Callable[[], Facts], ...]


def stored_events(path: Path, reports: Reports) -> set[frozenset[str]]:
    """What the store holds after loading ``reports`` in this order: each event as the sources reporting it."""
    with SQLiteStore(path) as store:
        for make in reports:
            ingest(store, make())
        return {frozenset(e.source_ids) for e in store.events(EventQuery())}


@pytest.mark.parametrize("order", list(itertools.permutations((host_report, harbour_report, ministry_report))))
def test_three_reports_of_one_visit_give_one_event_in_every_order(tmp_path: Path, order: Reports) -> None:
    assert stored_events(tmp_path / "visit.db", order) == {frozenset({"host-paper", "harbour-news", "ministry-wire"})}


def rival_report() -> Facts:
    week = (D(2024, 5, 6), D(2024, 5, 10))
    return visit_report("rival-paper", "ev-rival", *week, agents=(RIVAL,), targets=(HOST,), in_town=True)


def muddled_report() -> Facts:
    """A report naming both visitors: it agrees with each of two visits that contradict each other."""
    day = (D(2024, 5, 8), D(2024, 5, 8))
    return visit_report("muddled-wire", "ev-both", *day, agents=(VISITOR, RIVAL), targets=(HOST,), in_town=True)


# Both visits stored before the muddled report.  (Stored after it, the second visit meets a node that already
# holds both visitors, and the ordinary merge takes it in: a node keeps no record of which report named whom.)
@pytest.mark.parametrize(
    "order", [(host_report, rival_report, muddled_report), (rival_report, host_report, muddled_report)]
)
def test_a_report_never_bridges_two_visits_by_different_visitors(tmp_path: Path, order: Reports) -> None:
    events = stored_events(tmp_path / "visits.db", order)
    assert len(events) == 2
    assert not any({"host-paper", "rival-paper"} <= sources for sources in events)


def undated_report() -> Facts:
    """The visit retold without its day in a paper of the Friday: bounded by its publication only."""
    facts = visit_report(
        "weekly-review",
        "ev-undated",
        D(2024, 5, 10),
        D(2024, 5, 10),
        agents=(VISITOR,),
        targets=(HOST,),
        quote="the visitor, who met the host this week",
    )
    [event] = facts.events
    [mention] = event.mentions
    retold = mention.__class__(
        mention.source_id, mention.quote, mention.start, mention.end, None, D(2024, 5, 10), "reported"
    )
    facts.events = [event.with_changes(earliest=None, precision="reported", mentions=(retold,))]
    return facts


@pytest.mark.parametrize("order", [(ministry_report, undated_report), (undated_report, ministry_report)])
def test_a_dated_report_takes_in_the_undated_one_stored_before_it(tmp_path: Path, order: Reports) -> None:
    assert stored_events(tmp_path / "retold.db", order) == {frozenset({"ministry-wire", "weekly-review"})}


def test_a_denial_of_a_folded_node_denies_the_event_it_became_part_of(tmp_path: Path) -> None:
    denial = visit_report("denial-post", "ev-denial", D(2024, 5, 9), D(2024, 5, 9), agents=(RIVAL,), quote="no visit")
    [event] = denial.events
    denial.events = [event.with_changes(type="rejection", disputes=("ev-harbour",))]
    with SQLiteStore(tmp_path / "denied.db") as store:
        for facts in (host_report(), harbour_report(), denial, ministry_report()):
            ingest(store, facts)
        [visit] = [e for e in store.events(EventQuery()) if e.id != "ev-denial"]
        # as many sources and reports each: the one stored first is kept
        assert (visit.id, visit.attribute("unified_ids")) == ("ev-host", ["ev-harbour"])
        [stored_denial] = store.events(EventQuery(ids=["ev-denial"]))
        assert stored_denial.disputes == (visit.id,)
        assert [e.id for e in store.events(EventQuery(linked_to=[visit.id]))] == ["ev-denial"]
