"""Personnel news (appointments, resignations, deaths) is about who came, went or died: an undated mention of
one person's or group's change does not join the article's dated change of someone else, named or not."""

from __future__ import annotations

import pytest

from tests.test_probe4_classes import SUNDAY, agent_names, read

pytest.importorskip("spacy")


@pytest.mark.parametrize(
    "text",
    [
        "The former president died on Sunday at the age of 91. Three miners died after a tunnel collapsed.",
        "A veteran senator died on Sunday. Two firefighters died when the roof of the warehouse fell in.",
        "The central bank governor resigned on Sunday. Several board members resigned in protest, officials said.",
    ],
)
def test_an_undated_change_of_other_people_stays_apart(text: str) -> None:
    facts = read(text)
    dated = [e for e in facts.events if e.type == "personnel" and e.earliest == SUNDAY == e.latest]
    assert len(dated) == 1, [(e.label, e.earliest, e.latest) for e in facts.events]
    assert len(agent_names(facts, dated[0])) == 1, agent_names(facts, dated[0])


def test_the_same_persons_change_told_again_still_joins() -> None:
    facts = read("The former president died on Sunday at the age of 91. The president died at his home.")
    personnel = [e for e in facts.events if e.type == "personnel"]
    assert len(personnel) == 1 and personnel[0].earliest == SUNDAY
