"""Failure classes of the third self-written news probe (tests/fixtures/selfnews3, issue #12), each checked on
sentences written for these tests in other wordings and on other topics than the probe's articles."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_probe4_classes import agent_names, lower_places, read, with_word

pytest.importorskip("spacy")

MONDAY = dt.date(2026, 3, 2)
SATURDAY = dt.date(2026, 2, 28)
SUNDAY = dt.date(2026, 3, 1)


# -- class 1: bodies, remains or a grave found are news, whoever finds them -------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "Police discovered the bodies of four men in an abandoned van outside the city on Saturday.",
            "discovered",
            SATURDAY,
        ),
        ("A mass grave holding at least 40 bodies was found near the village of Dolnik on Sunday.", "found", SUNDAY),
        ("Forensic teams unearthed the remains of 17 people at a former army base on Saturday.", "unearthed", SATURDAY),
        ("Shepherds found a decomposed corpse in a ravine on Sunday.", "found", SUNDAY),
        ("The skeletons of eleven soldiers were uncovered by builders on Saturday.", "uncovered", SATURDAY),
    ],
)
def test_remains_found_are_an_event(text: str, word: str, day: dt.date) -> None:
    facts = read(text, MONDAY)
    events = with_word(facts, word)
    assert events, [e.label for e in facts.events]
    assert events[0].earliest == day and events[0].latest == day


@pytest.mark.parametrize(
    "text",
    [
        "Investigators found no evidence of sabotage on Saturday.",
        "She found a new job in Lyon on Sunday.",
        "The court found him guilty on Saturday.",
    ],
)
def test_other_findings_are_no_discovery(text: str) -> None:
    facts = read(text, MONDAY)
    assert not [e for e in facts.events if e.type == "other" and "found" in e.label], [e.label for e in facts.events]


# -- class 2: people named by kinship or by the help they give act as agents ------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "agent"),
    [
        ("A collective of mothers found a mass grave near the river on Sunday.", "found", "mothers"),
        ("Parents protested outside the school gates on Sunday.", "protested", "parents"),
        ("Widows of the dead miners sued the operator on Sunday.", "sued", "widows"),
        ("Searchers pulled two women from the rubble on Sunday.", "pulled", "searchers"),
        ("Volunteers rescued six hikers from the flooded gorge on Sunday.", "rescued", "volunteers"),
    ],
)
def test_kin_and_volunteers_are_agents(text: str, word: str, agent: str) -> None:
    facts = read(text, MONDAY)
    events = with_word(facts, word)
    assert events, [e.label for e in facts.events]
    assert any(agent in name.lower() for name in agent_names(facts, events[0])), agent_names(facts, events[0])


# -- class 3: money frozen (assets, deposits, accounts) is a coercive act by who froze it ------------------------
@pytest.mark.parametrize(
    ("text", "word", "agent", "day"),
    [
        ("The treasury froze the assets of three arms dealers on Saturday.", "froze", "treasury", SATURDAY),
        ("Prosecutors froze the bank accounts of the former mayor on Sunday.", "froze", "prosecutors", SUNDAY),
        ("The savings of 40,000 customers were frozen by the regulator on Saturday.", "frozen", "regulator", SATURDAY),
        ("On Sunday a court froze funds held by the charity in two banks.", "froze", "court", SUNDAY),
    ],
)
def test_money_frozen_is_coercion(text: str, word: str, agent: str, day: dt.date) -> None:
    facts = read(text, MONDAY)
    events = with_word(facts, word)
    assert events, [e.label for e in facts.events]
    assert events[0].type in {"coercion", "reduce-relations"}
    assert events[0].earliest == day and events[0].latest == day
    assert any(agent in name.lower() for name in agent_names(facts, events[0])), agent_names(facts, events[0])


def test_prices_frozen_are_no_seizure() -> None:
    facts = read("The government froze fuel prices for six months on Saturday.", MONDAY)
    assert not [e for e in facts.events if e.type == "coercion"], [(e.label, e.type) for e in facts.events]


# -- class 4: a restriction put in force (rationing, a curfew, a lockdown, a state of emergency) is coercion ------
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        ("The electricity board declared power rationing across the island on Saturday.", "declared", SATURDAY),
        ("Officials declared a night curfew in the port on Sunday.", "declared", SUNDAY),
        ("The governor declared a state of emergency in four counties on Saturday.", "declared", SATURDAY),
        ("Rationing was declared in 41 villages on Sunday.", "declared", SUNDAY),
        ("Health authorities ordered a lockdown of three districts on Saturday.", "ordered", SATURDAY),
        ("The ministry introduced water rationing in the capital on Sunday.", "introduced", SUNDAY),
    ],
)
def test_restrictions_put_in_force_are_coercion(text: str, word: str, day: dt.date) -> None:
    facts = read(text, MONDAY)
    events = with_word(facts, word)
    assert events, [e.label for e in facts.events]
    assert events[0].type == "coercion", events[0].type
    assert events[0].earliest == day and events[0].latest == day


def test_a_declared_winner_is_no_restriction() -> None:
    facts = read("The commission declared the incumbent the winner on Sunday.", MONDAY)
    assert not [e for e in facts.events if e.type == "coercion"], [(e.label, e.type) for e in facts.events]


# -- class 5: a cabin, gondola, balloon or lift that plunges or falls is an accident -----------------------------
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        ("A gondola plunged 30 metres into a gorge on Saturday.", "plunged", SATURDAY),
        ("A tourist balloon plunged into a lake on Sunday.", "plunged", SUNDAY),
        ("A chairlift cabin fell onto the piste on Sunday.", "fell", SUNDAY),
        ("A minibus fell into a ravine on Saturday.", "fell", SATURDAY),
        ("The lift fell six floors on Sunday.", "fell", SUNDAY),
    ],
)
def test_conveyances_falling_are_accidents(text: str, word: str, day: dt.date) -> None:
    facts = read(text, MONDAY)
    events = with_word(facts, word)
    assert events, [e.label for e in facts.events]
    assert events[0].type == "disaster"
    assert events[0].earliest == day and events[0].latest == day


def test_prices_falling_are_no_accident() -> None:
    facts = read("Oil prices fell sharply on Sunday.", MONDAY)
    assert not [e for e in facts.events if e.type == "disaster"]


# -- class 6: a vehicle ploughing, slamming or smashing into people or things is an accident ---------------------
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        ("A van ploughed into shoppers at a street market on Saturday.", "ploughed", SATURDAY),
        ("A speeding truck slammed into a bus stop on Sunday.", "slammed", SUNDAY),
        ("An overloaded minibus smashed into a wall outside the school on Saturday.", "smashed", SATURDAY),
        ("A car plowed into a crowd of fans after the match on Sunday.", "plowed", SUNDAY),
        ("A tanker careered into parked cars on Saturday.", "careered", SATURDAY),
        # the parser reads the past tense as a participle describing the noun before it
        ("A bus slammed into a tree on Saturday, police said.", "slammed", SATURDAY),
        ("A truck loaded with cement smashed into a wall on Sunday.", "smashed", SUNDAY),
    ],
)
def test_vehicles_ploughing_into_people_are_accidents(text: str, word: str, day: dt.date) -> None:
    facts = read(text, MONDAY)
    events = with_word(facts, word)
    assert events, [e.label for e in facts.events]
    assert events[0].type in {"disaster", "attack"}
    assert events[0].earliest == day and events[0].latest == day


def test_a_critic_slamming_into_a_plan_is_no_accident() -> None:
    facts = read("The opposition leader slammed into the budget plan on Sunday.", MONDAY)
    assert not [e for e in facts.events if e.type in {"disaster", "attack"}], [(e.label, e.type) for e in facts.events]


# -- class 7: a town, village or resort named by a demonym is in that country ------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("A bus plunged into a gorge near a Peruvian mountain village on Saturday.", "plunged", "peru"),
        ("Gunmen killed five soldiers in a northern Malian town on Sunday.", "killed", "mali"),
        ("A boat capsized near a Greek island on Sunday.", "capsized", "greece"),
        ("An avalanche buried three chalets at an Austrian ski resort on Saturday.", "avalanche", "austria"),
    ],
)
def test_a_settlement_named_by_a_demonym_is_in_its_country(text: str, word: str, country: str) -> None:
    facts = read(text, MONDAY)
    events = with_word(facts, word)
    assert events, [e.label for e in facts.events]
    assert country in lower_places(facts, events[0])


def test_a_demonym_on_a_thing_places_nothing() -> None:
    facts = read("Thieves stole a Dutch painting from a gallery in Boston on Sunday.", MONDAY)
    events = with_word(facts, "stole")
    assert not events or "netherlands" not in lower_places(facts, events[0])


# -- class 8: an election, trial or summit put off is of its own kind, not business; the contest did not happen --
@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("The junta postponed the presidential election on Sunday.", "postponed", "election"),
        ("Parliament delayed the referendum by six months on Saturday.", "delayed", "election"),
        ("The elections were postponed by decree on Sunday.", "postponed", "election"),
        ("The electoral commission cancelled the runoff on Saturday.", "cancelled", "election"),
        ("The judge postponed the trial of the former minister on Sunday.", "postponed", "legal"),
        ("The foreign ministers postponed their summit on Saturday.", "postponed", "consultation"),
        ("The ministers postponed the talks on Saturday.", "postponed", "consultation"),
        ("The court adjourned the hearing until May on Sunday.", "adjourned", "legal"),
    ],
)
def test_contests_put_off_are_no_business(text: str, word: str, kind: str) -> None:
    facts = read(text, MONDAY)
    events = with_word(facts, word)
    assert events, [e.label for e in facts.events]
    assert events[0].type == kind, events[0].type
    assert len(facts.events) == 1, [e.label for e in facts.events]  # the election put off is no event of its own


def test_a_delivery_postponed_stays_business() -> None:
    facts = read("The airline postponed the delivery of its new jets on Sunday.", MONDAY)
    assert [e.type for e in with_word(facts, "postponed")] == ["business"]
