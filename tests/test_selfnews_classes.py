"""Failure classes of the self-written news probe (tests/fixtures/selfnews, issue #12), each checked on sentences
written for these tests in other wordings and on other topics than the probe's articles."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_probe4_classes import agent_names, place_names, read
from timelinekg.schema.model import Event, Facts

pytest.importorskip("spacy")

FRIDAY = dt.date(2026, 9, 4)


def with_word(facts: Facts, word: str) -> list[Event]:
    return [e for e in facts.events if word in e.label]


def lower_places(facts: Facts, event: Event) -> set[str]:
    return {p.lower() for p in place_names(facts, event)}


# -- class 1: headline acts the lexicon lacked (a robbery, a sabotaged line, a missed debt payment, a recount) ----
@pytest.mark.parametrize(
    ("text", "word", "types", "agent"),
    [
        ("Three armed men robbed a jewellery store in central Lyon on Saturday.", "robbed", {"attack"}, "armed men"),
        ("A gunman held up a petrol station on the edge of Leeds late on Tuesday.", "held up", {"attack"}, "gunman"),
        ("Thieves held up a cash van on a motorway near Turin on Wednesday.", "held up", {"attack"}, "Thieves"),
        ("Saboteurs blew up a power line near the port of Odesa on Sunday.", "blew up", {"attack"}, "Saboteurs"),
        (
            "An electricity pylon was blown up by militants in Balochistan on Monday.",
            "blown up",
            {"attack"},
            "militants",
        ),
        ("Insurgents blew up a gas well in the east of the country on Monday.", "blew up", {"attack"}, "Insurgents"),
        (
            "Sri Lanka defaulted on its foreign debt for the first time on Tuesday.",
            "defaulted",
            {"business"},
            "Sri Lanka",
        ),
        (
            "Ecuador's government failed to make a $60 million coupon payment due on Tuesday.",
            "failed",
            {"business", "other"},
            "",
        ),
        (
            "Election workers began recounting votes in three districts of Lagos on Wednesday.",
            "recount",
            {"election"},
            "",
        ),
        ("Officials counted the ballots again on Monday in the northern city of Kano.", "counted", {"election"}, ""),
    ],
)
def test_headline_acts_are_events(text: str, word: str, types: set[str], agent: str) -> None:
    facts = read(text, FRIDAY)
    acts = with_word(facts, word)
    assert acts, [e.label for e in facts.events]
    assert acts[0].type in types, (acts[0].label, acts[0].type)
    assert acts[0].earliest is not None and acts[0].earliest == acts[0].latest, (acts[0].earliest, acts[0].latest)
    if agent:
        assert any(agent.lower() in name.lower() for name in agent_names(facts, acts[0])), agent_names(facts, acts[0])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Heavy snow held up the rescue on Monday.", "held up"),
        ("She recounted the ordeal to reporters on Tuesday.", "recounted"),
        ("The striker failed to score on Saturday.", "failed"),
    ],
)
def test_look_alikes_are_no_such_acts(text: str, word: str) -> None:
    facts = read(text, FRIDAY)
    for event in with_word(facts, word):
        assert event.type not in {"attack", "election", "business"}, (event.label, event.type)
