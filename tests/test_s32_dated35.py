"""Which date an event gets in the extractor (session 32, helper `dated35`), told first in our own wording, about
other countries, people and kinds of story than the probe's where the classes were seen.

1. A time an event is put off to ("their case has been postponed to May", probe33 L, in a March column): the time the
   put-off event is now due, which the putting off came before.  It dated the act itself, and a month ahead of the
   report was moved back a year because the verb is past (May 2025).  The act is dated by its own time or its report.
   Near misses: a move to a place with a time of its own, a day the act was put off on.
2. Acts left open (None..report) beside the day the text gives the same act (probe33's duplicates and open dates):
   a. a recap listed day by day, each line opening with a bare day and a colon or dash ("- Sunday: Belize sends
      Guatemala a protest note and calls in its ambassador", probe33 B): the line's day dates its first sentence's
      verbs, as a day in bold already did.  Near misses: a later sentence of the line ("..., their lawyer says"), a
      single such line;
   b. an act named as what a note, letter or notice is "of" ("Belize on Sunday sent a formal note of protest", "this
      Ministry received a note of protest", probe33 B twice): made on the day the text gives the sending.  Near
      misses: a note with no day, a note still to be sent;
   c. a run of past verbs sharing one subject whose one time trails the last ("the Company suspended operations and
      closed the factory on 2026/03/05", probe33 L): the time of the run, which the parser hangs on the last verb.
      Near misses: a first verb with its own time, a last verb told as a later step.
   Left as truly undated: "preventive detention" in "a substitute measure in place of preventive detention" (no act
   at all: a spurious node, typed35's area) and "told shops ... to hand back their stock" after "suspended imports
   ... on Friday" (a conjunct after the first verb's time, which session 18 leaves open on purpose when the first verb
   tells an event of its own; test_s18_dates6).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_s29_undated30 import _dates_of

D = dt.date


# 1. the time an event is put off to
@pytest.mark.parametrize(
    ("text", "published", "words", "dates"),
    [
        (
            "A magistrate in Perth postponed the bail hearing of the three climbers to 14 October.",
            D(2026, 9, 10),
            "postponed the bail hearing",
            (None, D(2026, 9, 10)),
        ),
        (
            "The judge postponed the sentencing of the former mayor of Ravenna to January.",
            D(2026, 9, 10),
            "postponed the sentencing",
            (None, D(2026, 9, 10)),
        ),
        (
            "On Tuesday the tribunal in Nairobi adjourned the hearing to February.",
            D(2026, 11, 20),
            "adjourned the hearing",
            (D(2026, 11, 17), D(2026, 11, 17)),
        ),
        (
            "The electoral commission pushed the runoff in Solola back to July.",
            D(2026, 5, 6),
            "pushed the runoff",
            (None, D(2026, 5, 6)),
        ),
        (
            "Nine fishermen were detained off Mindanao on Friday, and a judge in Davao has deferred their trial "
            "to April.",
            D(2026, 2, 2),
            "has deferred their trial",
            (None, D(2026, 2, 2)),
        ),
    ],
)
def test_the_time_an_event_is_put_off_to_is_no_time_of_the_putting_off(
    text: str, published: dt.date, words: str, dates: tuple[object, object]
) -> None:
    assert _dates_of(text, published, words) == dates


@pytest.mark.parametrize(
    ("text", "published", "words", "dates"),
    [
        (
            "The union moved its rally to the stadium in April.",
            D(2026, 10, 2),
            "moved its rally",
            (D(2026, 4, 1), D(2026, 4, 30)),
        ),
        (
            "On 3 March the council in Tartu postponed the referendum on the new bridge.",
            D(2026, 3, 10),
            "postponed the referendum",
            (D(2026, 3, 3), D(2026, 3, 3)),
        ),
    ],
)
def test_a_time_of_the_act_itself_still_dates_it(
    text: str, published: dt.date, words: str, dates: tuple[object, object]
) -> None:
    assert _dates_of(text, published, words) == dates


# 2a. a recap listed day by day
_RECAP = (
    "Live: border crisis, day six\n\n"
    "**What happened so far**\n\n"
    "- Saturday, April 4: Ugandan police detain three Kenyan traders at the Busia crossing.\n"
    "- Sunday: Kenya recalls its envoy from Kampala and closes the border post at Malaba. The closure was expected, "
    "a customs officer says.\n"
    "- Monday: Uganda expels two Kenyan diplomats.\n"
)
_FLOOD_RECAP = (
    "How the week unfolded\n\n"
    "* 2 March - The river breaks its banks at Kasese and the district council evacuates the lower town.\n"
    "* 3 March - Soldiers rescue 40 villagers from rooftops near Bwera.\n"
)


@pytest.mark.parametrize(
    ("text", "published", "words", "dates"),
    [
        (_RECAP, D(2026, 4, 9), "closes the border post", (D(2026, 4, 5), D(2026, 4, 5))),
        (_RECAP, D(2026, 4, 9), "recalls its envoy", (D(2026, 4, 5), D(2026, 4, 5))),
        (_FLOOD_RECAP, D(2026, 3, 6), "evacuates the lower town", (D(2026, 3, 2), D(2026, 3, 2))),
        (_FLOOD_RECAP, D(2026, 3, 6), "rescue 40 villagers", (D(2026, 3, 3), D(2026, 3, 3))),
    ],
)
def test_a_recap_listed_day_by_day_dates_its_lines(
    text: str, published: dt.date, words: str, dates: tuple[object, object]
) -> None:
    assert _dates_of(text, published, words) == dates


def test_a_later_sentence_of_a_listed_day_keeps_the_reports_present() -> None:
    assert _dates_of(_RECAP, D(2026, 4, 9), "a customs officer says") == (D(2026, 4, 9), D(2026, 4, 9))


# 2b. an act a dated note, letter or notice is "of"
@pytest.mark.parametrize(
    ("text", "published", "words", "dates"),
    [
        (
            "Norway yesterday delivered a note of protest over the detention of its trawler.",
            D(2026, 4, 8),
            "protest over the detention",
            (D(2026, 4, 7), D(2026, 4, 7)),
        ),
        (
            "Estonia on Friday handed a letter of protest to the Russian charge d'affaires in Tallinn.",
            D(2026, 4, 8),
            "protest",
            (D(2026, 4, 3), D(2026, 4, 3)),
        ),
        (
            "On 30 March the foreign ministry in Dhaka received a note of protest from the embassy of Myanmar.",
            D(2026, 4, 8),
            "protest from the embassy",
            (D(2026, 3, 30), D(2026, 3, 30)),
        ),
        (
            "Peru's government sent a diplomatic note of protest to Chile on Tuesday over the fishing boats.",
            D(2026, 4, 8),
            "protest to Chile",
            (D(2026, 4, 7), D(2026, 4, 7)),
        ),
    ],
)
def test_an_act_a_dated_note_is_of_takes_its_day(
    text: str, published: dt.date, words: str, dates: tuple[object, object]
) -> None:
    assert _dates_of(text, published, words) == dates


def test_a_note_with_no_day_leaves_its_act_open() -> None:
    dates = _dates_of("Norway delivered a note of protest over the detention of its trawler.", D(2026, 4, 8), "protest")
    assert dates == (None, D(2026, 4, 8))


# 2c. a run of past verbs whose one time trails the last
@pytest.mark.parametrize(
    ("text", "published", "words", "dates"),
    [
        (
            "Soldiers surrounded the village and burned the granaries on Saturday, residents said.",
            D(2026, 4, 8),
            "surrounded the village",
            (D(2026, 4, 4), D(2026, 4, 4)),
        ),
        (
            "Rebels attacked the convoy and kidnapped two engineers near Beni on Tuesday.",
            D(2026, 4, 8),
            "attacked the convoy",
            (D(2026, 4, 7), D(2026, 4, 7)),
        ),
        (
            "Protesters blocked the highway and set fire to tyres outside Cochabamba on Monday.",
            D(2026, 4, 8),
            "blocked the highway",
            (D(2026, 4, 6), D(2026, 4, 6)),
        ),
        (
            "The coast guard rescued eleven migrants and arrested the boat's captain off Lampedusa on Sunday.",
            D(2026, 4, 8),
            "rescued eleven migrants",
            (D(2026, 4, 5), D(2026, 4, 5)),
        ),
    ],
)
def test_a_time_trailing_a_run_of_verbs_dates_the_first(
    text: str, published: dt.date, words: str, dates: tuple[object, object]
) -> None:
    assert _dates_of(text, published, words) == dates


@pytest.mark.parametrize(
    ("text", "words", "dates"),
    [
        (
            "Soldiers surrounded the village on Friday and burned the granaries on Saturday.",
            "surrounded the village",
            (D(2026, 4, 3), D(2026, 4, 3)),
        ),
        (
            "Soldiers surrounded the village and later burned the granaries on Saturday.",
            "surrounded the village",
            (None, D(2026, 4, 8)),
        ),
    ],
)
def test_a_first_verb_with_its_own_time_or_a_later_step_keeps_its_dates(
    text: str, words: str, dates: tuple[object, object]
) -> None:
    assert _dates_of(text, D(2026, 4, 8), words) == dates
