"""Whom a disaster befell is its target, never its agent (own sentences, several wordings)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timelinekg.loaders import LoadOptions
from timelinekg.queries.preview import preview

STORY = """Storm toll rises

MARSEILLE, Oct 30 (Example Wire) - A violent storm lashed the coast east of Marseille on Tuesday night.

{sentence}

The prefecture gave the figures on Wednesday.
"""


def _roles(tmp_path: Path, sentence: str, word: str) -> dict[str, str]:
    article = tmp_path / "storm.txt"
    article.write_text(STORY.format(sentence=sentence), encoding="utf-8")
    events, problems = preview(article, LoadOptions(published=dt.date(2026, 10, 30)))
    assert not problems
    return {
        actor["name"]: actor["role"]
        for event in events
        if event["type"] == "disaster"
        for actor in event["actors"]
        if word in actor["name"]
    }


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Two elderly campers drowned when the river burst its banks near Toulon.", "campers"),
        ("An 81-year-old man died in hospital in Toulon on Wednesday.", "man"),
        ("Three hikers perished in the storm.", "hikers"),
    ],
)
def test_the_dead_of_a_disaster_are_its_targets(tmp_path: Path, sentence: str, word: str) -> None:
    roles = _roles(tmp_path, sentence, word)
    assert roles, "no disaster participant found"
    assert set(roles.values()) == {"target"}, roles


@pytest.mark.parametrize(
    "sentence",
    ["A delivery driver was injured when a tree fell on his van.", "The storm killed four fishermen off Cassis."],
)
def test_whom_a_disaster_hurt_is_never_its_agent(tmp_path: Path, sentence: str) -> None:
    roles = _roles(tmp_path, sentence, "")
    assert "agent" not in roles.values(), roles


TWO_TOLLS = """Poisoned flour kills wedding guests

Twenty-two people died after eating bread made with contaminated flour at a wedding feast, and dozens more are
in hospital, health officials said.

In March 2024, nine people died in a similar poisoning in a neighbouring district, prompting promises of checks
on village mills.
"""


def test_two_tolls_counted_in_one_article_stay_two_events(tmp_path: Path) -> None:
    article = tmp_path / "flour.txt"
    article.write_text(TWO_TOLLS, encoding="utf-8")
    events, problems = preview(article, LoadOptions(published=dt.date(2026, 6, 2)))
    assert not problems
    tolls = [e for e in events if e["type"] == "disaster"]
    assert len(tolls) == 2, [(e["label"], e["earliest"]) for e in tolls]
    assert sorted(e["earliest"] or "" for e in tolls)[-1] == "2024-03-01"


def test_people_a_disaster_befell_are_no_argument_for_another_kind_of_event() -> None:
    from tests.test_s19_dups19 import report
    from timelinekg.schema.merge import Story, merge_evidence

    story = Story(kinds={"people": "group", "soldiers": "group", "red-cross": "organisation"})
    flood = report("Floods swept through the valley", "disaster", ("people", "target"), places=("lorca",))
    rescue = report(
        "Soldiers rescued 40 people", "other", ("soldiers", "agent"), ("people", "subject"), places=("lorca",)
    )
    assert merge_evidence(flood, rescue, story) is None
    # a named actor both name is still an argument: the Red Cross hit by the flood and taking in its victims
    flooded = report("Floods swept through the depot", "disaster", ("red-cross", "target"), places=("lorca",))
    shelter = report("The Red Cross opened shelters", "other", ("red-cross", "agent"), places=("lorca",))
    assert merge_evidence(flooded, shelter, story) is not None
    # and two reports of the flood still share its victims
    flood_again = report(
        "Floods swept through the valley", "disaster", ("people", "target"), places=("lorca",), source="src-b"
    )
    assert merge_evidence(flood, flood_again, story) is not None
