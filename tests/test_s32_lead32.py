"""Classes of the tagger found in our own sentences of present-day news (session 32, the lead), each told in varied
wording about several stories first.

1. A dotted date written with a space after each dot, as Czech, Slovak, Polish and German officials write them
   ("On 30. 11. 2026 the club appealed", "ze dne 4. 2. 2026").  Only the year was read; now the whole day is.
2. A day counted on from the story after a plan ahead of it: "Police broke up the march on Wednesday; the trial was
   put off to May. The company answered the following morning."  The month ahead became the point to count from, so
   "the following morning" had no day and was left a length; it counts from the day the story last told instead.
3. Feasts of other calendars and other nations' named days: "Eid al-Fitr", "Lunar New Year", "Diwali", "Yom Kippur",
   "Anzac Day", "Waitangi Day", "Juneteenth".  None was tagged; their days now come from the `holidays` package's
   tables through scripts/learn_holiday_dates.py (learned_holidays.tsv), the year chosen by tense as for Easter.
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


FEAST_CASES = [
    ("Markets in Jakarta were shut for Eid al-Fitr.", D(2024, 4, 15), {"Eid al-Fitr": "2024-04-10"}),
    (
        "Millions travelled home before Lunar New Year, which falls next week.",
        D(2026, 2, 10),
        {"Lunar New Year": "2026-02-17"},
    ),
    ("Air quality in Delhi worsened after Diwali.", D(2025, 10, 24), {"Diwali": "2025-10-20"}),
    ("Traffic stopped across Israel on Yom Kippur.", D(2023, 9, 27), {"Yom Kippur": "2023-09-25"}),
    ("Veterans will march in Canberra on Anzac Day.", D(2026, 4, 20), {"Anzac Day": "2026-04-25"}),
    (
        "The treaty was signed again in spirit on Waitangi Day, 2025.",
        D(2026, 1, 5),
        {"Waitangi Day, 2025": "2025-02-06"},
    ),
    ("Federal offices close on Juneteenth.", D(2026, 6, 1), {"Juneteenth": "2026-06-19"}),
    ("Rallies were held on International Women's Day.", D(2026, 3, 10), {"International Women's Day": "2026-03-08"}),
    ("Pilgrims gathered a day before Eid al-Adha last year.", D(2026, 1, 10), {"Eid al-Adha": "2025-06-06"}),
]


@pytest.mark.parametrize(("text", "dct", "expected"), VALUE_CASES + FEAST_CASES)
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
    ("text", "name"),
    [
        ("Doctors at Sacred Heart Hospital treated the wounded.", "Sacred Heart"),
        ("The storm reached Corpus Christi, Texas, overnight.", "Corpus Christi"),
        ("The Diwali Sweets Company raised its prices.", "Diwali"),
    ],
)
def test_feast_names_that_name_something_else(text: str, name: str) -> None:
    assert not [key for key in _values(text, D(2026, 3, 1)) if name in key]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a month in the past is the story's own time: a day after it has no day to count from
        ("In May the factory closed. The following day workers gathered outside.", D(2026, 9, 1), "P1D"),
    ],
)
def test_day_after_a_past_month_stays_a_length(text: str, dct: dt.date, expected: str) -> None:
    assert _values(text, dct).get("The following day") == expected
