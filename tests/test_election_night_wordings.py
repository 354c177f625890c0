"""Election-night news in the wordings outlets use for it (issue #12): opinion polls that are no vote, a speech
given at a press conference or a rally, what a defeated candidate says when conceding.  Short articles written
for these tests (other countries, names and contests than any development text)."""

from __future__ import annotations

import datetime as dt

import pytest

from timelinekg.nlp.extract import Article, extract_article
from timelinekg.schema.model import Event, Facts

pytest.importorskip("spacy")

D = dt.date
MONDAY = D(2025, 3, 3)
TUESDAY = D(2025, 3, 4)


def read(text: str, published: dt.date = MONDAY) -> Facts:
    return extract_article(Article(text=text, origin="test.txt", title="Test", published=published))


def with_words(facts: Facts, words: str) -> list[Event]:
    return [e for e in facts.events if any(words in m.quote for m in e.mentions)]


def agents(event: Event) -> set[str]:
    return {p.actor_id for p in event.participants if p.role == "agent"}


# -- an opinion poll measures support; it is no vote --------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The senator had led in opinion polls for months before the vote.",
        "An exit poll gave the Liberal Party 41 per cent.",
        "Her approval polls slipped in the autumn.",
        "The governor trailed in the polls throughout the summer.",
    ],
)
def test_an_opinion_poll_is_no_election(text: str) -> None:
    facts = read(text)
    assert not [e for e in facts.events if e.type == "election" and "poll" in e.label.lower()], [
        (e.type, e.label) for e in facts.events
    ]


def test_polls_that_are_the_vote_stay_an_election() -> None:
    facts = read("Voters went to the polls in Ecuador on Sunday.")
    assert any(e.type == "election" for e in facts.events), [(e.type, e.label) for e in facts.events]
