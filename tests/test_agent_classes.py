"""Missing agents (issue #12), each class checked on sentences written for these tests in several wordings and
on other topics than the probes': a short country name two countries share ("Congo") read by the article's other
places, an "it" in what a body reports, a nationality that is part of a body's name, a group "led by" someone,
a name split at its particles ("van der"), and "its" for the country the sentence before is about."""

from __future__ import annotations

import pytest

from tests.test_probe4_classes import agent_names, read
from timelinekg.schema.model import Event, Facts


def agents_of(facts: Facts, kind: str | None = None) -> list[set[str]]:
    return [{n.lower() for n in agent_names(facts, e)} for e in facts.events if kind is None or e.type == kind]


def all_agents(facts: Facts) -> set[str]:
    return set().union(*agents_of(facts)) if facts.events else set()


def events_with(facts: Facts, word: str) -> list[Event]:
    # a statement's label holds what it reports, so the act it reports is the event the word triggers
    named = [e for e in facts.events if word in e.label]
    return [e for e in named if e.attribute("trigger") == word] or named


# -- a short name two countries share, read by the article's other places --------------------------------------
@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Congo's army clashed with militia fighters near Bunia in Ituri province on Monday.",
            "democratic republic of the congo",
        ),
        (
            "Congo suspended cobalt exports on Monday. Trucks were stopped at the border near Lubumbashi.",
            "democratic republic of the congo",
        ),
        (
            "Congo's government raised fuel prices on Tuesday. Taxi drivers in Brazzaville and Pointe-Noire went on "
            "strike.",
            "republic of the congo",
        ),
    ],
)
def test_a_shared_country_name_is_the_country_of_the_articles_places(text: str, country: str) -> None:
    # the country acts itself or takes part in what its army or government does (session 22: as a participant)
    facts = read(text)
    names = {
        a.name.lower() for a in facts.actors if any(p.actor_id == a.id for e in facts.events for p in e.participants)
    }
    assert country in names


# -- "it" in what a body reports is that body -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "agent"),
    [
        ("The navy said it had intercepted a smuggling boat off the coast on Monday.", "intercepted", "navy"),
        ("The ministry said on Monday it had suspended the licence of the mining company.", "suspended", "ministry"),
        ("The army said it had detained two officers at a base near the border on Sunday.", "detained", "army"),
    ],
)
def test_it_in_what_a_body_reports_is_that_body(text: str, word: str, agent: str) -> None:
    facts = read(text)
    [event] = events_with(facts, word)
    assert agent in {n.lower() for n in agent_names(facts, event)}


def test_it_after_a_person_speaking_is_not_the_person() -> None:
    facts = read("The spokesman said it had rained heavily in the hills on Monday.")
    assert "spokesman" not in all_agents(facts) - set().union(*agents_of(facts, "statement"))


# -- a nationality the body's name holds ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "The Indian Space Research Organisation launched a weather satellite on Monday.",
            "indian space research organisation",
        ),
        (
            "The Kenyan Wildlife Service and the Tanzanian Parks Authority signed a pact on Monday.",
            "tanzanian parks authority",
        ),
        ("British Airways cancelled 40 flights on Tuesday.", "british airways"),
    ],
)
def test_a_nationality_in_a_bodys_name_is_kept(text: str, agent: str) -> None:
    assert agent in all_agents(read(text))


def test_a_states_ministry_is_still_named_with_its_country() -> None:
    facts = read("The Russian Defence Ministry said on Monday that a drone had been shot down.")
    assert "russia defence ministry" in all_agents(facts)


# -- a group led by someone: the leader acts with it ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("A coast guard crew led by Captain Lena Holm rescued nine fishermen on Sunday.", "lena holm"),
        ("The commission, chaired by former judge Maria Kowalska, published its report on Monday.", "maria kowalska"),
        ("A team of soldiers headed by Colonel Tomas Ruiz evacuated 200 villagers on Friday.", "tomas ruiz"),
    ],
)
def test_a_group_led_by_someone_has_the_leader_as_agent(text: str, agent: str) -> None:
    assert agent in all_agents(read(text))


def test_a_target_led_by_someone_is_no_agent() -> None:
    facts = read("Protesters attacked a convoy led by General Ahmed Bashir on Monday.")
    assert "ahmed bashir" not in all_agents(facts)


# -- a name split at its particles -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("A rescue crew led by pilot Pieter van den Berg rescued four hikers on Sunday.", "pieter van den berg"),
        ("Mayor Ana de la Cruz opened the new bridge on Monday.", "ana de la cruz"),
        ("Judge Hendrik van der Linde sentenced the former minister on Tuesday.", "hendrik van der linde"),
        ("Judge Marius du Toit sentenced the former mayor on Monday.", "marius du toit"),
        ("Police arrested Mohammed ul Haque in the port city on Thursday.", "mohammed ul haque"),
    ],
)
def test_a_name_with_particles_is_one_person(text: str, person: str) -> None:
    facts = read(text)
    assert person in {a.name.lower() for a in facts.actors}


