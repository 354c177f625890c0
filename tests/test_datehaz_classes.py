"""Wrong-date classes the dating-hazard probe (tests/fixtures/datehaz) showed, each checked on sentences written for
these tests in other wordings and on other topics than the probe's (issue #12: a date the text does not support is
never given with day precision)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_probe4_classes import read
from timelinekg.schema.model import Event, Facts

D = dt.date
SUNDAY = D(2026, 5, 17)


def events_of(facts: Facts, word: str) -> list[Event]:
    # the events the word names, not the commemoration naming it ("marched ... on the anniversary of the coup")
    return [e for e in facts.events if word in e.label.lower() and "anniversary" not in e.label.lower()]


# -- an anniversary: the commemoration is now, the event it remembers that many years before -----------------------
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "Five years to the day since an earthquake destroyed the old town, residents held a vigil on Saturday.",
            "earthquake",
            D(2021, 5, 16),
        ),
        (
            "On Friday, a year to the day after militants attacked the hotel, the government unveiled a memorial.",
            "attacked",
            D(2025, 5, 15),
        ),
        (
            "Widows laid wreaths at the pit gate on Saturday, twenty years to the day after the shaft collapsed.",
            "collapsed",
            D(2006, 5, 16),
        ),
    ],
)
def test_years_to_the_day_after_an_event_give_that_day_years_before(text: str, word: str, day: D) -> None:
    found = events_of(read(text, SUNDAY), word)
    assert found
    assert all((e.earliest, e.latest) == (day, day) for e in found)


@pytest.mark.parametrize(
    ("text", "word", "year"),
    [
        ("Relatives marked the first anniversary of the bombing of the market on Saturday.", "bombing", 2025),
        (
            "Survivors gathered in the town square on Sunday to mark the 30th anniversary of the massacre, in which "
            "soldiers killed 41 villagers.",
            "killed",
            1996,
        ),
        (
            "Thousands marched in the capital on Monday on the 20th anniversary of the coup that brought the general "
            "to power.",
            "coup",
            2006,
        ),
    ],
)
def test_the_event_an_anniversary_remembers_is_years_before_never_the_commemorations_day(
    text: str, word: str, year: int
) -> None:
    found = events_of(read(text, SUNDAY), word)
    assert found
    for event in found:
        assert event.earliest is not None and event.latest is not None
        assert event.earliest.year == event.latest.year == year
        assert event.precision != "day"  # marked on its day or a weekend near it: no finer than that


def test_the_day_of_to_the_day_dates_nothing() -> None:
    facts = read("Ten years to the day after the ferry sank, relatives laid flowers at the harbour.", SUNDAY)
    assert all(e.latest is None or e.latest.year != 2026 or e.precision != "day" for e in events_of(facts, "sank"))


# -- a habit or how common something is, told in the present, happened on no one day (not the report's) -----------
@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of people are abducted every year in the northwest.",
        "Strikes by doctors are frequent in the country, where hospitals are short of staff.",
        "Bandits kidnap hundreds of people every year in the northwest, often for ransom.",
        "Police often detain journalists in the region.",
        "Police usually arrest dozens of fans after each derby.",
    ],
)
def test_a_habit_told_in_the_present_is_not_dated_to_the_report(text: str) -> None:
    facts = read(text, SUNDAY)
    assert all(e.precision != "day" for e in facts.events)


def test_todays_news_in_the_present_keeps_the_reports_day() -> None:
    facts = read("Police arrest dozens of protesters in the capital.", SUNDAY)
    assert [(e.earliest, e.latest) for e in facts.events] == [(SUNDAY, SUNDAY)]


# -- a correction note: what an earlier version of the story said is withdrawn, neither an event nor a date --------
THURSDAY = D(2026, 11, 19)


@pytest.mark.parametrize(
    "text",
    [
        "An earlier version of this story incorrectly said the minister resigned on Monday.",
        "A previous version of this article misstated the day police raided the offices as Thursday.",
        "An earlier version said the bridge collapsed on Tuesday.",
        "The earlier version of this report wrongly stated that the ferry sank in October.",
    ],
)
def test_what_an_earlier_version_said_is_no_event(text: str) -> None:
    assert read(text, THURSDAY).events == []


def test_an_earlier_version_of_a_bill_is_news() -> None:
    facts = read("An earlier version of the bill was rejected by parliament in May.", THURSDAY)
    assert [(e.earliest, e.latest) for e in facts.events] == [(D(2026, 5, 1), D(2026, 5, 31))]


# -- a local time restated in another zone: the day is the local one ----------------------------------------------
MONDAY = D(2026, 2, 16)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The earthquake struck at 10:40 p.m. local time (0340 GMT Monday), the geological survey said.",
            D(2026, 2, 15),
        ),
        ("Gunmen opened fire on the bus at about 9 p.m. (0200 GMT on Monday) near the border.", D(2026, 2, 15)),
        ("The plane crashed at 11:50 p.m. (0450 GMT Monday) shortly after take-off from Quito.", D(2026, 2, 15)),
        ("The quake struck at 8:15 a.m. (2315 GMT on Saturday) off the coast of Japan.", D(2026, 2, 15)),
        ("Troops stormed the compound at 4 p.m. (1500 GMT on Sunday), the army said.", D(2026, 2, 15)),
    ],
)
def test_a_zone_restating_a_local_time_across_midnight_gives_the_local_day(text: str, day: D) -> None:
    found = [e for e in read(text, MONDAY).events if e.type != "statement"]
    assert found
    assert (found[0].earliest, found[0].latest) == (day, day)


# -- "said at the time": an earlier occasion, not the report's day ------------------------------------------------
FRIDAY = D(2026, 4, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said at the time that the dam was safe.",
        "At the time, the army said the strike had targeted a weapons depot.",
        "Police said at the time of the arrest that the man was armed.",
        "The ministry said at that time that no one had been hurt.",
    ],
)
def test_a_statement_made_at_the_time_is_not_dated_to_the_report(text: str) -> None:
    said = [e for e in read(text, FRIDAY).events if e.type == "statement"]
    assert said
    assert all(e.precision != "day" and e.latest == FRIDAY for e in said)


def test_said_at_the_time_of_a_dated_event_runs_from_that_day() -> None:
    facts = read("Rebels attacked the town on Monday, and the army said at the time that it had repelled them.", FRIDAY)
    said = [e for e in facts.events if e.type == "statement"]
    assert [(e.earliest, e.latest) for e in said] == [(D(2026, 4, 6), FRIDAY)]


def test_said_at_the_same_time_is_today() -> None:
    facts = read("At the same time, the minister said the talks would go on.", FRIDAY)
    assert [(e.earliest, e.latest) for e in facts.events if e.type == "statement"] == [(FRIDAY, FRIDAY)]


# -- the day a past plan was for says nothing of whether or when the event happened ------------------------------
FRIDAY_JULY = D(2026, 7, 24)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A test flight planned for Wednesday was called off minutes before take-off.", D(2026, 7, 22)),
        ("A strike planned for Thursday was suspended after the government agreed to talks.", D(2026, 7, 23)),
        ("The rally, scheduled for Tuesday, was cancelled because of the storm.", D(2026, 7, 21)),
    ],
)
def test_a_plan_called_off_is_not_dated_to_its_planned_day(text: str, day: D) -> None:
    assert all((e.earliest, e.latest) != (day, day) for e in read(text, FRIDAY_JULY).events)


def test_an_event_held_on_another_day_than_planned_takes_the_day_it_was_held() -> None:
    facts = read("The summit, originally scheduled for Wednesday, was held on Friday.", FRIDAY_JULY)
    assert [(e.earliest, e.latest) for e in facts.events] == [(FRIDAY_JULY, FRIDAY_JULY)]


def test_a_future_plan_keeps_its_day() -> None:
    facts = read("Voters will go to the polls in an election scheduled for November 3.", FRIDAY_JULY)
    assert (D(2026, 11, 3), D(2026, 11, 3)) in [(e.earliest, e.latest) for e in facts.events]


# -- "N days after X", X an event the text told and dated before, named again by a definite noun ------------------
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "Rebels attacked the base on Monday. Two days after the attack, the army launched a counter-offensive.",
            "counter-offensive",
            D(2026, 4, 8),
        ),
        (
            "Police arrested the mayor on Monday. Three days after his arrest, prosecutors charged him with fraud.",
            "charged",
            D(2026, 4, 9),
        ),
        (
            "The ferry sank on March 2. A week after the sinking, police detained the captain.",
            "detained",
            D(2026, 3, 9),
        ),
        (
            "Rebels attacked the base on Monday. The army launched a counter-offensive two days after the attack.",
            "counter-offensive",
            D(2026, 4, 8),
        ),
    ],
)
def test_days_after_an_event_told_before_count_from_its_day(text: str, word: str, day: D) -> None:
    found = [e for e in read(text, FRIDAY).events if word in e.label.lower()]
    assert found
    assert (found[0].earliest, found[0].latest) == (day, day)


def test_years_after_a_war_give_no_day() -> None:
    facts = read("The war ended on Monday. Years after the war, the village was rebuilt.", FRIDAY)
    assert all(e.precision != "day" or e.earliest == D(2026, 4, 6) for e in facts.events)


# -- "on the eve of X": the day before X's day, else bounded by the report (not X's time frame) -------------------
FRIDAY_OCTOBER = D(2026, 10, 2)


@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "Leaders of seven countries opened a two-day summit in Mombasa on Thursday. On the eve of the summit, "
            "police arrested 31 activists.",
            "arrested",
            D(2026, 9, 30),
        ),
        ("Rebels attacked the town on Sunday. On the eve of the attack, residents fled.", "fled", D(2026, 9, 26)),
        (
            "Police detained the opposition leader on Monday. On the eve of his arrest, he addressed a rally of "
            "supporters.",
            "rally",
            D(2026, 9, 27),
        ),
    ],
)
def test_on_the_eve_of_a_dated_event_is_the_day_before(text: str, word: str, day: D) -> None:
    found = [e for e in read(text, FRIDAY_OCTOBER).events if word in e.label.lower()]
    assert found
    assert (found[0].earliest, found[0].latest) == (day, day)


def test_on_the_eve_of_an_undated_event_is_bounded_by_the_report() -> None:
    facts = read("Police arrested 31 activists on the eve of the summit.", FRIDAY_OCTOBER)
    assert [(e.earliest, e.latest) for e in facts.events] == [(None, FRIDAY_OCTOBER)]
