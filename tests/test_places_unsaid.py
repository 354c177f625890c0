"""Places news gives without the usual "in X": a place phrase on the last of two joined objects, an institution
named after its city or county, a district of "the city" named before, a definite thing ("the mine") the
article placed elsewhere, the scene a clause of the same moment sets, a capital a national building implies,
and captives freed where they were held."""

from __future__ import annotations

import pytest

from tests.test_places import places_of


def placed(text: str, place: str) -> bool:
    return any(place in names for names in places_of(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A gunman shot two guards and a cashier at a bank in the southern Nigerian city of Calabar on Monday.", "Calabar"),
        ("Attackers wounded three pilgrims and a priest at a shrine in the eastern Indian city of Guwahati on Friday.", "Guwahati"),
        ("A man stabbed a nurse and two patients at a clinic in the Brazilian city of Curitiba on Tuesday.", "Curitiba"),
    ],
)
def test_a_place_phrase_on_the_last_of_two_joined_objects_places_the_act(text: str, place: str) -> None:
    assert placed(text, place)
