"""Classes of tagger error found with new probe sentences in round fifteen of issue 13 (helper tagger13): results
periods written the way British, Japanese and Indian business news writes them, and counts of time units that
measure an amount of stock or stored content rather than a period.

Every sentence here is new; none is taken from a corpus or a fixture article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timelinekg.nlp.timex import tag

# a Wednesday in the second quarter: the latest ended quarter is 2015-Q1
DCT = dt.date(2015, 5, 13)


def found(text: str, dct: dt.date = DCT, mode: str = "news") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct, mode)]


# ---------------------------------------------------------------- "the April-June quarter"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two months joined by a dash that span one calendar quarter are that quarter, one expression
        (
            "Hitachi's operating profit rose 9 percent in the January-March quarter.",
            [("the January-March quarter", "2015-Q1")],
        ),
        ("The carmaker sold fewer vans in the October-December period.", [("the October-December period", "2014-Q4")]),
        (
            "Analysts expect the brewer to swing to a profit in the July-September quarter.",
            [("the July-September quarter", "2015-Q3")],
        ),
        (
            "Growth slowed to 5.1 percent in July-September 2013, the statistics office said.",
            [("July-September 2013", "2013-Q3")],
        ),
        ("Exports in the Jan-Mar quarter fell for a third time.", [("the Jan-Mar quarter", "2015-Q1")]),
        ("Tea output in the April–June quarter will fall after the floods.", [("the April–June quarter", "2015-Q2")]),
        # a calendar half
        (
            "The chain opened 40 stores in the January-June period of 2014.",
            [("the January-June period of 2014", "2014-H1")],
        ),
        ("Tourist arrivals rose 11 percent in July-December.", [("July-December", "2014-H2")]),
    ],
)
def test_a_dash_between_two_months_that_span_a_quarter_or_half_names_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # months that span no quarter or half stay two months
        ("The survey covered the June-August period.", ["June", "August"]),
        ("Toyota expects a loss for the April-September half.", ["April", "September"]),
        # a range of days across months is no such span
        ("The fair runs from March 30-June 2.", ["March 30", "June 2"]),
    ],
)
def test_months_that_span_no_quarter_stay_apart(text: str, expected: list[str]) -> None:
    # the values stay what the month rule gives each month alone; only the spans are checked
    assert [words for words, _ in found(text)] == expected


def test_the_quarter_named_by_its_months_is_the_one_a_report_is_about() -> None:
    text = "Net profit rose to 12 billion yen in the January-March quarter. Sales rose 4 percent from a year earlier."
    assert found(text) == [("the January-March quarter", "2015-Q1"), ("a year earlier", "2014-Q1")]


# ---------------------------------------------------------------- "the year to March"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the year to MONTH" is a twelve-month accounting period, as "the year ended March 31"
        (
            "The utility made a pretax profit of 310 million pounds in the year to March.",
            [("the year", "P1Y"), ("March", "2015-03")],
        ),
        (
            "Consumer prices rose 1.9 percent in the year to April, the agency said.",
            [("the year", "P1Y"), ("April", "2015-04")],
        ),
        (
            "Revenue for the financial year to March 31 fell by a fifth.",
            [("the financial year", "P1Y"), ("March 31", "2015-03-31")],
        ),
        ("House prices rose 7 percent in the year through February.", [("the year", "P1Y"), ("February", "2015-02")]),
    ],
)
def test_the_year_to_a_month_is_a_length(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    ["The best is yet to come in the year to come.", "Sales for the year to date are up 3 percent."],
)
def test_the_year_to_anything_else_is_no_accounting_year(text: str) -> None:
    assert ("the year", "P1Y") not in found(text)


# ---------------------------------------------------------------- "90 hours of video", "a year's supply"


@pytest.mark.parametrize(
    "text",
    [
        "The new player stores up to 40 hours of video.",
        "Investigators are going through 300 hours of security camera footage.",
        "The tablet offers ten hours of battery life and seven hours of talk time.",
        "The refugee camp has only two weeks of food left.",
        "The country's reserves cover about three months of imports.",
        "Refiners hold 90 days of crude oil reserves, the agency said.",
        "The island keeps a year's supply of grain in its silos.",
        "Hospitals were told to build up a month's stockpile of masks.",
    ],
)
def test_a_count_of_units_before_stock_or_content_is_an_amount(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun starts a longer phrase: the length of a state or event
        ("The city endured two weeks of water rationing.", [("two weeks", "P2W")]),
        ("After two years of food shortages, aid began to arrive.", [("two years", "P2Y")]),
        # the length of an event, and pay (the corpora disagree), stay lengths
        ("The summit ended after three days of talks.", [("three days", "P3D")]),
        ("Laid-off staff will receive 12 weeks of severance pay.", [("12 weeks", "P12W")]),
    ],
)
def test_the_length_of_a_state_or_event_stays_a_duration(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


# ---------------------------------------------------------------- "will ... (far back) ... in February"


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        # a plain future more than a few words back in the clause, no past verb between: the coming month
        (
            "Retired navy captain Lena Ortiz will be appointed head of the polar research station for an expedition "
            "in February.",
            "February",
            "2016-02",
        ),
        (
            "The city's two largest hospitals will merge their cardiology and cancer departments into one "
            "unit in January.",
            "January",
            "2016-01",
        ),
        (
            "Organisers said the regional orchestra's touring production of the opera will open in the "
            "renovated concert hall on Feb. 12.",
            "Feb. 12",
            "2016-02-12",
        ),
    ],
)
def test_a_plain_future_far_back_in_the_clause_puts_a_month_ahead(text: str, words: str, value: str) -> None:
    assert dict(found(text))[words] == value


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        # a past verb between the future and the month: the month belongs to it
        (
            "The minister will meet the families of the fishermen who were released from the prison camp in February.",
            "February",
            "2015-02",
        ),
        # a bound word between: "since" looks back
        (
            "The club will play its first home match at the stadium, which has been closed for repairs since February.",
            "February",
            "2015-02",
        ),
        # another clause
        (
            "Prices will keep rising for several years, economists say. Wages rose sharply in the chemical and "
            "steel industries in February.",
            "February",
            "2015-02",
        ),
    ],
)
def test_a_past_verb_or_a_bound_between_keeps_the_month_back(text: str, words: str, value: str) -> None:
    assert dict(found(text))[words] == value


# ---------------------------------------------------------------- "over 2015-2017"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quantity word before a year range: both years, not the end alone
        (
            "Growth will average 2.5 percent over 2016-2018, the central bank said.",
            [("2016", "2016"), ("2018", "2018")],
        ),
        ("Rainfall was about 1971-2000 levels.", [("1971", "1971"), ("2000", "2000")]),
        ("Exports rose sharply over 2003-05.", [("2003", "2003"), ("05", "2005")]),
        # counts stay counts
        ("Police said over 2000-3000 fans gathered outside.", []),
        ("Organisers said over 1500 runners took part.", []),
    ],
)
def test_a_year_range_after_a_quantity_word_keeps_both_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
