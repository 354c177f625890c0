"""Classes of wrong-dated nodes on our multi-outlet sets (probe16, probe17, clusters*), fixed on sentences and short
articles written for these tests (other names, countries and topics):

1. "hours later" counts from the day the narration last gave even when a speaker's quoted words, or a piece of a
   sentence with no verb (an abbreviated title cut it in two), stand between the two: they do not move its time;
2. "a day earlier", "the previous day" with no date told before them count back from the report's own day (a
   Saturday paper's "voted a day earlier" is Friday's vote); a count forward ("two days later") cannot start from
   the report;
3. an act done "after" a dated event of the article's news, and told by the report, happened between the two: a
   window from that event's day (not one long before, "after the 2019 election");
4. the lead's main clause in the present perfect ("Gunmen have kidnapped 20 passengers ...") tells the news
   as just happened: a window from the day before the report; not background ("has long been", "since"), not a
   negation, not a later sentence.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_dating_classes import MONDAY, THURSDAY, TUESDAY, WEDNESDAY, read, triggered

D = dt.date
FRIDAY, SATURDAY = D(2025, 6, 13), D(2025, 6, 14)


def days(text: str, word: str, published: dt.date = THURSDAY) -> tuple[dt.date | None, dt.date | None]:
    event = triggered(read(text, published), word)
    return event.earliest, event.latest


# -- 1. quoted words and verbless pieces do not break the narration "hours later" counts from ---------------------
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "Flooding cut the rail line between Arnhem and Zwolle on Tuesday, the transport authority said. "
            "Chief Insp. Maren Dijkstra said crews were pumping water from the tracks. Buses replaced trains. "
            '"We are doing everything we can. The safety of passengers comes first," Dijkstra told reporters. '
            "Hours later, the authority closed the line for the rest of the week.",
            "closed",
            TUESDAY,
        ),
        (
            "A tanker ran aground off the Faroe Islands on Monday, the coast guard said. "
            "Lt. Cmdr. Olsen said the crew were safe. "
            "\u201cThe sea was rough. We could not get close until the wind dropped. It was very hard,\u201d he said. "
            "Minutes later, the coast guard arrested the captain.",
            "arrested",
            MONDAY,
        ),
    ],
)
def test_hours_later_past_quoted_words(text: str, word: str, day: dt.date) -> None:
    assert days(text, word) == (day, day)


# -- 2. a count back with no earlier date: from the report's day ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "published", "day"),
    [
        (
            "The regional council voted a day earlier to set up an inquiry into the collapse of the Tiber footbridge.",
            "voted",
            SATURDAY,
            FRIDAY,
        ),
        (
            "Police in Kisumu arrested the county's finance chief the previous day over missing road funds.",
            "arrested",
            THURSDAY,
            WEDNESDAY,
        ),
    ],
)
def test_count_back_from_the_report(text: str, word: str, published: dt.date, day: dt.date) -> None:
    assert days(text, word, published) == (day, day)


def test_a_count_forward_with_no_earlier_date_stays_undated() -> None:
    assert days("The board met two days later to approve the merger.", "met")[0] is None


# -- 3. after a dated event of the news: from that event's day to the report ---------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "earliest"),
    [
        (
            "Peru's transport ministry has grounded all small aircraft at Cusco after a sightseeing plane crashed "
            "into a hillside on Tuesday.",
            "grounded",
            TUESDAY,
        ),
        ("Police detained 14 fans following Monday's riot in the stadium.", "detained", MONDAY),
        (
            "Organisers cancelled the marathon after a storm flooded the course on Wednesday.",
            "cancelled",
            WEDNESDAY,
        ),
    ],
)
def test_after_a_dated_news_event(text: str, word: str, earliest: dt.date) -> None:
    assert days(text, word) == (earliest, THURSDAY)


def test_after_an_old_event_bounds_nothing() -> None:
    text = "Workers occupied the plant after the owners closed it in March."
    assert days(text, "occupied")[0] is None


# -- 4. the lead's present perfect: the report's day or the one before --------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Sri Lanka's president has dissolved parliament and called a snap election, two months after his "
            "coalition lost a confidence vote.\n\nOpposition parties welcomed the move.",
            "dissolved",
        ),
        (
            "Gunmen have kidnapped 20 passengers from a bus on the highway between Kaduna and Abuja.\n\n"
            "The driver escaped.",
            "kidnapped",
        ),
    ],
)
def test_present_perfect_of_the_lead(text: str, word: str) -> None:
    assert days(text, word) == (WEDNESDAY, THURSDAY)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # background: no news just happened
        ("Rebels have attacked the border town of Kidal again.", "attacked"),
        # not the lead: a reporter's perfect later in the article may tell an act of days before
        (
            "Rescuers pulled two survivors from the rubble of a hotel in Antalya on Tuesday.\n\n"
            "The owner said the building was safe.\n\nPolice have arrested the hotel's manager.",
            "arrested",
        ),
    ],
)
def test_no_present_perfect_window(text: str, word: str) -> None:
    assert days(text, word)[0] != WEDNESDAY
