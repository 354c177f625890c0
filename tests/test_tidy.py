"""Two bugs a code review found in the places code: a body "of" a country read a lower-case word as the country
("the ministry of defence"), and a town put in a unit with no parent recorded a place with an empty name."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable

import pytest

from timelinekg.nlp.extract import Article, extract_article
from timelinekg.nlp.extract.event_places import BODY_OF_COUNTRY, _dateline_head
from timelinekg.nlp.extract.places import Gazetteer, PlaceRef


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Central Bank of Nigeria", "Nigeria"),
        ("the Supreme Court of Kenya", "Kenya"),
        ("The national assembly of the Gambia", "Gambia"),
        ("Electoral Commission Of Ghana", "Ghana"),
    ],
)
def test_a_body_of_a_country_names_the_country(name: str, country: str) -> None:
    named = BODY_OF_COUNTRY.match(name)
    assert named is not None and named.group("country") == country


@pytest.mark.parametrize(
    "name", ["the ministry of defence", "the court of appeal", "a state of emergency", "the minister of chad"]
)
def test_a_lower_case_word_after_of_is_no_country(name: str) -> None:
    assert BODY_OF_COUNTRY.match(name) is None


def test_a_unit_without_a_parent_records_no_nameless_place(monkeypatch: pytest.MonkeyPatch) -> None:
    """A gazetteer unit with no parent (a user's own gazetteer may hold one): the town is put in the unit and no
    place named "" is recorded for the unit's missing parent."""
    region = Gazetteer.region

    def parentless(self: Gazetteer, name: str, context: Iterable[str] = ()) -> PlaceRef | None:
        found = region(self, name, context)
        return dataclasses.replace(found, parent=None) if found is not None else None

    monkeypatch.setattr(Gazetteer, "region", parentless)
    text = "Dairy farmers protested in Lakeview Hollow, Manitoba, on Monday."
    facts = extract_article(Article(text=text, origin="t.txt", title="T", published=dt.date(2025, 3, 5)))
    names = {p.name for p in facts.places}
    assert "" not in names
    assert "Manitoba" in names


@pytest.mark.parametrize(
    ("dateline", "head"),
    [
        ("KYIV, Ukraine, Sept. 3 (Wire) -", "KYIV, Ukraine"),
        ("SAN JOSE, Costa Rica (Wire) —", "SAN JOSE, Costa Rica"),
        ("Harbourton, Westshire: ", "Harbourton, Westshire"),
        ("LAKEVILLE, May 18 -", "LAKEVILLE"),
    ],
)
def test_a_datelines_head_is_its_place_names(dateline: str, head: str) -> None:
    assert _dateline_head(dateline).strip() == head  # the callers strip each name
