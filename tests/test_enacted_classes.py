"""An act a decree, law or order does, told in a relative clause ("signed a decree on Friday that nationalised the
mines"): it takes effect when the text is signed or passed, and who signed or passed it is who did it (issue #12).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_probe4_classes import read

SUNDAY = dt.date(2026, 5, 17)


@pytest.mark.parametrize(
    ("text", "word", "day", "agent"),
    [
        (
            "President Ana Ruiz signed a decree on Friday that nationalised two private water companies.",
            "nationalised",
            dt.date(2026, 5, 15),
            "Ana Ruiz",
        ),
        (
            "On Tuesday the military council issued an edict which expelled the United Nations envoy.",
            "expelled",
            dt.date(2026, 5, 12),
            "military council",
        ),
        (
            "Governor Lio Bandar signed an order late on Wednesday that evacuated three coastal villages.",
            "evacuated",
            dt.date(2026, 5, 13),
            "Lio Bandar",
        ),
        (
            "The interim president signed a decree on Monday that dissolved the national assembly.",
            "dissolved",
            dt.date(2026, 5, 11),
            "president",
        ),
    ],
)
def test_an_act_a_signed_text_does_is_dated_and_done_by_its_signing(
    text: str, word: str, day: dt.date, agent: str
) -> None:
    facts = read(text, SUNDAY)
    names = {a.id: a.name for a in facts.actors}
    # the act may come out as its own event or as the signing itself; either way it is of that day and by them
    assert facts.events, text
    for act in facts.events:
        assert (act.earliest, act.latest) == (day, day), text
        assert any(agent.lower() in names[p.actor_id].lower() for p in act.participants if p.role == "agent"), text


def test_a_relative_clause_on_an_ordinary_noun_keeps_its_own_subject() -> None:
    # "the company that built the bridge": the company built it, not who signed anything
    facts = read("The minister on Friday sued the company that built the bridge in 2019.", SUNDAY)
    names = {a.id: a.name for a in facts.actors}
    built = [e for e in facts.events if "built" in e.label.lower()]
    for event in built:
        assert not any("minister" in names[p.actor_id].lower() for p in event.participants if p.role == "agent")
