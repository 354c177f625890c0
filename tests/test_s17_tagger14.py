"""Tagger classes of session 17 (helper tagger14), each with new sentences in varied wording (none from a corpus or
fixture), written before the rules were changed.

* a year after "in"/"during" is where the story is, even when a lower-case word follows it ("In 2010 the company
  sold ...", "Sales in 2010 totalled ..."): "the previous year", "a year earlier" count from it.  A year used as an
  adjective ("the 1991 agreement", "its 2009 report") still leaves the story's time alone;
* a year opening its sentence after a time preposition is a year even before a plural noun ("In 1998 people
  voted", "Since 1990 workers have ..."), where the quantity guard read "1998 people" as a head count;
* "the week ended May 9", "the week to June 6": "the week" is the week that ends then (the ISO week holding the
  day), as "the quarter ended Sept. 30" is that quarter; the day stays an expression of its own (TimeBank's form);
* a year named by two calendar years ("the 2013-14 fiscal year", "fiscal 2013-14", "the winter of 2011-12") is
  one expression: a fiscal year by the year it ends in, a season by the year it begins in;
* "the past five sessions", "the last three games": "the past" counts things that are no time unit, and is no
  reference to the past;
* then, from further probes: bounds in time ("no earlier than 2016"), recurrences ("every second Tuesday", "on
  weekends", "every other summer"), "last" as a verb ("expected to last three days"), the turn of a century, "the
  90s", dates a noun phrase looks ahead to ("a dividend payable July 15"), clock times in a zone named in words
  ("9:30 a.m. New York time on Monday") and "overnight" looked ahead to ("temperatures will drop overnight").
"""

from __future__ import annotations

import datetime as dt

import pytest

from timelinekg.nlp.timex import tag

DCT = dt.date(2014, 6, 18)  # a Wednesday


def tagged(text: str, mode: str = "news") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, DCT, mode)]


# -- a year after "in"/"during" moves the story's time ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("In 2010 the company sold 510 aircraft, up from 498 the previous year.", "the previous year", "2009"),
        ("Sales in 2010 totalled 510 aircraft, up from 498 the previous year.", "the previous year", "2009"),
        ("Profit in 2012 rose to $5 billion from $4 billion the year before.", "the year before", "2011"),
        ("Exports in 2011 rose 8 percent, after falling 3 percent a year earlier.", "a year earlier", "2010"),
        (
            "During 2008 the fund lost a third of its value; the following year it recovered.",
            "the following year",
            "2009",
        ),
        ("In late 2005 the dam was finished. Two years later the valley flooded.", "Two years later", "2007"),
    ],
)
def test_a_year_after_in_moves_the_story(text: str, phrase: str, expected: str) -> None:
    assert (phrase, expected) in tagged(text)


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # the year names a thing, not the time the sentence tells of
        (
            "The 1991 agreement was signed in May 2003; talks had collapsed the previous year.",
            "the previous year",
            "2002",
        ),
        ("Its 2009 report came out in March 2011, and a review followed the next year.", "the next year", "2012"),
    ],
)
def test_a_year_before_a_noun_it_names_stays_an_aside(text: str, phrase: str, expected: str) -> None:
    assert (phrase, expected) in tagged(text)


# -- a year opening its sentence before a plural noun ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 1998 people voted for change.", "1998"),
        ("In 1945 soldiers returned home to a ruined city.", "1945"),
        ("Since 1990 workers have left the valley for the coast.", "1990"),
        ("By 2030 farmers will need twice as much water.", "2030"),
        ("Until 2012 women could not drive there.", "2012"),
        ("The mine closed. In 1987 miners marched on the capital.", "1987"),
    ],
)
def test_a_year_opening_its_sentence_is_a_year_before_a_plural_noun(text: str, expected: str) -> None:
    assert expected in [value for _, value in tagged(text)]


@pytest.mark.parametrize(
    "text",
    [
        "About 1998 people attended the rally.",
        "Some 1500 troops crossed the border.",
        "Of 1200 employees, half were laid off.",
        "Nearly 1800 people signed the petition.",
    ],
)
def test_a_count_before_a_plural_noun_stays_a_count(text: str) -> None:
    assert [value for _, value in tagged(text) if value.isdigit()] == []


# -- the week ended DAY -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose 4 percent in the week ended May 9.", [("the week", "2014-W19"), ("May 9", "2014-05-09")]),
        ("For the week ending June 13, jobless claims fell.", [("the week", "2014-W24"), ("June 13", "2014-06-13")]),
        ("Mortgage applications climbed in the week to June 6.", [("the week", "2014-W23"), ("June 6", "2014-06-06")]),
        (
            "Refiners ran at 91 percent of capacity during the week that ended April 25.",
            [("the week", "2014-W17"), ("April 25", "2014-04-25")],
        ),
        (
            "Crude stocks rose in the week through Friday, June 13, the agency said.",
            [("the week", "2014-W24"), ("Friday, June 13", "2014-06-13")],
        ),
    ],
)
def test_the_week_ended_a_day_is_that_week(text: str, expected: list[tuple[str, str]]) -> None:
    assert tagged(text) == expected