# -- "its" body of the country the sentence before is about ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "Honduras protested the move on Monday. Its foreign ministry summoned Peru's ambassador in Lima on "
            "Tuesday.",
            "honduras foreign ministry",
        ),
        (
            "Chile recalled its envoy on Monday. Its defence ministry suspended joint exercises with Bolivia on "
            "Tuesday.",
            "chile defence ministry",
        ),
    ],
)
def test_its_body_after_a_country_is_that_countrys(text: str, agent: str) -> None:
    assert agent in all_agents(read(text))


# -- fighters of a named group act as the group ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Rebels of the Popular Liberation Front released four hostages on Sunday.", "popular liberation front"),
        ("Fighters of the Ansar Brigade attacked a checkpoint near the border on Monday.", "ansar brigade"),
        ("Soldiers of the Republican Guard stormed the broadcaster's offices on Tuesday.", "republican guard"),
    ],
)
def test_fighters_of_a_named_group_act_as_the_group(text: str, agent: str) -> None:
    assert agent in all_agents(read(text))


def test_members_killed_are_no_agents() -> None:
    facts = read("Gunmen killed members of the village council on Monday.")
    assert all_agents(facts) == {"gunmen"}


# -- taking control of a business is a takeover --------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Hungary's central bank took control of Dunai Bank on Monday.",
        "The regulator took control of the troubled insurer on Friday.",
        "A state fund took control of the country's largest lender on Monday.",
    ],
)
def test_taking_control_of_a_business_is_business(text: str) -> None:
    assert {e.type for e in read(text).events} == {"business"}


@pytest.mark.parametrize(
    "text", ["Rebels took control of the town on Monday.", "The army took control of the central bank on Monday."]
)
def test_taking_control_by_force_stays_military(text: str) -> None:
    assert {e.type for e in read(text).events} == {"military"}


# -- a unit of a body acts for it; a noun telling a group apart is kept ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "Hackers hit the hospitals on Tuesday. Norway's police said on Wednesday their cybercrime unit had opened "
            "an investigation.",
            "norway police",
        ),
        ("The ministry said on Monday its special unit had arrested three smugglers.", "ministry"),
    ],
)
def test_a_unit_of_a_body_acts_for_it(text: str, agent: str) -> None:
    assert agent in set().union(*agents_of(read(text), "investigation"), *agents_of(read(text), "coercion"))


def test_a_noun_before_a_group_is_part_of_its_name() -> None:
    facts = read("Regional health inspectors opened an investigation into the hospital on Monday.")
    assert "regional health inspectors" in all_agents(facts)


# -- a name hung on the noun describing a person -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("His opponent, the lawyer Marta Ibsen, conceded defeat on Monday.", "marta ibsen"),
        ("Their coach, the veteran Paolo Ferri, resigned on Sunday after the defeat.", "paolo ferri"),
        ("Her rival, the banker Tomas Lind, conceded defeat late on Tuesday.", "tomas lind"),
    ],
)
def test_a_person_named_beside_a_describing_noun_is_the_agent(text: str, agent: str) -> None:
    assert agent in all_agents(read(text))


# -- coordinated subjects: each is an agent ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("Sudan's army and the RSF paramilitary group signed a truce in Jeddah on Monday.", {"sudan army", "rsf"}),
        ("Mali's junta and the Tuareg separatist alliance signed an accord on Monday.", {"mali junta", "tuareg"}),
        (
            "Myanmar's military and the Arakan Army rebel group agreed a truce on Monday.",
            {"myanmar military", "arakan army"},
        ),
    ],
)
def test_each_coordinated_subject_is_an_agent(text: str, agents: set[str]) -> None:
    assert agents <= all_agents(read(text))


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Leaders of the Andean Community met in Lima on Monday for an emergency summit.", "andean community"),
        ("Leaders of the Gulf bloc GCC met in Riyadh on Monday for an emergency summit.", "gcc"),
    ],
)
def test_leaders_meeting_are_agents(text: str, agent: str) -> None:
    assert agent in all_agents(read(text))


def test_a_nationality_named_body_leaves_the_nationality_a_country() -> None:
    # "the Turkish Navy" keeps its nationality in its name; "Turkish" alone is still Turkey, not the navy
    facts = read("The Turkish Navy intercepted a boat on Monday. A Turkish drone strike hit a depot on Tuesday.")
    assert agents_of(facts, "attack") == [{"turkey"}]


def test_a_civil_protection_agency_keeps_its_adjective() -> None:
    facts = read("Valencia's civil protection agency ordered residents to stay indoors on Monday.")
    assert any("civil protection agency" in name for name in all_agents(facts))
