"""Classes of news the sealed probes brought and no rule covered, each told in our own wording.

1. Two sides shooting at each other ("traded fire", "exchanged gunfire"): a clash of arms, not a blaze and not
   a trade."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract_news import load_articles

EXCHANGED_FIRE = [
    "Thai and Cambodian soldiers traded fire near the disputed temple on Friday.",
    "Rebels and government troops exchanged gunfire in the town of Beni on Monday.",
    "Indian and Pakistani troops traded artillery fire across the frontier on Wednesday.",
    "Border guards of the two countries traded gunfire overnight, officials said on Tuesday.",
]


@pytest.mark.parametrize("text", EXCHANGED_FIRE)
def test_an_exchange_of_fire_is_a_clash_of_arms(tmp_path: Path, text: str) -> None:
    events = load_articles(tmp_path, {"news.md": ("2026-03-12", text)})
    named = [e for e in events if "fire" in e.label]
    assert [e.type for e in named] == ["attack"], [(e.type, e.label) for e in events]


@pytest.mark.parametrize(
    "text",
    ["The two clubs traded players on Monday.", "Investors traded shares worth $2 billion on Tuesday."],
)
def test_other_things_traded_are_no_clash(tmp_path: Path, text: str) -> None:
    events = load_articles(tmp_path, {"news.md": ("2026-03-12", text)})
    assert all(e.type != "attack" for e in events), [(e.type, e.label) for e in events]
