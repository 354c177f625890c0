"""A rule's anchor only saves time: scanning the windows around its anchor words finds exactly what scanning the
whole text finds.  A pattern edited so that it can match without its anchor word fails here."""

from __future__ import annotations

import pytest

from timelinekg.nlp.timex import RULES
from timelinekg.nlp.timex.grammar import anchored_matches

TEXTS = [
    "The ministry said on Tuesday, March 4, 2025, that talks would resume on the 12th and end by 14-16 April.",
    "SEOUL, Aug. 21 (Yonhap) -- Officials met at 10:35 a.m. (0135 GMT) and again at 7 pm, then at noon on FRIDAY.",
    "Sales in the 1998 second quarter rose; the same period a year ago they fell, as in fiscal 1997-98 and '96.",
    "The temple was built in 490 BC, rebuilt in AD 79 and again in nineteen ninety-six, or the year two thousand.",
    "By year-end the firm expects weekend trading; it reported the full year ended June 30 a year earlier.",
    "Earlier in the year, the week before last, TODAY and This Weekend, the day after the vote, midday and midnight.",
    "He arrived the 3rd and left on 04/07/2019; the 2019-05-01 filing, the quarter's end and the latest period.",
    "In mid-1990s deals, early 2003 and late Sept. 9, workers met every Monday, on Mondays, and last December.",
    "Year-earlier profit in the fiscal year ending in June 2024 fell, as it did the week's start, on the 12th.",
    "NOVEMBER 2 2024: MONDAY MORNING THE YEAR'S END CAME A YEAR AGO, THE QUARTER AFTER THE WEEK OF MAY 5.",
    "Results for fiscal '96 were weak, as in Oct. '87 and FY '91.",
]


@pytest.mark.parametrize("rule", [r for r in RULES if r.anchor is not None], ids=lambda r: r.name)
def test_anchor_windows_find_every_match(rule: object) -> None:
    for text in TEXTS:
        whole = [(m.start(), m.end()) for m in rule.pattern.finditer(text)]  # type: ignore[attr-defined]
        windows = [(m.start(), m.end()) for m in anchored_matches(rule, text)]  # type: ignore[arg-type]
        assert windows == whole, text


def test_the_rules_that_scanned_the_whole_text_have_anchors() -> None:
    unanchored = {r.name for r in RULES if r.anchor is None}
    assert not unanchored & {"calendar_day", "month", "month_year", "year", "weekday", "time", "numeric_date"}
