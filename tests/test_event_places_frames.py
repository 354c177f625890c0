"""Places events lost (issue #12, requirement 6): the occasion an act was done at, a place told by its bearing
or a path through it, where people were sent or moved from, a national body's or a country's acts at home,
and the scene of a "when"/"as" clause."""

from __future__ import annotations

import pytest

from tests.test_places import places_of, places_of_type


def placed(text: str, place: str) -> bool:
    return any(place in names for names in places_of(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Carlos Mendoza conceded defeat late on Monday in a speech at a hotel in Cordoba.", "Córdoba"),
        ("Prime Minister Odhiambo unveiled the budget plan on Thursday during a visit to Kisumu.", "Kisumu"),
        ("Senator Ruiz announced her candidacy on Saturday at a rally in Tucson.", "Tucson"),
        ("Sweden and Norway signed the accord on Friday at talks in Astana.", "Astana"),
    ],
)
def test_the_occasion_an_act_was_done_at_lends_it_its_place(text: str, place: str) -> None:
    assert placed(text, place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A blast tore through a fertiliser depot on an industrial park west of Gdansk on Friday.", "Gdańsk"),
        ("Farmers protested on the outskirts of Nairobi on Tuesday.", "Nairobi"),
        ("A fire gutted a textile mill a few miles north of Faisalabad on Sunday.", "Faisalabad"),
        ("Flash floods killed 23 people in and around Kandahar on Thursday.", "Kandahār"),
    ],
)
def test_a_place_told_by_its_bearing_or_its_surroundings(text: str, place: str) -> None:
    assert placed(text, place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Tens of thousands of students marched through central Belgrade on Saturday.", "Belgrade"),
        ("Pensioners marched through downtown Valparaiso on Sunday to demand higher payments.", "Valparaíso"),
    ],
)
def test_a_path_through_a_place_puts_the_event_there(text: str, place: str) -> None:
    assert placed(text, place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Red Cross sent a team of surgeons to Mekelle on Wednesday.", "Mek'ele"),
        ("On Friday soldiers evacuated about 300 families from two villages in Sofala province.", "Sofala"),
    ],
)
def test_where_people_were_sent_or_moved_from(text: str, place: str) -> None:
    assert placed(text, place)


def test_a_national_bodys_force_is_used_at_home() -> None:
    assert placed("Poland's central bank seized control of a troubled lender on Thursday.", "Poland")


def test_a_countrys_army_using_force_is_not_placed_at_home() -> None:
    found = places_of("Egypt's army seized control of the crossing on Monday.")
    assert found and "Egypt" not in found[0]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Senegal held a state funeral for its former prime minister on Saturday.", "Senegal"),
        ("Ecuador declared a state of emergency on Tuesday after a wave of prison riots.", "Ecuador"),
        ("Sri Lanka held a presidential election on Saturday.", "Sri Lanka"),
    ],
)
def test_a_country_named_as_the_doer_of_a_domestic_act_did_it_at_home(text: str, place: str) -> None:
    assert placed(text, place)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Russia fired cruise missiles at a power plant on Monday.", "Russia"),
        ("Turkey criticised the decision on Monday.", "Turkey"),
        ("France sent troops to the border on Monday.", "France"),
    ],
)
def test_a_country_attacking_speaking_or_sending_abroad_is_not_placed_at_home(text: str, country: str) -> None:
    assert all(country not in names for names in places_of(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Shops stayed shut in Kumasi on Monday as traders went on strike.", "Kumasi"),
        ("Streets were empty across Lahore on Wednesday as transporters walked off the job.", "Lahore"),
    ],
)
def test_a_clause_of_the_moment_happened_where_its_scene_is(text: str, place: str) -> None:
    found = places_of_type(text, "protest")
    assert found and any(place in names for names in found)


def test_a_name_the_article_gives_a_person_is_not_a_place() -> None:
    """The recogniser may tag "presidential hopeful Julio Arce" as a place: a name no gazetteer knows whose last
    word is the surname of a person the article names is that person."""
    import datetime as dt

    from timelinekg.nlp.extract.events import EventFinder
    from timelinekg.nlp.extract.lexicon import load_lexicon
    from timelinekg.nlp.extract.nlp import pipeline
    from timelinekg.nlp.extract.places import gazetteer

    text = "Supporters of Julio Arce marched on Monday in Coban. Arce thanked them."
    finder = EventFinder(pipeline()(text), dt.date(2025, 3, 5), 0, load_lexicon(), gazetteer(), [])
    assert finder._person_named("Julio Arce") and finder._person_named("Arce")
    assert not finder._person_named("Coban")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Bolivian voters turned down a plan to extend term limits in Sunday's referendum.", "Bolivia"),
        ("Kenyan voters queued for hours on Tuesday in the presidential election.", "Kenya"),
    ],
)
def test_an_event_named_in_a_phrase_of_a_verb_takes_the_nationality_of_its_subject(text: str, place: str) -> None:
    assert any(place in names for names in places_of_type(text, "election"))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Fighting between separatists and the army in the Anglophone region of Bamenda killed six soldiers.",
            "Bamenda",
        ),
        ("Clashes between herders and farmers in Plateau state left 30 people dead on Sunday.", "Plateau"),
        ("An explosion at a fireworks warehouse in Tultepec killed nine people on Monday.", "Tultepec"),
    ],
)
def test_deaths_caused_by_an_event_named_as_subject_fall_where_its_phrase_puts_it(text: str, place: str) -> None:
    """The parser often hangs the "in" phrase on the last noun of "between X and Y in Z"."""
    assert placed(text, place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Mombasa-based union went on strike on Monday.", "Mombasa"),
        ("The Durban-based dockworkers' union began a strike on Tuesday.", "Durban"),
    ],
)
def test_a_body_acts_where_it_is_based(text: str, place: str) -> None:
    assert placed(text, place)
