"""Classes of the tagger found in our own sentences of present-day news (session 31, the lead), each told in varied
wording about several stories first.

1. An ordinal weekday of a month: "the first Sunday of April", "the second Tuesday in November", "the last Friday
   of next month".  The weekday was resolved alone, near the DCT (a wrong day, weeks from the one meant), and the
   month apart; now the phrase is one expression, the day the calendar gives, in the year the month would take.
2. A clock range that runs past midnight: "a curfew from 10 p.m. to 5 a.m.", "shelling between 11 p.m. Saturday
   and 3 a.m.".  Both clocks lay on one day, so the range ended before it began; its end now lies on the next day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timelinekg.nlp.timex import tag

D = dt.date


def _values(text: str, dct: dt.date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct, "news")}


@pytest.mark.parametrize(
    ("text", "dct", "unwanted"),
    [
        # no month after it: the weekday stays a weekday of its own
        ("He resigned on the first Monday in office.", D(2026, 3, 11), "the first Monday in office"),
        # a fifth weekday that the month does not have is no day
        ("The fifth Friday of February 2026 was cold.", D(2026, 3, 11), "The fifth Friday of February 2026"),
    ],
)
def test_ordinal_weekday_needs_a_month_that_holds_it(text: str, dct: dt.date, unwanted: str) -> None:
    assert unwanted not in _values(text, dct)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The curfew runs from 10 p.m. to 5 a.m. until further notice.",
            D(2025, 10, 22),
            {"10 p.m.": "2025-10-22T22:00", "5 a.m.": "2025-10-23T05:00"},
        ),
        (
            "Residents said the shelling lasted from 11 p.m. Saturday until 3 a.m., when the guns fell silent.",
            D(2025, 10, 20),
            {"11 p.m. Saturday": "2025-10-18T23:00", "3 a.m.": "2025-10-19T03:00"},
        ),
        (
            "Bars must close at 23:00 and the night shift runs 22:30-04:30 in the port.",
            D(2025, 10, 22),
            {"22:30": "2025-10-22T22:30", "04:30": "2025-10-23T04:30"},
        ),
    ],
)
def test_clock_range_past_midnight_ends_next_day(text: str, dct: dt.date, expected: dict[str, str]) -> None:
    assert expected.items() <= _values(text, dct).items()
    assert {t.type for t in tag(text, dct, "news") if t.text in expected} == {"TIME"}


@pytest.mark.parametrize(
    "text",
    [
        "The museum draws 2 million visitors a year, most of them in summer.",
        "The valley gets 44 inches of snow a year on average.",
        "The pipeline moves two million barrels of crude a day to the coast.",
        "The strike costs the airline about 9 million euros a day, the union said.",
        "The mill turned out 40 tonnes of flour a week in its best years.",
    ],
)
def test_rate_after_an_amount_and_its_noun_is_no_length(text: str) -> None:
    lengths = [t.text for t in tag(text, D(2024, 5, 2), "news") if t.type == "DURATION"]
    assert lengths == []


@pytest.mark.parametrize(
    "text",
    [
        "The hull might one day be displayed in a museum, the diver said.",
        "She hopes to one day run the family firm.",
        "The stadium could one day host a World Cup final.",
        "Officials insist the line will one day reach the coast.",
    ],
)
def test_one_day_meaning_some_day_is_no_length(text: str) -> None:
    assert [t.text for t in tag(text, D(2024, 5, 2), "news")] == []


@pytest.mark.parametrize(
    "text",
    [
        "He was sentenced to one day in jail for contempt.",
        "The strike will last one day, the union said.",
        "The border may close for one day only.",
    ],
)
def test_one_day_as_a_length_stays(text: str) -> None:
    assert {t.text: t.value for t in tag(text, D(2024, 5, 2), "news")}.get("one day") == "P1D"


def test_ordinals_before_a_later_century_word_are_no_centuries() -> None:
    text = "He finished 13th and the team came 15th, a century after its founding."
    assert "13th" not in {t.text for t in tag(text, D(2020, 10, 28), "news")}


def test_march_as_a_procession_stays_untagged() -> None:
    assert "March" not in {t.text for t in tag("The March to Versailles began at dawn.", D(2016, 3, 23), "news")}


@pytest.mark.parametrize(
    "text",
    [
        "The Good Friday Agreement ended decades of conflict.",
        "Historians marked the anniversary of the Easter Rising in Dublin.",
        "A cargo ship reached Easter Island on Monday.",
        "Children hunted for Easter eggs in the park.",
    ],
)
def test_names_that_hold_easter_are_no_days(text: str) -> None:
    texts = {t.text for t in tag(text, D(2024, 3, 20), "news")}
    assert not any("Easter" in t or "Good Friday" in t for t in texts)


# every class whose cases are a text, its DCT and expressions it must hold with their values (the test's id names
# the class)
VALUE_CASES = [
    pytest.param(
        "Parliamentary elections are due on October 4.", D(2026, 5, 20), {"October 4": "2026-10-04"}, id="is_due"
    ),
    pytest.param("Detailed results are due in December.", D(2026, 5, 27), {"December": "2026-12"}, id="is_due"),
    # a payment that was due lies back
    pytest.param("The payment was due on March 3.", D(2026, 5, 20), {"March 3": "2026-03-03"}, id="is_due"),
    pytest.param(
        "Voters go to the polls on the first Sunday of April.",
        D(2026, 3, 11),
        {"the first Sunday of April": "2026-04-05"},
        id="ordinal_weekday_of_a_month_is_one_day",
    ),
    pytest.param(
        "The vote will fall on the second Tuesday in November.",
        D(2026, 3, 11),
        {"the second Tuesday in November": "2026-11-10"},
        id="ordinal_weekday_of_a_month_is_one_day",
    ),
    pytest.param(
        "The festival opens on the last Saturday of June 2027, organisers said.",
        D(2026, 3, 11),
        {"the last Saturday of June 2027": "2027-06-26"},
        id="ordinal_weekday_of_a_month_is_one_day",
    ),
    pytest.param(
        "The deadline was the first Monday in March, and few firms met it.",
        D(2026, 3, 11),
        {"the first Monday in March": "2026-03-02"},
        id="ordinal_weekday_of_a_month_is_one_day",
    ),
    pytest.param(
        "Talks will resume on the third Wednesday of next month in Geneva.",
        D(2026, 3, 11),
        {"the third Wednesday of next month": "2026-04-15"},
        id="ordinal_weekday_of_a_month_is_one_day",
    ),
    pytest.param(
        "Lawmakers last met on the final Thursday of last month.",
        D(2026, 3, 11),
        {"the final Thursday of last month": "2026-02-26"},
        id="ordinal_weekday_of_a_month_is_one_day",
    ),
    pytest.param(
        "The board meets on the fourth Friday of May 2026 to approve the accounts.",
        D(2026, 3, 11),
        {"the fourth Friday of May 2026": "2026-05-22"},
        id="ordinal_weekday_of_a_month_is_one_day",
    ),
    pytest.param(
        "The strike began on the 2nd Monday of January and lasted a week.",
        D(2026, 3, 11),
        {"the 2nd Monday of January": "2026-01-12"},
        id="ordinal_weekday_of_a_month_is_one_day",
    ),
    # an ordinary range within the day stays on it
    pytest.param(
        "The polls will be open from 7 a.m. to 8 p.m. on Sunday.",
        D(2025, 10, 22),
        {"8 p.m.": "2025-10-26T20:00"},
        id="clock_range_within_a_day_or_two_times_stay",
    ),
    # both ends carry their day
    pytest.param(
        "The motorway will be shut from 9 p.m. Thursday to 6 a.m. Friday.",
        D(2025, 10, 22),
        {"9 p.m. Thursday": "2025-10-23T21:00", "6 a.m. Friday": "2025-10-24T06:00"},
        id="clock_range_within_a_day_or_two_times_stay",
    ),
    # two separate times, not a range
    pytest.param(
        "Sirens sounded at 11 p.m. and 4 a.m., residents said.",
        D(2025, 10, 22),
        {"4 a.m.": "2025-10-22T04:00"},
        id="clock_range_within_a_day_or_two_times_stay",
    ),
    pytest.param(
        "The firm reported a loss for the quarter ended Dec. 31, against a profit in the year-ago quarter.",
        D(2026, 3, 11),
        {"the year-ago quarter": "2024-Q4"},
        id="year_ago_quarter_after_a_quarter_named_by_its_end",
    ),
    pytest.param(
        "Revenue in the quarter to June 30 rose 12 percent from the year-earlier quarter, the miner said.",
        D(2025, 8, 5),
        {"the year-earlier quarter": "2024-Q2"},
        id="year_ago_quarter_after_a_quarter_named_by_its_end",
    ),
    # no quarter named before it: the year before the DCT, as before
    pytest.param(
        "Margins were thinner than in the year-ago quarter.",
        D(2025, 8, 5),
        {"the year-ago quarter": "2024"},
        id="year_ago_quarter_after_a_quarter_named_by_its_end",
    ),
    # a length after a verb, not an amount
    pytest.param(
        "Dozens of protesters stayed a week in the square.",
        D(2024, 5, 2),
        {"a week": "P1W"},
        id="length_after_a_verb_or_a_length_stays",
    ),
    pytest.param(
        "He served two years in prison and a year on probation.",
        D(2024, 5, 2),
        {"two years": "P2Y", "a year": "P1Y"},
        id="length_after_a_verb_or_a_length_stays",
    ),
    pytest.param(
        "Net income for the three months ended Sept. 30 rose 18% from $34.9 million a year earlier.",
        D(1997, 10, 22),
        {"a year earlier": "1996-Q3"},
        id="three_months_ended_a_quarter_end_is_the_reported_quarter",
    ),
    pytest.param(
        "Sales in the three months to June 30 fell 4 percent from a year earlier, the brewer said.",
        D(2019, 7, 25),
        {"a year earlier": "2018-Q2"},
        id="three_months_ended_a_quarter_end_is_the_reported_quarter",
    ),
    # a fiscal quarter ending in another month names no calendar quarter
    pytest.param(
        "Revenue for the three months ended Oct. 31 rose from a year earlier.",
        D(1997, 11, 20),
        {"a year earlier": "1996"},
        id="three_months_ended_a_quarter_end_is_the_reported_quarter",
    ),
    pytest.param(
        "The authority said it would shut the line, from Sept. 4 to Sept. 19, to replace track laid in the 1970s.",
        D(2021, 8, 13),
        {"Sept. 4": "2021-09-04", "Sept. 19": "2021-09-19"},
        id="range_ends_share_a_year_and_a_past_run_ends_back",
    ),
    pytest.param(
        "Organisers said the fair would move, from May 3 to May 9, to a site built in 2004.",
        D(2023, 4, 20),
        {"May 3": "2023-05-03", "May 9": "2023-05-09"},
        id="range_ends_share_a_year_and_a_past_run_ends_back",
    ),
    pytest.param(
        "The exhibition ran until Jan. 15 and drew record crowds.",
        D(2021, 8, 13),
        {"Jan. 15": "2021-01-15"},
        id="range_ends_share_a_year_and_a_past_run_ends_back",
    ),
    pytest.param(
        "The strike lasted until March, when the union gave in.",
        D(2021, 8, 13),
        {"March": "2021-03"},
        id="range_ends_share_a_year_and_a_past_run_ends_back",
    ),
    pytest.param(
        "The show opened on Nov. 20 and ran to Jan. 15.",
        D(2021, 8, 13),
        {"Nov. 20": "2020-11-20", "Jan. 15": "2021-01-15"},
        id="range_ends_share_a_year_and_a_past_run_ends_back",
    ),
    # a deferral still looks ahead, and so does a run told in the present
    pytest.param(
        "The vote was postponed until Jan. 15.",
        D(2021, 8, 13),
        {"Jan. 15": "2022-01-15"},
        id="range_ends_share_a_year_and_a_past_run_ends_back",
    ),
    pytest.param(
        "The show runs until Jan. 15.",
        D(2021, 8, 13),
        {"Jan. 15": "2022-01-15"},
        id="range_ends_share_a_year_and_a_past_run_ends_back",
    ),
    pytest.param(
        "Investors are also waiting for Friday's report on July employment.",
        D(1998, 8, 4),
        {"Friday": "1998-08-07"},
        id="awaited_days_event_lies_ahead",
    ),
    pytest.param(
        "Traders were awaiting Thursday's rate decision in Manila.",
        D(2001, 5, 15),
        {"Thursday": "2001-05-17"},
        id="awaited_days_event_lies_ahead",
    ),
    pytest.param(
        "Fans are looking forward to Saturday's final in Lyon.",
        D(2024, 5, 2),
        {"Saturday": "2024-05-04"},
        id="awaited_days_event_lies_ahead",
    ),
    # digested, not awaited: the day past
    pytest.param(
        "Investors digested Friday's report on July employment.",
        D(1998, 8, 4),
        {"Friday": "1998-07-31"},
        id="awaited_days_event_lies_ahead",
    ),
    pytest.param(
        "The 2017 model, which goes on sale in the fall, uses a redesigned part.",
        D(2016, 3, 23),
        {"the fall": "2016-FA"},
        id="going_on_sale_or_trial_is_a_timetable",
    ),
    pytest.param(
        "The former minister goes on trial in September, prosecutors said.",
        D(2016, 3, 23),
        {"September": "2016-09"},
        id="going_on_sale_or_trial_is_a_timetable",
    ),
    # told in the past it lies back
    pytest.param(
        "The phone went on sale in the fall.",
        D(2016, 3, 23),
        {"the fall": "2015-FA"},
        id="going_on_sale_or_trial_is_a_timetable",
    ),
    pytest.param(
        "Keepers weigh the calf every morning.",
        D(2020, 10, 28),
        {"every morning": "XXXX-XX-XXTMO"},
        id="every_part_of_the_day_recurs_at_that_part",
    ),
    pytest.param(
        "Patrols run each evening along the border.",
        D(2020, 10, 28),
        {"each evening": "XXXX-XX-XXTEV"},
        id="every_part_of_the_day_recurs_at_that_part",
    ),
    pytest.param(
        "The water is cut every night from 11 p.m.",
        D(2020, 10, 28),
        {"every night": "XXXX-XX-XXTNI"},
        id="every_part_of_the_day_recurs_at_that_part",
    ),
    pytest.param(
        "Ferries leave every day at noon.",
        D(2020, 10, 28),
        {"every day": "P1D"},
        id="every_part_of_the_day_recurs_at_that_part",
    ),
    pytest.param(
        "Trade flourished from the 13th to the 15th century.",
        D(2020, 10, 28),
        {"the 13th": "12", "the 15th century": "14"},
        id="first_of_a_pair_of_centuries",
    ),
    pytest.param(
        "Between the 18th and 19th centuries the town grew.",
        D(2020, 10, 28),
        {"the 18th": "17"},
        id="first_of_a_pair_of_centuries",
    ),
    pytest.param(
        "The kingdom rose between the fourth and second centuries BC.",
        D(2020, 10, 28),
        {"the fourth": "BC03"},
        id="first_of_a_pair_of_centuries",
    ),
    pytest.param(
        "From the late 17th to the early 19th century the port thrived.",
        D(2020, 10, 28),
        {"the late 17th": "16"},
        id="first_of_a_pair_of_centuries",
    ),
    pytest.param(
        "The carmaker is due to report March figures on April 1.",
        D(2016, 3, 23),
        {"March": "2016-03"},
        id="month_before_its_figures_and_range_start_in_the_written_year",
    ),
    pytest.param(
        "May exports fell 3 percent, the ministry said.",
        D(2016, 6, 20),
        {"May": "2016-05"},
        id="month_before_its_figures_and_range_start_in_the_written_year",
    ),
    pytest.param(
        "The bank raised rates four times between May and October 2000 to defend the peso.",
        D(2001, 5, 16),
        {"May": "2000-05", "October 2000": "2000-10"},
        id="month_before_its_figures_and_range_start_in_the_written_year",
    ),
    pytest.param(
        "Field work ran from March to June 2025 in every region.",
        D(2026, 5, 27),
        {"March": "2025-03"},
        id="month_before_its_figures_and_range_start_in_the_written_year",
    ),
    pytest.param(
        "Prices rose from November to February 1999.",
        D(2001, 5, 16),
        {"November": "1998-11"},
        id="month_before_its_figures_and_range_start_in_the_written_year",
    ),
    pytest.param(
        "The bottles carry best-before dates between March and December 2027.",
        D(2026, 10, 10),
        {"March": "2027-03"},
        id="month_before_its_figures_and_range_start_in_the_written_year",
    ),
    pytest.param(
        "If players are tied after Sunday's final round, they will play rapid games.",
        D(2022, 4, 6),
        {"Sunday": "2022-04-10"},
        id="day_in_a_condition_of_a_future_lies_ahead",
    ),
    pytest.param(
        "If it rains on Saturday, the match will be moved to Monday.",
        D(2022, 4, 6),
        {"Saturday": "2022-04-09"},
        id="day_in_a_condition_of_a_future_lies_ahead",
    ),
    pytest.param(
        "Unless a deal is reached by Friday, workers will strike.",
        D(2022, 4, 6),
        {"Friday": "2022-04-08"},
        id="day_in_a_condition_of_a_future_lies_ahead",
    ),
    # a condition told in the past, or one that never came true, lies back
    pytest.param(
        "If the deal collapsed on Friday, it was because of the banks.",
        D(2022, 4, 6),
        {"Friday": "2022-04-01"},
        id="day_in_a_condition_of_a_future_lies_ahead",
    ),
    pytest.param(
        "If he had left on Monday, he would have made it.",
        D(2022, 4, 6),
        {"Monday": "2022-04-04"},
        id="day_in_a_condition_of_a_future_lies_ahead",
    ),
    pytest.param(
        "The ceasefire is due to start before Easter.",
        D(2024, 3, 20),
        {"Easter": "2024-03-31"},
        id="days_counted_from_easter",
    ),
    pytest.param(
        "Shops will close on Good Friday and Easter Monday.",
        D(2024, 3, 20),
        {"Good Friday": "2024-03-29", "Easter Monday": "2024-04-01"},
        id="days_counted_from_easter",
    ),
    pytest.param(
        "The bombing happened on Orthodox Easter, a week after the Catholic one.",
        D(2023, 5, 2),
        {"Orthodox Easter": "2023-04-16"},
        id="days_counted_from_easter",
    ),
    pytest.param(
        "Protesters marched on Ash Wednesday.",
        D(2025, 3, 10),
        {"Ash Wednesday": "2025-03-05"},
        id="days_counted_from_easter",
    ),
    pytest.param(
        "Pilgrims are expected in Rome at Pentecost.",
        D(2025, 3, 10),
        {"Pentecost": "2025-06-08"},
        id="days_counted_from_easter",
    ),
    pytest.param(
        "Two people were hurt in the Palm Sunday crush at the church.",
        D(2025, 4, 20),
        {"Palm Sunday": "2025-04-13"},
        id="days_counted_from_easter",
    ),
    pytest.param(
        "Attendance was thin over Easter 2019, the diocese said.",
        D(2025, 4, 20),
        {"Easter 2019": "2019-04-21"},
        id="days_counted_from_easter",
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), VALUE_CASES)
def test_expressions_take_the_values_of_their_class(text: str, dct: dt.date, expected: dict[str, str]) -> None:
    assert expected.items() <= _values(text, dct).items()
