"""Reports of different events kept apart (issue #12, "merge by evidence"): short articles written for these
tests in varied wording, one group per class of wrong merge seen on development news."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.test_extract_news import load_articles, only, roles
from tests.test_extract_news import read as news_read
from timelinekg.schema.model import Event, Facts

pytest.importorskip("spacy")

D = dt.date
THURSDAY = D(2025, 6, 12)


def read(text: str, published: dt.date = THURSDAY) -> Facts:
    return news_read(text, published)


def agents(facts: Facts, event: Event) -> set[str]:
    return {name for name, role in roles(facts, event).items() if role == "agent"}


def holding(facts: Facts, words: str) -> list[Event]:
    return [e for e in facts.events if any(words in m.quote for m in e.mentions)]


# -- "A said B told C ...": the news is what B told C; A is where it comes from ---------------------------------
@pytest.mark.parametrize(
    ("text", "speaker", "relay"),
    [
        (
            "Two officials said Chancellor Olaf Weber told Prime Minister Anna Lind that Berlin would not join "
            "the operation.",
            "Olaf Weber",
            "officials",
        ),
        (
            "“General Tomas Berg reported to the president on the capture of the town,” the ministry said.",
            "Tomas Berg",
            "ministry",
        ),
        (
            "The foreign ministry said envoy Carla Ruiz had told the ambassador that talks would end.",
            "Carla Ruiz",
            "foreign ministry",
        ),
    ],
)
def test_speech_relayed_by_another_speaker_is_one_event_of_the_first_speaker(
    text: str, speaker: str, relay: str
) -> None:
    facts = read(text)
    speech = [e for e in facts.events if e.type in ("statement", "communication", "threat", "warning")]
    assert len(speech) == 1, [(e.type, e.label, roles(facts, e)) for e in facts.events]
    assert speaker in agents(facts, speech[0])
    assert relay not in agents(facts, speech[0])


# -- "suspended X following the coup": the coup is what the news answers, not a report of it ------------------
@pytest.mark.parametrize(
    "reaction",
    [
        "On Friday the regional bloc suspended Mali from its meetings following the coup in the country.",
        "The union expelled Mali on Friday over the military takeover.",
        "Donors froze aid to Mali on Friday after the coup.",
    ],
)
def test_a_reaction_sentence_is_not_a_report_of_the_event_it_answers(reaction: str) -> None:
    text = f"Soldiers seized power in Mali on Tuesday, detaining the president. {reaction}"
    facts = read(text)
    coups = [e for e in facts.events if e.type == "coercion" and any("seized power" in m.quote for m in e.mentions)]
    assert len(coups) == 1, [(e.type, e.label) for e in facts.events]
    assert not any(reaction in m.quote for m in coups[0].mentions)


# -- "He said" after an unnamed speaker refers to that speaker, not to the last named person ------------------
@pytest.mark.parametrize(
    "speaker",
    [
        "A senior member of parliament said on social media",
        "A regional police spokesman said",
        "One of the rescuers told reporters",
    ],
)
def test_he_said_after_an_unnamed_speaker_is_not_the_last_named_person(speaker: str) -> None:
    text = (
        "Interior Minister Paulo Neves visited the scene on Wednesday. "
        f"{speaker} that three men had been held near the border. "
        "He said that rifles were found in their van."
    )
    facts = read(text)
    # the unnamed speaker is no actor, so the statement may go without one: never to the minister
    assert all("Paulo Neves" not in agents(facts, e) for e in holding(facts, "rifles were found"))


# -- a group that lists its members speaks as the group, not as its first member ------------------------------
@pytest.mark.parametrize(
    "group",
    [
        "The group of wealthy nations - France, Spain, Italy and Greece - also said",
        "The alliance, made up of France, Spain and Italy, said",
    ],
)
def test_a_group_listing_its_members_is_not_its_first_member(group: str) -> None:
    facts = read(f"{group} that the blockade must end.")
    said = holding(facts, "blockade must end")
    assert all("France" not in agents(facts, e) for e in said)


def test_a_passing_mention_that_says_where_still_joins_the_event() -> None:
    text = "Gunmen attacked a bus station on Tuesday. Police detained six men on Wednesday over the attack in Lagos."
    attacks = [e for e in read(text).events if e.type == "attack"]
    assert len(attacks) == 1
    assert any("Lagos" in m.quote for m in attacks[0].mentions)


# -- a search, or its end, is not the disaster it follows ----------------------------------------------------
@pytest.mark.parametrize(
    "search",
    [
        "The coast guard suspended the search for four missing workers in Porto on Tuesday evening, "
        "hours after the bridge collapsed.",
        "Divers called off the search in Porto on Tuesday night; the bridge had collapsed that morning.",
        "On Tuesday evening rescuers in Porto ended the search for survivors of the collapse.",
    ],
)
def test_a_search_after_a_collapse_stays_its_own_event(tmp_path: Path, search: str) -> None:
    events = load_articles(
        tmp_path,
        {
            "a.md": ("2025-06-10", "A highway bridge in Porto collapsed early on Tuesday after a barge hit a pillar."),
            "b.md": ("2025-06-11", search),
        },
    )
    # the search is its own event; the collapse its sentence retells ("hours after the bridge collapsed") is the
    # collapse, and may join it (dups33), the search's sentence then quoted by the collapse
    for event in events:
        quotes = " ".join(m.quote for m in event.mentions)
        if "barge hit" in quotes and "search" in quotes:
            assert event.type == "disaster" and "search" not in event.label, (event.type, event.label, quotes)


# -- a trigger's type is decided by what it acts on ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "type"),
    [
        ("Two suspects were captured near the border on Monday.", "coercion"),
        ("Rebels captured the town of Goma on Monday.", "military"),
        ("It was the largest strike the army has launched since the war began, officials said on Monday.", "attack"),
        ("Air defences intercepted rockets after a missile launch toward Haifa on Monday.", "attack"),
        ("On Monday the navy launched cruise missiles against the port.", "attack"),
        ("The company launched its new phone in Seoul on Monday.", "product-launch"),
        ("On Monday the army cancelled its order for residents to stay in shelters.", "yield"),
        ("Nordwind Airlines cancelled its order for 40 aircraft on Monday.", "business"),
        ("Protesters set the town hall on fire in Lyon on Monday.", "attack"),
        ("On Monday masked gunmen set fire to a bus in Lyon.", "attack"),
        ("A fire destroyed a warehouse in Leeds on Monday.", "disaster"),
    ],
)
def test_a_triggers_type_comes_from_what_it_acts_on(text: str, type: str) -> None:
    facts = read(text, D(2025, 6, 10))
    assert type in {e.type for e in facts.events}, [(e.type, e.label) for e in facts.events]


# -- places: where the actor is, a place inside a place ------------------------------------------------------
def assert_placed(text: str, place: str) -> None:
    facts = read(text, D(2025, 6, 10))
    names = {p.id: p.name for p in facts.places}
    placed = {names[p] for e in facts.events for p in e.place_ids}
    assert place in placed, [(e.type, e.label, e.place_ids) for e in facts.events]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A district court in Lyon on Tuesday charged three men with fraud.", "Lyon"),
        ("On Tuesday the army leaders in Mali appointed a general as interim president.", "Mali"),
        ("Police in Nairobi arrested 40 protesters on Tuesday.", "Nairobi"),
        ("The governor was sworn in at the parliament building in the capital city Nairobi on Tuesday.", "Nairobi"),
        ("The minister resigned on Tuesday at the party headquarters in central Lisbon.", "Lisbon"),
    ],
)
def test_an_event_is_placed_where_its_actor_is_or_inside_a_named_place(text: str, place: str) -> None:
    assert_placed(text, place)


@pytest.mark.parametrize(
    "text",
    [
        "Shots were heard near the airport in Bamako, the Reuters and AFP news agencies reported on Tuesday.",
        "Rebels had seized the airport on Tuesday, Syria's state television and a local radio station reported.",
    ],
)
def test_an_outlet_named_in_apposition_or_confirming_is_the_source(text: str) -> None:
    facts = read(text, D(2025, 6, 10))
    assert not [e for e in facts.events if e.type in ("statement", "confirmation")], [
        (e.type, e.label) for e in facts.events
    ]


def test_people_captured_in_a_second_conjunct_are_arrested() -> None:
    facts = read(
        "Police said the two gunmen had fled south and were captured near the border on Monday.", D(2025, 6, 10)
    )
    arrest = only(facts, "coercion")
    assert roles(facts, arrest).get("gunmen") == "target"


def test_a_lifted_directive_is_one_event() -> None:
    facts = read("On Monday the army cancelled its order for residents to stay in shelters.", D(2025, 6, 10))
    assert [e.type for e in facts.events] == ["yield"], [(e.type, e.label) for e in facts.events]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Jordan closed its airspace on Tuesday.", "Jordan"),
        ("On Tuesday Poland shut its border crossings.", "Poland"),
        ("The army lifted its order for Ukrainians to stay in shelters on Tuesday.", "Ukraine"),
    ],
)
def test_a_countrys_own_territory_or_its_people_place_the_event(text: str, place: str) -> None:
    assert_placed(text, place)


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister convened his security cabinet on Monday.",
        "On Monday the chancellor convened leaders of the coalition parties in Berlin.",
    ],
)
def test_convening_is_a_meeting(text: str) -> None:
    assert "meeting" in {e.type for e in read(text, D(2025, 6, 10)).events}
