"""Session 22, helper senses23: polysemous verbs and nouns typed by the sense their object or argument picks, and
sentences that tell no event (laments, opinions, needs, an interviewer's prompts, a heading, a stay). Sentences written
for these tests on other stories than probe23's (football, courts, diplomacy, business, health, farming, weather),
with look-alikes whose present type is right and must stay."""

from __future__ import annotations

import pytest

from tests.test_probe4_classes import read

pytest.importorskip("spacy")


def typed(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.label) for e in read(text).events]


# -- one verb or noun, several senses: the object, the complement or the noun's argument decides --------------------
# (text, types of which one must be found, types none may have)
SENSES = [
    # concede / grant / award: goals in a match are no yield; asylum is protection given (CAMEO 075, aid)
    ("Dinamo Brest conceded two penalties in the first half of Saturday's 3-0 defeat.", None, {"yield"}),
    ("In that match, Rovers conceded a goal in the 90th minute.", None, {"yield"}),
    ("FC Ostrava conceded three goals in twenty minutes on Sunday.", None, {"yield"}),
    ("The president conceded defeat on Sunday night.", {"yield"}, set()),
    ("Ecuador conceded him diplomatic asylum last week.", {"aid"}, {"yield"}),
    ("Brazil granted asylum to the former senator on Monday.", {"aid"}, {"yield"}),
    ("The government of Spain granted the dissident political asylum on Tuesday.", {"aid"}, {"yield"}),
    # free / unlock / release: money let go is aid, people let go yield
    ("The ministry frees 40 million euros to rebuild schools in the valley.", {"aid"}, {"yield"}),
    ("The cabinet freed up 300 million dollars for drought relief on Monday.", {"aid"}, {"yield"}),
    ("The government unlocked emergency funds for the flood victims on Friday.", {"aid"}, {"yield"}),
    ("Rebels freed six hostages on Thursday.", {"yield"}, set()),
    ("Ecuador's central bank released 200 million dollars for small firms on Monday.", {"aid"}, set()),
    # capture / arrest ordered by a court is a warrant, a town captured is war
    ("A court in Quito ordered his capture for embezzlement on Tuesday.", {"legal", "coercion"}, {"military"}),
    ("A judge in Lima ordered the arrest of the former minister on Monday.", {"legal", "coercion"}, {"military"}),
    ("Troops captured the town of Kessa after heavy fighting on Sunday.", {"military"}, set()),
    ("Police captured the gunman on Sunday.", {"coercion"}, set()),
    # deliver: a note or a letter is said to someone, buses are goods
    ("Chile's embassy delivered a letter to the foreign ministry on Tuesday.", {"communication"}, {"business"}),
    (
        "Peru's foreign ministry delivered a note of protest to the Chilean ambassador on Monday.",
        {"communication", "disapproval"},
        {"business"},
    ),
    ("The company delivered 300 buses to the city on Monday.", {"business"}, set()),
    # recall: recalling that something holds is saying it; cars and ambassadors are recalled
    ("The government of Kenya recalled that the treaty must be respected.", {"statement"}, {"business"}),
    ("The union recalled that wages had not risen in ten years.", {"statement"}, {"business"}),
    ("Toyota recalled 50,000 vehicles over faulty brakes on Tuesday.", {"business"}, set()),
    ("Norway recalled its ambassador to Caracas on Friday.", {"reduce-relations"}, set()),
    # invasion / attack of pests, of illness, of weather: no army
    ("The farmers are facing the largest invasion of armyworms in a decade.", None, {"military"}),
    ("An invasion of cold air from the Arctic sent temperatures below zero on Monday.", None, {"military"}),
    ("The coach of FC Ostrava suffered a heart attack on Tuesday.", None, {"attack"}),
    ("Jan Novak died of a heart attack on Sunday.", None, {"attack"}),
    ("Rebels launched an attack on the garrison on Monday.", {"attack"}, set()),
    ("Russia's invasion of Ukraine began on 24 February 2022.", {"military"}, set()),
    # a raid by the police, or the occasion of arrests, is law enforcement; a raid that kills soldiers is an attack
    ("Police arrested 14 people in dawn raids across the city on Monday.", {"coercion"}, {"attack"}),
    ("Police raids on Monday targeted a smuggling ring.", {"coercion"}, {"attack"}),
    ("Two soldiers were killed in a raid on the base on Monday.", {"attack"}, set()),
    # talking to people face to face is consultation; communication is talk at a distance
    ("Rafael Gomez talked to the elders on Friday.", {"consultation", "meeting"}, {"communication"}),
    ("The two ministers talked by telephone on Monday.", {"communication"}, set()),
]


