"""Dating classes of wrong-dated and open-bounded nodes on our multi-outlet sets (probe18, probe17, clusters*), fixed
on sentences and short articles written for these tests (other names, countries and topics):

1. "through" right before a time is a verb's particle when it governs no object ("the reform was voted through
   earlier this month"): the time is the act's, not the end of a state ("closed the road through Friday");
2. a time set off by a comma after a relative clause in the simple present ("which runs hospitals in three towns,
   in the early hours of Sunday") is the main act's, wherever the parser hung it: what holds now has no past day;
3. the lead's present perfect is news of the report's days also when its attribution names the day ("..., officials
   said on Wednesday": the day before that day to it), when a relative clause of the lead describes a participant
   with an old time ("over a fire that killed 31 workers in 2023"), and whatever older event it answers;
4. what a dated event told by its noun did as the verb's subject it did on its day ("three days after the collapse
   of the bridge killed 26 people"), also when the parser hangs the noun on "after" and leaves the verb subjectless;
5. "the same evening as the verdict" is the day of the event it names, not the day the text gave last: dated only
   when the same word told that event before; else the report bounds it;
6. a bare clock time of a verb conjoined with one whose clause names a day ("closed the estuary at 7:40 a.m. on
   Friday and reopened it at 4:40 p.m.") is of that day or the next, not of the article's latest news day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_dating_classes import MONDAY, THURSDAY, TUESDAY, WEDNESDAY, read, triggered

D = dt.date
SUNDAY = D(2025, 6, 8)
SATURDAY = D(2025, 6, 14)


def days(text: str, word: str, published: dt.date = THURSDAY) -> tuple[dt.date | None, dt.date | None]:
    event = triggered(read(text, published), word)
    return event.earliest, event.latest


# -- 1. "through" as a particle --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "bounds"),
    [
        (
            "The pension reform, which raises the retirement age to 67, was voted through earlier this month.",
            "voted",
            (D(2025, 6, 1), THURSDAY),
        ),
        ("The emergency budget was voted through on Tuesday after an all-night session.", "voted", (TUESDAY, TUESDAY)),
    ],
)
def test_through_as_a_particle(text: str, word: str, bounds: tuple[dt.date, dt.date]) -> None:
    assert days(text, word) == bounds


def test_through_before_a_day_still_ends_a_state() -> None:
    assert days("Police closed the coastal road through Friday.", "closed")[0] is None


# -- 2. a time set off after a present relative clause ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "Hackers struck the Alto do Minho Health Unit (ULS Alto do Minho), which runs hospitals in Viana, Ponte de "
            "Lima and Monção and 12 clinics, in the early hours of Sunday.",
            "struck",
            SUNDAY,
        ),
        (
            "Thieves raided the Casa da Moeda, which prints banknotes for Angola, Cape Verde and Mozambique, early on "
            "Wednesday.",
            "raided",
            WEDNESDAY,
        ),
    ],
)
def test_time_set_off_after_a_present_relative(text: str, word: str, day: dt.date) -> None:
    assert days(text, word) == (day, day)


def test_a_relative_clause_keeps_its_own_time() -> None:
    # no comma before the time: the museum opens on Monday, the damage is undated
    facts = read("The museum, which opens to visitors on Monday, was damaged by the storm.")
    assert all(e.earliest != MONDAY for e in facts.events if e.attribute("trigger") != "opens")


# -- 3. the lead's present perfect with a dated attribution, an old relative clause, an answered event -------------
@pytest.mark.parametrize(
    ("text", "word", "bounds"),
    [
        (
            "A landslide has buried a mountain village in western Nepal, leaving at least 30 people missing, district "
            "officials said on Thursday.\n\nRescuers dug by hand.",
            "landslide",
            (WEDNESDAY, THURSDAY),
        ),
        (
            "Flash floods have swept away two bridges on the main highway north of Kabul, cutting off three "
            "provinces, the transport ministry said on Wednesday.\n\nTraffic was diverted.",
            "swept",
            (TUESDAY, WEDNESDAY),
        ),
        (
            "Customs officers have seized 800 kilograms of cocaine hidden in a banana shipment that arrived from "
            "Ecuador in May.\n\nNobody was held.",
            "seized",
            (WEDNESDAY, THURSDAY),
        ),
        (
            "A tribunal in Nairobi has jailed the owner of a boarding school for twelve years over a fire that killed "
            "19 pupils in 2021.\n\nHe will appeal.",
            "jailed",
            (WEDNESDAY, THURSDAY),
        ),
    ],
)
def test_lead_perfect_with_a_dated_attribution_or_an_aside(
    text: str, word: str, bounds: tuple[dt.date, dt.date]
) -> None:
    assert days(text, word) == bounds


def test_lead_perfect_with_a_date_of_its_own_clause_is_not_widened() -> None:
    # the main clause's own day dates it; the attribution rule does not apply
    assert days("Troops have killed 12 militants in a raid on Monday, the army said.", "killed")[0] != WEDNESDAY


# -- 4. what a dated event did as the verb's subject -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The regional engineer was suspended yesterday, three days after the collapse of the Ruvu footbridge in "
            "Kibaha district killed 11 pupils.",
            D(2025, 6, 8),
        ),
        (
            "Malawi's housing minister quit on Wednesday, two days after the collapse of a dormitory at a school in "
            "Zomba district killed 14 girls.",
            MONDAY,
        ),
    ],
)
def test_done_by_a_dated_event(text: str, day: dt.date) -> None:
    assert days(text, "killed") == (day, day)


# -- 5. "the same evening as" an event ------------------------------------------------------------------------------
def test_same_evening_as_an_event_told_by_the_same_word() -> None:
    text = (
        "Police arrested the mayor on Monday. On Wednesday, a judge freed him. "
        "The same evening as the arrest, protesters burned the town hall."
    )
    assert days(text, "burned", SATURDAY) == (MONDAY, MONDAY)


def test_same_day_as_an_event_of_another_word_is_no_day_told_last() -> None:
    text = (
        "Voters in Lagos chose a new governor on Monday. Police arrested 12 party agents on Wednesday. "
        "On the same day as the vote, gunmen attacked a polling station."
    )
    assert days(text, "attacked", SATURDAY) == (None, SATURDAY)


# -- 6. a clock time of a conjunct: the first verb's day -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "bounds"),
    [
        (
            "The coast guard closed the estuary at 7:40 a.m. on Friday and reopened it at 4:40 p.m., leaving 31 ships "
            "waiting at anchor, agents said. Ferry services resumed on Sunday.",
            "reopened",
            (D(2025, 6, 13), SATURDAY),
        ),
        (
            "Police sealed off the stadium at 6 p.m. on Thursday and evacuated it at 9.15 p.m., the club said. The "
            "league suspended the match on Sunday.",
            "evacuated",
            (THURSDAY, D(2025, 6, 13)),
        ),
    ],
)
def test_clock_time_of_a_conjunct(text: str, word: str, bounds: tuple[dt.date, dt.date]) -> None:
    assert days(text, word, D(2025, 6, 16)) == bounds


# -- after the merge: a noun dated in its own clause and the verb it is the subject of tell one happening ------------
@pytest.mark.parametrize(
    "text",
    [
        "A tornado damaged a church in Paris, Texas, on Monday.",
        "A storm flooded a school in Cork, Ireland, on Tuesday.",
        "An earthquake destroyed a bridge in Ica, Peru, on Monday.",
    ],
)
def test_a_noun_dated_in_its_own_clause_is_not_doubled_by_its_verb(text: str) -> None:
    facts = read(text, THURSDAY)
    dated = [e for e in facts.events if e.earliest is not None and e.attribute("date_basis") == "relation"]
    assert not dated, [(e.label, e.attribute("trigger")) for e in facts.events]
