"""Confident wrong dates on news (issue #12): short articles written for these tests, one group per class.
A date the text does not give for an event is never stated as its day."""

from __future__ import annotations

import datetime as dt

import pytest

from timelinekg.nlp.extract import Article, extract_article
from timelinekg.schema.model import Event, Facts

pytest.importorskip("spacy")

D = dt.date
TUESDAY = D(2025, 3, 11)


def read(text: str, published: dt.date = TUESDAY) -> Facts:
    return extract_article(Article(text=text, origin="test.txt", title="Test", published=published))


def labelled(facts: Facts, words: str) -> Event:
    found = [e for e in facts.events if words in e.label]
    # a statement's label holds what it reports, so the act it reports is the event the word triggers
    found = [e for e in found if e.attribute("trigger") == words] or found
    assert len(found) == 1, [(e.type, e.label) for e in facts.events]
    return found[0]


# -- "until", "till", "through" end a pause or a state; "by" is a deadline: neither is the act's day -----------
@pytest.mark.parametrize(
    "text",
    [
        "The U.S. Navy suspended its search for the missing sailors until Friday morning.",
        "The Italian coast guard suspended the search till Thursday.",
        "The government suspended the talks through the weekend.",
    ],
)
def test_a_state_end_is_not_the_day_of_the_act(text: str) -> None:
    for event in read(text).events:
        assert event.earliest is None  # on or before the report, no day given
        assert event.latest is not None and event.latest <= TUESDAY


def test_a_deadline_in_the_past_bounds_the_act_from_above() -> None:
    event = labelled(read("The ministry said the rebels had withdrawn by Sunday."), "withdrawn")
    assert (event.earliest, event.latest) == (None, D(2025, 3, 9))


# -- a speaker's undated statement does not take the day of the speaker's other, dated one ----------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The president declared Friday a national day of mourning. The president stated that 30 people were "
            "arrested after the bombing.",
            "stated",
        ),
        (
            "The prime minister announced on Monday that the summit would go ahead. Separately, the prime "
            "minister said the budget was balanced.",
            "minister said",
        ),
    ],
)
def test_an_undated_statement_is_bounded_by_its_report(text: str, words: str) -> None:
    event = labelled(read(text), words)
    assert event.earliest is None
    assert event.latest == TUESDAY
    assert event.precision != "day"


# -- an article whose news already runs into the next day where it happened ------------------------------------
def test_statements_of_a_report_whose_news_is_of_the_next_day() -> None:
    facts = read(
        "Missiles hit the port at 2 a.m. on Wednesday. The cabinet is expected to meet tomorrow, officials said."
    )
    said = labelled(facts, "officials said")
    assert (said.earliest, said.latest) == (TUESDAY, D(2025, 3, 12))


# -- a month an occasion leads up to lies ahead, unless the clause is past -----------------------------------------
@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Fuel prices could climb ahead of the October vote.", 2025),
        ("Candidates are campaigning hard before the November poll.", 2025),
        ("Fuel prices rose sharply ahead of the October vote.", 2024),
    ],
)
def test_a_month_led_up_to_is_the_coming_one(text: str, year: int) -> None:
    election = next(e for e in read(text).events if e.type == "election")
    assert election.earliest is not None and election.earliest.year == year
