"""probe14 failure classes, on sentences written for these tests (other names, places and countries than the
probe's): runway and landing accidents, acts announced at a news conference, acts dated by a neighbour."""

from __future__ import annotations

import datetime as dt

import pytest

from timelinekg.nlp.extract import Article, extract_article
from timelinekg.schema.model import Facts

pytest.importorskip("spacy")

D = dt.date
TUESDAY = D(2025, 3, 11)


def read(text: str, published: dt.date = TUESDAY) -> Facts:
    return extract_article(Article(text=text, origin="test.txt", title="Test", published=published))


def typed(facts: Facts, type: str, word: str) -> list[tuple[dt.date | None, dt.date | None]]:
    return [(e.earliest, e.latest) for e in facts.events if e.type == type and word in e.label.lower()]


# -- class 1: an aircraft off or past its runway, or forced down -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "A Kenya Airways Embraer 190 carrying 52 passengers overshot the runway at Eldoret airport on Saturday.",
            "overshot",
            D(2025, 3, 8),
        ),
        ("A Bombardier jet overshot the runway at Mombasa airport on Sunday.", "overshot", D(2025, 3, 9)),
        ("A cargo plane overran the runway in Goma on Friday night, officials said.", "overran", D(2025, 3, 7)),
        ("A small airliner skidded off the runway at Pokhara airport on Monday.", "skidded", D(2025, 3, 10)),
        ("A passenger jet veered off the runway in Kathmandu on Saturday.", "veered", D(2025, 3, 8)),
        ("A military transport plane crash-landed near Tamale on Thursday.", "crash", D(2025, 3, 6)),
        ("A Boeing 737 made an emergency landing in Lagos on Wednesday.", "emergency landing", D(2025, 3, 5)),
        (
            "An Ethiopian Airlines plane made a forced landing in a field near Gondar on Thursday.",
            "forced landing",
            D(2025, 3, 6),
        ),
        ("The plane's nose gear collapsed on landing at Accra airport on Sunday.", "collapsed", D(2025, 3, 9)),
    ],
)
def test_runway_and_landing_mishaps_are_accidents(text: str, word: str, day: dt.date) -> None:
    assert (day, day) in typed(read(text), "disaster", word)


@pytest.mark.parametrize(
    "text",
    [
        "Inflation overshot the central bank's target in February.",
        "The helicopter landing at the base on Monday went smoothly.",
    ],
)
def test_other_overshoots_and_landings_are_no_accidents(text: str) -> None:
    assert not [e for e in read(text).events if e.type == "disaster"]
