"""Classes of the tagger found in our own sentences of present-day news (session 32, the lead), each told in varied
wording about several stories first.

1. A dotted date written with a space after each dot, as Czech, Slovak, Polish and German officials write them
   ("On 30. 11. 2026 the club appealed", "ze dne 4. 2. 2026").  Only the year was read; now the whole day is.
2. A day counted on from the story after a plan ahead of it: "Police broke up the march on Wednesday; the trial was
   put off to May. The company answered the following morning."  The month ahead became the point to count from, so
   "the following morning" had no day and was left a length; it counts from the day the story last told instead.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timelinekg.nlp.timex import tag

D = dt.date


def _values(text: str, dct: dt.date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct, "news")}


VALUE_CASES = [
    # 1. dotted dates with a space after each dot
    ("On 30. 11. 2026 the club filed an appeal with the court.", D(2026, 12, 2), {"30. 11. 2026": "2026-11-30"}),
    ("The regional office issued its decision of 4. 2. 2026 late.", D(2026, 2, 20), {"4. 2. 2026": "2026-02-04"}),
    (
        "The strike began on 2.3.2026 and ended on 13. 3. 2026, the union said.",
        D(2026, 3, 20),
        {"2.3.2026": "2026-03-02", "13. 3. 2026": "2026-03-13"},
    ),
    (
        "Ministerstvo confirmed on 17. 9. 2025 that the tender was cancelled.",
        D(2025, 9, 30),
        {"17. 9. 2025": "2025-09-17"},
    ),
    # 2. a day counted on from the story, past a plan ahead of it
    (
        "Rebels shelled the town on Monday. Talks were put off until June. The army answered the next day with air "
        "strikes.",
        D(2026, 3, 12),
        {"Monday": "2026-03-09", "June": "2026-06", "the next day": "2026-03-10"},
    ),
    (
        "The court heard the case on Thursday and adjourned it to September. The men were released the following "
        "morning.",
        D(2026, 4, 10),
        {"Thursday": "2026-04-09", "September": "2026-09", "the following morning": "2026-04-10TMO"},
    ),
    (
        "The ministry met the unions on Friday and promised a decision by next year. The unions called a strike the "
        "following day.",
        D(2026, 5, 20),
        {"Friday": "2026-05-15", "next year": "2027", "the following day": "2026-05-16"},
    ),
    (
        "Fire crews reached the valley on 3 July; the road will stay closed until August. Evacuations began the "
        "following evening.",
        D(2026, 7, 8),
        {"3 July": "2026-07-03", "the following evening": "2026-07-04TEV"},
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), VALUE_CASES)
def test_values(text: str, dct: dt.date, expected: dict[str, str]) -> None:
    values = _values(text, dct)
    assert {key: values.get(key) for key in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        # a numbered list and a decimal are no dates
        "Points 1. 2. and 3. of the agreement were signed.",
        "The index rose 3. 5 2026 shares changed hands.",
    ],
)
def test_dotted_numbers_that_are_no_dates(text: str) -> None:
    assert not any(value.count("-") == 2 for value in _values(text, D(2026, 3, 1)).values())


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a month in the past is the story's own time: a day after it has no day to count from
        ("In May the factory closed. The following day workers gathered outside.", D(2026, 9, 1), "P1D"),
    ],
)
def test_day_after_a_past_month_stays_a_length(text: str, dct: dt.date, expected: str) -> None:
    assert _values(text, dct).get("The following day") == expected
