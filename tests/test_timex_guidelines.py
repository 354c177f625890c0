"""Classes of expressions the tagger round of issue 13 (helper tagger4) checked against the TimeML/TIMEX3
annotation conventions with its own sentences: each test names the class, not a development text."""

from __future__ import annotations

import datetime as dt

import pytest

from timelinekg.nlp.timex import tag

# a Wednesday early in the year
DCT = dt.date(2033, 3, 9)


def values(text: str, dct: dt.date = DCT, mode: str = "news") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct, mode)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a unit counted back goes in the next smaller unit the calendar steps by
        ("The dynasty fell half a century ago.", [("half a century ago", "1983")]),
        ("The mill closed a quarter century ago.", [("a quarter century ago", "2008")]),
        ("The treaty was signed a quarter of a century ago.", [("a quarter of a century ago", "2008")]),
        ("A half-century ago the valley was farmland.", [("A half-century ago", "1983")]),
        ("The clinic opened a year and a half ago.", [("a year and a half ago", "2031-09")]),
        ("The pact lapsed two and a half years ago.", [("two and a half years ago", "2030-09")]),
        ("Half a decade ago the league had ten teams.", [("Half a decade ago", "2028")]),
        ("The levy was raised a week and a half ago.", [("a week and a half ago", "2033-02-27")]),
    ],
)
def test_a_fraction_of_a_unit_ago_is_a_point(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The siege lasted a quarter of a century.", [("a quarter of a century", "P25Y")]),
        ("The hearing ran a half hour late.", [("a half hour", "PT30M")]),
        ("She waited a quarter hour for the bus.", [("a quarter hour", "PT15M")]),
        ("The firm has been in the family for half a century.", [("half a century", "P50Y")]),
        # a hyphened part of a calendar unit before a noun describes the noun
        ("Unemployment is near its quarter-century low.", []),
    ],
)
def test_a_fraction_of_a_unit_is_a_length(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_a_quarter_before_an_article_is_no_fraction() -> None:
    # "the quarter a year ago" is the quarter compared with, not a quarter of a year
    assert [t.text for t in tag("Sales beat the quarter a year ago.", DCT)] == ["the quarter a year ago"]


# an autumn day, so that the months of winter lie up to four months ahead
AUTUMN = dt.date(2033, 10, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month inside the subject, with no verb before it, takes the tense of the verb right after it
        ("Car sales in January were the weakest in a decade.", [("January", "2033-01"), ("a decade", "P10Y")]),
        ("Exports in December fell 3%.", [("December", "2032-12")]),
        ("Holiday spending in November sharply dropped.", [("November", "2032-11")]),
        ("The ballot on Jan. 5 was close.", [("Jan. 5", "2033-01-05")]),
        # without a past verb the month ahead stays the coming one
        ("Car sales in January will recover.", [("January", "2034-01")]),
        ("The summit in December is key.", [("December", "2033-12")]),
    ],
)
def test_a_month_in_the_subject_takes_the_tense_of_the_verb_after_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text, AUTUMN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count before "later/earlier than" measures a comparison: a length, no date counted from the DCT
        ("The jet entered service two years later than planned.", [("two years", "P2Y")]),
        ("The ballot closed a week earlier than expected.", [("a week", "P1W")]),
        ("Results arrived three days later than usual.", [("three days", "P3D")]),
        # without "than" the count still moves the date
        ("He flew home two days later.", [("two days later", "2033-03-11")]),
    ],
)
def test_a_count_before_later_than_is_a_length(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_a_bare_plural_unit_in_a_hyphened_compound_is_no_length() -> None:
    assert values("Shares slid in after-hours trading.") == []
    assert values("The desk is staffed off-hours.") == []
    # a count keeps the compound a length, and a bare plural after a preposition stays one
    assert values("They held a 48-hour strike after hours of talks.") == [("48-hour", "PT48H"), ("hours", "PTXH")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # four digits before a time zone are a twenty-four-hour clock, never a year
        ("The tremor struck at 11:42 p.m. local time (1542 GMT).", [("11:42 p.m.", "2033-03-09T23:42")]),
        ("The blast came at 0830 GMT on Monday.", [("0830 GMT", "2033-03-07T08:30"), ("Monday", "2033-03-07")]),
        ("A curfew begins at 2100 local time.", [("2100 local time", "2033-03-09T21:00")]),
        ("Troops moved in at 1900 hours.", [("1900 hours", "2033-03-09T19:00")]),
        # a count of hours stays a count
        ("Volunteers logged 1200 hours.", [("1200 hours", "PT1200H")]),
    ],
)
def test_four_digits_before_a_zone_are_a_clock_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a round hundred with "s" names the century; "the 2000s" is read as the decade
        ("Whaling boomed in the 1800s.", [("the 1800s", "18")]),
        ("The canal was dug in the early 1900s.", [("the early 1900s", "19")]),
        ("Prices soared throughout the 2000s.", [("the 2000s", "200")]),
        ("Wages stalled in the 1970s.", [("the 1970s", "197")]),
    ],
)
def test_a_round_hundred_with_s_is_a_century(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday with the week it lies in is one expression, that weekday of that week
        ("The envoys meet on Monday next week.", [("Monday next week", "2033-03-14")]),
        ("The walkout ended on Tuesday last week.", [("Tuesday last week", "2033-03-01")]),
        ("The audit closes Friday of this week.", [("Friday of this week", "2033-03-11")]),
        (
            "The jury convened on May 2 and ruled on Friday the following week.",
            [("May 2", "2032-05-02"), ("Friday the following week", "2032-05-07")],
        ),
    ],
)
def test_a_weekday_with_its_week_is_that_weeks_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the quarter to/through DATE" is the calendar quarter that ends then, as "the quarter ended DATE"
        ("Earnings for the quarter to June 30 were weak.", [("the quarter", "2032-Q2"), ("June 30", "2032-06-30")]),
        ("Margins in the quarter through September narrowed.", [("the quarter", "2032-Q3"), ("September", "2032-09")]),
    ],
)
def test_the_quarter_to_a_date_is_the_quarter_ending_then(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "mod"),
    [
        # a negated bound turns round
        ("The wait was no more than two weeks.", "EQUAL_OR_LESS"),
        ("Detention lasts not less than six months.", "EQUAL_OR_MORE"),
        ("He spent no fewer than ten years abroad.", "EQUAL_OR_MORE"),
        ("The review took more than a week.", "MORE_THAN"),
    ],
)
def test_a_negated_bound_turns_round(text: str, mod: str) -> None:
    [timex] = tag(text, DCT)
    assert (timex.type, timex.mod) == ("DURATION", mod)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first or last days, weeks or months of a named month or year are its start or end, one expression
        ("The final days of 2031 were quiet.", [("The final days of 2031", "2031", "END")]),
        ("The first weeks of January brought heavy snow.", [("The first weeks of January", "2033-01", "START")]),
        ("In the closing days of December, prices fell.", [("the closing days of December", "2032-12", "END")]),
        (
            "In the first few days of February the river froze.",
            [("the first few days of February", "2033-02", "START")],
        ),
        ("Shares hit a high in the final week of February.", [("the final week of February", "2033-02", "END")]),
        ("In the last months of 2030 the party split.", [("the last months of 2030", "2030", "END")]),
        # of something that is no calendar period they stay a length
        ("In the final months of the war, food ran out.", [("the final months", "PXM", None)]),
    ],
)
def test_the_edge_of_a_month_or_year_is_its_start_or_end(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [(t.text, t.value, t.mod) for t in tag(text, DCT)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday in apposition to the date just named is that date
        (
            "The blast happened on Feb. 3, a Thursday, police said.",
            [("Feb. 3", "2033-02-03"), ("Thursday", "2033-02-03")],
        ),
        ("He died on Dec. 24, 2032, a Friday.", [("Dec. 24, 2032", "2032-12-24"), ("Friday", "2032-12-24")]),
        ("The vote is set for March 20, a Sunday.", [("March 20", "2033-03-20"), ("Sunday", "2033-03-20")]),
        # a weekday after an amount is no apposition to a date
        ("On Feb. 2 prices were $1.5, a Monday high.", [("Feb. 2", "2033-02-02"), ("Monday", "2033-03-07")]),
    ],
)
def test_a_weekday_in_apposition_to_a_date_is_that_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected
