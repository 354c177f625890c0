"""Session 18, helper merge6: how event reports are folded into events.  Short articles written for these tests in
varied wording (invented firms and people, real countries and courts), one group per class."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.test_extract_news import load_articles, roles
from tests.test_wrong_merges import holding, read
from timelinekg.schema.model import Event, Facts

pytest.importorskip("spacy")

D = dt.date


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


# -- one disaster told in several words in one article: the casualties, the failure, "the accident" --------------
def _store_events(tmp_path: Path, body: str, day: str = "2025-06-12") -> list[Event]:
    return load_articles(tmp_path, {"article.md": (day, body)})


def _nodes_holding(events: list[Event], *phrases: str) -> set[str]:
    """The disaster nodes told in sentences holding the phrases (what was said there is another event)."""
    return {
        e.id for e in events if e.type == "disaster" for phrase in phrases if any(phrase in m.quote for m in e.mentions)
    }


@pytest.mark.parametrize(
    ("body", "told"),
    [
        (
            "At least 12 people were killed when a footbridge collapsed over the Mutha river in Pune on Sunday "
            "evening. The bridge gave way at about 6 p.m. as worshippers crossed it, police said.",
            ("were killed", "gave way"),
        ),
        (
            "At least nine people were killed when the central span of a rail bridge in northern Ghana collapsed on "
            "Monday evening. The Nasia Bridge, which carries the line from Tamale to Bolgatanga, gave way at about "
            "8 p.m. as a goods train crossed, police said.",
            ("were killed", "gave way", "central span"),
        ),
        (
            "A tourist bus plunged into a ravine near Cusco on Monday night. Fourteen passengers died at the "
            "scene, the regional police said.",
            ("plunged into a ravine", "Fourteen passengers died"),
        ),
        (
            "A cable car fell 40 metres onto a hillside near Brasov on Saturday. Six tourists died, rescuers said. "
            "Saturday's accident was the worst at a Romanian ski resort in decades.",
            ("fell 40 metres", "Saturday's accident"),
        ),
    ],
)
def test_one_disaster_told_in_other_words_in_one_article_is_one_event(
    tmp_path: Path, body: str, told: tuple[str, ...]
) -> None:
    events = _store_events(tmp_path, body)
    assert len(_nodes_holding(events, *told)) == 1, [(e.type, e.label, len(e.mentions)) for e in events]


@pytest.mark.parametrize(
    ("body", "first", "second"),
    [
        (
            "A landslide buried six houses near Gorkha on Tuesday. In Pokhara, a bus plunged into the Seti river on "
            "Tuesday, killing nine people.",
            "landslide buried",
            "bus plunged",
        ),
        (
            "Floodwater swept away a footbridge in the hills on Wednesday. Separately, a lorry overturned on a "
            "mountain road on Wednesday, killing its driver.",
            "swept away",
            "lorry overturned",
        ),
        (
            "A stampede at a football stadium in Kumasi killed 14 people on Saturday. A boy died in hospital "
            "overnight, raising the toll to 15, officials said.",
            "stampede at a football",
            "died in hospital",
        ),
        (
            "A gas tank exploded at a bakery in Tabriz on Friday morning. A second blast an hour later injured two "
            "firefighters.",
            "gas tank exploded",
            "second blast",
        ),
    ],
)
def test_two_disasters_of_one_day_in_one_article_stay_two(tmp_path: Path, body: str, first: str, second: str) -> None:
    events = _store_events(tmp_path, body)
    assert _nodes_holding(events, first).isdisjoint(_nodes_holding(events, second)), [
        (e.type, e.label, len(e.mentions)) for e in events
    ]


# -- "remains under house arrest": a state an earlier act put someone in, not the coup told beside it --------------
@pytest.mark.parametrize(
    "text",
    [
        "Army officers seized power in Chad last week and dissolved parliament. The deposed president remains under "
        "house arrest.",
        "Soldiers toppled the government of Guinea on Sunday. The ousted prime minister, Aziz Bello, remains under "
        "house arrest.",
    ],
)
def test_a_state_continued_refers_back_and_is_not_the_coup_told_beside_it(text: str) -> None:
    from timelinekg.schema.coreference import REFERENCE

    facts = read(text)
    held = [e for e in facts.events if any("under house arrest" in m.quote for m in e.mentions)]
    assert len(held) == 1, described(facts)
    assert held[0].attribute(REFERENCE) == "state continued", described(facts)
    assert held[0].earliest is None and len(held[0].mentions) == 1, described(facts)
