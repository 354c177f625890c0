"""Failure classes of the second self-written news probe (tests/fixtures/selfnews2, issue #12), each checked on
sentences written for these tests in other wordings and on other topics than the probe's articles."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_probe4_classes import lower_places, read, with_word

pytest.importorskip("spacy")

MONDAY = dt.date(2026, 3, 2)
SATURDAY = dt.date(2026, 2, 28)
SUNDAY = dt.date(2026, 3, 1)


# -- class 1: people falling ill or dying, told by a count or a common noun, are news ------------------------
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        ("Dozens of pupils fell ill after a school lunch in Kano on Saturday.", "fell ill", SATURDAY),
        ("About 40 factory workers were taken ill in Lyon on Sunday after a chemical leak.", "taken ill", SUNDAY),
        ("More than 300 pilgrims fell sick on Saturday after drinking water from a well.", "fell sick", SATURDAY),
        ("Ninety villagers became seriously ill on Sunday after eating poisoned flour.", "became", SUNDAY),
        ("Some 60 students fell violently ill after a meal served at the canteen on Saturday.", "fell", SATURDAY),
    ],
)
def test_people_falling_ill_is_an_event_not_a_price_fall(text: str, word: str, day: dt.date) -> None:
    facts = read(text, MONDAY)
    events = with_word(facts, word)
    assert events, [e.label for e in facts.events]
    assert events[0].type in {"disaster", "accident"}
    assert events[0].earliest == day and events[0].latest == day


@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        ("Three babies died in a hospital fire in Dakar on Sunday.", "died", SUNDAY),
        ("Two climbers died on Saturday on the north face of the mountain.", "died", SATURDAY),
        ("At least 14 migrants drowned off the coast of Libya on Sunday.", "drowned", SUNDAY),
        ("Five guests died in hospital on Saturday.", "died", SATURDAY),
    ],
)
def test_people_dying_told_by_number_are_an_event(text: str, word: str, day: dt.date) -> None:
    facts = read(text, MONDAY)
    events = with_word(facts, word)
    assert events, [e.label for e in facts.events]
    assert events[0].earliest == day and events[0].latest == day


def test_prices_falling_stay_business() -> None:
    facts = read("Oil prices fell sharply on Friday after the report.", MONDAY)
    assert all(e.type == "business" for e in with_word(facts, "fell"))


# -- class 2: an event noun whose relative clause tells what it did holds that clause's date and place ----------
@pytest.mark.parametrize(
    ("text", "word", "day", "place"),
    [
        ("A fire that broke out in a market in Kano on Sunday destroyed 300 shops.", "fire", SUNDAY, "kano"),
        (
            "A blast that ripped through a fuel depot in Conakry on Saturday killed 12 people.",
            "blast",
            SATURDAY,
            "conakry",
        ),
        (
            "The flood, which swept through three villages in Assam on Saturday, left thousands homeless.",
            "flood",
            SATURDAY,
            "assam",
        ),
        (
            "A landslide that buried a mining camp near Hpakant on Sunday is feared to have killed dozens.",
            "landslide",
            SUNDAY,
            "",
        ),
        (
            "An explosion that tore through a chemical plant in Tianjin on Saturday was caused by a faulty valve, "
            "investigators said.",
            "explosion",
            SATURDAY,
            "tianjin",
        ),
    ],
)
def test_what_an_event_noun_did_in_its_relative_clause_dates_and_places_it(
    text: str, word: str, day: dt.date, place: str
) -> None:
    facts = read(text, MONDAY)
    events = with_word(facts, word)
    assert events, [e.label for e in facts.events]
    event = events[0]
    assert event.type == "disaster" or word == "blast"
    assert event.earliest == day and event.latest == day, event
    if place:
        assert place in lower_places(facts, event)
    assert not event.label.startswith(("that", "which"))


# -- class 3: a search of a home or an office is law enforcement, found even in an undated "after" clause ---------
# by those who investigate it is an investigation (p11rest's rule); by anyone else, coercion
@pytest.mark.parametrize(
    ("text", "place", "kind"),
    [
        ("Police searched the home of a human rights lawyer in Minsk on Sunday.", "minsk", "investigation"),
        (
            "Anti-corruption agents searched the offices of the opposition party in Bucharest on Saturday.",
            "bucharest",
            "investigation",
        ),
        # in an "after" clause the searchers' own rule (searched_premises) does not apply yet: coercion, as before
        (
            "Reporters staged a sit-in on Monday after police searched the newsroom of a weekly in Tbilisi.",
            "tbilisi",
            "coercion",
        ),
        (
            "Officers searched the flat of a blogger in Almaty after he criticised the governor.",
            "almaty",
            "investigation",
        ),
        ("Soldiers searched homes in the village of Kafr Naya on Sunday.", "kafr naya", "coercion"),
        ("Militiamen searched the offices of a charity in Goma on Saturday.", "goma", "coercion"),
    ],
)
def test_searching_a_home_or_office_is_law_enforcement(text: str, place: str, kind: str) -> None:
    facts = read(text, MONDAY)
    events = with_word(facts, "searched")
    assert events, [e.label for e in facts.events]
    assert events[0].type == kind
    assert place in lower_places(facts, events[0])


def test_searching_for_survivors_is_no_coercion() -> None:
    facts = read("Rescuers searched the rubble for survivors on Sunday.", MONDAY)
    assert all(e.type != "coercion" for e in facts.events)


# -- class 4: "It happened on Sunday" dates the undated event told just before ------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "Gunmen attacked a bus carrying pilgrims near Jammu. It happened on Sunday evening, officials said.",
            "attacked",
            SUNDAY,
        ),
        (
            "A tanker lorry exploded on a motorway outside Lagos. This occurred on Saturday afternoon.",
            "exploded",
            SATURDAY,
        ),
        (
            "Hooligans attacked police officers outside the stadium in Split. It took place on Saturday night.",
            "attacked",
            SATURDAY,
        ),
        (
            "ANCHOR: Police raided the offices of an opposition newspaper in Baku. Our reporter has more.\n\n"
            "REPORTER: It happened early on Sunday.",
            "raided",
            SUNDAY,
        ),
    ],
)
def test_it_happened_dates_the_event_before(text: str, word: str, day: dt.date) -> None:
    facts = read(text, MONDAY)
    events = with_word(facts, word)
    assert events, [e.label for e in facts.events]
    assert (events[0].earliest, events[0].latest) == (day, day)


def test_it_happened_leaves_two_undated_events_alone() -> None:
    facts = read("Rebels attacked a base and burned a village near Goma. It happened on Sunday.", MONDAY)
    assert all(e.earliest != SUNDAY for e in facts.events if "attacked" in e.label or "burned" in e.label)
