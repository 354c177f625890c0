"""Places news gives without the usual "in X": a place phrase on the last of two joined objects, an institution
named after its city or county, a district of "the city" named before, a definite thing ("the mine") the
article placed elsewhere, the scene a clause of the same moment sets, a capital a national building implies,
and captives freed where they were held."""

from __future__ import annotations

import pytest

from tests.test_places import places_of


def placed(text: str, place: str) -> bool:
    return any(place in names for names in places_of(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A gunman shot two guards and a cashier at a bank in the southern Nigerian city of Calabar on Monday.",
            "Calabar",
        ),
        (
            "Attackers wounded three pilgrims and a priest at a shrine in the Indian city of Guwahati on Friday.",
            "Guwahati",
        ),
        (
            "A man stabbed a nurse and two patients at a clinic in the Brazilian city of Curitiba on Tuesday.",
            "Curitiba",
        ),
    ],
)
def test_a_place_phrase_on_the_last_of_two_joined_objects_places_the_act(text: str, place: str) -> None:
    assert placed(text, place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The company filed for bankruptcy protection at the Lyon Commercial Court on Monday.", "Lyon"),
        ("Two former ministers were sentenced to prison at the Nairobi High Court on Tuesday.", "Nairobi"),
        ("Hundreds of traders protested outside the Mumbai Municipal Corporation on Friday.", "Mumbai"),
    ],
)
def test_an_institution_named_after_its_city_is_where_an_act_before_it_happened(text: str, place: str) -> None:
    assert placed(text, place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Members of the Nakuru County Assembly on Monday voted to remove the speaker.", "Nakuru"),
        ("The Lagos State House of Assembly passed a new tax law on Wednesday.", "Lagos"),
        ("Councillors of the Porto City Council approved the budget on Thursday.", "Porto"),
    ],
)
def test_a_body_named_after_its_city_or_county_acts_there(text: str, place: str) -> None:
    assert placed(text, place)


def test_a_company_named_after_a_city_is_not_placed_there() -> None:
    assert not placed("Osaka Gas Company cut 2,000 jobs on Monday.", "Osaka")


def places_of_sentence(text: str, words: str) -> set[str]:
    """The places of the event told in the sentence holding ``words``."""
    import datetime as dt

    from timelinekg.nlp.extract import Article, extract_article

    facts = extract_article(Article(text=text, origin="t.txt", title="T", published=dt.date(2025, 3, 5)))
    names = {p.id: p.name for p in facts.places}
    found = [e for e in facts.events if any(words in m.quote for m in e.mentions)]
    assert found, f"no event told in {words!r}"
    return {names[i] for e in found for i in e.place_ids}


@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        (
            "Gunmen attacked a cafe in the Bangladeshi city of Khulna on Friday. "
            "Police raided a house in the city's Sonadanga district on Sunday.",
            "raided a house",
            "Khulna",
        ),
        (
            "Residents of the Colombian city of Cali woke to gunfire on Saturday. "
            "Soldiers arrested four men in the city's eastern Siloe neighbourhood on Sunday.",
            "arrested four men",
            "Cali",
        ),
        (
            "Heavy rain flooded streets in Durban on Monday. "
            "Police arrested 30 looters in the city's northern suburbs on Tuesday.",
            "arrested 30 looters",
            "Durban",
        ),
    ],
)
def test_a_district_of_the_city_named_before_is_in_that_city(text: str, words: str, place: str) -> None:
    assert place in places_of_sentence(text, words)


@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        (
            "A fire broke out at a textile factory in Gazipur on Monday night, trapping dozens of workers. "
            "Firefighters pulled 12 bodies out of the factory on Tuesday.",
            "pulled 12 bodies",
            "Gazipur",
        ),
        (
            "An avalanche struck a ski resort near Grenoble on Sunday. "
            "Rescue teams evacuated 40 skiers from the resort on Monday.",
            "evacuated 40 skiers",
            "Grenoble",
        ),
        (
            "Police evacuated the remaining pupils from the school on Friday. "
            "Gunmen had kidnapped 20 pupils from a boarding school in Kaduna on Thursday.",
            "evacuated the remaining pupils",
            "Kaduna",
        ),
    ],
)
def test_a_thing_the_article_placed_elsewhere_is_there_when_named_again(text: str, words: str, place: str) -> None:
    assert place in places_of_sentence(text, words)


