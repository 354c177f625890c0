"""Session 18, helper merge6: how event reports are folded into events.  Short articles written for these tests in
varied wording (invented firms and people, real countries and courts), one group per class."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_extract_news import read as news_read
from tests.test_extract_news import roles
from timelinekg.schema.model import Event, Facts

pytest.importorskip("spacy")

D = dt.date
THURSDAY = D(2025, 6, 12)


def read(text: str, published: dt.date = THURSDAY) -> Facts:
    return news_read(text, published)


def holding(facts: Facts, words: str) -> list[Event]:
    return [e for e in facts.events if any(words in m.quote for m in e.mentions)]


def described(facts: Facts) -> list[tuple[str, str, list[str]]]:
    return [(e.type, e.label, [m.quote[:60] for m in e.mentions]) for e in facts.events]


# -- two coercive acts of one week are two events: an undated report of one is no retelling of the other ---------
@pytest.mark.parametrize(
    ("dated", "undated"),
    [
        (
            "Chile's environment regulator on Tuesday revoked the operating permit of Andes Cobre, the mining company "
            "whose tailings dam burst near Copiapo last week.",
            "A court in Copiapo yesterday extended the detention of the site manager, Pablo Herrera, by ten days.",
        ),
        (
            "Kazakhstan's energy ministry on Monday suspended the export licence of Steppe Oil, the company whose "
            "pipeline leaked near Atyrau last week.",
            "A district court yesterday extended the arrest of its chief engineer, Marat Sadykov, by a month.",
        ),
    ],
)
def test_an_undated_detention_is_not_the_licence_revoked_that_week(dated: str, undated: str) -> None:
    facts = read(f"{dated} {undated}")
    revoked = holding(facts, dated[:40])
    assert revoked, described(facts)
    assert not any(undated[:30] in m.quote for e in revoked for m in e.mentions), described(facts)


@pytest.mark.parametrize(
    ("text", "told_again"),
    [
        (
            "Border guards detained two Polish truck drivers near Brest on Sunday. The arrest of the drivers angered "
            "Warsaw.",
            "The arrest of the drivers",
        ),
        (
            "Police in Mombasa arrested the port official Hassan Ali on Monday. The arrest of Hassan Ali followed "
            "a two-year inquiry.",
            "The arrest of Hassan Ali",
        ),
    ],
)
def test_an_undated_report_of_the_same_act_still_joins_the_dated_one(text: str, told_again: str) -> None:
    facts = read(text)
    acts = [e for e in facts.events if e.type == "coercion"]
    assert len(acts) == 1, described(facts)
    assert any(told_again in m.quote for m in acts[0].mentions), described(facts)


# -- "ordered X held in custody": the court's act on X, not X's act -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "court", "held"),
    [
        (
            "In the evening, a magistrate ordered the station's editor, Amina Odhiambo, and its owner, Peter Kamau, "
            "held in custody for two weeks.",
            "magistrate",
            {"Amina Odhiambo", "Peter Kamau"},
        ),
        (
            "Prosecutors on Monday ordered the captain, Somchai Rattana, detained for a week.",
            "prosecutors",
            {"Somchai Rattana"},
        ),
    ],
)
def test_people_ordered_held_are_held_by_who_ordered_it(text: str, court: str, held: set[str]) -> None:
    facts = read(text)
    custody = [e for e in facts.events if e.type == "coercion"]
    assert len(custody) == 1, described(facts)
    found = roles(facts, custody[0])
    assert found.get(court) == "agent", found
    assert all(found.get(name) == "target" for name in held), found


def test_an_undated_custody_order_is_not_another_services_arrest_of_that_week() -> None:
    text = (
        "Lithuania's security service detained a 38-year-old man in Kaunas on Wednesday in the same inquiry. "
        "In the afternoon, a Vilnius court ordered the two other suspects, Tomas Zukas and Andrei Belov, held in "
        "custody for three months."
    )
    facts = read(text)
    kaunas = holding(facts, "detained a 38-year-old man")
    assert len(kaunas) == 1, described(facts)
    assert not any("Vilnius court" in m.quote for m in kaunas[0].mentions), described(facts)
