"""Classes of wrong-dated nodes on our multi-outlet sets (clusters, clusters2, clusters3, probe16), fixed on sentences
written for these tests (other names, countries and topics):

1. a participle clause that hangs on a dated main clause, also one coordinated with another ("occupied the office
   on Monday, chanting slogans and demanding talks"), is what the subject did then;
2. a relative clause "in which" / "during which" on a dated event noun happened during it;
3. a participle that describes a participant ("The museum, founded in 1890, ...") has its own time, which is no
   time of the sentence's act;
4. a time after the report in the clause of a past act ("demanded a vote next month") is the time of what is asked,
   and does not take the act out of the time frame of its narration;
5. a time that describes a thing the sentence before names ("contracts between 2017 and 2021", "the biggest jump since
   March 2023") does not end the time frame that sentence's day sets for the narration after it;
6. what is to end a state still to come ("would remain shut until inspectors approved the system") has not happened:
   no event, so no undated one;
7. a plan's day ("a bond auction, scheduled for Thursday") is no day the article's news is of: a statement of an
   article whose news is of Wednesday is said between Wednesday and its Thursday report, not pinned to Thursday.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_dating_classes import MONDAY, THURSDAY, TUESDAY, WEDNESDAY, read, triggered

D = dt.date
SUNDAY, SATURDAY = D(2025, 6, 8), D(2025, 6, 7)


def days(text: str, word: str) -> tuple[dt.date | None, dt.date | None]:
    event = triggered(read(text), word)
    return event.earliest, event.latest


# -- 1. participle clauses of a dated main clause --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "Students occupied the rector's office in Santiago on Monday, chanting slogans against the fee rise and "
            "demanding talks with the minister.",
            "demanding",
            MONDAY,
        ),
        (
            "The fishermen sat on the quay in Mombasa on Wednesday evening, mending nets and protesting against the "
            "new quotas.",
            "protesting",
            WEDNESDAY,
        ),
        (
            "Opposition deputies disrupted the assembly in Kyiv on Sunday, demanding the finance minister's "
            "resignation.",
            "demanding",
            SUNDAY,
        ),
    ],
)
def test_a_participle_clause_takes_the_day_of_its_main_clause(text: str, word: str, day: dt.date) -> None:
    assert days(text, word) == (day, day)


def test_a_perfect_participle_is_before_its_main_clause() -> None:
    text = "The senator died on Monday, having demanded an end to the war for years."
    assert days(text, "died") == (MONDAY, MONDAY)
    found = [e for e in read(text).events if e.attribute("trigger") == "demanded"]
    assert all(e.earliest != MONDAY for e in found)


# -- 2. "in which" on a dated event noun ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "The airline grounded its fleet after Monday's crash, in which eleven passengers were killed.",
            "killed",
            MONDAY,
        ),
        (
            "Schools stayed shut in Cebu after Tuesday's earthquake, in which two classrooms collapsed.",
            "collapsed",
            TUESDAY,
        ),
        (
            "Shops stayed shut in Dakar after Wednesday's riot, during which police arrested forty people.",
            "arrested",
            WEDNESDAY,
        ),
    ],
)
def test_a_clause_in_which_happened_during_the_dated_event(text: str, word: str, day: dt.date) -> None:
    assert days(text, word) == (day, day)


# -- 3. a participle describing a participant ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "year"),
    [
        ("The museum, founded in 1890, was closed by the ministry in 2024 over safety failures.", "closed", 2024),
        (
            "The smelter, built in the 1970s and sold in 2004, was fined by the environment agency in 2023 over "
            "toxic leaks.",
            "fined",
            2023,
        ),
        ("The ferry, launched in 1988, sank off Crete in 2019.", "sank", 2019),
    ],
)
def test_a_participles_time_is_not_the_acts(text: str, word: str, year: int) -> None:
    assert days(text, word) == (D(year, 1, 1), D(year, 12, 31))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The ferry, launched in 1988, sank off Crete after hitting rocks.", "sank"),
        ("The governor, elected in 2019, was arrested by anti-corruption police in Lagos.", "arrested"),
    ],
)
def test_a_described_participants_time_dates_no_undated_act(text: str, word: str) -> None:
    assert days(text, word) == (None, THURSDAY)


# -- 4. a time after the report in a past act's clause --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "The opposition walked out of parliament in Tbilisi on Tuesday. Its spokeswoman demanded a new vote "
            "next month.",
            "demanded",
            TUESDAY,
        ),
        (
            "Truck drivers blocked the ring road around Sofia on Wednesday. Their federation's chairman, Ivan "
            "Petrov, demanded that the fuel tax be put to a vote next month.",
            "demanded",
            WEDNESDAY,
        ),
        (
            "On Thursday the Green League criticised the mining licence. Its leader, Aino Virtanen, demanded that "
            "the contract be debated in parliament next week.",
            "demanded",
            THURSDAY,
        ),
    ],
)
def test_a_planned_time_leaves_the_act_in_its_narration(text: str, word: str, day: dt.date) -> None:
    assert days(text, word) == (day, THURSDAY)


# -- 5. a time that describes a thing leaves the narration's frame ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "The former mayor was found guilty yesterday of taking bribes on building contracts between 2017 and "
            "2021. The court acquitted his deputy, Tomas Varga.",
            "acquitted",
            WEDNESDAY,
        ),
        (
            "Bond prices in Lima fell sharply on Tuesday after the finance minister resigned. The yield on ten-year "
            "bonds rose 40 basis points, its biggest one-day jump since March 2023. Police detained two currency "
            "traders.",
            "detained",
            TUESDAY,
        ),
        (
            "Protesters stormed the finance ministry in Nairobi on Tuesday. The demonstration was the largest protest "
            "since March 2023. Police arrested forty students.",
            "arrested",
            TUESDAY,
        ),
    ],
)
def test_a_things_time_leaves_the_frame_of_the_day_before(text: str, word: str, day: dt.date) -> None:
    assert days(text, word) == (day, THURSDAY)


def test_an_older_time_of_the_main_clause_still_ends_the_frame() -> None:
    text = (
        "The former mayor was convicted in 2019 of taking bribes on building contracts. The court acquitted his deputy."
    )
    assert days(text, "acquitted") == (None, THURSDAY)


# -- 6. what is to end a state still to come ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The union said the strike would continue until the government signed a new wage agreement.", "agreement"),
        ("Officials said the mine would stay shut until inspectors approved the new ventilation system.", "approved"),
        ("The court ruled that the ban will remain until parliament passed a new law on rallies.", "passed"),
    ],
)
def test_what_would_end_a_state_to_come_is_no_event(text: str, word: str) -> None:
    assert not [e for e in read(text).events if e.attribute("trigger") == word]


def test_what_ended_a_state_that_was_is_an_event() -> None:
    assert days("The siege lasted until special forces stormed the hotel on Wednesday.", "stormed") == (
        WEDNESDAY,
        WEDNESDAY,
    )


# -- 7. a plan's day is no day of the news ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Peru's sol weakened sharply on Wednesday after the finance minister quit. The central bank said it had "
        "cancelled a debt auction, scheduled for Thursday.",
        "Truckers blocked the main highways into Santiago on Wednesday. The transport ministry said a meeting with "
        "their union, planned for Thursday, had been called off.",
        "Kenya's shilling fell to a record low on Wednesday as a strike closed the ports. The Treasury said it had "
        "postponed a bond auction, scheduled for Thursday, because of market conditions.",
    ],
)
def test_a_plans_day_does_not_pin_a_statement_to_the_report(text: str) -> None:
    assert days(text, "said") == (WEDNESDAY, THURSDAY)


def test_a_statement_of_an_article_of_the_reports_day_is_of_that_day() -> None:
    assert days("The Treasury said it had postponed a bond auction, scheduled for Thursday.", "said") == (
        THURSDAY,
        THURSDAY,
    )
