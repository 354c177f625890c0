"""Helper places26's classes of session 25 (own sentences, several wordings): a distance and compass bearing from
a named town, set off by commas after the act ("sank at dawn, some 12 nautical miles east of X, the coast guard
said"), places the act at that town, wherever the parser hung the phrase (on the speaker's verb, on the subject,
on the distance); a bearing that belongs to something else in the sentence places nothing."""

from __future__ import annotations

import pytest

from tests.test_artplace_classes import _events


def _places_of(text: str, words: str) -> set[str]:
    found = [places for label, places, _ in _events(text) if words in label]
    assert found, _events(text)
    return found[0]


@pytest.mark.parametrize(
    ("text", "words", "town"),
    [
        (
            "Two missing rally drivers were found alive on Friday. A Peruvian Army helicopter rescued Quispe and "
            "Mamani at 09:40 local time, 48 km north-east of Cusco, "
            "the organiser Andes Trail Events (ATE) has just confirmed.",
            "rescued",
            "Cusco",
        ),
        (
            "A bus plunged into a ravine on Tuesday, 60 km south of Mopti, the regional governor said.",
            "plunged",
            "Mopti",
        ),
        (
            "Gunmen ambushed a convoy early on Sunday, about 30 kilometres west of Maiduguri, military sources said.",
            "ambushed",
            "Maiduguri",
        ),
        (
            "The ferry sank at dawn on Monday, some 12 nautical miles east of Mombasa, the coast guard said.",
            "sank",
            "Mombasa",
        ),
        (
            "The power line went down at 3:10 a.m. (0110 GMT on Monday), about 25 km north of Tromso, the grid "
            "operator said.",
            "went down",
            "Tromsø",
        ),
        (
            "Rangers rescued two hikers on Saturday, roughly 40 miles south-west of Flagstaff, the park service said.",
            "rescued",
            "Flagstaff",
        ),
    ],
)
def test_a_bearing_set_off_after_the_act_places_it_at_its_town(text: str, words: str, town: str) -> None:
    places = _places_of(text, words)
    assert town in places, places


@pytest.mark.parametrize(
    ("text", "words", "unwanted"),
    [
        # what was said is not placed by the act's bearing
        (
            "A bus plunged into a ravine on Tuesday, 60 km south of Mopti, the governor told reporters in Bamako.",
            "told reporters",
            "Mopti",
        ),
        # the bearing tells where a person lives, in a clause of its own
        (
            "Police arrested a farmer on Monday who had moved to a village, 20 km south of Ghent, last year.",
            "arrested",
            "Ghent",
        ),
        # the region's own part, not a bearing from a town
        (
            "Troops killed five rebels on Sunday in the north of the country, in Borno State.",
            "killed",
            "Maiduguri",
        ),
    ],
)
def test_a_bearing_of_something_else_places_nothing(text: str, words: str, unwanted: str) -> None:
    places = _places_of(text, words)
    assert unwanted not in places, places


@pytest.mark.parametrize(
    ("text", "words", "town"),
    [
        (
            "Police sealed off a scrapyard in Ostrava on Friday as investigators tried to find out how a radioactive "
            "source ended up in a lorry of scrap delivered to a foundry in Trinec.\n\nThe source set off the "
            "radiation monitor at the gate of the Beskyd Foundry on Tuesday morning.",
            "radiation monitor",
            "Třinec",
        ),
        (
            "Prosecutors in Finland opened a case on Monday over a chemical spill at a paper mill in Kuopio that "
            "poisoned a river.\n\nThe spill began on March 3 at the Savo Paper Mill, when a valve failed.",
            "spill began",
            "Kuopio",
        ),
        (
            "Riot police cleared a picket line outside a steelworks in Taranto on Thursday.\n\nWorkers had occupied "
            "the Ionica Steelworks on Monday in protest against 900 job cuts.",
            "occupied",
            "Taranto",
        ),
    ],
)
def test_a_site_named_by_its_own_name_is_in_the_town_its_kind_was_placed_in(text: str, words: str, town: str) -> None:
    places = _places_of(text, words)
    assert town in places, places


def test_a_site_of_another_name_is_not_in_the_town_of_the_one_named_before() -> None:
    text = (
        "Police sealed off a scrapyard in Ostrava on Friday as investigators tried to find out how a radioactive "
        "source ended up in a lorry of scrap delivered to the Vitkovice Foundry in Trinec.\n\nThe source set off "
        "the radiation monitor at the gate of the Beskyd Foundry on Tuesday morning."
    )
    places = _places_of(text, "radiation monitor")
    assert "Třinec" not in places, places


@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        (
            "Police sealed off a scrapyard in Ostrava on Friday as investigators tried to trace a radioactive source "
            "found in scrap.\n\nThe source set off the radiation monitor at a foundry in Trinec on Tuesday morning. "
            "Firefighters spent most of Wednesday unloading the lorry by remote control.",
            "unloading",
            "Třinec",
        ),
        (
            "Floods killed four people in Lima on Monday.\n\nA landslide buried a bus near Huancayo on Tuesday. "
            "Soldiers pulled 12 passengers from the wreck on Wednesday.",
            "pulled",
            "Huancayo",
        ),
        (
            "Striking dockers blocked the port of Gdansk on Monday.\n\nOn Tuesday police cleared a picket outside a "
            "shipyard in Szczecin. Officers detained nine strikers.",
            "detained",
            "Szczecin",
        ),
    ],
)
def test_an_unplaced_event_is_where_the_sentence_before_placed_its_event(text: str, words: str, place: str) -> None:
    places = _places_of(text, words)
    assert place in places, places


@pytest.mark.parametrize(
    ("text", "words", "unwanted"),
    [
        # words said are placed where the speaker is, not where the act before was
        (
            "Police sealed off a scrapyard in Ostrava on Friday.\n\nThe source set off the radiation monitor at a "
            "foundry in Trinec on Tuesday morning. The foundry's owner said on Wednesday that no one had been "
            "exposed.",
            "owner said",
            "Třinec",
        ),
        # a new paragraph is no longer the sentence before's scene
        (
            "Striking dockers blocked the port of Gdansk on Monday.\n\nOn Tuesday police cleared a picket outside a "
            "shipyard in Szczecin.\n\nOfficers detained nine strikers on Wednesday.",
            "detained",
            "Szczecin",
        ),
        # a sentence that names a place of its own has moved there
        (
            "Striking dockers blocked the port of Gdansk on Monday.\n\nOn Tuesday police cleared a picket outside a "
            "shipyard in Szczecin. Officers detained nine strikers in Gdansk.",
            "detained",
            "Szczecin",
        ),
    ],
)
def test_the_sentence_before_places_no_words_said_nor_another_paragraph(text: str, words: str, unwanted: str) -> None:
    places = _places_of(text, words)
    assert unwanted not in places, places


@pytest.mark.parametrize(
    ("text", "words", "unwanted"),
    [
        (
            "A shepherd, 61, was killed by a bear on Saturday night at the edge of the forest above the village of "
            "Lunca, when he returned from the sheepfold of the family.",
            "returned",
            "Forest",
        ),
    ],
)
def test_a_common_word_that_names_a_town_abroad_is_no_place(text: str, words: str, unwanted: str) -> None:
    places = _places_of(text, words)
    assert unwanted not in places, places
