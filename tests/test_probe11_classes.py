"""Failure classes of the eleventh news probe (issue #12), each checked on sentences written for these tests in
several wordings and on other topics than the probe's: an act of the members of a body the text calls
"<Demonym> carrier/company/club" happened in that country; a natural force (lightning, a flood, a landslide) as
the subject of strike/hit/kill is a disaster, not an attack, and a village introduced by apposition is its
place; a people named by demonym voting in a referendum; a body halting an activity."""

from __future__ import annotations

import pytest

from tests.test_probe4_classes import agent_names, lower_places, read, with_word

pytest.importorskip("spacy")


# -- workers of a "<Demonym> company" acting at home -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "place"),
    [
        (
            "Dock workers at Brazilian shipping firm Navemar went on strike on Tuesday over unpaid wages.",
            "strike",
            "brazil",
        ),
        (
            "Engineers at Kenyan telecom operator Safaricell walked out on Monday, halting repairs.",
            "walked out",
            "kenya",
        ),
        ("Nurses at Polish hospital chain Medicor staged a walkout on Friday over staffing.", "walkout", "poland"),
    ],
)
def test_members_of_a_national_body_act_in_its_country(text: str, word: str, place: str) -> None:
    facts = read(text)
    acts = with_word(facts, word)
    assert acts, [e.label for e in facts.events]
    assert place in lower_places(facts, acts[0])


def test_a_named_place_wins_over_the_body_demonym() -> None:
    facts = read("Cabin crew at German airline Flugwerk walked out at Madrid airport on Monday.")
    acts = with_word(facts, "walked out")
    assert acts
    assert "germany" not in lower_places(facts, acts[0])


# -- a natural force as the subject of strike/hit/kill -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Lightning struck a group of schoolchildren sheltering under a tree near Mbale on Tuesday.", "struck"),
        ("A landslide hit a bus carrying 30 passengers on a mountain road in Nepal on Monday.", "hit"),
        ("A flash flood killed six hikers in a canyon in southern Jordan on Friday.", "killed"),
        ("A powerful storm struck the coastal town of Cox's Bazar on Sunday, flattening homes.", "struck"),
    ],
)
def test_a_natural_force_striking_is_a_disaster(text: str, word: str) -> None:
    facts = read(text)
    acts = with_word(facts, word)
    assert acts, [e.label for e in facts.events]
    assert acts[0].type == "disaster", (acts[0].label, acts[0].type)


def test_gunmen_striking_stays_an_attack() -> None:
    facts = read("Gunmen struck a police post near Maiduguri on Tuesday, killing four officers.")
    acts = with_word(facts, "struck")
    assert acts and acts[0].type == "attack"


@pytest.mark.parametrize(
    ("text", "word", "place"),
    [
        (
            "Lightning killed three fishermen on a lake outside Bhurkura, a village in Rangpur district, on Monday.",
            "killed",
            "bhurkura",
        ),
        (
            "On Tuesday a bolt of lightning struck a group of herders cutting grass in a meadow outside Bhurkura, a "
            "village in Rangpur district, killing four of them.",
            "struck",
            "bhurkura",
        ),
        (
            "Gunmen shot dead three workers repairing a pipeline outside Dongo, a village in Kogi state, on Friday.",
            "shot",
            "dongo",
        ),
        (
            "A landslide buried four houses near Tamang Gaun, a village in Sindhupalchok district, on Tuesday.",
            "buried",
            "tamang gaun",
        ),
        (
            "A flash flood destroyed a bridge outside Kaloleni, a village in Kilifi county, on Friday.",
            "destroyed",
            "kaloleni",
        ),
    ],
)
def test_a_village_introduced_by_apposition_is_the_place(text: str, word: str, place: str) -> None:
    facts = read(text)
    acts = with_word(facts, word)
    assert acts, [e.label for e in facts.events]
    assert place in lower_places(facts, acts[0]), (acts[0].label, lower_places(facts, acts[0]))


# -- a people voting in a referendum -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "place", "agent"),
    [
        (
            "Swiss voters rejected a proposal to cap rents in a referendum on Sunday.",
            "rejected",
            "switzerland",
            "swiss voters",
        ),
        ("Chileans approved a new pension law in a national referendum on Sunday.", "approved", "chile", "chileans"),
        (
            "Italians voted down a plan to cut the number of regions in a referendum on Monday.",
            "voted",
            "italy",
            "italians",
        ),
    ],
)
def test_a_people_voting_in_a_referendum(text: str, word: str, place: str, agent: str) -> None:
    facts = read(text)
    acts = with_word(facts, word)
    assert acts, [e.label for e in facts.events]
    vote = acts[0]
    assert vote.type == "election", (vote.label, vote.type)
    assert place in lower_places(facts, vote)
    assert agent in {n.lower() for n in agent_names(facts, vote)}


# -- a body halting an activity -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "A trainer jet crashed on Monday. Hours after the crash, the Kenyan Air Force halted all training "
            "flights across the country.",
            "halted",
        ),
        ("The health ministry halted vaccinations in three provinces on Tuesday after a child died.", "halted"),
        (
            "A goods train derailed on Sunday. Hours later, state rail operator Ferronor halted all freight services "
            "on the line.",
            "halted",
        ),
    ],
)
def test_a_body_halting_an_activity_is_its_act(text: str, word: str) -> None:
    facts = read(text)
    acts = with_word(facts, word)
    assert acts, [e.label for e in facts.events]
    assert acts[0].type not in {"attack", "disaster"}
    assert agent_names(facts, acts[0])


def test_a_body_halting_an_activity_across_its_country() -> None:
    facts = read(
        "A shell exploded at a firing range on Monday. Hours after the blast, the Ghanaian Navy halted all "
        "live-fire drills across the country."
    )
    acts = with_word(facts, "halted")
    assert acts
    assert "ghana" in lower_places(facts, acts[0])
