"""One day's news told by several outlets: places that contain or adjoin each other agree, and unidentified
attackers described differently do not contradict.  Short articles written for these tests (no development
text), with the reports that must stay apart."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from tests import test_back_references as bt
from tests.test_back_references import load
from timelinekg.schema.merge import FOLLOWS, MERGE_EVIDENCE, Story, merge_evidence
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


# -- one speaker's reaction to one piece of news, told by two outlets -------------------------------------------
def reaction(
    name: str, source: str, answers: str = "coercion", *, speaker: str = "league", latest: D = DAY, days: int = 0
) -> Event:
    earliest = None if days < 0 else latest - dt.timedelta(days=days)
    return Event(
        name,
        "disapproval",
        name,
        earliest,
        latest,
        "day" if earliest else "reported",
        participants=(Participation(speaker, "agent"),),
        mentions=(Mention(source, name, 0, 1, earliest, latest, "day"),),
        attributes=((FOLLOWS, answers),),
    )


def test_one_speakers_reaction_to_one_kind_of_news_in_two_articles_is_one_event() -> None:
    bounded = reaction("condemned the seizure of power", "src-a", days=2)
    undated = reaction("has condemned the coup", "src-b", latest=DAY + dt.timedelta(days=3), days=-1)
    evidence = merge_evidence(bounded, undated, STORY)
    assert evidence == ("agent league", "the same disapproval of the coercion in the same days")


@pytest.mark.parametrize(
    ("other", "why"),
    [
        (
            reaction("condemned the arrest", "src-a", days=2),
            "one article: a speaker reacting twice reacts to two things",
        ),
        (reaction("condemned the bombing", "src-b", "attack", days=2), "news of another kind"),
        (reaction("condemned the coup", "src-b", speaker="union", days=2), "another speaker"),
        (reaction("condemned the coup", "src-b", latest=DAY + dt.timedelta(days=30), days=-1), "weeks later"),
        (reaction("has condemned coups", "src-b", days=900), "years of coups, not one reaction"),
    ],
)
def test_reactions_that_stay_apart(other: Event, why: str) -> None:
    assert merge_evidence(reaction("condemned the seizure of power", "src-a", days=2), other, STORY) is None, why


TAKEOVER = (
    "takeover",
    D(2025, 7, 10),
    "Army officers seized power in Togo on Wednesday and detained the president. "
    "The Arab League condemned the seizure of power.",
)
TAKEOVER_LATER = (
    "takeover-later",
    D(2025, 7, 12),
    "The Arab League has condemned the coup in Togo, where soldiers toppled the president on Wednesday.",
)
RAID = (
    "raid",
    D(2025, 6, 3),
    "Masked gunmen attacked a police station in Quetta on Sunday, killing six officers. "
    "Afghanistan denied any involvement in the attack.",
)
RAID_DENIED = (
    "raid-denied",
    D(2025, 6, 3),
    "Afghanistan denied playing any role in the attack on a police station in Quetta.",
)


@pytest.mark.parametrize(
    ("articles", "words", "kinds"),
    [
        ((TAKEOVER, TAKEOVER_LATER), "condemned", ("disapproval",)),
        ((TAKEOVER_LATER, TAKEOVER), "condemned", ("disapproval",)),
        ((RAID, RAID_DENIED), "denied", ("denial", "rejection")),
    ],
)
def test_a_reaction_told_by_two_outlets_is_one_node(
    tmp_path: Path, articles: tuple[tuple[str, D, str], ...], words: str, kinds: tuple[str, ...]
) -> None:
    events = load(tmp_path, *articles)
    (node,) = [e for e in events if e.type in kinds and any(words in m.quote for m in e.mentions)]
    assert len(node.source_ids) == 2
    assert "the same" in " | ".join(node.attribute(MERGE_EVIDENCE, ()))


# -- a relative clause tells more of the event noun it describes ------------------------------------------------
def test_a_relative_clause_about_an_event_noun_is_that_event() -> None:
    from timelinekg.nlp.extract import Article, extract_article

    text = "The minister resigned on Friday after a strike in Gaza that killed seven aid workers."
    facts = extract_article(Article(text=text, origin="t.txt", title="T", published=D(2025, 3, 4)))
    (strike,) = [e for e in facts.events if e.type == "attack"]
    assert strike.label == "a strike in Gaza"
    assert strike.attribute("reference") == "relative clause"  # so another article's date can reach it
    assert "a relative clause about the same event" in " | ".join(strike.attribute(MERGE_EVIDENCE, ()))


CONVOY = ("convoy", D(2025, 3, 4), "A drone strike hit an aid convoy in Rafah on Monday, killing seven aid workers.")
RESIGNED = (
    "resigned",
    D(2025, 3, 6),
    "The aid minister resigned on Wednesday after a strike in Rafah that killed seven aid workers.",
)


# -- what the news answered came before it -----------------------------------------------------------------------
DEPOT = ("depot", D(2025, 4, 2), "A drone strike destroyed a fuel depot in Aleppo on Tuesday, killing four guards.")
SHELLED = (
    "shelled",
    D(2025, 4, 8),
    "Rebels shelled an army base in Idlib on Monday in retaliation for an airstrike on a fuel depot in Aleppo.",
)


@pytest.mark.parametrize(
    ("order", "day"),
    [
        # a later article describes the strike by a relative clause
        ((CONVOY, RESIGNED), D(2025, 3, 3)),
        ((RESIGNED, CONVOY), D(2025, 3, 3)),
        # a retaliation answers the strike the story dated before it
        ((DEPOT, SHELLED), D(2025, 4, 1)),
        ((SHELLED, DEPOT), D(2025, 4, 1)),
    ],
)
def test_a_strike_told_undated_in_another_article_joins_its_dated_node_in_either_order(
    tmp_path: Path, order: tuple[tuple[str, D, str], ...], day: D
) -> None:
    attacks = nodes_with(load(tmp_path, *order), "")
    (strike,) = [e for e in attacks if e.earliest == day]
    assert strike.latest == day and len(strike.source_ids) == 2
    assert all(e.earliest is not None for e in attacks)  # no undated node of it left
    assert all(len(e.source_ids) == 1 for e in attacks if e is not strike)  # the retaliation stays its own


def test_what_an_attack_answers_in_its_own_article_is_not_that_attack() -> None:
    from timelinekg.nlp.extract import Article, extract_article

    text = (
        "Iranian drones struck an oil terminal in Basra on Saturday. The raid was in response to an assault on "
        "a border post in Zahedan."
    )
    facts = extract_article(Article(text=text, origin="t.txt", title="T", published=D(2025, 3, 10)))
    dated = [e for e in facts.events if e.type == "attack" and e.earliest is not None]
    assert dated and all("assault on" not in m.quote for e in dated for m in e.mentions)


HOTEL = (
    "hotel",
    D(2025, 6, 2),
    "Militants stormed a hotel in Mogadishu on Saturday, killing nine guests. "
    "The assault on Saturday was the deadliest this year.",
)


def test_an_article_returning_to_its_days_news_without_naming_anyone_tells_it_again(tmp_path: Path) -> None:
    events = load(tmp_path, HOTEL)
    (node,) = nodes_with(events, "stormed")
    assert nodes_with(events, "The assault on Saturday") == [node]
    assert "told again in one article" in " | ".join(node.attribute(MERGE_EVIDENCE, ()))


# one person's career in one week: named on the Tuesday, sworn in the next Monday; the later article retells the
# oath without a date and must not fold into the appointment that an earlier article dated
NAMED = (
    "named",
    D(2025, 3, 5),
    "The ruling council in Paraguay appointed Colonel Ramiro Esquivel Duarte as acting "
    "governor of the province on Tuesday, officials said.",
)
SWORN_UNDATED = (
    "sworn",
    D(2025, 3, 10),
    "Esquivel Duarte took the oath of office in the governor's residence in the city of Asuncion, before an "
    "audience of officers and civil servants.",
)


@pytest.mark.parametrize(
    ("first", "second"),
    [(NAMED, SWORN_UNDATED), (SWORN_UNDATED, NAMED)],
    ids=["appointment-first", "oath-first"],
)
def test_an_oath_is_not_the_appointment_of_the_same_person(
    tmp_path: Path, first: tuple[str, D, str], second: tuple[str, D, str]
) -> None:
    events = load(tmp_path, first, second)
    appointment = bt.node_with(events, "appointed")
    oath = bt.node_with(events, "took the oath")
    assert appointment.id != oath.id, bt.joined(appointment)
    assert appointment.earliest == D(2025, 3, 4)


@pytest.mark.parametrize(
    ("left", "right", "apart"),
    [
        ("appointed", "sworn", True),
        ("oath", "named", True),
        ("resigned", "appointed", True),
        ("died", "resignation", True),
        ("sworn", "oath", False),
        ("inauguration", "sworn", False),
        ("stepped", "resigned", False),
        ("appointed", "", False),  # a report with no known trigger contradicts nothing
    ],
)
def test_personnel_acts_of_different_kinds_contradict(left: str, right: str, apart: bool) -> None:
    def with_trigger(name: str, trigger: str, source: str) -> Event:
        event = report(name, "personnel", "person-a", source=source)
        attributes = (("trigger", trigger),) if trigger else ()
        return replace(event, attributes=attributes)

    a, b = with_trigger("a", left, "src-a"), with_trigger("b", right, "src-b")
    assert (merge_evidence(a, b, STORY) is None) is apart


@pytest.mark.parametrize(
    ("left", "left_label", "right", "right_label", "apart"),
    [
        ("coup", "the coup in the capital", "arrest", "house arrest", True),
        ("seized", "soldiers seized power", "detained", "the minister was detained", True),
        ("takeover", "the army takeover", "expelled", "expelled the envoy", True),
        ("seized", "soldiers seized power", "coup", "the coup", False),
        ("ousted", "the president was ousted", "takeover", "the takeover", False),
        ("seized", "the navy seized a tanker", "arrested", "arrested the crew", False),  # no act of power named
        ("arrested", "police arrested four men", "detained", "four detained", False),
    ],
)
def test_acts_of_coercion_of_different_kinds_contradict(
    left: str, left_label: str, right: str, right_label: str, apart: bool
) -> None:
    def with_trigger(label: str, trigger: str, source: str) -> Event:
        event = replace(report(label, "coercion", "person-a", source=source), label=label)
        return replace(event, attributes=(("trigger", trigger),))

    a, b = with_trigger(left_label, left, "src-a"), with_trigger(right_label, right, "src-b")
    assert (merge_evidence(a, b, STORY) is None) is apart


# soldiers take power at dawn and put the president under house arrest the same day; a second outlet the next
# day speaks of "the putsch" without a date: it is the seizure of power, never the arrest
PUTSCH = (
    "putsch",
    D(2025, 7, 2),
    "Soldiers seized power in Niamey on Wednesday, announcing on state television that the government was "
    "dissolved. The president was placed under house arrest, the officers said.",
)
PUTSCH_RETOLD = (
    "putsch-retold",
    D(2025, 7, 3),
    "Regional leaders met in Abuja to discuss the putsch in Niger and the fate of the detained president.",
)


def test_a_seizure_of_power_retold_is_not_the_house_arrest_of_that_day(tmp_path: Path) -> None:
    events = load(tmp_path, PUTSCH, PUTSCH_RETOLD)
    arrest = bt.node_with(events, "placed under house arrest")
    assert not any("putsch in Niger" in m.quote for m in arrest.mentions), bt.joined(arrest)
