"""Common news verbs the lexicon lacked: a vehicle leaving its way ("skidded off the runway", "veered off the
road") is an accident; goods taken by force in a riot or a war ("looted", "ransacked") are an attack."""

from __future__ import annotations

import pytest

from tests.test_probe4_classes import MONDAY, read

pytest.importorskip("spacy")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A cargo plane skidded off the runway at the airport in Goma on Monday.", "disaster"),
        ("A fuel tanker skidded off the road near Kumasi on Monday.", "disaster"),
        ("A bus veered off a mountain road in Peru on Monday, killing 12 people.", "disaster"),
        ("Rioters looted shops in the port city of Durban on Monday.", "attack"),
        ("Gunmen ransacked a clinic in the north of the country on Monday.", "attack"),
        ("Soldiers plundered villages along the river on Monday, residents said.", "attack"),
    ],
)
def test_the_act_is_an_event_of_its_kind_on_its_day(text: str, kind: str) -> None:
    facts = read(text)
    assert any(e.type == kind and e.earliest == MONDAY == e.latest for e in facts.events), [
        (e.type, e.label, e.earliest) for e in facts.events
    ]
