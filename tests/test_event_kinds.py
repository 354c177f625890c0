"""Event kinds decided in context, on sentences written for these tests (not from any probe or dev text):
a labour strike is a protest, not an attack; an air strike stays an attack."""

from __future__ import annotations

import datetime as dt

import pytest

from timelinekg.nlp.extract import Article, extract_article
from timelinekg.schema.model import Facts

pytest.importorskip("spacy")

D = dt.date
WEDNESDAY = D(2025, 4, 16)
MONDAY, TUESDAY = D(2025, 4, 14), D(2025, 4, 15)


def read(text: str) -> Facts:
    return extract_article(Article(text=text, origin="test.txt", title="Test", published=WEDNESDAY))


def types_of(facts: Facts) -> set[str]:
    return {e.type for e in facts.events}


@pytest.mark.parametrize(
    ("text", "kind", "not_kind"),
    [
        ("Nurses at three hospitals in Lyon went on strike on Monday over staffing levels.", "protest", "attack"),
        ("Teachers across the province began an indefinite strike on Tuesday, their union said.", "protest", "attack"),
        ("Bus drivers staged a 24-hour strike in Porto on Monday, halting most services.", "protest", "attack"),
        ("The transport unions called a general strike for Tuesday, the first in a decade.", "protest", "attack"),
        ("Miners at the Kolwezi copper mine have been on strike since Monday, the company said.", "protest", "attack"),
        ("A hunger strike by detained activists entered its second week on Tuesday.", "protest", "attack"),
        ("An Israeli air strike hit a house in Rafah on Monday, medics said.", "attack", "protest"),
        ("The army said it carried out a strike on a weapons depot near Idlib on Tuesday.", "attack", "protest"),
        ("A drone strike killed two militants in the Shabwa region on Monday, officials said.", "attack", "protest"),
    ],
)
def test_a_strike_is_typed_by_what_kind_of_strike_it_is(text: str, kind: str, not_kind: str) -> None:
    # a labour strike is a protest; an air, drone or military strike stays an attack
    kinds = types_of(read(text))
    assert kind in kinds, kinds
    assert not_kind not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Nurses at three hospitals in Lyon went on strike on Monday over staffing levels.", MONDAY),
        ("On Tuesday, refinery workers in the south of the country went on strike.", TUESDAY),
    ],
)
def test_going_on_strike_is_dated_by_its_verb(text: str, day: dt.date) -> None:
    facts = read(text)
    assert any(e.type == "protest" and (e.earliest, e.latest) == (day, day) for e in facts.events), [
        (e.type, e.earliest, e.latest) for e in facts.events
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Peru's central bank raised its key interest rate by half a point on Monday.", "central bank"),
        ("The central bank of Kenya lowered its benchmark rate on Tuesday, citing slowing inflation.", "central bank"),
        ("Norway's foreign minister resigned on Monday after a row over arms exports.", "foreign minister"),
    ],
)
def test_unnamed_institution_with_an_adjective_is_an_actor(text: str, actor: str) -> None:
    facts = read(text)
    by_id = {a.id: a.name.lower() for a in facts.actors}
    names = {by_id[i] for e in facts.events if e.type != "statement" for i in e.actor_ids}
    assert any(actor in name for name in names), names


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A cyberattack shut down the ticketing systems of the Lisbon metro on Monday.", MONDAY),
        ("The city council of Graz said a cyber attack on Tuesday had disabled its payroll servers.", TUESDAY),
    ],
)
def test_cyberattack_is_an_attack(text: str, day: dt.date) -> None:
    facts = read(text)
    assert any(e.type == "attack" and e.earliest == day for e in facts.events), [
        (e.type, e.label, e.earliest) for e in facts.events
    ]
