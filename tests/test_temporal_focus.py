"""Temporal focus (issue #12): an undated past event narrated in the time frame a day of the article's news
sets (Reichenbach's reference time) is known from that day to its report; background, an earlier occasion,
another clause's date and a referring noun are not.  Short articles written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timelinekg.nlp.extract import Article, extract_article
from timelinekg.schema.model import Event, Facts

pytest.importorskip("spacy")

D = dt.date
THURSDAY = D(2025, 6, 12)
TUESDAY = D(2025, 6, 10)


def read(text: str, published: dt.date = THURSDAY) -> Facts:
    return extract_article(Article(text=text, origin="test.txt", title="Test", published=published))


def quoted(facts: Facts, words: str) -> Event:
    found = [e for e in facts.events if any(words in m.quote for m in e.mentions)]
    assert found, [(e.type, e.label, e.earliest, e.latest) for e in facts.events]
    return found[-1]


# -- narration in the simple past goes on in the day the sentence before named --------------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Gunmen stormed a hotel in the port city on Tuesday. Police arrested four suspects near the harbour.",
            "arrested four",
        ),
        (
            "Flash floods swept through three villages in the north on Tuesday. Rescuers evacuated 200 families "
            "by boat.",
            "evacuated",
        ),
        (
            "Gunmen stormed a hotel in the port city on Tuesday.\n\nPolice arrested four suspects near the harbour.",
            "arrested four",
        ),
        (
            "Thousands of nurses marched on the health ministry on Tuesday. Riot police fired tear gas at the "
            "crowd outside the building.",
            "fired tear gas",
        ),
    ],
)
def test_the_next_sentence_of_a_narration_is_bounded_by_its_day(text: str, words: str) -> None:
    event = quoted(read(text), words)
    assert (event.earliest, event.latest) == (TUESDAY, THURSDAY)
    assert event.precision == "unknown"  # a window from the day to the report, not a day the text gave
    assert event.attribute("date_basis") in ("focus", "timex")
    if event.attribute("date_basis") == "focus":
        assert "Tuesday" in event.attribute("dated_by_context")


# -- not the narration's time: background, an earlier occasion, a perfect, a new paragraph ---------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Gunmen stormed a hotel in the port city on Tuesday. Police had previously arrested four suspects.",
            "arrested four",
        ),
        (
            "Gunmen stormed a hotel in the port city on Tuesday. The same group bombed a market last year.",
            "bombed",
        ),
        (
            "Gunmen stormed a hotel in the port city on Tuesday. Police have arrested four suspects.",
            "arrested four",
        ),
        (
            "Gunmen stormed a hotel in the port city on Tuesday. Police once arrested the group's leader.",
            "once arrested",
        ),
    ],
)
def test_no_focus_outside_the_narration(text: str, words: str) -> None:
    event = quoted(read(text), words)
    assert event.attribute("date_basis") != "focus"
    assert event.earliest is None or event.earliest != TUESDAY


def test_a_day_older_than_the_news_sets_no_focus() -> None:
    event = quoted(read("Gunmen stormed a hotel on May 2. Police arrested four suspects near the harbour."), "arrested")
    assert event.earliest is None


def test_a_day_of_another_clause_does_not_date_a_described_participant() -> None:
    # the day is when the minister spoke; the men who attacked the convoy did so some time before
    facts = read("The minister said on Wednesday that the men who ambushed the convoy were foreigners.")
    event = quoted(facts, "ambushed")
    assert event.attribute("date_basis") != "focus"


def test_an_event_the_narrated_one_came_after_is_not_in_its_time_frame() -> None:
    facts = read("The health minister resigned on Tuesday after a bombing at a clinic in the south.")
    for event in facts.events:
        if event.attribute("trigger") == "bombing":
            assert event.attribute("date_basis") != "focus"
            assert event.earliest != TUESDAY


def test_a_noun_describing_a_participant_is_not_narrated() -> None:
    # "the leaders of the uprising" names people; when the uprising happened is not said by "named ... on Tuesday"
    facts = read("The leaders of the uprising on Tuesday named a general as interim president.")
    for event in facts.events:
        if event.attribute("trigger") == "uprising":
            assert event.attribute("date_basis") != "focus"


def test_the_evidence_is_shown() -> None:
    event = quoted(
        read("Gunmen stormed a hotel in the port city on Tuesday. Police arrested four suspects near the harbour."),
        "arrested four",
    )
    if event.attribute("date_basis") == "focus":
        assert event.attribute("dated_by_context") == "narrated in the time frame of 'Tuesday'"


# -- a definite noun repeating a statement's noun points back to that statement -----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday the ministry announced in a statement that the curfew was lifted. A spokeswoman read the "
        "statement to reporters outside the building.",
    ],
)
def test_the_statement_named_again_is_the_statement_told(text: str) -> None:
    facts = read(text)
    second = text.split(". ")[1][:20]
    event = quoted(facts, second)
    assert (event.earliest, event.latest) == (TUESDAY, TUESDAY)
    assert len(event.mentions) > 1 or "named again" in str(event.attribute("merge_evidence"))


def test_another_statement_is_not_named_again() -> None:
    facts = read(
        "The junta said in a statement on Tuesday that the borders were closed. A colonel had read an earlier "
        "statement on state television."
    )
    assert all(e.earliest is None for e in facts.events if any("colonel" in m.quote for m in e.mentions))


def test_show_prints_the_context_that_dated_it(tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    from timelinekg.cli import cli

    article = tmp_path / "raid.md"
    article.write_text(
        "---\ntitle: Raid\npublished: 2025-06-12\n---\n"
        "Gunmen stormed a hotel in the port city on Tuesday. Police arrested four suspects near the harbour.\n"
    )
    store = str(tmp_path / "store.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["--store", store, "load", str(article)]).exit_code == 0
    listed = runner.invoke(cli, ["--store", store, "between", "2025-01-01", "2025-12-31", "--format", "json"])
    data = json.loads(listed.output)
    events = data if isinstance(data, list) else data["events"]
    focused = [e for e in events if e["attributes"].get("dated_by_context")]
    assert focused, events
    shown = runner.invoke(cli, ["--store", store, "show", focused[0]["id"]]).output
    assert "dated by:  narrated in the time frame of 'Tuesday'" in shown
