"""Dating classes of the tenth news probe (issue #12), each checked on sentences written for these tests in
several wordings and on other topics than the probe's: a month named without a year for an event told as done
("killed ... in March" in a November article is the March before, not the next one), "earlier this
week/month/year" (from the start of that period to the report), a time phrase the parser hung on the object
noun or on the relative clause after it ("ratified an accord with X late on Tuesday that ..."), "N days
after X" where the parser gave the count to X's clause, and "within minutes", "two hours later" after a time
the text gave (the day of that time)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_probe4_classes import read
from timelinekg.nlp.timex import tag
from timelinekg.schema.model import Event, Facts

D = dt.date
NOVEMBER = D(2025, 11, 21)  # a Friday
THURSDAY = D(2025, 11, 20)


def events_of(facts: Facts, word: str) -> list[Event]:
    # the event the word names first ("burning a village ..." before "The militia is accused of burning ...")
    found = [e for e in facts.events if word in e.label.lower()]
    return sorted(found, key=lambda e: not e.label.lower().startswith(word))


def bounds(event: Event) -> tuple[dt.date | None, dt.date | None]:
    return event.earliest, event.latest


# -- a month without a year for a past event is the one before the report -----------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "month"),
    [
        ("Rebels killed 12 soldiers, including a district commander, in March.", "killed", D(2025, 3, 1)),
        ("The militia is accused of burning a village near the northern border in January.", "burning", D(2025, 1, 1)),
        (
            "A court in the port city jailed a customs officer, Tomas Greer, for taking bribes in February.",
            "jailed",
            D(2025, 2, 1),
        ),
        ("Floods destroyed most of the rice harvest, the worst in decades, in February.", "destroyed", D(2025, 2, 1)),
    ],
)
def test_a_month_ahead_of_the_report_for_a_past_event_is_last_years(text: str, word: str, month: D) -> None:
    found = events_of(read(text, NOVEMBER), word)
    assert found
    assert found[0].earliest == month
    assert found[0].latest is not None and found[0].latest.month == month.month


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The dockers' union will strike in March.", "strike"),
        ("Voters will elect a new parliament in February.", "elect"),
    ],
)
def test_a_month_ahead_for_a_coming_event_stays_ahead(text: str, word: str) -> None:
    found = events_of(read(text, NOVEMBER), word)
    assert not found or found[0].earliest is None or found[0].earliest > NOVEMBER


# -- "earlier this week/month/year": from the start of that period to the report -------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "start"),
    [
        ("Earlier this month customs officers seized a shipment of ivory at the port.", "seized", D(2025, 11, 1)),
        ("Police raided the offices of an opposition newspaper earlier this week.", "raided", D(2025, 11, 17)),
        ("Earlier this year the central bank raised its main interest rate.", "raised", D(2025, 1, 1)),
    ],
)
def test_earlier_this_period_runs_from_its_start_to_the_report(text: str, word: str, start: D) -> None:
    found = events_of(read(text, NOVEMBER), word)
    assert found
    assert bounds(found[0]) == (start, NOVEMBER)


# -- a time phrase the parser hung inside the object's noun phrase is the verb's -----------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Lawmakers in Vilnius ratified a treaty with Poland late on Wednesday that settles the border question.",
            "ratified",
        ),
        (
            "Lawmakers in Podgorica ratified a treaty with Croatia late on Wednesday that settles the border question.",
            "ratified",
        ),
        ("The Senate approved a loan from Japan late on Wednesday that pays for a new railway.", "approved"),
    ],
)
def test_a_day_before_the_objects_relative_clause_is_the_verbs(text: str, word: str) -> None:
    found = events_of(read(text, THURSDAY), word)
    assert found
    assert all(bounds(e) == (D(2025, 11, 19), D(2025, 11, 19)) for e in found)


# -- "N days after X": X's day, when the count hangs on X's clause ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "Thousands of students marched in the capital on Thursday, three days after police shot dead a student.",
            "shot",
            D(2025, 11, 17),
        ),
        ("Dock workers walked out on Thursday, a week after the port company cut their wages.", "cut", D(2025, 11, 13)),
        (
            "Farmers protested outside parliament on Wednesday, two days after the government raised diesel prices.",
            "raised",
            D(2025, 11, 17),
        ),
        (
            "Government troops withdrew from the town on Monday, two days before rebels attacked it.",
            "rebels attacked",
            D(2025, 11, 19),
        ),
    ],
)
def test_a_count_of_days_after_an_event_dates_it_from_the_main_clause(text: str, word: str, day: D) -> None:
    found = events_of(read(text, NOVEMBER), word)
    assert found
    assert bounds(found[0]) == (day, day)


# -- "within minutes", "two hours later": the day of the time the text gave ---------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "Gunmen attacked a jewellery shop in the old town on Tuesday morning. "
            "Police arrested two of them within an hour.",
            "arrested",
            D(2025, 11, 18),
        ),
        (
            "A fire broke out at a textile factory at 9 p.m. on Saturday. Police evacuated 40 workers two hours later.",
            "evacuated",
            D(2025, 11, 15),
        ),
        (
            "- 10:15 - Soldiers sealed off the square in front of the palace.\n"
            "- 10:40 - The organisers were detained by riot police within minutes.",
            "detained",
            NOVEMBER,
        ),
    ],
)
def test_minutes_or_hours_after_a_time_given_are_that_days(text: str, word: str, day: D) -> None:
    found = events_of(read(text, NOVEMBER), word)
    assert found
    assert bounds(found[0]) == (day, day)


@pytest.mark.parametrize(
    "text",
    [
        "On Monday a judge ordered the ministry to free the detainees within 48 hours.",
        "Rebels seized the town on Monday. The army says it will retake it within hours.",
    ],
)
def test_a_deadline_of_hours_dates_no_act_done(text: str) -> None:
    facts = read(text, NOVEMBER)
    for event in facts.events:
        if event.label.lower().startswith(("free", "to free", "retake", "it will retake")):
            assert event.earliest is None


# -- a clock time that stamps a line of live coverage is of the report's day ------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Here is how the day unfolded. All times are local.\n\n- 09:10 - Gunmen attacked a police station in the "
            "northern town.\n\n- 11:20 - Troops arrested four suspects near the market.",
            "troops arrested",
        ),
        ("Live updates.\n\n16:45: Riot police fired tear gas at students outside the ministry.", "riot police"),
        ("* 07:30 - A landslide buried a bus on the mountain road, the provincial governor said.", "landslide"),
    ],
)
def test_a_stamped_entry_of_live_coverage_is_of_the_reports_day(text: str, word: str) -> None:
    found = events_of(read(text, NOVEMBER), word)
    assert found
    assert bounds(found[0]) == (NOVEMBER, NOVEMBER)


def test_a_clock_time_in_prose_may_still_be_the_evening_before() -> None:
    found = events_of(read("Protesters marched in the capital at 8.30pm.", NOVEMBER), "protesters")
    assert found and bounds(found[0]) == (NOVEMBER - dt.timedelta(days=1), NOVEMBER)


# -- a wire's 24-hour clock with its zone is a time, not a year -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("At 1405 GMT riot police fired tear gas.", "2025-11-21T14:05"),
        ("The ferry docked at 0910 local time.", "2025-11-21T09:10"),
        ("By 2230 UTC the crowd had dispersed.", "2025-11-21T22:30"),
        ("The bulletin went out at 0615 gmt.", "2025-11-21T06:15"),
    ],
)
def test_a_four_digit_clock_with_its_zone_is_a_time(text: str, value: str) -> None:
    (found,) = tag(text, NOVEMBER)
    assert (found.type, found.value) == ("TIME", value)


def test_a_year_stays_a_year() -> None:
    (found,) = tag("In 1998 the war ended.", NOVEMBER)
    assert (found.type, found.value) == ("DATE", "1998")


def test_a_wire_stamp_dates_its_entry() -> None:
    found = events_of(read("1405 GMT: Riot police fired tear gas at students outside the ministry.", NOVEMBER), "riot")
    assert found and bounds(found[0]) == (NOVEMBER, NOVEMBER)


def test_hours_after_a_bare_clock_time_take_no_day_from_it() -> None:
    text = (
        "The convoy had left the border post at about 9 p.m. for the night drive. Gunmen attacked it two hours later."
    )
    found = events_of(read(text, NOVEMBER), "gunmen attacked")
    assert found
    assert not found or found[0].earliest != NOVEMBER or found[0].latest != NOVEMBER
