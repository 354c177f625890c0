"""Dates written with dashes, and seasons that name a kind of thing (session 28, the lead), told in our own wording
about other stories than the probe where each class was seen.

1. Day, month and year joined by dashes, "On 13-08-2026", as Latin American, Indian, Dutch and Portuguese official
   writing does (probe29's Chilean regulator's resolution and blockade): the tagger found nothing, so the events kept
   only their report's day as a bound and stayed apart from the same acts told with words.  A dashed date follows
   the slashed ones' rule: a day no month can be ("13-08-2026") decides the order of every numeric date of its text.
   Guards: a phone number, a case number or a score is no date.
2. A season right before a noun with no article of its own, "a winter storm", "summer camps", "spring floods", names
   a kind of storm, camp or flood, not the season of the year: "a winter storm tore apart the pens late on Sunday"
   was dated to the whole northern winter instead of Sunday (probe29; a July "summer camp" or an August "winter
   storm" in Chile is the same class).  Guards: "the summer heatwave", "last winter's storms", "winter 2025" and a
   season alone ("in winter", "Spring came early") stay times.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract_support import dated_events, dates_of
from timelinekg.nlp.timex import tag

D = dt.date


def _values(text: str, dct: dt.date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct, "news")]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "On 13-08-2026 a group of farmers blocked the road to the mill.",
            D(2026, 8, 19),
            ("13-08-2026", "2026-08-13"),
        ),
        (
            "The tribunal heard the case on 22-09-2025 and, by an order of 03-10-2025, closed the factory.",
            D(2025, 10, 9),
            ("03-10-2025", "2025-10-03"),
        ),
        (
            "Het college besloot op 28-02-2026; the decree of 05-03-2026 took effect at once.",
            D(2026, 3, 9),
            ("05-03-2026", "2026-03-05"),
        ),
        ("The notice dated 5-6-2026 came from the county clerk.", D(2026, 6, 20), ("5-6-2026", "2026-05-06")),
        (
            "The shipment cleared customs on 11-30-2025, the importer said.",
            D(2025, 12, 4),
            ("11-30-2025", "2025-11-30"),
        ),
    ],
)
def test_a_dashed_date_is_found_in_its_texts_order(text: str, dct: dt.date, expected: tuple[str, str]) -> None:
    assert expected in _values(text, dct)


@pytest.mark.parametrize(
    "text",
    [
        "Call the hotline on 555-12-2026 for details.",
        "Case 14-07-2026-B was adjourned.",
        "The match ended 13-08 after extra time.",
        "Order number 4411-09-2026 was shipped.",
    ],
)
def test_numbers_joined_by_dashes_are_no_date(text: str) -> None:
    assert not [v for _, v in _values(text, D(2026, 8, 1)) if v.startswith("2026-")]


@pytest.mark.parametrize(
    ("text", "dct", "season"),
    [
        ("A winter storm tore apart the pens late on Sunday.", D(2026, 8, 19), "winter"),
        ("Organisers cancelled two summer camps after the outbreak on Friday.", D(2026, 7, 10), "summer"),
        ("Spring floods cut the railway near the border on Monday.", D(2026, 4, 22), "Spring"),
        ("The firm showed its autumn collection in Milan on Thursday.", D(2026, 9, 25), "autumn"),
    ],
)
def test_a_season_naming_a_kind_of_thing_is_no_date(text: str, dct: dt.date, season: str) -> None:
    assert season not in [t for t, _ in _values(text, dct)]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("The summer heatwave killed 30 people.", D(2026, 8, 1), ("The summer", "2026-SU")),
        ("Last winter's storms closed the port.", D(2026, 8, 1), ("Last winter", "2025-WI")),
        ("Turnout fell in winter 2025, the board said.", D(2026, 8, 1), ("winter 2025", "2025-WI")),
        ("Prices rose in winter, the survey found.", D(2026, 8, 1), ("winter", "2025-WI")),
        ("Spring came early to the valley, farmers said.", D(2026, 8, 1), ("Spring", "2026-SP")),
    ],
)
def test_a_season_of_the_year_stays_a_time(text: str, dct: dt.date, expected: tuple[str, str]) -> None:
    assert expected in _values(text, dct)


def test_a_dashed_resolution_dates_its_act() -> None:
    article = (
        "By Resolution of 11-08-2026 the fisheries service ordered the company to execute its recapture plan. "
        "On 13-08-2026 a group of farmers blocked the access to the company's plant in Valdivia."
    )
    assert dates_of(article, D(2026, 8, 19), "ordered") == (D(2026, 8, 11), D(2026, 8, 11))
    assert dates_of(article, D(2026, 8, 19), "blocked") == (D(2026, 8, 13), D(2026, 8, 13))


def test_a_kind_of_storm_leaves_the_day_to_date_it() -> None:
    article = "A winter storm tore apart a cluster of net pens late on Sunday, releasing thousands of fish."
    assert dates_of(article, D(2026, 8, 19), "tore") == (D(2026, 8, 16), D(2026, 8, 16))


# 3. the order by which an act is done is that act
@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("By resolution of 11 August 2026 the fisheries service ordered the company to recapture the fish.", "ordered"),
        ("Under a ruling of 5 August, the court froze the assets of the mining firm.", "froze"),
        ("In an order dated March 3, the judge barred the union from picketing the depot.", "barred"),
        ("Through a decree published on Friday, the government dissolved the city council of Oruro.", "dissolved"),
        (
            "By a decision of 2 June the regional authority suspended the licence of the landfill near Setúbal.",
            "suspended",
        ),
    ],
)
def test_the_order_an_act_is_done_by_is_no_second_event(text: str, act: str) -> None:
    events = dated_events(text, D(2026, 9, 1))
    assert len(events) == 1, events
    assert act in events[0][0]


@pytest.mark.parametrize(
    "text",
    [
        # a statement about the ruling: the ruling is the news
        "In a ruling on Monday, the court said the ban was unlawful.",
    ],
)
def test_an_order_beside_a_statement_stays_an_event(text: str) -> None:
    assert len(dated_events(text, D(2026, 9, 1))) == 2


def test_an_older_law_an_act_rests_on_does_not_date_it() -> None:
    assert dates_of("Under a 2019 decree, police arrested the editor on Tuesday.", D(2026, 9, 3), "arrested") == (
        D(2026, 9, 1),
        D(2026, 9, 1),
    )
