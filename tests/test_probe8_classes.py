"""Failure classes of the eighth news probe (issue #12), each checked on sentences written for these tests in
several wordings and on other topics than the probe's: an attack noun whose toll clause is followed by its day
and then the attribution ("an air strike killed 12 people on Monday, a rights group said"), a country's forces
named before the attack noun ("a Sudan army drone attack"), a place name the parser took for an adjective,
a country's capital ("in Kenya's capital", "the capital of Kenya", "the Malian capital"), and a named armed
group ("the FDLR rebel group")."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_probe4_classes import MONDAY, agent_names, read
from timelinekg.schema.model import Event, Facts


def dated(facts: Facts, day: dt.date) -> list[Event]:
    return [e for e in facts.events if (e.earliest, e.latest) == (day, day)]


def place_names(facts: Facts, event: Event) -> set[str]:
    by_id = {p.id: p.name for p in facts.places}
    return {by_id[i].lower() for i in event.place_ids if i in by_id}


# -- a day between the reported clause and its trailing attribution is the clause's ------------------------------
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Shelling of a camp in the western Sagaing region wounded at least 30 people, including six children, on "
            "Monday, a relief agency said.",
            MONDAY,
        ),
    ],
)
def test_a_day_before_a_trailing_attribution_dates_the_reported_event(text: str, day: dt.date) -> None:
    assert any(e.type != "statement" for e in dated(read(text), day))


def test_a_day_after_the_attribution_verb_stays_the_statements() -> None:
    facts = read("Rebels seized the town after heavy fighting on Sunday, the army said on Monday.")
    statements = [e for e in facts.events if e.type == "statement"]
    assert statements and (statements[0].earliest, statements[0].latest) == (MONDAY, MONDAY)


# -- a country's forces named before the attack noun --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("A Sudan army drone attack on a market in Darfur killed 30 people on Monday.", "sudan army"),
        ("A Myanmar military air strike on a monastery killed 17 villagers on Tuesday.", "myanmar military"),
        ("An Ethiopia military air strike on a town in Amhara killed nine people on Monday.", "ethiopia military"),
    ],
)
def test_a_country_with_its_forces_before_an_attack_noun_is_its_agent(text: str, agent: str) -> None:
    facts = read(text)
    attacks = [e for e in facts.events if e.type == "attack"]
    assert attacks
    assert agent in {n.lower() for n in agent_names(facts, attacks[0])}


def test_a_place_before_an_attack_noun_stays_where() -> None:
    facts = read("A Gaza air strike killed three people on Monday.")
    attacks = [e for e in facts.events if e.type == "attack"]
    assert attacks and not agent_names(facts, attacks[0])


# -- a place name the parser took for an adjective ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Police raided a house in the Sagaing region on Monday.", "sagaing"),
        (
            "A drone strike on a clinic in the northern Sagaing region killed at least 11 patients on Monday.",
            "sagaing",
        ),
        ("Gunmen attacked a bus in the eastern Kunduz province on Tuesday.", "kunduz"),
    ],
)
def test_a_place_name_read_as_an_adjective_is_the_place(text: str, place: str) -> None:
    facts = read(text)
    assert any(place in place_names(facts, e) for e in facts.events)


# -- a country's capital is its capital city ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen stormed a hotel in Somalia's capital on Monday.", "mogadishu"),
        ("Protesters marched in the capital of Kenya on Tuesday.", "nairobi"),
        ("Police raided a mosque in the Malian capital on Monday.", "bamako"),
        ("Thousands rallied in South Sudan's capital on Monday.", "juba"),
    ],
)
def test_a_countrys_capital_is_its_capital_city(text: str, place: str) -> None:
    facts = read(text)
    assert any(place in place_names(facts, e) for e in facts.events)


def test_capital_as_money_is_no_place() -> None:
    facts = read("The bank raised fresh capital of two billion dollars from investors on Monday.")
    assert not any(place_names(facts, e) for e in facts.events)


# -- a named armed group, whatever the recogniser called its name -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("The government and the FDLR rebel group signed a truce in Nairobi on Saturday.", {"government", "fdlr"}),
        ("The K12 militant group attacked a police post on Monday.", {"k12"}),
    ],
)
def test_a_named_armed_group_is_an_agent(text: str, agents: set[str]) -> None:
    facts = read(text)
    assert facts.events
    assert agents <= {n.lower() for n in agent_names(facts, facts.events[0])}


def test_a_nationality_before_rebel_group_names_no_group() -> None:
    facts = read("The Sudanese rebel group attacked a police post on Monday.")
    assert facts.events and not any(n.lower().startswith("sudan") for n in agent_names(facts, facts.events[0]))
