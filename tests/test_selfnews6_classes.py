"""Failure classes of the sixth self-written news probe (tests/fixtures/selfnews6, issue #12: English-language press
outside the US/UK wire), each checked on sentences written for these tests in other wordings and on other topics
than the probe's articles."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_probe4_classes import agent_names, lower_places, read, with_word

pytest.importorskip("spacy")

MONDAY = dt.date(2026, 3, 2)
FRIDAY = dt.date(2026, 2, 27)
SATURDAY = dt.date(2026, 2, 28)
SUNDAY = dt.date(2026, 3, 1)


# -- class 1: no sentence break inside a run of capitalised words: the parser cut "Former Deputy Governor Grace |
# Wanjiru Muriuki was sworn in", so the event's sentence lost its subject's first words --------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Former Deputy Governor Grace Wanjiru Muriuki was yesterday sworn in as the governor of the county at a"
        " ceremony in the town.",
        "Retired Army General Kofi Mensah Asante was on Friday appointed chairman of the electoral commission.",
        "Former Senate President Ibrahim Yakubu Danladi was on Monday arraigned before the Federal High Court.",
    ],
)
def test_no_sentence_starts_inside_a_name(text: str) -> None:
    from timelinekg.nlp.extract.nlp import pipeline

    assert [s.text for s in pipeline()(text).sents] == [text]


def test_a_sworn_in_title_and_name_keeps_its_first_words() -> None:
    facts = read(
        "Former Deputy Governor Grace Wanjiru Muriuki was yesterday sworn in as the governor of the county at a"
        " ceremony in the town.",
        MONDAY,
    )
    events = with_word(facts, "sworn")
    assert events and events[0].label.startswith("Former Deputy Governor"), [e.label for e in facts.events]


# -- class 2: arson told as what was done ("set ablaze the station", "set two buses alight", "set the hall on fire",
# "torched", "razed") is an attack by whoever did it, dated by the verb; rioters, hoodlums, miscreants, goons are
# its agents ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "agent"),
    [
        ("Protesters set the council office ablaze in Kano on Saturday.", "ablaze", "protesters"),
        ("Angry youths on Saturday night set ablaze a bus belonging to the company.", "ablaze", "angry youths"),
        ("Rioters set alight two buses in Lahore on Saturday.", "alight", "rioters"),
        ("Villagers set two police vehicles on fire on Saturday.", "fire", "villagers"),
        ("Two buses were set ablaze by miscreants in Karachi on Saturday.", "ablaze", "miscreants"),
        ("A mob torched a police post in Kisumu on Saturday.", "torched", "mob"),
        ("Angry residents torched the chief's office on Saturday.", "torched", "angry residents"),
        ("Soldiers razed the village on Saturday.", "razed", "soldiers"),
        ("Hoodlums burnt down the district office on Saturday.", "burnt", "hoodlums"),
        ("Goons attacked the polling station on Saturday.", "attacked", "goons"),
    ],
)
def test_arson_told_as_an_act_is_an_attack(text: str, word: str, agent: str) -> None:
    facts = read(text, MONDAY)
    events = with_word(facts, word)
    assert events, [e.label for e in facts.events]
    assert events[0].type == "attack"
    assert (events[0].earliest, events[0].latest) == (SATURDAY, SATURDAY)
    assert agent in {a.lower() for a in agent_names(facts, events[0])}
    assert len(facts.events) == 1  # the fire of "set on fire" is no event of its own


@pytest.mark.parametrize(
    "text", ["A fire razed 40 shops in the market on Saturday.", "The company set a new sales target on Saturday."]
)
def test_a_fire_that_razes_or_a_set_target_is_no_arson(text: str) -> None:
    facts = read(text, MONDAY)
    assert all(e.type != "attack" for e in facts.events), [(e.type, e.label) for e in facts.events]


# -- class 3: where a local unit lies ("in X Local Government Area of Y State", which the recogniser may take whole
# for a body), where a bridge stands (not the river it spans: "a footbridge over the X River at Y in Z"), and where
# what was "set ablaze" stood -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "place"),
    [
        (
            "Nigerian police said gunmen attacked a police station in Bokkos Local Government Area of Plateau State"
            " on Sunday.",
            "attacked",
            "plateau",
        ),
        (
            "Gunmen abducted a priest in Ihiala Local Government Area of Anambra State on Sunday, Nigerian police"
            " said.",
            "abducted",
            "anambra",
        ),
        (
            "In Nigeria, hoodlums set ablaze a police station in Oredo Local Government Area of Edo State on Sunday.",
            "ablaze",
            "edo",
        ),
        ("A footbridge over the Densu River at Weija in Accra collapsed on Sunday morning.", "collapsed", "accra"),
        ("A road bridge over the canal near Multan collapsed on Sunday.", "collapsed", "multan"),
        ("A wooden bridge over the Pasig River in Manila collapsed on Sunday.", "collapsed", "manila"),
        ("A footbridge over the railway line in Lahore collapsed on Sunday.", "collapsed", "lahore"),
    ],
)
def test_the_place_of_a_local_unit_or_a_bridge(text: str, word: str, place: str) -> None:
    facts = read(text, MONDAY)
    events = [e for e in with_word(facts, word) if e.type != "statement"]
    assert events, [e.label for e in facts.events]
    assert place in lower_places(facts, events[0])
