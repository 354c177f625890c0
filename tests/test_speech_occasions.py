"""An undated retelling of a dated statement, and an undated clause told alongside a dated one.  Short
articles written for these tests, in varied wording (invented names, no text from the development corpora)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.test_extract_news import load_articles
from tests.test_statements import shown, statements_of
from timelinekg.schema.merge import SPEECH_TYPES
from timelinekg.schema.model import Event

pytest.importorskip("spacy")

D = dt.date


@pytest.mark.parametrize(
    ("dated", "retold"),
    [
        pytest.param(
            "In a radio address on Tuesday, the governor said 14 miners had been rescued, including two engineers.",
            "The governor declared Wednesday a day of mourning. "
            "The governor stated that 14 miners, including two engineers, were rescued after the collapse.",
            id="stated",
        ),
        pytest.param(
            "In a statement on Tuesday, the mayor said that the flooded tunnel would stay shut until the "
            "pumps were repaired.",
            "The mayor announced on Wednesday a new ferry line for commuters. "
            "The mayor told residents the tunnel would stay shut until its flooded pumps were repaired.",
            id="told",
        ),
    ],
)
def test_an_undated_retelling_of_a_dated_statement_in_the_same_words_joins_it(
    tmp_path: Path, dated: str, retold: str
) -> None:
    events = load_articles(tmp_path, {"a.md": ("2025-02-04", dated), "b.md": ("2025-02-06", retold)})
    retelling = retold.split(". ")[-1][:20]
    said = [e for e in events if e.type in SPEECH_TYPES and any(m.quote.startswith(retelling) for m in e.mentions)]
    assert len(said) == 1 and len(said[0].source_ids) == 2, shown(events)
    assert said[0].earliest == D(2025, 2, 4)
    assert any("undated" in line for line in said[0].attribute("merge_evidence", ()))


def test_an_undated_statement_on_another_subject_stays_apart(tmp_path: Path) -> None:
    events = load_articles(
        tmp_path,
        {
            "a.md": ("2025-02-04", "The governor said on Tuesday that 14 miners had been rescued from the shaft."),
            "b.md": (
                "2025-02-06",
                "The governor declared Wednesday a day of mourning. "
                "The governor stated that the state budget would include money for new schools.",
            ),
        },
    )
    assert len(statements_of(events, "governor")) == 3, shown(events)


def dated_like(events: list[Event], word: str) -> list[Event]:
    return [e for e in events if word in e.label.lower()]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        pytest.param(
            "Relief agencies on Thursday appealed for blankets as Governor Tomas Renquist convened the heads of "
            "the northern districts to plan the evacuation.",
            "convened",
            id="as",
        ),
        pytest.param(
            "The ministry on Thursday stressed its part in the rescue as Governor Tomas Renquist convened the heads "
            "of the northern districts.",
            "convened",
            id="as, the main clause no event",
        ),
        pytest.param(
            "The charity on Thursday stressed its role in helping villagers reach the shelters as Governor Tomas "
            "Renquist convened the heads of the northern districts.",
            "convened",
            id="as, hung on a verb with no subject",
        ),
        pytest.param(
            "The police on Thursday closed the main square while thousands of nurses protested against pay cuts.",
            "protested",
            id="while",
        ),
        pytest.param(
            "Riot officers arrested 40 farmers near Orlen on Thursday when police evicted the protest camp.",
            "evicted",
            id="when",
        ),
    ],
)
def test_an_undated_clause_told_alongside_a_dated_main_clause_takes_its_day(
    tmp_path: Path, text: str, word: str
) -> None:
    events = load_articles(tmp_path, {"a.md": ("2025-11-15", text)})
    found = [e for e in events if any(word in m.quote.lower() for m in e.mentions) and word in e.label.lower()]
    assert found, shown(events)
    assert all((e.earliest, e.latest) == (D(2025, 11, 13), D(2025, 11, 13)) for e in found), shown(found)


def test_a_clause_after_the_dated_one_does_not_take_its_day(tmp_path: Path) -> None:
    events = load_articles(
        tmp_path,
        {"a.md": ("2025-11-15", "Rescuers reopened the road on Thursday after floods destroyed the bridge.")},
    )
    destroyed = [e for e in events if "destroyed" in e.label.lower()]
    assert all(e.earliest != D(2025, 11, 13) or e.latest != D(2025, 11, 13) for e in destroyed), shown(destroyed)


def test_the_words_of_an_oath_are_the_swearing_in(tmp_path: Path) -> None:
    events = load_articles(
        tmp_path,
        {
            "a.md": (
                "2025-06-10",
                "Amara Kesh was sworn in as interim president on Monday in the capital. "
                "“I swear to defend the constitution and to serve the nation faithfully,” said Kesh.",
            )
        },
    )
    oath = [e for e in events if any("swear to defend" in m.quote for m in e.mentions)]
    assert len(oath) == 1 and oath[0].type == "personnel", shown(events)
    assert oath[0].earliest == oath[0].latest == D(2025, 6, 9), shown(oath)
    assert any("oath" in line for line in oath[0].attribute("merge_evidence", ())), oath[0].attributes


def test_what_the_new_president_said_about_something_else_is_not_the_oath(tmp_path: Path) -> None:
    events = load_articles(
        tmp_path,
        {
            "a.md": (
                "2025-06-10",
                "Amara Kesh was sworn in as interim president on Monday in the capital. "
                "Kesh said the new cabinet would be named within a week.",
            )
        },
    )
    cabinet = [e for e in events if any("cabinet" in m.quote for m in e.mentions) and e.type in SPEECH_TYPES]
    assert len(cabinet) == 1 and len(cabinet[0].mentions) == 1, shown(events)


def test_an_undated_claim_made_again_without_a_named_occasion_stays_apart(tmp_path: Path) -> None:
    events = load_articles(
        tmp_path,
        {
            "a.md": (
                "2025-02-04",
                "The dockers' union said on Tuesday that the port authority broke the wage agreement reached in 2019.",
            ),
            "b.md": (
                "2025-02-06",
                "The dockers' union called a strike on Wednesday. "
                "The dockers' union argued that the port authority broke the wage agreement reached in 2019.",
            ),
        },
    )
    argued = [e for e in events if any(m.quote.startswith("The dockers' union argued") for m in e.mentions)]
    assert argued and all(len(e.source_ids) == 1 for e in argued), shown(events)