@pytest.mark.parametrize(
    "text",
    [
        "An avalanche struck a ski resort near Innsbruck on Sunday.",
        "An avalanche struck a ski resort near Grenoble on Sunday.",
    ],
)
def test_a_known_city_after_near_is_a_place_whatever_label_the_recogniser_gave_it(text: str) -> None:
    assert places_of(text) and places_of(text)[0]


@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        (
            "Kenyan farmers protest over maize imports. Kenya's government lifted import duties on maize last month, "
            "angering growers across Kenya. On Monday hundreds of farmers protested outside the parliament building.",
            "protested outside the parliament",
            "Nairobi",
        ),
        (
            "Peruvian students clash with police. Students in Peru have marched for weeks against a new education "
            "law. Police arrested 40 students who tried to reach the presidential palace on Friday.",
            "arrested 40 students",
            "Lima",
        ),
        (
            "Ecuador's opposition rejects the budget. Ecuadorian opposition parties called for protests. "
            "Thousands of opposition supporters rallied outside the National Assembly on Saturday.",
            "rallied outside the National Assembly",
            "Quito",
        ),
        (
            "Guinea's junta says it foiled a plot. Soldiers in Guinea were arrested on Sunday. "
            "Gunmen attacked a military camp in the east of the capital late on Saturday.",
            "attacked a military camp",
            "Conakry",
        ),
    ],
)
def test_a_national_seat_or_the_capital_unnamed_is_the_capital_of_the_country_of_the_story(
    text: str, words: str, place: str
) -> None:
    assert place in places_of_sentence(text, words)


def test_the_capital_unnamed_in_a_story_of_two_countries_is_not_guessed() -> None:
    text = (
        "Kenya and Uganda traded accusations on Monday. Kenyan officials and Ugandan officials met twice. "
        "Hundreds of traders protested outside the parliament building on Tuesday."
    )
    assert places_of_sentence(text, "protested outside the parliament") == set()


@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        (
            "Mourners packed the streets of Hanoi on Friday as Vietnam held a state funeral for its former leader.",
            "held a state funeral",
            "Hanoi",
        ),
        (
            "Crowds filled the squares of Maputo as Mozambique held a national funeral for the singer on Sunday.",
            "held a national funeral",
            "Maputo",
        ),
        (
            "Traffic vanished from the roads of Dhaka on Sunday as opposition parties staged a general strike.",
            "staged a general strike",
            "Dhaka",
        ),
    ],
)
def test_the_place_of_a_scene_at_the_same_moment_is_where_the_act_happened(text: str, words: str, place: str) -> None:
    assert place in places_of_sentence(text, words)


@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        ("Four aid workers abducted in Niger in March were released by their captors on Tuesday.", "released", "Niger"),
        ("Twelve fishermen who had been detained in Eritrea were freed on Friday.", "freed", "Eritrea"),
        ("Two nuns kidnapped in Burkina Faso last year were freed on Tuesday.", "freed", "Burkina Faso"),
    ],
)
def test_captives_are_freed_where_they_were_held(text: str, words: str, place: str) -> None:
    assert place in places_of_sentence(text, words)


@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        (
            "Slovak farmers blocked roads in Slovakia for a third day. Slovakia's farm minister met their leaders. "
            "Late on Monday the government approved a 300 million euro aid package for growers.",
            "approved a 300 million euro",
            "Slovakia",
        ),
        (
            "Japanese wages rose for the first time in two years. Japan's unions welcomed the rise. "
            "On Thursday the cabinet approved a bill to raise the minimum wage.",
            "approved a bill",
            "Japan",
        ),
        (
            "Chile's copper exports fell in March. Chilean miners have struck twice this year. "
            "The government on Friday raised royalties on copper by two percent.",
            "raised royalties",
            "Chile",
        ),
    ],
)
def test_the_government_unnamed_is_the_government_of_the_story_country(text: str, words: str, place: str) -> None:
    assert place in places_of_sentence(text, words)


