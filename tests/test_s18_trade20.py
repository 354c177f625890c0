"""Trade and contract measures told as an activity stopped, frozen, suspended or exempted (session 18, helper
`trade20`), each checked on sentences written here in varied wording, countries, goods and authorities, not the
probe's: exports, imports, shipments or deals halted, frozen, banned or capped by a state body (a restrictive
measure, CAMEO 163); an authority that stops issuing or registering the papers trade runs on; such a measure named
by a noun the text dates ("the export ban, announced on Monday"); and the measure lifted, eased or goods exempted
from it (a concession).  Not events: an ordinary activity stopping ("the rain stopped"), a measure that holds ("the
ban remains in force") and a freeze still to come."""

from __future__ import annotations

import datetime as dt

import pytest

from timelinekg.nlp.extract import Article, extract_article
from timelinekg.schema.model import Event, Facts

pytest.importorskip("spacy")

WEDNESDAY = dt.date(2025, 4, 16)
MONDAY, TUESDAY = dt.date(2025, 4, 14), dt.date(2025, 4, 15)
# what a gold for such a measure accepts (probe19's export freeze: a restrictive measure, or coercion, a legal step)
RESTRICTIVE = {"reduce-relations", "coercion", "legal"}


def facts(text: str) -> Facts:
    return extract_article(Article(text=text, origin="test.txt", title="Test", published=WEDNESDAY))


def agents(found: Facts, event: Event) -> set[str]:
    names = {a.id: a.name for a in found.actors}
    return {names[p.actor_id] for p in event.participants if p.role == "agent"}


def on_day(found: Facts, day: dt.date) -> list[Event]:
    return [e for e in found.events if e.earliest == day and e.latest == day]


# -- 1. trade halted, frozen, banned, capped or suspended by a state body: a restrictive measure, its agent the body
@pytest.mark.parametrize(
    ("text", "day", "agent"),
    [
        ("India's commerce ministry froze new sugar export contracts on Monday.", MONDAY, "commerce ministry"),
        (
            "Kazakhstan's agriculture ministry on Tuesday banned wheat exports until the end of June.",
            TUESDAY,
            "Kazakhstan",
        ),
        # the small parser reads "capped" before a noun as its adjective ("capped exports"): the cap named as a noun
        ("Peru's fisheries ministry imposed a cap on anchovy exports on Tuesday.", TUESDAY, "Peru"),
        ("The European Commission imposed a quota on steel imports from Turkey on Monday.", MONDAY, "Commission"),
        ("Pakistan suspended cotton imports from India on Monday.", MONDAY, "Pakistan"),
        # session 22: a country's government is its state body, named by the nationality written
        ("On Monday the Thai government halted shipments of durian to two ports.", MONDAY, "Thai government"),
        ("Ghana's cocoa board froze forward sales of its crop on Tuesday.", TUESDAY, "cocoa board"),
    ],
)
def test_trade_stopped_by_an_authority_is_a_restrictive_measure(text: str, day: dt.date, agent: str) -> None:
    found = facts(text)
    measures = [e for e in on_day(found, day) if e.type in RESTRICTIVE]
    assert measures, found.events
    assert any(agent.casefold() in name.casefold() for e in measures for name in agents(found, e)), found.events


def test_deals_frozen_are_no_agreement() -> None:
    """ "froze new export deals": the deals are what the measure stopped, not a cooperation of their own."""
    found = facts("Two days after Brazil froze new beef export deals, buyers in Cairo turned to Argentina on Monday.")
    assert not [e for e in found.events if e.type == "diplomatic-cooperation"], found.events
    assert any(e.type in RESTRICTIVE and "Brazil" in agents(found, e) for e in found.events), found.events


# -- 2. an authority that stops issuing, registering or granting what trade runs on ("stopped registering contracts")
@pytest.mark.parametrize(
    ("text", "day", "agent"),
    [
        (
            "Indonesia's trade ministry stopped issuing new coal export permits on Monday, citing shortages at "
            "power plants.",
            MONDAY,
            "trade ministry",
        ),
        ("Egypt's drug authority on Tuesday stopped registering new pharmaceutical export licences.", TUESDAY, "Egypt"),
        ("Chile's mining ministry stopped granting new lithium export contracts on Monday.", MONDAY, "mining ministry"),
        ("Late on Monday, Uruguay halted issuing import permits for used cars.", MONDAY, "Uruguay"),
    ],
)
def test_issuing_or_registering_stopped_is_a_restrictive_measure(text: str, day: dt.date, agent: str) -> None:
    found = facts(text)
    measures = [e for e in on_day(found, day) if e.type in RESTRICTIVE]
    assert measures, found.events
    assert any(agent.casefold() in name.casefold() for e in measures for name in agents(found, e)), found.events
    assert not [e for e in found.events if e.type in ("yield", "business")], found.events


