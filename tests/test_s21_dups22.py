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
   reports on more than 40 companies") is none;
4. a regulator's decision to impose a penalty is the penalty, dated by the decision, also when the parser hangs the
   infinitive on the meeting it was taken at ("decided at its board meeting held on 14 April to impose a penalty");
   the remedies ordered beside a penalty ("fined ... and ordered corrective measures", "... and ordered it to play
   two games behind closed doors") are part of it, while an inquiry ordered beside it is an act of its own;
5. a perfect relative clause on a superlative ("the largest penalty it has imposed on a bank", "the biggest the
   regulator has handed to a bank since it was set up in 2013") is a record, no act, and neither is the "since"
   clause counting it;
6. an amount in won ("4 billion won", "50,000 won in gift cards") is money, not a win; a party or a team that won is;
7. what a report's publisher is said to say in the next sentences ("It said the assays had been cherry-picked") is the
   report, one statement; the publisher's other words named by name stay their own;
8. a body's staff acting ("officers from the state police office's cybercrime unit searched", "inspectors from the
   food agency closed the plant") act for that body, so the search joins another article's "police searched" on
   its day; members of the public, or officers from several stations, name no body;
9. a body an article describes by what it is ("the country's banking watchdog hit the bank with a record fine")
   doing on one day the act a named body does on that day ("the Financial Conduct Authority ordered the bank to
   pay") is that body telling it again: one event; a named body fining another firm that day is another act.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_s19_collective19 import agents, described, facts, with_trigger
from timelinekg.nlp.extract import Article, extract_article
from timelinekg.schema.model import Event

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


# -- 4. a decided penalty and the remedies beside it -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "trigger", "day", "agent"),
    [
        (
            "The Financial Conduct Authority decided at its board meeting held on 14 April 2025 to impose a penalty of "
            "12 million pounds on Harlow Bank and ordered corrective measures.",
            "decided",
            MONDAY,
            "Financial Conduct Authority",
        ),
        (
            "The competition commission decided on Tuesday to impose a fine of 3 million euros on the dairy group.",
            "decided",
            TUESDAY,
            "competition commission",
        ),
        (
            "The regulator fined the airline 2 million dollars on Monday and ordered corrective measures.",
            "fined",
            MONDAY,
            "regulator",
        ),
        (
            "The league fined the club 50,000 euros on Tuesday and ordered it to play two games behind closed doors.",
            "fined",
            TUESDAY,
            "league",
        ),
    ],
)
def test_a_decided_penalty_with_its_remedies_is_one_legal_act(
    text: str, trigger: str, day: dt.date, agent: str
) -> None:
    found = facts(text)
    assert [(e.type, e.earliest, e.latest) for e in found.events if e.type != "meeting"] == [("legal", day, day)], (
        described(found)
    )
    assert agent in agents(found, with_trigger(found, trigger)[0])


def test_an_inquiry_ordered_beside_a_fine_is_its_own_act() -> None:
    found = facts(
        "The regulator fined the bank 9 million dollars on Monday and ordered an investigation into its chief."
    )
    assert sorted(e.type for e in found.events) == ["investigation", "legal"], described(found)


# -- 5. a record is no act ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The watchdog fined the lender 40 million pounds on Monday, the largest penalty it has imposed on a bank.",
        "The regulator fined the bank on Monday. The fine is the biggest the regulator has handed to a bank since it "
        "was set up in 2013.",
    ],
)
def test_a_record_told_by_a_superlative_is_no_act(text: str) -> None:
    found = facts(text)
    assert [e.type for e in found.events] == ["legal"], described(found)
    assert not with_trigger(found, "imposed") and not with_trigger(found, "set"), described(found)


# -- 6. money in won ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "won_events"),
    [
        ("The regulator imposed a penalty surcharge of 4 billion won on the telecom operator on Monday.", 0),
        ("Every customer will receive 50,000 won in gift cards, the company said on Monday.", 0),
        ("The ruling party won 150 seats in the election on Sunday.", 1),
    ],
)
def test_an_amount_in_won_is_no_win(text: str, won_events: int) -> None:
    found = facts(text)
    assert len(with_trigger(found, "won")) == won_events, described(found)


# -- 7. what a report says is the report ------------------------------------------------------------------------------
def test_what_the_publisher_said_next_is_its_report() -> None:
    found = facts(
        "Bluecrest Capital published its 48-page report on Tuesday. It said the mine's assays had been cherry-picked "
        "and that a contract had gone to a director's brother. Bluecrest Capital said it held a short position in Tarn."
    )
    published = with_trigger(found, "published")
    assert len(published) == 1 and len(published[0].mentions) == 2, described(found)
    assert len(with_trigger(found, "said")) == 1, described(found)


# -- 8. a body's staff act for it ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "trigger", "body"),
    [
        (
            "Officers from the Lower Saxony State Criminal Police Office's cybercrime unit searched the company's "
            "Hanover offices on Thursday.",
            "searched",
            "Lower Saxony State Criminal Police Office",
        ),
        ("Inspectors from the Food Standards Agency closed the plant on Monday.", "closed", "Food Standards Agency"),
    ],
)
def test_staff_from_a_body_act_for_it(text: str, trigger: str, body: str) -> None:
    found = facts(text)
    assert agents(found, with_trigger(found, trigger)[0]) == {body}, described(found)


def test_officers_from_several_stations_name_no_body() -> None:
    found = facts("Officers from three police stations arrested 12 men on Monday.")
    assert agents(found, with_trigger(found, "arrested")[0]) == {"officers"}, described(found)


def test_a_search_by_a_police_office_joins_the_police_search_of_its_day() -> None:
    from timelinekg.schema.merge import same_event

    def searched(text: str, published: dt.date) -> Event:
        found = extract_article(Article(text=text, origin=f"{published}.txt", title="Test", published=published))
        return with_trigger(found, "searched")[0]

    told_first = searched(
        "Officers from the Lower Saxony State Criminal Police Office's cybercrime unit searched the offices of "
        "Kettler Foods in Hanover on Thursday, carrying away servers.",
        dt.date(2025, 4, 12),
    )
    told_later = searched(
        "Police searched Kettler Foods' Hanover offices on April 10 and are treating a former employee as a suspect.",
        dt.date(2025, 4, 16),
    )
    assert same_event(told_first, told_later)


# -- 9. a body described, then named ----------------------------------------------------------------------------------
SATURDAY = dt.date(2025, 4, 12)


def test_a_described_body_doing_the_named_bodys_act_of_its_day_is_one_event() -> None:
    found = extract_article(
        Article(
            text="The chief executive of Harlow Bank stepped down on Friday, two days after the country's banking "
            "watchdog hit the bank with a record fine over money laundering. On Wednesday, the Financial Conduct "
            "Authority ordered the bank to pay 40 million pounds.",
            origin="test.txt",
            title="Test",
            published=SATURDAY,
        )
    )
    fines = [e for e in found.events if e.type == "legal"]
    assert len(fines) == 1 and len(fines[0].mentions) == 2, described(found)
    assert "Financial Conduct Authority" in agents(found, fines[0])


def test_another_firm_fined_that_day_by_a_named_body_is_another_act() -> None:
    found = facts(
        "The regulator fined Harlow Bank on Wednesday. On Wednesday the Prudential Regulation Authority also fined "
        "Marsh Insurance."
    )
    assert len(with_trigger(found, "fined")) == 2, described(found)
