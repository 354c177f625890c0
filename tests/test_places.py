"""Places from maintained gazetteers: first-level subdivisions, cities under their other names, parents."""

from __future__ import annotations

import pytest

from timelinekg.nlp.extract.places import gazetteer


@pytest.mark.parametrize(
    ("written", "name", "parent"),
    [
        ("Kharkiv Oblast", "Kharkiv region", "Ukraine"),
        ("Kharkiv region", "Kharkiv region", "Ukraine"),
        ("Kursk region", "Kursk region", "Russia"),
        ("Sichuan province", "Sichuan province", "China"),
        ("Sichuan", "Sichuan province", "China"),
        ("Estuaire", "Estuaire", "Gabon"),
        ("Ontario", "Ontario", "Canada"),
    ],
)
def test_first_level_regions_in_the_ways_news_writes_them(written: str, name: str, parent: str) -> None:
    place = gazetteer().resolve(written)
    assert place is not None and (place.name, place.kind, place.parent) == (name, "region", parent)


@pytest.mark.parametrize(("written", "name", "parent"), [("Kiev", "Kyiv", "Ukraine"), ("Bombay", "Mumbai", "India")])
def test_cities_under_their_other_names(written: str, name: str, parent: str) -> None:
    place = gazetteer().resolve(written)
    assert place is not None and (place.name, place.kind, place.parent) == (name, "city", parent)


def test_a_region_named_after_its_city_is_a_region_of_that_country() -> None:
    place = gazetteer().resolve("Lviv region", ["UA"])
    assert place is not None and place.kind == "region" and place.parent == "Ukraine"


def test_a_code_or_a_name_no_gazetteer_knows_is_not_a_place() -> None:
    assert gazetteer().resolve("Zzyzxqville") is None
    assert gazetteer().resolve("MOW") is None
