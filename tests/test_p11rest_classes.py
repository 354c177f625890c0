"""Remaining failure classes of the eleventh news probe (issue #12), each checked on sentences written for these
tests in several wordings and on other topics, names and places than the probe's: a legislature's dissolution
told with the election it calls."""

from __future__ import annotations

import pytest

from tests.test_probe4_classes import FRIDAY, MONDAY, SUNDAY, TUESDAY, WEDNESDAY, agent_names, place_names, read
from timelinekg.schema.model import Event, Facts

pytest.importorskip("spacy")


def with_trigger(facts: Facts, word: str) -> list[Event]:
    return [e for e in facts.events if e.attribute("trigger") == word]


def lower_places(facts: Facts, event: Event) -> set[str]:
    return {p.lower() for p in place_names(facts, event)}


def lower_agents(facts: Facts, event: Event) -> set[str]:
    return {a.lower() for a in agent_names(facts, event)}


# -- a dissolution told with the election it calls -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "day", "agent", "place"),
    [
        (
            "Kenya's President Amina Odera dissolved the National Assembly on Monday and called early elections "
            "for June 12.",
            MONDAY,
            "amina odera",
            "nairobi",
        ),
        (
            "Portugal's President Tiago Mendes dissolved parliament late on Tuesday and set a snap election for "
            "May 18.",
            TUESDAY,
            "tiago mendes",
            "lisbon",
        ),
        ("The Estonian parliament was dissolved on Friday ahead of snap polls next month.", FRIDAY, None, "estonia"),
        (
            "Governor-General Mary Tane dissolved the House of Representatives on Sunday, clearing the way for a "
            "snap vote in New Zealand.",
            SUNDAY,
            "mary tane",
            None,
        ),
    ],
)
def test_a_dissolution_is_its_own_dated_act(text: str, day: object, agent: str | None, place: str | None) -> None:
    facts = read(text)
    dissolved = with_trigger(facts, "dissolved")
    assert dissolved, [e.label for e in facts.events]
    event = dissolved[0]
    assert (event.earliest, event.latest) == (day, day)
    if agent is not None:
        assert agent in lower_agents(facts, event)
    if place is not None:
        assert place in lower_places(facts, event)


@pytest.mark.parametrize(
    "text",
    [
        "President Amina Odera dissolved the National Assembly on Monday and called early elections for June 12.",
        "King Harald dissolved parliament on Sunday and set snap elections for October 3.",
        "The Estonian parliament was dissolved on Friday ahead of snap polls next month.",
        "The chamber was dissolved on Tuesday ahead of a snap vote in September.",
    ],
)
def test_the_called_election_is_no_past_event(text: str) -> None:
    facts = read(text)
    elections = [e for e in facts.events if e.type == "election"]
    for event in elections:
        # the election called is later than the report: kept only as a planned event dated after it
        assert event.attribute("planned") and event.earliest is not None and event.earliest > WEDNESDAY, (
            event.label,
            event.earliest,
        )


def test_a_regional_assembly_is_not_placed_in_the_capital() -> None:
    facts = read("In Kenya, the governor dissolved the county assembly on Friday.")
    dissolved = with_trigger(facts, "dissolved")
    assert dissolved
    assert "nairobi" not in lower_places(facts, dissolved[0])


def test_a_company_dissolved_is_no_dissolution_of_parliament() -> None:
    facts = read("Shareholders dissolved the holding company on Monday.")
    assert not with_trigger(facts, "dissolved")
