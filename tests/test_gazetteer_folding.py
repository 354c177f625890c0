"""A city written without its diacritics is found ("Ploiesti", "Timisoara"), but a bare three-letter key of a
small town is not kept: such keys are more often people's short names ("Leo" said, not Léo in Burkina Faso)."""

from __future__ import annotations

import pytest

from timelinekg.nlp.extract.places import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer()


@pytest.mark.parametrize(
    ("written", "country"), [("Ploiesti", "RO"), ("Timisoara", "RO"), ("Hue", "VN"), ("Nis", "RS")]
)
def test_a_city_written_without_its_diacritics_is_found(gazetteer: Gazetteer, written: str, country: str) -> None:
    place = gazetteer.resolve(written, [])
    assert place is not None and place.country_code == country


@pytest.mark.parametrize("written", ["Leo", "Reo"])
def test_a_small_towns_three_letter_bare_key_is_no_place(gazetteer: Gazetteer, written: str) -> None:
    assert not gazetteer.is_known(written)
