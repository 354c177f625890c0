"""Places events lost: an actor placed inside a passive's agent, a city the recogniser mislabels, local-language
subdivision names written in English, a named town no gazetteer knows, and water bodies."""

from __future__ import annotations

import pytest

from tests.test_places import places_of
from timelinekg.nlp.extract.places import gazetteer


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The ship's captain was arrested by officers in Mombasa on Friday.", "Mombasa"),
        ("Two activists were detained by soldiers in Kananga on Thursday.", "Kananga"),
        ("The mayor was charged by prosecutors in Rosario on Tuesday.", "Rosario"),
    ],
)
def test_the_agent_of_a_passive_placed_by_the_text_places_the_event(text: str, place: str) -> None:
    assert any(place in names for names in places_of(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A judge in Lyon charged two men with fraud on Wednesday.", "Lyon"),
        ("A court in Patras sentenced the former mayor on Monday.", "Pátra"),
    ],
)
def test_a_known_city_after_in_is_a_place_whatever_the_recogniser_called_it(text: str, place: str) -> None:
    assert any(place in names for names in places_of(text))


@pytest.mark.parametrize(
    ("written", "context", "iso"),
    [
        ("North Kivu", ["CD"], "CD-NK"),
        ("South Kivu province", ["CD"], "CD-SK"),
        ("South Ubangi", ["CD"], "CD-SU"),
        ("Upper Katanga", ["CD"], "CD-HK"),
        ("Ile de France", ["FR"], "FR-IDF"),
        ("Kasai Central", ["CD"], "CD-KC"),
    ],
)
def test_local_compass_words_in_subdivision_names_read_in_english(written: str, context: list[str], iso: str) -> None:
    place = gazetteer().resolve(written, context)
    assert place is not None and place.iso == iso and place.kind == "region"


def test_a_subdivision_with_a_local_compass_word_is_named_in_english() -> None:
    place = gazetteer().resolve("Nord-Kivu", ["CD"])
    assert place is not None and place.name == "North Kivu"