def test_a_week_moved_to_a_day_is_no_week_ended() -> None:
    # "a week" counts the delay; the date is where the hearing moved to
    assert ("a week", "P1W") in tagged("The judge pushed the hearing back a week to June 25.")


# -- a year named by two calendar years ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company expects growth in the 2013-14 fiscal year.", [("the 2013-14 fiscal year", "2014")]),
        ("Revenue for fiscal 2012-13 rose 9 percent.", [("fiscal 2012-13", "2013")]),
        ("The bank's 2011-2012 financial year was its worst.", [("2011-2012 financial year", "2012")]),
        ("Tax receipts fell in the 2010/11 tax year.", [("the 2010/11 tax year", "2011")]),
        ("The winter of 2011-12 was the mildest on record.", [("The winter of 2011-12", "2011-WI")]),
        ("Bush fires raged through the summer of 2009-10.", [("the summer of 2009-10", "2009-SU")]),
        ("Ski resorts had a poor winter 2012/13 season.", [("winter 2012/13", "2012-WI")]),
    ],
)
def test_a_year_named_by_two_calendar_years_is_one_expression(text: str, expected: list[tuple[str, str]]) -> None:
    assert tagged(text) == expected


def test_a_range_of_years_stays_two_years() -> None:
    assert tagged("Output fell in 1990-91 and recovered in 1992.") == [
        ("1990", "1990"),
        ("91", "1991"),
        ("1992", "1992"),
    ]


# -- "the past N things" ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Shares rose 3 percent over the past five sessions.",
        "The side has lost the last three games.",
        "Prices fell in each of the past four auctions.",
        "He has scored in the past two matches.",
    ],
)
def test_the_past_before_a_count_of_things_is_no_past_reference(text: str) -> None:
    assert "PAST_REF" not in [value for _, value in tagged(text)]


def test_the_past_alone_stays_a_past_reference() -> None:
    assert ("the past", "PAST_REF") in tagged("Such floods were rare in the past.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales fell in each of the past two fiscal years.", ("the past two fiscal years", "P2Y")),
        ("Over the past five calendar years, output rose.", ("the past five calendar years", "P5Y")),
        ("The plan covers the next three financial years.", ("the next three financial years", "P3Y")),
    ],
)
def test_a_count_of_fiscal_years_is_a_length(text: str, expected: tuple[str, str]) -> None:
    assert expected in tagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "The company moved to a fiscal year from a calendar year.",
        "Results for the 2025 financial year were weak.",
    ],
)
def test_one_fiscal_year_named_is_no_length(text: str) -> None:
    assert [value for _, value in tagged(text) if value.startswith("P")] == []


# -- bounds in time, recurrences ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan would take effect no earlier than 2016.", "2016"),
        ("The reactor must close no later than 2025.", "2025"),
        ("Elections will be held not later than 2019, the constitution says.", "2019"),
    ],
)
def test_a_year_after_earlier_or_later_than_is_a_year(text: str, expected: str) -> None:
    assert expected in [value for _, value in tagged(text)]


def test_a_count_after_more_than_stays_a_count() -> None:
    assert tagged("The rally drew more than 2000 people.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The club meets every second Tuesday.", [("every second Tuesday", "XXXX-WXX-2")]),
        ("The census is taken every third year.", [("every third year", "P3Y")]),
        ("Bins are emptied every other week.", [("every other week", "P2W")]),
        ("The museum is open on weekends.", [("weekends", "XXXX-WXX-WE")]),
        ("Traffic is heavy at weekends.", [("weekends", "XXXX-WXX-WE")]),
    ],
)
def test_recurrences(text: str, expected: list[tuple[str, str]]) -> None:
    assert tagged(text) == expected
    assert all(t.type == "SET" for t in tag(text, DCT, "news"))


def test_a_count_of_weekends_is_a_length() -> None:
    assert tagged("He spent two weekends fixing the roof.") == [("two weekends", "P2WE")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks are expected to last three days.", [("three days", "P3D")]),
        ("The strike could last two weeks, union leaders warned.", [("two weeks", "P2W")]),
        ("The drought may last several more months.", [("several more months", "PXM")]),
        ("Prices rose over the last three days.", [("the last three days", "P3D")]),
    ],
)
def test_last_after_a_modal_or_to_is_the_verb(text: str, expected: list[tuple[str, str]]) -> None:
    assert tagged(text) == expected


