"""Classes of tagger error shown by the timex_news4 set (tests/fixtures/timex_news4: fourteen 1997-98 and 2011-14
articles in genres the earlier own sets lack: sports, courts, weather, obituaries, fiscal earnings, space missions,
elections and timetables; written for issue 13, round thirteen), each checked on sentences written for this file in
other wording.

Every sentence here is new; none is taken from the fixture articles or from a corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests import test_timex_news_classes as news
from timelinekg.nlp.timex import tag

# a Wednesday: Monday is July 15, Tuesday July 16, the coming Friday July 19
WED = dt.date(2013, 7, 17)


def value_of(text: str, words: str, dct: dt.date = WED) -> str | None:
    return news.value_of(text, words, dct)


# ---------------------------------------------------------------- a weekday written with its date names the year


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        # October 3 was a Wednesday in 2012 and is a Thursday in 2013
        ("The court sat on Thursday, Oct. 3, to hear the case.", "Thursday, Oct. 3", "2013-10-03"),
        # June 6 is a Thursday in 2013, a Friday in 2014
        ("The festival returns on Friday, June 6, with forty bands.", "Friday, June 6", "2014-06-06"),
        # March 1 was a Friday in 2013 and a Thursday in 2012
        ("Police said the suspect fled the country on Thursday, March 1.", "Thursday, March 1", "2012-03-01"),
        # a weekday that fits the year read from the tense keeps it
        ("Shares fell 3 percent on Monday, Dec. 31.", "Monday, Dec. 31", "2012-12-31"),
    ],
)
def test_weekday_with_its_date_names_the_year(text: str, words: str, value: str) -> None:
    assert value_of(text, words) == value


# ---------------------------------------------------------------- a zone clock after the event's day


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "The satellite reached orbit on Tuesday. Its first signal was picked up at 2140 GMT.",
            "2140 GMT",
            "2013-07-16T21:40",
        ),
        (
            "The tanker ran aground on Monday night. It had sent a distress call at 0215 GMT.",
            "0215 GMT",
            "2013-07-15T02:15",
        ),
        (
            "The dam burst on Tuesday. Villagers first saw water on the road at 9 in the morning.",
            "9 in the morning",
            "2013-07-16T09:00",
        ),
    ],
)
def test_zone_clock_and_clock_part_take_the_event_day(text: str, words: str, value: str) -> None:
    assert value_of(text, words) == value


def test_zone_clock_further_on_stays_on_the_dct() -> None:
    text = "The satellite reached orbit on Tuesday. It was built in France. Its signal arrives at 2140 GMT."
    assert value_of(text, "2140 GMT") == "2013-07-17T21:40"


# ---------------------------------------------------------------- a sentence opened by a day holds its clock times


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("On Sept. 3, the polls open at 7 a.m. and close at 9 p.m.", "9 p.m.", "2013-09-03T21:00"),
        ("On Oct. 12, the race starts at 9:30 a.m. in the old town.", "9:30 a.m.", "2013-10-12T09:30"),
        ("On Tuesday, the two leaders met at 4 p.m. in Brussels.", "4 p.m.", "2013-07-16T16:00"),
    ],
)
def test_sentence_opened_by_a_day_holds_its_clock_times(text: str, words: str, value: str) -> None:
    assert value_of(text, words) == value


def test_clock_time_after_a_day_in_mid_sentence_stays_on_the_dct() -> None:
    assert value_of("Talks ended on Tuesday and the markets opened at 9 a.m.", "9 a.m.") == "2013-07-17T09:00"


# ---------------------------------------------------------------- "until 5 p.m. on Aug. 30": the day after it


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Nominations are open from Aug. 1 until 5 p.m. on Aug. 30.", "5 p.m.", "2013-08-30T17:00"),
        ("Hearings continue from Sept. 9 until noon on Sept. 13.", "noon", "2013-09-13T12:00"),
        ("Voting lasts from Monday until 8 p.m. on Wednesday.", "8 p.m.", "2013-07-17T20:00"),
    ],
)
def test_range_end_clock_keeps_the_day_after_it(text: str, words: str, value: str) -> None:
    assert value_of(text, words) == value


# ---------------------------------------------------------------- "in '51": a two-digit year told in the past


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("He formed his first band in '51 and toured Europe.", "'51", "1951"),
        ("She graduated in '48 and joined the navy.", "'48", "1948"),
        ("The pier was destroyed in a storm in Oct. '55.", "Oct. '55", "1955-10"),
    ],
)
def test_two_digit_year_in_the_past_is_the_last_century(text: str, words: str, value: str) -> None:
    assert value_of(text, words, dt.date(2012, 11, 26)) == value


def test_two_digit_year_ahead_without_a_past_verb_stays_near() -> None:
    assert value_of("The club hopes to host the games in '24.", "'24", dt.date(2012, 11, 26)) == "2024"


# ---------------------------------------------------------------- a timetable's clock time before its day


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The first of the new ferries leaves Dover at 6:15 a.m. on Sunday.", "Sunday", "2013-07-21"),
        ("The minister flies to Tokyo at 10:30 p.m. on Friday.", "Friday", "2013-07-19"),
        ("The night bus departs at 11:45 p.m. on Saturday.", "Saturday", "2013-07-20"),
    ],
)
def test_timetable_verb_reaches_past_a_clock_time(text: str, words: str, value: str) -> None:
    assert value_of(text, words) == value


# ---------------------------------------------------------------- "forecasters expect rain on Friday": a day ahead


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Forecasters expect heavy rain on Friday.", "Friday", "2013-07-19"),
        ("Analysts expect a decision from the central bank Thursday.", "Thursday", "2013-07-18"),
        ("Organisers expect 20,000 runners on Sunday.", "Sunday", "2013-07-21"),
    ],
)
def test_expectation_of_a_day_lies_ahead(text: str, words: str, value: str) -> None:
    assert value_of(text, words) == value


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Investors did not expect the cut on Tuesday.", "Tuesday", "2013-07-16"),
        ("Police expect that the suspect fled on Monday.", "Monday", "2013-07-15"),
    ],
)
def test_expectation_about_a_past_day_stays_back(text: str, words: str, value: str) -> None:
    assert value_of(text, words) == value


# ---------------------------------------------------------------- "the season ends on May 11": a timetable's date


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The season ends on May 11.", "May 11", "2014-05-11"),
        ("The exhibition closes on May 4, after a record run.", "May 4", "2014-05-04"),
        ("The court hears the appeal on Feb. 12.", "Feb. 12", "2014-02-12"),
    ],
)
def test_timetable_in_the_present_puts_a_date_ahead(text: str, words: str, value: str) -> None:
    assert value_of(text, words) == value


def test_timetable_told_in_the_past_stays_back() -> None:
    assert value_of("The season ended on May 11.", "May 11") == "2013-05-11"


# ---------------------------------------------------------------- "slept from June until Jan. 20": a span over


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The probe spent 31 months in hibernation from June 2011 until Jan. 20.", "Jan. 20", "2014-01-20"),
        ("The mine was closed from 2012 until Dec. 3.", "Dec. 3", "2013-12-03"),
        ("Two reactors stood idle from March 2010 until Feb. 1.", "Feb. 1", "2014-02-01"),
    ],
)
def test_past_span_end_lies_back(text: str, words: str, value: str) -> None:
    assert value_of(text, words, dt.date(2014, 11, 13)) == value


def test_deferral_from_one_date_until_another_looks_ahead() -> None:
    assert value_of("The council moved the vote from November until Jan. 15.", "Jan. 15", dt.date(2014, 11, 13)) == (
        "2015-01-15"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The rainy season normally ends in May.",
        "The fishing fleet usually leaves port in April.",
        "The monsoon ends in March in most years.",
    ],
)
def test_month_after_a_present_verb_stays_back(text: str) -> None:
    month = next(t.value for t in tag(text, WED) if t.type == "DATE")
    assert month < "2013-07"


# ---------------------------------------------------------------- "a week ago Monday": weeks from a weekday


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The bill passed the Senate a week ago Monday.", "a week ago Monday", "2013-07-08"),
        ("Her son was last seen two weeks ago Tuesday.", "two weeks ago Tuesday", "2013-07-02"),
        ("The retrial opens a week from Thursday.", "a week from Thursday", "2013-07-25"),
        ("The ballots are due three weeks from next Monday.", "three weeks from next Monday", "2013-08-12"),
    ],
)
def test_weeks_counted_from_a_weekday_are_one_day(text: str, words: str, value: str) -> None:
    assert value_of(text, words) == value


def test_week_ago_then_a_weekday_after_a_comma_stay_apart() -> None:
    assert value_of("He arrived a week ago, on Monday.", "a week ago") == "2013-W28"


# ---------------------------------------------------------------- "the warning is valid until Friday": a state ahead


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The storm warning is valid until Friday.", "Friday", "2013-07-19"),
        ("The coast road remains closed until Saturday.", "Saturday", "2013-07-20"),
        ("The flood alert stays in place until 6 p.m. Friday.", "6 p.m. Friday", "2013-07-19T18:00"),
        ("A smog warning was issued, valid until Sunday.", "Sunday", "2013-07-21"),
    ],
)
def test_state_in_the_present_lasts_until_a_day_ahead(text: str, words: str, value: str) -> None:
    assert value_of(text, words) == value


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The store was closed until Monday.", "Monday", "2013-07-15"),
        ("The bridge was not reopened until Monday.", "Monday", "2013-07-15"),
    ],
)
def test_state_in_the_past_until_a_day_stays_back(text: str, words: str, value: str) -> None:
    assert value_of(text, words) == value


# ---------------------------------------------------------------- "the wettest May on record": a ranked month


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Britain had its driest May in 50 years.", "May", "2013-05"),
        ("It was the warmest March for a century.", "March", "2013-03"),
        ("Car dealers reported the busiest May since 2007.", "May", "2013-05"),
    ],
)
def test_month_after_a_superlative_is_a_month(text: str, words: str, value: str) -> None:
    assert value_of(text, words) == value


@pytest.mark.parametrize(
    "text",
    [
        "The interest May pays on the loan is low.",
        "The protest May organised drew crowds.",
        "The harvest May brings is small.",
    ],
)
def test_noun_in_est_before_may_is_no_superlative(text: str) -> None:
    assert value_of(text, "May") is None


# ---------------------------------------------------------------- "polls open at 7 a.m. on Sunday": a timetable


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Kick-off is at 7:45 p.m. on Saturday.", "Saturday", "2013-07-20"),
        ("The ceremony is at noon on Friday.", "Friday", "2013-07-19"),
        ("Polls open at 7 a.m. on Sunday.", "Sunday", "2013-07-21"),
        ("Doors open at 6 p.m. on Friday.", "6 p.m.", "2013-07-19T18:00"),
        ("Polling stations close at 9 p.m. on Saturday.", "Saturday", "2013-07-20"),
    ],
)
def test_timetable_at_a_clock_time_on_a_day_lies_ahead(text: str, words: str, value: str) -> None:
    assert value_of(text, words) == value


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The hearing was at 10 a.m. on Monday.", "Monday", "2013-07-15"),
        ("The border stayed open on Monday.", "Monday", "2013-07-15"),
        ("It was a close race on Tuesday.", "Tuesday", "2013-07-16"),
    ],
)
def test_past_timetable_or_adjective_stays_back(text: str, words: str, value: str) -> None:
    assert value_of(text, words) == value
