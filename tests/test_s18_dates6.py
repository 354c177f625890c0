"""Open-bounded dates where the text fixes the day (probe19 and the probes before it), fixed on sentences and short
articles written for these tests (other names, countries and acts):

1. a day told by the event it names: "on the day of the explosion", "the morning after the blast", "on the evening of
   the vote", "the night before the election" are that event's day (or the one after or before it) when the article
   dates the event; when it does not, the phrase gives no day (the report bounds the act), never the tagger's count
   from the report;
2. an event noun that names again an act the article dates ("their detention" and "detained the three activists on
   Monday") is that act (it joins it, or takes its day when another rule joined it elsewhere): the act told
   before it (the nearest, unless an undated one of its kind comes between), or, for a lead that names what its body
   dates, the one day of the acts told after it (those whose subject or object agrees in number with the noun's
   possessive pronoun when they are of several days); not "the arrest of a third suspect", another act of that kind;
3. a time put before the subject dates a verb conjoined with the first that has no subject or time of its own ("On
   Monday evening the nurses marched to the ministry and resigned from the union"), when it joins no event of the
   first verb; not a time after the first verb ("stormed the hall on Monday and looted the offices"), nor a conjunct
   told as a later step ("and later looted");
4. "in the early hours" with no day named, in a clause hung by "after", "as" or "when" on a clause dated to one day
   ("returned to paper registers on Tuesday after a ransomware attack in the early hours shut down ..."), are that
   day's (the tagger reads no time in them).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_dating_classes import MONDAY, THURSDAY, TUESDAY, WEDNESDAY, read, triggered

D = dt.date


def days(text: str, word: str, published: dt.date = THURSDAY) -> tuple[dt.date | None, dt.date | None]:
    event = triggered(read(text, published), word)
    return event.earliest, event.latest


def days_of_report(text: str, words: str) -> set[tuple[dt.date | None, dt.date | None]]:
    """The dates of the events a report of ``words`` is part of: its own, or those of the event it joined."""
    events = [e for e in read(text).events if any(words in m.quote for m in e.mentions)]
    assert events, [(e.label, [m.quote for m in e.mentions]) for e in read(text).events]
    return {(e.earliest, e.latest) for e in events}


# -- 1. a day told by the event it names -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "bounds"),
    [
        (
            "A fuel tanker exploded at the port of Mombasa on Monday, killing nine dock workers. The transport "
            "minister suspended all fuel shipments on the day of the explosion.",
            "suspended",
            (MONDAY, MONDAY),
        ),
        (
            "A landslide buried the village of Kalundu on Monday. Soldiers evacuated 200 families from the valley the "
            "morning after the landslide.",
            "evacuated",
            (TUESDAY, TUESDAY),
        ),
        (
            "Lawmakers in Asuncion voted on Tuesday to impeach the interior minister. Farmers blocked the main highway "
            "on the evening of the vote.",
            "blocked",
            (TUESDAY, TUESDAY),
        ),
        (
            "The Senate approved the pension reform on Wednesday. On the day after the vote, unions staged a strike at "
            "the ports of Valparaiso and San Antonio.",
            "strike",
            (THURSDAY, THURSDAY),
        ),
        (
            "Moldovans voted in a referendum on Tuesday. Police detained four activists of the Revival party the day "
            "before the referendum.",
            "detained",
            (MONDAY, MONDAY),
        ),
    ],
)
def test_a_day_told_by_the_event_it_names(text: str, word: str, bounds: tuple[dt.date, dt.date]) -> None:
    assert days(text, word) == bounds


def test_a_day_of_an_event_the_article_does_not_date_gives_no_day() -> None:
    # the tagger counts "the day" from the report; the crash has no day here, so neither has the act
    earliest, latest = days(
        "A cargo plane crashed near the airport of Goma. The airline grounded its fleet the day after the crash.",
        "grounded",
    )
    assert earliest is None and latest is not None and latest <= THURSDAY


def test_the_night_runs_into_the_next_day() -> None:
    assert days(
        "Voters in Lusaka elected a new mayor on Monday. Supporters of the losing candidate clashed with police in "
        "the Matero district on the night of the election.",
        "clashed",
    ) == (MONDAY, MONDAY)


# -- 2. an event noun that names again an act the article dates ------------------------------------------------------
def test_a_lead_noun_takes_the_day_its_body_gives() -> None:
    text = (
        "A court in Minsk ordered three opposition activists held for two months on Thursday, three days after their "
        "detention by the state security committee.\n\n"
        "Officers of the committee detained the three activists on Monday at a flat in the Uruchcha district.\n\n"
        "A fourth man was detained in Grodno on Wednesday, the committee said."
    )
    assert days(text, "detention") == (MONDAY, MONDAY)


def test_a_noun_told_after_the_act_takes_its_day() -> None:
    text = (
        "Border guards arrested a Georgian journalist at the Sarpi crossing on Tuesday. Reporters Without Borders "
        "condemned his arrest by the guards as an attack on the press."
    )
    arrests = [e for e in read(text).events if e.type == "coercion"]
    assert [(e.earliest, e.latest) for e in arrests] == [(TUESDAY, TUESDAY)]  # one arrest, the noun joined to it
    # session 27 (merges30): a noun that is the object of another act names the event without reporting it; the
    # condemnation is its own news, and its sentence counted as the arrest's report merged it with the reaction
    assert not any("condemned his arrest" in m.quote for m in arrests[0].mentions)


@pytest.mark.parametrize(("pronoun", "day"), [("their", TUESDAY), ("his", WEDNESDAY)])
def test_the_possessor_tells_which_of_the_acts_told_after(pronoun: str, day: dt.date) -> None:
    text = (
        f"Rights groups in Yerevan condemned the security service on Thursday, saying {pronoun} arrest by its "
        "officers broke the law.\n\nThe service arrested two former ministers on Tuesday. It arrested a businessman "
        "on Wednesday."
    )
    assert (day, day) in days_of_report(text, "arrest by its officers")
    assert all(earliest is not None for earliest, _ in days_of_report(text, "arrest by its officers"))


def test_acts_of_several_days_and_no_possessor_leave_the_lead_noun_open() -> None:
    text = (
        "Rights groups in Yerevan condemned the security service on Thursday, saying the arrest by its officers broke "
        "the law.\n\nThe service arrested two former ministers on Tuesday. It arrested a businessman on Wednesday."
    )
    assert days(text, "arrest")[0] is None


def test_an_undated_act_of_the_kind_between_leaves_the_noun_open() -> None:
    text = (
        "Police arrested the mayor of Ploiesti on Monday. Prosecutors later arrested his deputy as well. The lawyer "
        "of the deputy called the arrest political."
    )
    assert all(e.earliest is None for e in read(text).events if e.attribute("trigger") == "arrest")


# -- 3. a time put before the subject dates the verbs conjoined with the first ---------------------------------------
def test_a_fronted_time_dates_the_conjunct() -> None:
    # a conjunct of another kind, which joins no event of the first verb
    text = "On Monday evening the striking nurses of Accra marched to the health ministry and resigned from the union."
    assert days(text, "resigned") == (MONDAY, MONDAY)


@pytest.mark.parametrize(
    "text",
    [
        "Riot police stormed the town hall in Kisumu on Monday and looted the offices of the county governor.",
        "On Monday night soldiers stormed the town hall in Kisumu and later looted the offices of the governor.",
    ],
)
def test_no_fronted_time_or_a_later_step_keeps_the_conjunct_open(text: str) -> None:
    # an undated conjunct joins its first verb's event when the merge rule lets it: then it is told no day of its own
    assert all(e.earliest is None for e in read(text).events if e.attribute("trigger") == "looted")


def test_the_fronted_day_is_not_taken_past_a_subject_of_its_own() -> None:
    text = "On Wednesday the army sealed the border with Chad, and rebels attacked a police post in Abeche."
    earliest, _ = days(text, "attacked")
    assert earliest in (None, WEDNESDAY)  # the conjunct with its own subject is left to the other rules


# -- the lead's present perfect under a dated attribution (already dated by dates5's rule: checked, not changed) -----
def test_the_leads_perfect_under_a_dated_attribution_is_of_its_days() -> None:
    text = (
        "Security forces have detained 40 opposition supporters in the Ugandan town of Masaka, police said on "
        "Wednesday.\n\nThe detentions followed a rally by the National Unity Platform."
    )
    assert days(text, "detained") == (TUESDAY, WEDNESDAY)


# -- 4. "in the early hours", no day named, in a clause hung on a dated one ------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "Teachers in Tartu returned to paper registers on Tuesday after a ransomware attack in the early hours "
            "shut down the school network of the city.",
            "attack",
            TUESDAY,
        ),
        (
            "Staff at the port of Klaipeda worked by hand on Wednesday after hackers struck the customs system in the "
            "early hours.",
            "struck",
            WEDNESDAY,
        ),
    ],
)
def test_the_early_hours_are_of_the_clauses_day(text: str, word: str, day: dt.date) -> None:
    assert days(text, word) == (day, day)


def test_the_early_hours_under_an_undated_clause_give_no_day() -> None:
    text = "Staff at the port of Klaipeda worked by hand after hackers struck the customs system in the early hours."
    assert days(text, "struck")[0] is None
