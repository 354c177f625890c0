"""Classes of duplicate and wrong-dated nodes seen on our multi-outlet sets (tests/fixtures/clusters, clusters2), fixed
on sentences written here on other topics, places and wordings."""

from __future__ import annotations

import datetime as dt

import pytest

from timelinekg.nlp.extract import Article, extract_article
from timelinekg.schema.model import Event, Facts

pytest.importorskip("spacy")

D = dt.date
WEDNESDAY = D(2026, 3, 11)


def read(text: str, published: dt.date = WEDNESDAY) -> Facts:
    return extract_article(Article(text=text, origin="test.txt", title="Test", published=published))


def triggered(facts: Facts, word: str) -> Event:  # the one event the word reported
    found = [e for e in facts.events if e.attribute("trigger") == word]
    assert len(found) == 1, [(e.type, e.label, e.attribute("trigger")) for e in facts.events]
    return found[0]


# -- 1. a day in the possessive names its noun: "a challenge against Sunday's result" is no challenge on Sunday. A
# future act got the next Sunday (a disjoint date), a past act with a day of its own got the possessive's instead.
@pytest.mark.parametrize(
    ("text", "trigger", "wrong"),
    [
        ("The defeated mayor said her lawyers will file a formal appeal against Sunday's result by Thursday.",
         "file", {D(2026, 3, 8), D(2026, 3, 15)}),
        ("Opposition parties in Malawi will appeal against Saturday's count in the high court, their leader said.",
         "appeal", {D(2026, 3, 7), D(2026, 3, 14)}),
        ("Thousands of farmers protested in Lyon on Tuesday against Friday's price ruling.",
         "protested", {D(2026, 3, 6)}),
    ],
)  # fmt: skip
def test_a_possessive_day_names_its_noun_not_the_act(text: str, trigger: str, wrong: set[dt.date]) -> None:
    # a plan the text gives no day of is dropped (``EventFinder.find``); one with a day keeps that day
    for event in (e for e in read(text).events if e.attribute("trigger") == trigger):
        assert event.earliest not in wrong and event.latest not in wrong, (event.earliest, event.latest)


def test_a_possessive_day_still_dates_an_event_noun() -> None:
    event = triggered(read("Sunday's earthquake in Van killed 40 people, officials said."), "earthquake")
    assert (event.earliest, event.latest) == (D(2026, 3, 8), D(2026, 3, 8))


def test_a_possessive_day_of_an_event_word_dates_the_act_on_it() -> None:
    # "talks" is an event word, though not an event of this text: the collapse was on the talks' day
    text = "Her comments come a day after the collapse of Tuesday's talks between the dockers and the port authority."
    event = triggered(read(text), "collapse")
    assert (event.earliest, event.latest) == (D(2026, 3, 10), D(2026, 3, 10))


# -- 2. the present of a time clause under a future is still to come: "will run the country until a new cabinet is
# sworn in" made a swearing-in on the report's day (a node of its own beside the day's real news).
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The interior minister resigned on Monday. His deputy will run the ministry until a new cabinet is sworn in.",
         "sworn"),
        ("Opposition leaders in Nairobi will meet again once the president returns from Brussels.", "returns"),
        ("The airline said flights to Catania would resume after the runway is repaired.", "repaired"),
    ],
)  # fmt: skip
def test_a_present_in_a_time_clause_under_a_future_is_not_today(text: str, trigger: str) -> None:
    for event in (e for e in read(text).events if e.attribute("trigger") == trigger):
        assert event.attribute("planned") and event.latest != WEDNESDAY, (event.label, event.earliest, event.latest)


def test_a_present_in_a_time_clause_given_a_day_keeps_it() -> None:
    event = triggered(read("The talks in Oslo will continue after the minister arrives on Friday."), "arrives")
    assert (event.earliest, event.latest) == (D(2026, 3, 13), D(2026, 3, 13))


# -- 3. weapon fire is shooting, not a blaze: "an exchange of artillery and mortar fire that killed two civilians" was
# a disaster, so the shelling another outlet dated stayed a node apart (a disaster joins no attack).
@pytest.mark.parametrize(
    "text",
    [
        "Mortar fire hit the village of Dara near the border on Monday, police said.",
        "Sniper fire killed a nurse in the town of Orikhiv on Sunday.",
        "Armenia and Azerbaijan blamed each other for an exchange of artillery and tank fire that killed three men.",
    ],
)  # fmt: skip
def test_weapon_fire_is_an_attack(text: str) -> None:
    facts = read(text)
    assert not [e for e in facts.events if e.type == "disaster"], [(e.type, e.label) for e in facts.events]
    assert [e for e in facts.events if e.type == "attack"], [(e.type, e.label) for e in facts.events]


def test_a_fire_that_burns_stays_a_disaster() -> None:
    facts = read("A fire at a warehouse in Porto, which killed four guards, burned for nine hours on Sunday.")
    assert [e for e in facts.events if e.type == "disaster"], [(e.type, e.label) for e in facts.events]


# -- 4. a verb joined to the one before it and done to a pronoun for that verb's object tells more of the same act:
# "summoned the ambassador and handed him a protest note" made a summons and a protest, two nodes of one occasion.
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Chile's Foreign Ministry summoned Peru's ambassador on Monday and handed him a protest note.",
         "summoned", "protest"),
        ("Kenyan police arrested the former governor of Nakuru on Thursday and charged him with fraud.",
         "arrested", "charged"),
        ("10:40 - Ghana's foreign ministry has summoned the Togolese envoy and handed her a formal protest.",
         "summoned", "protest"),
    ],
)  # fmt: skip
def test_a_verb_done_to_the_same_one_in_the_same_breath_is_one_event(text: str, first: str, second: str) -> None:
    facts = read(text)
    assert not [e for e in facts.events if e.attribute("trigger") == second], [(e.type, e.label) for e in facts.events]
    event = triggered(facts, first)
    assert "in the same breath" in " | ".join(event.attribute("merge_evidence", ()))


def test_a_verb_with_a_day_of_its_own_stays_its_own_event() -> None:
    facts = read("Police in Oruro arrested the driver on Monday and released him on Wednesday.")
    assert triggered(facts, "arrested").id != triggered(facts, "released").id
