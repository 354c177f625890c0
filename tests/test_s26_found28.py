"""Helper found28's classes of session 26 (own sentences, other stories and countries than the probes'): events told
but giving no node.

- a ship or boat boarded by a force ("border guards boarded the trawler", "armed police boarded the cargo ship"):
  probes 20, 22 and 26 each told a seizure at sea by the boarding alone, and "board" had no row; a boarding by
  anyone else ("the minister boarded a plane", "passengers boarded the ferry") is travel, no event;
- a strike told as "downed tools" (probes 20 and 27): the workers' walkout, where "down" had no row; "downed a
  helicopter" stays no protest. When the parser reads "workers downed tools" as a noun phrase ("downed planes")
  there is still no verb to find (marked xfail);
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_s21_places22 import _event
from tests.test_s25_events26 import MONDAY, _wire


def _monday_kinds(tmp_path: Path, sentence: str) -> set[str]:
    return {event["type"] for event in _wire(tmp_path, sentence) if event["earliest"] == MONDAY}


@pytest.mark.parametrize(
    "sentence",
    [
        "Border guards boarded the trawler Santa Marta off Vigo on Monday.",
        "Italian police boarded the yacht in the port of Bari on Monday.",
        "On Monday the navy boarded a tanker suspected of smuggling fuel off Lagos.",
        "Customs officers boarded the container ship at Durban on Monday.",
        "The Greek coast guard boarded a sailing boat carrying 40 migrants near Crete on Monday.",
    ],
)
def test_a_vessel_boarded_by_a_force_is_coercion(tmp_path: Path, sentence: str) -> None:
    assert "coercion" in _monday_kinds(tmp_path, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The prime minister boarded a plane to Brussels on Monday.",
        "About 200 passengers boarded the ferry at Dover on Monday.",
    ],
)
def test_a_boarding_by_travellers_is_no_coercion(tmp_path: Path, sentence: str) -> None:
    assert "coercion" not in _monday_kinds(tmp_path, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Bus drivers in Nairobi downed tools on Monday over unpaid wages.",
        "Hundreds of miners at a copper mine near Kolwezi downed tools on Monday.",
        "On Monday about 300 of the factory's 900 employees downed tools over unpaid bonuses.",
        pytest.param(
            "Teachers in Harare downed tools on Monday to demand higher pay.",
            marks=pytest.mark.xfail(reason="the parser reads 'downed tools' as a noun phrase here", strict=False),
        ),
        pytest.param(
            "Some 400 dockworkers at the port of Santos downed tools on Monday.",
            marks=pytest.mark.xfail(reason="the parser reads 'downed tools' as a noun phrase here", strict=False),
        ),
        pytest.param(
            "Nurses at three hospitals in Lusaka downed tools on Monday, demanding back pay.",
            marks=pytest.mark.xfail(reason="the parser reads 'downed tools' as a noun phrase here", strict=False),
        ),
    ],
)
def test_downing_tools_is_a_strike(tmp_path: Path, sentence: str) -> None:
    assert "protest" in _monday_kinds(tmp_path, sentence)


def test_downing_an_aircraft_is_no_strike(tmp_path: Path) -> None:
    assert "protest" not in _monday_kinds(tmp_path, "Rebels downed an army helicopter near Goma on Monday.")


@pytest.mark.parametrize(
    "sentence",
    [
        "A cargo drone fell on a house in Rosario on Monday.",
        "A chunk of ice fell onto a car park in Zermatt on Monday.",
        "On Monday a tree fell on a school bus near Kandy, injuring six children.",
        "Debris from the satellite fell on a farm in Queensland on Monday.",
        "A section of scaffolding fell on pedestrians in Leeds on Monday.",
    ],
)
def test_a_thing_falling_on_a_place_is_an_accident(tmp_path: Path, sentence: str) -> None:
    assert "disaster" in _monday_kinds(tmp_path, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares in the miner fell on Monday.",
        "Copper prices fell on news of the strike on Monday.",
        "The peso fell on the foreign exchange market on Monday.",
        "The index fell on the Johannesburg exchange on Monday.",
        "Hundreds of farmers blocked the main road through the town of Ayacucho on Monday.",
    ],
)
def test_prices_falling_or_roads_blocked_are_no_accident(tmp_path: Path, sentence: str) -> None:
    assert "disaster" not in _monday_kinds(tmp_path, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Engineers found a crack in the wall of the Kariba dam on Monday.",
        "Inspectors discovered corrosion in the cables of a suspension bridge in Lisbon on Monday.",
        "On Monday technicians detected a leak in the cooling circuit of the reactor near Kursk.",
        "Laboratory tests found bacteria in the drinking water of three villages near Arequipa on Monday.",
        "A fracture was found in a rail near the station in Ghent on Monday.",
        "Auditors uncovered irregularities in the accounts of the Nairobi water board on Monday.",
    ],
)
def test_a_defect_or_contaminant_found_is_an_investigation(tmp_path: Path, sentence: str) -> None:
    assert "investigation" in _monday_kinds(tmp_path, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The company found a buyer for its Chilean unit on Monday.",
        "The minister found the talks useful, she said on Monday.",
    ],
)
def test_other_things_found_are_no_investigation(tmp_path: Path, sentence: str) -> None:
    assert "investigation" not in _monday_kinds(tmp_path, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Air traffic controllers stopped all traffic at Lyon airport on Monday after a drone sighting.",
        "The referee stopped the match in Bilbao on Monday after racist chants.",
        "Organisers stopped the marathon in Nairobi on Monday because of the heat.",
        "The race jury stopped the stage at Cuzco on Monday as snow fell.",
    ],
)
def test_traffic_or_a_contest_stopped_is_halted(tmp_path: Path, sentence: str) -> None:
    assert _monday_kinds(tmp_path, sentence) & {"other", "business"}


@pytest.mark.parametrize(
    "sentence",
    ["Police stopped him on Monday.", "The rain stopped on Monday, and the river fell."],
)
def test_other_things_stopped_are_no_event(tmp_path: Path, sentence: str) -> None:
    assert not _monday_kinds(tmp_path, sentence) & {"other", "business"}


def test_the_vessel_boarded_is_no_place() -> None:
    places, _ = _event(
        "Early on Monday armed police boarded the Nordic Tern off Bergen and arrested its captain.", "board"
    )
    assert "Nordic Tern" not in places, places
