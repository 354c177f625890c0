"""Event detection classes of session 17 (helper events6), each checked on sentences written here in varied wording
and on other topics than the probes they were seen on: people rescued told in the passive, people taken off a
vessel or a mountain, force used on a crowd, slogans shouted, files leaked or posted, and services diverted,
postponed or cancelled (not a business act when a hospital or a school does it)."""

from __future__ import annotations

import datetime as dt

import pytest

from timelinekg.nlp.extract import Article, extract_article
from timelinekg.schema.model import Event

pytest.importorskip("spacy")

WEDNESDAY = dt.date(2025, 4, 16)
MONDAY, TUESDAY = dt.date(2025, 4, 14), dt.date(2025, 4, 15)


def events(text: str) -> list[Event]:
    return list(extract_article(Article(text=text, origin="test.txt", title="Test", published=WEDNESDAY)).events)


def dated_types(text: str) -> set[tuple[str, dt.date | None]]:
    return {(e.type, e.earliest) for e in events(text) if e.earliest == e.latest}


# -- 1. people rescued, told in the passive: a verb news annotators mark as an event nearly every time ("rescued",
# "evacuated") is one in the passive too ("were rescued on Tuesday"), not only with a subject who did it
@pytest.mark.parametrize(
    "text",
    [
        "Some 40 miners were rescued from the flooded pit on Tuesday.",
        "Eleven hikers were rescued by helicopter on Tuesday after two nights on the ridge.",
        "On Tuesday, 230 residents were evacuated from the riverside estate.",
        "Two fishermen who had clung to their capsized boat were rescued on Tuesday.",
    ],
)
def test_people_rescued_in_the_passive_are_a_dated_event(text: str) -> None:
    assert any(day == TUESDAY for _, day in dated_types(text)), events(text)


# -- 2. people taken off a vessel, a roof or a mountain by boats or helicopters are rescued ("took the passengers
# off the ferry", "lifted the climbers off the ridge"), as "pulled them from the water" already was
@pytest.mark.parametrize(
    "text",
    [
        "Lifeboats took 60 passengers off the stricken cruise ship on Monday.",
        "Navy helicopters lifted the crew off the sinking trawler on Monday.",
        "Fire crews took four pensioners off the roof of the flooded care home on Monday.",
    ],
)
def test_people_taken_off_a_vessel_are_rescued(text: str) -> None:
    assert ("aid", MONDAY) in dated_types(text), events(text)


def test_a_plane_taking_off_is_no_rescue() -> None:
    assert not [
        e for e in events("The plane took off from Nairobi on Monday with 90 people on board.") if e.type == "aid"
    ]


# -- 3. force used on a crowd: "used tear gas", "deployed water cannon", "used batons" is the police's act on the
# protesters (what it was used for, "to disperse them", is a purpose and no event of its own)
@pytest.mark.parametrize(
    "text",
    [
        "Police used tear gas to disperse the crowd outside parliament on Monday.",
        "On Monday riot officers deployed water cannon against students marching on the ministry.",
        "Police used batons to push the relatives back from the gate on Monday.",
        "On Monday security forces used rubber bullets and pepper spray on farmers blocking the motorway.",
    ],
)
def test_force_used_on_a_crowd_is_a_dated_act(text: str) -> None:
    assert ("coercion", MONDAY) in dated_types(text), events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The bakery used gas ovens until Monday.",
        "The team used the old stadium on Monday.",
    ],
)
def test_things_used_are_no_force(text: str) -> None:
    assert not [e for e in events(text) if e.type == "coercion"], events(text)


# -- 4. slogans shouted or chanted are a protest by those who shouted them
@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of teachers chanted slogans outside the education ministry on Monday.",
        "Relatives of the victims shouted slogans against the judge as he left the court on Monday.",
        "Students raised slogans demanding the vice-chancellor's resignation on Monday.",
    ],
)
def test_slogans_shouted_are_a_protest(text: str) -> None:
    assert ("protest", MONDAY) in dated_types(text), events(text)


# -- 5. files, records or data leaked, posted or dumped by whoever holds them are made public: a statement (not a
# gas leak, not an ordinary post)
@pytest.mark.parametrize(
    "text",
    [
        "The hackers posted 12 gigabytes of stolen files on a dark-web forum on Monday.",
        "An extortion gang leaked the payroll records of 9,000 council employees on Monday.",
        "On Monday the hackers dumped thousands of internal emails online.",
    ],
)
def test_data_posted_or_leaked_is_made_public(text: str) -> None:
    assert ("statement", MONDAY) in dated_types(text), events(text)


