"""Session 18: verbs of a changing amount, of leaving or joining a body and of ordering, told of people.  "Rose",
"climbed" and "jumped" are a business event when a price, an index or a firm moves ("shares jumped 8 %"); told of
people ("the MPs rose together", "some passengers jumped", "she climbed to the fourth floor") they are a body moving.
"Left" and "joined" are a personnel event with a post, a firm or a party for object ("left the cabinet", "joined
Siemens"); leaving a port or a town, joining the rescuers, or "leaving 30 trucks stranded" is no personnel change.
"Ordered" people to do something is coercion, not an order placed for goods.  The sentences are written here, in
varied wording, on other topics than the probes these were seen on."""

from __future__ import annotations

import datetime as dt

import pytest

from timelinekg.nlp.extract import Article, extract_article
from timelinekg.schema.model import Event

pytest.importorskip("spacy")

THURSDAY = dt.date(2025, 6, 12)


def events(text: str) -> list[Event]:
    return list(extract_article(Article(text=text, origin="test.txt", title="Test", published=THURSDAY)).events)


def types(text: str) -> set[str]:
    return {e.type for e in events(text)}


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday the 40 senators rose together and walked out of the chamber.",
        "Several passengers jumped into the river as the boat listed on Wednesday.",
        "Anita Sorensen climbed to the roof of the warehouse on Wednesday to escape the smoke.",
        "On Wednesday the firefighters climbed the ladder to the third floor.",
        "Two boys jumped from the bridge on Wednesday evening, police said.",
    ],
)
def test_people_moving_is_no_business_event(text: str) -> None:
    assert "business" not in types(text), events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Toyota jumped 8 percent on Wednesday after the results.",
        "The Dow Jones climbed 300 points on Wednesday.",
        "Samsung Electronics surged 6 percent in Seoul on Wednesday.",
        "The FTSE 100 dipped 1 percent on Wednesday.",
        "On Wednesday the Nikkei index rose 2 percent.",
    ],
)
def test_prices_and_indexes_moving_stay_business(text: str) -> None:
    assert "business" in types(text), events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry left the port of Piraeus at 6 a.m. on Wednesday with 300 people on board.",
        "All the opposition deputies had left the hall before the vote on Wednesday.",
        "The convoy left Kharkiv on Wednesday morning.",
        "The landslide blocked the highway on Wednesday, leaving 30 trucks stranded.",
        "Army divers joined the volunteers at the quarry lake overnight on Wednesday.",
        "On Wednesday two more ambulances joined them at the scene.",
    ],
)
def test_leaving_a_place_or_joining_people_is_no_personnel_change(text: str) -> None:
    assert "personnel" not in types(text), events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The finance minister left the government on Wednesday after a row over the budget.",
        "Maria Kessler left Siemens on Wednesday to join a rival.",
        "On Wednesday the deputy leader left the party, saying it had lost its way.",
        "The former central banker joined Deutsche Bank on Wednesday as chief economist.",
        "On Wednesday the senator joined the cabinet as health minister.",
    ],
)
def test_leaving_or_joining_a_body_stays_personnel(text: str) -> None:
    assert "personnel" in types(text), events(text)


# "ordered" with people for object is an authority's order to them (coercion), not an order placed with a maker
@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministry on Wednesday ordered two embassy employees to leave the country within 72 hours.",
        "On Wednesday the governor ordered residents of four coastal villages to move inland.",
        "On Wednesday Lithuania ordered a Belarusian diplomat to leave within two days.",
    ],
)
def test_people_ordered_to_do_something_are_coerced(text: str) -> None:
    assert "coercion" in types(text) and "business" not in types(text), events(text)


def test_an_order_placed_for_goods_stays_business() -> None:
    assert "business" in types("The airline ordered 40 new jets from Airbus on Wednesday.")
