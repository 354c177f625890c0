"""Known failure classes of issue #12's open list, each checked on sentences written for these tests in varied
wording and on topics of no development text: a change of leader or a company bought told with "took over"
or "takeover", ..."""

from __future__ import annotations

import datetime as dt

import pytest

from timelinekg.nlp.extract import Article, extract_article
from timelinekg.schema.model import Facts

pytest.importorskip("spacy")

WEDNESDAY = dt.date(2026, 5, 20)


def read(text: str, published: dt.date = WEDNESDAY) -> Facts:
    return extract_article(Article(text=text, origin="test.txt", title="Test", published=published))


def types_with(text: str, word: str) -> list[str]:
    return [e.type for e in read(text).events if word in e.label.lower()]


# -- "took over as coach", "took over from", "took over the presidency": a change of who leads -----------------
@pytest.mark.parametrize(
    "text",
    [
        "Former goalkeeper Tomas Lindqvist took over as coach of the national handball team on Tuesday.",
        "Colonel Ibra Sow took over as interim president on Thursday.",
        "Mirela Vasic took over as chief executive of the insurer on Monday.",
        "Ana Okafor took over the chairmanship of the regional development bank on Monday.",
        "General Adamu Bello took over from the ousted leader on Sunday.",
        "A little-known judge, Petra Holm, took over the leadership of the anti-corruption office last week.",
    ],
)
def test_taking_over_a_post_is_a_change_of_leader(text: str) -> None:
    assert types_with(text, "took over") == ["personnel"]


# -- "the brewer took over its rival", "completed its takeover of": a business bought ----------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The state-owned lender took over its smaller rival on Friday.", "took over"),
        ("A Japanese trading company took over the struggling shipyard last week.", "took over"),
        ("Nordvik Breweries completed its takeover of a Danish competitor on Friday.", "takeover"),
        ("The insurer announced on Monday that its takeover of a smaller rival was complete.", "takeover"),
        ("Shareholders of the bakery chain approved the hostile takeover on Tuesday.", "takeover"),
    ],
)
def test_a_company_taken_over_is_business(text: str, word: str) -> None:
    kinds = types_with(text, word)
    assert "business" in kinds
    assert not set(kinds) - {"business", "statement"}  # "announced that its takeover ...": the saying too


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers took over the state broadcaster's offices in the capital on Monday.",
        "Armed men took over the police station near the border crossing on Wednesday.",
    ],
)
def test_taking_over_a_place_by_force_stays_military(text: str) -> None:
    assert types_with(text, "took over") == ["military"]


def test_a_military_takeover_is_no_business() -> None:
    assert "business" not in types_with("The military takeover on Saturday was condemned abroad.", "takeover")
