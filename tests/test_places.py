"""Places from maintained gazetteers: first-level subdivisions, cities under their other names, parents."""

from __future__ import annotations

import datetime as dt

import pytest

from timelinekg.nlp.extract import Article, extract_article
from timelinekg.nlp.extract.places import gazetteer


@pytest.mark.parametrize(
    ("written", "name", "parent"),
    [
        ("Kharkiv Oblast", "Kharkiv region", "Ukraine"),
        ("Kharkiv region", "Kharkiv region", "Ukraine"),
        ("Kursk region", "Kursk region", "Russia"),
        ("Sichuan province", "Sichuan province", "China"),
        ("Sichuan", "Sichuan province", "China"),
        ("Estuaire", "Estuaire", "Gabon"),
        ("Ontario", "Ontario", "Canada"),
    ],
)
def test_first_level_regions_in_the_ways_news_writes_them(written: str, name: str, parent: str) -> None:
    place = gazetteer().resolve(written)
    assert place is not None and (place.name, place.kind, place.parent) == (name, "region", parent)


@pytest.mark.parametrize(("written", "name", "parent"), [("Kiev", "Kyiv", "Ukraine"), ("Bombay", "Mumbai", "India")])
def test_cities_under_their_other_names(written: str, name: str, parent: str) -> None:
    place = gazetteer().resolve(written)
    assert place is not None and (place.name, place.kind, place.parent) == (name, "city", parent)


def test_a_region_named_after_its_city_is_a_region_of_that_country() -> None:
    place = gazetteer().resolve("Lviv region", ["UA"])
    assert place is not None and place.kind == "region" and place.parent == "Ukraine"


def test_a_code_or_a_name_no_gazetteer_knows_is_not_a_place() -> None:
    assert gazetteer().resolve("Zzyzxqville") is None
    assert gazetteer().resolve("MOW") is None


@pytest.mark.parametrize(
    ("adjective", "country"),
    [("Chilean", "Chile"), ("Nigerian", "Nigeria"), ("Lebanese", "Lebanon"), ("Swedish", "Sweden"), ("Omani", "Oman")],
)
def test_an_adjective_of_nationality_names_its_country(adjective: str, country: str) -> None:
    place = gazetteer().demonym_country(adjective)
    assert place is not None and (place.name, place.kind) == (country, "country")


@pytest.mark.parametrize("word", ["Christian", "Latin", "Asian", "Democratic", "Monday"])
def test_other_capitalised_adjectives_name_no_country(word: str) -> None:
    assert gazetteer().demonym_country(word) is None


def places_of(text: str) -> list[set[str]]:
    facts = extract_article(Article(text=text, origin="t.txt", title="T", published=dt.date(2025, 3, 5)))
    names = {p.id: p.name for p in facts.places}
    return [{names[i] for i in e.place_ids} for e in facts.events]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Korean lawmakers voted on Tuesday to impeach the prime minister.", "South Korea"),
        ("Chilean police arrested 40 students on Monday.", "Chile"),
        ("The Japanese parliament approved the budget on Tuesday.", "Japan"),
    ],
)
def test_a_countrys_people_acting_at_home_put_the_event_there(text: str, place: str) -> None:
    assert places_of(text) == [{place}]


@pytest.mark.parametrize(
    "text",
    ["Russian forces shelled the port on Monday.", "German farmers protested in Paris on Monday."],
)
def test_forces_abroad_or_a_named_place_are_not_overridden_by_nationality(text: str) -> None:
    found = places_of(text)
    assert found and not found[0] & {"Russia", "Germany"}


def test_a_gazetteer_sent_to_another_process_is_the_one_it_would_build() -> None:
    """`load --workers N` builds the gazetteer in a helper process and sends it pickled to the writer."""
    import pickle

    from timelinekg.nlp.extract.places import Gazetteer

    built_here = Gazetteer()
    sent = pickle.loads(pickle.dumps(Gazetteer().fully_indexed(), protocol=pickle.HIGHEST_PROTOCOL))
    for table in ("countries", "by_code", "capitals", "regions", "cities", "subdivisions"):
        assert getattr(sent, table) == getattr(built_here, table), table
    assert sent.city_aliases == built_here.city_aliases
    for name in ("Kiev", "Bombay", "Donetsk", "Kharkiv Oblast", "Zzyzxqville"):
        assert sent.resolve(name, ["UA"]) == built_here.resolve(name, ["UA"])
    assert sent.demonym_country("Kenyan") == built_here.demonym_country("Kenyan")


def places_of_type(text: str, event_type: str) -> list[set[str]]:
    facts = extract_article(Article(text=text, origin="t.txt", title="T", published=dt.date(2025, 3, 5)))
    names = {p.id: p.name for p in facts.places}
    return [{names[i] for i in e.place_ids} for e in facts.events if e.type == event_type]


