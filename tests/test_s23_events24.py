"""Helper events24's class of session 23 (own sentences, other countries and trades than the probe's): main events
of kinds of story the lexicon knew too little of, missed or mistyped.

- money or assets taken: thefts, hacks, heists, embezzlement, fuel siphoned ("drained 45 million dollars from the
  exchange", "made off with jewellery", "a data breach"), an attack as a theft is, never "drained the tunnel";
- a firm, a market or an operator halting, pausing, freezing or resuming what it does for its customers
  (withdrawals, trading, production, sailings): its business or a disruption, never a break of relations; a court
  suspending a decree or an order acts in law;
- a craft in trouble: a crew declaring an emergency (no state of emergency, which a government declares), a flight
  diverting, turning back, landing, an aircraft dropping in turbulence;
- things and people moved: cargo leaving and landing, convoys setting off, remains repatriated, objects returned.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_s20_lead import _events

MONDAY = "2026-11-16"


def _wire(tmp_path: Path, sentence: str) -> list[dict[str, Any]]:
    """The events of a wire story of Friday 20 November 2026 made of one sentence."""
    return _events(tmp_path, f"Desk\n\nMANILA, Nov 20 (Example Wire) - {sentence}\n")


def _monday_kinds(events: list[dict[str, Any]]) -> set[str]:
    return {event["type"] for event in events if event["earliest"] == MONDAY}


def _kinds(events: list[dict[str, Any]]) -> set[str]:
    return {event["type"] for event in events}


@pytest.mark.parametrize(
    "sentence",
    [
        "Hackers drained about 45 million dollars in digital tokens from the Singapore exchange Coinfold on Monday.",
        "An unknown attacker siphoned roughly 8 million dollars from a cross-chain bridge on Monday.",
        "On Monday thieves emptied the vault of a bank branch in Antofagasta.",
        "A gang of four men made off with jewellery from a shop in Antwerp on Monday.",
        "Thieves made off with two paintings from a museum in Oslo on Monday.",
        "Fraudsters siphoned off 900,000 rand from municipal accounts in Polokwane on Monday.",
        "About 30 million dollars in crypto-assets were drained from the platform's hot wallets on Monday.",
        "On Monday attackers drained roughly €20m from the hot wallets of the Seoul exchange.",
        "Someone siphoned 5,000 litres of diesel from the depot's tanks on Monday.",
        "A data breach at the Estonian tax office on Monday exposed the records of 200,000 people.",
        "Cybercriminals stole the personal data of 3 million patients from a Danish health insurer on Monday.",
        "A ransomware gang encrypted the servers of the water utility in Tampere on Monday.",
        "Funds worth 3 million dollars were transferred from the charity's accounts without authorisation on Monday.",
        "Hackers made an unauthorised transfer of 4 million dollars from the bank's reserves on Monday.",
        "An unauthorised transfer on Monday emptied the account.",
    ],
)
def test_money_or_assets_taken_is_a_theft(tmp_path: Path, sentence: str) -> None:
    found = _monday_kinds(_wire(tmp_path, sentence))
    assert "attack" in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Workers drained the flooded tunnel on Monday.",
        "The war has drained the country's foreign reserves.",
        "The candidate promised on Monday to drain the swamp in the capital.",
        "Engineers emptied the reservoir above the village on Monday as a precaution.",
        "The ministry diverted 2 million euros from the road budget to flood relief on Monday.",
        "Investors pulled 3 billion dollars from emerging-market funds on Monday.",
        "The striker stole the show at the national stadium on Monday.",
        "The club completed the transfer of its captain on Monday.",
        "The court moved the hearing without the consent of the defence on Monday.",
        "Depositors drained 42 billion dollars from the bank on Monday.",
        "On Monday a judge found the former mayor guilty of embezzling public funds.",
        "The court on Monday convicted the treasurer of siphoning off club funds.",
    ],
)
def test_draining_or_emptying_what_is_no_one_s_money_is_no_theft(tmp_path: Path, sentence: str) -> None:
    assert "attack" not in _kinds(_wire(tmp_path, sentence))


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("The Seoul crypto exchange Bithaven paused all withdrawals and deposits on Monday.", {"business"}),
        ("On Monday the lender suspended all withdrawals by its customers.", {"business"}),
        ("Withdrawals were frozen on Monday and have stayed frozen.", {"business"}),
        ("The exchange froze all customer withdrawals on Monday.", {"business"}),
        ("The carmaker paused production at its plant in Zwickau on Monday.", {"business"}),
        ("The bank resumed withdrawals on Monday.", {"business"}),
        ("The refinery resumed production on Monday after a fire.", {"business"}),
        ("The ferry operator suspended sailings between Dover and Calais on Monday.", {"other", "business"}),
        ("The port of Rotterdam suspended container handling on Monday because of the storm.", {"other", "business"}),
        ("The Tokyo Stock Exchange halted trading in all shares on Monday after a systems fault.", {"business"}),
        ("The airline suspended all flights to Tel Aviv on Monday.", {"other", "business"}),
        ("Kenya Railways resumed commuter services on Monday after a derailment.", {"other", "business"}),
    ],
)
def test_a_service_halted_or_resumed_is_the_firm_s_act(tmp_path: Path, sentence: str, kinds: set[str]) -> None:
    found = _monday_kinds(_wire(tmp_path, sentence))
    assert found & kinds and "reduce-relations" not in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "As a precaution we paused all withdrawals on all networks on Monday.",
        "Trading was also paused on Monday.",
        "Withdrawals were suspended on Monday.",
        "Production was stopped at the smelter on Monday.",
    ],
)
def test_a_service_paused_with_no_one_named(tmp_path: Path, sentence: str) -> None:
    found = _monday_kinds(_wire(tmp_path, sentence))
    assert "business" in found and "reduce-relations" not in found, found


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("The constitutional court suspended the decree on Monday.", {"legal"}),
        ("A judge on Monday suspended the government's order to close the mine.", {"legal"}),
        ("The two governments suspended diplomatic relations on Monday.", {"reduce-relations"}),
        ("The European Union suspended budget support to the junta on Monday.", {"reduce-relations"}),
        ("The club suspended its captain on Monday for two matches.", {"personnel"}),
        ("The regional bloc suspended Mali from its institutions on Monday.", {"reduce-relations"}),
    ],
)
def test_what_else_is_suspended_keeps_its_kind(tmp_path: Path, sentence: str, kinds: set[str]) -> None:
    found = _monday_kinds(_wire(tmp_path, sentence))
    assert found & kinds and "business" not in found, found


def test_a_pause_in_speech_is_no_event(tmp_path: Path) -> None:
    assert not _monday_kinds(_wire(tmp_path, "The speaker paused for a moment on Monday before answering."))


@pytest.mark.parametrize(
    "sentence",
    [
        "The crew of a Qantas flight declared an emergency over the Tasman Sea on Monday and diverted to Auckland.",
        "A Lufthansa jet bound for Newark diverted to Shannon on Monday after a passenger fell ill.",
        "The aircraft landed safely at Keflavik on Monday.",
        "The pilots aborted the take-off at Lagos on Monday after an engine failure.",
        "A cruise ship turned back to Southampton on Monday after a fire in its engine room.",
        "The Air India flight returned to Delhi on Monday shortly after take-off because of a technical fault.",
        "The tanker turned back towards Singapore on Monday after its engine failed.",
        "The flight was diverted to Manchester on Monday.",
        "The captain declared an emergency on Monday and the pilots turned towards Nagpur.",
    ],
)
def test_a_craft_in_trouble_diverting_or_landing(tmp_path: Path, sentence: str) -> None:
    found = _monday_kinds(_wire(tmp_path, sentence))
    assert found & {"other", "disaster"} and not found & {"coercion", "personnel"}, found


@pytest.mark.parametrize(
    "sentence",
    [
        "The jet dropped 300 metres in a few seconds on Monday over the Bay of Bengal.",
        "The plane dropped suddenly on Monday, throwing passengers against the ceiling.",
    ],
)
def test_an_aircraft_dropping_is_no_price(tmp_path: Path, sentence: str) -> None:
    found = _monday_kinds(_wire(tmp_path, sentence))
    assert "disaster" in found and "business" not in found, found


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The government declared a state of emergency in three provinces on Monday.", "coercion"),
        ("The president declared an emergency on Monday over the floods.", "coercion"),
    ],
)
def test_a_state_s_emergency_keeps_its_kind(tmp_path: Path, sentence: str, kind: str) -> None:
    assert kind in _monday_kinds(_wire(tmp_path, sentence))


@pytest.mark.parametrize(
    "sentence",
    ["The share price dropped 8 percent on Monday.", "The team made off with the trophy on Monday."],
)
def test_a_price_dropping_or_a_trophy_won_is_no_accident_or_theft(tmp_path: Path, sentence: str) -> None:
    assert not _kinds(_wire(tmp_path, sentence)) & {"disaster", "attack"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The paintings left Schiphol on a chartered cargo flight on Monday.",
        "The crates arrived at Entebbe airport in the early hours of Monday on a chartered cargo flight.",
        "A convoy of 40 trucks carrying flour left Amman for the border on Monday.",
        "The remains of the 12 soldiers were repatriated to Warsaw on Monday.",
        "The stolen statues were returned to Nepal on Monday.",
        "The aid ship carrying 2,000 tonnes of food docked in Port Sudan on Monday.",
        "The cargo plane carrying the manuscripts landed in Addis Ababa on Monday.",
    ],
)
def test_things_moved_from_one_place_to_another(tmp_path: Path, sentence: str) -> None:
    found = _monday_kinds(_wire(tmp_path, sentence))
    assert found & {"other", "aid", "material-cooperation", "yield"} and "personnel" not in found, found


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The former chairman returned to the board on Monday.", "personnel"),
        ("The striker left the club on Monday.", "personnel"),
        ("Apple shipped the new iPhone on Monday.", "product-launch"),
    ],
)
def test_people_returning_to_a_post_and_products_keep_their_kind(tmp_path: Path, sentence: str, kind: str) -> None:
    assert kind in _monday_kinds(_wire(tmp_path, sentence))


def test_a_take_off_before_a_crash_is_no_move_of_its_own(tmp_path: Path) -> None:
    sentence = (
        "The Boeing 737, flown by a small freight airline, had just taken off for Miami when it crashed on Monday."
    )
    assert "other" not in _kinds(_wire(tmp_path, sentence))


def test_patients_transferred_stay_a_move_the_text_dates(tmp_path: Path) -> None:
    """The hand row for "an unauthorised transfer" (a noun) had hidden the verb learned from annotated news."""
    sentence = "On Monday 23 patients were transferred by ambulance from the provincial hospital to the capital."
    assert _monday_kinds(_wire(tmp_path, sentence)) == {"other"}
