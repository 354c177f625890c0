"""Dating classes of issue #12, each with its own sentences (written for these tests, varied wording):

1. a date the parser hangs on a verb that tells no event ("coincides with", "follows") belongs to the event noun
   right before it;
2. background over years about several places ("in five other countries since 2020") is no event of the story;
3. temporal focus: a relative clause's own time or background does not move the narration out of its day, and
   the day goes on through the sentences that narrate on;
4. "The arrest took place on Tuesday": a definite noun naming again the event of the sentence before dates it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timelinekg.nlp.extract import Article, extract_article
from timelinekg.schema.model import Event, Facts

pytest.importorskip("spacy")

D = dt.date
THURSDAY = D(2025, 6, 12)
MONDAY, TUESDAY, WEDNESDAY = D(2025, 6, 9), D(2025, 6, 10), D(2025, 6, 11)


def read(text: str, published: dt.date = THURSDAY) -> Facts:
    return extract_article(Article(text=text, origin="test.txt", title="Test", published=published))


def triggered(facts: Facts, word: str) -> Event:
    found = [e for e in facts.events if e.attribute("trigger") == word]
    assert found, [(e.type, e.label, e.attribute("trigger"), e.earliest, e.latest) for e in facts.events]
    return found[0]


def quoted(facts: Facts, words: str) -> Event:
    found = [e for e in facts.events if any(words in m.quote for m in e.mentions)]
    assert found, [(e.type, e.label, e.earliest, e.latest) for e in facts.events]
    return found[-1]


# -- 1. the date after an event noun that a non-event verb governs ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "The latest strike coincided with the police's detention of three activists outside the parliament on "
            "Wednesday as the protests continued.",
            "detention",
            WEDNESDAY,
        ),
        (
            "The new offensive follows the militia's capture of a border town near the river on Monday.",
            "capture",
            MONDAY,
        ),
        (
            "This deadly attack coincides with the navy’s seizure of an oil tanker near the Gulf of Aden on Tuesday "
            "amid rising tensions in the region.",
            "seizure",
            TUESDAY,
        ),
        ("The bombing of the embassy on Monday drew condemnation from neighbouring states.", "bombing", MONDAY),
        ("Unrest spread after the arrest of the opposition leader in the capital on Tuesday.", "arrest", TUESDAY),
    ],
)
def test_the_date_after_an_event_noun_is_that_events(text: str, word: str, day: dt.date) -> None:
    event = triggered(read(text), word)
    assert (event.earliest, event.latest) == (day, day)


def test_the_verb_carrying_the_subject_keeps_no_date_it_gave_away() -> None:
    facts = read("The new offensive follows the militia's capture of a border town near the river on Monday.")
    offensives = [e for e in facts.events if e.attribute("trigger") == "offensive"]
    assert all(e.earliest != MONDAY for e in offensives)


def test_a_date_before_the_noun_stays_the_subjects() -> None:
    facts = read("The attack on Saturday came after the seizure of a tanker by the navy.")
    seizure = triggered(facts, "seizure")
    assert seizure.earliest is None or seizure.earliest != D(2025, 6, 7)


def test_an_event_verb_keeps_its_own_date() -> None:
    # "arrested" is the event of the clause: the date is when the police arrested him
    facts = read("Police arrested the gunman after the shooting at the mall on Monday.")
    assert (triggered(facts, "arrested").earliest, triggered(facts, "arrested").latest) == (MONDAY, MONDAY)


def test_a_demonstrative_noun_with_a_carrying_verb_in_the_present_is_not_todays() -> None:
    # the writer's present ("coincides") does not make the attack the report day's
    facts = read(
        "The rebels attacked an army base on Tuesday. This retaliatory attack coincides with the navy's seizure of "
        "a fishing boat near the coast on Monday.",
        published=WEDNESDAY,
    )
    assert all(e.earliest != WEDNESDAY for e in facts.events if e.type == "attack")


# -- 2. a trend over years about several places is no event of the story -------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Troops stormed the state broadcaster on Tuesday. The takeover drew condemnation from the regional bloc in a "
        "region where armies have seized power in four other countries since 2020.",
        "Officers took control of the capital on Tuesday, the latest of the coups that have swept several states of "
        "the region since 2021.",
        "Militants have carried out attacks in several provinces in recent years.",
    ],
)
def test_a_trend_over_places_is_no_event(text: str) -> None:
    facts = read(text)
    for event in facts.events:
        if event.earliest is not None and event.latest is not None:
            assert (event.latest - event.earliest).days <= 7, (event.label, event.earliest, event.latest)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Gunmen attacked churches in three villages on Sunday.", D(2025, 6, 8)),
        ("Protesters marched in several cities on Tuesday.", TUESDAY),
    ],
)
def test_news_of_one_day_in_several_places_is_an_event(text: str, day: dt.date) -> None:
    facts = read(text)
    assert [(e.earliest, e.latest) for e in facts.events] == [(day, day)]


# -- 3. temporal focus through relative clauses and narrated sentences --------------------------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Rebels stormed the presidential palace on Tuesday. The president, who came to power in 2015, was "
            "placed under house arrest, the rebels said.",
            "house arrest",
        ),
        (
            "Soldiers seized the state broadcaster on Tuesday. “We have ended the old regime,” an officer declared "
            "on air. The president was placed under house arrest.",
            "placed under house arrest",
        ),
        (
            "Troops stormed the state broadcaster on Tuesday. The takeover drew condemnation from the regional bloc "
            "in a region where armies have seized power in four other countries since 2020. The president was "
            "placed under house arrest.",
            "placed under house arrest",
        ),
        (
            "The army shot down dozens of drones launched by the rebels on Tuesday. Officials said the damage was "
            "minor. Officials said the president told the defence minister that the country would not retaliate.",
            "told the defence minister",
        ),
    ],
)
def test_the_narration_goes_on_in_the_day_it_was_set_on(text: str, words: str) -> None:
    event = quoted(read(text), words)
    assert (event.earliest, event.latest) == (TUESDAY, THURSDAY), (event.label, event.earliest, event.latest)
    assert event.precision == "unknown"


FIRED = "Riot police fired tear gas at protesters outside the court."


def test_one_narrated_sentence_between_keeps_the_frame() -> None:
    event = quoted(
        read(f"Police arrested four suspects on Tuesday. Officials said the men were foreigners. {FIRED}"), "tear gas"
    )
    assert (event.earliest, event.latest, event.attribute("date_basis")) == (TUESDAY, THURSDAY, "focus")


@pytest.mark.parametrize(
    "between",
    [
        "The men had trained in a camp abroad for months.",  # a flashback in the past perfect leaves the frame
        "Many victims remain in hospital.",  # so does a present state
        "The group has attacked courts since 2019.",  # and background
        # more than three narrated sentences back
        "Officials said the men were foreigners. Officials said they carried forged passports. Officials said they "
        "rented a flat. Officials said they bought a car.",
    ],
)
def test_the_frame_is_left(between: str) -> None:
    event = quoted(read(f"Police arrested four suspects on Tuesday. {between} {FIRED}"), "tear gas")
    assert event.attribute("date_basis") != "focus" and event.earliest is None, event.label


def test_a_speakers_meeting_dated_only_by_another_clause_leaves_the_frame_to_the_narration() -> None:
    # "as the president convened" has the day of the clause it hangs on: no occasion of the president's the text
    # dates, so what he told the minister is narrated in the frame the sentence before set
    facts = read(
        "The ministry on Wednesday praised the air force as the president convened his security chiefs. The army "
        "shot down missiles fired by the rebels on Tuesday. Officials said the president told the defence minister "
        "that the country would not retaliate."
    )
    told = quoted(facts, "told the defence minister")
    assert (told.earliest, told.latest, told.attribute("date_basis")) == (TUESDAY, THURSDAY, "focus")


# -- 4. "The release came on Tuesday": the day of the event the sentence before told ---------------------------------
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "Rebels freed two aid workers near the border. The release came on Tuesday after weeks of talks.",
            "freed",
            TUESDAY,
        ),
        (
            "Soldiers detained the country's president. The arrest took place on Tuesday at his residence.",
            "detained",
            TUESDAY,
        ),
        (
            "The army freed three hostages in the north. Their release happened on Monday, officials said.",
            "freed",
            MONDAY,
        ),
    ],
)
def test_a_definite_noun_naming_the_event_again_gives_its_day(text: str, word: str, day: dt.date) -> None:
    facts = read(text)
    event = quoted(facts, text.split(". ")[0])
    assert (event.earliest, event.latest) == (day, day), (event.label, event.earliest, event.latest)
    assert len([e for e in facts.events if e.type == event.type]) == 1  # one event, told twice


@pytest.mark.parametrize(
    "text",
    [
        "Rebels freed two aid workers near the border. A release came on Tuesday after weeks of talks.",  # not definite
        "Rebels freed two aid workers near the border. The storm came on Tuesday.",  # names another kind of event
        "Rebels freed two aid workers near the border. Officials met the families. The release came on Tuesday.",
    ],
)
def test_no_day_for_an_event_not_named_again(text: str) -> None:
    event = quoted(read(text), "Rebels freed")
    assert event.earliest is None
