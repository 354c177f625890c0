"""p12fix classes: a town placed "in <Country>'s <adjective> <Name> department/province/region/state" (or "the
<Name> department of <Country>") keeps its whole name and sits under that first-level unit of that country, whatever
other country's gazetteer has a town of a shorter name; and a ground failure as a subject ("a sinkhole swallowed",
"a crack opened", "the ground gave way") is a disaster."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_places_missed import places_with_kinds


def _events(text: str) -> list[tuple[str, str]]:
    from timelinekg.nlp.extract import Article, extract_article

    facts = extract_article(Article(text=text, origin="t.txt", title="T", published=dt.date(2025, 3, 5)))
    return [(e.label, e.type) for e in facts.events]


@pytest.mark.parametrize(
    ("text", "town", "unit"),
    [
        (
            "Gunmen attacked a police post in San Pedro de los Altos, in Venezuela's northern Miranda state, "
            "on Sunday.",
            "San Pedro de los Altos",
            "Miranda",
        ),
        (
            "Protesters set fire to the town hall in San Miguel del Rincón in Cuba's western Mayabeque province "
            "on Tuesday.",
            "San Miguel del Rincón",
            "Mayabeque",
        ),
        pytest.param(
            "Floods destroyed forty homes in Villa Nueva de los Pinos, in Argentina's northern Salta province, "
            "on Friday.",
            "Villa Nueva de los Pinos",
            "Salta",
            marks=pytest.mark.xfail(reason="the recogniser tags the whole name ORG, and ORG names are not placed yet"),
        ),
    ],
)
def test_a_town_in_a_countrys_unit_keeps_its_whole_name_under_that_country(text: str, town: str, unit: str) -> None:
    found = places_with_kinds(text)
    towns = {name: kind_parent for places in found for name, kind_parent in places.items()}
    assert towns.get(town) == ("town", unit), found


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Police detained twelve miners in the Potosí department of Bolivia on Monday.", "Potosí"),
        ("A landslide buried a bus in Colombia's mountainous Antioquia department on Sunday.", "Antioquia"),
        ("Troops arrested three mayors in Honduras's western Copán department on Thursday.", "Copán"),
    ],
)
def test_a_named_unit_of_a_country_is_a_place(text: str, unit: str) -> None:
    found = places_with_kinds(text)
    kinds = {name: kind_parent[0] for places in found for name, kind_parent in places.items()}
    assert kinds.get(unit) == "region", found


@pytest.mark.parametrize(
    "text",
    [
        "A sinkhole swallowed two cars on a busy avenue in Lima on Monday.",
        "A huge crack opened in the main road through the village on Saturday night.",
        "The ground gave way under a block of flats in the old town on Wednesday.",
        "A chasm swallowed part of a car park near the station on Tuesday.",
    ],
)
def test_a_ground_failure_as_subject_is_a_disaster(text: str) -> None:
    events = _events(text)
    assert any(kind == "disaster" for _, kind in events), events


@pytest.mark.parametrize(
    "text",
    [
        "A new road opened to traffic outside the capital on Monday.",
        "Police opened fire on protesters outside the ministry on Monday.",
    ],
)
def test_what_opens_and_is_no_ground_is_no_disaster(text: str) -> None:
    events = _events(text)
    assert not any(kind == "disaster" for _, kind in events), events
