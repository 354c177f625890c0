"""Session 20, issue #13 (helper tagger20): classes found with probe sentences of the helper's own.

Every sentence here was written for the test (DCT 2031-03-12); none is taken from a scored corpus.  The classes:

* a day of the month named by its ordinal alone ("on the 3rd"): it runs on into a clause ("on the 3rd and ..."),
  follows the clause's tense like a bare date (a past verb puts a later day in the month before, a future cue an
  earlier day in the month after), takes "of next month" / "of the month", and carries a part of the day ("the night
  of the 8th"); before a noun it stays the noun's ordinal ("the 25th anniversary");
* midnight: TIMEX3 writes the midnight that ends a day as T24:00 of that day ("expires at midnight Friday"); a
  midnight a span runs from or comes after, or a bare one told in the past, begins its day (T00:00), and one told in
  the past after "before" ends the day before the DCT ("walked out shortly before midnight").
"""

from __future__ import annotations

import datetime as dt

import pytest

from timelinekg.nlp.timex import tag

DCT = dt.date(2031, 3, 12)  # a Wednesday


def values(text: str, mode: str = "news") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, DCT, mode)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dockers walked out on the 2nd and went back on the 9th.",
            [("the 2nd", "2031-03-02"), ("the 9th", "2031-03-09")],
        ),
        ("Flooding closed the road on the 4th when the river rose.", [("the 4th", "2031-03-04")]),
        ("The board met on the 6th but reached no decision.", [("the 6th", "2031-03-06")]),
        ("Voting opened on the 1st at eight in the morning.", [("the 1st", "2031-03-01")]),
    ],
)
def test_an_ordinal_day_runs_on_into_its_clause(text: str, expected: list[tuple[str, str]]) -> None:
    for pair in expected:
        assert pair in values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry capsized on the 27th, killing 40.", ("the 27th", "2031-02-27")),
        ("The minister resigned on the 20th after weeks of protest.", ("the 20th", "2031-02-20")),
        ("Prices were raised on the 15th.", ("the 15th", "2031-02-15")),
        ("The court will hear the appeal on the 3rd.", ("the 3rd", "2031-04-03")),
        ("The union plans to strike on the 5th.", ("the 5th", "2031-04-05")),
        ("Talks resume on the 19th.", ("the 19th", "2031-03-19")),
        ("The count ended on the 8th.", ("the 8th", "2031-03-08")),
    ],
)
def test_an_ordinal_day_follows_the_tense_like_a_bare_date(text: str, expected: tuple[str, str]) -> None:
    assert expected in values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rents fall due on the 1st of next month.", ("the 1st of next month", "2031-04-01")),
        ("The levy was collected on the 28th of last month.", ("the 28th of last month", "2031-02-28")),
        ("The fair closes on the 30th of this month.", ("the 30th of this month", "2031-03-30")),
    ],
)
def test_an_ordinal_day_of_a_named_month(text: str, expected: tuple[str, str]) -> None:
    assert expected in values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Witnesses said the raid came on the night of the 7th.", ("the night of the 7th", "2031-03-07")),
        ("The convoy left early on the morning of the 2nd.", ("early on the morning of the 2nd", "2031-03-02TMO")),
        ("A vigil is planned for the evening of the 20th.", ("the evening of the 20th", "2031-03-20TEV")),
    ],
)
def test_a_part_of_an_ordinal_day(text: str, expected: tuple[str, str]) -> None:
    assert expected in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Veterans laid wreaths on the 25th anniversary of the landing.",
        "The case went on the 11th Circuit's docket.",
        "He served on the 3rd Battalion's staff.",
    ],
)
def test_an_ordinal_before_a_noun_is_no_day(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ceasefire expires at midnight Friday.", ("midnight Friday", "2031-03-14T24:00")),
        ("Bars must close by midnight under the new rules.", ("midnight", "2031-03-12T24:00")),
        ("The curfew lasts from 9 p.m. to midnight.", ("midnight", "2031-03-12T24:00")),
        ("Tenders close at midnight on March 31.", ("midnight", "2031-03-31T24:00")),
    ],
)
def test_midnight_ends_its_day(text: str, expected: tuple[str, str]) -> None:
    assert expected in values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Traffic is banned from midnight to 5 a.m.", ("midnight", "2031-03-12T00:00")),
        ("The pumps have run since midnight.", ("midnight", "2031-03-12T00:00")),
        ("The walkout began at midnight.", ("midnight", "2031-03-12T00:00")),
        ("Shelling stopped shortly after midnight, residents said.", ("midnight", "2031-03-12T00:00")),
    ],
)
def test_a_midnight_that_begins_its_day(text: str, expected: tuple[str, str]) -> None:
    assert expected in values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The delegates walked out just before midnight, a spokesman said.", ("midnight", "2031-03-11T24:00")),
        ("The last train left shortly before midnight.", ("midnight", "2031-03-11T24:00")),
        ("The decree was signed shortly after midnight on Tuesday.", ("midnight", "2031-03-11T00:00")),
    ],
)
def test_a_past_midnight_is_the_one_that_ended_the_day_before(text: str, expected: tuple[str, str]) -> None:
    # the same instant either way; the day before is where what happened "before midnight" lies
    assert expected in values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry sank off the cape late on Monday, the coastguard said on Wednesday.\n\n"
            "It went down shortly before midnight, survivors said.",
            ("midnight", "2031-03-10T24:00"),
        ),
        (
            "Wednesday 12 March\n\n22:40 - The levee broke shortly before midnight, the fire brigade said.",
            ("midnight", "2031-03-12T24:00"),
        ),
    ],
)
def test_before_midnight_ends_the_day_the_text_is_on(text: str, expected: tuple[str, str]) -> None:
    # the event's day just named, or a live blog's own day under its time stamp, not the day before the DCT
    assert expected in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "The 29-30 season was the club's worst.",
        "Fees rose in the 97/98 school year.",
        "He retired after the 99-00 campaign season.",
    ],
)
def test_two_short_years_before_a_unit_are_no_count_of_it(text: str) -> None:
    # "the 89-90 season" had been read as ninety seasons (P270M)
    assert not [t for t in tag(text, DCT, "news") if t.type == "DURATION"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He faces a 10-12 year sentence.", ("12 year", "P12Y")),
        ("The works will take 3-4 weeks.", ("4 weeks", "P4W")),
    ],
)
def test_a_range_of_counts_keeps_its_length(text: str, expected: tuple[str, str]) -> None:
    assert expected in values(text)
