"""One speaker's statements on one occasion are one event; separate statements stay apart; background told
beside the news (an earlier occasion, a lasting state, years-old events) joins none of it.  Short articles
written for these tests, in varied wording (no text from the development corpora)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.test_extract_news import load_articles
from timelinekg.schema.merge import SPEECH_TYPES, merge_evidence
from timelinekg.schema.model import Event, Mention, Participation

pytest.importorskip("spacy")

D = dt.date


def statements_of(events: list[Event], speaker: str) -> list[Event]:
    # "other" is a speech type to the merge rule (an untyped verb of saying), but the speaker's own acts that
    # what it said reports ("the junta said it had shut the airports") are "other" too, and no statements
    return [
        e
        for e in events
        if e.type in SPEECH_TYPES - {"other"}
        and any(p.actor_id == speaker and p.role == "agent" for p in e.participants)
    ]


def shown(events: list[Event]) -> list[tuple[str, object, object]]:
    return [(e.label, e.earliest, e.latest) for e in events]


# -- joins --------------------------------------------------------------------------------------------------
def test_two_outlets_reporting_one_claim_in_other_words_give_one_statement(tmp_path: Path) -> None:
    events = load_articles(
        tmp_path,
        {
            "a.md": (
                "2025-05-06",
                "On Tuesday the junta declared that parliament had been dissolved, the vote annulled and the "
                "airports shut.",
            ),
            "b.md": (
                "2025-05-06",
                "The junta said on Tuesday that it had annulled the vote, shut the airports and dissolved parliament.",
            ),
        },
    )
    [said] = statements_of(events, "junta")
    assert len(said.source_ids) == 2
    assert any("the same words reported" in line for line in said.attribute("merge_evidence", ()))


def test_what_a_leader_said_in_one_televised_address_is_one_statement(tmp_path: Path) -> None:
    events = load_articles(
        tmp_path,
        {
            "a.md": (
                "2025-06-15",
                "In a televised address on Sunday, the president said the floods had killed 40 people. "
                "Speaking to the nation on Sunday, the president said the army would rebuild the bridges.",
            ),
            "b.md": (
                "2025-06-16",
                "The president, addressing the nation on Sunday, said soldiers would rebuild the bridges.",
            ),
        },
    )
    said = statements_of(events, "president")
    assert len(said) == 1, shown(said)
    assert len(said[0].source_ids) == 2
    assert any("occasion" in line for line in said[0].attribute("merge_evidence", ()))


def test_what_else_the_speaker_said_that_day_sits_in_the_occasion_the_article_names(tmp_path: Path) -> None:
    events = load_articles(
        tmp_path,
        {
            "a.md": (
                "2025-10-04",
                "Prime Minister Ana Ruiz said in a speech to parliament on Saturday that the strike had cost the "
                "ports millions. Ruiz also said on Saturday that teachers would get a pay rise.",
            ),
            "b.md": (
                "2025-10-04",
                "Prime Minister Ana Ruiz said on Saturday that teachers would get a pay rise. "
                "Ruiz said on Saturday that the dock strike would end soon.",
            ),
        },
    )
    said = statements_of(events, "ana-ruiz")
    # a.md places both on its speech; b.md names no occasion: its second statement stays its own
    assert len(said) == 2, shown(said)
    assert any(len(e.source_ids) == 2 and len(e.mentions) == 3 for e in said), shown(said)


def test_a_claim_repeated_in_an_article_joins_the_address_it_names(tmp_path: Path) -> None:
    events = load_articles(
        tmp_path,
        {
            "a.md": (
                "2025-07-04",
                "The governor said on Friday that the wildfire near the reservoir had destroyed 300 homes. "
                "In a statement on Friday, the governor said 300 homes near the reservoir were destroyed by the "
                "wildfire.",
            ),
        },
    )
    said = statements_of(events, "governor")
    assert len(said) == 1, shown(said)


# -- must not join ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("articles", "speaker", "count"),
    [
        pytest.param(
            {
                "a.md": (
                    "2025-03-11",
                    "The finance minister said on Tuesday that fuel taxes would rise in April. "
                    "The finance minister also said on Tuesday that the national football team deserved praise.",
                ),
                "b.md": ("2025-03-11", "On Tuesday the finance minister said the coalition would survive the vote."),
            },
            "finance-minister",
            3,
            id="different subjects on one day",
        ),
        pytest.param(
            {
                "a.md": (
                    "2025-09-10",
                    "Northwind chief executive Maria Lopez announced on Wednesday that the new tablet computers "
                    "will ship with faster processors. Lopez also said on Wednesday that tablet computers would get "
                    "a cheaper keyboard.",
                )
            },
            "maria-lopez",
            2,
            id="one article, one topic, no occasion named: several announcements",
        ),
        pytest.param(
            {
                "a.md": (
                    "2025-04-13",
                    "The army said in a statement on Saturday that sirens had sounded in the north. "
                    "In a separate statement on Saturday, the army said two soldiers were wounded at a base.",
                )
            },
            "army",
            2,
            id="an occasion called another",
        ),
    ],
)
def test_separate_statements_of_one_speaker_stay_apart(
    tmp_path: Path, articles: dict[str, tuple[str, str]], speaker: str, count: int
) -> None:
    said = statements_of(load_articles(tmp_path, articles), speaker)
    assert len(said) == count, shown(said)


# -- background ---------------------------------------------------------------------------------------------
def test_a_suit_filed_before_and_a_lasting_dispute_are_not_the_suit_filed_this_week(tmp_path: Path) -> None:
    events = load_articles(
        tmp_path,
        {
            "a.md": (
                "2025-03-12",
                "Northwind Records sued Bluewave Music in a Paris court on Monday. "
                "Northwind Records has twice before sued Bluewave Music over royalties.",
            ),
            "b.md": (
                "2026-01-20",
                "Bluewave Music said on Monday it had settled its decades-long dispute with Northwind Records.",
            ),
        },
    )
    suits = [e for e in events if e.type == "legal" and e.earliest == e.latest == D(2025, 3, 10)]
    assert len(suits) == 1, shown([e for e in events if e.type == "legal"])
    assert len(suits[0].mentions) == 1, [m.quote for m in suits[0].mentions]


def report(event_id: str, day: D | None, latest: D | None, source: str, quote: str) -> Event:
    return Event(
        event_id,
        "personnel",
        quote,
        day,
        latest,
        "year" if day else "reported",
        participants=(Participation("founder", "agent"),),
        mentions=(Mention(source, quote, 0, 1, day, latest, "day"),),
        attributes=(("trigger", "x"),),
    )


def test_an_undated_mention_does_not_return_to_background_years_before_its_report() -> None:
    returned = report("a", D(1996, 1, 1), D(1996, 12, 31), "src-a", "In 1996 the founder returned to the firm.")
    death = report("b", None, D(2011, 10, 6), "src-a", "Tributes followed the founder's death.")
    assert merge_evidence(returned, death) is None
    took_office = report("c", D(2011, 10, 3), D(2011, 10, 3), "src-a", "The founder took office on Monday.")
    again = report("d", None, D(2011, 10, 6), "src-a", "The founder has taken office.")
    assert merge_evidence(took_office, again) is not None


def test_a_spokesperson_speaks_for_the_body(tmp_path: Path) -> None:
    events = load_articles(
        tmp_path,
        {
            "a.md": (
                "2025-11-03",
                "The Fisheries Agency said on Monday the quota talks had failed over cod. "
                "Fisheries Agency spokesperson Lena Holm said on Monday in a statement that the quota talks failed.",
            ),
            "b.md": (
                "2025-11-03",
                "Lena Holm, a spokeswoman for the Fisheries Agency, said on Monday the cod quota talks had failed.",
            ),
        },
    )
    said = statements_of(events, "fisheries-agency")
    assert len(said) == 1, shown(said)
    assert len(said[0].source_ids) == 2


def test_a_fact_file_quoting_the_articles_sentence_is_that_statement() -> None:
    sentence = "The mayor said in March that the tram line would open next spring, officials recalled."
    curated = Event(
        "mayor-tram",
        "statement",
        "The mayor says the tram line will open next spring",
        D(2025, 3, 1),
        D(2025, 3, 31),
        "month",
        participants=(Participation("mayor", "agent"),),
        mentions=(Mention("src-a", sentence[:60], 0, 60, D(2025, 3, 1), D(2025, 3, 31), "month"),),
    )
    extracted = curated.with_changes(
        id="ev-1",
        label="The mayor said",
        mentions=(Mention("src-a", sentence, 0, len(sentence), D(2025, 3, 1), D(2025, 3, 31), "month"),),
        attributes=(("trigger", "said"),),
    )
    evidence = merge_evidence(curated, extracted)
    assert evidence is not None and "the same sentence reported" in evidence
    elsewhere = extracted.with_changes(mentions=(Mention("src-b", sentence, 0, len(sentence)),))
    assert merge_evidence(curated, elsewhere) is None
