"""Helper places25's classes of session 24 (own sentences, several wordings): a place whose name begins with a
word that is also a title or a nationality ("King Island", "British Columbia", "General Santos") or joins its words
with a particle ("Newcastle upon Tyne", "Villafranca de los Barros", "Stoke-on-Trent") is placed whole; a named
facility an event happens at, on or to (an airfield, a base, a station, a bridge) is its place; "that town" is the
town named before."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_s23_places24 import _monday_places


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("A fishing boat sank on Monday off Prince Edward Island.", "Prince Edward Island"),
        ("A fishing boat capsized on Monday off King Island.", "King Island"),
        ("A Korean technician was injured on Monday in a fall at King Sejong Station.", "King Sejong Station"),
        ("Soldiers killed five rebels on Monday in General Santos.", "General Santos"),
        ("A storm damaged dozens of homes on Monday in British Columbia.", "British Columbia"),
        ("An oil tanker ran aground on Monday in Prince William Sound.", "Prince William Sound"),
    ],
)
def test_a_place_named_with_a_title_or_a_nationality_keeps_it(tmp_path: Path, sentence: str, place: str) -> None:
    places = _monday_places(tmp_path, sentence)
    assert place in places, places
    assert "Tunis" not in places, places


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("A fire destroyed a warehouse on Monday in Newcastle upon Tyne.", "Newcastle upon Tyne"),
        ("Flooding forced hundreds from their homes on Monday in Kingston upon Hull.", "Kingston upon Hull"),
        ("Police raided a warehouse on Monday in Stratford-upon-Avon.", "Stratford-upon-Avon"),
        ("A fire destroyed a warehouse on Monday in Stoke-on-Trent.", "Stoke-on-Trent"),
        ("A gunman opened fire on Monday in Sainte-Marie-aux-Mines.", "Sainte-Marie-aux-Mines"),
        (
            "Officers raided a farm on Monday in the municipality of Villafranca de los Barros (Badajoz).",
            "Villafranca de los Barros",
        ),
        (
            "Agents searched a warehouse on Monday in the municipality of Puebla de Alcocer (Badajoz).",
            "Puebla de Alcocer",
        ),
        ("A landslide killed three people on Monday in São José do Rio Preto.", "São José do Rio Preto"),
    ],
)
def test_a_place_name_joined_by_a_particle_is_placed_whole(tmp_path: Path, sentence: str, place: str) -> None:
    places = _monday_places(tmp_path, sentence)
    assert place in places, places
    cut = {name for name in places if name != place and name in place}
    assert not cut, places


@pytest.mark.parametrize(
    ("sentence", "facility"),
    [
        ("The regional authority closed the Kessock Bridge to all traffic on Monday.", "Kessock Bridge"),
        ("The Kessock Bridge, which carries 30,000 vehicles a day, has been closed since Monday.", "Kessock Bridge"),
        (
            "The twin-engine plane touched down on Monday on the gravel strip of the Villa Las Estrellas aerodrome.",
            "Villa Las Estrellas aerodrome",
        ),
        ("A British engineer fell from a crane on Monday at the Rothera base.", "Rothera base"),
        ("A Chilean scientist was injured on Monday in a fall at the Escudero base.", "Escudero base"),
        ("The plane landed on Monday at the Mount Pleasant air base.", "Mount Pleasant air base"),
        ("Drones struck the Hmeimim air base on Monday.", "Hmeimim air base"),
        ("The injured miner died on Monday at the Kanti hospital.", "Kanti hospital"),
    ],
)
def test_a_named_facility_an_event_happens_at_is_its_place(tmp_path: Path, sentence: str, facility: str) -> None:
    places = _monday_places(tmp_path, sentence)
    assert facility in places, places
    assert "Tunis" not in places, places


@pytest.mark.parametrize(
    ("sentence", "unwanted"),
    [
        ("The mayor praised the Kessock Bridge on Monday.", "Kessock Bridge"),
        ("The ministry sold its stake in the Maputo port operator on Monday.", "Maputo port operator"),
        ("Gunmen attacked the police station on Monday.", "police station"),
        ("A soldier was killed on Monday at the Russian base.", "Russian base"),
        # a work named after a big town is placed by the town
        ("Kenyan police said two nurses were attacked on Monday at the Kisumu hospital.", "Kisumu hospital"),
        # "the X port of Y" is in Y
        ("Dockers at the Black Sea port of Constanta went on strike on Monday.", "Black Sea port"),
    ],
)
def test_a_facility_only_talked_about_or_not_named_is_no_place(tmp_path: Path, sentence: str, unwanted: str) -> None:
    assert not any(unwanted in name for name in _monday_places(tmp_path, sentence))


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        (
            "The owner of the farm, a 58-year-old resident of Tordesillas, was arrested on Monday at his home in that "
            "town.",
            "Tordesillas",
        ),
        (
            "The company's founder, who was born in Kasese, was detained on Monday at his house in this town.",
            "Kasese",
        ),
        (
            "Police searched a farmhouse outside Zahara on Sunday. Three men were arrested on Monday in the village.",
            "Zahara",
        ),
    ],
)
def test_that_town_is_the_town_named_before(tmp_path: Path, sentence: str, town: str) -> None:
    places = _monday_places(tmp_path, sentence)
    assert town in places, places
    assert "Tunis" not in places, places


@pytest.mark.parametrize(
    ("text", "facility"),
    [
        (
            "Engineers found a crack in the Kessock Bridge on Sunday. The council closed the bridge on Monday.",
            "Kessock Bridge",
        ),
        (
            "A storm hit the Rothera research base on Sunday. A supply plane landed at the base on Monday.",
            "Rothera research base",
        ),
    ],
)
def test_a_work_told_by_its_kind_word_is_the_one_named_before(tmp_path: Path, text: str, facility: str) -> None:
    places = _monday_places(tmp_path, text)
    assert facility in places, places
    assert "Tunis" not in places, places


def test_a_work_told_by_its_kind_word_after_two_of_its_kind_is_neither(tmp_path: Path) -> None:
    text = (
        "Engineers inspected the Kessock Bridge and the Cromarty Bridge on Sunday. The council closed the bridge on "
        "Monday."
    )
    places = _monday_places(tmp_path, text)
    assert not {"Kessock Bridge", "Cromarty Bridge"} & places, places


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        ("The plane returned with the injured climber to Hobart on Monday.", "Hobart"),
        ("The helicopter flew with the injured hiker to Bergen on Monday.", "Bergen"),
    ],
)
def test_a_journey_with_someone_to_a_town_is_placed_there(tmp_path: Path, sentence: str, town: str) -> None:
    places = _monday_places(tmp_path, sentence)
    assert town in places, places
    assert "Tunis" not in places, places


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("A fire destroyed a warehouse on Monday in Halle an der Saale.", "Halle an der Saale"),
        ("Flooding forced hundreds from their homes on Monday in Kingston upon Hull.", "Kingston upon Hull"),
        ("A gunman opened fire on Monday in Sainte-Marie-aux-Mines.", "Sainte-Marie-aux-Mines"),
    ],
)
def test_the_recogniser_reads_a_town_joined_by_a_particle_as_one_place(sentence: str, name: str) -> None:
    from timelinekg.nlp.extract.nlp import pipeline

    assert name in {ent.text for ent in pipeline()(sentence).ents if ent.label_ == "GPE"}


@pytest.mark.parametrize(
    ("sentence", "unwanted"),
    [
        ("The committee made Germany an Olympic host on Monday.", "Germany an Olympic"),
        ("Sanctions on Moscow were lifted upon Washington's request.", "upon Washington"),
        ("The Commander-in-Chief visited the troops on Monday.", "Commander-in-Chief"),
    ],
)
def test_a_particle_between_names_of_other_things_joins_no_town(sentence: str, unwanted: str) -> None:
    from timelinekg.nlp.extract.nlp import pipeline

    assert not any(unwanted in ent.text for ent in pipeline()(sentence).ents), pipeline()(sentence).ents
