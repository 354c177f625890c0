"""Classes of expressions the tagger round of issue 13 (helper tagger3) checked with its own sentences: each test
names the class, not a development text."""

from __future__ import annotations

import datetime as dt

import pytest

from timelinekg.nlp.timex import tag

# a Wednesday early in the year, so that months late in the year lie far ahead of it
EARLY_SPRING = dt.date(2033, 3, 9)


def values(text: str, dct: dt.date = EARLY_SPRING, mode: str = "news") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct, mode)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "until" after a past verb ends what is over: the date lies back, not a year ahead
        ("The walkout lasted until Jan. 22.", [("Jan. 22", "2033-01-22")]),
        ("Fighting went on till Feb. 14, witnesses said.", [("Feb. 14", "2033-02-14")]),
        ("The lender stayed closed from Jan. 3 until Jan. 17.", [("Jan. 3", "2033-01-03"), ("Jan. 17", "2033-01-17")]),
        # a deadline given in the past still points ahead when it is near
        ("Regulators gave the bank until May 2 to raise capital.", [("May 2", "2033-05-02")]),
        # from the present "until" looks ahead
        ("The offer stays open until Jan. 31.", [("Jan. 31", "2034-01-31")]),
        ("The plant will stay shut until December.", [("December", "2033-12")]),
    ],
)
def test_until_after_a_past_verb_is_no_future_cue(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a bare season is placed like the month it begins in
        ("Ferry services resume in the fall.", dt.date(2033, 8, 2), "2033-FA"),
        ("The museum reopened in the fall.", dt.date(2033, 8, 2), "2032-FA"),
        ("The exhibition runs through the summer.", EARLY_SPRING, "2033-SU"),
        ("Crops failed in the summer.", EARLY_SPRING, "2032-SU"),
        # the season under way is this one, whatever the tense
        ("The council will finish the repairs in the summer.", dt.date(2033, 7, 20), "2033-SU"),
        ("Heavy snow closed the pass in the winter.", dt.date(2033, 1, 20), "2032-WI"),
        # a future cue after the season has ended: the next one
        ("The firm will open a second plant in the summer.", dt.date(2033, 10, 5), "2034-SU"),
    ],
)
def test_a_bare_season_is_placed_like_a_month(text: str, dct: dt.date, expected: str) -> None:
    (found,) = tag(text, dct)
    assert found.value == expected


