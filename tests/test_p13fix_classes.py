"""Failure classes of the thirteenth unseen-news probe (tests/fixtures/probe13, issue #12), each checked on
sentences written for these tests in other wordings and on other topics than the probe's articles."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_probe4_classes import read, with_word
from timelinekg.schema.model import Event

pytest.importorskip("spacy")

MONDAY = dt.date(2026, 3, 2)


def first_event(text: str, word: str) -> Event:
    """The first event of the text a word of its label names (there must be one)."""
    facts = read(text, MONDAY)
    events = with_word(facts, word)
    assert events, [e.label for e in facts.events]
    return events[0]


# -- class 1: a road, bridge or port blocked by a crowd is a protest (not a "prevented" act) -------------------
@pytest.mark.parametrize(
    ("text", "word", "types"),
    [
        ("Hundreds of truckers blocked the motorway into Lyon with their lorries on Sunday.", "blocked", {"protest"}),
        ("Students blocked the main bridge of the capital for six hours on Saturday.", "blocked", {"protest"}),
        ("Villagers blocked the highway to the mine with burning tyres on Sunday.", "blocked", {"protest"}),
    ],
)
def test_a_road_blocked_by_a_crowd_is_a_protest(text: str, word: str, types: set[str]) -> None:
    assert first_event(text, word).type in types


# -- class 2: civilians who fight or occupy a room brawl or protest; only armed men wage war -------------------
@pytest.mark.parametrize(
    ("text", "word", "types"),
    [
        (
            "Lawmakers fought on the floor of the assembly during a debate on the budget on Sunday.",
            "fought",
            {"attack", "protest", "other"},
        ),
        (
            "Rival fans fought outside the stadium after the match on Saturday.",
            "fought",
            {"attack", "protest", "other"},
        ),
        ("Students occupied the rector's office for three days last week.", "occupied", {"protest"}),
        ("Opposition senators occupied the chamber overnight on Sunday.", "occupied", {"protest"}),
    ],
)
def test_civilians_fighting_or_occupying_are_not_war(text: str, word: str, types: set[str]) -> None:
    assert first_event(text, word).type in types


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Government troops occupied the town on Sunday.", "occupied"),
        ("Rebels fought government forces near the border on Saturday.", "fought"),
    ],
)
def test_armed_men_fighting_or_occupying_stay_war(text: str, word: str) -> None:
    events = with_word(read(text, MONDAY), word)
    assert events and events[0].type == "military"


# -- class 3: an officer, warden or superintendent suspended or sacked is a personnel change -------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The interior minister on Sunday suspended the police superintendent of the district.", "suspended"),
        ("The justice ministry sacked the warden of the jail on Saturday, citing negligence.", "sacked"),
        ("The governor suspended the officer in charge of the station and two constables on Sunday.", "suspended"),
    ],
)
def test_an_officer_suspended_is_personnel(text: str, word: str) -> None:
    assert first_event(text, word).type == "personnel"


# -- class 4: an event noun as the subject of "began", "started" or "broke out" is the event itself ----------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The bird kill at the reservoir began on Saturday near the northern shore.", "kill"),
        ("The die-off of bees began on Sunday, beekeepers said.", "off"),
        ("A mass die-off of seals began on Saturday along the coast.", "off"),
        ("The hunger strike at the detention centre began on Saturday.", "strike"),
    ],
)
def test_an_event_noun_that_began_is_an_event(text: str, word: str) -> None:
    facts = read(text, MONDAY)
    assert with_word(facts, word), [e.label for e in facts.events]


def test_a_bare_kill_is_no_event() -> None:
    assert not read("The lion made the kill on Saturday.", MONDAY).events


def test_a_bare_off_is_no_die_off() -> None:
    # a match called off is news of its own (session 25: "call off" read as "cancel"), but no die-off
    events = read("The match was called off on Saturday.", MONDAY).events
    assert all(e.type != "disaster" for e in events), [(e.type, e.label) for e in events]


# -- class 5: "The bird kill on the lake began": the tagger reads the compound's second noun as a verb with the
# first for subject; a "verb" that is itself the plain subject of another verb is that noun ------------------
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The bird kill on the lake began on March 3.", dt.date(2026, 3, 3)),
        ("The salmon kill on the upper river began on February 20, near a dam.", dt.date(2026, 2, 20)),
        ("The turtle kill along the coast began on Sunday.", dt.date(2026, 3, 1)),
    ],
)
def test_a_compound_event_noun_read_as_a_verb_is_found(text: str, day: dt.date) -> None:
    facts = read(text, MONDAY)
    events = with_word(facts, "kill")
    assert events, [e.label for e in facts.events]
    assert events[0].type == "disaster"
    assert events[0].earliest == day


# -- class 6: money released or a licence suspended are no product launch and no cut in relations ------------------
@pytest.mark.parametrize(
    ("text", "word", "types"),
    [
        (
            "The European Union released 12 million euros in emergency aid for flood victims on Sunday.",
            "released",
            {"aid"},
        ),
        ("The government on Saturday released relief funds for farmers hit by the drought.", "released", {"aid"}),
        (
            "The regulator suspended the broadcaster's licence on Sunday over a report on the army.",
            "suspended",
            {"coercion"},
        ),
        ("The aviation authority suspended the airline's operating permit on Saturday.", "suspended", {"coercion"}),
        ("Apple released a new iPhone on Sunday.", "released", {"product-launch"}),
    ],
)
def test_money_released_and_licences_suspended(text: str, word: str, types: set[str]) -> None:
    assert first_event(text, word).type in types


# -- class 7: people pulled from rubble, a river or a mine are rescued (aid), not a thing pulled ------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Rescuers pulled six survivors from the rubble of the hotel on Sunday.", "pulled"),
        ("Rescuers pulled a teacher alive from the collapsed school on Saturday.", "pulled"),
        ("Soldiers pulled an old man alive from the mud on Sunday.", "pulled"),
        ("Firefighters pulled a woman alive from the wreckage of the train on Sunday.", "pulled"),
    ],
)
def test_people_pulled_from_rubble_are_rescued(text: str, word: str) -> None:
    assert first_event(text, word).type == "aid"


def test_a_thing_pulled_is_no_event() -> None:
    assert not with_word(read("The fisherman pulled a large carp from the lake on Sunday.", MONDAY), "pulled")


def test_a_road_blocked_with_a_protest_is_that_protest() -> None:
    facts = read("Farmers blocked the highway with a rally against new land taxes on Sunday.", MONDAY)
    assert with_word(facts, "rally"), [e.label for e in facts.events]
    assert len([e for e in facts.events if e.type == "protest"]) == 1
