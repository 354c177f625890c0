"""Failure classes of the sixth news probe (issue #12), each checked on sentences written for these tests in
several wordings and on other topics than the probe's: a vehicle accident told with its toll as a participle
("a minibus plunged off a cliff, killing nine"), ..."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_probe4_classes import MONDAY, SUNDAY, TUESDAY, place_names, read

D = dt.date


# -- a vehicle accident and its toll -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (
            "A minibus carrying farm workers plunged off a cliff in Peru on Monday, killing 9 people.",
            MONDAY,
            "Peru",
        ),
        (
            "Two trains collided near a station in eastern India on Tuesday, killing 30 people and injuring 80.",
            TUESDAY,
            "India",
        ),
        (
            "A ferry packed with traders plunged into the sea off Tanzania on Sunday, killing 14 passengers.",
            SUNDAY,
            "Tanzania",
        ),
    ],
)
def test_a_vehicle_accident_is_one_dated_disaster_with_its_toll(text: str, day: dt.date, place: str) -> None:
    facts = read(text)
    assert [e.type for e in facts.events] == ["disaster"]
    event = facts.events[0]
    assert (event.earliest, event.latest) == (day, day)
    assert place in place_names(facts, event)


def test_an_attack_keeps_its_toll_as_its_own_consequence() -> None:
    facts = read("Gunmen stormed a hotel in Mogadishu on Monday, killing 12 people.")
    assert [e.type for e in facts.events] == ["attack"]


def test_falling_shares_are_no_accident() -> None:
    facts = read("Shares in the carmaker plunged 8 percent on Monday.")
    assert all(e.type != "disaster" for e in facts.events)


# -- places: people spread over a country, a leader with a many-word name ----------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Nurses at state clinics across Kenya began a three-day strike on Monday.", "Kenya"),
        ("Teachers throughout Chile walked out on Tuesday.", "Chile"),
        (
            "Malian President Oumar Ben Traore replaced the ministers of finance in a cabinet reshuffle on Sunday.",
            "Mali",
        ),
        ("Colombian President Ana Maria de la Torre appointed a new defence minister on Monday.", "Colombia"),
    ],
)
def test_the_subjects_place_or_country_places_the_event(text: str, place: str) -> None:
    facts = read(text)
    assert facts.events
    assert place in place_names(facts, facts.events[0])


# -- verbs whose past form doubles after "qu"; a participle restating its head's act -----------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A district court in Lyon on Monday acquitted the former mayor of fraud charges, ruling that the evidence "
        "was too weak.",
        "Judges acquitted two police officers of murder on Monday.",
    ],
)
def test_an_acquittal_is_one_dated_legal_event(text: str) -> None:
    facts = read(text)
    assert [e.type for e in facts.events] == ["legal"]
    assert (facts.events[0].earliest, facts.events[0].latest) == (MONDAY, MONDAY)


# -- a diplomatic summons, an arrival, a breakdown of talks ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "type", "day", "place"),
    [
        ("Egypt summoned Israel's charge d'affaires in Cairo on Monday.", "disapproval", MONDAY, "Cairo"),
        (
            "Kenya summoned the Ugandan ambassador in Nairobi on Tuesday over the border shooting.",
            "disapproval",
            TUESDAY,
            "Nairobi",
        ),
        ("A convoy of trucks reached the town of Goma on Sunday, officials said on Monday.", "other", SUNDAY, "Goma"),
        ("An aid convoy entered the city of Aleppo in northern Syria on Tuesday.", "other", TUESDAY, "Aleppo"),
    ],
)
def test_a_summons_or_an_arrival_is_an_event_where_it_happened(text: str, type: str, day: dt.date, place: str) -> None:
    facts = read(text)
    event = next(e for e in facts.events if e.type == type)
    assert (event.earliest, event.latest) == (day, day)
    assert place in place_names(facts, event)


def test_talks_that_broke_down_are_an_event() -> None:
    facts = read("The strike began after talks between teachers and the education ministry broke down on Monday.")
    assert any(e.type == "consultation" and (e.earliest, e.latest) == (MONDAY, MONDAY) for e in facts.events)


def test_prices_reaching_a_record_are_no_arrival() -> None:
    assert not read("Prices reached a record on Monday.").events


# -- a gathering that was held -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        ("A funeral for the victims was held in Manchester on Sunday.", SUNDAY, "Manchester"),
        ("Funeral prayers for the miners were held in a stadium in Quetta on Tuesday.", TUESDAY, "Quetta"),
        ("A memorial ceremony was held at the school on Monday.", MONDAY, None),
    ],
)
def test_a_gathering_that_was_held_is_a_dated_event(text: str, day: dt.date, place: str | None) -> None:
    facts = read(text)
    assert len(facts.events) == 1
    assert (facts.events[0].earliest, facts.events[0].latest) == (day, day)
    if place is not None:
        assert place in place_names(facts, facts.events[0])


def test_prayers_offered_in_sympathy_are_no_event() -> None:
    facts = read("Our thoughts and prayers are with the families, the mayor said on Monday.")
    assert [e.type for e in facts.events] == ["statement"]


# -- weather that kills ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["Extreme heat killed 40 people in Pakistan last week.", "The cold snap killed nine people in Ukraine on Sunday."],
)
def test_weather_that_kills_is_a_disaster(text: str) -> None:
    assert [e.type for e in read(text).events] == ["disaster"]


def test_gunmen_who_kill_still_attack() -> None:
    assert [e.type for e in read("Gunmen killed 12 villagers in Kaduna on Monday.").events] == ["attack"]
