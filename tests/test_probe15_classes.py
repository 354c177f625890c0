"""Failure classes of the fifteenth news probe (issue #12), each checked on sentences written for these tests in
several wordings and on other topics than the probe's: weather destroying, wrecking or washing away things is a
disaster (the weather its cause, no actor); a road pile-up of vehicles and the casualty count after it are an
accident, not an attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_probe4_classes import agent_names, lower_places, read, with_word

pytest.importorskip("spacy")


# -- weather destroying things ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A freak hailstorm destroyed much of the apple harvest in the Tyrol valley on Monday.", "destroyed"),
        ("Hail flattened wheat fields across three counties of Kansas on Tuesday evening.", "flattened"),
        ("A tropical storm wrecked about 450 houses on the island of Leyte on Sunday.", "wrecked"),
        ("Floodwaters washed away a footbridge over the Drina river near Foca on Monday.", "washed away"),
        ("Strong winds damaged the roofs of two schools in Kisumu on Tuesday.", "damaged"),
    ],
)
def test_weather_destroying_things_is_a_disaster(text: str, word: str) -> None:
    facts = read(text)
    acts = with_word(facts, word)
    assert acts, [e.label for e in facts.events]
    assert acts[0].type == "disaster", (acts[0].label, acts[0].type)
    assert not agent_names(facts, acts[0]), agent_names(facts, acts[0])


def test_people_destroying_things_is_no_disaster() -> None:
    facts = read("Rioters destroyed dozens of shops in the centre of Lyon on Tuesday.")
    assert all(e.type != "disaster" for e in facts.events), [(e.label, e.type) for e in facts.events]


# -- a road pile-up and its casualty count ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("About 50 cars collided on the M5 motorway near Taunton in heavy rain on Monday.", "collided"),
        ("Two buses and a lorry collided on a mountain road outside Cusco on Tuesday.", "collided"),
        ("A pileup involving 35 vehicles closed the A4 near Reims on Monday morning.", "pileup"),
        ("A 60-car pileup on Interstate 35 near Waco left three people dead on Tuesday.", "pileup"),
    ],
)
def test_a_road_pileup_is_an_accident(text: str, word: str) -> None:
    facts = read(text)
    acts = with_word(facts, word)
    assert acts, [e.label for e in facts.events]
    assert acts[0].type == "disaster", (acts[0].label, acts[0].type)


@pytest.mark.parametrize(
    "text",
    [
        "Some 40 vehicles collided in thick fog on the A1 near Parma on Monday. 19 injured, two seriously.",
        "A pile-up of 25 cars blocked the motorway near Leeds on Tuesday. Twelve people hurt.",
        "Dozens of cars collided on an icy highway in Ontario on Monday; 14 injured, police said.",
    ],
)
def test_a_crash_casualty_count_is_no_attack(text: str) -> None:
    facts = read(text)
    assert all(e.type != "attack" for e in facts.events), [(e.label, e.type) for e in facts.events]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Three people were killed and 15 hurt when two trains ran into each other outside Lucknow on Monday.", "ran"),
        (
            "Six were injured when about 20 cars and a coach ran into each other on the A7 near Hamburg on Friday.",
            "ran",
        ),
        ("Two men died when their van crashed into a wall in Bristol on Tuesday.", "crashed"),
        ("A lorry struck a parked bus on the ring road in Accra on Tuesday, killing three passengers.", "struck"),
        ("Two men were killed when their car hit a tree near Graz on Monday.", "hit"),
    ],
)
def test_vehicles_running_into_each_other_are_a_crash(text: str, word: str) -> None:
    facts = read(text)
    acts = with_word(facts, word)
    assert acts, [e.label for e in facts.events]
    assert acts[0].type == "disaster", (acts[0].label, acts[0].type)
    assert all(e.type != "attack" for e in facts.events), [(e.label, e.type) for e in facts.events]


@pytest.mark.parametrize(
    "text",
    [
        "A truck rammed a crowd of shoppers in Berlin on Monday, killing six.",
    ],
)
def test_a_vehicle_driven_into_a_crowd_is_no_crash(text: str) -> None:
    facts = read(text)
    assert all(e.type != "disaster" for e in facts.events), [(e.label, e.type) for e in facts.events]


@pytest.mark.parametrize(
    "text",
    [
        "Premiums have risen since a hailstorm in May 2021 destroyed half the vineyards in the valley.",
        "Insurers stopped covering the orchards after a hailstorm in 2019 that stripped every tree in the district.",
        "Villagers still remember the blizzard of February 2012, which cut them off for a week.",
    ],
)
def test_a_past_storm_is_an_event(text: str) -> None:
    facts = read(text)
    assert any(e.type == "disaster" and e.earliest is not None and e.earliest.year < 2025 for e in facts.events), [
        (e.label, e.type, e.earliest) for e in facts.events
    ]


# -- a group blocking a road with its vehicles ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "About 300 dairy farmers drove their tractors onto the A7 motorway near Lyon on Monday and blocked it for "
            "hours.",
            "farmers",
        ),
        ("Taxi drivers parked their cars across the main bridge in Kampala on Monday and blocked it.", "drivers"),
        (
            "Hundreds of truckers blocked the main border crossing near Przemysl with their lorries on Tuesday.",
            "truckers",
        ),
        ("Taxi drivers blocked the ring road around Lisbon with their cabs on Monday morning.", "drivers"),
        ("Wine growers blocked a motorway near Narbonne with tractors on Friday.", "growers"),
    ],
)
def test_a_group_blocking_a_road_is_a_protest(text: str, group: str) -> None:
    facts = read(text)
    acts = with_word(facts, "blocked")
    assert acts, [(e.label, e.type) for e in facts.events]
    assert acts[0].type == "protest", (acts[0].label, acts[0].type)
    assert any(group in name for name in agent_names(facts, acts[0])), agent_names(facts, acts[0])


# -- a town's supply cut off or restored --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "place"),
    [
        ("Engineers restored Aleppo's power on Tuesday after a week of blackouts.", "restored", "aleppo"),
        ("Municipal workers shut off Johannesburg's electricity supply on Monday morning.", "shut off", "johannesburg"),
        ("City officials cut off Nairobi's water supply for two days on Friday.", "cut off", "nairobi"),
    ],
)
def test_a_towns_supply_is_cut_there(text: str, word: str, place: str) -> None:
    facts = read(text)
    acts = with_word(facts, word)
    assert acts, [(e.label, e.type) for e in facts.events]
    assert acts[0].type == "other", (acts[0].label, acts[0].type)
    assert place in lower_places(facts, acts[0]), lower_places(facts, acts[0])


def test_a_countrys_envoy_is_no_place() -> None:
    facts = read("Israel summoned Turkey's ambassador on Monday.")
    assert all("turkey" not in lower_places(facts, e) for e in facts.events)


# -- a bomber blowing himself up ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A suicide bomber blew himself up outside a mosque in Kunduz on Friday evening, killing 12 worshippers.", 11),
        ("A woman blew herself up at a checkpoint near Maiduguri on Monday, police said on Tuesday.", 14),
        ("Two attackers blew themselves up at the gates of a police compound in Kandahar on Sunday.", 13),
    ],
)
def test_a_bomber_blowing_himself_up_is_an_attack_on_its_day(text: str, day: int) -> None:
    facts = read(text, dt.date(2025, 4, 15))
    acts = with_word(facts, "blew")
    assert acts, [(e.label, e.type) for e in facts.events]
    assert acts[0].type == "attack", (acts[0].label, acts[0].type)
    assert (acts[0].earliest, acts[0].latest) == (dt.date(2025, 4, day), dt.date(2025, 4, day))


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber blew himself up outside a mosque in Kunduz on Friday evening, killing 12 worshippers.",
        "A teenage bomber blew himself up in a crowded market in Mogadishu on Monday.",
        "Two bombers blew themselves up at a hotel gate in Kabul on Sunday.",
    ],
)
def test_the_bomber_is_the_agent(text: str) -> None:
    facts = read(text, dt.date(2025, 4, 15))
    acts = with_word(facts, "blew")
    assert acts, [(e.label, e.type) for e in facts.events]
    assert any("bomber" in name for name in agent_names(facts, acts[0])), agent_names(facts, acts[0])


# -- a person released, named by a pronoun ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The former governor was jailed in 2021. Prison officials released him from Kamiti prison on Saturday.",
        "The activist was detained in March. Police released her on bail on Monday.",
        "Rebels seized three engineers in May. They released them near Goma on Sunday.",
    ],
)
def test_a_person_released_is_no_product(text: str) -> None:
    facts = read(text, dt.date(2025, 4, 15))
    acts = with_word(facts, "released")
    assert acts, [(e.label, e.type) for e in facts.events]
    assert acts[0].type != "product-launch", (acts[0].label, acts[0].type)


def test_a_product_released_stays_a_launch() -> None:
    facts = read("Apple released its new phone on Tuesday.", dt.date(2025, 4, 15))
    assert with_word(facts, "released")[0].type == "product-launch"


# -- an arrest made in a raid on a place ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "place"),
    [
        ("Police arrested three men in a raid on a farmhouse on the outskirts of Kano on Tuesday.", "arrested", "kano"),
        ("Officers detained two suspects in a raid on a flat in Marseille on Monday.", "detained", "marseille"),
        ("Soldiers seized weapons in a raid on a warehouse on the edge of Mosul on Sunday.", "seized", "mosul"),
    ],
)
def test_an_arrest_in_a_raid_is_where_the_raid_was(text: str, word: str, place: str) -> None:
    facts = read(text, dt.date(2025, 4, 16))
    acts = with_word(facts, word)
    assert acts, [(e.label, e.type) for e in facts.events]
    assert place in lower_places(facts, acts[0]), lower_places(facts, acts[0])
