"""Failure classes of the ninth news probe (issue #12), each checked on sentences written for these tests in
several wordings and on other topics than the probe's: an official relieved of a post, a facility ordered shut
and aircraft grounded, an escape reported through a statement, a blast at an industrial site with no attacker,
armed men freeing inmates from a jail, an envoy recalled, a member of a force named by rank, and the dates of a
live blog's clock stamps, of "two days after" and of a "when" clause on a month."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_probe4_classes import FRIDAY, MONDAY, SUNDAY, TUESDAY, WEDNESDAY, agent_names, on_day, read
from timelinekg.schema.model import Event, Facts

pytest.importorskip("spacy")


def typed(facts: Facts, kind: str) -> list[Event]:
    return [e for e in facts.events if e.type == kind]


# -- relieved of a post, stripped of a command, removed from office: a change of who holds a post -----------------
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The interior ministry on Monday relieved the jail's warden, Mr Tomas Varga, of his post.", MONDAY),
        ("The navy relieved the captain of the frigate of his command on Tuesday.", TUESDAY),
        ("Sergeant Lena Brandt was stripped of her rank on Friday after the inquiry.", FRIDAY),
        ("The ministry stripped the inspector of his duties on Monday.", MONDAY),
        ("The harbour master, Piet Smit, was removed from his post on Sunday.", SUNDAY),
        ("Parliament removed the ombudsman from office on Tuesday.", TUESDAY),
    ],
)
def test_an_official_relieved_of_a_post_is_a_personnel_change(text: str, day: dt.date) -> None:
    assert "personnel" in {e.type for e in on_day(read(text), day)}


@pytest.mark.parametrize(
    "text",
    [
        "The court stripped the company of its licence on Monday.",
        "Volunteers removed rubble from the office on Monday.",
    ],
)
def test_what_is_no_post_makes_no_personnel_change(text: str) -> None:
    assert "personnel" not in {e.type for e in read(text).events}


# -- a facility ordered shut, aircraft grounded, flights suspended: an authority's order ---------------------------
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The mining regulator ordered the colliery shut on Monday after the flooding.", "mining regulator"),
        ("A provincial court ordered the tannery closed on Monday.", "provincial court"),
        ("The health ministry ordered the clinic sealed on Monday.", "health ministry"),
        ("The aviation authority grounded all of the carrier's turboprops on Monday.", "aviation authority"),
        ("On Monday the civil aviation agency grounded the airline's fleet.", "civil aviation agency"),
        ("The aviation regulator suspended all flights to the island on Monday.", "aviation regulator"),
    ],
)
def test_an_ordered_closure_or_grounding_is_the_authoritys_act(text: str, agent: str) -> None:
    events = [e for e in on_day(read(text), MONDAY) if e.type not in ("business", "statement")]
    assert any(agent in {n.lower() for n in agent_names(read(text), e)} for e in events), events


def test_an_ordered_closure_of_an_embassy_cuts_relations() -> None:
    assert typed(read("Ottawa ordered its embassy in Caracas closed on Monday."), "reduce-relations")


# -- an escape reported through a statement: the escape is the event, with its own date ----------------------------
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Nineteen inmates escaped from a jail in the south of the country on Sunday night after a riot, the "
            "justice ministry said on Monday.",
            SUNDAY,
        ),
        ("The prisons service said on Tuesday that 12 prisoners escaped from a detention centre on Monday.", MONDAY),
        ("Two detainees escaped from police custody in the capital on Friday, officials said on Monday.", FRIDAY),
        ("At least 30 convicts fled the prison on Sunday, the governor said on Monday.", SUNDAY),
    ],
)
def test_an_escape_told_by_a_statement_keeps_its_own_date(text: str, day: dt.date) -> None:
    escapes = [e for e in on_day(read(text), day) if e.type != "statement"]
    assert escapes


def test_escaping_an_attack_stays_the_attack() -> None:
    facts = read("The governor escaped an assassination attempt on Monday.")
    assert typed(facts, "attack")


@pytest.mark.parametrize(
    "text",
    [
        "Police recaptured 12 of the escaped inmates in the hills on Monday.",
        "Soldiers recaptured two fugitives at a roadblock on Monday.",
        "On Monday guards recaptured the convicts near the river.",
    ],
)
def test_escapees_recaptured_are_arrested(text: str) -> None:
    assert "coercion" in {e.type for e in on_day(read(text), MONDAY)}


def test_a_town_recaptured_is_war() -> None:
    assert typed(read("The army recaptured the town of Kessa on Monday."), "military")


# -- an explosion at an industrial site with no attacker is an accident --------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A blast ripped through a fertiliser plant in the port city on Sunday, killing four workers.",
        "The blast tore through the boiler room of a textile mill late on Sunday.",
        "A powerful blast at a coal mine in the north killed 11 miners on Sunday.",
        "A coal mine blast killed 20 miners in the east of the country on Sunday.",
    ],
)
def test_a_blast_at_an_industrial_site_is_an_accident(text: str) -> None:
    kinds = {e.type for e in on_day(read(text), SUNDAY)}
    assert "disaster" in kinds and "attack" not in kinds


@pytest.mark.parametrize(
    "text",
    [
        "A bomb blast ripped through a market in the capital on Sunday, killing 12 people.",
        "A suicide blast at a police station killed nine officers on Sunday.",
        "A blast near a checkpoint killed two soldiers on Sunday, and militants claimed the attack.",
        "A mine blast killed four soldiers on a patrol near the border on Sunday.",
    ],
)
def test_a_bomb_blast_stays_an_attack(text: str) -> None:
    assert "attack" in {e.type for e in on_day(read(text), SUNDAY)}


# -- armed men freeing inmates from a jail: a jailbreak, not captives let go -----------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Militants freed dozens of inmates from a jail in the north on Sunday.",
        "Gunmen stormed a police station and freed six detainees from its cells on Sunday.",
        "Rebel fighters freed more than 100 prisoners from the central prison on Sunday.",
    ],
)
def test_armed_men_freeing_inmates_is_an_attack(text: str) -> None:
    kinds = {e.type for e in on_day(read(text), SUNDAY)}
    assert "attack" in kinds and "yield" not in kinds


def test_captors_freeing_hostages_stay_a_concession() -> None:
    assert typed(read("The rebels freed two hostages on Sunday."), "yield")


# -- a raid by law enforcement: a search, not an assault --------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Anti-corruption prosecutors raided the mayor's offices on Monday.",
        "Tax investigators raided the headquarters of the bank on Monday.",
        "On Monday police raided the home of an opposition senator.",
    ],
)
def test_a_raid_by_law_enforcement_is_coercion(text: str) -> None:
    kinds = {e.type for e in on_day(read(text), MONDAY)}
    assert "coercion" in kinds and "attack" not in kinds


def test_a_raid_by_fighters_stays_an_attack() -> None:
    assert typed(read("Militants raided an army post on Monday."), "attack")


# -- people who burn something: arson ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Rioters burned three buses in the city centre on Monday.",
        "On Monday a mob burned the house of a local official.",
        "Armed youths burned a police post in the town on Monday.",
    ],
)
def test_people_burning_things_is_arson(text: str) -> None:
    assert "attack" in {e.type for e in on_day(read(text), MONDAY)}


def test_a_forest_burning_stays_a_disaster() -> None:
    assert typed(read("Forests burned across the region on Monday as the heatwave went on."), "disaster")


# -- an envoy recalled: relations cut, not a product recall ----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Bolivia recalled its ambassador to Peru on Monday.",
        "The government withdrew its envoy from Rabat on Monday.",
        "Seoul recalled its top diplomat in Tokyo for consultations on Monday.",
    ],
)
def test_an_envoy_recalled_cuts_relations(text: str) -> None:
    kinds = {e.type for e in on_day(read(text), MONDAY)}
    assert "reduce-relations" in kinds and "business" not in kinds


def test_a_product_recall_stays_business() -> None:
    assert typed(read("The company recalled 40,000 vehicles on Monday."), "business")


# -- a member of a force named by rank, or armed youths: the agent -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("A police sergeant shot dead a motorcyclist at a roadblock on Monday.", "police sergeant"),
        ("An army lieutenant killed two farmers near the border on Monday.", "army lieutenant"),
        ("A prison constable beat and killed an inmate on Monday.", "prison constable"),
        ("Armed youths burned a police post in the town on Monday.", "armed youths"),
    ],
)
def test_a_member_of_a_force_named_by_rank_is_the_agent(text: str, agent: str) -> None:
    facts = read(text)
    events = on_day(facts, MONDAY)
    assert any(agent in {n.lower() for n in agent_names(facts, e)} for e in events), events


# -- dates: live-blog clock stamps, "two days after", a "when" clause on a month -----------------------------------
LIVE_BLOG = """Farmers blocked motorways across the country on Wednesday in a day of protest against the new tax.

