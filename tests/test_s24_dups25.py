"""Wrong dates and wrong merges as classes (session 24, helper `dups25`), each checked on articles written here, in
other countries, bodies and wordings than the probes':

Dating
1. "at 07:00 the following morning" after a sentence that gives a day with its part ("on the evening of 12 May",
   "on Sunday afternoon") counts from that day, not from the report's: a clock alone names no day;
2. "has been closed since 28 February": a passive perfect of one thing tells the state the act left it in, so the
   act was done on that day (a count of acts over the span, "200 people have been arrested since", stays a span);
   "has been shut since 7am", still so, was shut that morning of the report's day, not maybe the evening before.

Wrong merges
3. one article telling several people arrested and, apart, one person arrested ("Three employees were detained",
   "The director was arrested yesterday") tells two arrests, whether or not either was read as an actor; the same
   people told again ("14 migrants ... They were detained") stay one.

Duplicates
4. "The council banned e-scooters ... On Monday the mayor announced the decision": a definite noun of a decision
   that a verb of making known takes points back to the one decided act told just before (a reporter's cue between
   them tells no news), and gives it its day; not when two acts were told there, nor "a decision to appeal";
5. "The port authority closed the terminal on Friday ... The terminal, which has been closed since Friday": the
   state told as lasting since the act's day is the one act (the same word, the same thing, the same day); another
   thing closed that day ("the pool, which has been closed since Friday") stays apart.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_extract_news import read
from tests.test_s22_dups23 import shown, telling

pytest.importorskip("spacy")

D = dt.date


# -- 1. "the following morning" after a day told with its part ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "published", "words", "day"),
    [
        (
            "A gas leak was found at the school on the evening of 12 May during a routine check. Acting on the fire "
            "brigade's advice, the council evacuated the building at 07:00 the following morning.",
            D(2026, 5, 20),
            "evacuated the building",
            D(2026, 5, 13),
        ),
        (
            "The inspector said that the leak had been detected on the afternoon of 4 February. The operator shut "
            "the pipeline at 06:30 the following morning.",
            D(2026, 2, 11),
            "shut the pipeline",
            D(2026, 2, 5),
        ),
        (
            "Rangers spotted the fire on Sunday evening, 9 August. Firefighters evacuated the campsite at 04:00 the "
            "next morning.",
            D(2026, 8, 14),
            "evacuated the campsite",
            D(2026, 8, 10),
        ),
    ],
)
def test_the_following_morning_counts_from_the_day_told_before(
    text: str, published: dt.date, words: str, day: dt.date
) -> None:
    found = read(text, published)
    told = telling(found, words)
    assert told, shown(list(found.events))
    assert all((e.earliest, e.latest) == (day, day) for e in told), shown(told)


# -- 2. "has been closed since" a day: closed on that day --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "published", "words", "day"),
    [
        (
            "The tunnel has been closed to all traffic since 28 February, when a section of the lining collapsed.",
            D(2026, 3, 9),
            "has been closed",
            D(2026, 2, 28),
        ),
        (
            "The port, which has been shut since 1 March, is the country's largest.",
            D(2026, 3, 9),
            "shut",
            D(2026, 3, 1),
        ),
        (
            "The pharmacy chain's licence has been suspended since 14 October, the regulator said.",
            D(2026, 10, 20),
            "suspended",
            D(2026, 10, 14),
        ),
    ],
)
def test_a_state_since_a_day_was_begun_by_the_act_on_that_day(
    text: str, published: dt.date, words: str, day: dt.date
) -> None:
    found = read(text, published)
    told = telling(found, words)
    assert told, shown(list(found.events))
    assert all((e.earliest, e.latest) == (day, day) for e in told), shown(told)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "To sum up: the motorway has been closed in both directions since 6 a.m. after a lorry spilled its load "
            "of steel coils.",
            "has been closed",
        ),
        ("The airport has been shut since 7am because of the snow.", "has been shut"),
    ],
)
def test_still_shut_since_a_clock_time_was_shut_on_the_reports_day(text: str, words: str) -> None:
    found = read(text, D(2026, 1, 20))
    told = telling(found, words)
    assert told, shown(list(found.events))
    assert all((e.earliest, e.latest) == (D(2026, 1, 20), D(2026, 1, 20)) for e in told), shown(told)


def test_acts_counted_since_a_day_stay_a_span() -> None:
    found = read("More than 200 people have been arrested since 1 March.", D(2026, 3, 9))
    told = telling(found, "arrested")
    assert told, shown(list(found.events))
    assert all((e.earliest, e.latest) == (D(2026, 3, 1), D(2026, 3, 9)) for e in told), shown(told)


# -- 3. several arrested and one arrested: two arrests -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "published", "several", "one"),
    [
        (
            "Inspectors searched a warehouse near the port on Tuesday. Three employees who were at the site were "
            "detained on suspicion of fraud. The director of the firm was arrested yesterday at his home in the "
            "capital.",
            D(2026, 3, 12),
            "employees",
            "director",
        ),
        (
            "The search of the depot took place on Monday. Two drivers were detained for questioning. The owner of "
            "the depot was detained yesterday in his office.",
            D(2026, 3, 12),
            "drivers",
            "owner",
        ),
        (
            "Border guards detained 14 migrants on Tuesday near Subotica. A smuggler was arrested in the same "
            "operation.",
            D(2026, 3, 12),
            "migrants",
            "smuggler",
        ),
    ],
)
def test_several_arrested_and_one_arrested_are_two_arrests(
    text: str, published: dt.date, several: str, one: str
) -> None:
    found = read(text, published)
    joined = [
        e
        for e in found.events
        if any(several in m.quote for m in e.mentions) and any(one in m.quote for m in e.mentions)
    ]
    assert joined == [], shown(joined)


@pytest.mark.parametrize(
    "text",
    [
        "Police detained a journalist on Monday in Minsk. The journalist was detained at the airport as he returned "
        "from Vilnius.",
        "Border guards detained 14 migrants on Tuesday near Subotica. They were detained in a forest near the border.",
    ],
)
def test_the_same_people_arrested_told_again_stay_one_arrest(text: str) -> None:
    found = read(text, D(2026, 3, 12))
    arrests = [e for e in found.events if e.type == "coercion"]
    assert len(arrests) == 1 and len(arrests[0].mentions) == 2, shown(arrests)


# -- 4. "announced the decision": the decided act told just before ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "published", "act", "day"),
    [
        (
            "The city council banned e-scooters from the old town. On Monday the mayor announced the decision to "
            "the press.",
            D(2026, 4, 14),
            "banned e-scooters",
            D(2026, 4, 13),
        ),
        (
            "PRESENTER: The port authority of Gdansk has suspended the licence of a ship repair yard after a fire. "
            "Our correspondent is in the city. CORRESPONDENT: The authority announced the decision late yesterday.",
            D(2026, 6, 3),
            "suspended the licence",
            D(2026, 6, 2),
        ),
    ],
)
def test_a_decision_made_known_is_the_act_told_just_before(
    text: str, published: dt.date, act: str, day: dt.date
) -> None:
    found = read(text, published)
    told = telling(found, act)
    assert len(told) == 1, shown(list(found.events))
    assert len(told[0].mentions) == 2 and (told[0].earliest, told[0].latest) == (day, day), shown(told)
    assert not [e for e in found.events if "decision" in e.label and e is not told[0]], shown(list(found.events))


@pytest.mark.parametrize(
    "text",
    [
        # two decided acts told just before: which one?
        "The regulator fined the airline on Monday and suspended the licence of a charter firm. The regulator "
        "announced the decision on Monday.",
        # not a decision pointed back to
        "The court fined the bank 2 million euros on Monday. The bank announced a decision to appeal on Tuesday.",
    ],
)
def test_no_one_decision_to_point_back_to_joins_nothing(text: str) -> None:
    found = read(text, D(2026, 4, 14))
    assert all(len(e.mentions) == 1 for e in found.events), shown(list(found.events))


# -- 5. the state since the act's day is the act ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "The Lisbon port authority closed the container terminal on Friday after a crane collapsed. The terminal, "
            "which has been closed since Friday, handles a third of the country's exports.",
            "closed the container terminal",
        ),
        (
            "Engineers found a crack in the dam on the evening of 3 February. The water board closed the road across "
            "the dam at 06:00 the following morning. The road has been closed since 4 February, and buses are taking "
            "a detour.",
            "closed the road",
        ),
    ],
)
def test_the_state_since_the_acts_day_is_the_act(text: str, act: str) -> None:
    found = read(text, D(2026, 2, 10))
    closings = [e for e in found.events if "closed" in e.label]
    assert len(closings) == 1 and act in closings[0].label and len(closings[0].mentions) == 2, shown(closings)


def test_another_thing_shut_since_that_day_stays_apart() -> None:
    text = (
        "The council closed the library on Friday after a roof leak. The pool, which has been closed since Friday, "
        "will reopen in March."
    )
    found = read(text, D(2026, 2, 10))
    closings = [e for e in found.events if "closed" in e.label]
    assert len(closings) == 2, shown(closings)
