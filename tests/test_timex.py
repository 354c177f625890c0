"""The TIMEX3 tagger: the seed article, anchoring conventions, and properties that hold for any input."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timelinekg.nlp.timex import Timex, find_dateline, tag, to_timeml
from timelinekg.nlp.timex.model import PRECISIONS, TIMEX3_VALUE_RE, TIMEX_TYPES

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "data" / "seed" / "trump-putin-call.txt"
SEED_DCT = dt.date(2024, 11, 10)


def values(text: str, dct: dt.date = SEED_DCT, mode: str = "news") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct, mode)]


@pytest.fixture(scope="module")
def seed_timexes() -> list[Timex]:
    if not SEED.exists():
        pytest.skip("shared seed article not available")
    return tag(SEED.read_bytes().decode("utf-8"), SEED_DCT)


def test_seed_article_dates(seed_timexes: list[Timex]) -> None:
    found = Counter((t.text, t.value) for t in seed_timexes)
    expected = {
        ("November 5", "2024-11-05"): 1,
        ("November 7", "2024-11-07"): 2,
        ("November 9", "2024-11-09"): 1,
        ("November 10", "2024-11-10"): 3,
        ("July", "2024-07"): 1,
        ("September", "2024-09"): 1,
        ("July 2018", "2018-07"): 1,
        ("February 2022", "2022-02"): 1,
        ("overnight", "2024-11-09TNI"): 1,
    }
    for key, count in expected.items():
        assert found[key] == count, (key, found)


def test_seed_overnight_spans_the_night(seed_timexes: list[Timex]) -> None:
    overnight = next(t for t in seed_timexes if t.text == "overnight")
    assert (overnight.earliest, overnight.latest) == (dt.date(2024, 11, 9), dt.date(2024, 11, 10))


def test_seed_a_day_after_stays_a_relative_duration(seed_timexes: list[Timex]) -> None:
    after = next(t for t in seed_timexes if t.text == "a day")
    assert (after.type, after.value, after.relation) == ("DURATION", "P1D", "after")
    assert after.earliest is None and after.latest is None
    assert after.as_json()["relation"] == "after"


def test_seed_offsets_and_bounds(seed_timexes: list[Timex]) -> None:
    text = SEED.read_bytes().decode("utf-8")
    for t in seed_timexes:
        assert text[t.start : t.end] == t.text
    july = next(t for t in seed_timexes if t.text == "July 2018")
    assert (july.earliest, july.latest, july.precision) == (dt.date(2018, 7, 1), dt.date(2018, 7, 31), "month")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It happened in the last week.", [("the last week", "2024-W44")]),
        ("Prices rose last week.", [("last week", "2024-W44")]),
        ("He left two years ago.", [("two years ago", "2022")]),
        ("Fighting grew in recent weeks.", [("recent weeks", "PXW")]),
        ("Sales fell in the first quarter of 2023.", [("the first quarter of 2023", "2023-Q1")]),
        ("It was hours after the vote.", [("hours", "PTXH")]),
        ("The talks will resume on Friday.", [("Friday", "2024-11-15")]),
        ("The talks resumed on Friday.", [("Friday", "2024-11-08")]),
        ("A summit is planned for March.", [("March", "2025-03")]),
        ("He was born on 4 August 1961.", [("4 August 1961", "1961-08-04")]),
        ("Troops arrived in the summer of 1916.", [("the summer of 1916", "1916-SU")]),
        ("The 1960s were turbulent.", [("The 1960s", "196")]),
        ("Athens fell in 404 BC.", [("404 BC", "BC0404")]),
        ("We met yesterday morning.", [("yesterday morning", "2024-11-09TMO")]),
        ("The meeting lasted three hours.", [("three hours", "PT3H")]),
        ("Reports arrive daily.", [("daily", "P1D")]),
        ("It opened at 10:30 a.m. today.", [("10:30 a.m.", "2024-11-10T10:30"), ("today", "2024-11-10")]),
    ],
)
def test_news_conventions(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_narrative_mode_anchors_to_the_last_mentioned_date() -> None:
    text = "War broke out on September 1, 1939. On September 17, the Soviets invaded. By early October it was over."
    assert values(text, dt.date(2009, 12, 19), "narrative") == [
        ("September 1, 1939", "1939-09-01"),
        ("September 17", "1939-09-17"),
        ("early October", "1939-10"),
    ]
    # read as news, a bare month anchors to the DCT; a bare date right after a date written with a year long past
    # goes on in that year (round fourteen, tests/test_timex_news5_classes.py)
    assert values(text, dt.date(2009, 12, 19))[1:] == [("September 17", "1939-09-17"), ("early October", "2009-10")]


def test_narrative_year_rolls_forward_and_anaphora_follow() -> None:
    text = "Japan attacked on December 7, 1941. The next day, war was declared. In January, the Allies met."
    assert values(text, dt.date(2009, 12, 19), "narrative") == [
        ("December 7, 1941", "1941-12-07"),
        ("The next day", "1941-12-08"),
        ("January", "1942-01"),
    ]


def test_modifiers_are_kept() -> None:
    (early,) = tag("It ended in early 2009.", SEED_DCT)
    assert (early.text, early.value, early.mod) == ("early 2009", "2009", "START")


def test_empty_and_blank_text() -> None:
    assert tag("", SEED_DCT) == []
    assert tag("   \n", SEED_DCT) == []


def test_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="mode"):
        tag("today", SEED_DCT, mode="poetry")


def test_to_timeml_escapes_and_tags() -> None:
    text = "R&D <lab> opened on November 7."
    out = to_timeml(text, tag(text, SEED_DCT))
    assert out == 'R&amp;D &lt;lab&gt; opened on <TIMEX3 tid="t1" type="DATE" value="2024-11-07">November 7</TIMEX3>.'


def test_find_dateline() -> None:
    assert find_dateline("MOSCOW, Nov. 10, 2024 (Reuters) - Talks began.") == dt.date(2024, 11, 10)
    assert find_dateline("Published 2024-11-10\n\nBody text") == dt.date(2024, 11, 10)
    assert find_dateline("Title\n\nNo date at all here.") is None


def test_as_json_shape() -> None:
    (t,) = tag("on November 7", SEED_DCT)
    assert t.as_json() == {
        "start": 3,
        "end": 13,
        "text": "November 7",
        "type": "DATE",
        "value": "2024-11-07",
        "earliest": "2024-11-07",
        "latest": "2024-11-07",
        "precision": "day",
    }


# ---------------------------------------------------------------- properties

# fmt: off
TEMPORAL_WORDS = [
    "on", "in", "the", "of", "last", "next", "this", "early", "late", "mid-", "ago", "later", "after",
    "before", "November", "May", "March", "Friday", "Sunday", "7", "31", "29", "2024", "1999", "490", "BC",
    "AD", "1960s", "'99", "summer", "fall", "winter", "quarter", "half", "first", "week", "weeks", "day",
    "days", "year", "years", "decade", "century", "19th", "two", "a", "few", "several", "hours", "10:30",
    "a.m.", "p.m.", "noon", "today", "yesterday", "tomorrow", "overnight", "now", "recently", "daily",
    "every", "morning", "night", "Christmas", ",", ".", "-", "–", "\n", "the end of", "that", "same",
    "following", "previous", "9999", "0001", "00", "/", "2024-02-30", "12/31/9999", "1/1/1000", "B.C.", "'s",
    "mid-2011", "470s", "Q4", "Thanksgiving", "Election Day", "weekend", "nineteen", "ninety-six", "nineties",
    "year-ago", "fiscal", "EST", "and a half", "1/2", "555-1234", "this past", "80s", "period", "between", "from",
    "to", "week of",
]
# fmt: on
dcts = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
modes = st.sampled_from(["news", "narrative"])
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(TEMPORAL_WORDS), max_size=40).map(" ".join),
    st.lists(st.one_of(st.sampled_from(TEMPORAL_WORDS), st.text(max_size=3)), max_size=30).map("".join),
)


def check_invariants(text: str, timexes: list[Timex]) -> None:
    for t in timexes:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        assert t.type in TIMEX_TYPES
        assert TIMEX3_VALUE_RE.fullmatch(t.value), t.value
        assert t.precision is None or t.precision in PRECISIONS
        if t.earliest is not None and t.latest is not None:
            assert t.earliest <= t.latest
        t.as_json()


@settings(max_examples=400, deadline=None)
@given(text=texts, dct=dcts, mode=modes)
def test_any_text_is_tagged_without_error(text: str, dct: dt.date, mode: str) -> None:
    timexes = tag(text, dct, mode)
    check_invariants(text, timexes)
    assert to_timeml(text, timexes).count("<TIMEX3") <= len(timexes)


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=200))
def test_find_dateline_never_raises(text: str) -> None:
    day = find_dateline(text)
    assert day is None or isinstance(day, dt.date)


# ---------------------------------------------------------------- error classes of issue 13 (own sentences)

MONDAY = dt.date(1997, 3, 10)  # a Monday


def bounds(text: str, dct: dt.date = MONDAY) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [
        (
            t.text,
            t.value,
            t.earliest.isoformat() if t.earliest else None,
            t.latest.isoformat() if t.latest else None,
            t.precision,
        )
        for t in tag(text, dct)
    ]


def test_day_counts_never_take_a_day_from_a_year_mention() -> None:
    (year, later) = tag("The ferry line opened in 2024. A day later the first boat sank.", MONDAY)
    assert year.value == "2024"
    assert (later.type, later.value, later.relation, later.precision) == ("DURATION", "P1D", "after", None)
    assert later.earliest is None and later.latest is None


def test_day_counts_follow_a_mentioned_day() -> None:
    assert values("Polls closed on June 2, 1996. Three days later the count ended.", MONDAY) == [
        ("June 2, 1996", "1996-06-02"),
        ("Three days later", "1996-06-05"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares slid in early 2009.", ("early 2009", "2009", "2009-01-01", "2009-04-30", "month")),
        ("Rents peaked in mid-2005.", ("mid-2005", "2005", "2005-05-01", "2005-08-31", "month")),
        ("The mill shut late last year.", ("late last year", "1996", "1996-09-01", "1996-12-31", "month")),
        ("Rain is due by mid-March 2024.", ("mid-March 2024", "2024-03", "2024-03-11", "2024-03-21", "day")),
        (
            "Wages are paid at the end of the month.",
            ("the end of the month", "1997-03", "1997-03-21", "1997-03-31", "day"),
        ),
        ("Vinyl came back in the late 1990s.", ("the late 1990s", "199", "1996-01-01", "1999-12-31", "year")),
        (
            "Orders dipped at the end of the second quarter.",
            ("the end of the second quarter", "1996-Q2", "1996-06-01", "1996-06-30", "month"),
        ),
    ],
)
def test_position_modifiers_narrow_the_bounds(text: str, expected: tuple[str, ...]) -> None:
    assert bounds(text) == [expected]


def test_a_weekend_is_its_saturday_and_sunday() -> None:
    assert bounds("Markets were closed over the weekend.") == [
        ("the weekend", "1997-W10-WE", "1997-03-08", "1997-03-09", "day")
    ]


def test_range_ends_follow_their_starts() -> None:
    assert values("Ballots are counted between Friday and Tuesday.", MONDAY) == [
        ("Friday", "1997-03-07"),
        ("Tuesday", "1997-03-11"),
    ]
    assert values("The exhibition ran from October to February.", MONDAY) == [
        ("October", "1996-10"),
        ("February", "1997-02"),
    ]
    assert values("Her term lasted from 2019 to 2021.", MONDAY) == [("2019", "2019"), ("2021", "2021")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profit doubled in fiscal 1995.", [("fiscal 1995", "1995")]),
        ("Margins shrank in the fourth quarter.", [("the fourth quarter", "1996-Q4")]),
        ("Q3 margins shrank.", [("Q3", "1996-Q3")]),  # "Q3" too is the latest begun
        ("Exports grew in the first half.", [("the first half", "1997-H1")]),
        (
            "Net income rose in the second quarter, up from a year earlier.",
            [("the second quarter", "1996-Q2"), ("a year earlier", "1995-Q2")],
        ),
        (
            "Sales in the first quarter beat the 1995 quarter and the year-ago period.",
            [("the first quarter", "1997-Q1"), ("the 1995 quarter", "1995-Q1"), ("the year-ago period", "1996-Q1")],
        ),
        ("Chip demand should recover in next year's first quarter.", [("next year's first quarter", "1998-Q1")]),
        # a half or quarter of something else is no part of the year
        ("Rain fell in the second half of March.", [("March", "1997-03")]),
        ("He scored in the first half of the game.", []),
        ("Losses in the third quarter of $2 million were cut.", [("the third quarter", "1996-Q3")]),
        (
            "Net for this year's first quarter rose from a year earlier.",
            [("this year's first quarter", "1997-Q1"), ("a year earlier", "1996-Q1")],
        ),
        ("Analysts cut forecasts for the full year.", [("the full year", "1997")]),
        (
            "Orders in the third quarter trailed the corresponding period last year.",
            [("the third quarter", "1996-Q3"), ("the corresponding period last year", "1995-Q3")],
        ),
    ],
)
def test_fiscal_and_financial_periods(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dam took nine years to build.", [("nine years", "P9Y")]),
        ("Strikes went on for the past two quarters.", [("the past two quarters", "P2Q")]),
        ("A few days later the bridge reopened.", [("A few days later", "PXD")]),
        ("The choir rehearses every Thursday.", [("every Thursday", "XXXX-WXX-4")]),
        ("Each Sunday the market is shut.", [("Each Sunday", "XXXX-WXX-7")]),
        ("Ferries leave hourly.", [("hourly", "PT1H")]),
        ("Costs will rise in the coming years.", [("the coming years", "PXY")]),
        ("Output grew over the past year.", [("the past year", "P1Y")]),
        # "last"/"next" without an article name the unit before or after the DCT, whatever word stands before
        ("Exports climbed 4% over last year.", [("last year", "1996")]),
        ("Only last month the mayor resigned.", [("last month", "1997-02")]),
        ("The flight took five and a half hours.", [("five and a half hours", "PT5H30M")]),
        ("She waited a minute and a half.", [("a minute and a half", "PT1M30S")]),
        ("The siege lasted half a century.", [("half a century", "P50Y")]),
        ("Voting was delayed by half a day.", [("half a day", "PT12H")]),
        ("The queue took half an hour.", [("half an hour", "PT30M")]),
        ("The trial ran 2 1/2 years.", [("2 1/2 years", "P2Y6M")]),
        ("Orders slowed in the fiscal second quarter.", [("the fiscal second quarter", "1996-Q2")]),
        ("Nowadays few people write letters.", [("Nowadays", "PRESENT_REF")]),
        ("Prices may fall in the near future.", [("the near future", "FUTURE_REF")]),
        ("Margins should hold up in the short term.", [("the short term", "FUTURE_REF")]),
        ("Tensions grew in recent months.", [("recent months", "PXM")]),
        ("The city has changed in recent times.", [("recent times", "PAST_REF")]),
        ("Holders could sell at the then current rate.", [("current", "PAST_REF")]),
        ("A 7-year-old girl won the spelling bee.", []),
        (
            "His best was the 2011-12 season.",
            [("2011", "2011"), ("12", "2012")],
        ),  # the short end is a year, not a count
        ("The annual report and quarterly dividend were approved.", []),
    ],
)
def test_durations_sets_and_references(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor resigned Friday.", [("Friday", "1997-03-07")]),
        ("The mayor said Thursday he would resign.", [("Thursday", "1997-03-06")]),
        # a two-digit year after a month or "fiscal" is one expression with it
        ("The stock peaked in Oct. '87.", [("Oct. '87", "1987-10")]),
        ("The slump of March '91 hurt sales.", [("March '91", "1991-03")]),
        ("Results for fiscal '96 were weak.", [("fiscal '96", "1996")]),
        ("He quit in December ’95, aides said.", [("December ’95", "1995-12")]),
        # the plan a report tells with "would" lies after the report ("reported" weekday class)
        ("The mayor said he would resign Thursday.", [("Thursday", "1997-03-13")]),
        ("The mayor will resign Thursday.", [("Thursday", "1997-03-13")]),
        ("A vote is expected April 2.", [("April 2", "1997-04-02")]),
        ("The recall was ordered in May.", [("May", "1996-05")]),
        ("Costs fell last December.", [("last December", "1996-12")]),
        ("In the editorial of Tuesday, March 4, 1997:", [("Tuesday, March 4, 1997", "1997-03-04")]),
        ("He built it in nineteen eighty-four.", [("nineteen eighty-four", "1984")]),
        ("Disco ruled the seventies.", [("the seventies", "197")]),
        ("She is in her seventies.", []),
        ("That was back in '89.", [("'89", "1989")]),
        ("Flooding returned last spring.", [("last spring", "1996-SP")]),
        ("This past winter was mild.", [("This past winter", "1996-WI")]),
        ("The mill reopened in the summer of '93.", [("the summer of '93", "1993-SU")]),
        ("Rates soared in the late 70s.", [("the late 70s", "197")]),
        ("Readings stayed in the high 80s.", []),
        ("Parades are held on Thanksgiving Day.", [("Thanksgiving Day", "1996-11-28")]),
        ("On Christmas Eve, the envoy will return.", [("Christmas Eve", "1997-12-24")]),
        ("The mill closed last March.", [("last March", "1996-03")]),  # said in March: a year back
        ("On Labor Day, the union will march.", [("Labor Day", "1997-09-01")]),
        ("Markets were closed over the weekend.", [("the weekend", "1997-W10-WE")]),
        ("Bids close at 5 p.m. EST, March 14.", [("5 p.m. EST, March 14", "1997-03-14T17:00")]),
        ("Trading halted at noon Friday.", [("noon Friday", "1997-03-07T12:00")]),
        ("The deadline was extended to March 21.", [("March 21", "1997-03-21")]),
        ("Hearings open the week of April 14.", [("the week of April 14", "1997-W16")]),
        (
            "The strike ended on March 5 after a walkout the previous Saturday.",
            [("March 5", "1997-03-05"), ("the previous Saturday", "1997-03-01")],
        ),
        # "the day after X" counts from X; with nothing named after it, from the day mentioned before
        ("Shops reopened the day after Christmas.", [("the day after Christmas", "1996-12-26")]),
        ("The day before Sunday's vote, rallies were banned.", [("The day before Sunday", "1997-03-08")]),
        ("The week after March 3 was calm.", [("The week after March 3", "1997-W11")]),
        (
            "Talks broke down on March 4. The day after, troops moved.",
            [("March 4", "1997-03-04"), ("The day after", "1997-03-05")],
        ),
    ],
)
def test_old_newswire_conventions(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, MONDAY) == expected


def test_decade_words_take_the_latest_such_decade() -> None:
    assert values("Synth pop ruled the eighties and the late 70s.", dt.date(2024, 5, 2)) == [
        ("the eighties", "198"),
        ("the late 70s", "197"),
    ]


def test_a_year_before_quarter_is_no_count_of_quarters() -> None:
    assert values("Profit beat the 2023 quarter after costs fell.", MONDAY) == [("the 2023 quarter", "2023-QX")]


def test_a_district_called_the_quarter_is_no_period() -> None:
    assert values("Residents of the quarter fled as the fire spread.", MONDAY) == []
    assert values("Net income in the quarter rose 4%.", MONDAY) == [("the quarter", "1996-Q4")]


def test_numbers_are_not_dates() -> None:
    text = (
        "Call 555-1234 or 1-800-555-2000 before 9. Tickets cost $1,999 and 2,000 fans saw the 3-2 win; "
        "1500 troops and 2100 people left, scoring 1987 points. Dial 415 555 1998, part 7007-1586-10, "
        "lot 1999.5."
    )
    assert values(text, MONDAY) == []


def test_year_ranges_survive_the_number_guards() -> None:
    assert values("Prices fell in 1998-99 and rose in 1975-1976.", MONDAY) == [
        ("1998", "1998"),
        ("99", "1999"),
        ("1975", "1975"),
        ("1976", "1976"),
    ]


def test_text_without_dates() -> None:
    assert tag("The committee discussed the proposal and adjourned without a vote.", MONDAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday ahead of the DCT when the clause plans, postpones or hedges towards it
        ("The envoys planned to fly home on Thursday.", [("Thursday", "1997-03-13")]),
        ("The board is due to vote on Monday.", [("Monday", "1997-03-10")]),  # the DCT's own day
        # a plan told in the past tense
        ("The offer had been scheduled to expire Friday.", [("Friday", "1997-03-07")]),
        ("The vote was due on Thursday but was put off.", [("Thursday", "1997-03-06")]),
        # "next to" is a place
        ("A bomb exploded next to the embassy on Friday.", [("Friday", "1997-03-07")]),
        # "until" alone is no cue: "not until Friday did they admit it" looks back
        ("It was not until Friday that the army admitted the raid.", [("Friday", "1997-03-07")]),
        ("Inspectors could arrive as early as Friday.", [("Friday", "1997-03-14")]),
        ("A verdict may come as soon as Tuesday.", [("Tuesday", "1997-03-11")]),
        # without such a cue it stays in the days before the DCT
        ("The ferry sailed on Saturday.", [("Saturday", "1997-03-08")]),
        # a weekday opening its sentence takes the cue after it, up to its first past verb
        ("On Thursday, the regional water authority plans to publish its audit.", [("Thursday", "1997-03-13")]),
        ("On Thursday, the regional water authority published its audit.", [("Thursday", "1997-03-06")]),
        ("On Thursday, the authority planned to publish its audit.", [("Thursday", "1997-03-06")]),
        ("On Thursday morning, the council plans to vote.", [("Thursday morning", "1997-03-13TMO")]),
    ],
)
def test_weekday_looks_ahead_only_with_a_cue(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Its revenue reached $40 million for the year ended June 30.", ("the year", "DURATION", "P1Y")),
        ("The mill lost money in the fiscal year ending next month.", ("the fiscal year", "DURATION", "P1Y")),
        ("The bank hopes to close the sale by year-end.", ("year-end", "DATE", "1997-12-31")),
        ("Layoffs should be finished by year end.", ("year end", "DATE", "1997-12-31")),
        ("The index has gained 8% since year-end.", ("year-end", "DATE", "1996-12-31")),
    ],
)
def test_accounting_years_and_year_end(text: str, expected: tuple[str, str, str]) -> None:
    found = [(t.text, t.type, t.value) for t in tag(text, MONDAY)]
    assert expected in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deadline month without a past verb is the coming one, up to half a year ahead
        ("The group must repay the loan by August.", [("August", "1997-08")]),
        ("Talks continue until June.", [("June", "1997-06")]),
        # further ahead, or after a past verb, it is the last one
        ("The loan was repaid by November.", [("November", "1996-11")]),
        ("The group repays the loan by November.", [("November", "1996-11")]),
        # a modal looks ahead however far (tests/test_timex_weekday_direction.py)
        ("The group must repay the loan by November.", [("November", "1997-11")]),
        # without a past verb, a month up to four ahead is the coming one
        ("The treaty goes to a vote in July.", [("July", "1997-07")]),
        # "effective" announces a change to come
        ("The new tariff applies effective July 1.", [("July 1", "1997-07-01")]),
    ],
)
def test_deadline_month_looks_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Acme earned $5 million in the second quarter, up from $4 million a year earlier. "
            "In the first nine months, profit rose to $12 million from $10 million a year earlier, "
            "and the year-ago period included a one-time gain. "
            "In the quarter, sales grew 8% from a year ago.",
            dt.date(2023, 8, 2),
            [
                ("the second quarter", "2023-Q2"),
                ("a year earlier", "2022-Q2"),  # beside a quarter: that quarter a year back
                ("the first nine months", "P9M"),
                ("a year earlier", "2022"),  # beside the year to date: the year before
                ("the year-ago period", "2022"),
                ("the quarter", "2023-Q2"),
                ("a year ago", "2022-Q2"),  # a quarter named again
            ],
        ),
        (
            "Bolt Foods posted second-quarter profit of $8 million. "
            "After a weak first quarter, margins recovered; the last comparable slump came in the third quarter of "
            "1991. Analysts say the gains will carry into the fourth quarter. "
            "Sales in the year-earlier period were lower, and the quarter's costs fell from a year ago.",
            dt.date(2023, 8, 10),
            [
                ("second-quarter", "2023-Q2"),
                ("first quarter", "2023-Q1"),  # an indefinite quarter is an aside
                ("the third quarter of 1991", "1991-Q3"),  # so is a quarter of another year
                ("the fourth quarter", "2023-Q4"),  # and one not yet begun: an outlook
                ("the year-earlier period", "2022-Q2"),  # asides leave the quarter under discussion
                ("the quarter", "2023-Q2"),
                ("a year ago", "2022-Q2"),
            ],
        ),
    ],
)
def test_year_earlier_follows_the_period_under_discussion(
    text: str, dct: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert values(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month opening its sentence takes the tense of the verb after it (DCT late October)
        ("In January, the board named a new chief executive.", [("January", "1997-01")]),
        ("In September, the firm announced plans to build a plant.", [("September", "1997-09")]),
        ("In December, the board will name a new chief executive.", [("December", "1997-12")]),
        # irregular past forms mark the past; after "is" a participle is no past verb
        ("The rebels sought shelter in November.", [("November", "1996-11")]),
        ("The appeal is heard in December.", [("December", "1997-12")]),
        # seasons and quarters opening their sentence too
        ("In the summer, the company will open a plant.", [("the summer", "1998-SU")]),
        ("In the spring, the company opened a plant.", [("the spring", "1997-SP")]),
        # a comparison with a forecast is no future cue
        ("Exports fell more than expected in March.", [("March", "1997-03")]),
        ("Exports stay weaker than expected in June.", [("June", "1997-06")]),
        # an aside without a verb is skipped
        ("In December, near the holiday, a fire gutted the mill.", [("December", "1996-12")]),
        # a participle after a determiner is an adjective, not a past verb
        ("Holders of the converted notes get the payment on Dec. 5.", [("Dec. 5", "1997-12-05")]),
        ("Holders converted the notes on Dec. 5.", [("Dec. 5", "1996-12-05")]),
        # an infinitive "to be" looks ahead
        ("Rules to be issued in early November will settle it.", [("early November", "1997-11")]),
    ],
)
def test_month_tense_from_the_governing_verb(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, dt.date(1997, 10, 28)) == expected


def test_news_position_in_a_unit_is_the_dcts_unit() -> None:
    text = "The bonds mature in 2031. The company hopes to cut its debt by the end of the year."
    found = [(t.text, t.value, t.mod) for t in tag(text, dt.date(2024, 5, 14))]
    assert found[-1] == ("the end of the year", "2024", "END")
    # in a narrative the story's year is the one
    story = [(t.text, t.value) for t in tag(text, dt.date(2024, 5, 14), "narrative")]
    assert story[-1] == ("the end of the year", "2031")


def test_learned_words_decide_reference_words_in_news() -> None:
    from timelinekg.nlp.timex import lexicon as lx

    learned = lx.learned_words()
    assert learned["now"].clear_majority() is True
    assert learned["former"].clear_majority() is False
    text = "The former minister said prices rose in recent years and have eased in recent weeks."
    assert values(text) == [("recent years", "PAST_REF"), ("recent weeks", "PXW")]
    # narratives keep WikiWars' convention: "former" is a past reference there
    assert ("former", "PAST_REF") in values(text, mode="narrative")


def test_learned_words_file_is_reproducible() -> None:
    import subprocess
    import sys

    if not (SHARED / "data" / "dev" / "tbaq").exists():
        pytest.skip("shared tbaq data not available")
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run(
        [sys.executable, str(root / "scripts" / "learn_timex_words.py")], capture_output=True, text=True, check=True
    ).stdout
    assert out == (root / "src" / "timelinekg" / "nlp" / "timex" / "learned_words.tsv").read_text(encoding="utf-8")


def test_the_week_of_a_market_report_is_an_unnamed_week() -> None:
    text = "Bond yields fell on Friday. For the week, the Treasury index gained 2%, the week's best showing."
    found = [(t.text, t.value, t.earliest, t.latest, t.precision) for t in tag(text, dt.date(2001, 6, 11))]
    year = (dt.date(2001, 1, 1), dt.date(2001, 12, 31), "week")
    assert found[1:] == [("the week", "2001-WXX", *year), ("the week", "2001-WXX", *year)]
    # "the week" as an object stays untagged: no evidence that annotators mark it there
    assert values("She spent the week in Lisbon.") == []


def test_clock_time_takes_the_day_after_a_bracketed_zone_time() -> None:
    found = values("The blast came at 9:40 a.m. (0640 GMT) Thursday, witnesses said.", MONDAY)
    assert found[0] == ("9:40 a.m.", "1997-03-06T09:40")


def test_anchored_scanning_finds_what_a_full_scan_finds() -> None:
    import dataclasses

    from timelinekg.nlp.timex import RULES
    from timelinekg.nlp.timex.grammar import anchored_matches

    text = (
        "More than two and a half years after the war, in the late 1990s and the '80s, 24hrs later, "
        "every Friday morning of the third quarter of fiscal 1999, the mid-century summer, early in the "
        "decade, three weeks ago, from now on, weekdays, each month.  Twice a week at 4 in the morning, "
        "each Spring, late Yesterday, the first week\nof March, a quarter-century, H1 2009, in recent "
        "quarters, this past weekend, a Weeklong visit.  " * 3
    )
    for rule in RULES:
        plain = dataclasses.replace(rule, anchor=None)
        assert [m.span() for m in anchored_matches(rule, text)] == [m.span() for m in plain.pattern.finditer(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the next day" counts from the day last named, not from the DCT
        (
            "The dam failed on March 3. The next day, crews arrived.",
            [("March 3", "2024-03-03", "day", None), ("The next day", "2024-03-04", "day", None)],
        ),
        # after a year-level mention there is no day to count from: an anchored duration, never a day of the DCT
        (
            "The mill closed in 2019. The next day, workers protested.",
            [("2019", "2019", "year", None), ("The next day", "P1D", None, "after")],
        ),
        (
            "Ships left port in 2015. The following morning they were seized.",
            [("2015", "2015", "year", None), ("The following morning", "P1D", None, "after")],
        ),
        # "next week" without "the" is deictic
        ("Talks resume next week.", [("next week", "2024-W46", "week", None)]),
    ],
)
def test_the_next_day_is_anaphoric(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert [(t.text, t.value, t.precision, t.relation) for t in tag(text, SEED_DCT)] == expected


def test_that_day_without_an_antecedent_is_left_untagged() -> None:
    # the day is one the story knows, not a calendar day: no value to give it
    assert values("Sadly, that day has arrived for the team.") == []
    assert values("Dealers who sold shares that day lost heavily.") == []
    # a dateline on its own line is the story's date, not an event the anaphor can point back to
    headed = "Flood waters rise\nMarch 3, 2024\nThe mayor always said that day would come."
    assert values(headed) == [("March 3, 2024", "2024-03-03")]
    # once the text names a day, "that day" is that day
    assert values("The vote was held on March 3. That day, crowds filled the square.") == [
        ("March 3", "2024-03-03"),
        ("That day", "2024-03-03"),
    ]


def test_a_unit_followed_by_when_is_an_occasion_not_a_length() -> None:
    assert values("If there ever comes a day when I cannot lead, I will say so.") == []
    assert values("Analysts recalled a week when the index fell sharply.") == []
    assert values("The strike lasted a week, and talks resumed a day later.")[0] == ("a week", "P1W")


def test_a_holiday_naming_a_noun_after_it_is_its_season() -> None:
    dct = dt.date(2007, 1, 18)
    # "Christmas shoppers", "the Halloween weekend"-style uses name the time around the holiday: its month
    assert values("Retailers thanked Christmas shoppers for a record quarter.", dct) == [("Christmas", "2006-12")]
    assert values("The rebels launched their Christmas offensive against the garrison.", dct) == [
        ("Christmas", "2006-12")
    ]
    # the holiday itself keeps its day
    assert values("Stores were closed on Christmas and reopened on Boxing Day.", dct) == [
        ("Christmas", "2006-12-25"),
        ("Boxing Day", "2006-12-26"),
    ]
    assert values("Halloween passed quietly in the town.", dct) == [("Halloween", "2006-10-31")]


def test_word_context_names_the_word_before_or_a_sentence_opening() -> None:
    from timelinekg.nlp.timex.lexicon import word_context

    text = 'Prices held. Now the mill waits. "Until now it ran," she said, for now.'
    assert word_context(text, text.index("Now")) == "opening"
    assert word_context(text, text.index("now it")) == "after until"
    assert word_context(text, text.rindex("now")) == "after for"
    assert word_context("The mill now waits.", 9) == "inside"
    assert word_context("now", 0) == "opening"
    # one reading of "the word before" for the grammar's guards and the learned contexts: a number counts as a word
    growth = "Sales should grow by 12% annually."
    assert word_context(growth, growth.index("annually")) == "inside"
    assert word_context("It grew by leaps annually.", 0) == "opening"


def test_word_contexts_add_a_comma_after_the_phrase() -> None:
    from timelinekg.nlp.timex.lexicon import word_contexts

    text = "Presently, the depot ships grain; the depot presently ships corn, too."
    assert word_contexts(text, 0, len("Presently")) == ("opening", "before ,")
    inside = text.index("presently")
    assert word_contexts(text, inside, inside + len("presently")) == ("inside",)


def test_a_reference_adverb_set_off_by_a_comma_follows_the_learned_counts_in_news() -> None:
    # the tbaq dev part marks "currently" followed by a comma once in three uses, inside a clause 7 of 8
    text = "Currently, the ferry line runs two boats. Its owner currently plans a third."
    assert values(text) == [("currently", "PRESENT_REF")]
    # narratives keep it
    assert ("Currently", "PRESENT_REF") in values(text, mode="narrative")


def test_plural_units_without_a_count_follow_the_learned_contexts_in_news() -> None:
    # the tbaq dev part leaves "of UNITS" mostly untagged (a matter of days, hundreds of years), marks "for years"
    text = "The port was shut for years; the clans had fought over it for hundreds of decades."
    assert values(text) == [("years", "PXY")]
    assert ("decades", "PXY") in values(text, mode="narrative")


def test_plural_units_before_a_direction_word_follow_the_same_learned_contexts() -> None:
    # "of UNITS" is rarely marked whether or not "before/after" follows; a count keeps the length tagged
    text = "The well was dug hundreds of years before the village grew, and rebuilt ten years after the flood."
    assert values(text) == [("ten years", "P10Y")]
    assert ("years before", "PXY") in values(text, mode="narrative")


def test_learned_context_rows_are_counts() -> None:
    from timelinekg.nlp.timex.lexicon import BARE_UNITS_ROW, context_row, learned_words

    rows = learned_words()
    assert all(row.marked <= row.seen for row in rows.values())
    assert any(phrase.startswith(context_row(BARE_UNITS_ROW, "")) for phrase in rows)


def test_a_count_of_units_before_a_rate_goes_with_the_rate() -> None:
    # news leaves rates out ("NUMBER a UNIT" is marked 2 times in 10), so the count before one goes too
    text = "Volunteers staffed the hotline 24 hours a day and answered calls for three weeks."
    assert values(text) == [("three weeks", "P3W")]
    assert ("24 hours", "PT24H") in values(text, mode="narrative")


def test_later_in_the_day_follows_the_learned_counts_in_news() -> None:
    # the tbaq dev part marks "later/earlier/late/early in the day" once in four uses; other units stay tagged
    text = "Shares slipped early in the day and the board meets later in the year."
    assert values(text, dt.date(2024, 3, 5)) == [("later in the year", "2024")]
    assert ("early in the day", "2024-03-05") in values(text, dt.date(2024, 3, 5), "narrative")
