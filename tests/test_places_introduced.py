"""Places news introduces by what they are, not by a name any gazetteer knows: "the southern <Demonym> town of X"
(a name the recogniser often takes for a person's), administrative units named with their kind ("Barangay X",
"X ward", "X township"), facilities named after their place ("the X prison"), first-level regions named bare, the
object's place of an act on one's own work ("suspended its operations in X"), and the place of the journey an
act interrupted ("abducted as they drove back from a clinic near X")."""

from __future__ import annotations

import pytest

from tests.test_places_missed import places_with_kinds


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        (
            "Floods swept away dozens of houses in the eastern Bolivian town of Ali Rurrena on Tuesday.",
            "Ali Rurrena",
            "Bolivia",
        ),
        (
            "A mortar shell hit a school in the northern Syrian town of Jack Hamdan late on Friday.",
            "Jack Hamdan",
            "Syria",
        ),
        (
            "Police arrested 30 protesters in the Zambian district of Mumbwa Kasempa on Monday.",
            "Mumbwa Kasempa",
            "Zambia",
        ),
        (
            "A fire destroyed 200 market stalls in the Ugandan village of Kato Busiro on Sunday night.",
            "Kato Busiro",
            "Uganda",
        ),
        # a name whose first word the tagger reads as a verb
        ("Gunmen stormed a police post in the northern Malian town of Tell Dioura on Monday.", "Tell Dioura", "Mali"),
        (
            "A gas blast wrecked a bakery in the southern Tunisian town of Say Gafsa early on Friday.",
            "Say Gafsa",
            "Tunisia",
        ),
    ],
)
def test_a_town_a_demonym_introduces_is_a_place_of_that_country(text: str, town: str, country: str) -> None:
    """The wording says it is a town, whatever the recogniser called the name; the demonym says whose."""
    found = places_with_kinds(text)
    assert found and town in found[0], found
    assert found[0][town][1] == country, found


def test_a_name_the_tagger_read_as_a_verb_is_no_event_of_its_own() -> None:
    found = places_with_kinds("A fire gutted a clinic in the western Sudanese town of Tell Kabkabiya on Sunday.")
    assert len(found) == 1 and "Tell Kabkabiya" in found[0], found