def check_sense(text: str, wanted: set[str] | None, unwanted: set[str]) -> None:
    """One of ``wanted`` (when given) is among the types the text gives, none of ``unwanted`` is."""
    found = typed(text)
    kinds = {kind for kind, _ in found}
    if wanted is not None:
        assert kinds & wanted, found
    assert not kinds & unwanted, found


@pytest.mark.parametrize(("text", "wanted", "unwanted"), SENSES)
def test_the_sense_the_words_around_pick(text: str, wanted: set[str] | None, unwanted: set[str]) -> None:
    check_sense(text, wanted, unwanted)


# -- sentences that tell no event -----------------------------------------------------------------------------------
NO_EVENT = [
    # a general lament: some or many people have lost everything
    "Many farmers have lost everything they planted.",
    "Some fishermen have lost everything.",
    # supporters' or critics' opinion of what something is
    "Her supporters say the charges are a political vendetta.",
    "His critics say the ruling is a gift to the banks.",
    # a need or a wish
    "Peru needs standing agreements with its neighbours and a fleet of planes.",
    "The hospital needs new agreements with insurers and more nurses.",
    # an interviewer's prompt in a Q&A
    "Q: Tell us what the company is accused of.\nA: Fraud and money laundering.",
    "Remind us what Mr Ruiz is accused of.",
    # where someone is spending a stretch of time
    "The former mayor of Quito is spending this morning inside the Spanish embassy.",
    "Ana Ruiz is spending the weekend in a police cell in Lima.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event_is_told(text: str) -> None:
    assert not typed(text)


def test_a_stay_told_with_what_drove_people_there_stands_for_it() -> None:
    text = (
        "Hundreds of Tarbes residents spent Thursday night in a school gym after a cloud of ammonia escaped from a"
        " tank at a fertiliser plant."
    )
    assert typed(text)


def test_a_message_sent_as_a_figure_of_speech_is_no_communication() -> None:
    found = typed("With the fine, the regulator has sent a message to every bank in the country.")
    assert "communication" not in {kind for kind, _ in found}, found


def test_a_bare_correction_heading_is_no_statement() -> None:
    text = (
        "The union called off the strike on Friday.\n\n**Correction**\n\n"
        "An earlier version of this story gave the wrong date.\n"
    )
    labels = [label for _, label in typed(text)]
    assert not any(label.strip("*_ ").lower() == "correction" for label in labels), labels


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The ruling party lost its majority in Sunday's election.", "election"),
        ("The ministry says the vaccine is safe.", "statement"),
        ("Her supporters say she was arrested at her home on Monday.", "coercion"),
        (
            "The Vargas family spent the night in a school gym after floods swept through the town on Monday.",
            "disaster",
        ),
        ("Police say the driver is a suspect in Sunday's robbery.", "statement"),
        ("The Ortiz family lost everything in Monday's fire.", "disaster"),
        ("Q: When did the police arrest her?\nA: Police arrested her on Monday in Lima.", "coercion"),
    ],
)
def test_look_alikes_that_stay(text: str, kind: str) -> None:
    found = typed(text)
    assert kind in {k for k, _ in found}, found