# -- the turn of a century ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # the turn of a century is its start, the years around the hundred
        ("The town grew at the turn of the 20th century.", DCT, ("the turn of the 20th century", "19", "START")),
        (
            "The mill was built at the turn of the nineteenth century.",
            DCT,
            ("the turn of the nineteenth century", "18", "START"),
        ),
        # without an ordinal, the turn nearest the speech time: said in 2014 the one behind, in 1998 the one ahead
        ("The law took effect at the turn of the century.", DCT, ("the turn of the century", "20", "START")),
        (
            "Officials hope to finish the dam by the turn of the century.",
            dt.date(1998, 3, 2),
            ("the turn of the century", "20", "START"),
        ),
        (
            "The house was built at the turn of the century.",
            dt.date(1930, 5, 2),
            ("the turn of the century", "19", "START"),
        ),
    ],
)
def test_the_turn_of_a_century_is_its_start(text: str, dct: dt.date, expected: tuple[str, str, str]) -> None:
    assert [(t.text, t.value, t.mod) for t in tag(text, dct, "news")] == [expected]


# -- "the 90s" ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Music of the 90s is back in fashion.", [("the 90s", "199")]),
        ("Growth in the 80s was strong.", [("the 80s", "198")]),
        ("The band was formed in the 70s in Leeds.", [("the 70s", "197")]),
    ],
)
def test_the_bare_decade_with_an_article_is_the_decade(text: str, expected: list[tuple[str, str]]) -> None:
    assert tagged(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Temperatures were in the 90s all week.",
        "Highs will reach the 80s on the coast.",
        "The humidity stayed in the 70s, with winds of 20 mph.",
        "Inflation ran in the high 80s.",
        "She is in her 80s.",
        "Bond yields hovered in the 90s percent range.",
    ],
)
def test_a_bare_decade_of_degrees_or_ages_is_no_decade(text: str) -> None:
    assert tagged(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The festival is held every other summer.", [("every other summer", "XXXX-SU")]),
        ("The council meets every second March.", [("every second March", "XXXX-03")]),
    ],
)
def test_every_other_season_or_month_recurs(text: str, expected: list[tuple[str, str]]) -> None:
    assert tagged(text) == expected


# -- a date a noun phrase looks ahead to -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The board approved a dividend payable July 15 to holders of record June 30.",
            [("July 15", "2014-07-15"), ("June 30", "2014-06-30")],
        ),
        (
            "The company declared a quarterly dividend of 10 cents, payable Aug. 1 to shareholders of record July 11.",
            [("Aug. 1", "2014-08-01"), ("July 11", "2014-07-11")],
        ),
        ("The utility sold $200 million of notes due Sept. 15.", [("Sept. 15", "2014-09-15")]),
        # a due date already past stays back
        ("The rent was due on May 1 and went unpaid.", [("May 1", "2014-05-01")]),
    ],
)
def test_a_date_a_noun_looks_ahead_to(text: str, expected: list[tuple[str, str]]) -> None:
    assert tagged(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trading resumes at 9:30 a.m. New York time on Monday.", "2014-06-23T09:30"),
        ("The launch is set for 10:15 p.m. Moscow time on Friday.", "2014-06-20T22:15"),
        ("The polls close at 8 p.m. local time on Sunday.", "2014-06-22T20:00"),
    ],
)
def test_a_clock_time_in_a_named_zone_takes_the_day_after_it(text: str, expected: str) -> None:
    assert expected in [value for _, value in tagged(text)]


# -- "overnight" ahead ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Temperatures will drop sharply overnight.", "2014-06-18TNI"),
        ("Rain is expected overnight, forecasters said.", "2014-06-18TNI"),
        ("Snow may fall overnight in the mountains.", "2014-06-18TNI"),
        # told of a night gone by, it is the night before the report
        ("Police arrested three men overnight.", "2014-06-17TNI"),
        ("Crews worked overnight to restore power.", "2014-06-17TNI"),
    ],
)
def test_overnight_looked_ahead_to_is_the_coming_night(text: str, expected: str) -> None:
    assert tagged(text) == [("overnight", expected)]


# -- after the sealed probe: a part of the day after a year or a month told last is of the speech day in news ----------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "It is the first strike at the plant since it opened in 1987. Workers marched in the afternoon.",
            "2026-03-04TAF",
        ),
        ("The law dates from 1952. In the evening the senate voted to repeal it.", "2026-03-04TEV"),
        ("Prices have risen since March. Traders sold heavily in the morning.", "2026-03-04TMO"),
    ],
)
def test_a_part_of_the_day_after_a_year_told_last_is_of_the_speech_day(text: str, value: str) -> None:
    found = [t.value for t in tag(text, dt.date(2026, 3, 4), "news")]
    assert value in found, found


def test_the_next_morning_after_a_year_stays_of_an_unknown_day() -> None:
    found = [
        t.value for t in tag("He was arrested in 1999. The next morning he was freed.", dt.date(2026, 3, 4), "news")
    ]
    assert not any(v.startswith("2026") for v in found), found
