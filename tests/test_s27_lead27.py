"""Numeric dates written day first (session 27, the lead), each told in our own wording about other stories than the
probe where the class was seen.

1. A text that writes one slashed date only a day-first reading allows ("filed on 29/06/2026") writes all of them so:
   "07/06/2026" in the same translated court notice is 7 June, not 6 July (probe28's annulled election was dated a
   month late and merged with nothing it should; probe24 and probe25 had press releases with slashed dates too).
   Guards: a text with a date only month first can be ("12/25/2025") or with none either way keeps the US reading.
2. Dates written with dots, "12.09.2026", as German, Nordic, Slavic, Turkish and Swiss writers and their translations
   do: the tagger found nothing at all.  Every such writer puts the day first.  Guards: a version number or a price
   is no date.
3. A night named by two days and a numeric month, "the night between 12 and 13/09/2026", "from 3 to 4.10.2026",
   by weekdays with the days written after them, "the night from Saturday to Sunday, September 12-13", or by
   weekdays with their days, "the night of Friday 2 to Saturday 3 October": dates28's night rule knew only
   "13 to 14 March" and bare weekdays, which it placed in the report's week (probe28's museum theft was dated two
   weeks late and stayed apart from the same theft told with numbers).  Polish police write the days as
   "(02/03.10.2026)"; a clock told right after such a night ("at about 23:40") is in it, on the first day before
   midnight and on the second after.
4. A named day stays that day when it modifies a noun ("the Christmas Day attack", "a New Year's Eve party"; only a
   bare "Christmas offensive" is the season), and a US calendar day another nation owns ("Ukraine's Independence
   Day", "the Kenyan election day", "Canada's Thanksgiving") gets no US date: a dated claim must not be a wrong one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract_support import dates_of
from timelinekg.nlp.timex import tag

D = dt.date


def _values(text: str, dct: dt.date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct, "news")]


# 1. one order through a text
@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The Constitutional Court received the complaint on 18/03/2026. The hearing of 02/04/2026 was postponed.",
            D(2026, 4, 20),
            ("02/04/2026", "2026-04-02"),
        ),
        (
            "Customs officers stopped the lorry at Kapikule on 05/11/2025 and found 40 kg of heroin; the driver, "
            "arrested on 21/10/2025 in a separate case, was already on bail.",
            D(2025, 11, 20),
            ("05/11/2025", "2025-11-05"),
        ),
        (
            "By decree 7/2026 of 9/1/2026 the ministry dissolved the council, elected on 30/4/2023.",
            D(2026, 1, 15),
            ("9/1/2026", "2026-01-09"),
        ),
    ],
)
def test_a_text_that_writes_the_day_first_does_so_throughout(
    text: str, dct: dt.date, expected: tuple[str, str]
) -> None:
    assert expected in _values(text, dct)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("The senator filed the bill on 03/04/2026.", D(2026, 4, 20), ("03/04/2026", "2026-03-04")),
        (
            "Shares fell on 12/22/2025 and again on 01/05/2026, after the recall of 11/10/2025.",
            D(2026, 1, 15),
            ("01/05/2026", "2026-01-05"),
        ),
    ],
)
def test_a_text_with_no_day_first_date_keeps_the_month_first(
    text: str, dct: dt.date, expected: tuple[str, str]
) -> None:
    assert expected in _values(text, dct)


def test_a_day_first_text_is_dated_day_first_in_the_graph() -> None:
    text = (
        "The Regional Court of Brasov sentenced the former mayor on 14/05/2026. According to the file, anti-corruption "
        "prosecutors arrested him at his home on 03/02/2026."
    )
    assert dates_of(text, D(2026, 5, 20), "arrested") == (D(2026, 2, 3), D(2026, 2, 3))


# 2. dotted dates
@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Die Polizei meldete den Einbruch am 12.09.2026, the statement said.",
            D(2026, 9, 20),
            ("12.09.2026", "2026-09-12"),
        ),
        ("The ferry was detained at Gdynia on 3.10.2026.", D(2026, 10, 9), ("3.10.2026", "2026-10-03")),
        ("The strike ends on 01.12.2026, the union said.", D(2026, 11, 9), ("01.12.2026", "2026-12-01")),
    ],
)
def test_a_dotted_date_is_day_first(text: str, dct: dt.date, expected: tuple[str, str]) -> None:
    assert expected in _values(text, dct)


@pytest.mark.parametrize(
    "text",
    [
        "The phone runs version 4.2.2026 of the software.",
        "Its firmware v1.3.2025 fixed the bug.",
        "The club paid 12.102.026 euros for the striker, up 3.1 percent.",
        "Section 3.12.2019.4 of the code applies.",
    ],
)
def test_numbers_with_dots_that_are_no_dates(text: str) -> None:
    assert _values(text, D(2026, 10, 9)) == []


# 3. a night named by two days and a numeric month
@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The warehouse was looted in the night between 12 and 13/09/2026.",
            D(2026, 9, 20),
            ("the night between 12 and 13/09/2026", "2026-09-12TNI"),
        ),
        (
            "Vandals damaged the tram depot during the night from 3 to 4.10.2026.",
            D(2026, 10, 9),
            ("the night from 3 to 4.10.2026", "2026-10-03TNI"),
        ),
        (
            "Two cars burned in the night of 30-31/12, the fire brigade said.",
            D(2027, 1, 2),
            ("the night of 30-31/12", "2026-12-30TNI"),
        ),
        (
            "Smugglers landed on the beach during the night from Saturday to Sunday, May 9-10, the navy said.",
            D(2026, 5, 28),
            ("the night from Saturday to Sunday, May 9-10", "2026-05-09TNI"),
        ),
        (
            "The dyke gave way in the night from Tuesday to Wednesday (17-18 February).",
            D(2026, 3, 2),
            ("the night from Tuesday to Wednesday (17-18 February)", "2026-02-17TNI"),
        ),
        (
            "In the night from Sunday to Monday (14/15.06.2026), at about 01:10, a van hit two pedestrians in Brno.",
            D(2026, 6, 16),
            ("the night from Sunday to Monday (14/15.06.2026)", "2026-06-14TNI"),
        ),
        (
            "Youths set fire to a school on the night of Friday 2 to Saturday 3 October.",
            D(2026, 10, 20),
            ("the night of Friday 2 to Saturday 3 October", "2026-10-02TNI"),
        ),
    ],
)
def test_a_night_with_a_numeric_month(text: str, dct: dt.date, expected: tuple[str, str]) -> None:
    assert expected in _values(text, dct)


def test_an_act_in_a_night_with_a_numeric_month() -> None:
    text = "Thieves broke into the parish church of Zadar in the night between 4 and 5/08/2026, police said."
    assert dates_of(text, D(2026, 8, 7), "broke into") == (D(2026, 8, 4), D(2026, 8, 5))


# 4. named days
@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("The Christmas Day attack on the church killed four.", D(2026, 3, 9), ("Christmas Day", "2025-12-25")),
        ("Police raided a New Year's Eve party in Lagos.", D(2026, 1, 9), ("New Year's Eve", "2025-12-31")),
        ("Fireworks lit up the US Independence Day celebrations.", D(2026, 7, 9), ("Independence Day", "2026-07-04")),
        ("On Thanksgiving Day the family ate early.", D(2026, 12, 1), ("Thanksgiving Day", "2026-11-26")),
    ],
)
def test_a_named_day_keeps_its_day(text: str, dct: dt.date, expected: tuple[str, str]) -> None:
    assert expected in _values(text, dct)


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv held no parade on Ukraine's Independence Day.",
        "The Kenyan election day passed without violence.",
        "Canada's Thanksgiving weekend traffic was heavy.",
        "Shops were shut for Brazil's Labor Day.",
        "Crowds filled restaurants on Mexico's Mother's Day.",
    ],
)
def test_another_nations_day_gets_no_us_date(text: str) -> None:
    assert not [value for _, value in _values(text, D(2026, 9, 9)) if value[5:7] in ("07", "11", "09", "05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the night from Sunday to Monday (14/15.06.2026), at about 01:10, a van hit two men.", "2026-06-15T01:10"),
        ("During the night of 13 to 14 June, at 22:30, the depot caught fire.", "2026-06-13T22:30"),
    ],
)
def test_a_clock_right_after_a_night_is_in_it(text: str, expected: str) -> None:
    assert expected in [value for _, value in _values(text, D(2026, 6, 20))]


def test_a_clock_in_the_next_sentence_after_a_night_is_not_bound_to_it() -> None:
    text = "Looters hit shops in the night from 13 to 14 June. Police arrived at 10:15 on Saturday."
    assert "2026-06-14T10:15" not in [value for _, value in _values(text, D(2026, 6, 20))]
