"""Duplicates across outlets (session 30, helper `dups33`), checked on articles written here, about other countries,
bodies and things than the probes'.

One act on one stated day, told by two outlets in the same word for it, at most one of them saying who did it: "the
restriction ... is lifted from 12:00 on 18.04.2026" and "That restriction lasted six days and was lifted at noon on
Saturday" (probe32, neither names an agent), "He was expelled from the tournament that evening" and "The arbiters
expelled him the same evening" (probe29, what was done is told by a pronoun), "the Department of Examinations has
cancelled this morning's Combined Mathematics second paper" and "which was cancelled on 2026.08.11 owing to the
exposure of the question paper" (probe28, the clause holds the word only), "a storm ... broke the moorings" and "a
winter storm tore apart a cluster of net pens" (probe29, a disaster of no agent), "that died on March 28" and "a cow
died suddenly on a farm" (probe27).  The report naming no agent has no one to contradict the other, but what it was
done to is not in its clause, so the words of what was done to it (``_done_to``) cannot agree; the two sentences
still tell some same thing besides names, the word and the day.  Guards: the same word of that day for other things
(another restriction lifted, another person held), another named thing (another company's licence), another day.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract_support import holding as _holding
from tests.extract_support import shown as _shown
from tests.test_extract_news import load_articles
from timelinekg.schema.model import Event

pytest.importorskip("spacy")


def _together(events: list[Event], first: str, second: str) -> bool:
    return any(any(second in m.quote for m in e.mentions) for e in _holding(events, first))


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        # neither names who did it
        (
            (
                "2026-03-09",
                "That curfew lasted five nights and was lifted at dawn on Saturday, after the streets stayed calm.",
            ),
            (
                "2026-03-07",
                "The municipality of Tetovo informs citizens that, on the advice of the police, the curfew imposed on "
                "the town centre is lifted from 06:00 on 07.03.2026.",
            ),
            ("was lifted at dawn", "curfew imposed"),
        ),
        # what was done told by a pronoun
        (
            (
                "2026-10-12",
                "She was disqualified from the race on Sunday afternoon, and her time was struck from the results.",
            ),
            (
                "2026-10-11",
                "Race referees disqualified Mary Wanjiru of Kenya on Sunday afternoon after she took a bottle outside "
                "the feeding zone of the Lisbon Marathon.",
            ),
            ("She was disqualified", "Race referees disqualified"),
        ),
        # the clause holds the word for the act only
        (
            (
                "2026-05-14",
                "Our top story tonight: the Ministry of Education has cancelled this morning's chemistry paper in the "
                "national school exams after the questions leaked online.",
            ),
            (
                "2026-05-15",
                "Candidates will resit the chemistry paper, which was cancelled on 14.05.2026 owing to the leak of the "
                "questions before the start of the examination.",
            ),
            ("has cancelled this morning", "which was cancelled"),
        ),
    ],
)
def test_one_act_told_by_at_most_one_agent_in_one_word_is_one_event(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], words: tuple[str, str]
) -> None:
    events = load_articles(tmp_path, {"a.md": first, "b.md": second})
    assert _together(events, *words), _shown(events)


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        # the same word that day for another thing lifted
        (
            (
                "2026-03-09",
                "That curfew lasted five nights and was lifted at dawn on Saturday, after the streets stayed calm.",
            ),
            (
                "2026-03-08",
                "A ban on fishing in Lake Ohrid was lifted on Saturday as the algae bloom had cleared from the shore.",
            ),
            ("was lifted at dawn", "fishing in Lake"),
        ),
        # the same word that day for another person held
        (
            ("2026-07-04", "Two men were arrested at the fish market on Friday with forged banknotes in their bags."),
            ("2026-07-04", "Police arrested a taxi driver on Friday for carrying stolen phones."),
            ("Two men were arrested", "Police arrested a taxi"),
        ),
        # another named thing
        (
            ("2026-02-18", "Coastline Petroleum's import licence was suspended on Tuesday after a fire at its depot."),
            (
                "2026-02-17",
                "The energy regulator suspended the import licence of Jubilee Fuels on Tuesday over unpaid levies.",
            ),
            ("Coastline Petroleum", "Jubilee Fuels"),
        ),
        # another day
        (
            (
                "2026-10-12",
                "She was disqualified from the race on Saturday afternoon, and her time was struck from the results.",
            ),
            (
                "2026-10-11",
                "Race referees disqualified Mary Wanjiru of Kenya on Sunday afternoon after she took a bottle outside "
                "the feeding zone of the Lisbon Marathon.",
            ),
            ("She was disqualified", "Race referees disqualified"),
        ),
    ],
)
def test_the_same_word_for_another_thing_or_day_stays_apart(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], words: tuple[str, str]
) -> None:
    events = load_articles(tmp_path, {"a.md": first, "b.md": second})
    assert _holding(events, words[0]) and _holding(events, words[1]), _shown(events)
    assert not _together(events, *words), _shown(events)


# -- the rule itself, on reports typed apart: one left ``other`` by a word for an act ----------------------------------
def _report(event_id: str, type_: str, quote: str, source: str, *roles: tuple[str, str]) -> Event:
    import datetime as dt

    from timelinekg.schema.model import Mention, Participation

    day = dt.date(2026, 11, 21)
    return Event(
        event_id,
        type_,
        quote,
        day,
        day,
        "day",
        participants=tuple(Participation(actor, role) for actor, role in roles),
        mentions=(Mention(source, quote, 0, len(quote), day, day, "day"),),
        attributes=(("trigger", "lifted"),),
    )


def test_an_untyped_report_and_a_typed_one_of_one_act_told_without_agent_join() -> None:
    from timelinekg.schema.merge import merge_evidence

    untyped = _report(
        "ev-a", "other", "The boil-water advisory for the northern suburbs is lifted from 08:00 today.", "src-a"
    )
    typed = _report("ev-b", "yield", "The advisory lasted nine days and was lifted on Saturday morning.", "src-b")
    assert merge_evidence(untyped, typed) and merge_evidence(typed, untyped)
    # what was said is not an act: a statement left apart
    said = _report("ev-c", "statement", "The advisory lasted nine days and was lifted on Saturday morning.", "src-b")
    assert merge_evidence(untyped, said) is None


def test_an_untyped_report_finds_the_typed_report_of_its_day_in_the_store_either_way(tmp_path: Path) -> None:
    from timelinekg.graph.base import EventQuery
    from timelinekg.graph.ingest import ingest
    from timelinekg.graph.sqlite import SQLiteStore
    from timelinekg.schema.model import Facts, Source

    untyped = _report(
        "ev-a", "other", "The boil-water advisory for the northern suburbs is lifted from 08:00 today.", "src-a"
    )
    typed = _report("ev-b", "yield", "The advisory lasted nine days and was lifted on Saturday morning.", "src-b")
    for name, order in (("first.db", [untyped, typed]), ("second.db", [typed, untyped])):
        store = SQLiteStore(tmp_path / name)
        for report in order:
            source = Source(report.mentions[0].source_id, "t", f"https://example.org/{report.id}")
            ingest(store, Facts(sources=[source], events=[report]))
        assert len(list(store.events(EventQuery()))) == 1, name
