"""Classes of the tagger found in our own sentences of present-day news (session 31, the lead), each told in varied
wording about several stories first.

1. An ordinal weekday of a month: "the first Sunday of April", "the second Tuesday in November", "the last Friday
   of next month".  The weekday was resolved alone, near the DCT (a wrong day, weeks from the one meant), and the
   month apart; now the phrase is one expression, the day the calendar gives, in the year the month would take.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timelinekg.nlp.timex import tag

D = dt.date


def _values(text: str, dct: dt.date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct, "news")}


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Voters go to the polls on the first Sunday of April.",
            D(2026, 3, 11),
            {"the first Sunday of April": "2026-04-05"},
        ),
        (
            "The vote will fall on the second Tuesday in November.",
            D(2026, 3, 11),
            {"the second Tuesday in November": "2026-11-10"},
        ),
        (
            "The festival opens on the last Saturday of June 2027, organisers said.",
            D(2026, 3, 11),
            {"the last Saturday of June 2027": "2027-06-26"},
        ),
        (
            "The deadline was the first Monday in March, and few firms met it.",
            D(2026, 3, 11),
            {"the first Monday in March": "2026-03-02"},
        ),
        (
            "Talks will resume on the third Wednesday of next month in Geneva.",
            D(2026, 3, 11),
            {"the third Wednesday of next month": "2026-04-15"},
        ),
        (
            "Lawmakers last met on the final Thursday of last month.",
            D(2026, 3, 11),
            {"the final Thursday of last month": "2026-02-26"},
        ),
        (
            "The board meets on the fourth Friday of May 2026 to approve the accounts.",
            D(2026, 3, 11),
            {"the fourth Friday of May 2026": "2026-05-22"},
        ),
        (
            "The strike began on the 2nd Monday of January and lasted a week.",
            D(2026, 3, 11),
            {"the 2nd Monday of January": "2026-01-12"},
        ),
    ],
)
def test_ordinal_weekday_of_a_month_is_one_day(text: str, dct: dt.date, expected: dict[str, str]) -> None:
    assert expected.items() <= _values(text, dct).items()


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
