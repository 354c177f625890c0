"""Helper phenomena23's class of session 22 (own sentences, several wordings): what animals, swarms and drifting
matter do (arrive, land, strand, wash up, spread), what is done to them (culled, buried, sprayed, refloated,
contained), and security forces holding a place (a cordon, a siege, an encirclement). None of these has a person
or a body for its doer, or acts on one, and they had no node."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_s20_lead import _events

MONDAY = "2026-11-16"


def _wire(tmp_path: Path, sentence: str) -> list[dict[str, Any]]:
    """The events of a wire story of Friday 20 November 2026 made of one sentence."""
    return _events(tmp_path, f"Coast watch\n\nGALLE, Nov 20 (Example Wire) - {sentence}\n")


def _monday_kinds(events: list[dict[str, Any]]) -> set[str]:
    return {event["type"] for event in events if event["earliest"] == MONDAY}


@pytest.mark.parametrize(
    "sentence",
    [
        "A bloom of jellyfish washed up on the beaches of Alicante on Monday, forcing the town to close six beaches.",
        "Millions of jellyfish reached the coast near Alicante on Monday.",
        "A brown bear wandered into the centre of Brasov on Monday.",
        "A bear entered a supermarket in Sinaia on Monday before rangers arrived.",
        "Tonnes of dead fish washed up on the banks of the Oder on Monday.",
        "Thousands of fish died in the river near Szczecin on Monday.",
        "The oil slick from the grounded tanker reached the coast of Mauritius on Monday.",
        "Oil from the stricken freighter washed ashore near Hikkaduwa on Monday.",
        "A swarm of bees settled on the wing of a plane at Jakarta airport on Monday, delaying its departure.",
        "An ash cloud from the volcano drifted over Bali on Monday, grounding dozens of flights.",
        "A meteorite landed in a field near Tver on Monday.",
        "A toxic algae bloom spread along the coast of Brittany on Monday.",
        "Floodwater reached the centre of Rudne on Monday.",
        "Grasshoppers invaded cotton fields across Sindh on Monday.",
        "Armyworms descended on the maize crop in southern Zambia on Monday.",
        "More than 40 seals were found stranded on a beach near Skegness on Monday.",
        "A humpback whale washed ashore at Bondi on Monday.",
        "A coastguard patrol found about 60 dolphins stranded on a sandbar near Dingle on Monday.",
        "A pod of about 30 dolphins swam onto a sandbar near Dingle on Monday.",
        "On Monday, a herd of elephants strayed into a village near Hwange and trampled two huts.",
    ],
)
def test_what_animals_or_drifting_matter_did_is_news(tmp_path: Path, sentence: str) -> None:
    kinds = _monday_kinds(_wire(tmp_path, sentence))
    assert "disaster" in kinds, kinds


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Millions of jellyfish reached the coast near Alicante on Monday.", "Alicante"),
        ("A bear entered a supermarket in Sinaia on Monday before rangers arrived.", "Sinaia"),
        ("Some 50 dolphins stranded on a beach in Cape Cod on Monday.", "Cape Cod"),
        ("A meteorite landed in a field near Tver on Monday.", "Tver"),
    ],
)
def test_where_the_animals_or_matter_came_is_its_place(tmp_path: Path, sentence: str, place: str) -> None:
    events = [e for e in _wire(tmp_path, sentence) if e["earliest"] == MONDAY and e["type"] == "disaster"]
    names = {p["name"] for e in events for p in e["places"]}
    assert any(place in name for name in names), names


def test_who_found_the_stranded_animals_did_not_strand_them(tmp_path: Path) -> None:
    sentence = "A coastguard patrol found about 60 dolphins stranded on a sandbar near Dingle on Monday."
    events = [e for e in _wire(tmp_path, sentence) if e["type"] == "disaster"]
    assert events and not [a for e in events for a in e["actors"] if a["role"] == "agent"], events


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Vets euthanised the bear on Monday after it attacked a shepherd.", {"other"}),
        ("Workers buried the carcasses of 300 cows on Monday.", {"other"}),
        ("The carcasses were buried in a pit near the farm on Monday.", {"other"}),
        ("Rangers tranquillised the bear on Monday and released it in the forest.", {"other"}),
        ("Crop-dusting planes sprayed pesticide over the infested fields on Monday.", {"other"}),
        ("Volunteers refloated the stranded turtles on Monday.", {"aid"}),
        ("Crews contained the oil slick with floating booms on Monday.", {"other"}),
        ("Beekeepers removed the swarm from the runway on Monday.", {"other"}),
        ("Crop-dusting planes began aerial spraying over Sindh on Monday.", {"other"}),
        ("Aerial spraying of the breeding grounds began on Monday.", {"other"}),
        ("Authorities began culling 40,000 hens at a farm near Kecskemet on Monday.", {"other"}),
    ],
)
def test_what_was_done_to_animals_or_matter_is_news(tmp_path: Path, sentence: str, kinds: set[str]) -> None:
    found = _monday_kinds(_wire(tmp_path, sentence))
    assert found & kinds, found


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Riot police surrounded the parliament building in Tbilisi on Monday.", {"force-posture"}),
        ("Police threw a cordon around the parliament on Monday.", {"force-posture"}),
        ("Security forces sealed off the presidential palace on Monday.", {"force-posture"}),
        ("Police kept a cordon around the embassy on Monday.", {"force-posture"}),
        ("Troops encircled the rebel-held town of Kidal on Monday.", {"military"}),
        ("On Monday police units took up positions around the embassy.", {"force-posture"}),
        ("Fishermen blockaded the port of Calais on Monday.", {"protest"}),
    ],
)
def test_a_place_held_by_security_forces_or_blockaded(tmp_path: Path, sentence: str, kinds: set[str]) -> None:
    found = _monday_kinds(_wire(tmp_path, sentence))
    assert found & kinds, found


def test_a_live_blog_entry_on_a_beached_pod(tmp_path: Path) -> None:
    text = (
        "Live: dolphins beached in Dingle\n\n"
        "**Monday 16 November, 07:10** A pod of 30 dolphins has beached near Dingle harbour, the coastguard says.\n"
    )
    kinds = _monday_kinds(_events(tmp_path, text))
    assert "disaster" in kinds, kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Jellyfish usually arrive on this coast in late summer.",
        "Bears often wander into towns when food is scarce.",
        "Grasshoppers can eat their own weight in crops every day.",
        "Seals sometimes strand on these beaches in winter.",
        "Oil slicks spread quickly in calm water.",
        "Police usually surround the parliament during big protests.",
        "Vets euthanise sick animals when there is no hope of recovery.",
        "Seals have stranded on this sandbar for as long as anyone can remember.",
        "Bears have wandered into Sinaia since the rubbish dump opened.",
    ],
)
def test_habits_and_generic_descriptions_stay_no_event(tmp_path: Path, sentence: str) -> None:
    # ("during big protests" is a protest named in passing, another class's)
    events = [e for e in _wire(tmp_path, sentence) if e["type"] in {"disaster", "other", "aid", "force-posture"}]
    assert not events, events


@pytest.mark.parametrize(
    "sentence",
    [
        "Brent crude reached $90 a barrel on Monday.",
        "Oil prices reached a two-year high on Monday.",
        "The Chicago Bears landed in London on Monday.",
        "A convoy reached the besieged town on Monday.",
    ],
)
def test_prices_teams_and_convoys_are_no_such_disaster(tmp_path: Path, sentence: str) -> None:
    assert "disaster" not in _monday_kinds(_wire(tmp_path, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Police cordoned off the slope on Monday after the avalanche.",
        "Police took up the case on Monday.",
    ],
)
def test_a_safety_cordon_or_a_case_taken_up_is_no_show_of_force(tmp_path: Path, sentence: str) -> None:
    assert "force-posture" not in _monday_kinds(_wire(tmp_path, sentence))
