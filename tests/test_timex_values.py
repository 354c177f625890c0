"""Value decisions of the tagger: the conventions it learns from the tbaq dev part (``learned_values.tsv``), the
cues that put a weekday or month ahead, and what a count anchors to."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from timelinekg.nlp.timex import lexicon as lx
from timelinekg.nlp.timex import tag

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
THURSDAY = dt.date(2031, 6, 12)


def values(text: str, dct: dt.date = THURSDAY, mode: str = "news") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct, mode)]


def test_clear_majority_needs_enough_uses_and_a_clear_share() -> None:
    assert lx.clear_majority(128, 4) is True
    assert lx.clear_majority(4, 128) is False
    assert lx.clear_majority(7, 4) is None  # too close to call
    assert lx.clear_majority(3, 0) is None  # too few uses


def test_learned_values_hold_the_weekday_and_day_part_counts() -> None:
    learned = lx.learned_values()
    # without a cue a bare weekday lies on or before the DCT, clearly
    assert lx.clear_majority(learned[("weekday_direction", "none")]["before"], 5) is True
    assert {decision for decision, _ in learned} == {"day_part", "weekday_direction", "quarter_ended_clash"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Immigration officials postponed until Tuesday any action on the case.", "2031-06-17"),
        ("The court adjourned the hearing to Monday, lawyers said.", "2031-06-16"),
        ("The board has delayed the vote until Wednesday.", "2031-06-18"),
        ("Regulators extended the deadline to Friday.", "2031-06-13"),
    ],
)
def test_a_weekday_a_time_is_moved_to_lies_ahead(text: str, expected: str) -> None:
    assert [v for _, v in values(text)] == [expected]


def test_a_weekday_after_until_alone_still_looks_back() -> None:
    # "not until Tuesday" tells when something past happened
    assert values("It was not until Tuesday that the ministry answered.") == [("Tuesday", "2031-06-10")]


def test_a_weekday_morning_keeps_its_part_while_the_counts_cannot_tell() -> None:
    assert values("The fire was put out Wednesday morning.") == [("Wednesday morning", "2031-06-11TMO")]
    assert values("Talks resumed on Monday evening.") == [("Monday evening", "2031-06-09TEV")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fire broke out Tuesday night in a warehouse.", ("Tuesday night", "2031-06-10")),
        ("Gunmen opened fire on a bus late Sunday night, police said.", ("late Sunday night", "2031-06-08")),
        ("Saturday night's debate turned on taxes.", ("Saturday night", "2031-06-07")),
        ("The two men were seen on the night of Friday, June 6.", ("the night of Friday, June 6", "2031-06-06")),
    ],
)
def test_a_named_night_is_the_day_in_news(text: str, expected: tuple[str, str]) -> None:
    # the tbaq dev part values a named day's night as the day 7 times in 11 (``_PLAIN_ON_MAJORITY``)
    assert values(text)[0] == expected


def test_a_named_night_keeps_its_part_in_narratives() -> None:
    assert values("The fire broke out Tuesday night.", mode="narrative") == [("Tuesday night", "2031-06-10TNI")]


def test_learned_values_file_is_reproducible() -> None:
    if not (SHARED / "data" / "dev" / "tbaq").exists():
        pytest.skip("shared tbaq data not available")
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "learn_timex_values.py")], capture_output=True, text=True, check=True
    ).stdout
    assert out == (ROOT / "src" / "timelinekg" / "nlp" / "timex" / "learned_values.tsv").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoy is expected to arrive in Cairo Friday.", "2031-06-13"),
        ("The summit, slated for Tuesday, will go ahead.", "2031-06-17"),
        ("A curfew takes effect Monday across the province.", "2031-06-16"),
        ("The tender offer expires Friday, the company said.", "2031-06-13"),
        ("The president arrives Saturday in Lagos.", "2031-06-14"),
        ("The president arrived Saturday in Lagos.", "2031-06-07"),
        ("Rebels are poised to enter the capital on Saturday.", "2031-06-14"),
        # a plan told in the past tense stays where the verb puts it
        ("The summit had been slated for Tuesday but was called off.", "2031-06-10"),
    ],
)
def test_firm_future_cues_put_a_weekday_ahead(text: str, expected: str) -> None:
    assert [v for _, v in values(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a timetable in the simple present names a day ahead
        ("Clinton and Yeltsin meet Monday in Moscow.", "2031-06-16"),
        ("The board meets again on Tuesday to weigh the bid.", "2031-06-17"),
        ("The prime minister visits Berlin on Friday.", "2031-06-13"),
        ("The Senate votes Wednesday on the budget.", "2031-06-18"),
        ("The deadline is Saturday.", "2031-06-14"),
        ("Talks resume Monday in Geneva.", "2031-06-16"),
        ("Schools reopen Monday after the storm.", "2031-06-16"),
        ("The defendants face trial Monday.", "2031-06-16"),
        # a plan told with "would" in reported speech lies after the report
        ("Aides said the minister would fly to Paris Tuesday.", "2031-06-17"),
        ("The union said its members would return to work on Monday.", "2031-06-16"),
        ("He told reporters the panel would hear testimony Wednesday.", "2031-06-18"),
        # past verbs, nouns, possessives, refusals and a verb after "to" keep the day behind
        ("The board met Tuesday.", "2031-06-10"),
        ("Officials who visit the camp said Monday the water was unsafe.", "2031-06-09"),
        ("They said they would appeal Wednesday's ruling.", "2031-06-11"),
        ("The company said Monday it would cut jobs.", "2031-06-09"),
        ("A spokesman would not comment Monday.", "2031-06-09"),
        ("The visits Monday drew crowds.", "2031-06-09"),
        ("The committee failed to meet on Monday.", "2031-06-09"),
        ("Officials decided to hold the vote Monday.", "2031-06-09"),
        ("Prices have fallen since Monday.", "2031-06-09"),
    ],
)
def test_a_present_timetable_or_a_reported_plan_puts_a_weekday_ahead(text: str, expected: str) -> None:
    assert [v for _, v in values(text)] == [expected]


def test_a_month_slated_ahead_is_the_coming_one() -> None:
    assert values("The vote is slated for February.", dt.date(2031, 11, 3)) == [("February", "2032-02")]


def test_weeks_counted_from_a_month_stay_a_length_after_the_event() -> None:
    found = tag("The strike began in October. Three weeks later, talks resumed.", THURSDAY)
    later = found[-1]
    assert (later.text, later.type, later.value, later.relation) == ("Three weeks later", "DURATION", "P3W", "after")
    # from a named day the week is on the calendar
    assert values("The strike began on Oct. 2, 2030. A week later, talks resumed.")[-1] == ("A week later", "2030-W41")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Car sales in March fell 4% from the same month last year.", ("the same month last year", "2030-03")),
        (
            "Shoppers spent $2 billion on Nov. 28, up from the same day a year earlier.",
            ("the same day a year earlier", "2029-11-28"),
        ),
        (
            "Traffic in the week of May 5 was up on the corresponding week last year.",
            ("the corresponding week last year", "2030-W19"),
        ),
        ("Prices in May rose from the same month a year ago.", ("the same month a year ago", "2030-05")),
    ],
)
def test_the_same_unit_last_year_is_the_unit_last_named_a_year_before(text: str, expected: tuple[str, str]) -> None:
    assert values(text)[-1] == expected


def test_the_full_year_named_with_its_year_is_that_year() -> None:
    assert values("For the full year 2029, the carmaker lost $3 billion.") == [("the full year 2029", "2029")]


def test_the_end_of_a_period_reported_on_is_no_deadline() -> None:
    # "to" after a period is where the reported period ends: the past verb decides, as it does without it
    november = dt.date(2031, 11, 20)
    # "the year to March" is a twelve-month period, as "the year ended March 31" (round fifteen)
    assert values("Exports rose 4% in the year to March.", november) == [("the year", "P1Y"), ("March", "2031-03")]
    assert values("The ban was extended to March.", november) == [("March", "2032-03")]


def test_the_quarter_ended_on_a_day_is_the_calendar_quarter_ending_then() -> None:
    text = "The chain earned $3 million in the third quarter. For the quarter ended Sept. 30, sales rose."
    assert values(text, dt.date(2031, 10, 20)) == [
        ("the third quarter", "2031-Q3"),
        ("the quarter", "2031-Q3"),
        ("Sept. 30", "2031-09-30"),
    ]
    ahead = "Results for the quarter ending in December will be released in February."
    assert values(ahead, dt.date(2031, 11, 20))[0] == ("the quarter", "2031-Q4")


def test_a_timetable_in_the_present_puts_a_month_ahead() -> None:
    assert values("The new session opens in April.", dt.date(2031, 11, 3)) == [("April", "2032-04")]
    assert values("The new session opened in April.", dt.date(2031, 11, 3)) == [("April", "2031-04")]


def test_a_quarter_ended_against_the_fiscal_label_leaves_the_number_open() -> None:
    # the fiscal label (first) and the calendar (third) disagree: the tbaq dev part writes 2031-QX 2 times in 3
    text = (
        "The chain earned $3 million in its fiscal first quarter. For the quarter ended Sept. 30, sales rose to "
        "$90 million from $80 million a year earlier. Margins in the quarter improved."
    )
    assert values(text, dt.date(2031, 10, 20)) == [
        ("fiscal first quarter", "2031-Q1"),
        ("the quarter", "2031-QX"),
        ("Sept. 30", "2031-09-30"),
        ("a year earlier", "2030-QX"),
        ("the quarter", "2031-Q1"),
    ]
    # a quarter named again closes it: "a year ago" compares with that quarter
    again = text + " Second-quarter sales fell from a year ago."
    assert values(again, dt.date(2031, 10, 20))[-2:] == [("Second-quarter", "2031-Q2"), ("a year ago", "2030-Q2")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trading was thin on June 4, the day before the election, brokers said.", ("the day", "2031-06-04")),
        ("The envoy landed on Tuesday, the day after the ceasefire began.", ("the day", "2031-11-04")),
        ("The strike ended on March 9, 2031, the day before the deadline.", ("the day", "2031-03-09")),
    ],
)
def test_the_day_before_in_apposition_is_the_day_just_named(text: str, expected: tuple[str, str]) -> None:
    assert values(text, dt.date(2031, 11, 10))[-1] == expected


def test_the_day_before_after_a_full_stop_still_counts_from_the_day_named() -> None:
    text = "The envoy landed on Tuesday. The day after the ceasefire began, he left."
    assert values(text, dt.date(2031, 11, 10))[-1] == ("The day", "2031-11-05")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry leaves on Monday and Thursday nights from May.", ("Monday", "SET", "XXXX-WXX-1TNI")),
        ("The market opens Saturday or Sunday mornings in summer.", ("Saturday", "SET", "XXXX-WXX-6TMO")),
        # a single part after the second weekday is one night: the first weekday stays a day
        ("He arrived Monday and left Tuesday night.", ("Monday", "DATE", "2031-06-09")),
    ],
)
def test_a_weekday_joined_to_a_plural_part_shares_it(text: str, expected: tuple[str, str, str]) -> None:
    first = tag(text, THURSDAY)[0]
    assert (first.text, first.type, first.value) == expected
