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


# 4. dates and clock times that European, Asian and Latin American writers and their translators write
@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a day before an abbreviated month, with or without an abbreviated weekday (wire slugs, newsletters)
        ("The union walked out on 14 Sep over the pay offer.", D(2026, 9, 20), ("14 Sep", "2026-09-14")),
        ("**Wed 3 Jun - talks collapse.** The mediators left Lusaka.", D(2026, 6, 10), ("Wed 3 Jun", "2026-06-03")),
        ("Sat, 7 Feb: the ferry ran aground off Skye.", D(2026, 2, 9), ("Sat, 7 Feb", "2026-02-07")),
        # the year first, with dots or slashes (Korean, Chinese, Japanese, Hungarian and Sri Lankan releases)
        (
            "The exam, cancelled on 2026.03.11 after the leak, will be held again.",
            D(2026, 3, 20),
            ("2026.03.11", "2026-03-11"),
        ),
        ("On 2026.05.04. at 09:10 the inspectors sealed the warehouse.", D(2026, 5, 6), ("2026.05.04", "2026-05-04")),
        ("The agency imposed the fine on 2026/10/02, its notice said.", D(2026, 10, 9), ("2026/10/02", "2026-10-02")),
        # a weekday beside a numeric day and month: the reading whose day is that weekday
        ("Five sailors were detained on Tuesday (2/6) near Kupang.", D(2026, 6, 8), ("2/6", "2026-06-02")),
        ("The company said yesterday (3/24) that it would pay.", D(2026, 3, 25), ("3/24", "2026-03-24")),
        ("On Friday (3/20) the agency identified the debris.", D(2026, 3, 25), ("3/20", "2026-03-20")),
        ("The rescuers reached the crash site on Thursday 19/03 at dawn.", D(2026, 3, 25), ("19/03", "2026-03-19")),
        ("Police raided the depot on Sunday (10/5/2026) before dawn.", D(2026, 5, 12), ("10/5/2026", "2026-05-10")),
        # a clock with a dot, as British, Indonesian and Nordic writers set it, when a zone or a day follows it
        (
            "The ambassador was received at 10.00 WIB by the director general.",
            D(2026, 6, 8),
            ("10.00", "2026-06-08T10:00"),
        ),
        ("The alarm went off at around 7.30 on Sunday morning.", D(2026, 3, 18), ("7.30", "2026-03-15T07:30")),
        ("At 4.25 in the morning the sky lit up over the ranch.", D(2026, 3, 19), ("4.25", "2026-03-19T04:25")),
        # a clock told in hours, as military, police and Latin American statements write it
        ("The plane took off at 22:40 hours local time.", D(2026, 11, 18), ("22:40 hours", "2026-11-18T22:40")),
        (
            "Work stopped with effect from 14:00 hours on 11.02.2026.",
            D(2026, 2, 18),
            ("14:00 hours", "2026-02-11T14:00"),
        ),
    ],
)
def test_dates_and_clocks_of_other_writers_are_found(text: str, dct: dt.date, expected: tuple[str, str]) -> None:
    # a dotted clock takes its day as one written with a colon does ("at 7:30 on Sunday morning": Sunday's, which
    # the part of the day carries since session 29; before, the DCT's)
    assert expected in _values(text, dct)


@pytest.mark.parametrize(
    ("text", "not_a_time"),
    [
        ("The stock closed at 10.71 euros, well below the offer.", "10.71"),
        ("The shares closed at 9.45 on Thursday, up 3%.", "9.45"),
        ("Turnout was 71.86 percent in 2024.", "71.86"),
        ("The vote passed 2/3 of the members on Monday.", "2/3"),
        ("The rebels held out for 22 hours before the army came.", "22:40 hours"),
        ("See https://example.test/2026/11/06/story for details.", "2026/11/06"),
        ("Version 2026.1.2 of the app shipped on Monday.", "2026.1.2"),
    ],
)
def test_numbers_like_clocks_or_dates_are_not(text: str, not_a_time: str) -> None:
    assert not any(not_a_time in t for t, _ in _values(text, D(2026, 3, 25)))
