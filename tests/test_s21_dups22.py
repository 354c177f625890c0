"""Duplicates and missing agents (session 21, helper `dups22`), each checked on sentences written here in varied
wording, firms, regulators and markets, not the probes':

1. a money penalty dealt to someone ("hit the bank with a record fine", "slapped the insurer with a penalty") is the
   regulator's legal act on them, so that it joins the article's other tellings of the fine; a missile hitting a
   warehouse "with great force" stays an attack;
2. the price a share ended a day at, told beside the news ("the shares, which closed at $12.40 on Friday, ..."), and
   a trading day's opening or close that times another act ("an hour before the exchange opened") are no events; a
   close told with its move ("closed at 45 pence, down 12%") and an exchange that opened late after a power cut are;
3. a report published by a firm ("published its 48-page report", "released its findings") is that firm's statement,
   one event with its publishing, whatever "its" might otherwise be taken for; a record of many ("has published
   reports on more than 40 companies") is none.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_s19_collective19 import agents, described, facts, with_trigger

pytest.importorskip("spacy")

MONDAY, TUESDAY = dt.date(2025, 4, 14), dt.date(2025, 4, 15)


# -- 1. a penalty dealt is a legal act ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "trigger", "day", "agent"),
    [
        ("Regulators hit the bank with a record fine on Monday.", "hit", MONDAY, "regulators"),
        (
            "The competition authority hit the carmaker with a 40 million euro penalty on Tuesday over price fixing.",
            "hit",
            TUESDAY,
            "competition authority",
        ),
        ("The watchdog slapped the insurer with a fine of 3 million pounds on Monday.", "slapped", MONDAY, "watchdog"),
    ],
)
def test_a_penalty_dealt_is_a_legal_act(text: str, trigger: str, day: dt.date, agent: str) -> None:
    found = facts(text)
    dealt = with_trigger(found, trigger)
    assert [(e.type, e.earliest, e.latest) for e in dealt] == [("legal", day, day)], described(found)
    assert agent in agents(found, dealt[0])


def test_a_blow_with_force_stays_an_attack() -> None:
    found = facts("A missile hit the warehouse with great force on Monday.")
    assert [e.type for e in with_trigger(found, "hit")] == ["attack"], described(found)


# -- 2. a day's closing price and the session's clock -----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The shares, which closed at $12.40 on Friday, fell 30% on Monday.",
        "Kelp Mining's shares closed at 45 pence on Tuesday.",
        "Bluecrest Capital published its report at 9 a.m. on Tuesday, an hour before the Tokyo Stock Exchange opened.",
        "Police raided the offices of the broker on Monday shortly after the market closed.",
    ],
)
def test_a_closing_price_or_the_session_clock_is_no_event(text: str) -> None:
    found = facts(text)
    assert not with_trigger(found, "closed") and not with_trigger(found, "opened"), described(found)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Shares in Kelp Mining closed at 45 pence on Tuesday, down 12%.", "closed"),
        ("The stock exchange opened late on Monday after a power cut.", "opened"),
        ("The company closed its plant in Ohio on Monday.", "closed"),
    ],
)
def test_a_move_or_an_opening_told_for_itself_stays(text: str, trigger: str) -> None:
    found = facts(text)
    assert len(with_trigger(found, trigger)) == 1, described(found)


# -- 3. a published report is its publisher's statement ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        (
            "Shares in Tarn Minerals Ltd lost 30% on Tuesday after Bluecrest Capital accused the miner of inflating "
            "its gold output. Bluecrest Capital published its 48-page report at 9 a.m. on Tuesday.",
            "published",
            "Bluecrest Capital",
        ),
        (
            "Marlow Research released its 30-page report on Monday, accusing the lender of hiding bad loans.",
            "released",
            "Marlow Research",
        ),
        ("The state auditor released its findings on the rail contract on Tuesday.", "released", "state auditor"),
    ],
)
def test_a_published_report_is_one_statement_by_its_publisher(text: str, trigger: str, agent: str) -> None:
    found = facts(text)
    published = with_trigger(found, trigger)
    assert [e.type for e in published] == ["statement"], described(found)
    assert agents(found, published[0]) == {agent}
    assert not with_trigger(found, "report") and not with_trigger(found, "findings"), described(found)


def test_a_record_of_many_reports_is_no_event() -> None:
    found = facts(
        "Bluecrest Capital, set up in 2015, has published reports on more than 40 companies. "
        "Bluecrest Capital published its report on Tuesday."
    )
    assert [(e.type, e.earliest) for e in with_trigger(found, "published")] == [("statement", TUESDAY)], described(
        found
    )