@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        (
            "GENEVA, May 3 (Wire) - The World Health Organization on Tuesday approved a second malaria vaccine "
            "for use in children.",
            "approved a second malaria vaccine",
            "Geneva",
        ),
        (
            "VIENNA, June 2 (Wire) - OPEC on Sunday approved a cut in oil output of one million barrels a day.",
            "approved a cut in oil output",
            "Vienna",
        ),
        (
            "ROME, April 9 (Wire) - The World Food Programme on Friday approved a $30 million aid plan for Haiti.",
            "approved a $30 million aid plan",
            "Rome",
        ),
    ],
)
def test_an_organisations_act_in_a_wire_lead_happened_at_the_dateline(text: str, words: str, place: str) -> None:
    assert any(name.startswith(place) for name in places_of_sentence(text, words))


def test_an_organisations_act_against_the_dateline_country_is_not_placed_at_the_dateline() -> None:
    text = "MOSCOW, March 1 (Wire) - The European Union on Monday imposed sanctions on Russia's central bank."
    assert "Moscow" not in places_of_sentence(text, "imposed sanctions")


@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        (
            "Malawi's opposition leader has not been seen for a week. Malawian police say they are searching. "
            "He was last seen in public when he cast his ballot in the election on Tuesday.",
            "cast his ballot",
            "Malawi",
        ),
        (
            "Nepal's worst floods in decades have killed 200 people. Rescuers in Nepal are still searching. "
            "Prime Minister Ram Thapa declared Monday a national day of mourning.",
            "declared Monday a national day of mourning",
            "Nepal",
        ),
    ],
)
def test_a_national_act_without_a_place_is_in_the_country_of_the_story(text: str, words: str, place: str) -> None:
    assert place in places_of_sentence(text, words)


def test_an_election_asked_for_is_not_placed_by_the_story_country() -> None:
    text = (
        "Serbia's government resigned on Monday. Serbian students have protested for months. "
        "Thousands of students marched in central Belgrade on Tuesday, chanting for early elections."
    )
    from tests.test_places import places_of_type

    assert places_of_type(text, "election") == [set()]


@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        (
            "Gunfire was heard in Ouagadougou overnight. Soldiers detained two generals at a camp on the edge of "
            "the city early on Sunday.",
            "detained two generals",
            "Ouagadougou",
        ),
        (
            "Flooding hit the Brazilian city of Recife on Monday. A landslide buried six houses on a hillside "
            "north of the city on Tuesday.",
            "buried six houses",
            "Recife",
        ),
    ],
)
def test_the_city_in_an_events_place_phrase_is_the_city_named_before(text: str, words: str, place: str) -> None:
    assert place in places_of_sentence(text, words)


@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        (
            "KAMPALA, May 2 (Wire) - Police sealed off the western town of Bunyaruguru on Friday. "
            "Two days earlier a soldier shot dead a trader at a roadblock outside the town.",
            "shot dead a trader",
            "Bunyaruguru",
        ),
        (
            "NAIROBI, May 2 (Wire) - Floods cut off the town of Garissa on Friday. "
            "Soldiers detained four looters at a shop on the edge of the town on Saturday.",
            "detained four looters",
            "Garissa",
        ),
    ],
)
def test_the_town_is_the_one_named_last_not_the_dateline(text: str, words: str, place: str) -> None:
    found = places_of_sentence(text, words)
    assert place in found and not found & {"Kampala", "Nairobi"}


def test_the_city_named_before_may_be_a_countrys_capital() -> None:
    text = (
        "LILONGWE, May 2 (Wire) - Protesters marched through Malawi's capital on Friday. "
        "Police arrested 30 of them at a market on the edge of the city on Saturday."
    )
    assert "Lilongwe" in places_of_sentence(text, "arrested 30 of them")


def test_an_election_in_a_story_of_two_countries_is_not_placed_by_the_leading_one() -> None:
    text = (
        "Armenia and Azerbaijan resumed talks on Monday. Armenian and Azerbaijani envoys met in Armenia. "
        "Azerbaijan's president said before the election in Georgia that Armenia must give up its claims."
    )
    from tests.test_places import places_of_type

    assert all("Armenia" not in names for names in places_of_type(text, "election"))
