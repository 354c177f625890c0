"""Classes left by the previous real-news pass: the object of a wish or demand is no event, conceding a
race in any wording is a yield, a surname alone is the person the article named in full, and a joint
statement is its issuers' statement that their later words join.  Short texts written for these tests, in
varied wording (no text from the development corpora)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_extract_news import read, roles

pytest.importorskip("spacy")

D = dt.date
TUESDAY = D(2025, 3, 11)


# -- the object of a wish or demand is unreal -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "unreal"),
    [
        ("The unions want a general strike before the end of the month.", "protest"),
        ("Opposition parties demanded a snap election within six weeks.", "election"),
        ("Farmers' groups called for a nationwide protest next week.", "protest"),
        ("The rebels are seeking a ceasefire before the rainy season.", "yield"),
        ("Several lawmakers urged a referendum on the treaty by the summer.", "election"),
        ("Residents pushed for a fresh vote in the coming days.", "election"),
        ("Students pressed for a walkout and a sit-in on Friday.", "protest"),
    ],
)
def test_what_is_wished_or_demanded_is_no_event(text: str, unreal: str) -> None:
    facts = read(text)
    assert [e for e in facts.events if e.type == unreal] == [], [(e.type, e.label) for e in facts.events]


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        ("The unions held a general strike on Monday.", "protest", D(2025, 3, 10)),
        ("The country held a snap election on Sunday.", "election", D(2025, 3, 9)),
        ("The two armies agreed a ceasefire on Friday.", "yield", D(2025, 3, 7)),
    ],
)
def test_the_same_events_told_as_done_stay_events(text: str, kind: str, day: dt.date) -> None:
    facts = read(text)
    found = [e for e in facts.events if e.type == kind]
    assert found and (found[0].earliest, found[0].latest) == (day, day), [(e.type, e.label) for e in facts.events]


# -- conceding a contest, in any wording, is a yield -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "agent", "day"),
    [
        ("Ms Diaz admitted defeat late on Sunday.", "Ms Diaz", D(2025, 3, 9)),
        ("Governor Mendes acknowledged defeat on Monday.", "Mendes", D(2025, 3, 10)),
        ("The mayor accepted defeat on Monday.", "mayor", D(2025, 3, 10)),
        ("Senator Ruiz conceded the race on Sunday night.", "Ruiz", D(2025, 3, 9)),
        ("The former mayor admitted his defeat shortly before midnight on Sunday.", "mayor", D(2025, 3, 9)),
        ("Kemal Aydin acknowledged his defeat on Monday evening.", "Kemal Aydin", D(2025, 3, 10)),
    ],
)
def test_admitting_or_accepting_defeat_is_a_yield(text: str, agent: str, day: dt.date) -> None:
    facts = read(text)
    found = [e for e in facts.events if e.type == "yield"]
    assert len(found) == 1, [(e.type, e.label) for e in facts.events]
    assert agent in roles(facts, found[0]) and (found[0].earliest, found[0].latest) == (day, day)
    assert not [e for e in facts.events if e.type in ("statement", "confirmation")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The army acknowledged the airstrike on Monday.", "confirmation"),
        ("The ministry admitted on Monday that the figures were wrong.", "statement"),
    ],
)
def test_acknowledging_other_things_is_still_speech(text: str, kind: str) -> None:
    assert kind in [e.type for e in read(text).events]
