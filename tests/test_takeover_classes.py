"""Seizures of property and of places that news tells with "nationalised", "expropriated" or "took over" (issue #12:
the type of a trigger is decided by what was taken and by whom, not by the word alone).  Sentences written for these
tests, on topics of no development text."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_probe4_classes import read

SUNDAY = dt.date(2026, 5, 17)


def types_of(text: str, word: str) -> list[str]:
    return [e.type for e in read(text, SUNDAY).events if word in e.label.lower()]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The government nationalised the country's largest copper mine on Tuesday.", "nationalised"),
        ("Caracas nationalized two foreign-owned cement plants last week.", "nationalized"),
        ("The junta expropriated dozens of farms owned by foreign investors in March.", "expropriated"),
        ("Customs officers confiscated the cargo of the ship on Thursday.", "confiscated"),
        ("Then prime minister Ola Berg renationalised the railways in 2004.", "renationalised"),
    ],
)
def test_a_state_taking_property_is_a_seizure(text: str, word: str) -> None:
    assert types_of(text, word) == ["coercion"]


def test_a_nationalisation_told_as_a_noun_is_a_seizure() -> None:
    assert "coercion" in types_of(
        "The expropriation of the oil fields on Friday angered foreign investors.", "expropriation"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers took over the broadcaster's offices in the capital on Monday.",
        "Rebels took over the airport late on Saturday.",
        "Armed men took over the town hall of Villa Nueva on Wednesday.",
        "Troops took over the headquarters of the power company on Friday.",
    ],
)
def test_taking_over_a_place_or_building_by_force_is_military(text: str) -> None:
    assert types_of(text, "took over") == ["military"]


@pytest.mark.parametrize(
    "text",
    [
        "Mirela Vasic took over as chief executive of the insurer on Monday.",
        "Colonel Ibra Sow took over as interim president on Thursday.",
        "The state-owned lender took over its smaller rival on Friday.",
    ],
)
def test_taking_over_as_someone_or_a_company_is_no_military_act(text: str) -> None:
    assert "military" not in types_of(text, "took over")


def test_taking_a_bus_or_taking_part_is_no_takeover() -> None:
    assert types_of("Commuters took the bus to work on Monday.", "took") == []


@pytest.mark.parametrize(
    "text",
    [
        "Nationalisations on Labour Day are something of a tradition in the country.",
        "Strikes are common in the region in spring.",
        "Arrests of journalists have become routine in the province.",
        "Power cuts have become the norm in the capital.",
        "Kidnappings on the coastal highway are a fact of life.",
    ],
)
def test_a_kind_of_event_a_copula_calls_common_is_no_event(text: str) -> None:
    assert read(text, SUNDAY).events == []


@pytest.mark.parametrize(
    "text",
    [
        "Protests were peaceful on Monday, police said.",
        "Strikes hit three ports on Monday.",
    ],
)
def test_events_told_with_a_copula_or_in_the_plural_stay_events(text: str) -> None:
    assert read(text, SUNDAY).events
