"""Classes of error seen on the first run of tests/fixtures/probe16 (a sealed multi-outlet set, four stories in four
countries), fixed on reports built here: two reports from articles about different countries, each placed only by
the country its article is about, agreed on nothing but an unnamed group ("police", "people") and a day, and were
joined into one event across the two stories."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_back_references import event
from timelinekg.schema.merge import PLACE_BASIS, STORY_COUNTRY_PLACE, Story, merge_evidence
from timelinekg.schema.model import Event

D = dt.date
STORY = Story(
    kinds={"police": "group", "people": "group", "interior-ministry": "organisation"},
    parents={"kampot": "cambodia", "antsirabe": "madagascar", "cusco": "peru"},
)


def placed_by_its_article(report: Event) -> Event:
    return report.with_changes(attributes=(*report.attributes, (PLACE_BASIS, STORY_COUNTRY_PLACE)))


# an arrest by police told in one country's story, an undated arrest by police told in another's
ARRESTS = [
    ("cambodia", "madagascar"),
    ("peru", "nepal"),
    ("kampot", "madagascar"),  # a town of one country against another country
]


@pytest.mark.parametrize(("here", "there"), ARRESTS)
def test_unnamed_agents_in_two_countries_stories_are_two_events(here: str, there: str) -> None:
    dated = placed_by_its_article(
        event("a/arrest", "coercion", D(2026, 11, 29), D(2026, 11, 29), agents=("police",), places=(here,))
    )
    undated = placed_by_its_article(
        event("b/arrest", "coercion", None, D(2026, 12, 3), agents=("police",), places=(there,), sentence=4)
    )
    assert merge_evidence(dated, undated, STORY) is None
    assert merge_evidence(undated, dated, STORY) is None


def test_deaths_told_in_two_countries_stories_are_two_disasters() -> None:
    poisoning = placed_by_its_article(
        event("a/died", "disaster", D(2026, 11, 29), D(2026, 11, 29), agents=("people",), places=("cambodia",))
    )
    cable_car = placed_by_its_article(
        event("b/died", "disaster", D(2026, 11, 29), D(2026, 11, 29), agents=("people",), places=("slovakia",))
    )
    assert merge_evidence(poisoning, cable_car, STORY) is None


def test_a_town_and_its_countrys_story_still_agree() -> None:
    # one country: the town's report and the report placed by its article's country may still be one event
    in_town = event("a/arrest", "coercion", D(2026, 11, 29), D(2026, 11, 29), agents=("interior-ministry",),
                    places=("cusco",))  # fmt: skip
    in_story = placed_by_its_article(
        event("b/arrest", "coercion", D(2026, 11, 29), D(2026, 11, 29), agents=("interior-ministry",), places=("peru",))
    )
    assert merge_evidence(in_town, in_story, STORY) is not None


# "Five people died" on Sunday in a story about one accident and "seven more died on Sunday" in another story: the
# dead as the agent of dying, an unnamed group, and a day are all the two share
def test_an_unnamed_group_and_a_day_do_not_join_two_articles_reports() -> None:
    here = event("a/died", "disaster", D(2026, 11, 29), D(2026, 11, 29), agents=("people",), places=("cambodia",))
    unplaced = event("b/died", "disaster", D(2026, 11, 29), D(2026, 11, 29), agents=("people",))
    assert merge_evidence(here, unplaced, STORY) is None


def test_an_unnamed_group_a_day_and_a_place_still_join() -> None:
    here = event("a/died", "disaster", D(2026, 11, 29), D(2026, 11, 29), agents=("people",), places=("kampot",))
    there = event("b/died", "disaster", D(2026, 11, 29), D(2026, 11, 29), agents=("people",), places=("kampot",))
    assert merge_evidence(here, there, STORY) is not None


def test_a_named_agent_and_a_day_still_join_two_articles_reports() -> None:
    here = event("a/said", "coercion", D(2026, 11, 29), D(2026, 11, 29), agents=("interior-ministry",))
    there = event("b/said", "coercion", D(2026, 11, 29), D(2026, 11, 29), agents=("interior-ministry",))
    assert merge_evidence(here, there, STORY) is not None
