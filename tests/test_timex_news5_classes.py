"""Classes of tagger error shown by the timex_news5 set (tests/fixtures/timex_news5: fourteen articles of 1989-1997,
2011-2014 and the 2020s in genres the earlier own sets lack: medicine, harvests, schools, building, arts listings,
a war anniversary, strikes and a sentencing; written for issue 13, round fourteen), each checked on sentences written
for this file in other wording.

Every sentence here is new; none is taken from the fixture articles or from a corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_timex_news4_classes import WED, value_of
from timelinekg.nlp.timex import tag

# WED, a Wednesday: Monday is July 15, the coming Friday July 19, the next Wednesday July 24


# ---------------------------------------------------------------- "next Wednesday" said on a Wednesday


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The committee will vote on the plan next Wednesday.", "next Wednesday", "2013-07-24"),
        ("Ministers meet again next Wednesday in Brussels.", "next Wednesday", "2013-07-24"),
        ("The bakers' union said it would publish its figures next Wednesday.", "next Wednesday", "2013-07-24"),
        # another weekday keeps the coming one
        ("The committee will vote on the plan next Friday.", "next Friday", "2013-07-19"),
        ("Ferries stopped running last Wednesday.", "last Wednesday", "2013-07-10"),
    ],
)
def test_next_weekday_on_that_weekday_is_a_week_on(text: str, words: str, value: str) -> None:
    assert value_of(text, words) == value


# ---------------------------------------------------------------- "since March" is never ahead


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        # a word that would look ahead elsewhere ("starts", "upcoming", "planned", "expects") stands in the clause
        ("Housing starts have dropped since September.", "September", "2012-09"),
        ("Prices of upcoming models have risen since November, dealers say.", "November", "2012-11"),
        ("The miner, which expects a better year, has shed 400 jobs since October.", "October", "2012-10"),
        ("Bookings for the planned resort have been slow since March.", "March", "2013-03"),
    ],
)
def test_month_after_since_lies_back(text: str, words: str, value: str) -> None:
    assert value_of(text, words) == value


# ---------------------------------------------------------------- a modal's plain verb is no past form


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The central bank may cut rates again in December.", "December", "2013-12"),
        ("Regulators may set new limits on bonuses in January.", "January", "2014-01"),
        ("The council must put the budget to a vote in February.", "February", "2014-02"),
        ("Dock workers may hit the ports again on Monday.", "Monday", "2013-07-22"),
        # without the modal the same verbs tell the past
        ("The central bank cut rates in December.", "December", "2012-12"),
        ("The carmaker shut its oldest plant on Monday.", "Monday", "2013-07-15"),
    ],
)
def test_modal_with_a_plain_verb_looks_ahead(text: str, words: str, value: str) -> None:
    assert value_of(text, words) == value


# ---------------------------------------------------------------- a run told in the present up to a day


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The exhibition of Flemish tapestries runs through Sunday.", "Sunday", "2013-07-21"),
        ("Voting continues until Friday in the northern provinces.", "Friday", "2013-07-19"),
        ("The heatwave lasts through Saturday, forecasters say.", "Saturday", "2013-07-20"),
        ("Performances run at the old customs house until Monday.", "Monday", "2013-07-22"),
        # told in the past, the run is over
        ("The exhibition of Flemish tapestries ran through Sunday.", "Sunday", "2013-07-14"),
        ("Voting continued until Monday in the northern provinces.", "Monday", "2013-07-15"),
    ],
)
def test_present_run_up_to_a_weekday_looks_ahead(text: str, words: str, value: str) -> None:
    assert value_of(text, words) == value


# ---------------------------------------------------------------- "the last week of September"


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Harvesting usually starts in the last week of September.", "the last week of September", "2013-W39"),
        ("The regatta is held in the last week of August.", "the last week of August", "2013-W35"),
        ("Exports slumped in the last week of June.", "the last week of June", "2013-W26"),
        # December 31, 2012 was a Monday: the month's last full week is the one before
        ("Sales peaked in the last week of December 2012.", "the last week of December 2012", "2012-W52"),
    ],
)
def test_last_week_of_a_month_is_an_iso_week(text: str, words: str, value: str) -> None:
    assert value_of(text, words) == value


# ---------------------------------------------------------------- a part of the day before a noun is a kind, no time


@pytest.mark.parametrize(
    "text",
    [
        "The union wants an end to unpaid night shifts.",
        "Nurses on the night shift walked out at the county hospital.",
        "Residents near the airport have long complained about night flights.",
        "Bus companies will not restore night services to the border towns.",
    ],
)
def test_part_of_day_before_a_noun_is_untagged(text: str) -> None:
    assert [t.text for t in tag(text, WED) if "night" in t.text or "evening" in t.text] == []


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Fighting resumed at night.", "night", "XXXX-XX-XXTNI"),
        ("Shelling went on through the night and into the morning.", "the night", "2013-07-17TNI"),
        ("In the evening there was a concert on the square.", "the evening", "2013-07-17TEV"),
        ("Power failed across the city during the evening rush hour.", "the evening", "2013-07-17TEV"),
        ("Patrols are thin at night during the monsoon.", "night", "XXXX-XX-XXTNI"),
    ],
)
def test_part_of_day_before_other_words_stays(text: str, words: str, value: str) -> None:
    assert value_of(text, words) == value


# ---------------------------------------------------------------- "every other Thursday" is a set


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The orchestra plays every other Thursday until March.", "every other Thursday", "XXXX-WXX-4"),
        ("The market is held every other Saturday on the quay.", "every other Saturday", "XXXX-WXX-6"),
        ("Visitors may call every other Sunday, the prison said.", "every other Sunday", "XXXX-WXX-7"),
    ],
)
def test_every_other_weekday_is_a_set(text: str, words: str, value: str) -> None:
    assert value_of(text, words) == value


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The ceasefire may last only until Saturday, mediators fear.", "Saturday", "2013-07-20"),
        ("Stocks of flu vaccine might last until Monday in the worst-hit towns.", "Monday", "2013-07-22"),
        ("The hot spell should last through Sunday, the weather service said.", "Sunday", "2013-07-21"),
        # "last" as an adjective before the clause's day bounds nothing ahead
        ("The last train ran until Sunday.", "Sunday", "2013-07-14"),
    ],
)
def test_last_as_a_verb_up_to_a_weekday_looks_ahead(text: str, words: str, value: str) -> None:
    assert value_of(text, words) == value


# ---------------------------------------------------------------- "following" without "the" is a preposition


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The party called for calm following Sunday's vote.", "Sunday", "2013-07-14"),
        ("Following Monday's floods, the army sent boats to the valley.", "Monday", "2013-07-15"),
        ("Shares fell following Tuesday's profit warning.", "Tuesday", "2013-07-16"),
        # with "the" it counts on from the day last named
        (
            "The strike began on Monday, July 1. The following Monday, the miners went back.",
            "The following Monday",
            "2013-07-08",
        ),
    ],
)
def test_following_without_the_is_a_preposition(text: str, words: str, value: str) -> None:
    assert value_of(text, words) == value


# ---------------------------------------------------------------- a story told of a past year goes on in it


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "The lender collapsed on Sept. 15, 2008. Its rival was rescued on Sept. 21 by the government.",
            "Sept. 21",
            "2008-09-21",
        ),
        ("Rebels seized the airport on March 2, 1999, and the capital fell on April 11.", "April 11", "1999-04-11"),
        ("The liner sank on April 15, 1912. Survivors reached New York on April 18.", "April 18", "1912-04-18"),
        (
            "The troops crossed the river on June 6, 1944. The crossing had been set for June 5 but fog put it off.",
            "June 5",
            "1944-06-05",
        ),
        # the news's own date: close to the DCT, looking ahead, before the story's date, or two sentences on
        ("He was born on May 2, 1931, in Leeds. He died on June 28 at his home.", "June 28", "2013-06-28"),
        ("The law was passed on May 3, 2001. The new minister will review it on Oct. 1.", "Oct. 1", "2013-10-01"),
        ("The mill opened on March 3, 1998. Its workers walked out on Feb. 12 over pay.", "Feb. 12", "2013-02-12"),
    ],
)
def test_bare_date_goes_on_in_the_story_year(text: str, words: str, value: str) -> None:
    assert value_of(text, words) == value


# ---------------------------------------------------------------- "the new year"


@pytest.mark.parametrize(
    ("text", "words", "value", "dct"),
    [
        ("Talks on the merger will resume in the new year.", "the new year", "2014", WED),
        ("The museum plans to reopen its east wing in the new year.", "the new year", "2014", WED),
        ("Economists expect fuel prices to rise again in the new year.", "the new year", "2014", WED),
        ("Retailers hope the new year brings better sales.", "the new year", "2014", dt.date(2014, 1, 3)),
    ],
)
def test_the_new_year(text: str, words: str, value: str, dct: dt.date) -> None:
    assert value_of(text, words, dct) == value


def test_the_new_year_holiday_is_not_the_year() -> None:
    assert [t.text for t in tag("Crowds gathered to greet the New Year in the square.", WED)] == []
