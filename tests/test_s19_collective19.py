"""Collective and institutional acts (session 19, helper `collective19`), each checked on sentences written here in
varied wording, bodies, countries and acts, not the probes':

1. a vote whose infinitive is an act the voting body does by voting (removing or suspending an office holder,
   impeaching, repealing or approving a law, striking) is that act, not an election: "the assembly voted on Tuesday
   to remove its chairman" is a personnel change, "nurses voted to strike" a labour protest (never an attack);
   a vote that makes a policy ("voted to ban lorries", "to raise the pension age") stays a vote, and the
   article's other reports of the decided vote ("the vote", "Tuesday's vote") are that act too;
2. a body's members or a delegation leaving the sitting or the talks ("opposition deputies left the chamber", "the
   delegation quit the negotiations") is one protest by the group; "rose together and left the chamber" is that one
   act, dated by the time put before it; people leaving a port, a museum, or one official leaving, are no walkout;
3. who joins the action under way ("dockers joined the action", "joined the industrial action") takes part in the
   strike or protest; "joined the legal action", "the class action" are no protest;
4. trade measures told by a noun of issuing ("halted the registration of grain exports", "suspended the issuance of
   import permits") and a state body that stops selling ("the state grain agency stopped selling wheat to
   exporters") are restrictive measures by that body; a firm or a shop that stops selling is no measure; a
   measure told with no doer ("the freeze ..., announced on Monday") is taken by the one whom another act of the
   article makes its owner ("exempted cargoes from its freeze"); a firm that halts its trade on a state's order
   ("on the orders of the trade ministry", "under a directive from") carries out the state's measure.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timelinekg.nlp.extract import Article, extract_article
from timelinekg.schema.model import Event, Facts

pytest.importorskip("spacy")

WEDNESDAY = dt.date(2025, 4, 16)
MONDAY, TUESDAY = dt.date(2025, 4, 14), dt.date(2025, 4, 15)


def facts(text: str) -> Facts:
    return extract_article(Article(text=text, origin="test.txt", title="Test", published=WEDNESDAY))


def agents(found: Facts, event: Event) -> set[str]:
    names = {a.id: a.name for a in found.actors}
    return {names[p.actor_id] for p in event.participants if p.role == "agent"}


def with_trigger(found: Facts, word: str) -> list[Event]:
    return [e for e in found.events if e.attribute("trigger") == word]


def described(found: Facts) -> list[tuple[str, str | None, dt.date | None, dt.date | None]]:
    return [(e.type, e.attribute("trigger"), e.earliest, e.latest) for e in found.events]


# -- 1. a vote typed by the act it decided ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind", "day", "agent"),
    [
        # a date between the verbs makes the parser read the infinitive as a clause of purpose
        (
            "The regional assembly voted on Tuesday to remove its chairman after a dispute over the budget.",
            "personnel",
            TUESDAY,
            "regional assembly",
        ),
        ("Senators voted 61 to 30 on Monday to dismiss the chief justice.", "personnel", MONDAY, "senators"),
        ("The city council voted to suspend the mayor for 60 days on Tuesday.", "personnel", TUESDAY, "city council"),
        ("The provincial legislature voted on Monday to oust the governor.", "personnel", MONDAY, "legislature"),
        ("Shareholders voted on Tuesday to replace the board.", "personnel", TUESDAY, "shareholders"),
        ("The senate voted 52 to 48 on Monday to repeal the emergency decree.", "legal", MONDAY, "senate"),
        ("The national assembly voted on Tuesday to approve the new mining law.", "legal", TUESDAY, "assembly"),
        # workers who vote to strike call a labour action, not an attack
        ("Dock workers at the port of Durban voted on Monday to strike over pay.", "protest", MONDAY, "workers"),
        ("Nurses in Tromso voted on Tuesday to strike for 48 hours.", "protest", TUESDAY, "nurses"),
        ("Members of the drivers' union voted to walk out on Monday.", "protest", MONDAY, "union"),
    ],
)
def test_a_vote_is_the_act_it_decided(text: str, kind: str, day: dt.date, agent: str) -> None:
    found = facts(text)
    votes = with_trigger(found, "voted")
    assert [(e.type, e.earliest, e.latest) for e in votes] == [(kind, day, day)], described(found)
    assert any(agent.lower() in name.lower() for name in agents(found, votes[0])), agents(found, votes[0])
    assert not [e for e in found.events if e.type in ("election", "attack")], described(found)


@pytest.mark.parametrize(
    "text",
    [
        "The town council voted on Tuesday to ban lorries from the old quarter.",
        "Deputies voted on Monday to raise the pension age to 66.",
        "The board voted on Monday to keep interest rates unchanged.",
    ],
)
def test_a_vote_that_makes_a_policy_stays_a_vote(text: str) -> None:
    found = facts(text)
    assert [e.type for e in with_trigger(found, "voted")] == ["election"], described(found)


def test_the_decided_vote_named_again_is_that_act() -> None:
    found = facts(
        "The county assembly voted on Tuesday to impeach the governor. Tuesday's vote ended a month of wrangling. "
        "The assembly will vote on the budget next month."
    )
    # "Tuesday's vote" is the impeachment told again, not a bare vote beside it; the budget vote to come is a vote
    assert {(e.type, e.earliest) for e in found.events if e.latest == TUESDAY} == {("personnel", TUESDAY)}, described(
        found
    )
    assert [e.type for e in found.events if e.earliest == dt.date(2025, 5, 1)] == ["election"], described(found)


# -- 2. walkouts ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "day", "agent"),
    [
        (
            "Opposition deputies rose as one and left the chamber on Tuesday before the budget vote.",
            TUESDAY,
            "deputies",
        ),
        ("Members of the minority party left the hall on Monday as the bill was read.", MONDAY, "minority party"),
        ("The farmers' delegation quit the negotiations with the ministry on Monday.", MONDAY, "delegation"),
        ("On Monday about forty lawmakers stood up and walked out of the session.", MONDAY, "lawmakers"),
        ("On Tuesday morning the 30 opposition senators rose together and left the chamber.", TUESDAY, "senators"),
        (
            "Every opposition councillor had left the chamber on Tuesday before the motion was put.",
            TUESDAY,
            "councillor",
        ),
    ],
)
def test_a_group_leaving_its_sitting_is_one_protest(text: str, day: dt.date, agent: str) -> None:
    found = facts(text)
    protests = [e for e in found.events if e.type == "protest"]
    assert [(e.earliest, e.latest) for e in protests] == [(day, day)], described(found)
    assert any(agent in name.lower() for name in agents(found, protests[0])), agents(found, protests[0])
    # getting to their feet is how the walkout began, no act of its own
    assert not with_trigger(found, "rose") and not with_trigger(found, "stood"), described(found)


@pytest.mark.parametrize(
    "text",
    [
        "The ambassador left the port on Monday.",
        "Tourists left the museum on Tuesday after the alarm sounded.",
        "The finance minister left the meeting early on Monday to catch a flight.",
        "Prices rose sharply on Monday.",
    ],
)
def test_leaving_a_place_or_one_official_leaving_is_no_walkout(text: str) -> None:
    found = facts(text)
    assert not [e for e in found.events if e.type == "protest"], described(found)


# -- 3. joining the action under way -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "day", "agent"),
    [
        ("The strike closed the port of Durban after dock workers joined the action on Tuesday.", TUESDAY, "workers"),
        ("Two more unions joined the industrial action on Monday.", MONDAY, "unions"),
        ("Students joined the sit-in at the rector's office on Monday.", MONDAY, "students"),
        ("Thousands of farmers joined the action on Monday, blocking roads near the capital.", MONDAY, "farmers"),
    ],
)
def test_joining_the_action_is_taking_part_in_it(text: str, day: dt.date, agent: str) -> None:
    found = facts(text)
    joined = with_trigger(found, "joined")
    assert [(e.type, e.earliest, e.latest) for e in joined] == [("protest", day, day)], described(found)
    assert any(agent in name.lower() for name in agents(found, joined[0])), agents(found, joined[0])


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday the families of the victims joined the legal action against the company.",
        "Four more states joined the class action on Monday.",
    ],
)
def test_joining_a_suit_is_no_protest(text: str) -> None:
    found = facts(text)
    assert not [e for e in found.events if e.type == "protest"], described(found)


# -- 4. trade measures told by a noun of issuing, and a state body that stops selling -----------------------------
RESTRICTIVE = {"reduce-relations", "coercion", "legal"}


@pytest.mark.parametrize(
    ("text", "day", "agent"),
    [
        ("Kazakhstan's trade ministry halted the registration of grain exports on Tuesday.", TUESDAY, "Kazakhstan"),
        ("India's food ministry suspended the issuance of sugar export permits on Monday.", MONDAY, "India"),
        ("The state grain agency stopped selling wheat to private exporters on Monday.", MONDAY, "agency"),
        ("On Tuesday the national food authority stopped supplying rice to traders.", TUESDAY, "authority"),
    ],
)
def test_issuing_or_selling_stopped_by_a_state_body_is_a_measure(text: str, day: dt.date, agent: str) -> None:
    found = facts(text)
    measures = [e for e in found.events if e.type in RESTRICTIVE and e.earliest == day and e.latest == day]
    assert len(measures) == 1, described(found)
    assert any(agent.lower() in name.lower() for name in agents(found, measures[0])), agents(found, measures[0])


@pytest.mark.parametrize(
    "text",
    [
        "The national food company stopped selling subsidised flour to bakeries on Tuesday.",
        "A local bakery stopped selling bread on Monday.",
        "The exporter stopped shipping rice to Manila on Monday.",
    ],
)
def test_a_firm_that_stops_selling_takes_no_measure(text: str) -> None:
    found = facts(text)
    assert not [e for e in found.events if e.type in RESTRICTIVE], described(found)


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "Cambodia on Thursday exempted rice cargoes already paid for from its freeze on new export deals. The "
            "freeze on new export deals, announced on Monday, stays in place until June.",
            "Cambodia",
        ),
        (
            "Egypt's supply ministry said on Tuesday that its ban would stay until the harvest. The ban on sugar "
            "exports, announced on Monday, covers all grades.",
            "Egypt",
        ),
    ],
)
def test_a_measure_told_with_no_doer_is_the_one_the_article_calls_its_owners(text: str, agent: str) -> None:
    found = facts(text)
    measures = [e for e in found.events if e.type == "reduce-relations" and e.earliest == MONDAY]
    assert len(measures) == 1, described(found)
    assert any(agent in name for name in agents(found, measures[0])), agents(found, measures[0])


def test_a_measure_no_one_owns_keeps_no_doer() -> None:
    found = facts("The sugar export ban, announced on Monday, will stay in force until March.")
    measures = [e for e in found.events if e.type == "reduce-relations"]
    assert [agents(found, e) for e in measures] == [set()], described(found)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The exporter halted rice shipments on Monday on the orders of the trade ministry.", MONDAY),
        ("The country's largest miner halted copper shipments on Monday after the government ordered it.", MONDAY),
        ("The coffee trader suspended exports on Tuesday under a directive from the agriculture ministry.", TUESDAY),
    ],
)
def test_a_firm_halting_its_trade_on_a_state_order_is_the_state_measure(text: str, day: dt.date) -> None:
    found = facts(text)
    assert [e.type for e in found.events if e.earliest == day] == ["reduce-relations"], described(found)


@pytest.mark.parametrize(
    "text",
    [
        "The exporter halted rice shipments on Monday after a fire at its warehouse.",
        "The company halted shipments to Russia on Monday, citing unpaid bills.",
    ],
)
def test_a_firm_halting_its_trade_of_its_own_accord_does_business(text: str) -> None:
    found = facts(text)
    assert [e.type for e in found.events if e.earliest == MONDAY] == ["business"], described(found)
