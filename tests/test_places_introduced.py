"""Places news introduces by what they are, not by a name any gazetteer knows: "the southern <Demonym> town of X"
(a name the recogniser often takes for a person's), administrative units named with their kind ("Barangay X",
"X ward", "X township"), facilities named after their place ("the X prison"), first-level regions named bare, the
object's place of an act on one's own work ("suspended its operations in X"), and the place of the journey an
act interrupted ("abducted as they drove back from a clinic near X")."""

from __future__ import annotations

import pytest

from tests.test_places import places_of, places_of_type
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


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A landslide buried four houses in Barangay Kalinawan on Saturday, the Philippine army said.",
            "Barangay Kalinawan",
        ),
        ("Gunmen shot dead a village chief in Lumbo Vassa district of Mozambique on Monday.", "Lumbo Vassa"),
        (
            "Police raided an illegal gold mine in Mwembe Tayari ward on Tuesday, Kenyan officials said.",
            "Mwembe Tayari",
        ),
        ("A tornado flattened a church in Harlow Creek township late on Sunday.", "Harlow Creek"),
    ],
)
def test_a_unit_named_with_its_kind_is_a_place(text: str, place: str) -> None:
    """ "Barangay X", "X ward", "X township", "X district": the kind of unit in the name says it is a place."""
    found = places_with_kinds(text)
    assert found and place in found[0], found


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State fighters attacked a convoy on Monday.",
        "The Orange Grove county sheriff arrested two men on Monday.",
        "Deputies of the Lakeside Heights police department arrested two men on Monday.",
    ],
)
def test_a_unit_word_inside_a_bodys_name_places_nothing(text: str) -> None:
    found = places_with_kinds(text)
    assert found and not any(name.startswith(("Islamic", "Orange", "Lakeside")) for name in found[0]), found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Two guards at the Kano prison in northern Nigeria were arrested by police on Monday.", "Kano"),
        ("Five nurses at the Mombasa hospital were suspended on Friday, Kenya's health ministry said.", "Mombasa"),
        (
            "Three engineers at the Gdansk shipyard were detained on Tuesday, Polish prosecutors said in Poland.",
            "Gdańsk",
        ),
    ],
)
def test_those_at_a_thing_named_after_its_town_act_in_that_town(text: str, place: str) -> None:
    assert place in places_of(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Doctors at the Mayo Clinic in Minnesota were honoured on Friday.",
        "Two nurses at the Victoria hospital were suspended on Friday, Kenya's health ministry said.",
    ],
)
def test_a_name_of_its_own_or_a_town_of_another_country_is_not_the_place(text: str) -> None:
    assert not any({"Mayo", "Victoria"} & names for names in places_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Fuel protests spread across Zambia on Saturday. On Sunday police arrested 12 people after stones were thrown.",
        "Opposition leaders in Peru called for calm on Monday. Later the police detained four students.",
        "Ecuador's election campaign turned violent this week. Two campaign workers were arrested by police on Friday.",
    ],
)
def test_police_named_bare_in_a_story_of_one_country_act_in_it(text: str) -> None:
    country = next(name for name in ("Zambia", "Peru", "Ecuador") if name in text)
    assert {country} in places_of(text), places_of(text)


