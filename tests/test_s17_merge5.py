"""Duplicate nodes of one event on our multi-outlet sets (session 17, helper merge5): each class on reports and
articles written here, on other names, places and topics, with the pairs that must stay apart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.test_extract_news import load_articles
from timelinekg.schema.merge import Story, merge_evidence, named_alike, same_event
from timelinekg.schema.model import Event, Mention, Participation

D = dt.date
DAY = D(2026, 3, 21)
REPORTED = D(2026, 3, 22)


def report(
    label: str,
    type_: str,
    *roles: tuple[str, str],
    places: tuple[str, ...] = (),
    source: str = "src-a",
    day: D | None = DAY,
    reported: D = REPORTED,
    trigger: str = "",
) -> Event:
    earliest = day
    return Event(
        f"ev-{label[:12]}-{source}",
        type_,
        label,
        earliest,
        day or reported,
        "day" if day else "reported",
        participants=tuple(Participation(actor, role) for actor, role in roles),
        place_ids=places,
        mentions=(Mention(source, label, 0, len(label), earliest, day or reported, "day" if day else "reported"),),
        attributes=(("trigger", trigger or label.split()[1]),),
    )


def evidence(event: Event) -> str:
    return " | ".join(event.attribute("merge_evidence", ()))


# -- 1. one agent named more and less fully by two outlets ("the opposition" and "opposition deputies", "police" and
# "regional police"): two actor ids with none in common were two agents, so the reports contradicted each other
@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        ({"opposition"}, {"opposition-deputies"}, {"opposition"}),
        ({"police"}, {"provincial-police"}, {"police"}),
        ({"kiril-marinov"}, {"marinov"}, {"marinov"}),
        ({"kenyan-police"}, {"ugandan-police"}, set()),  # a word in common, neither names the other
        ({"elcin-qurbanov-7514a4"}, {"qurbanov"}, {"qurbanov"}),  # the id's hash is no word of the name
        ({"people"}, {"people"}, set()),  # the same id is shared, not named alike
    ],
)
def test_agents_named_alike(short: set[str], long: set[str], expected: set[str]) -> None:
    assert named_alike(short, long) == expected


AGENT_NAMED_MORE_FULLY = [
    {
        "a.md": ("2026-09-04", "Opposition deputies filed an impeachment motion against the president on Thursday, "
                 "accusing him of abusing his office."),
        "b.md": ("2026-09-05", "The opposition filed the impeachment motion on Thursday after weeks of protests over "
                 "a land deal."),
    },
    {
        "a.md": ("2026-02-11", "Customs officers at the port of Mombasa seized 400 kilograms of ivory on Tuesday, the "
                 "wildlife service said."),
        "b.md": ("2026-02-12", "Kenyan customs officers seized 400 kilograms of ivory at the port of Mombasa on "
                 "Tuesday."),
    },
]  # fmt: skip


@pytest.mark.parametrize("articles", AGENT_NAMED_MORE_FULLY)
def test_one_agent_named_more_fully_by_another_outlet_is_one_act(
    tmp_path: Path, articles: dict[str, tuple[str, str]]
) -> None:
    events = load_articles(tmp_path, articles)
    dated = [e for e in events if e.earliest is not None and e.type not in ("statement",)]
    assert len(dated) == 1, [(e.type, e.label, [p.actor_id for p in e.participants]) for e in dated]
    assert len(set(dated[0].source_ids)) == 2, evidence(dated[0])


AGENTS_APART = [
    {
        "a.md": ("2026-04-20", "Kenyan police arrested a pharmacist in Nairobi on Monday over fake vaccines."),
        "b.md": ("2026-04-21", "Ugandan police arrested a pharmacist in Kampala on Monday over fake vaccines."),
    },
    {
        "a.md": ("2026-06-09", "Police arrested five protesters in Porto on Monday, a police spokesman said."),
        "b.md": ("2026-06-10", "Military police arrested two conscripts in Faro on Monday for desertion."),
    },
]  # fmt: skip


@pytest.mark.parametrize("articles", AGENTS_APART)
def test_agents_of_two_countries_or_two_towns_stay_apart(tmp_path: Path, articles: dict[str, tuple[str, str]]) -> None:
    events = load_articles(tmp_path, articles)
    arrests = [e for e in events if e.type == "coercion"]
    assert len(arrests) == 2, [(e.label, evidence(e)) for e in arrests]


def test_an_agent_named_alike_is_no_evidence_alone() -> None:
    # the same kind of act on two days: a shared agent (named alike) and nothing else
    one = report("The opposition walked out of parliament", "protest", ("opposition", "agent"), source="src-a")
    other = report(
        "Opposition deputies walked out of the assembly",
        "protest",
        ("opposition-deputies", "agent"),
        source="src-b",
        day=D(2026, 3, 25),
        reported=D(2026, 3, 26),
    )
    assert not same_event(one, other)


# -- 2. a crowd crush told as "the stampede" and "the crush": no kind of disaster the merge rule knew, so the two
# reports of one day in one place named nothing that made them one
STORY = Story(
    kinds={"pilgrims": "group", "people": "group"},
    parents={"temple-town": "region-x", "region-x": "country-x", "other-town": "region-x"},
)


def test_a_stampede_and_a_crush_of_one_day_and_place_are_one_disaster() -> None:
    # one article: the dead as the agent of "were killed" and no place, then the crush placed at the temple
    stampede = report(
        "At least 17 pilgrims were killed in a stampede", "disaster", ("pilgrims", "agent"), trigger="killed"
    )
    crush = report("The crush happened at the temple", "disaster", places=("temple-town",), trigger="crush")
    found = merge_evidence(stampede, crush, STORY)
    assert found is not None and "the same crowd crush on 2026-03-21, no agent on either side" in found
    # two outlets, one placing it in the town and the other at the temple of that town
    elsewhere = report("A stampede at the temple", "disaster", places=("temple-town",), source="src-b")
    assert merge_evidence(crush, elsewhere, STORY) is not None


def test_two_crushes_in_two_towns_or_a_second_one_stay_apart() -> None:
    here = report("A crush at the temple killed nine", "disaster", places=("temple-town",), trigger="crush")
    there = report("A stampede at the stadium killed six", "disaster", places=("other-town",), trigger="stampede")
    # told in one article, one of them with no place: "a second" one is another
    unplaced = report("Six people died in a stampede", "disaster", ("people", "agent"), trigger="died")
    again = report("A second stampede followed at the gate", "disaster", ("people", "agent"), trigger="stampede")
    assert merge_evidence(here, there, STORY) is None
    assert merge_evidence(here, unplaced, STORY) is not None
    assert merge_evidence(here, again, STORY) is None


# -- 3. a venue one report names as a participant ("a fire at the Aurel refinery", the name read as a company) and
# the other as its place: the site is the argument both share
VENUE_STORY = Story(
    kinds={"aurel-refinery": "organisation", "country-x": "country"},
    parents={"aurel-refinery": "town-x", "town-x": "country-x"},
)


def test_a_venue_named_as_a_participant_and_as_a_place_is_a_shared_argument() -> None:
    dated = report("A fire broke out at the Aurel refinery", "disaster", places=("aurel-refinery",), trigger="fire")
    undated = report(
        "a fire at the Aurel refinery forced a shutdown",
        "disaster",
        ("aurel-refinery", "participant"),
        source="src-b",
        day=None,
        trigger="fire",
    )
    found = merge_evidence(dated, undated, VENUE_STORY)
    assert found is not None and "target aurel-refinery" in found


def test_a_country_named_as_a_participant_and_as_a_place_is_not() -> None:
    dated = report("A fire broke out near the border", "disaster", places=("country-x",), trigger="fire")
    undated = report(
        "fires across the country", "disaster", ("country-x", "participant"), source="src-b", day=None, trigger="fire"
    )
    assert merge_evidence(dated, undated, VENUE_STORY) is None


# -- 4. headline news no outlet dates, told alike by two: "a ransomware attack knocked out the computer systems of
# the hospitals" in two papers of the same days, neither with a day, were two nodes though every word agrees
def test_undated_news_told_alike_in_the_same_days_is_one_event() -> None:
    one = report(
        "A cyberattack has crippled the ticketing computers of the national railway in Estonia",
        "attack",
        source="src-a",
        day=None,
        trigger="cyberattack",
    )
    other = report(
        "Commuters queued for hours after a cyberattack crippled the railway's ticketing computers",
        "attack",
        source="src-b",
        day=None,
        reported=D(2026, 3, 23),
        trigger="cyberattack",
    )
    found = merge_evidence(one, other)
    assert found is not None and any(line.startswith("told alike") for line in found)


def test_undated_news_of_one_kind_in_other_words_or_weeks_apart_stays_apart() -> None:
    one = report(
        "A cyberattack has crippled the ticketing computers of the national railway",
        "attack",
        day=None,
        trigger="cyberattack",
    )
    unlike = report(
        "Hackers have leaked the payroll files of a water utility", "attack", source="src-b", day=None, trigger="leaked"
    )
    later = report(
        "A cyberattack crippled the ticketing computers of the national railway again",
        "attack",
        source="src-c",
        day=None,
        reported=D(2026, 5, 2),
        trigger="cyberattack",
    )
    another = report(
        "Another cyberattack crippled the ticketing computers of the national railway",
        "attack",
        source="src-d",
        day=None,
        trigger="cyberattack",
    )
    assert merge_evidence(one, unlike) is None
    assert merge_evidence(one, later) is None
    assert merge_evidence(one, another) is None


def test_news_both_date_to_one_day_told_alike_is_one_event() -> None:
    # two outlets, one day, no agent named on either side, one of them placed only by its article
    one = report(
        "A tanker collided with a fishing trawler in dense fog off the Frisian coast on Saturday",
        "disaster",
        places=("frisian-coast",),
        source="src-a",
        trigger="collided",
    )
    other = report(
        "the trawler collided with a tanker in fog off the Frisian coast on Saturday",
        "disaster",
        source="src-b",
        trigger="collided",
    )
    found = merge_evidence(one, other)
    assert found is not None and any(line.startswith("told alike") for line in found)


def test_news_of_one_day_told_alike_in_two_places_stays_apart() -> None:
    story = Story(kinds={}, parents={"town-a": "country-x", "town-b": "country-x"})
    here = report(
        "A minibus collided with a fuel truck in heavy rain on the ring road on Saturday",
        "disaster",
        places=("town-a",),
        source="src-a",
        trigger="collided",
    )
    there = report(
        "A minibus collided with a fuel truck in heavy rain on the ring road on Saturday",
        "disaster",
        places=("town-b",),
        source="src-b",
        trigger="collided",
    )
    assert merge_evidence(here, there, story) is None
