"""Dating classes of issue #12 about a day another clause or sentence gives (sentences written for these tests):

1. a time expression in an "as/when/while" clause dates the main clause too: it happened at the clause's time;
2. "overnight", "that evening" after a sentence that set an earlier day are that day's (the night runs into the
   next day), not the report's;
3. a time word that modifies a noun ("overnight lending rate") is no time of the event.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_dating_classes import MONDAY, THURSDAY, TUESDAY, WEDNESDAY, read, triggered

D = dt.date


# -- 1. the main clause happens at the time of its "as/when/while" clause -----------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "Masked men stabbed a local councillor as he walked home from a council meeting in the old town late "
            "on Tuesday, police said.",
            "stabbed",
            TUESDAY,
        ),
        ("A rocket struck the freighter as it entered the harbour at Odesa on Monday evening.", "struck", MONDAY),
        (
            "Gunmen ambushed the governor's convoy when it left a graduation ceremony in the provincial capital on "
            "Tuesday night.",
            "ambushed",
            TUESDAY,
        ),
        ("A car bomb exploded near the court as judges arrived for a hearing on Monday morning.", "exploded", MONDAY),
        (
            "Riot police fired tear gas at students while they marched towards parliament on Tuesday.",
            "fired",
            TUESDAY,
        ),
    ],
)
def test_the_main_clause_takes_the_day_of_its_simultaneous_clause(text: str, word: str, day: dt.date) -> None:
    event = triggered(read(text), word)
    assert (event.earliest, event.latest) == (day, day)


def test_a_clause_of_before_gives_no_day() -> None:
    # "after" is no simultaneity: the main event came later, on a day the text does not give
    event = triggered(
        read("Gunmen stabbed a local councillor after he had left a council meeting on Monday."), "stabbed"
    )
    assert event.earliest != MONDAY or event.latest != MONDAY


# -- 2. "overnight", "that evening" after a day the text set ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "days"),
    [
        (
            "A powerful storm knocked out electricity to 200,000 homes in the south on Tuesday. Crews restored "
            "supply to most of them overnight.",
            "restored",
            (TUESDAY, WEDNESDAY),
        ),
        (
            "Militants attacked a police station in the east on Monday. Overnight, the army shelled their positions "
            "in the hills.",
            "shelled",
            (MONDAY, TUESDAY),
        ),
    ],
)
def test_overnight_is_the_night_after_the_day_told(text: str, word: str, days: tuple[dt.date, dt.date]) -> None:
    event = triggered(read(text), word)
    assert (event.earliest, event.latest) == days


def test_overnight_with_no_day_told_is_the_night_before_the_report() -> None:
    event = triggered(read("Crews restored supply to most homes overnight."), "restored")
    assert (event.earliest, event.latest) == (WEDNESDAY, THURSDAY)


# -- 3. a time word that modifies a noun names a kind of thing ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        ("The central bank cut its overnight lending rate on Tuesday.", "cut", TUESDAY),
        ("The monetary authority raised the overnight interbank rate on Monday to calm the market.", "raised", MONDAY),
    ],
)
def test_an_attributive_time_word_does_not_date_the_event(text: str, word: str, day: dt.date) -> None:
    event = triggered(read(text), word)
    assert (event.earliest, event.latest) == (day, day)