@pytest.mark.parametrize(
    ("text", "elsewhere"),
    [
        ("Rebels fired rockets at Kharkiv on Monday in revenge for an airstrike in Donetsk.", "Donetsk"),
        ("The shelling of Odesa on Monday came a day after the bombing of a market in Kherson.", "Kherson"),
        ("Militants attacked a convoy in Niger on Monday, days after the arrest of their leader in Mali.", "Mali"),
    ],
)
def test_the_place_of_a_second_event_named_in_a_clause_is_not_the_attacks_place(text: str, elsewhere: str) -> None:
    """ "in retaliation for a strike in X", "after the bombing in X": X is where the other event happened."""
    found = places_of_type(text, "attack")
    assert found and elsewhere not in found[0]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen opened fire at a wedding in Kaduna on Monday.", "Kaduna"),
        ("Militants launched an assault on an army base in Mali on Monday.", "Mali"),
        ("The bombing of a market in Kherson on Monday killed nine people.", "Kherson"),
    ],
)
def test_the_attacks_own_place_is_kept(text: str, place: str) -> None:
    found = places_of_type(text, "attack")
    assert found and any(place in p for p in found)


def test_the_country_whose_attack_it_was_is_not_its_place() -> None:
    found = places_of_type("Ukraine's drone strike on Monday hit an oil depot near Bryansk.", "attack")
    assert found and "Ukraine" not in found[0]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebels freed four hostages in the province of Arauca on Sunday.", "Arauca"),
        ("A wildfire broke out on Sunday near the town of Silves.", "Silves"),
        ("Police arrested two men in the port city of Gdynia on Friday.", "Gdynia"),
    ],
)
def test_place_named_by_a_place_noun_of(text: str, place: str) -> None:
    facts = extract_article(Article(text=text, origin="t.txt", title="T", published=dt.date(2025, 4, 16)))
    by_id = {p.id: p.name for p in facts.places}
    event_places = {by_id.get(i, i) for e in facts.events if e.type != "statement" for i in e.place_ids}
    assert place in event_places, event_places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the port city, as the gazetteer spells it (a cedilla), not the county of that name (a comma below)
        ("Dockers at the port of Constanta went on strike on Monday over pay.", "Constan\u0163a"),
        ("Police in the city of Tartu arrested two men on Monday.", "Tartu"),
        ("Nurses at a hospital in Kaunas staged a strike on Tuesday.", "Kaunas"),
    ],
)
def test_actor_placed_by_the_same_walk(text: str, place: str) -> None:
    """The actor's place ("police in ...", "dockers at the port of ...") is found by the one "in/at" walk
    that also finds a venue's place, through a building and a place noun's "of"."""
    facts = extract_article(Article(text=text, origin="t.txt", title="T", published=dt.date(2025, 4, 16)))
    by_id = {p.id: p.name for p in facts.places}
    event_places = {by_id.get(i, i) for e in facts.events if e.type != "statement" for i in e.place_ids}
    assert place in event_places, event_places


# Adjectives of nationality news brings for countries the usual endings miss: two-word names ("South African"),
# the name with -ia dropped ("Slovak", "Croat"), the first word of a longer name ("Bosnian"), and the irregular
# forms English keeps (the lexicon's demonyms).


@pytest.mark.parametrize(
    ("adjective", "country"),
    [
        ("South African", "South Africa"),
        ("Costa Rican", "Costa Rica"),
        ("Sri Lankan", "Sri Lanka"),
        ("Sierra Leonean", "Sierra Leone"),
        ("South Sudanese", "South Sudan"),
        ("Slovak", "Slovakia"),
        ("Croat", "Croatia"),
        ("Bosnian", "Bosnia and Herzegovina"),
        ("Trinidadian", "Trinidad and Tobago"),
    ],
)
def test_a_nationality_formed_from_a_longer_or_shorter_name_finds_its_country(adjective: str, country: str) -> None:
    place = gazetteer().demonym_country(adjective)
    assert place is not None and (place.name, place.kind) == (country, "country")


@pytest.mark.parametrize("words", ["African", "South", "New", "North American", "Central Asian", "United"])
def test_a_word_shared_by_several_country_names_names_none(words: str) -> None:
    assert gazetteer().demonym_country(words) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Portuguese police arrested 12 people on Monday.", "Portugal"),
        ("Togolese police detained four journalists on Tuesday.", "Togo"),
        ("Malagasy lawmakers voted on Thursday to dissolve the senate.", "Madagascar"),
        ("Panamanian police arrested the ship's captain on Friday.", "Panama"),
        ("Icelandic lawmakers voted on Monday to ban whaling.", "Iceland"),
        ("Mozambican lawmakers voted on Sunday to extend the curfew.", "Mozambique"),
    ],
)
def test_irregular_nationalities_put_the_event_in_their_country(text: str, place: str) -> None:
    assert place in set().union(*places_of(text))