**09:10** - Tractors are parked across the ring road, police say.

**11:45** - Police arrested 23 farmers who had set fire to hay bales outside the ministry, the interior ministry says.

**14:30** - In the south, thousands of farmers marched through the regional capital.
"""


def test_live_blog_clock_stamps_hold_the_day_of_publication() -> None:
    facts = read(LIVE_BLOG)
    for kind in ("coercion", "protest"):
        events = typed(facts, kind)
        assert events and all((e.earliest, e.latest) == (WEDNESDAY, WEDNESDAY) for e in events), events


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The walkout on Wednesday came two days after parliament passed the pension bill.", MONDAY),
        ("The protest on Friday came three days before the council approved the budget.", dt.date(2025, 4, 14)),
    ],
)
def test_days_after_a_dated_event_date_the_other(text: str, day: dt.date) -> None:
    assert "legal" in {e.type for e in on_day(read(text), day)}


@pytest.mark.parametrize(
    "text",
    [
        "Dockworkers went on strike across the country on Wednesday. The strike came two days after parliament "
        "passed the pension bill.",
        "Nurses staged a walkout on Wednesday in a dispute over pay. The walkout came two days after the senate "
        "approved the health budget.",
        "Truckers blocked the capital's ring road on Wednesday with a protest against fuel prices. The protest came "
        "two days after lawmakers passed the fuel tax bill.",
    ],
)
def test_days_after_counted_from_an_event_named_again(text: str) -> None:
    assert "legal" in {e.type for e in on_day(read(text), MONDAY)}


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("The sanctions follow a crackdown in February, when soldiers arrested 60 students in the capital.", 2),
        ("It was the worst unrest since March, when police detained hundreds of protesters.", 3),
        ("The ban follows a wave of arrests in January, when officers raided the offices of two newspapers.", 1),
    ],
)
def test_a_when_clause_on_a_month_takes_the_month(text: str, month: int) -> None:
    facts = read(text)
    first = dt.date(2025, month, 1)
    last = (dt.date(2025, month + 1, 1) - dt.timedelta(days=1)) if month < 12 else dt.date(2025, 12, 31)
    assert any((e.earliest, e.latest) == (first, last) for e in facts.events if e.type in ("coercion", "attack")), (
        facts.events
    )
