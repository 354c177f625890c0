"""One event split over several nodes by the merge rule (session 19, helper dups19): each class on reports and
articles written here, on other names, places and topics, with the pairs that must stay apart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.test_extract_news import load_articles
from timelinekg.schema.merge import Story, merge_evidence, same_event
from timelinekg.schema.model import Event, Mention, Participation

D = dt.date
DAY = D(2026, 5, 12)


def report(
    label: str,
    type_: str,
    *roles: tuple[str, str],
    places: tuple[str, ...] = (),
    source: str = "src-a",
    earliest: D | None = DAY,
    latest: D | None = DAY,
    trigger: str = "",
) -> Event:
    return Event(
        f"ev-{label[:12]}-{source}",
        type_,
        label,
        earliest,
        latest,
        "day" if earliest == latest else "range",
        participants=tuple(Participation(actor, role) for actor, role in roles),
        place_ids=places,
        mentions=(Mention(source, label, 0, len(label), earliest, latest, "day"),),
        attributes=(("trigger", trigger or label.split()[1]),),
    )


def evidence(event: Event) -> str:
    return " | ".join(event.attribute("merge_evidence", ()))


# -- 1. a site the gazetteer could not place ("the clock tower", "the Varn district", "gate 4") beside the town or
# country another outlet names: with no parent and no position it lay in no country, so the two reports read as
# stories of two countries and contradicted each other
STORY = Story(
    kinds={"harbour-police": "organisation", "dockers": "group"},
    parents={"portbury": "country-x", "lindhaven": "country-y"},
    positions={"portbury": (51.0, 1.0), "lindhaven": (40.0, 20.0)},
    place_kinds={
        "portbury": "city",
        "lindhaven": "city",
        "country-x": "country",
        "country-y": "country",
        "clock-tower": "other",
        "gate-4": "other",
        "mill-lane": "other",
    },
)


def test_an_unlocated_site_does_not_contradict_a_located_town() -> None:
    assert STORY.unlocated("clock-tower") and not STORY.unlocated("portbury") and not STORY.unlocated("country-x")
    assert not STORY.unlocated("somewhere-unknown")  # a place whose kind is not known is taken to be located
    at_gate = report(
        "The harbour police cleared the blockade at gate 4",
        "coercion",
        ("harbour-police", "agent"),
        places=("gate-4",),
        trigger="cleared",
    )
    in_town = report(
        "The harbour police cleared the dockers' blockade in Portbury",
        "coercion",
        ("harbour-police", "agent"),
        ("dockers", "target"),
        places=("portbury",),
        source="src-b",
        trigger="cleared",
    )
    found = merge_evidence(at_gate, in_town, STORY)
    assert found is not None and "agent harbour-police" in found


def test_two_unlocated_sites_or_two_located_towns_still_contradict() -> None:
    in_lane = report(
        "The harbour police cleared a blockade in Mill Lane",
        "coercion",
        ("harbour-police", "agent"),
        places=("mill-lane",),
        trigger="cleared",
    )
    at_gate = report(
        "The harbour police cleared a blockade at gate 4",
        "coercion",
        ("harbour-police", "agent"),
        places=("gate-4",),
        source="src-b",
        trigger="cleared",
    )
    assert not same_event(in_lane, at_gate, STORY)
    in_portbury = report(
        "The harbour police cleared a blockade in Portbury",
        "coercion",
        ("harbour-police", "agent"),
        places=("portbury",),
        trigger="cleared",
    )
    in_lindhaven = report(
        "The harbour police cleared a blockade in Lindhaven",
        "coercion",
        ("harbour-police", "agent"),
        places=("lindhaven",),
        source="src-b",
        trigger="cleared",
    )
    assert not same_event(in_portbury, in_lindhaven, STORY)


def test_an_unlocated_site_tells_no_second_country_for_an_article_place() -> None:
    # a report that names only the site, and one whose only place is its article's country: no two countries
    at_tower = report(
        "A magnitude 4.6 aftershock brought down the clock tower on Tuesday afternoon",
        "disaster",
        places=("clock-tower",),
        trigger="aftershock",
    )
    in_country = report(
        "A magnitude 4.6 aftershock at 15:20 this afternoon brought down the old clock tower",
        "disaster",
        places=("country-x",),
        source="src-b",
        trigger="aftershock",
    ).with_changes(attributes=(("trigger", "aftershock"), ("place_basis", "the one country the article is about")))
    found = merge_evidence(at_tower, in_country, STORY)
    assert found is not None and any(line.startswith("told alike") for line in found)


# -- 2. one day in one outlet, that day and the next in another ("late last night" in the next morning's paper, an
# hour told in two time zones): only reports of one day each were "the same act on one stated day"
def test_a_day_and_a_night_spanning_it_in_another_article_are_one_stated_day() -> None:
    on_monday = report(
        "Chief executive Marta Oyelaran resigned on Monday evening",
        "personnel",
        ("marta-oyelaran", "agent"),
        trigger="resigned",
    )
    last_night = report(
        "Marta Oyelaran stepped down as chief executive late last night",
        "personnel",
        ("marta-oyelaran", "agent"),
        source="src-b",
        latest=DAY + dt.timedelta(days=1),
        trigger="stepped",
    )
    found = merge_evidence(on_monday, last_night)
    assert found is not None and f"the same personnel on {DAY}" in found


def test_a_day_and_a_wider_span_or_the_next_day_alone_stay_apart() -> None:
    on_monday = report(
        "Chief executive Marta Oyelaran resigned on Monday",
        "personnel",
        ("marta-oyelaran", "agent"),
        trigger="resigned",
    )
    that_week = report(
        "Marta Oyelaran resigned as chair of the foundation this week",
        "personnel",
        ("marta-oyelaran", "agent"),
        source="src-b",
        earliest=DAY - dt.timedelta(days=1),
        latest=DAY + dt.timedelta(days=3),
        trigger="resigned",
    )
    assert not same_event(on_monday, that_week)
    next_day = report(
        "Marta Oyelaran resigned from the board of the bank on Tuesday",
        "personnel",
        ("marta-oyelaran", "agent"),
        source="src-b",
        earliest=DAY + dt.timedelta(days=1),
        latest=DAY + dt.timedelta(days=1),
        trigger="resigned",
    )
    assert not same_event(on_monday, next_day)


def test_one_article_telling_a_day_and_a_night_keeps_them_apart() -> None:
    # the article that dates one act to Monday and another to Monday night tells two
    on_monday = report("The port authority closed the northern channel on Monday", "other", trigger="closed")
    that_night = report(
        "The port authority closed the northern channel again late that night",
        "other",
        latest=DAY + dt.timedelta(days=1),
        trigger="closed",
    )
    assert not same_event(on_monday, that_night)


ONE_DAY_AND_ITS_NIGHT = [
    {
        "a.md": ("2026-08-04", "Tamsin Achterberg resigned as chief executive of Keldor Shipping on Monday evening "
                 "after a board meeting in Rotterdam."),
        "b.md": ("2026-08-04", "Keldor Shipping's chief executive Tamsin Achterberg resigned late last night, the "
                 "company said in a statement."),
    },
    {
        "a.md": ("2026-03-18", "The prefect of Ostrava ordered 90 striking miners back to work on Tuesday night to "
                 "keep the pumps running."),
        "b.md": ("2026-03-18", "Late last night the prefect of Ostrava ordered 90 striking miners back to their posts "
                 "to keep the pumps running."),
    },
]  # fmt: skip


@pytest.mark.parametrize("articles", ONE_DAY_AND_ITS_NIGHT)
def test_one_act_dated_by_its_day_and_by_last_night_is_one_node(
    tmp_path: Path, articles: dict[str, tuple[str, str]]
) -> None:
    events = load_articles(tmp_path, articles)
    acts = [e for e in events if e.type not in ("statement",)]
    assert len(acts) == 1, [(e.type, e.label, e.earliest, e.latest, evidence(e)) for e in acts]
    assert len(set(acts[0].source_ids)) == 2, evidence(acts[0])


# -- 3. one act typed by one outlet and left untyped ("other") by another, told with the same word by the same agent
# on the same day: "other" is compatible with every type, but only reports of one type counted as one agent's act
def test_an_untyped_report_of_the_same_word_by_the_same_agent_on_the_day_is_the_act() -> None:
    typed = report(
        "Transport Minister Ilse Marek suspended them on the day of the derailment",
        "reduce-relations",
        ("ilse-marek", "agent"),
        trigger="suspended",
    )
    untyped = report(
        "Transport Minister Ilse Marek has suspended all night trains on the coastal line",
        "other",
        ("ilse-marek", "agent"),
        source="src-b",
        trigger="suspended",
    )
    found = merge_evidence(untyped, typed)
    assert found is not None and f"the same reduce-relations on {DAY}" in found


def test_an_untyped_report_with_another_word_or_on_another_day_stays_apart() -> None:
    typed = report(
        "Transport Minister Ilse Marek suspended night trains",
        "reduce-relations",
        ("ilse-marek", "agent"),
        trigger="suspended",
    )
    visited = report(
        "Transport Minister Ilse Marek visited the depot",
        "other",
        ("ilse-marek", "agent"),
        source="src-b",
        trigger="visited",
    )
    assert not same_event(typed, visited)
    day_after = report(
        "Transport Minister Ilse Marek suspended freight trains",
        "other",
        ("ilse-marek", "agent"),
        source="src-b",
        earliest=DAY + dt.timedelta(days=1),
        latest=DAY + dt.timedelta(days=1),
        trigger="suspended",
    )
    assert not same_event(typed, day_after)


# -- 4. the store looked a one-day report up only beside stored reports of that one day: a night spanning it ("late
# last night") held by an agent named otherwise ("a court", "a Maribor court") was never put to the merge rule
NIGHT_AND_DAY_NAMED_OTHERWISE = {
    "a.md": ("2026-05-13", "A court in Slovenia sentenced the owner of a chemical plant to eight years in prison "
             "late last night over a toxic leak that poisoned the river."),
    "b.md": ("2026-05-13", "A Maribor court on Tuesday sentenced Viktor Hrastnik, owner of the Dravska Kemija plant, "
             "to eight years in prison over the toxic leak."),
}  # fmt: skip


@pytest.mark.parametrize("order", ["night first", "day first"])
def test_a_night_and_its_day_with_the_agent_named_otherwise_are_one_node(tmp_path: Path, order: str) -> None:
    names = ("a.md", "b.md") if order == "night first" else ("b.md", "a.md")
    articles = dict(zip(names, NIGHT_AND_DAY_NAMED_OTHERWISE.values(), strict=True))
    sentences = [e for e in load_articles(tmp_path, articles) if e.type == "legal"]
    assert len(sentences) == 1, [
        (e.label, e.earliest, e.latest, [p.actor_id for p in e.participants]) for e in sentences
    ]
    assert len(set(sentences[0].source_ids)) == 2, evidence(sentences[0])
