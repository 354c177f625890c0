"""Failure classes of the fifth self-written news probe (tests/fixtures/selfnews5, issue #12: acts told through
someone's words), each checked on sentences written for these tests in other wordings and on other topics than
the probe's articles."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_probe4_classes import read, with_word

pytest.importorskip("spacy")

MONDAY = dt.date(2026, 3, 2)
TUESDAY = dt.date(2026, 3, 3)
WEDNESDAY = dt.date(2026, 3, 4)


# -- class 1: a press release's courtesy formula ("wishes to inform the public that", "is pleased to announce
# that", "regrets to announce that") reports what happened; the wish is the writer's manners, not the act's -------
@pytest.mark.parametrize(
    ("text", "word", "types"),
    [
        (
            "The Ministry of Agriculture wishes to inform the public that a case of bird flu has been confirmed"
            " on a farm in Kisumu County.",
            "confirmed",
            {"disaster"},
        ),
        (
            "The county government wishes to inform residents that a bridge on the Embu road collapsed on Tuesday.",
            "collapsed",
            {"disaster", "accident"},
        ),
        ("The board regrets to announce that the chief executive has resigned.", "resigned", {"personnel"}),
        (
            "The police service would like to inform residents that two suspects have been arrested in connection"
            " with the robbery.",
            "arrested",
            {"coercion"},
        ),
    ],
)
def test_a_courtesy_formula_reports_a_real_act(text: str, word: str, types: set[str]) -> None:
    facts = read(text, WEDNESDAY)
    events = with_word(facts, word)
    assert events, [e.label for e in facts.events]
    assert events[0].type in types


def test_a_real_wish_still_hides_its_act() -> None:
    facts = read("The minister wishes to see the bridge reopened before the winter.", WEDNESDAY)
    assert not with_word(facts, "reopened"), [e.label for e in facts.events]
