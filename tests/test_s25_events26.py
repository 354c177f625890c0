"""Helper events26's classes of session 25 (own sentences, other stories and countries than the probes'): events
not found, or found only as the statement that reports them, because their trigger was unknown.

- help asked of someone ("asked their Bolivian counterparts for help", "requested assistance from the army",
  "sought help from the coast guard"): an appeal of its own, also inside what a speaker says (the statement stays
  one); probes 15, 25 and 26 each told one, and the lexicon had no row for "ask" or "request";
- a verb with a particle that means a listed one-word verb (WordNet's most frequent sense: "call off" is "cancel",
  "fall in" is "collapse"), when the bare verb's own row would read it in another sense: "called off the match" was
  read as a call, a communication, or not at all in the passive, in probes 18, 21 and 26; a search called off is
  given up (yield), as a suspended or halted one is;
- proceedings opened, started or launched against someone (probes 18, 20, 26): a legal act, not a business start,
  the opening of a shop or a product launch;
- an appeal to people or for something ("appealed to residents not to buy", "appealed for calm"; probes 17, 26):
  asks them (appeal), where an appeal against a ruling or to a court stays a legal step.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_s20_lead import _events

MONDAY = "2026-11-16"


def _wire(tmp_path: Path, sentence: str) -> list[dict[str, Any]]:
    """The events of a wire story of Friday 20 November 2026 made of one sentence."""
    return _events(tmp_path, f"Desk\n\nLIMA, Nov 20 (Example Wire) - {sentence}\n")


def _kinds(events: list[dict[str, Any]]) -> set[str]:
    return {event["type"] for event in events}


@pytest.mark.parametrize(
    "sentence",
    [
        "Peruvian police asked their Bolivian counterparts for help on Monday.",
        "On Monday the regional government requested assistance from the army to clear the roads.",
        "The mayor of Bodo sought help from the coast guard on Monday after the storm.",
        "Firefighters in Alberta asked for the air force's help on Monday as the blaze spread.",
        "The farmers' union appealed for aid on Monday after the drought in Zambia.",
    ],
)
def test_help_asked_of_someone_is_an_appeal(tmp_path: Path, sentence: str) -> None:
    found = {event["type"] for event in _wire(tmp_path, sentence) if event["earliest"] == MONDAY}
    assert "appeal" in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Chilean police say they have asked their Peruvian counterparts for help.",
        "The health ministry in Quito said that it had asked the Red Cross for reinforcements.",
        "Officials in Manitoba told reporters that the province had requested assistance from the federal government.",
    ],
)
def test_help_asked_in_a_statement_is_its_own_appeal(tmp_path: Path, sentence: str) -> None:
    kinds = _kinds(_wire(tmp_path, sentence))
    assert {"appeal", "statement"} <= kinds, kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Asked for comment on Monday, the ministry declined.",
        "The ministry did not respond on Monday to a request for comment.",
        "On Monday the senator asked the minister about the delays at the border.",
        "The coach asked his players for patience on Monday.",
    ],
)
def test_no_appeal_without_help_asked(tmp_path: Path, sentence: str) -> None:
    assert "appeal" not in _kinds(_wire(tmp_path, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kenyan athletics federation called off Saturday's marathon in Eldoret on Monday because of flooding.",
        "Rescuers called off the search for the three missing climbers in the Tatra mountains on Monday.",
        "Organisers called off the Lagos half-marathon on Monday.",
        "Saturday's friendly between Peru and Ecuador was called off on Monday.",
        "The regional summit in Arusha was called off on Monday.",
    ],
)
def test_a_phrasal_verb_is_read_in_its_own_sense(tmp_path: Path, sentence: str) -> None:
    found = {event["type"] for event in _wire(tmp_path, sentence) if event["earliest"] == MONDAY}
    assert found and "communication" not in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Rescuers called off the search for the three missing climbers in the Tatra mountains on Monday.",
        "The search for the missing fishermen off Mindanao was called off on Monday.",
        "On Monday the coast guard cancelled the search for the yacht.",
    ],
)
def test_a_search_called_off_is_given_up(tmp_path: Path, sentence: str) -> None:
    found = {event["type"] for event in _wire(tmp_path, sentence) if event["earliest"] == MONDAY}
    assert "yield" in found, found


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Insurgents blew up a gas pipeline near the Syrian border on Monday.", "attack"),
        ("Fire broke out at a textile factory in Dhaka on Monday.", "disaster"),
        ("Part of the roof of the school in Kisumu fell in on Monday, injuring four pupils.", "disaster"),
        ("The Bulgarian president called the prime minister on Monday to discuss the budget.", "communication"),
    ],
)
def test_phrases_the_rows_already_type_keep_their_type(tmp_path: Path, sentence: str, kind: str) -> None:
    found = {event["type"] for event in _wire(tmp_path, sentence) if event["earliest"] == MONDAY}
    assert kind in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday the prime minister called on the rebels to lay down their arms.",
        "The referee called out the names of the players on Monday.",
    ],
)
def test_a_particle_of_another_sense_cancels_nothing(tmp_path: Path, sentence: str) -> None:
    assert "business" not in _kinds(_wire(tmp_path, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "A judge in Cuenca opened criminal proceedings against the bus driver on Monday.",
        "Prosecutors in Graz started proceedings against the mayor on Monday on suspicion of fraud.",
        "The European Commission launched infringement proceedings against Hungary on Monday.",
        "The data protection authority in Lisbon said it opened proceedings against the clinic on Monday.",
        "Police in Split opened a case against the two fans on Monday.",
    ],
)
def test_proceedings_opened_against_someone_are_a_legal_act(tmp_path: Path, sentence: str) -> None:
    found = {event["type"] for event in _wire(tmp_path, sentence) if event["earliest"] == MONDAY}
    assert "legal" in found and not found & {"business", "product-launch"}, found


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The carmaker started production at its new plant in Kragujevac on Monday.", "business"),
        ("The retailer opened a new store in Vilnius on Monday.", "business"),
    ],
)
def test_other_things_started_or_opened_keep_their_type(tmp_path: Path, sentence: str, kind: str) -> None:
    found = {event["type"] for event in _wire(tmp_path, sentence) if event["earliest"] == MONDAY}
    assert kind in found and "legal" not in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday the Kenyan police appealed to residents not to buy stolen copper cable.",
        "The Thai prime minister appealed for calm on Monday after the riots in Yala.",
        "On Monday the museum's director appealed to the thieves to return the painting.",
        "The Red Cross in Tunisia appealed for blood donors on Monday.",
    ],
)
def test_an_appeal_to_people_or_for_something_asks_them(tmp_path: Path, sentence: str) -> None:
    found = {event["type"] for event in _wire(tmp_path, sentence) if event["earliest"] == MONDAY}
    assert "appeal" in found and "legal" not in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "The former mayor of Constanta appealed against his conviction on Monday.",
        "The former minister appealed to the Supreme Court on Monday.",
        "The defence appealed the ruling on Monday.",
    ],
)
def test_an_appeal_against_a_ruling_or_to_a_court_stays_legal(tmp_path: Path, sentence: str) -> None:
    found = {event["type"] for event in _wire(tmp_path, sentence) if event["earliest"] == MONDAY}
    assert "legal" in found and "appeal" not in found, found