# -- 3. the measure named by a noun the text dates: "the export ban, announced on Monday"
@pytest.mark.parametrize(
    "text",
    [
        "The ban on maize exports, announced on Monday, will stay in place until the harvest.",
        "The government announced a freeze on new coffee export contracts on Monday.",
        "The wheat export freeze, which the ministry imposed on Monday, angered millers.",
        "The steel import quota, introduced on Monday, covers hot-rolled coil.",
    ],
)
def test_a_measure_named_by_a_dated_noun_is_an_event_of_that_day(text: str) -> None:
    found = facts(text)
    assert [e for e in on_day(found, MONDAY) if e.type in RESTRICTIVE], found.events


# -- 4. the measure lifted or eased, goods exempted from it: a concession by the authority
@pytest.mark.parametrize(
    ("text", "day", "agent"),
    [
        ("Ukraine lifted its ban on grain exports on Tuesday.", TUESDAY, "Ukraine"),
        ("Malaysia eased its curb on palm oil exports on Monday.", MONDAY, "Malaysia"),
        (
            "Argentina on Tuesday exempted soybean shipments already at port from its export ban.",
            TUESDAY,
            "Argentina",
        ),
        ("Norway's fisheries ministry on Monday lifted the freeze on new cod export licences.", MONDAY, "ministry"),
    ],
)
def test_a_measure_lifted_or_goods_exempted_is_a_concession(text: str, day: dt.date, agent: str) -> None:
    found = facts(text)
    eased = [e for e in on_day(found, day) if e.type == "yield"]
    assert eased, found.events
    assert any(agent.casefold() in name.casefold() for e in eased for name in agents(found, e)), found.events
    # the ban or freeze it eases is named, not done again on that day
    assert not [e for e in on_day(found, day) if e.type in ("reduce-relations", "business")], found.events


# -- 5. not a measure: an ordinary activity that stops, a measure that holds, a freeze still to come
@pytest.mark.parametrize(
    "text",
    [
        "The rain stopped on Monday.",
        "The ban remains in force.",
        "The export ban remains in force until June.",
        "The ban on maize exports proposed on Monday by the farmers' union would last a year.",
        "The freeze on new wheat export contracts lifted on Monday had lasted three months.",
        "Traffic stopped for an hour on Monday while the convoy passed.",
    ],
)
def test_ordinary_stops_and_states_are_no_measure(text: str) -> None:
    found = facts(text)
    assert not [e for e in found.events if e.type in RESTRICTIVE | {"yield"}], found.events


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said it would freeze new export contracts from next Monday.",
        "The government plans to halt rice exports next month.",
    ],
)
def test_a_freeze_to_come_is_not_dated_as_done(text: str) -> None:
    found = facts(text)
    done = [e for e in found.events if e.type in RESTRICTIVE and e.earliest is not None and e.earliest <= WEDNESDAY]
    assert not done, found.events


def test_a_measure_counted_back_from_an_infinitive_is_dated() -> None:
    """ "ordered millers to release their stocks, two days after Tanzania banned exports": the count hangs on the
    infinitive, which is no event of its own; it counts from the order that governs it."""
    found = facts(
        "On Wednesday the Kenyan agriculture ministry ordered millers to release their maize stocks, two days after "
        "Tanzania banned maize exports."
    )
    assert any(e.type in RESTRICTIVE and "Tanzania" in agents(found, e) for e in on_day(found, MONDAY)), found.events


def test_trade_stopped_with_no_one_named_is_news() -> None:
    found = facts("Rice exports were halted on Monday.")
    assert [e for e in on_day(found, MONDAY) if e.type in RESTRICTIVE], found.events


def test_a_firm_halting_its_own_shipments_is_its_business() -> None:
    found = facts("The company halted shipments to Russia on Monday.")
    assert [e for e in on_day(found, MONDAY) if e.type == "business"], found.events
    assert not [e for e in found.events if e.type in RESTRICTIVE], found.events


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam will halt new rice export contracts from next Monday.",
        "The ministry is set to ban wheat exports on Friday.",
    ],
)
def test_a_scheduled_measure_is_kept_as_planned(text: str) -> None:
    measures = [e for e in facts(text).events if e.type in RESTRICTIVE]
    assert measures and all(dict(e.attributes).get("planned") for e in measures), measures
    assert all(e.earliest is not None and e.earliest > WEDNESDAY for e in measures), measures