@pytest.mark.parametrize("mode", ["news", "narrative"])
def test_everyday_in_one_word_is_an_adjective_not_a_frequency(mode: str) -> None:
    assert values("Queues for bread became an everyday sight in the capital.", mode=mode) == []
    assert values("Shortages shaped everyday life for a decade.", mode=mode) == [("a decade", "P10Y")]
    # two words are the frequency
    assert values("The ferry sails every day.", mode=mode) == [("every day", "P1D")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Orders should stay weak through the first two quarters of 2034.",
            [("the first two quarters of 2034", "2034-H1")],
        ),
        (
            "Margins improved in the last two quarters of last year.",
            [("the last two quarters of last year", "2032-H2")],
        ),
        # without a year it is a length
        ("Margins improved in the past two quarters.", [("the past two quarters", "P2Q")]),
        ("Margins improved in the first two quarters.", [("the first two quarters", "P2Q")]),
    ],
)
def test_two_quarters_of_a_named_year_are_its_half(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_coordinated_quarters_are_two_expressions() -> None:
    autumn = dt.date(2033, 10, 20)
    assert values("Margins narrowed in the second and third quarters.", autumn) == [
        ("second", "2033-Q2"),
        ("third quarters", "2033-Q3"),
    ]
    # the year named after the pair belongs to both
    assert values("Output slipped in the first and second quarters of 2031.", autumn) == [
        ("first", "2031-Q1"),
        ("second quarters of 2031", "2031-Q2"),
    ]


def test_coordinated_quarters_of_a_habit_recur() -> None:
    found = tag("Most ski rentals typically happen in the first and fourth quarters.", dt.date(2033, 10, 20))
    assert [(t.text, t.type, t.value) for t in found] == [
        ("first", "SET", "XXXX-Q1"),
        ("fourth quarters", "SET", "XXXX-Q4"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bonuses will be bigger this year than last.", [("this year", "2033"), ("last", "2032")]),
        (
            "Bookings this month were weaker than last, the hotel said.",
            [("this month", "2033-03"), ("last", "2033-02")],
        ),
        ("Exports this quarter fell from last.", [("this quarter", "2033-Q1"), ("last", "2032-Q4")]),
        # "last" alone is no time
        ("The runner finished last.", []),
        ("The last of the rebels surrendered.", []),
    ],
)
def test_last_after_this_unit_and_a_comparison_is_the_unit_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_a_count_from_today_is_one_expression_counted_from_the_speech_time() -> None:
    assert values("The referendum is held three days from today.") == [("three days from today", "2033-03-12")]
    assert values("Five years from today the bridge will be paid off.") == [("Five years from today", "2038")]
    # "today" alone keeps its own rule
    assert values("Voting ends today.") == [("today", "2033-03-09")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Growth slowed in the second half of the 2020s.", [("the 2020s", "202")]),
        ("Strikes spread in the first half of the '80s.", [("the '80s", "198")]),
        # a year's half keeps its value
        ("Output fell in the second half of 2031.", [("the second half of 2031", "2031-H2")]),
    ],
)
def test_a_half_of_a_decade_is_no_half_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_a_year_with_an_apostrophe_s_names_the_quarter_of_that_year() -> None:
    assert values("Orders fell in 2030's fourth quarter.") == [("2030's fourth quarter", "2030-Q4")]
    assert values("Margins held up in 2031's first half.") == [("2031's first half", "2031-H1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a half or quarter of something other than a year is no part of the calendar year
        ("The second half of her term was calmer.", []),
        ("Cities grew fast in the last quarter of the 18th century.", [("the 18th century", "17")]),
        ("Rents doubled in the first half of this decade.", [("this decade", "203")]),
        # of a fiscal year named by its number: one expression
        ("The second half of fiscal 2034 should be stronger.", [("The second half of fiscal 2034", "2034-H2")]),
        ("Sales slipped in the third quarter of fiscal 2032.", [("the third quarter of fiscal 2032", "2032-Q3")]),
    ],
)
def test_a_half_or_quarter_of_what(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_set_for_schedules_ahead_unless_the_plan_is_told_in_the_past() -> None:
    assert values("The final is set for Saturday.") == [("Saturday", "2033-03-12")]
    assert values("Polls are set for June.") == [("June", "2033-06")]
    # a plan told in the past perfect looks back
    assert values("The vote, which had been set for Friday, was called off.") == [("Friday", "2033-03-04")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turnout was higher the year before last.", [("the year before last", "2031")]),
        ("The board meets the week after next.", [("the week after next", "2033-W12")]),
        ("Prices peaked the month before last.", [("the month before last", "2033-01")]),
    ],
)
def test_two_units_back_or_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_expect_in_its_base_form_looks_ahead() -> None:
    assert values("Economists expect a slowdown in the fourth quarter.") == [("the fourth quarter", "2033-Q4")]
    assert values("Traders expect a rate cut in June.") == [("June", "2033-06")]


@pytest.mark.parametrize(
    "text",
    [
        "The utility anticipates a rate increase in the fourth quarter.",
        "Forecasters predict a recovery in the fourth quarter.",
        "The partners intend to close the deal in the fourth quarter.",
        "The carrier hopes to restore service in the fourth quarter.",
        "Regulators aim to finish the review in the fourth quarter.",
    ],
)
def test_verbs_of_plan_and_forecast_look_ahead(text: str) -> None:
    assert values(text) == [("the fourth quarter", "2033-Q4")]
