"""Issue #12, requirement 6: small towns and villages no gazetteer knows (or that the recogniser takes for a person or
a title) are places of the event when the text marks them as places ("the village of X", "around X and three
neighbouring villages", "X's water supply", a name the article already called a town), with the country or region
the phrase or the article ties them to as their parent, so that ``between --place <country>`` finds them.  Persons,
companies and streets do not become places.  Sentences written for these tests, on names of our own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.test_places_missed import places_with_kinds

pytest.importorskip("spacy")


def place_of(text: str, name: str) -> tuple[str, str | None] | None:
    """The kind and parent of the place ``name`` of the first event that has it."""
    return next((found[name] for found in places_with_kinds(text) if name in found), None)


@pytest.mark.parametrize(
    ("text", "town", "parent"),
    [
        ("Kenyan police said bandits stole 200 cattle from herders in Kapedo on Monday.", "Kapedo", "Kenya"),
        ("Bandits stole 200 cattle from herders in Kapedo, Kenya, on Monday.", "Kapedo", "Kenya"),
        (
            "LIMA, Peru (Wire) - Protesters blocked the highway near the town of Chuquibambilla on Tuesday.",
            "Chuquibambilla",
            "Peru",
        ),
        (
            "Peruvian police said on Tuesday that protesters had blocked the highway near Chuquibambilla.",
            "Chuquibambilla",
            "Peru",
        ),
    ],
)
def test_an_unknown_town_lies_in_the_country_the_text_names(text: str, town: str, parent: str) -> None:
    found = place_of(text, town)
    assert found is not None, places_with_kinds(text)
    assert found[1] == parent, found


@pytest.mark.parametrize(
    ("text", "town", "parent"),
    [
        ("Gunmen killed three men in the village of Goth Allah Bux on Monday.", "Goth Allah Bux", None),
        ("Gunmen killed three men in the Sindh village of Goth Allah Bux on Monday.", "Goth Allah Bux", "Sindh"),
        (
            "Gunmen killed three men in Goth Allah Bux, a village in Sindh province, on Monday.",
            "Goth Allah Bux",
            "Sindh",
        ),
        (
            "Three people died in a landslide in the northwestern Pakistani town of Darband on Monday.",
            "Darband",
            "Pakistan",
        ),
        ("Floods swept through Kassala Jadid and three neighbouring villages on Tuesday.", "Kassala Jadid", None),
        ("Soldiers burned homes around Kassala Jadid and two nearby villages on Tuesday.", "Kassala Jadid", None),
        ("Engineers cut off Vlakfontein's water supply on Thursday morning.", "Vlakfontein", None),
        ("A bus crashed on the outskirts of Vlakfontein on Tuesday, killing four people.", "Vlakfontein", None),
        (
            "JOHANNESBURG (Wire) - A bus crashed just outside Vlakfontein on Tuesday, killing four people.",
            "Vlakfontein",
            "South Africa",
        ),
    ],
)
def test_a_name_the_text_marks_as_a_place_is_one(text: str, town: str, parent: str | None) -> None:
    found = place_of(text, town)
    assert found is not None, places_with_kinds(text)
    if parent is not None:
        assert found[1] == parent, found


def test_a_name_the_article_called_a_village_is_a_place_later_too() -> None:
    text = (
        "Floods cut off the village of Vlakfontein in South Africa on Monday.\n\n"
        "The army sent 20 water tankers to Vlakfontein on Tuesday."
    )
    found = places_with_kinds(text)
    assert len(found) >= 2 and "Vlakfontein" in found[-1], found
    assert found[-1]["Vlakfontein"][1] == "South Africa", found


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("Police arrested Hamid Qureshi in Lahore on Monday.", "Hamid Qureshi"),
        ("The regulator fined Kestrel Mining in Perth on Monday.", "Kestrel Mining"),
        ("Thousands of protesters marched along Independence Avenue in Accra on Saturday.", "Independence Avenue"),
        ("Police questioned Amal Osman and three other villagers on Tuesday.", "Amal Osman"),
    ],
)
def test_persons_companies_and_streets_are_no_places(text: str, not_a_place: str) -> None:
    assert all(not_a_place not in found for found in places_with_kinds(text)), places_with_kinds(text)


def test_a_country_query_finds_an_event_in_its_unknown_village(tmp_path: Path) -> None:
    from timelinekg.graph.ingest import ingest
    from timelinekg.graph.sqlite import SQLiteStore
    from timelinekg.nlp.extract import Article, extract_article
    from timelinekg.queries import between
    from timelinekg.schema.dates import DateRange

    text = "Three people died in a landslide in the northwestern Pakistani town of Darband on Monday."
    facts = extract_article(Article(text=text, origin="t.txt", title="T", published=dt.date(2025, 3, 5)))
    store = SQLiteStore(tmp_path / "s.db")
    try:
        ingest(store, facts)
        found = list(between(store, DateRange.parse("2025-03-01", "2025-03-31"), place="Pakistan"))
        assert any("landslide" in e.label for e in found), [e.label for e in found]
    finally:
        store.close()


def test_a_name_set_beside_a_place_noun_is_a_town_of_the_region_named() -> None:
    found = place_of(
        "Gunmen attacked a checkpoint near Dera Bugti Kalan, a town in Balochistan, on Monday.", "Dera Bugti Kalan"
    )
    assert found == ("town", "Balochistan"), found
