"""One day's news told by several outlets: places that contain or adjoin each other agree, and unidentified
attackers described differently do not contradict.  Short articles written for these tests (no development
text), with the reports that must stay apart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timelinekg.graph.base import EventQuery
from timelinekg.graph.ingest import load_paths
from timelinekg.graph.sqlite import SQLiteStore
from timelinekg.schema.merge import MERGE_EVIDENCE, Story, merge_evidence
from timelinekg.schema.model import Event, Mention, Participation

D = dt.date
DAY = D(2025, 5, 9)
# a suburb 7 km from its city, both in one country; another city of that country 390 km away
STORY = Story(
    kinds={"gunmen": "group", "attackers": "group", "farmers": "group", "students": "group", "country-a": "country"},
    parents={"suburb": "country-a", "city": "country-a", "far-city": "country-a"},
    positions={"suburb": (48.88, 2.27), "city": (48.85, 2.35), "far-city": (45.75, 4.85)},
)


def report(
    name: str, type_: str, *agents: str, places: tuple[str, ...] = (), source: str = "src-a", day: D = DAY
) -> Event:
    return Event(
        name,
        type_,
        name,
        day,
        day,
        "day",
        participants=tuple(Participation(agent, "agent") for agent in agents),
        place_ids=places,
        mentions=(Mention(source, name, 0, 1, day, day, "day"),),
    )


def test_a_suburb_agrees_with_the_city_next_to_it_and_with_its_country() -> None:
    in_suburb = report("in the suburb", "attack", places=("suburb",), source="src-a")
    near_city = report("near the city", "attack", places=("city",), source="src-b")
    in_country = report("in the country", "attack", places=("country-a",), source="src-c")
    assert merge_evidence(in_suburb, near_city, STORY) == ("place suburb near city", "the same attack on 2025-05-09")
    assert merge_evidence(in_suburb, in_country, STORY) == ("place country-a", "the same attack on 2025-05-09")
    # without knowing where the places are, two place names are two places
    assert merge_evidence(in_suburb, near_city) is None


def test_places_far_apart_or_another_day_stay_apart() -> None:
    in_suburb = report("in the suburb", "attack", places=("suburb",), source="src-a")
    far_away = report("in the far city", "attack", places=("far-city",), source="src-b")
    next_day = report("near the city", "attack", places=("city",), source="src-b", day=DAY + dt.timedelta(days=1))
    assert merge_evidence(in_suburb, far_away, STORY) is None
    assert merge_evidence(in_suburb, next_day, STORY) is None


def test_unidentified_attackers_do_not_contradict_but_other_groups_and_named_agents_do() -> None:
    gunmen = report("gunmen opened fire", "attack", "gunmen", places=("suburb",), source="src-a")
    attackers = report("attackers stormed", "attack", "attackers", places=("city",), source="src-b")
    assert merge_evidence(gunmen, attackers, STORY) is not None
    # a country named as the attacker is not "gunmen"
    state = report("the country struck", "attack", "country-a", places=("city",), source="src-b")
    assert merge_evidence(gunmen, state, STORY) is None
    # who protested is who the protest was: farmers are not students
    farmers = report("farmers marched", "protest", "farmers", places=("city",), source="src-a")
    students = report("students marched", "protest", "students", places=("city",), source="src-b")
    assert merge_evidence(farmers, students, STORY) is None


# -- articles loaded into a store ------------------------------------------------------------------------------
pytest.importorskip("spacy")

SHOOTING = (
    "shooting",
    D(2025, 5, 10),
    "Masked gunmen opened fire at a shopping centre in Quilmes on Friday evening, killing nine people.",
)
SHOOTING_RETOLD = (
    "retold",
    D(2025, 5, 10),
    "Unidentified attackers stormed a shopping centre near Buenos Aires on Friday, police said. "
    "The city's mayor called for calm.",
)
MENDOZA = ("mendoza", D(2025, 5, 10), "Masked gunmen opened fire at a bar in Mendoza on Friday, killing two people.")


def load(tmp_path: Path, *articles: tuple[str, D, str]) -> list[Event]:
    store = SQLiteStore(tmp_path / "store.db")
    try:
        for name, published, text in articles:
            path = tmp_path / f"{name}.md"
            path.write_text(f"---\ntitle: {name}\npublished: {published}\n---\n{text}\n", encoding="utf-8")
            report = load_paths(store, [path])
            assert not report.errors, report.errors
        return list(store.events(EventQuery(include_open=True)))
    finally:
        store.close()


def nodes_with(events: list[Event], words: str) -> list[Event]:
    return [e for e in events if e.type in ("attack", "mass-violence") and any(words in m.quote for m in e.mentions)]


def test_one_shooting_told_in_a_suburb_and_near_the_city_is_one_node(tmp_path: Path) -> None:
    events = load(tmp_path, SHOOTING, SHOOTING_RETOLD)
    (node,) = nodes_with(events, "opened fire")
    assert nodes_with(events, "stormed") == [node]
    assert "near" in " | ".join(node.attribute(MERGE_EVIDENCE, ()))


def test_a_shooting_in_another_city_that_day_stays_apart(tmp_path: Path) -> None:
    events = load(tmp_path, SHOOTING, MENDOZA)
    assert len(nodes_with(events, "opened fire")) == 2
