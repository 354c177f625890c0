"""Helper events25's classes of session 24 (own sentences, other stories and countries than the probe's): main events
of kinds of story the lexicon missed or typed wrong.

- law enforcement told with words of force or of letting go: police or a named force raiding a plant, an office or
  a warehouse is a search (coercion), gunmen raiding one still attack; a suspect released on bail, on a bond or
  pending trial, or let go by a judge, is a step of the case (legal), not captives let go;
- a person falling from a ladder, a roof or scaffolding, or to his death: an accident, not a falling price;
- infrastructure failing and coming back: a cable, a pipeline or a main that breaks or bursts, traffic or flows
  that drop to zero, a network that goes dark or down; a service, a cable or a line back in service or resumed;
- medical procedures: surgeons operating on someone, someone operated on, undergoing or having surgery, a
  transplant or an amputation;
- a measure confirmed by who took it ("the council has confirmed the closure"): the measure, not a confirmation;
- vessels setting out: a ship that sails from a port or sets sail;
- a transport service laid on by an authority: shuttle buses or boats started, a ferry service launched.
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


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday agents of the federal police raided a warehouse belonging to a meat exporter near Curitiba.",
        "The offices of the mining company were raided by the anti-corruption bureau on Monday.",
        "Tax inspectors from the revenue authority raided two bakeries in Accra on Monday.",
        "The Hellenic Police raided a pharmacy in Piraeus on Monday and seized 3,000 boxes of pills.",
        "The headquarters of the football federation was raided by the Bundeskriminalamt on Monday.",
    ],
)
def test_premises_raided_by_the_law_are_a_search(tmp_path: Path, sentence: str) -> None:
    found = _monday_kinds(_wire(tmp_path, sentence))
    assert "coercion" in found and "attack" not in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen raided a village in Zamfara on Monday, killing nine people.",
        "On Monday militants raided a police post near Kidal.",
        "Armed robbers raided a jewellery shop in Karachi on Monday.",
    ],
)
def test_raids_by_armed_men_stay_attacks(tmp_path: Path, sentence: str) -> None:
    assert "attack" in _monday_kinds(_wire(tmp_path, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "A judge released the former mayor on bail of 20,000 euros on Monday.",
        "The three dockers were released on bail on Monday.",
        "On Monday a court in Nairobi released the journalist on a bond of 500,000 shillings.",
        "The magistrate freed the activist on Monday on condition that she report to police weekly.",
        "The two suspects were freed pending trial on Monday.",
        "The four dockers had been freed on Monday and remain under investigation.",
    ],
)
def test_suspects_let_go_by_the_court_are_a_legal_step(tmp_path: Path, sentence: str) -> None:
    found = _monday_kinds(_wire(tmp_path, sentence))
    assert found and found <= {"legal", "coercion"}, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels released the twelve hostages on Monday.",
        "The kidnappers freed the two aid workers on Monday.",
    ],
)
def test_captives_let_go_stay_a_release(tmp_path: Path, sentence: str) -> None:
    assert "yield" in _monday_kinds(_wire(tmp_path, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The electrician fell from a ladder at a school in Leeds on Monday.",
        "A roofer fell six metres from the roof of a warehouse in Porto on Monday.",
        "A worker fell from scaffolding on a building site in Warsaw on Monday.",
        "On Monday a tourist fell to his death from a cliff near Lagos.",
        "A seven-year-old boy fell from a balcony in Marseille on Monday.",
        "Corporal Diaz fell about four metres from the access ladder of a water tower on Monday while clearing snow.",
    ],
)
def test_a_person_falling_from_a_height_is_an_accident(tmp_path: Path, sentence: str) -> None:
    found = _monday_kinds(_wire(tmp_path, sentence))
    assert "disaster" in found and "business" not in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares in the miner fell from a record high on Monday.",
        "The peso fell 3 percent against the dollar on Monday.",
    ],
)
def test_prices_falling_stay_business(tmp_path: Path, sentence: str) -> None:
    assert "disaster" not in _monday_kinds(_wire(tmp_path, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The undersea cable linking the island to the mainland broke on Monday.",
        "A fibre-optic cable under the Red Sea was cut on Monday, slowing internet traffic across the region.",
        "Traffic on the West Africa cable dropped to zero on Monday.",
        "The flow of gas through the pipeline fell to zero on Monday.",
        pytest.param(
            "Gas flows through the pipeline fell to zero on Monday.",
            marks=pytest.mark.xfail(reason="the parser reads 'flows' as the verb"),
        ),
        "The country's internet went dark on Monday.",
        "The mobile network went down across Kenya on Monday.",
        "A gas pipeline ruptured near Kharkiv on Monday.",
        pytest.param(
            "A water main burst in central Lisbon on Monday, flooding the streets.",
            marks=pytest.mark.xfail(reason="the parser reads 'burst' as a noun"),
        ),
    ],
)
def test_a_line_failing_is_news(tmp_path: Path, sentence: str) -> None:
    found = _monday_kinds(_wire(tmp_path, sentence))
    assert found & {"disaster", "other"}, found


@pytest.mark.parametrize(
    "sentence",
    [
        "The cable came back into service on Monday.",
        "Internet service was restored across the island on Monday.",
        "The power station returned to service on Monday.",
        "Train services resumed on the damaged line on Monday.",
        "On Monday engineers brought the pipeline back into operation.",
    ],
)
def test_a_line_back_in_service_is_news(tmp_path: Path, sentence: str) -> None:
    assert "other" in _monday_kinds(_wire(tmp_path, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The party's support dropped to zero in the capital, the poll found on Monday.",
        "His patience broke on Monday.",
        "The striker returned to the team on Monday.",
    ],
)
def test_other_things_breaking_or_returning_are_no_outage(tmp_path: Path, sentence: str) -> None:
    assert not _monday_kinds(_wire(tmp_path, sentence)) & {"disaster"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Surgeons at the city hospital operated on the boxer for four hours on Monday.",
        "Doctors at Groote Schuur Hospital operated for five hours on the climber's spine on Monday.",
        "The footballer underwent surgery on his knee on Monday.",
        "The injured cyclist was operated on in Lyon on Monday.",
        "The president had surgery on Monday to remove a tumour.",
        "The girl underwent a liver transplant at a hospital in Madrid on Monday.",
        "On Monday the minister underwent an emergency operation for appendicitis.",
        "The wounded soldier was operated on Monday and is in a stable condition.",
    ],
)
def test_an_operation_is_an_event(tmp_path: Path, sentence: str) -> None:
    found = _monday_kinds(_wire(tmp_path, sentence))
    assert found & {"other", "aid"}, found


@pytest.mark.parametrize(
    "sentence",
    [
        "The airline operated on thin margins on Monday, analysts said.",
        "The company operates 40 stores in Chile.",
    ],
)
def test_operating_a_business_is_no_operation(tmp_path: Path, sentence: str) -> None:
    events = _wire(tmp_path, sentence)
    assert not any(e["attributes"].get("trigger", "").startswith("operat") for e in events), events


@pytest.mark.parametrize(
    "sentence",
    [
        "The repair ship Leon Thevenin sailed from Cape Town on Monday.",
        "On Monday the research vessel sailed from Hobart for the Southern Ocean.",
        pytest.param(
            "The frigate set sail from Toulon on Monday.",
            marks=pytest.mark.xfail(reason="the parser reads 'set' as an adjective of 'sail'"),
        ),
        "The cable ship left port in Marseille on Monday.",
        "Southern Cable Marine's CS Atlantic Tern sailed from Walvis Bay on Monday.",
    ],
)
def test_a_ship_setting_out_is_a_departure(tmp_path: Path, sentence: str) -> None:
    assert "other" in _monday_kinds(_wire(tmp_path, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The city started free shuttle buses between the two stations on Monday.",
        "The council launched a ferry service across the estuary on Monday.",
        "On Monday the railway laid on replacement buses between Leeds and York.",
        "The province introduced free water taxis across the lake on Monday.",
    ],
)
def test_a_transport_service_laid_on_is_news(tmp_path: Path, sentence: str) -> None:
    found = _monday_kinds(_wire(tmp_path, sentence))
    assert found & {"other", "aid"} and "product-launch" not in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "The carmaker launched a new electric bus on Monday.",
        "Apple introduced a new iPhone on Monday.",
    ],
)
def test_products_launched_stay_launches(tmp_path: Path, sentence: str) -> None:
    assert "product-launch" in _monday_kinds(_wire(tmp_path, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The city council has confirmed the closure of the library on Monday.",
        "The airline confirmed the cancellation of all flights to Tunis on Monday.",
        "The ministry confirmed the evacuation of the village on Monday.",
    ],
)
def test_a_measure_confirmed_is_the_measure(tmp_path: Path, sentence: str) -> None:
    found = _monday_kinds(_wire(tmp_path, sentence))
    assert "other" in found and not found & {"confirmation", "statement"}, found


def test_a_meeting_confirmed_stays_a_confirmation(tmp_path: Path) -> None:
    sentence = "Swiss mediator Claude Meier confirmed the meeting of Anna Kovac and Boris Lind on Monday."
    assert "confirmation" in _monday_kinds(_wire(tmp_path, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The bill sailed through parliament on Monday.",
        "Swiatek sailed into the final on Monday.",
        "The ferry sails from Dover every hour.",
        "The ferry was sailing from Dover to Calais on Monday when a fire broke out.",
    ],
)
def test_sailing_as_a_figure_a_timetable_or_a_way_is_no_departure(tmp_path: Path, sentence: str) -> None:
    events = _wire(tmp_path, sentence)
    assert not any(
        e["type"] == "other" and e["attributes"].get("trigger") in ("sailed", "sails", "sailing") for e in events
    ), events
