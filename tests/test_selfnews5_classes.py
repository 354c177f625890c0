"""Failure classes of the fifth self-written news probe (tests/fixtures/selfnews5, issue #12: acts told through
someone's words), each checked on sentences written for these tests in other wordings and on other topics than
the probe's articles."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_probe4_classes import agent_names, lower_places, read, with_word

pytest.importorskip("spacy")

MONDAY = dt.date(2026, 3, 2)
TUESDAY = dt.date(2026, 3, 3)
WEDNESDAY = dt.date(2026, 3, 4)


# -- class 1: a press release's courtesy formula ("wishes to inform the public that", "is pleased to announce
# that", "regrets to announce that") reports what happened; the wish is the writer's manners, not the act's -------
@pytest.mark.parametrize(
    ("text", "word", "types"),
    [
        (
            "The Ministry of Agriculture wishes to inform the public that a case of bird flu has been confirmed"
            " on a farm in Kisumu County.",
            "confirmed",
            {"disaster"},
        ),
        (
            "The county government wishes to inform residents that a bridge on the Embu road collapsed on Tuesday.",
            "collapsed",
            {"disaster", "accident"},
        ),
        ("The board regrets to announce that the chief executive has resigned.", "resigned", {"personnel"}),
        (
            "The police service would like to inform residents that two suspects have been arrested in connection"
            " with the robbery.",
            "arrested",
            {"coercion"},
        ),
    ],
)
def test_a_courtesy_formula_reports_a_real_act(text: str, word: str, types: set[str]) -> None:
    facts = read(text, WEDNESDAY)
    events = with_word(facts, word)
    assert events, [e.label for e in facts.events]
    assert events[0].type in types


def test_a_real_wish_still_hides_its_act() -> None:
    facts = read("The minister wishes to see the bridge reopened before the winter.", WEDNESDAY)
    assert not with_word(facts, "reopened"), [e.label for e in facts.events]


# -- class 2: an act told in the present perfect in the quoted words of a dated statement ("'We have arrested the
# two suspects,' a spokesman said on Tuesday") is of the statement's day (or, for a statement of the report's own
# day, that day or the one before): the speaker's perfect tells it as just done when it was said; a past perfect, a
# simple past or a reporter's own perfect ("X has spoken with Y, the newspaper reported") stays open ---------------
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        ('"We have arrested the two suspects," a police spokesman told reporters on Tuesday.', "arrested", TUESDAY),
        ('"Troops have retaken the town," the army said in a statement late on Tuesday.', "retaken", TUESDAY),
        (
            '"Chile has recalled its ambassador in Lima for consultations," the foreign ministry said on Monday.',
            "recalled",
            MONDAY,
        ),
        ('"The kidnappers have released 12 hostages," police said on Monday.', "released", MONDAY),
    ],
)
def test_a_perfect_act_in_a_dated_statement_is_of_its_day(text: str, word: str, day: dt.date) -> None:
    facts = read(text, WEDNESDAY)
    events = [e for e in with_word(facts, word) if e.type != "statement"]
    assert events, [e.label for e in facts.events]
    assert (events[0].earliest, events[0].latest) == (day, day)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('"We have arrested the two suspects," a police spokesman told reporters today.', "arrested"),
        ('"Our forces have retaken the town," the army says.', "retaken"),
        ('"The chief executive has resigned," the company said in a statement today.', "resigned"),
    ],
)
def test_a_perfect_act_in_a_statement_of_the_report_day_may_be_of_the_day_before(text: str, word: str) -> None:
    facts = read(text, WEDNESDAY)
    events = [e for e in with_word(facts, word) if e.type != "statement"]
    assert events, [e.label for e in facts.events]
    assert (events[0].earliest, events[0].latest) == (TUESDAY, WEDNESDAY)


@pytest.mark.parametrize(
    "text",
    [
        '"The rebels had seized the town weeks earlier," the army said on Tuesday.',
        "Police said on Tuesday that they arrested two men.",
        "The president has spoken with his Russian counterpart by phone, the newspaper reported on Tuesday.",
        "The foreign ministry said on Tuesday that Chile has recalled its ambassador in Lima.",
    ],
)
def test_a_past_act_in_a_dated_statement_stays_open(text: str) -> None:
    facts = read(text, WEDNESDAY)
    events = [e for e in facts.events if e.type != "statement"]
    assert events, [e.label for e in facts.events]
    assert events[0].earliest is None


def test_a_perfect_act_with_a_time_of_its_own_keeps_it() -> None:
    facts = read(
        "Voters have approved a new constitution in a referendum held on Sunday, the electoral board said on Tuesday.",
        WEDNESDAY,
    )
    events = [e for e in facts.events if e.type != "statement"]
    assert events, [e.label for e in facts.events]
    assert all(e.earliest != TUESDAY for e in events)


# -- class 3: a bomb, or a vehicle packed with explosives, that blew up or exploded is an attack ("a car packed
# with explosives blew up at the checkpoint", "a roadside bomb blew up"); a gas cylinder or a tanker that blew up
# is an accident ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "types"),
    [
        ("A truck packed with explosives blew up near the police station in Kirkuk on Monday.", "blew up", {"attack"}),
        ("A roadside bomb blew up as the patrol passed on Monday.", "blew up", {"attack"}),
        ("A car laden with explosives exploded outside the army base in Gao on Monday.", "exploded", {"attack"}),
        ("A motorcycle rigged with explosives exploded at a crowded market on Monday.", "exploded", {"attack"}),
        ("A gas cylinder blew up in a restaurant kitchen in Lahore on Monday.", "blew up", {"disaster", "accident"}),
        ("A fuel tanker exploded on the motorway near Lyon on Monday.", "exploded", {"disaster", "accident"}),
    ],
)
def test_what_blew_up_decides_attack_or_accident(text: str, word: str, types: set[str]) -> None:
    facts = read(text, WEDNESDAY)
    events = with_word(facts, word)
    assert events, [e.label for e in facts.events]
    assert events[0].type in types
    assert (events[0].earliest, events[0].latest) == (MONDAY, MONDAY)


# -- class 4: an authority blocking an app, a website or access to one is a ban (coercion), not a road blockade ---
@pytest.mark.parametrize(
    ("text", "word", "types"),
    [
        ("The telecoms authority blocked the messaging app Wavely on Monday.", "blocked", {"coercion"}),
        ("Russia's media regulator blocked the video platform on Monday.", "blocked", {"coercion"}),
        ("A court in Ankara blocked access to the online encyclopedia website on Monday.", "blocked", {"coercion"}),
        ("The gaming regulator says it has blocked the betting app nationwide.", "blocked", {"coercion"}),
        ("Protesters blocked access to the port on Monday.", "blocked", {"protest"}),
    ],
)
def test_blocking_an_app_or_a_website_is_a_ban(text: str, word: str, types: set[str]) -> None:
    facts = read(text, WEDNESDAY)
    events = [e for e in with_word(facts, word) if e.type != "statement"]
    assert events, [e.label for e in facts.events]
    assert events[0].type in types


# -- class 5: "Kenya's interior ministry said it had deported two journalists": the act a country's own body tells
# of itself through "it"/"they" is at home, as it is when told directly ("Kenya's interior ministry deported") ---
@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Kenya's interior ministry said it had deported two journalists on Monday.", "deported", "kenya"),
        ("Chile's health ministry said on Monday it had closed 40 schools.", "closed", "chile"),
        ("Nigerian police said they had arrested 12 suspects on Monday.", "arrested", "nigeria"),
        ("Brazilian police said they had arrested 30 suspects on Monday.", "arrested", "brazil"),
    ],
)
def test_an_act_a_countrys_body_tells_of_itself_is_at_home(text: str, word: str, country: str) -> None:
    facts = read(text, WEDNESDAY)
    events = [e for e in with_word(facts, word) if e.type != "statement"]
    assert events, [e.label for e in facts.events]
    assert country in lower_places(facts, events[0])


# -- class 6: "next week's strike has been called off", "Friday's march was cancelled": the day the possessive gives
# is the plan's, not the calling off's, which is done by the report (or on the day its own clause gives) ----------
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        ("Next week's teachers' strike has been called off.", "strike", None),
        ("Nurses called off Friday's strike.", "strike", None),
        ("On Monday the dockers' union called off next week's strike.", "strike", MONDAY),
        ("The dockers' union on Monday called off next week's strike.", "strike", None),
        ("Organisers have called off Saturday's march through the capital.", "march", None),
    ],
)
def test_a_called_off_event_is_not_dated_by_its_plan(text: str, word: str, day: dt.date | None) -> None:
    facts = read(text, WEDNESDAY)
    events = [e for e in with_word(facts, word) if e.type != "statement"]
    assert events, [e.label for e in facts.events]
    assert events[0].latest is not None and events[0].latest <= WEDNESDAY
    if day is not None:
        assert (events[0].earliest, events[0].latest) == (day, day)


# -- class 7: a lead that says where in the country it happened ("in western Kenya", "near the Peruvian town of
# X") did not happen in the dateline's city: the reporter filed from there, the sentence places it elsewhere ------
@pytest.mark.parametrize(
    ("text", "word", "place", "dateline_city"),
    [
        (
            "NAIROBI, March 4 (Probe Wire) - Twelve hundred miners at a gold mine in western Kenya have been on strike"
            " since Monday.",
            "strike",
            "kenya",
            "nairobi",
        ),
        (
            "ANKARA, March 4 (Probe Wire) - Dozens of prisoners held at a jail near the Turkish town of Kuzucak"
            " have been on hunger strike since Monday.",
            "hunger strike",
            "turkey",
            "ankara",
        ),
        (
            "BOGOTA, March 4 (Probe Wire) - The bodies of three hikers missing in the mountains of northern Colombia"
            " were found by soldiers on Tuesday.",
            "found",
            "colombia",
            "bogota",
        ),
    ],
)
def test_a_lead_placed_elsewhere_in_the_country_is_not_at_the_dateline(
    text: str, word: str, place: str, dateline_city: str
) -> None:
    facts = read(text, WEDNESDAY)
    events = with_word(facts, word)
    assert events, [e.label for e in facts.events]
    places = lower_places(facts, events[0])
    assert dateline_city not in places and place in places, places


def test_a_lead_with_no_place_of_its_own_stays_at_the_dateline() -> None:
    facts = read("NAIROBI, March 4 (Probe Wire) - Kenyan police arrested 12 protesters on Tuesday.", WEDNESDAY)
    events = with_word(facts, "arrested")
    assert events and "nairobi" in lower_places(facts, events[0])


# -- class 8: "a Carverton police officer shot a man": the name before a local force's member is the force's town
# (which the recogniser may take for a company), the member is who acted ---------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "town"),
    [
        ("A Redbank police officer shot a teenager outside a petrol station on Monday.", "shot", "Redbank"),
        ("An Oakridge police officer shot a man who was holding a knife on Monday.", "shot", "Oakridge"),
        ("Two Elmwood police officers arrested a teenager on Monday.", "arrested", "Elmwood"),
        ("A Danforth police officer shot a motorist near the bus station on Monday night.", "shot", "Danforth"),
        ("A Corbin police officer shot and wounded a suspect on Monday.", "wounded", "Corbin"),
    ],
)
def test_a_local_force_member_is_the_actor_not_its_town(text: str, word: str, town: str) -> None:
    facts = read(text, WEDNESDAY)
    events = with_word(facts, word)
    assert events, [e.label for e in facts.events]
    agents = agent_names(facts, events[0])
    assert agents and town not in agents, agents


# -- class 9: verbs of news acts the lexicon lacked: a suspect surrendering, a vaccination drive ----------------
@pytest.mark.parametrize(
    ("text", "word", "types"),
    [
        ("The suspect surrendered to police in Austin on Monday.", "surrendered", {"yield", "coercion", "legal"}),
        ("The former governor surrendered to federal agents on Monday morning.", "surrendered", {"yield", "coercion"}),
        ("Health workers vaccinated 3,000 children in Kano on Monday.", "vaccinated", {"aid"}),
        ("Nurses inoculated more than 500 villagers against cholera on Monday.", "inoculated", {"aid"}),
    ],
)
def test_surrendering_and_vaccinating_are_events(text: str, word: str, types: set[str]) -> None:
    facts = read(text, WEDNESDAY)
    events = with_word(facts, word)
    assert events, [e.label for e in facts.events]
    assert events[0].type in types
    assert (events[0].earliest, events[0].latest) == (MONDAY, MONDAY)
