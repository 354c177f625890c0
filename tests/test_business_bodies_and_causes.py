"""Two classes of the business and sports pages, on sentences written for these tests: a business or a sporting
body the text names only by what it is ("the carmaker recalled", "the league banned") is the agent of its act,
and who acts because of a storm or a flood took no part in it ("cancelled flights because of the storm")."""

from __future__ import annotations

import pytest

from tests.test_probe4_classes import FRIDAY, MONDAY, SUNDAY, TUESDAY, agent_names, on_day, read

pytest.importorskip("spacy")


@pytest.mark.parametrize(
    ("text", "day", "agent"),
    [
        ("The carmaker recalled 40,000 hatchbacks on Monday over faulty airbags.", MONDAY, "carmaker"),
        ("The league banned the striker for six matches on Friday.", FRIDAY, "league"),
        ("The airline cancelled 300 flights on Sunday after a software failure.", SUNDAY, "airline"),
        ("The drugmaker withdrew its cough syrup from pharmacies on Tuesday.", TUESDAY, "drugmaker"),
        ("The national football federation suspended the club's chairman on Monday.", MONDAY, "federation"),
    ],
)
def test_a_body_named_by_what_it_is_acts(text: str, day: object, agent: str) -> None:
    facts = read(text)
    events = on_day(facts, day)  # type: ignore[arg-type]
    assert events, [(e.type, e.label, e.earliest) for e in facts.events]
    assert any(agent in name for e in events for name in agent_names(facts, e)), [
        (e.label, agent_names(facts, e)) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Delta cancelled 300 flights on Sunday because of the storm.", "Delta"),
        ("The ministry closed all schools on Monday due to the floods.", "ministry"),
        ("Organisers postponed the festival on Friday owing to the heatwave.", "organisers"),
        ("The province declared an emergency on Tuesday over the wildfires.", "province"),
    ],
)
def test_who_acts_because_of_a_disaster_took_no_part_in_it(text: str, actor: str) -> None:
    facts = read(text)
    by_id = {a.id: a.name for a in facts.actors}
    disasters = [e for e in facts.events if e.type == "disaster"]
    assert all(actor not in {by_id[p.actor_id] for p in e.participants} for e in disasters), [
        (e.label, [by_id[p.actor_id] for p in e.participants]) for e in disasters
    ]
