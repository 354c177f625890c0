"""Days a narrative names once and then points back to, and numeric dates a notice shows the order of (session 29,
the lead), told in our own wording about other stories than the probe where each class was seen.

1. A clock time whose day is named after it with more between than a zone: "at 06:00 local time (0400 GMT) on
   Monday", "At 21:47 on the evening of Saturday the 16th".  The clock kept the DCT's date, so the event it dated
   lay a day or more from the same act told elsewhere (probe30's strike and hoax alert).  A part of the day ("the
   evening of Saturday") first takes its day; the clock then takes the part's.
2. A weekday set off by a comma right after the day just named, "The next day, Sunday, ...", "Four days later, on
   Wednesday, ...": it names that day.  Counted from the report instead, it fell on the Sunday before the DCT, and
   "Wednesday of the following week" and "A day later" after it moved with it (probe30's column).  Guard: a list of
   weekdays ("on Friday, Saturday and Sunday") is not apposition, as the named weekday differs.
3. A notice's own date shows its numeric order: "Date of issue: 11/09/2026" on a document of 11 September is day
   first, so "07/09/2026" in it is 7 September (probe30's Ghanaian regulator's notice; Indian, British, Australian
   and West African notices write so).  The same number on a document of 9 November is month first.
4. A month and a year, "expiry date 03/2028", "valid until 11/2026": the month, not the year.  Guard: a fraction
   with a one-digit numerator ("1/2000 of a second") is no date.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timelinekg.nlp.timex import tag

D = dt.date


def _values(text: str, dct: dt.date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct, "news")}


@pytest.mark.parametrize(
    ("text", "dct", "clock", "expected"),
    [
        (
            "Dockers walked out at 05:30 local time (0330 GMT) on Monday, idling the port.",
            D(2025, 3, 5),
            "05:30",
            "2025-03-03T05:30",
        ),
        (
            "The first tremor was felt at 3:10 a.m. local time (1910 GMT) on Friday, residents said.",
            D(2025, 3, 9),
            "3:10 a.m.",
            "2025-03-07T03:10",
        ),
        (
            "At 22:15 on the evening of Saturday the 8th, sirens sounded across the valley.",
            D(2025, 3, 12),
            "22:15",
            "2025-03-08T22:15",
        ),
        (
            "The ferry capsized at 4 a.m. on the morning of Tuesday, survivors told reporters.",
            D(2025, 3, 13),
            "4 a.m.",
            "2025-03-11T04:00",
        ),
        (
            "At 11 p.m. on the night of Thursday the guards changed shifts.",
            D(2025, 3, 15),
            "11 p.m.",
            "2025-03-13T23:00",
        ),
        # unchanged: a clock with its day right after it
        ("The polls closed at 8 p.m. on Sunday.", D(2025, 3, 18), "8 p.m.", "2025-03-16T20:00"),
    ],
)
def test_a_clock_takes_the_day_named_after_it(text: str, dct: dt.date, clock: str, expected: str) -> None:
    assert _values(text, dct)[clock] == expected


@pytest.mark.parametrize(
    ("text", "dct", "weekday", "expected"),
    [
        (
            "The levee failed on 3 April. The next day, Friday, the army arrived.",
            D(2025, 4, 17),
            "Friday",
            "2025-04-04",
        ),
        (
            "The quarantine began on May 2. Four days later, on Tuesday, the first patient died.",
            D(2025, 5, 29),
            "Tuesday",
            "2025-05-06",
        ),
        (
            "Talks opened on June 9. Two days later, Wednesday, both sides walked out.",
            D(2025, 6, 27),
            "Wednesday",
            "2025-06-11",
        ),
        # a list of weekdays is no apposition: each keeps its own reading
        ("The market opens on Friday, Saturday and Sunday.", D(2025, 6, 25), "Saturday", "2025-06-21"),
        # a weekday that is not the day just named is no apposition
        (
            "The levee failed on 3 April. The next day, Monday, the army arrived.",
            D(2025, 4, 17),
            "Monday",
            "2025-04-14",
        ),
    ],
)
def test_a_weekday_in_apposition_names_the_day_just_told(text: str, dct: dt.date, weekday: str, expected: str) -> None:
    assert _values(text, dct)[weekday] == expected


def test_a_narrative_counts_on_from_the_day_the_apposition_fixed() -> None:
    text = (
        "At 19:05 on the evening of Sunday the 4th, the dam's gates opened without warning. The next day, Monday, "
        "the operator shut its control room. On Thursday of the following week engineers found the fault. A day "
        "later the operator's director resigned."
    )
    values = _values(text, D(2025, 5, 23))
    assert values["19:05"] == "2025-05-04T19:05"
    assert values["Monday"] == "2025-05-05"
    assert values["Thursday of the following week"] == "2025-05-15"
    assert values["A day later"] == "2025-05-16"


@pytest.mark.parametrize(
    ("text", "dct", "numbers", "expected"),
    [
        (
            "Notice No. 12 - Date of issue: 11/09/2026\nThe board suspended the licence on 07/09/2026.",
            D(2026, 9, 11),
            "07/09/2026",
            "2026-09-07",
        ),
        ("Issued 04/03/2025. Inspectors visited the plant on 02/03/2025.", D(2025, 3, 4), "02/03/2025", "2025-03-02"),
        # the same numbers on a document of 9 November are month first
        (
            "Notice No. 12 - Date of issue: 11/09/2026\nThe board suspended the licence on 07/09/2026.",
            D(2026, 11, 9),
            "07/09/2026",
            "2026-07-09",
        ),
        # no date equal to the document's: month first, as US news writes it
        ("The board suspended the licence on 07/09/2026.", D(2026, 9, 11), "07/09/2026", "2026-07-09"),
    ],
)
def test_a_notices_own_date_shows_its_numeric_order(text: str, dct: dt.date, numbers: str, expected: str) -> None:
    assert _values(text, dct)[numbers] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The recalled syrup bears the expiry date 08/2027.", {"08/2027": "2027-08"}),
        ("Permits issued before 12/2024 remain valid.", {"12/2024": "2024-12"}),
        ("The camera's fastest shutter speed is 1/2000 of a second.", {}),
        ("Lot 7/2026 was withdrawn.", {}),
    ],
)
def test_a_month_and_year_in_numbers(text: str, expected: dict[str, str]) -> None:
    assert _values(text, D(2025, 10, 1)) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # 5. clocks other writers set: an "h" between hour and minutes (French, Portuguese, West African writers), a
        # military clock with a leading zero, a machine's timestamp
        (
            "Gendarmes dispersed the crowd at 17h45 on Friday.",
            D(2025, 2, 10),
            {"17h45": "2025-02-07T17:45", "Friday": "2025-02-07"},
        ),
        ("Voting closes around 18h00, the commission said.", D(2025, 2, 10), {"18h00": "2025-02-10T18:00"}),
        ("Shelling began at 0545 on Sunday.", D(2025, 2, 10), {"0545": "2025-02-09T05:45", "Sunday": "2025-02-09"}),
        ("Last updated: 2025-02-10T08:12Z", D(2025, 2, 10), {"2025-02-10T08:12Z": "2025-02-10T08:12"}),
        ("Posted 2025-02-09 21:40:05 by the newsroom.", D(2025, 2, 10), {"2025-02-09 21:40:05": "2025-02-09T21:40"}),
        # guards: a length, a score, a phone number
        ("The crossing took 3h15 in heavy seas.", D(2025, 2, 10), {}),
        ("Dial 0800 300 111 for the helpline.", D(2025, 2, 10), {}),
        # 6. a year written before its season: "the 2019 summer", "the 1998-99 winter"
        ("Grain stocks ran low during the 2022 winter.", D(2025, 2, 10), {"the 2022 winter": "2022-WI"}),
        ("The 2023-24 winter was the mildest on record.", D(2025, 2, 10), {"The 2023-24 winter": "2023-WI"}),
        # a year before a season that classifies a noun is the year alone
        ("The 2021 summer camps were cancelled.", D(2025, 2, 10), {"2021": "2021"}),
    ],
)
def test_clocks_and_seasons_other_writers_set(text: str, dct: dt.date, expected: dict[str, str]) -> None:
    assert _values(text, dct) == expected


# 7. "last <season>" is the latest one that has ended (with the three weeks the season still runs on the sky's
# calendar), "this <season>" the running one: "last winter" said in January was the winter before the one running,
# "last summer" said in October this year's.  In the southern hemisphere the seasons take their own months, each
# named by the year it begins in, as the northern winter is by its December.
@pytest.mark.parametrize(
    ("text", "dct", "southern", "expected"),
    [
        ("Heating bills soared last winter.", D(2026, 1, 20), False, ("2024-WI", "2024-12-01", "2025-02-28")),
        ("Heating bills soared this winter.", D(2026, 1, 20), False, ("2025-WI", "2025-12-01", "2026-02-28")),
        ("The lake dried up last summer.", D(2026, 10, 20), False, ("2026-SU", "2026-06-01", "2026-08-31")),
        ("The lake dried up last summer.", D(2026, 9, 5), False, ("2025-SU", "2025-06-01", "2025-08-31")),
        ("The lake dried up last summer.", D(2026, 7, 10), True, ("2025-SU", "2025-12-01", "2026-02-28")),
        ("Frosts killed the vines last winter.", D(2026, 10, 15), True, ("2026-WI", "2026-06-01", "2026-08-31")),
        ("Snow closed the passes this winter.", D(2026, 7, 20), True, ("2026-WI", "2026-06-01", "2026-08-31")),
        ("This summer's heat broke records.", D(2026, 1, 20), True, ("2025-SU", "2025-12-01", "2026-02-28")),
        (
            "The 2019-20 summer was the worst fire season.",
            D(2026, 7, 20),
            True,
            ("2019-SU", "2019-12-01", "2020-02-29"),
        ),
    ],
)
def test_seasons_by_hemisphere(text: str, dct: dt.date, southern: bool, expected: tuple[str, str, str]) -> None:
    (timex,) = tag(text, dct, "news", southern=southern)
    assert (timex.value, str(timex.earliest), str(timex.latest)) == expected


def _drought(dateline: str, region: str) -> str:
    return (
        f"{dateline}, July 14 (Wire) - Farmers in {region} said on Tuesday that the drought that began last summer "
        "had killed thousands of cattle, and the authorities declared an emergency on Monday."
    )


@pytest.mark.parametrize(
    ("dateline", "region", "expected"),
    [
        ("SANTIAGO", "central Chile", (D(2025, 12, 1), D(2026, 2, 28))),
        ("CORDOBA, Argentina", "the pampas", (D(2025, 12, 1), D(2026, 2, 28))),
        ("TOPEKA", "Kansas", (D(2025, 6, 1), D(2025, 8, 31))),
        # near the equator a "summer" is the writer's northern one
        ("NAIROBI", "Kenya", (D(2025, 6, 1), D(2025, 8, 31))),
    ],
)
def test_a_story_south_of_the_tropics_has_southern_seasons(
    dateline: str, region: str, expected: tuple[dt.date, dt.date]
) -> None:
    from tests.extract_support import dated_events

    events = dated_events(_drought(dateline, region), D(2026, 7, 14))
    assert [(earliest, latest) for label, earliest, latest in events if label.startswith("the drought")] == [expected]


def test_an_event_on_a_weekday_of_the_following_week_keeps_the_taggers_day() -> None:
    # the extractor counted "the following week" on from the day told before, a week after the Sunday, instead of
    # taking the Wednesday the tagger had counted
    from tests.extract_support import dated_events

    text = (
        "At 19:05 on the evening of Saturday the 3rd, the dam's gates opened without warning. The next day, Sunday, "
        "the operator shut its control room. On Wednesday of the following week police arrested a technician. A day "
        "later the operator's director resigned."
    )
    events = {label: (earliest, latest) for label, earliest, latest in dated_events(text, D(2025, 5, 23))}
    arrest = next(days for label, days in events.items() if "arrested" in label)
    resignation = next(days for label, days in events.items() if "resigned" in label)
    assert arrest == (D(2025, 5, 7), D(2025, 5, 7))
    assert resignation == (D(2025, 5, 8), D(2025, 5, 8))


def _types(text: str) -> dict[str, str]:
    from timelinekg.nlp.extract import Article, extract_article

    facts = extract_article(Article(text=text, origin="t.txt", title="T", published=D(2026, 10, 20)))
    return {event.label: event.type for event in facts.events}


@pytest.mark.parametrize(
    ("text", "words", "personnel"),
    [
        # "them" after things stands for the things: probe19's balloon flights, lost when suspending people became
        # personnel this session
        (
            "All ferry sailings to the islands have been halted since the port authority suspended them on Monday.",
            "suspended them",
            False,
        ),
        ("Both coaches were questioned by the league, which suspended them on Friday.", "suspended them", True),
    ],
)
def test_them_stands_for_what_its_sentence_named(text: str, words: str, personnel: bool) -> None:
    kinds = [kind for label, kind in _types(text).items() if words in label]
    assert kinds and (kinds[0] == "personnel") is personnel, _types(text)
