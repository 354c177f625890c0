"""One event left as several nodes, or two folded into one, once several outlets' reports of a story share a store
(session 20, helper dups21): each class told first in our own articles, on other countries, bodies and topics than
the probes it was seen on, with the cases that must stay as they were.

1. A body's short name given in parentheses after its full name ("the Ghana Deposit Protection Corporation (GDPC)",
   "the Peruvian Volleyball Federation (Fepevol)") is one of its names: the article resolves the short name to the
   body whatever its initials (a legal form left out, a name in another language), and the body carries it as an
   alias, so another outlet naming the body only by the short name tells the same actor's act.  Initials of three
   letters or more are never a person ("the GDPC said"), which had kept the store from finding the body.
2. A "when" clause on a date that measures a superlative ("the strongest quake on the island since 2017, when a
   tremor near X killed three people") tells what happened at that date, also when the clause's verb carries an
   event noun (the tremor's): dated so, it no longer folds into this year's quake.
3. "declared an outbreak on Monday, after the hospital reported 23 cases": what an act came after came before it,
   so it is no report of an event the article dates later (the first death on Wednesday); and who found or told
   the cases took no part in the outbreak.
4. "The union said" after "the Zimbabwe Cricket Union banned two players": a bare head noun names again the one body
   the article named before whose name it heads ("the council" for "the Council of Europe"); with two such bodies
   it names neither, and a state body's kind ("the court") is left to the state body rules.
5. "General" beginning a body's name ("General Electric", "the General Department of Fisheries") is part of it, not
   a rank stripped off as a title (which left "Electric", and a "Department of Fisheries" given the article's
   country as a ministry).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.test_extract_news import load_articles, read
from timelinekg.schema.model import Event

D = dt.date


def agents(event: Event) -> set[str]:
    return {p.actor_id for p in event.participants if p.role == "agent"}


def shown(events: list[Event]) -> list[tuple[str, str, object, object, list[tuple[str, str]], int]]:
    return [
        (e.type, e.label, e.earliest, e.latest, [(p.actor_id, p.role) for p in e.participants], len(e.source_ids))
        for e in events
    ]


# -- 1. short names in parentheses ---------------------------------------------------------------------------------
INTRODUCED = (
    "2025-03-06",
    "ACCRA - The Ghana Deposit Protection Corporation (GDPC) froze all accounts at Sunrise Savings on Wednesday, a "
    "day after the Bank of Ghana revoked the lender's licence.",
)
SHORT_ONLY = ("2025-03-08", "The GDPC froze all accounts at Sunrise Savings on Wednesday, a spokesman said.")


def test_a_short_name_in_parentheses_is_an_alias_of_the_body() -> None:
    facts = read(INTRODUCED[1], D(2025, 3, 6))
    body = next(a for a in facts.actors if a.name.startswith("Ghana Deposit Protection"))
    assert "GDPC" in body.aliases, body


@pytest.mark.parametrize("order", ["full name first", "short name first"])
def test_an_outlet_naming_the_body_only_by_its_short_name_tells_the_same_act(tmp_path: Path, order: str) -> None:
    names = ("a.md", "b.md") if order == "full name first" else ("b.md", "a.md")
    events = load_articles(tmp_path, {names[0]: INTRODUCED, names[1]: SHORT_ONLY})
    freezes = [e for e in events if e.type == "coercion" and "froze" in e.label]
    assert len(freezes) == 1, shown(freezes)
    assert len(set(freezes[0].source_ids)) == 2


def test_initials_saying_something_name_the_body_the_store_knows(tmp_path: Path) -> None:
    later = ("2025-03-09", "ACCRA - The GDPC said on Saturday that the freeze at Sunrise Savings was temporary.")
    events = load_articles(tmp_path, {"a.md": INTRODUCED, "b.md": later})
    said = [e for e in events if e.type == "statement"]
    assert said and all(agents(e) == {"ghana-deposit-protection"} for e in said), shown(said)


def test_a_short_name_that_is_no_initials_of_the_body_still_names_it() -> None:
    facts = read(
        "LIMA - The Peruvian Volleyball Federation (Fepevol) suspended its coach, Ana Rojas, on Thursday over a doping "
        "case. Fepevol said on Friday it would appeal the ban on its women's team.",
        D(2025, 5, 3),
    )
    bodies = {a.id for a in facts.actors if a.kind == "organisation"}
    assert "fepevol" not in bodies, [(a.id, a.aliases) for a in facts.actors]
    said = [e for e in facts.events if e.type == "statement"]
    assert said and all(agents(e) == {"peruvian-volleyball-federation"} for e in said), shown(said)


def test_a_place_or_a_person_in_parentheses_is_no_short_name_of_the_body() -> None:
    facts = read(
        "NAIROBI - Halden Freight Holdings (Mombasa) suspended its lorry drivers on Tuesday. The Amani Farmers Union "
        "(Kisumu) called a strike on Wednesday.",
        D(2025, 6, 5),
    )
    aliases = {alias for a in facts.actors for alias in a.aliases}
    assert not aliases & {"Mombasa", "Kisumu"}, [(a.name, a.aliases) for a in facts.actors]


# -- 2. a "when" clause on the date a superlative is measured from ---------------------------------------------------
COMPARED = (
    "MANILA - A magnitude 6.4 earthquake struck the island of Leyte on Sunday night, killing five people. It was the "
    "strongest quake on the island since 2017, when a tremor near Ormoc killed three people."
)


def test_an_event_noun_of_a_when_clause_on_a_year_is_dated_by_that_year() -> None:
    facts = read(COMPARED, D(2025, 6, 2))
    earlier = [e for e in facts.events if "Ormoc" in e.label]
    assert earlier and earlier[0].earliest == D(2017, 1, 1) and earlier[0].latest == D(2017, 12, 31), shown(earlier)
    this_year = [e for e in facts.events if e.type == "disaster" and e.earliest == D(2025, 6, 1)]
    assert this_year and all("Ormoc" not in m.quote for e in this_year for m in e.mentions), shown(this_year)


def test_a_when_clause_of_a_verb_on_a_year_is_still_dated_by_it() -> None:
    facts = read(
        "DHAKA - The flooding was the worst in the province since 2013, when a cyclone destroyed thousands of homes.",
        D(2025, 7, 2),
    )
    earlier = [e for e in facts.events if "cyclone" in e.label]
    assert earlier and earlier[0].earliest == D(2013, 1, 1), shown(earlier)


def test_the_quake_of_the_year_compared_with_joins_no_report_of_this_one_across_outlets(tmp_path: Path) -> None:
    events = load_articles(
        tmp_path,
        {
            "a.md": ("2025-06-02", COMPARED),
            "b.md": ("2025-06-03", "TACLOBAN - Rescuers searched collapsed houses in Leyte on Monday after the quake."),
        },
    )
    quakes = [e for e in events if e.type == "disaster" and any("Ormoc" in m.quote for m in e.mentions)]
    assert quakes and all(e.earliest == D(2017, 1, 1) for e in quakes), shown(quakes)


# -- 3. cases reported before an outbreak was declared ---------------------------------------------------------------
OUTBREAK = (
    "LYON, 14 Aug - Health inspectors this morning sealed two water tanks at a dairy in Vaulx, which the regional "
    "government suspects is the source of an outbreak of cholera that has killed one.\n\n"
    "The regional health department declared an outbreak on Monday, after the Marie Curie hospital in Vaulx reported "
    "23 confirmed cases in three days, most of them among workers of the dairy. It also ordered every school in the "
    "district to boil its water.\n\n"
    "A 71-year-old woman with diabetes died at the Marie Curie hospital yesterday, the first death of the outbreak."
)


def test_cases_reported_before_a_declared_outbreak_are_no_report_of_a_later_death() -> None:
    facts = read(OUTBREAK, D(2025, 8, 14))
    deaths = [e for e in facts.events if "died" in e.label]
    assert len(deaths) == 1, shown(facts.events)
    assert all("reported 23" not in m.quote for m in deaths[0].mentions), shown(deaths)
    assert not agents(deaths[0]), shown(deaths)


def test_who_found_the_cases_is_no_agent_of_the_outbreak() -> None:
    facts = read(
        "NAIROBI - The Kenyatta National Hospital in Nairobi has recorded 41 suspected cases of measles since January, "
        "the health ministry said. Two children died of the disease at a clinic in Kibera on Sunday.",
        D(2025, 2, 10),
    )
    cases = [e for e in facts.events if "recorded" in e.label]
    assert cases and cases[0].type == "disaster", shown(facts.events)
    assert not agents(cases[0]) and "kenyatta-national-hospital" not in [p.actor_id for p in cases[0].participants], (
        shown(cases)
    )


def test_cases_found_stay_news_of_the_outbreak_and_a_death_after_the_outbreak_keeps_its_reports() -> None:
    facts = read(
        "HARARE - The first cholera cases were confirmed in the town of Chegutu on Monday. A man died of cholera at "
        "the district hospital on Tuesday, after the outbreak spread to two villages.",
        D(2025, 4, 9),
    )
    assert any(e.type == "disaster" and e.earliest == D(2025, 4, 7) for e in facts.events), shown(facts.events)
    assert any(e.type == "disaster" and e.earliest == D(2025, 4, 8) for e in facts.events), shown(facts.events)


# -- 4. a body named again by the head noun of its name ------------------------------------------------------------
def test_the_head_noun_of_a_body_named_before_is_that_body() -> None:
    facts = read(
        "HARARE - The Zimbabwe Cricket Union banned two players for six months on Monday over a betting scandal. The "
        "union said on Tuesday that it had referred the case to the police.",
        D(2025, 9, 3),
    )
    said = [e for e in facts.events if e.type == "statement"]
    assert said and all(agents(e) == {"zimbabwe-cricket-union"} for e in said), shown(facts.events)


def test_a_head_noun_before_of_names_the_body() -> None:
    facts = read(
        "BRUSSELS - The Council of Europe suspended the observer status of the Republic of Moldova's delegation on "
        "Thursday. The council said on Friday the suspension would be reviewed in March.",
        D(2025, 10, 4),
    )
    said = [e for e in facts.events if e.type == "statement"]
    assert said and all(agents(e) == {"council-of-europe"} for e in said), shown(facts.events)


def test_a_head_noun_two_named_bodies_share_names_neither() -> None:
    facts = read(
        "NAIROBI - The Amani Farmers Union and the Coastal Dockworkers Union called a joint strike on Monday. The "
        "union said on Tuesday that talks had failed.",
        D(2025, 9, 3),
    )
    said = [e for e in facts.events if e.type == "statement"]
    assert said and all(not agents(e) & {"amani-farmers-union", "coastal-dockworkers-union"} for e in said), shown(
        facts.events
    )


def test_a_state_body_named_by_its_kind_is_left_to_the_state_body_rules() -> None:
    facts = read(
        "LAUSANNE - Lisbon's football club lodged an appeal with the Court of Arbitration for Sport on Monday against "
        "the ban. In Lisbon the court said on Tuesday it would rule on the club's tax case next month.",
        D(2025, 9, 3),
    )
    said = [e for e in facts.events if e.type == "statement"]
    assert all("court-of-arbitration-for-sport" not in agents(e) for e in said), shown(facts.events)


# -- 5. "General" beginning a body's name ---------------------------------------------------------------------------
def test_general_beginning_a_body_name_is_part_of_it() -> None:
    facts = read(
        "HANOI - Vietnam's General Department of Fisheries banned trawling in the gulf on Tuesday. General Electric "
        "cut 400 jobs at its turbine plant in Ohio on Monday. The UN General Assembly adopted the resolution on "
        "Friday.",
        D(2025, 4, 12),
    )
    names = {a.name for a in facts.actors}
    assert {"General Department of Fisheries", "General Electric"} <= names, names
    assert not {"Electric", "China Department Of Fisheries"} & names, names


def test_a_general_named_as_a_person_keeps_the_rank_as_title() -> None:
    facts = read("KYIV - General Olena Marchuk resigned as army chief on Monday.", D(2025, 4, 12))
    assert any(a.name == "Olena Marchuk" and a.kind == "person" for a in facts.actors), facts.actors
