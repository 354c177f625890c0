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


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The company filed for bankruptcy protection at the Lyon Commercial Court on Monday.", "Lyon"),
        ("Two former ministers were sentenced to prison at the Nairobi High Court on Tuesday.", "Nairobi"),
        ("Hundreds of traders protested outside the Mumbai Municipal Corporation on Friday.", "Mumbai"),
    ],
)
def test_an_institution_named_after_its_city_is_where_an_act_before_it_happened(text: str, place: str) -> None:
    assert placed(text, place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Members of the Nakuru County Assembly on Monday voted to remove the speaker.", "Nakuru"),
        ("The Lagos State House of Assembly passed a new tax law on Wednesday.", "Lagos"),
        ("Councillors of the Porto City Council approved the budget on Thursday.", "Porto"),
    ],
)
def test_a_body_named_after_its_city_or_county_acts_there(text: str, place: str) -> None:
    assert placed(text, place)


def test_a_company_named_after_a_city_is_not_placed_there() -> None:
    assert not placed("Osaka Gas Company cut 2,000 jobs on Monday.", "Osaka")