def test_police_named_bare_in_a_story_of_two_countries_are_not_placed() -> None:
    found = places_of("Kenya and Uganda signed a border deal on Monday. On Tuesday police arrested six smugglers.")
    assert found[-1] == set(), found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Riverside Aid suspended all of its work in Tillaberi on Wednesday.", "Tillabéri"),
        ("The charity closed all of its clinics in Colombia on Friday.", "Colombia"),
        ("The lender shut half of its branches in Lebanon on Monday.", "Lebanon"),
    ],
)
def test_a_body_acting_on_its_own_work_somewhere_acts_there(text: str, place: str) -> None:
    assert {place} in places_of(text), places_of(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Gunmen kidnapped two engineers on Monday as they drove back from a mine near the town of Kuri Gana.",
            "Kuri Gana",
        ),
        ("Bandits ambushed a bus on Sunday while it was travelling to the village of Gidan Zaki.", "Gidan Zaki"),
        ("Rebels seized three health workers on Friday as they returned from a clinic in Beni.", "Beni"),
    ],
)
def test_an_act_on_people_on_a_journey_happened_on_its_way(text: str, place: str) -> None:
    """ "abducted as they drove back from a clinic near X": where the journey the act interrupted was."""
    assert any(place in names for names in places_of(text)), places_of(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Heavy rain flooded much of Maputo overnight. By morning, soldiers had pulled 120 people from the water "
            "using canoes.",
            "Maputo",
        ),
        (
            "An earthquake struck eastern Taiwan on Tuesday. Rescue teams evacuated 300 residents from damaged "
            "buildings on Wednesday.",
            "Taiwan",
        ),
        (
            "A landslide struck a hillside district of Medellín on Sunday. Firefighters rescued 14 people "
            "from the mud late on Sunday.",
            "Medellín",
        ),
    ],
)
def test_a_rescue_the_text_does_not_place_happened_where_the_disaster_struck(text: str, place: str) -> None:
    found = places_of(text)
    assert len(found) >= 2 and place in found[-1], found


def test_a_rescue_in_a_story_of_disasters_in_two_places_is_not_placed() -> None:
    found = places_of(
        "Floods hit Maputo on Monday. A cyclone struck Beira on Tuesday. Soldiers rescued 40 people on Wednesday."
    )
    assert found[-1] == set(), found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Senator Ana Ruiz spoke at a rally in Cochabamba on Sunday evening. She accused the government of "
            "abandoning farmers.",
            "Cochabamba",
        ),
        (
            "Vice President Tomas Berg arrived at a flooded school in Ostrava on Monday. He criticised the slow "
            "response of the army.",
            "Ostrava",
        ),
        (
            "President William Ruto visited a market in Nakuru on Saturday. He condemned the attacks on traders.",
            "Nakuru",
        ),
    ],
)
def test_what_a_person_does_next_in_the_same_paragraph_is_done_in_the_scene_set_before(text: str, place: str) -> None:
    # the next act is the only one of its kind in the text: an accusation, a criticism, a condemnation
    kind = next(
        k
        for k, word in (("disapproval", "accused"), ("disapproval", "criticised"), ("disapproval", "condemned"))
        if word in text
    )
    assert [{place}] == places_of_type(text, kind), places_of(text)


def test_a_next_act_with_a_time_of_its_own_is_not_placed_in_the_scene_before() -> None:
    found = places_of_type(
        "Senator Ana Ruiz spoke at a rally in Cochabamba on Sunday. On Tuesday she accused the government of lying.",
        "disapproval",
    )
    assert found == [set()], found


@pytest.mark.parametrize(
    "text",
    [
        "A fire broke out in the Covid-19 ward of a hospital in Lima on Monday.",
        "Two patients died in the H1N1 ward of Lima's main hospital on Monday after a power cut.",
    ],
)
def test_a_hospital_ward_is_no_place_of_its_own(text: str) -> None:
    found = places_of(text)
    assert found and not any({"Covid-19", "H1N1"} & names for names in found), found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Rebels released six oil workers they had held for more than a month in the northeastern province of "
            "Arauca, officials said on Monday.",
            "Arauca",
        ),
        ("Kidnappers freed two nuns they had held in the town of Kidal on Tuesday.", "Kidal"),
        ("Gunmen released 20 pupils who had been held near the village of Kankara on Friday.", "Kankara"),
    ],
)
def test_captives_freed_where_a_place_noun_says_they_were_held(text: str, place: str) -> None:
    assert any(place in names for names in places_of(text)), places_of(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The regional government ordered residents of Tarragona to stay indoors on Monday.", "Tarragona"),
        ("Soldiers evacuated the inhabitants of Mariupol on Tuesday.", "Mariupol"),
        ("Troops evacuated the villagers of Kalehe by boat on Friday.", "Kalehe"),
    ],
)
def test_an_order_to_the_residents_of_a_place_is_given_there(text: str, place: str) -> None:
    assert any(place in names for names in places_of(text)), places_of(text)