# -- 6. services diverted, postponed or cancelled: flights diverted, ambulances rerouted and operations put off are
# disruptions (type other), not business; a postponed vote stays an election, a postponed trial a legal step
@pytest.mark.parametrize(
    "text",
    [
        "The regional hospital postponed 250 planned operations on Monday.",
        "Ambulances were diverted to hospitals in the neighbouring district on Monday.",
        "Nine flights were diverted to the northern airport on Monday because of fog.",
        "The county cancelled classes at all 40 of its schools on Monday.",
    ],
)
def test_services_disrupted_are_dated_events_not_business(text: str) -> None:
    found = dated_types(text)
    assert ("other", MONDAY) in found, events(text)
    assert ("business", MONDAY) not in found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The electoral commission postponed the municipal elections on Monday.", "election"),
        ("The court postponed the trial of the former mayor on Monday.", "legal"),
        ("Halvex Mining postponed its share listing on Monday.", "business"),
    ],
)
def test_what_was_postponed_types_the_postponement(text: str, kind: str) -> None:
    assert (kind, MONDAY) in dated_types(text), events(text)


# -- 7. a fire put out is the firefighters' act, the end of the fire (not the fire told again)
@pytest.mark.parametrize(
    "text",
    [
        "Firefighters put out the last flames at the timber yard on Monday evening.",
        "On Monday crews extinguished the blaze that had gutted the market.",
        "Water-bombing planes doused the wildfire above the town on Monday.",
    ],
)
def test_a_fire_put_out_is_an_act_of_its_own(text: str) -> None:
    assert ("aid", MONDAY) in dated_types(text), events(text)


# -- 8. people ordered back to work or to their posts are coerced (an order of goods stays business)
@pytest.mark.parametrize(
    "text",
    [
        "The governor ordered 300 striking dockers back to work on Monday.",
        "On Monday the transport minister ordered the air traffic controllers back to their posts.",
    ],
)
def test_people_ordered_back_are_coerced(text: str) -> None:
    assert ("coercion", MONDAY) in dated_types(text), events(text)


def test_goods_ordered_stay_business() -> None:
    assert ("business", MONDAY) in dated_types("Norvane Air ordered 24 new regional jets on Monday.")


# -- 9. a crash's flight recorders recovered are the inquiry's find
@pytest.mark.parametrize(
    "text",
    [
        "Navy divers recovered the flight recorders from the seabed on Monday.",
        "On Monday investigators retrieved the cockpit voice recorder from the wreckage.",
    ],
)
def test_flight_recorders_recovered_are_part_of_the_inquiry(text: str) -> None:
    assert ("investigation", MONDAY) in dated_types(text), events(text)


# -- 10. "held talks" is a negotiation (the lexicon's "talks"), not the plural of "a talk" read as a phone call; a
# place toured is a visit
@pytest.mark.parametrize(
    "text",
    [
        "The prime minister held talks with the visiting president on Monday.",
        "On Monday the two foreign ministers held talks in Geneva.",
        "Union leaders held talks with the employers' federation on Monday.",
    ],
)
def test_talks_held_are_a_negotiation(text: str) -> None:
    found = dated_types(text)
    assert ("consultation", MONDAY) in found, events(text)
    assert ("communication", MONDAY) not in found


@pytest.mark.parametrize(
    "text",
    [
        "The health minister toured the flooded hospital on Monday.",
        "On Monday the president toured the camp for displaced families near the border.",
    ],
)
def test_a_place_toured_is_a_visit(text: str) -> None:
    assert ("meeting", MONDAY) in dated_types(text), events(text)


# -- 11. one more of the dead, told by a kind with "a" or "another" ("another injured miner died in hospital"), is
# part of a toll (a disaster), not a personnel change (one named office holder dying)
@pytest.mark.parametrize(
    "text",
    [
        "The toll rose to seven on Monday when another injured miner died in hospital.",
        "A badly burned passenger died in hospital on Monday, raising the toll to 15.",
        "On Monday a nine-year-old boy died of his injuries at the regional hospital.",
    ],
)
def test_one_more_of_the_dead_is_part_of_a_toll(text: str) -> None:
    found = {kind for kind, _ in dated_types(text)}
    assert "disaster" in found, events(text)
    assert "personnel" not in found


@pytest.mark.parametrize(
    "text",
    [
        "A former finance minister died on Monday at the age of 91.",
        "The president died on Monday after a long illness.",
    ],
)
def test_an_office_holder_dying_stays_a_personnel_change(text: str) -> None:
    assert ("personnel", MONDAY) in dated_types(text), events(text)


# -- 12. a cyberattack told by what its doers did to the systems ("hackers crippled the network", "ransomware
# encrypted the files", "attackers took down the website"); a power cut doing the same is no attack
@pytest.mark.parametrize(
    "text",
    [
        "Hackers crippled the hospital's computer network on Monday.",
        "On Monday ransomware encrypted the files of the county's 300 schools.",
        "Attackers took down the tax office's website on Monday.",
        "Hackers broke into the ministry's email servers on Monday.",
    ],
)
def test_systems_disabled_by_hackers_are_an_attack(text: str) -> None:
    assert ("attack", MONDAY) in dated_types(text), events(text)


def test_systems_knocked_out_by_a_power_cut_are_no_attack() -> None:
    text = "A power cut knocked out the hospital's computer systems on Monday."
    assert not [e for e in events(text) if e.type == "attack"]
