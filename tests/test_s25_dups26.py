"""Duplicates as a class (session 25, helper `dups26`), checked on articles written here, about other countries,
bodies and kinds of story than the probes'.

1. An act the typer could not type (``other``: "identified the object", "moved the group", "relocated the
   elephants") told by two outlets, on one stated day, by the same word for the act and about the same things
   (content words of both sentences besides the names, the act word and the day), is one act: the merge rule had
   taken every pair of ``other`` reports for speech, which one shared agent and one day never join (a speaker says
   many things a day), so "CONAE today identifies the object as a helium tank ... of an Arrow rocket" and "on Friday
   CONAE identified it from its markings as an Arrow second-stage pressure vessel" (probe26) stayed two, as did
   "which moved an under-17 qualifying group ... to Guatemala City last Friday" and "moved the four-team group to
   Guatemala City" (probe21).  Guard: the same agent doing the same act to other things that day ("identified the
   carcass ... as a whale", "identified a new parasite in farmed salmon").
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.test_extract_news import load_articles
from timelinekg.graph.base import EventQuery
from timelinekg.graph.ingest import ingest
from timelinekg.graph.sqlite import SQLiteStore
from timelinekg.schema.model import Actor, Event, Facts, Mention, Participation, Place, Source

pytest.importorskip("spacy")

D = dt.date


def _shown(events: list[Event]) -> list[tuple[str, str, object, object, int]]:
    return [(e.type, e.label[:70], e.earliest, e.latest, len(e.source_ids)) for e in events]


def _telling(events: list[Event], *words: str) -> list[Event]:
    return [e for e in events if any(any(w in m.quote for w in words) for m in e.mentions)]


# -- 1. an untyped act told by two outlets on one day, about the same things ---------------------------------------
@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        # the same named body, a pronoun for what it identified in the second outlet
        (
            (
                "2026-04-10",
                "The Norwegian Institute of Marine Research on Thursday identified the carcass that washed up near "
                "Bodo as a northern bottlenose whale, from its skull and teeth.",
            ),
            (
                "2026-04-13",
                "On Thursday the Institute of Marine Research identified it from its skull as a northern bottlenose "
                "whale, the first seen off Nordland in decades.",
            ),
            ("identified the carcass", "identified it"),
        ),
        # the same agency and herd, the park named by one outlet only
        (
            (
                "2026-07-01",
                "The Kenya Wildlife Service relocated the six elephants from Tsavo to Meru National Park on Sunday.",
            ),
            (
                "2026-07-02",
                "On Sunday the Kenya Wildlife Service relocated the six elephants to Meru National Park by lorry, a "
                "journey of eleven hours.",
            ),
            ("relocated the six",),
        ),
        # a body's decision retold in a relative clause days later, with its day
        (
            (
                "2026-10-10",
                "On Friday, World Athletics moved the indoor championships from Belgrade to Torun, citing the state "
                "of the arena.",
            ),
            (
                "2026-10-14",
                "World Athletics, which moved the indoor championships from Belgrade to Torun last Friday, said it "
                "would not review the decision.",
            ),
            ("moved the indoor",),
        ),
    ],
)
def test_an_untyped_act_told_alike_by_two_outlets_on_one_day_is_one(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], words: tuple[str, ...]
) -> None:
    events = load_articles(tmp_path, {"a.md": first, "b.md": second})
    told = [e for e in _telling(events, *words) if e.type == "other"]
    assert len(told) == 1, _shown(told)
    assert len(told[0].source_ids) == 2, _shown(told)


def test_the_same_agent_doing_the_same_act_to_other_things_that_day_stays_two(tmp_path: Path) -> None:
    events = load_articles(
        tmp_path,
        {
            "a.md": (
                "2026-04-10",
                "The Norwegian Institute of Marine Research on Thursday identified the carcass that washed up near "
                "Bodo as a northern bottlenose whale, from its skull and teeth.",
            ),
            "b.md": (
                "2026-04-10",
                "The Norwegian Institute of Marine Research on Thursday identified a new parasite in farmed salmon "
                "from three fjords.",
            ),
        },
    )
    told = _telling(events, "identified the carcass", "identified a new parasite")
    assert told and all(len(e.source_ids) == 1 for e in told), _shown(told)


# -- 1b. the store looks an agentless untyped act of a day up by its day, as it does an agent's -------------------
def _untyped_report(source: str, quote: str, *, agent: str | None) -> Facts:
    day = D(2026, 10, 9)
    return Facts(
        sources=[Source(source, title=source, url=f"https://example.org/{source}", published=D(2026, 10, 14))],
        actors=[Actor(agent, agent.title(), "organisation")] if agent else [],
        places=[Place("torun", "Torun", "city", 53.01, 18.6)],
        events=[
            Event(
                f"ev-{source}",
                "other",
                quote,
                day,
                day,
                "day",
                participants=(Participation(agent, "agent"),) if agent else (),
                place_ids=("torun",),
                mentions=(Mention(source, quote, 0, len(quote), day, day, "day"),),
                attributes=(("trigger", "moved"),),
            )
        ],
    )


@pytest.mark.parametrize("agent_first", [True, False])
def test_an_agentless_untyped_act_meets_the_same_act_of_its_day(tmp_path: Path, agent_first: bool) -> None:
    store = SQLiteStore(tmp_path / "news.db")
    named = _untyped_report(
        "a", "On Friday World Athletics moved the indoor championships from Belgrade to Torun.", agent="world-athletics"
    )
    agentless = _untyped_report(
        "b", "The body moved the indoor championships from Belgrade to Torun last Friday.", agent=None
    )
    for facts in (named, agentless) if agent_first else (agentless, named):
        ingest(store, facts)
    events = list(store.events(EventQuery()))
    assert len(events) == 1, _shown(events)


def test_an_agentless_untyped_act_about_other_things_stays_apart(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "news.db")
    ingest(
        store,
        _untyped_report(
            "a", "On Friday World Athletics moved the indoor championships from Belgrade to Torun.", agent="x"
        ),
    )
    ingest(store, _untyped_report("b", "A crane moved the old tram depot's roof in Torun on Friday.", agent=None))
    assert len(list(store.events(EventQuery()))) == 2
