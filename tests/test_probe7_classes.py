"""Failure classes of the seventh news probe (issue #12), each checked on sentences written for these tests in
several wordings and on other topics than the probe's: a verb learned from annotated news whose hand-written row
asks for more than the sentence gives ("filed for insolvency"), a general verb acting on people ("troops reached
the villagers", "the king received the athletes"), a passive release with no one named who released, people
pulled out of danger, a structure that caved in when the parser missed the verb, an arrest "at the scene" of a
dated attack, "members of" a body acting as the body, and a region's government."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_probe4_classes import FRIDAY, MONDAY, SUNDAY, TUESDAY, agent_names, read
from timelinekg.schema.model import Event, Facts

D = dt.date


def dated(facts: Facts, day: dt.date) -> list[Event]:
    return [e for e in facts.events if (e.earliest, e.latest) == (day, day)]


# -- a learned verb whose hand row asks for an object it does not have -------------------------------------------
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Nordavia Airlines filed for insolvency at a Frankfurt court on Tuesday.", TUESDAY),
        ("Brightwell Stores filed for bankruptcy protection on Monday.", MONDAY),
        ("The regional parliament approved on Friday after a long debate.", FRIDAY),
        (
            "Brightwell Stores, the clothing chain that runs 40 shops in the north, filed for administration on "
            "Monday, blaming high rents.",
            MONDAY,
        ),
    ],
)
def test_a_learned_verb_is_a_dated_event_when_its_hand_row_does_not_fit(text: str, day: dt.date) -> None:
    assert dated(read(text), day)


def test_an_undated_learned_verb_stays_no_event() -> None:
    # (a firm filing for bankruptcy protection is a lexicon row since session 21, news with an open start bound)
    assert not read("Brightwell Stores sought new partners.").events


# -- a general verb acting on people -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "day", "agent"),
    [
        ("Soldiers reached the stranded villagers on Tuesday.", TUESDAY, "soldiers"),
        ("Divers reached the trapped fishermen on Sunday after a two-day search.", SUNDAY, "divers"),
        ("The president received the released hostages at the palace on Monday.", MONDAY, "president"),
    ],
)
def test_a_general_verb_acting_on_people_is_a_dated_event(text: str, day: dt.date, agent: str) -> None:
    events = dated(read(text), day)
    assert events
    assert any(agent in name for name in agent_names(read(text), events[0]))


@pytest.mark.parametrize(
    "text",
    [
        "Inflation reached 9 percent in March.",
        "The ministry received 300 complaints on Monday.",
    ],
)
def test_a_general_verb_acting_on_things_stays_no_event(text: str) -> None:
    assert not read(text).events


# -- lenders, shareholders and pupils are people ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "day", "agent"),
    [
        ("Shareholders rejected the merger proposal on Tuesday.", TUESDAY, "shareholders"),
        ("Bondholders turned down the debt swap on Monday.", MONDAY, "bondholders"),
        ("The strike began after lenders rejected the restructuring offer on Friday.", FRIDAY, "lenders"),
    ],
)
def test_creditors_and_shareholders_act(text: str, day: dt.date, agent: str) -> None:
    facts = read(text)
    events = dated(facts, day)
    assert events
    assert agent in agent_names(facts, events[0])


# -- a passive release of people ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Twelve fishermen were released on Monday near the port.", MONDAY),
        ("The kidnapped schoolchildren were released late on Sunday in a village near the border.", SUNDAY),
        ("The abducted pupils were set free on Tuesday.", TUESDAY),
        (
            "Three engineers held captive since March were freed on Sunday and are now with their families.",
            SUNDAY,
        ),
    ],
)
def test_people_released_are_let_go_though_no_one_is_named(text: str, day: dt.date) -> None:
    events = dated(read(text), day)
    assert [e.type for e in events] == ["yield"]


def test_a_released_film_is_still_a_launch() -> None:
    assert [e.type for e in read("Lumen Pictures released the film on Friday.").events] == ["product-launch"]


# -- people pulled out of danger ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "day", "agent"),
    [
        ("Firefighters pulled two residents from the burning house on Monday.", MONDAY, "firefighters"),
        ("Divers pulled the last of the nine fishermen out of the sunken boat on Sunday.", SUNDAY, "divers"),
        ("Soldiers dragged 30 survivors from the rubble on Tuesday.", TUESDAY, "soldiers"),
        ("Villagers pulled two women alive from the collapsed house on Sunday, the mayor said.", SUNDAY, "villagers"),
    ],
)
def test_people_pulled_out_of_danger_are_rescued(text: str, day: dt.date, agent: str) -> None:
    facts = read(text)
    events = dated(facts, day)
    assert [e.type for e in events] == ["aid"]
    assert agent in agent_names(facts, events[0])


def test_pulling_out_of_a_deal_is_no_rescue() -> None:
    assert all(e.type != "aid" for e in read("The company pulled out of the deal on Monday.").events)


# -- a structure that caved in -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Part of a road caved in on Monday near the market.", MONDAY),
        ("A section of the stadium roof caved in on Sunday during a match.", SUNDAY),
        ("The ceiling of the school hall caved in on Tuesday.", TUESDAY),
    ],
)
def test_a_structure_that_caved_in_is_a_disaster(text: str, day: dt.date) -> None:
    assert [e.type for e in dated(read(text), day)] == ["disaster"]


# -- an arrest at the scene --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A gunman opened fire at a market in Nairobi on Monday, wounding six people. Shoppers said he fired "
        "before anyone could react. Police detained the suspect at the scene.",
        "A man attacked commuters with a hammer at a railway station on Monday. Officers arrested a 31-year-old "
        "man on the spot.",
    ],
)
def test_an_arrest_at_the_scene_is_on_the_attacks_day(text: str) -> None:
    facts = read(text)
    assert [e.type for e in dated(facts, MONDAY)].count("coercion") == 1


# -- members of a body act as the body ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Members of the city council voted to dismiss the mayor on Monday.", "council"),
        ("Members of the national assembly on Tuesday voted to remove the speaker.", "assembly"),
    ],
)
def test_members_of_a_body_act_as_the_body(text: str, agent: str) -> None:
    facts = read(text)
    assert facts.events
    assert any(agent in name for event in facts.events for name in agent_names(facts, event))


# -- a region's government ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The West Bengal government announced compensation for the victims on Tuesday.", "west bengal government"),
        ("The New South Wales government declared a state of emergency on Monday.", "new south wales government"),
        ("The Uttar Pradesh government ordered an inquiry into the fire on Monday.", "uttar pradesh government"),
    ],
)
def test_a_regions_government_keeps_the_regions_whole_name(text: str, agent: str) -> None:
    facts = read(text)
    assert facts.events
    assert agent in {name.lower() for event in facts.events for name in agent_names(facts, event)}


# -- a clause in the past perfect sets the narration's day -------------------------------------------------------
def test_what_had_happened_that_day_sets_the_frame_of_what_followed() -> None:
    text = (
        "Lawmakers approved the budget on Tuesday. The opposition leader tabled a rival motion last week. "
        "Outside the parliament, riot police fired tear gas to scatter hundreds of farmers who had gathered "
        "on Tuesday morning."
    )
    facts = read(text)
    late = [e for e in facts.events if "tear gas" in (e.label or "")]
    assert late
    assert all(e.earliest == TUESDAY for e in late)


def test_a_later_day_in_a_clause_sets_no_frame() -> None:
    facts = read("Police arrested the driver, who died in hospital on Monday.")
    arrests = [e for e in facts.events if e.type == "coercion"]
    assert arrests
    assert all(e.earliest is None for e in arrests)


# -- given names the recogniser left between a title and the name --------------------------------------------------
def test_given_names_after_a_title_belong_to_the_person() -> None:
    facts = read("Governor Umaru Sani Jibrin opened the new hospital on Monday.")
    assert {"Umaru Sani Jibrin"} <= {name for event in facts.events for name in agent_names(facts, event)}


# -- a proposal put to a body ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("An opposition senator introduced a bill on Monday to cap rents.", MONDAY),
        ("The opposition tabled an amendment on Tuesday.", TUESDAY),
        ("A ward councillor tabled a motion of no confidence in the mayor on Friday.", FRIDAY),
    ],
)
def test_a_motion_or_bill_put_to_a_body_is_a_legal_event(text: str, day: dt.date) -> None:
    assert [e.type for e in dated(read(text), day)] == ["legal"]


def test_a_new_phone_introduced_is_still_a_launch() -> None:
    assert [e.type for e in read("Corvid Mobile introduced a new phone on Monday.").events] == ["product-launch"]


# -- phrasal verbs whose particle makes the event ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "type", "day"),
    [
        ("Police rounded up 40 suspects in Lagos on Tuesday.", "coercion", TUESDAY),
        ("Unknown attackers gunned down a journalist in Manila on Sunday.", "attack", SUNDAY),
        ("Insurgents blew up a gas pipeline in the north on Sunday.", "attack", SUNDAY),
        ("A bomb went off in a crowded market on Monday.", "attack", MONDAY),
        ("Troops pulled out of the city on Monday.", "other", MONDAY),
        ("The ruling party kicked out two lawmakers on Monday.", "coercion", MONDAY),
    ],
)
def test_a_phrasal_verb_names_its_event(text: str, type: str, day: dt.date) -> None:
    assert [e.type for e in dated(read(text), day)] == [type]


@pytest.mark.parametrize(
    "text",
    ["The analyst rounded up the figures on Monday.", "The alarm went off at noon.", "The dispute blew up on Monday."],
)
def test_a_phrasal_verb_of_something_else_is_no_event(text: str) -> None:
    assert not read(text).events
